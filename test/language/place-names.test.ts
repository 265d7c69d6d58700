/**
 * Places in each language's own spelling or script: read to the zone of the English name
 * (every name of the lists is one the English lexicon knows), and written back in the
 * answer's language.
 */
import { describe, expect, it } from "vitest";
import { english } from "../../bot/language/locales/en/lexicon.js";
import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { toPivot } from "../../bot/language/pivot.js";
import { placeNameIn } from "../../bot/language/place-names.js";
import { zoneNamed } from "../../bot/language/zones.js";

/** The zone a place written in `lang` is read as, through the pivot and the English zone reader. */
function zoneOf(lang: string, place: string): string | undefined {
  const words = LOCALE_WORDS[lang];
  if (!words) throw new Error(lang);
  const read = toPivot(place, words).text.replace(/^in /, "");
  return zoneNamed(read, english);
}

describe("places in other spellings and scripts", () => {
  it.each([
    ["fr", "Genève", "Europe/Zurich"],
    ["fr", "Pékin", "Asia/Shanghai"],
    ["fr", "Le Caire", "Africa/Cairo"],
    ["es", "Tokio", "Asia/Tokyo"],
    ["es", "Nueva York", "America/New_York"],
    ["es", "Ginebra", "Europe/Zurich"],
    ["ru", "Токио", "Asia/Tokyo"],
    ["ru", "Москва", "Europe/Moscow"],
    ["ru", "Москве", "Europe/Moscow"],
    ["ru", "Нью-Йорку", "America/New_York"],
    ["ru", "Женевы", "Europe/Zurich"],
    ["zh", "东京", "Asia/Tokyo"],
    ["zh", "日内瓦", "Europe/Zurich"],
    ["zh", "北京", "Asia/Shanghai"],
    ["ar", "طوكيو", "Asia/Tokyo"],
    ["ar", "القاهرة", "Africa/Cairo"],
    ["ar", "وجنيف", "Europe/Zurich"],
  ])("%s: %s → %s", (lang, place, zone) => {
    expect(zoneOf(lang, place)).toBe(zone);
  });

  it("names only places the English lexicon knows", () => {
    for (const words of Object.values(LOCALE_WORDS))
      for (const [key, place] of words.places ?? [])
        expect(english.cities.has(place) || english.countries.has(place), `${words.locale}: ${key}`).toBe(
          true,
        );
  });
});

describe("place names in the answer's language", () => {
  it.each([
    ["fr", "Geneva", "Genève"],
    ["fr", "Tokyo", "Tokyo"],
    ["es", "new york", "Nueva York"],
    ["es", "Cairo", "El Cairo"],
    ["es", "Mexico City", "Ciudad de México"],
    ["ru", "Moscow", "Москва"],
    ["ru", "New York", "Нью-Йорк"],
    ["ru", "Tokyo", "Токио"],
    ["zh", "Tokyo", "东京"],
    ["ar", "Cairo", "القاهرة"],
    ["en", "Tokyo", "Tokyo"],
    ["ru", "Timbuktu", "Timbuktu"],
  ])("%s: %s → %s", (lang, name, expected) => {
    expect(placeNameIn(lang, name)).toBe(expected);
  });
});
