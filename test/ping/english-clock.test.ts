/**
 * English ping and POC texts tell the time as every other English answer does, on the 12-hour
 * clock ("9:00 AM", as `formatClock` of the programme's answers): they used the 24-hour one
 * ("09:00 New York time (15:00 your time)") beside broadcasts and programme answers saying
 * "3:00 PM". The other five languages keep their 24-hour clock.
 */
import { describe, expect, it } from "vitest";
import { withLocale } from "../../bot/language/current.js";
import { formatClock } from "../../bot/programme/format.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { DIRECTORY_ZONE, formatMoment } from "../../handlers/poc/time.js";
import { button, dmOf, KEN_TECH, pingBot, SECRETARIAT, textOf } from "../poc/support.js";

const AT = "2024-06-12T13:00:00.000Z";
const INSTANT = Date.parse(AT);

describe("an instant of the POC directory and the ping tests, in English", () => {
  it("is on the 12-hour clock, as the programme's answers", () => {
    const [venue, reader] = withLocale("en", () => [
      formatClock(INSTANT, DIRECTORY_ZONE),
      formatClock(INSTANT, "Europe/Zurich"),
    ]);
    expect([venue, reader]).toEqual(["9:00 AM", "3:00 PM"]);
    expect(withLocale("en", () => formatMoment(AT, "Europe/Zurich", "Geneva"))).toBe(
      `Wed 12 Jun 2024, ${venue} New York time (${reader} your time, Geneva)`,
    );
    expect(withLocale("en", () => formatMoment("2024-06-12T03:30:00.000Z", "Asia/Tokyo"))).toBe(
      "Tue 11 Jun 2024, 11:30 PM New York time (Wed 12 Jun, 12:30 PM your time, Tokyo)",
    );
  });

  it("stays on the 24-hour clock in the other languages", () => {
    expect(withLocale("fr", () => formatMoment(AT, "Europe/Zurich", "Genève"))).toContain("09:00");
    expect(withLocale("ru", () => formatMoment(AT))).toContain("09:00");
  });

  it("the ping a POC gets says its deadline on the 12-hour clock", async () => {
    const bot = await pingBot();
    const preview = await bot.say(SECRETARIAT, "start ping test technical window 24h");
    await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    await bot.deps.scheduler.tick();
    const ping = textOf(bot.sent.filter((m) => m.to === dmOf(KEN_TECH)));
    expect(ping).toContain("before Tue 11 Jun 2024, 9:00 AM New York time (4:00 PM your time, Nairobi)");
  });
});
