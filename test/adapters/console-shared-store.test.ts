/**
 * Several consoles on one store (`STORE_URL=sqlite:…`, one `CONSOLE_EMAIL` each), as when
 * rehearsing as several people: what the bot sends on its own (the outbox) reaches the
 * addressee's console only, never whichever console drains it first.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createConsoleAdapter } from "../../adapters/console/index.js";
import { silentLogger } from "../../bot/logger.js";
import { handlerModules } from "../../handlers/index.js";
import { REMINDER_CAMPAIGN } from "../../schedules/reminders/producer.js";
import { testCore } from "../support/core.js";

type Bot = Awaited<ReturnType<typeof testCore>>;
const open: Bot[] = [];

/** One console process: its own core (clock, outbox, scheduler) on the shared SQLite file. */
async function consoleOn(storeUrl: string, email: string, timeZone: string, now: string) {
  const bot = await testCore({ modules: handlerModules, storeUrl, now });
  open.push(bot);
  const shown: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      shown.push(chunk.toString().trim());
      done();
    },
  });
  const adapter = createConsoleAdapter({ input: new PassThrough(), output, timeZone, email });
  bot.deps.messenger.add(adapter);
  await adapter.start({ sink: bot.core.sink, store: bot.store, log: silentLogger() });
  return { bot, adapter, shown, reminders: () => shown.filter((text) => text.startsWith("Reminder:")) };
}

afterEach(async () => {
  for (const bot of open.splice(0)) await bot.store.close();
});

describe("consoles of several people on one SQLite store", () => {
  it("a reminder is shown in its addressee's console only, once, and waits for it to start", async () => {
    const storeUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), "consoles-")), "bot.sqlite")}`;
    const start = "2024-03-04T09:30:00-05:00";
    const ivan = await consoleOn(storeUrl, "ivan@rus.example", "Europe/Moscow", start);
    await ivan.adapter.say("remind me 15 minutes before every session");
    expect(ivan.shown.at(-1)).toMatch(/^I'll remind you 15 minutes before every session/);
    await ivan.adapter.stop();

    // Ana's console is open when Ivan's reminder falls due; Ivan's is not.
    const ana = await consoleOn(storeUrl, "ana@esp.example", "Europe/Madrid", "2024-03-04T09:46:00-05:00");
    await ana.bot.deps.scheduler.tick();
    await ana.bot.deps.scheduler.tick();
    expect(ana.reminders()).toEqual([]);
    const [waiting] = await ana.bot.deps.outbox.campaign(REMINDER_CAMPAIGN);
    expect([waiting?.recipient, waiting?.status, waiting?.attempts]).toEqual([
      "console:ivan@rus.example",
      "pending",
      0,
    ]);

    // Ivan starts his console again: his reminder is shown there, once.
    const again = await consoleOn(storeUrl, "ivan@rus.example", "Europe/Moscow", "2024-03-04T09:47:00-05:00");
    await again.bot.deps.scheduler.tick();
    await again.bot.deps.scheduler.tick();
    await ana.bot.deps.scheduler.tick();
    expect(again.reminders()).toHaveLength(1);
    expect(again.reminders()[0]).toMatch(/starts in 13 minutes/);
    expect(ana.reminders()).toEqual([]);
    const [sent] = await ana.bot.deps.outbox.campaign(REMINDER_CAMPAIGN);
    expect([sent?.status, sent?.attempts, sent?.sentTo]).toEqual(["sent", 1, "console:local"]);
  });

  it("never prints another user's message when asked to send it directly", async () => {
    const storeUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), "consoles-")), "bot.sqlite")}`;
    const ana = await consoleOn(storeUrl, "ana@esp.example", "Europe/Madrid", "2024-03-04T09:46:00-05:00");
    await expect(
      ana.bot.deps.messenger.sendDirect("console:ivan@rus.example", { text: "for Ivan" }),
    ).rejects.toThrow(/not this console's user/);
    expect(ana.shown).toEqual([]);
    await ana.bot.deps.messenger.sendDirect("console:ana@esp.example", { text: "for Ana" });
    expect(ana.shown).toEqual(["for Ana"]);
  });
});
