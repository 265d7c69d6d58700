/**
 * The Secretariat asks for the last broadcast's report in plain words ("who got the last
 * broadcast?"), on the whole bot: the report, not a programme answer ("The letters say nothing
 * about webcasting", tester6 E1/I2). Anyone else gets the refusal, never the report.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { handlerModules } from "../../handlers/index.js";
import { DELEGATE, pocBot, SECRETARIAT, textOf, user } from "../poc/support.js";

const TEMPLATE_ROSTER = readFileSync("data/templates/roster.csv", "utf8");

async function afterOneBroadcast() {
  const bot = await pocBot({ modules: handlerModules, now: "2024-03-04T10:20:00-05:00" });
  await bot.deps.people.importRoster(TEMPLATE_ROSTER, "test", bot.clock.now());
  await bot.say(user("ann", "ann.mwangi@kenya-mission.example"), "hello");
  const [preview] = await bot.say(SECRETARIAT, "broadcast to heads of delegation: Room 4 at 13:15");
  const confirm = preview?.message.card?.buttons?.find((b) => b.actionId === ACTIONS.confirm);
  expect(confirm?.value).toMatch(/^[0-9a-f]{8}$/);
  await bot.click(SECRETARIAT, { actionId: ACTIONS.confirm, value: confirm?.value });
  await bot.deps.scheduler.tick();
  return { bot, id: confirm?.value ?? "" };
}

describe("the last broadcast's report, asked in words", () => {
  it.each([
    "who got the last broadcast?",
    "who received the broadcast",
    "Who has received the latest broadcast?",
    "broadcast report",
    "last broadcast report",
    "report on the last broadcast",
    "did everyone get the last broadcast?",
    // The Secretariat's own words (tester report): "read" is how they ask it.
    "who read the last broadcast?",
    "Who has read the latest broadcast",
    "who saw the last broadcast?",
    // An exploratory tester's (the first was answered "The letters say nothing about webcasting").
    "who hasn't got the broadcast?",
    "who did not receive the last broadcast",
    "who got the announcement?",
    "last announcement status",
    // tester11 M8: answered "The letters say nothing about webcasting".
    "who hasnt acknowledged the broadcast?",
    "who has not acknowledged the last broadcast",
    "who didnt ack the announcement?",
    "who has acknowledged the broadcast?",
    "who confirmed the latest broadcast",
  ])("%s → the report of the last broadcast", async (question) => {
    const { bot, id } = await afterOneBroadcast();
    const answer = await bot.say(SECRETARIAT, question);
    expect(answer[0]?.message.card?.title).toBe(`Broadcast ${id}: finished`);
    expect(textOf(answer)).toContain("To: heads of delegation");
    expect(textOf(answer)).not.toMatch(/webcast/i);
  });

  it("a delegate asking gets the refusal, not the report", async () => {
    const { bot, id } = await afterOneBroadcast();
    for (const question of ["who got the last broadcast?", "broadcast report"]) {
      const answer = await bot.say(DELEGATE, question);
      expect(textOf(answer)).toBe("Sorry, only the Secretariat can send broadcasts and see their reports.");
      expect(textOf(answer)).not.toContain(id);
    }
  });
});
