/**
 * The pages of a confirmation e-mail's links, and of an e-mail ping's, are in the language the
 * e-mail was written in (the POC's), with `<html lang>` and, for Arabic, `dir="rtl"`; without a
 * language, English.
 */
import { afterEach, describe, expect, it } from "vitest";
import { HttpServer } from "../../bot/http.js";
import { silentLogger } from "../../bot/logger.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { PING_LINK_PURPOSE } from "../../handlers/ping/link.js";
import { confirmationEmail } from "../../handlers/poc/email-confirm.js";
import { button, directoryCsv, pocBot, SECRETARIAT, textOf } from "./support.js";

const ISOLATES = /[\u2066-\u2069]/g;

describe("confirmation link pages in the POC's language", () => {
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of stops.reverse()) await stop();
    stops.length = 0;
  });

  async function setup() {
    const http = new HttpServer(silentLogger());
    const port = await http.listen(0, "127.0.0.1");
    stops.push(() => http.close());
    const bot = await pocBot({
      now: "2024-05-01T12:00:00.000Z",
      env: { PUBLIC_URL: `http://127.0.0.1:${port}` },
    });
    bot.deps.routes?.mountOn(http);
    await bot.say(
      SECRETARIAT,
      `import poc directory\n${directoryCsv([{ state: "KEN", type: "technical", emails: "ken@cert.example" }])}`,
    );
    const record = await bot.directory.get("KEN:technical");
    if (!record) throw new Error("not imported");
    /** The two links of an e-mail in a language: [confirm, wrong]. */
    const links = async (locale: string) =>
      (await confirmationEmail(bot.deps, record, "", locale)).buttons?.map((b) => b.url ?? "") ?? [];
    return { bot, links };
  }

  it("Arabic: the confirm page and its answer, right to left", async () => {
    const { links } = await setup();
    const [confirm = ""] = await links("ar");
    const page = (await (await fetch(confirm)).text()).replace(ISOLATES, "");
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain("<h1>تأكيد بياناتك: كينيا (KEN) — جهة الاتصال الفنية</h1>");
    expect(page).toContain("اضغط الزر إذا كان كل ما سبق لا يزال صحيحًا.");
    expect(page).not.toMatch(/Press the button|Phone:/);
    const done = (await (await fetch(confirm, { method: "POST" })).text()).replace(ISOLATES, "");
    expect(done).toContain('<html lang="ar" dir="rtl">');
    expect(done).toContain("<h1>شكراً لك</h1>");
    expect(done).toContain("شكراً لك: تم تأكيد بياناتك.");
  });

  it("French: the 'something is wrong' page and its answer", async () => {
    const { links } = await setup();
    const [, wrong = ""] = await links("fr");
    const page = await (await fetch(wrong)).text();
    expect(page).toContain('<html lang="fr" dir="ltr">');
    expect(page).toContain("Prévenir le Secrétariat</button>");
    const done = await (await fetch(wrong, { method: "POST" })).text();
    expect(done).toContain("<h1>Merci</h1>");
    expect(done).toContain("Merci : le Secrétariat a été prévenu");
  });

  it("English when the e-mail was in English", async () => {
    const { links } = await setup();
    const [confirm = ""] = await links("en");
    const page = await (await fetch(confirm)).text();
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain("My details are still correct</button>");
  });

  it("Arabic: the e-mail ping's page and its answer", async () => {
    const { bot } = await setup();
    const preview = await bot.say(SECRETARIAT, "start ping test KEN technical");
    const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    const testId = /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
    const link =
      (await bot.deps.links.issue(
        PING_LINK_PURPOSE,
        { testId, pocId: "KEN:technical", locale: "ar" },
        new Date("2024-05-10T00:00:00Z"),
      )) ?? "";
    const page = (await (await fetch(link)).text()).replace(ISOLATES, "");
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain("<h1>اختبار الاتصال لدليل جهات الاتصال</h1>");
    expect(page).toContain("اضغط الزر للإقرار باستلام");
    expect(page).not.toMatch(/Press the button|technical POC/);
    const done = (await (await fetch(link, { method: "POST" })).text()).replace(ISOLATES, "");
    expect(done).toContain("شكراً لك: سُجّل إقرارك باستلام");
  });
});
