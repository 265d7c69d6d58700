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
import type { Address } from "../../bot/types.js";
import { handlerModules } from "../../handlers/index.js";
import { pingCampaign } from "../../handlers/ping/store.js";
import { REMINDER_CAMPAIGN } from "../../schedules/reminders/producer.js";
import { directoryCsv } from "../poc/support.js";
import { testCore } from "../support/core.js";

type Bot = Awaited<ReturnType<typeof testCore>>;
const open: Bot[] = [];

/** One console process: its own core (clock, outbox, scheduler) on the shared SQLite file. */
async function consoleOn(
  storeUrl: string,
  email: string,
  timeZone: string,
  now: string,
  secretariatEmails?: string[],
) {
  const bot = await testCore({
    modules: handlerModules,
    storeUrl,
    now,
    ...(secretariatEmails ? { secretariatEmails } : {}),
  });
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

  it("a ping for a POC whose console is not opened for a day is not delivered, says why, and the report counts it so", async () => {
    const storeUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), "consoles-")), "bot.sqlite")}`;
    const ivan = await consoleOn(storeUrl, "ivan@rus.example", "Europe/Moscow", "2024-06-10T09:00:00Z");
    await ivan.adapter.say("hello");
    await ivan.adapter.stop();

    const ana = await consoleOn(storeUrl, "ana@esp.example", "Europe/Madrid", "2024-06-10T13:00:00Z", [
      "ana@esp.example",
    ]);
    const csv = directoryCsv([{ state: "RUS", type: "technical", emails: "ivan@rus.example" }]);
    await ana.adapter.say(`import poc directory\n${csv}`);
    await ana.adapter.say("start ping test all window 72h");
    await ana.adapter.say(
      /^ {2}(\d)\. Confirm: start the ping test$/m.exec(ana.shown.at(-1) ?? "")?.[1] ?? "",
    );
    const testId = /Ping test (\S+) started/.exec(ana.shown.at(-1) ?? "")?.[1] ?? "";
    expect(testId).not.toBe("");
    const ping = async () => (await ana.bot.deps.outbox.campaign(pingCampaign(testId)))[0];
    await ana.bot.deps.scheduler.tick();
    expect([(await ping())?.recipient, (await ping())?.status]).toEqual([
      "console:ivan@rus.example",
      "pending",
    ]);

    // Almost a day later it still waits for Ivan's console.
    ana.bot.clock.advance(23 * 60 * 60_000);
    await ana.bot.deps.scheduler.tick();
    expect((await ping())?.status).toBe("pending");
    // A day after it was due: not delivered, with the reason, and the report counts it so.
    ana.bot.clock.advance(60 * 60_000);
    await ana.bot.deps.scheduler.tick();
    const given = await ping();
    const reason =
      "not delivered: nothing serving console:ivan@rus.example (that user's own console) ran within 24 hours after it was due";
    expect([given?.status, given?.unreachable, given?.attempts, given?.error]).toEqual([
      "failed",
      true,
      0,
      reason,
    ]);
    await ana.bot.deps.scheduler.tick(); // its e-mail: queued, then tried
    await ana.bot.deps.scheduler.tick();
    await ana.adapter.say(`ping test report ${testId}`);
    const report = ana.shown.slice(-2).join("\n");
    expect(report).toContain(
      "In scope: 1\nDelivered: 0\nAcknowledged in time: 0\nLate: 0\nNo answer: 0\nFailed (not reached on any channel): 1\nMedian",
    );
    expect(report).toContain("Chat: 0 sent, 0 delivered, 0 failed, 1 unreachable,");
    // Its e-mail fallback went next (this test's bot has no e-mail adapter: it failed too).
    expect(report).toContain(
      `poc,RUS:technical,technical POC of RUS,Russian Federation,technical,1,0,0,0,0,1,0,0,,0,,,,chat: ${reason}; e-mail: `,
    );

    // Ivan opens his console after all: the ping is not shown late.
    const again = await consoleOn(storeUrl, "ivan@rus.example", "Europe/Moscow", "2024-06-11T14:00:00Z");
    await again.bot.deps.scheduler.tick();
    expect(again.shown).toEqual([]);
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

describe("an update of a message one console sent", () => {
  it("shows in that console only, not in the console whose process made the update", async () => {
    const storeUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), "consoles-")), "bot.sqlite")}`;
    const start = "2024-03-04T09:30:00-05:00";
    const desk = await consoleOn(storeUrl, "desk@un.example", "America/New_York", start);
    const claire = await consoleOn(storeUrl, "claire@fra.example", "Europe/Paris", start);
    // A broadcast's progress line, posted in the Secretariat's console conversation …
    const ref = await desk.adapter.send("console:local" as Address, {
      text: "Broadcast 7c2e79f3: sent 0 of 6",
    });
    // … refreshed by the delegate's process when she acknowledges.
    await claire.adapter.update?.(ref, { text: "Broadcast 7c2e79f3: sent 6 of 6" });
    expect(claire.shown.filter((text) => text.includes("Broadcast 7c2e79f3"))).toEqual([]);
    await desk.adapter.update?.(ref, { text: "Broadcast 7c2e79f3: sent 6 of 6" });
    expect(desk.shown.at(-1)).toBe("(updated) Broadcast 7c2e79f3: sent 6 of 6");
  });
});
