/**
 * The Secretariat asks in its own words who has not acknowledged the latest ping test ("who
 * hasn't answered the ping test?"): the POCs not acknowledged (in time or late), with their
 * count, which agrees with the ping report's counts.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { button, DELEGATE, dmOf, KEN_TECH, pingBot, SECRETARIAT, textOf } from "../poc/support.js";

/** A test of all four POCs, acknowledged by Kenya's technical POC only. */
async function afterOnePing() {
  const bot = await pingBot(handlerModules);
  const preview = await bot.say(SECRETARIAT, "start ping test all window 24h");
  await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
  const before = bot.sent.length;
  await bot.deps.scheduler.tick();
  const pings = bot.sent.slice(before);
  bot.clock.advance(10 * 60_000);
  await bot.click(
    KEN_TECH,
    button(
      pings.filter((m) => m.to === dmOf(KEN_TECH)),
      PING_ACTIONS.ack,
    ),
  );
  return bot;
}

/** A count of the report card's overall field. */
function field(report: string, label: string): number {
  const found = new RegExp(`^${label}: (\\d+)$`, "m").exec(report);
  if (!found) throw new Error(`no "${label}" in ${report}`);
  return Number(found[1]);
}

describe("who has not acknowledged the latest ping test", () => {
  it.each([
    "who hasn't answered the ping test?",
    "who has not acknowledged the ping?",
    "Who hasnt acknowledged the latest ping test",
    "who did not answer the ping?",
    "who hasn’t responded to the last ping test?",
  ])("%s → the POCs who have not acknowledged, counted as the report counts", async (question) => {
    const bot = await afterOnePing();
    const report = textOf(await bot.say(SECRETARIAT, "ping test report"));
    const missing = field(report, "In scope") - field(report, "Acknowledged in time") - field(report, "Late");
    expect(missing).toBe(3);
    const answer = textOf(await bot.say(SECRETARIAT, question));
    expect(answer).toContain(`${missing} of 4 POCs have not acknowledged`);
    // Each POC with their State and type (the test directory's names are "<type> POC of <State>").
    expect(answer).toContain("• diplomatic POC of KEN (Kenya, diplomatic POC)");
    expect(answer).toContain("• technical POC of FRA (France, technical POC)");
    expect(answer).toContain("• diplomatic POC of SGP (Singapore, diplomatic POC)");
    expect(answer).not.toContain("technical POC of KEN");
  });

  it("after the close: the same count as the report's, each POC with why", async () => {
    const bot = await afterOnePing();
    bot.clock.advance(25 * 3_600_000);
    await bot.deps.scheduler.tick();
    const report = textOf(await bot.say(SECRETARIAT, "ping test report"));
    const missing = field(report, "In scope") - field(report, "Acknowledged in time") - field(report, "Late");
    const answer = textOf(await bot.say(SECRETARIAT, "who didn't answer the ping test?"));
    expect(answer).toMatch(new RegExp(`^Ping test \\S+: ${missing} of 4 POCs have not acknowledged \\(`));
    expect(answer).toContain(`${field(report, "No answer")} no answer`);
    expect(answer).toContain("• diplomatic POC of KEN (Kenya, diplomatic POC): no answer");
    expect(answer.split("\n").filter((line) => line.startsWith("• "))).toHaveLength(missing);
  });

  it("a delegate asking gets the refusal, not the list", async () => {
    const bot = await afterOnePing();
    const answer = textOf(await bot.say(DELEGATE, "who hasn't answered the ping test?"));
    expect(answer).toBe("Sorry, only the Secretariat can run ping tests.");
  });

  it("before any ping test: says so", async () => {
    const bot = await pingBot(handlerModules);
    expect(textOf(await bot.say(SECRETARIAT, "who has not acknowledged the ping?"))).toBe(
      "No ping test has been run yet.",
    );
  });
});
