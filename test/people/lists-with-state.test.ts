/**
 * The Secretariat's lists show each person with their State (a POC with their type too), the
 * same way everywhere: the ping test's preview and "who hasn't answered the ping test?" listed
 * POCs by State and type without the person ("KEN:diplomatic (Kenya)"), the broadcast preview
 * listed roster people without their State ("Li Wei") beside POCs with a State code
 * ("Claire Martin (FRA technical POC)"), and the RSVP report's "Not answered yet" listed names
 * alone beside "Ann Mwangi (Kenya)".
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import {
  button,
  greet,
  importDirectory,
  KEN_DIPLO,
  KEN_TECH,
  pocBot,
  SECRETARIAT,
  SGP_DIPLO,
  textOf,
} from "../poc/support.js";
import { harness, people, withRoster } from "../reminders/harness.js";

async function directoryBot() {
  const bot = await pocBot({ now: "2024-06-10T13:00:00.000Z", modules: handlerModules });
  await importDirectory(bot, [
    { state: "KEN", type: "technical", name: "Peter Otieno", emails: KEN_TECH.email },
    { state: "KEN", type: "diplomatic", name: "Amina Njoroge", emails: KEN_DIPLO.email },
    { state: "SGP", type: "diplomatic", name: "Li Wei", emails: SGP_DIPLO.email },
  ]);
  await greet(bot, [SECRETARIAT, KEN_TECH, KEN_DIPLO]);
  return bot;
}

describe("people in the Secretariat's lists, with their State", () => {
  it("the ping test's preview and its unanswered list: name, State and type", async () => {
    const bot = await directoryBot();
    const preview = await bot.say(SECRETARIAT, "start ping test all");
    expect(textOf(preview)).toContain("Not known in chat\nLi Wei (Singapore, diplomatic POC)");
    await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    await bot.deps.scheduler.tick();
    const answer = textOf(await bot.say(SECRETARIAT, "who hasn't answered the ping test?"));
    expect(answer).toContain("• Amina Njoroge (Kenya, diplomatic POC): awaiting an answer");
    expect(answer).toContain("• Li Wei (Singapore, diplomatic POC): still being delivered");
  });

  it("the broadcast preview's unreachable people: roster people and POCs alike", async () => {
    const bot = await directoryBot();
    await bot.deps.people.importRoster(
      "email,name,state,roles\nclaire@fra.example,Claire Martin,FRA,head of delegation;poc\n",
      "test",
      bot.clock.now(),
    );
    const fields = (await bot.say(SECRETARIAT, "broadcast to all POCs: Ping test today."))[0]?.message.card
      ?.sections[1]?.fields;
    const unreachable = fields?.find((field) => field.label === "Unreachable")?.value;
    expect(unreachable).toBe(
      "2 (not yet met in chat: Li Wei (Singapore, diplomatic POC); Claire Martin (France))",
    );
  });

  it("the RSVP report's 'Not answered yet' as its other lists", async () => {
    const h = await harness({ modules: handlerModules });
    await withRoster(h);
    await h.say(people.ann, "rsvp attending");
    const report = (await h.say(people.secretariat, "who is coming to the reception?")).split("\n");
    expect(report).toContain("• Ann Mwangi (Kenya)");
    expect(report).toContain("• Li Wei (Singapore)");
    expect(report).toContain("• Claire Martin (France)");
  });
});
