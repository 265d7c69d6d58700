/**
 * A card's "Your time" field says "your time" once: its value is the time and zone only, in
 * every language ("Su hora: lunes…, su hora (UTC)" and "您的时间: 您的时间3月4日…" before).
 */
import { describe, expect, it } from "vitest";
import { withLocale } from "../../bot/language/current.js";
import { describeWhen } from "../../bot/programme/format.js";

/** The words "your time" of each language's inline form (`programme.askerWhen`). */
const YOUR_TIME: Record<string, string> = {
  en: "your time",
  fr: "chez vous",
  es: "su hora",
  ru: "по вашему времени",
  zh: "您的时间",
  ar: "بتوقيتك",
};

describe("the asker's time under its own label", () => {
  for (const [tag, words] of Object.entries(YOUR_TIME)) {
    it(`has no "${words}" in ${tag}, where the inline form has it`, () => {
      const zones = { venueZone: "America/New_York", venueLabel: "NY", askerZone: "Asia/Shanghai" };
      const range = { start: Date.parse("2024-03-04T20:00:00Z"), end: Date.parse("2024-03-04T23:00:00Z") };
      const when = withLocale(tag, () => describeWhen(range, zones));
      expect(when.asker).toContain(words);
      expect(when.askerValue).toBeDefined();
      expect(when.askerValue).not.toContain(words);
      // The zone, by its city in the reader's language.
      expect(when.askerValue).toMatch(/Shanghai|Shanghái|Шанхай|上海|شنغهاي/);
      expect(when.asker?.replace(words, "").replace(/\s+/g, "")).toContain(
        when.askerValue?.split(/[(（]/)[0]?.replace(/\s+/g, "") ?? "-",
      );
    });
  }
});
