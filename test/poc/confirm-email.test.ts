/**
 * The yearly confirmation request by e-mail, to a POC the bot cannot reach in chat, on a real
 * SMTP server and the bot's HTTP server: "My details are still correct" confirms (a GET alone
 * does not); "Something is wrong" tells the Secretariat; a used link records nothing more.
 */
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { HttpServer } from "../../bot/http.js";
import { silentLogger } from "../../bot/logger.js";
import { startMail } from "../support/mail.js";
import { startSmtpServer } from "../support/smtp-server.js";
import { directoryCsv, dmOf, pocBot, SECRETARIAT, textOf } from "./support.js";

const SGP = "sgp.diplo@mission.example";
const FRA = "fra.tech@cert.example";

describe("confirmation requests by e-mail", () => {
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of stops.reverse()) await stop();
    stops.length = 0;
  });

  it("confirms by the link's button, or tells the Secretariat something is wrong", async () => {
    const http = new HttpServer(silentLogger());
    const port = await http.listen(0, "127.0.0.1");
    stops.push(() => http.close());
    const smtp = await startSmtpServer();
    stops.push(() => smtp.close());
    const bot = await pocBot({
      now: "2024-05-01T12:00:00.000Z",
      env: { PUBLIC_URL: `http://127.0.0.1:${port}` },
    });
    bot.deps.routes?.mountOn(http);
    const mail = await startMail(bot, { SMTP_URL: smtp.url });
    stops.push(() => mail.stop());
    await bot.say(
      SECRETARIAT,
      `import poc directory\n${directoryCsv([
        { state: "SGP", type: "diplomatic", emails: SGP, last_confirmed: "2023-06-10" },
        { state: "FRA", type: "technical", emails: FRA, last_confirmed: "2023-06-10" },
      ])}`,
    );
    await bot.say(SECRETARIAT, "hello");
    bot.clock.set("2024-05-11T12:00:00.000Z");
    await bot.deps.scheduler.tick();
    expect(smtp.messages.map((m) => m.to).sort()).toEqual([FRA, SGP]);
    const linkOf = (to: string, label: string) =>
      new RegExp(`${label}: (http://127\\.0\\.0\\.1:\\d+/l/[A-Za-z0-9_-]{43})`).exec(
        smtp.to(to)[0]?.body ?? "",
      )?.[1] ?? "";
    const confirm = linkOf(SGP, "My details are still correct");
    const wrong = linkOf(FRA, "Something is wrong");
    expect([confirm, wrong].every((link) => link !== "")).toBe(true);

    const before = await bot.directory.get("SGP:diplomatic");
    expect(await (await fetch(confirm)).text()).toContain("My details are still correct</button>");
    expect(await bot.directory.get("SGP:diplomatic")).toEqual(before);
    bot.clock.set("2024-05-12T09:00:00.000Z");
    const confirmed = await (await fetch(confirm, { method: "POST" })).text();
    expect(confirmed).toContain("Thank you: your details are confirmed. The next confirmation is due on");
    expect(await bot.directory.get("SGP:diplomatic")).toMatchObject({
      status: "confirmed",
      lastConfirmedAt: "2024-05-12T09:00:00.000Z",
    });
    expect((await fetch(confirm, { method: "POST" })).status).toBe(409);
    expect((await bot.directory.history("SGP:diplomatic")).at(-1)).toMatchObject({
      source: "confirmation",
      field: "lastConfirmedAt",
    });

    const told = await (await fetch(wrong, { method: "POST" })).text();
    expect(told).toContain("the Secretariat has been told");
    await bot.deps.scheduler.tick();
    expect(textOf(bot.sent.filter((m) => m.to === dmOf(SECRETARIAT)))).toContain(
      `${FRA} answered the confirmation e-mail: "Something is wrong"`,
    );
    expect((await bot.directory.get("FRA:technical"))?.lastConfirmedAt).toBe(before?.lastConfirmedAt);
    expect(await bot.store.namespace("outbox").list("delivery:poc-confirmation/", z.unknown())).toHaveLength(
      2,
    );
  });
});
