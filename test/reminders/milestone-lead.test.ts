/**
 * A date-only milestone (the POC directory's ping test, 10 June 2024) is reminded of at 09:00
 * venue time: anyone may ask for it, so when it comes is said in the asker's language from
 * the catalogue (`reminders.lead.milestone*`), never in English built in code ("at 09:00 New
 * York time on the day"), and in Chinese with full-width brackets.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { milestoneLead } from "../../handlers/reminders/kit.js";
import { pocBot, textOf, user } from "../poc/support.js";

const ASKER = user("mila", "mila@mission.example", "America/New_York");

async function ask(text: string): Promise<string> {
  const bot = await pocBot({ now: "2024-06-01T08:00:00-04:00", modules: handlerModules });
  return textOf(await bot.say(ASKER, text));
}

describe("when a milestone's reminder comes, in the asker's language", () => {
  it.each([
    ["en", "remind me about the ping test", /at 9:00 AM New York time on the day/],
    ["fr", "rappelle-moi le test ping", /à 09:00 heure de New York le jour même/],
    [
      "fr",
      "rappelle-moi le test ping 15 minutes avant",
      /15 minutes avant 09:00 heure de New York, le jour même/,
    ],
    ["es", "recuérdame la prueba ping", /a las 09:00 hora de Nueva York el mismo día/],
    ["zh", "提醒我ping测试", /当天纽约时间09:00/],
    ["ar", "ذكرني باختبار ping", /الساعة \u2068?09:00/],
  ])("%s: %s", async (locale, text, expected) => {
    const answer = await ask(text);
    expect(answer).toMatch(expected);
    if (locale !== "en") {
      expect(answer).not.toMatch(/on the day|the day before|New York time/);
    }
    if (locale === "zh") expect(answer).not.toMatch(/[()]/);
  });

  it.each(["fr", "es", "ru", "zh", "ar"])(
    "%s: the day before and a lead before 09:00, from the catalogue",
    (locale) => {
      const venue = { zoneLabel: "«venue»" };
      for (const minutes of [0, 30, 24 * 60]) {
        const lead = milestoneLead(minutes, venue, locale);
        expect(lead).toContain("09:00");
        expect(lead).toContain("«venue»");
        expect(lead).not.toMatch(/\b(at|on the day|the day before|before)\b|\{\{/);
      }
      expect(milestoneLead(24 * 60, venue, locale)).not.toBe(milestoneLead(0, venue, locale));
    },
  );
});
