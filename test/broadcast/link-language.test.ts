/**
 * A broadcast's acknowledgement page opened from an e-mail is in the e-mail's language: the
 * message in that language, the page's words and its `<html lang dir>`.
 */
import { afterEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../bot/clock.js";
import { HttpServer, RouteTable } from "../../bot/http.js";
import { Links } from "../../bot/links/links.js";
import { silentLogger } from "../../bot/logger.js";
import type { BotDeps } from "../../bot/module.js";
import { openStore } from "../../bot/store/index.js";
import { BROADCAST_LINK_PURPOSE, registerBroadcastLinks } from "../../handlers/broadcast/link.js";
import type { BroadcastProgress } from "../../handlers/broadcast/progress.js";
import type { BroadcastRepository } from "../../handlers/broadcast/repository.js";

describe("a broadcast's acknowledgement page", () => {
  let http: HttpServer | undefined;
  afterEach(async () => {
    await http?.close();
  });

  it.each([
    ["fr", "Salle 4", "Appuyez sur le bouton", 'lang="fr" dir="ltr"'],
    ["ar", "القاعة 4", "اضغط الزر", 'lang="ar" dir="rtl"'],
    ["ru", "Room 4", "Нажмите кнопку", 'lang="ru" dir="ltr"'],
  ])("in %s", async (locale, message, press, html) => {
    http = new HttpServer(silentLogger());
    const port = await http.listen(0, "127.0.0.1");
    const links = new Links({
      store: await openStore("memory:"),
      clock: fixedClock("2024-06-10T13:00:00Z"),
      log: silentLogger(),
      publicUrl: `http://127.0.0.1:${port}/`,
    });
    const repo = {
      get: async () => ({
        text: "Room 4",
        language: "en",
        translations: { fr: "Salle 4", ar: "القاعة 4" },
        status: "sent",
        requiresAck: true,
      }),
    } as unknown as BroadcastRepository;
    registerBroadcastLinks({ links } as unknown as BotDeps, repo, {} as BroadcastProgress);
    const routes = new RouteTable();
    links.mount(routes);
    routes.mountOn(http);
    const url = (await links.issue(
      BROADCAST_LINK_PURPOSE,
      { broadcastId: "b1", recipient: "r1", locale },
      new Date("2024-06-12T13:00:00Z"),
    )) as string;
    const page = await (await fetch(url)).text();
    expect(page).toContain(html);
    expect(page).toContain(message);
    expect(page).toContain(press);
    expect(page).not.toMatch(/Press the button|Message from the Secretariat|>Acknowledge</);
  });
});
