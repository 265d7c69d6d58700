/**
 * Time zones and the venue's city as people say them in their language: the zone's city
 * ("Токио", "东京"), never an IANA id ("Asia/Tokyo") in what a delegate reads; the venue's city
 * from the translations beside it in data/ ("纽约时间", "Нью-Йорк"), not "New York" in Latin script.
 */
import { describe, expect, it } from "vitest";
import { zoneCity } from "../../bot/language/zone-names.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NOW = "2024-03-04T08:00:00-05:00";
const IANA = /\b(?:Africa|America|Asia|Australia|Europe|Pacific|Indian|Atlantic)\/[A-Za-z_]+/;

const LANGUAGES = [
  { lang: "en", choose: "English please", tokyo: "Tokyo", moscow: "Moscow", venue: "New York time" },
  { lang: "fr", choose: "language: français", tokyo: "Tokyo", moscow: "Moscou", venue: "heure de New York" },
  { lang: "es", choose: "en español por favor", tokyo: "Tokio", moscow: "Moscú", venue: "Nueva York" },
  { lang: "ru", choose: "по-русски", tokyo: "Токио", moscow: "Москва", venue: "Нью-Йорк" },
  { lang: "zh", choose: "请用中文", tokyo: "东京", moscow: "莫斯科", venue: "纽约时间" },
  { lang: "ar", choose: "بالعربية", tokyo: "طوكيو", moscow: "موسكو", venue: "نيويورك" },
] as const;

describe("zones by their city in the reader's language", () => {
  it("names a zone by its city, an offset zone by its offset", () => {
    expect(zoneCity("ru", "Europe/Moscow")).toBe("Москва");
    expect(zoneCity("zh", "America/New_York")).toBe("纽约");
    expect(zoneCity("ar", "Asia/Tokyo")).toBe("طوكيو");
    expect(zoneCity("fr", "Asia/Ulaanbaatar")).toBe("Oulan-Bator");
    expect(zoneCity("es", "America/Bogota")).toBe("Bogotá");
    expect(zoneCity("en", "America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    // A newer name than the runtime's own (Node 20 lists Asia/Calcutta, Asia/Katmandu).
    expect(zoneCity("ru", "Asia/Kathmandu")).toBe("Катманду");
    expect(zoneCity("zh", "Etc/GMT-9")).toBe("UTC+9");
    expect(zoneCity("ar", "Etc/GMT+3")).toBe("UTC−3");
  });

  it("is memoised: a name costs a map look-up once made", () => {
    zoneCity("zh", "Asia/Tokyo");
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) zoneCity("zh", "Asia/Tokyo");
    expect((performance.now() - start) / 10_000).toBeLessThan(0.01);
  });

  it.each(LANGUAGES)("$lang: the chosen zone, times in it and the venue's zone read natively", async (l) => {
    const h = await harness({ now: NOW, modules: handlerModules });
    const asker = user("amal", { timeZone: "Europe/Moscow" });
    await h.say(asker, l.choose);
    const shown = await h.say(asker, "my time zone");
    expect(shown).toContain(l.moscow);
    expect(shown).not.toMatch(IANA);
    const chosen = await h.say(asker, "my time zone is Tokyo");
    expect(chosen).toContain(`${l.tokyo} (UTC+9)`);
    expect(chosen).not.toMatch(IANA);
    const answer = await h.say(asker, "What's on Thursday morning?");
    expect(answer).toContain(l.tokyo);
    expect(answer).toContain(l.venue);
    expect(answer).not.toMatch(IANA);
  });

  it.each(LANGUAGES.filter((l) => ["ru", "zh", "ar"].includes(l.lang)))(
    "$lang: the venue and its city in the language's script",
    async (l) => {
      const h = await harness({ now: NOW, modules: handlerModules });
      const asker = user("amal");
      await h.say(asker, l.choose);
      const answer = await h.say(asker, "where is the POC meeting?");
      expect(answer).not.toMatch(/New York|United Nations Headquarters/);
      expect(answer).toMatch(/Нью-Йорк|纽约|نيويورك/);
    },
  );
});
