import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { startBot } from "../../bot/app.js";
import { offsetClock } from "../../bot/clock.js";

describe("offsetClock (BOT_NOW)", () => {
  it("starts at the given moment and runs on with real time", () => {
    let real = Date.parse("2026-12-03T10:00:00Z");
    const clock = offsetClock(new Date("2024-03-04T08:00:00-05:00"), () => real);
    expect(clock.now().toISOString()).toBe("2024-03-04T13:00:00.000Z");
    real += 90_000;
    expect(clock.now().toISOString()).toBe("2024-03-04T13:01:30.000Z");
  });

  it("is the bot's clock when BOT_NOW is set", async () => {
    const input = new PassThrough();
    const bot = await startBot({
      env: { STORE_URL: "memory:", LOG_LEVEL: "silent", BOT_NOW: "2024-03-04T08:00:00-05:00" },
      input,
    });
    const now = bot.core.deps.clock.now().getTime();
    input.end();
    await bot.done;
    await bot.stop();
    expect(now).toBeGreaterThanOrEqual(Date.parse("2024-03-04T13:00:00Z"));
    expect(now).toBeLessThan(Date.parse("2024-03-04T13:01:00Z"));
  });
});
