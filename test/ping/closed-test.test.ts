/**
 * A ping test takes late acknowledgements for a day after its close; after that it is closed
 * for good: a click, a typed "received" or "received?" says so and records nothing.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { pingServices } from "../../handlers/ping/service.js";
import { button, dmOf, FRA_TECH, KEN_DIPLO, KEN_TECH, pingBot, SECRETARIAT, textOf } from "../poc/support.js";

describe("a closed ping test, days later", () => {
  it("records nothing and says it closed, for a click, a typed word and a question; a late answer the same day still counts", async () => {
    const bot = await pingBot(handlerModules);
    const services = pingServices(bot.deps);
    const preview = await bot.say(SECRETARIAT, "start ping test all window 2h");
    const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    await bot.deps.scheduler.tick();
    const test = /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
    const pingOf = (who: typeof KEN_TECH) => bot.sent.filter((m) => m.to === dmOf(who));
    bot.clock.advance(3 * 60 * 60_000); // closed an hour ago
    await bot.deps.scheduler.tick();
    expect(textOf(await bot.say(KEN_TECH, "received"))).toMatch(/counts as late\.$/);

    bot.clock.set("2024-06-13T09:00:00.000Z"); // three days later
    await bot.deps.scheduler.tick();
    const closed = `The ping test ${test} (technical POC of France) closed on Mon 10 Jun 2024, 11:00 AM New York time (5:00 PM your time, Paris); acknowledgements were taken until Tue 11 Jun 2024, 11:00 AM New York time (5:00 PM your time, Paris). Nothing was recorded.`;
    expect(textOf(await bot.say(FRA_TECH, "acknowledge"))).toBe(closed);
    expect(textOf(await bot.say(FRA_TECH, "received?"))).toBe(closed);
    expect(textOf(await bot.click(FRA_TECH, button(pingOf(FRA_TECH), PING_ACTIONS.ack)))).toBe(
      "This ping test closed on Mon 10 Jun 2024, 11:00 AM New York time (5:00 PM your time, Paris); acknowledgements were taken until Tue 11 Jun 2024, 11:00 AM New York time (5:00 PM your time, Paris). Nothing was recorded.",
    );
    expect(textOf(await bot.click(KEN_DIPLO, button(pingOf(KEN_DIPLO), PING_ACTIONS.ack)))).toMatch(
      /^This ping test closed on .*Nothing was recorded\.$/,
    );
    // Still told what stands.
    expect(textOf(await bot.say(KEN_TECH, "received?"))).toMatch(/^Yes: your acknowledgement of ping test/);
    expect([...(await services.tests.acks(test)).keys()]).toEqual(["KEN:technical"]);
  });
});
