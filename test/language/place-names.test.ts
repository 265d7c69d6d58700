/**
 * Places in each language's own spelling or script: read to the zone of the English name
 * (every name of the lists is one the English lexicon knows), and written back in the
 * answer's language.
 */
import { describe, expect, it } from "vitest";
import { english } from "../../bot/language/locales/en/lexicon.js";
import ZONE_CITIES from "../../bot/language/locales/zone-cities.json" with { type: "json" };
import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { toPivot } from "../../bot/language/pivot.js";
import { placeNameIn } from "../../bot/language/place-names.js";
import { isZoneCity, zoneNamed } from "../../bot/language/zones.js";

/** A message in `lang` as the pivot reads it. */
function read(lang: string, text: string): string {
  const words = LOCALE_WORDS[lang];
  if (!words) throw new Error(lang);
  return toPivot(text, words).text;
}

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
    // Every zone's city, from the CLDR (locales/zone-cities.json).
    ["fr", "Oulan-Bator", "Asia/Ulaanbaatar"],
    ["fr", "Ekaterinbourg", "Asia/Yekaterinburg"],
    ["es", "Ulán Bator", "Asia/Ulaanbaatar"],
    ["es", "Ciudad Juárez", "America/Ciudad_Juarez"],
    ["ru", "Улан-Батор", "Asia/Ulaanbaatar"],
    ["ru", "Улан-Баторе", "Asia/Ulaanbaatar"],
    ["ru", "Новосибирске", "Asia/Novosibirsk"],
    ["zh", "乌兰巴托", "Asia/Ulaanbaatar"],
    ["zh", "新西伯利亚", "Asia/Novosibirsk"],
    ["ar", "أولان باتور", "Asia/Ulaanbaatar"],
    ["ar", "آلانباتار", "Asia/Ulaanbaatar"],
  ])("%s: %s → %s", (lang, place, zone) => {
    expect(zoneOf(lang, place)).toBe(zone);
  });

  it("names only places the English lexicon knows, or a zone's city as the runtime names it", () => {
    for (const words of Object.values(LOCALE_WORDS))
      for (const [key, place] of words.places ?? [])
        expect(
          english.cities.has(place) || english.countries.has(place) || isZoneCity(place),
          `${words.locale}: ${key}`,
        ).toBe(true);
  });

  it("reads every zone city of the CLDR list in its language as a zone", () => {
    const missed = Object.entries(ZONE_CITIES.cities).flatMap(([lang, names]) =>
      Object.keys(names)
        .filter((name) => zoneOf(lang, name) === undefined)
        .map((name) => `${lang}: ${name}`),
    );
    expect(missed).toEqual([]);
  });

  it("a word that is also a CLDR city name in everyday use is not read as one", () => {
    expect(read("fr", "Où se tient la réunion POC ?")).toBe("where ?");
    expect(read("es", "¿Qué hay en Navidad?")).not.toMatch(/ in /);
    expect(read("ar", "ترك")).toBe("");
  });

  // Such a place is read where it cannot be the everyday word: with its capitals and not first
  // ("La Réunion"), after "à"/"heure de" ("Maurice", a first name too), or in a name of its own
  // ("île Maurice", "isla de Navidad"); "la réunion" stays the meeting, "Navidad" Christmas.
  it.each([
    ["fr", "quelle heure est-il à La Réunion", "what time is it in reunion island"],
    ["fr", "quelle heure est-il à la Réunion ?", "what time is it in reunion island ?"],
    ["fr", "jeudi après-midi heure de la Réunion", "thursday afternoon in reunion island"],
    ["fr", "quelle heure à Maurice", "what time is it in mauritius"],
    ["fr", "quelle heure est-il à l'île Maurice", "what time is it in mauritius"],
    ["es", "qué hora es en La Reunión", "what time is it in reunion island"],
    ["es", "qué hora es en la isla de Navidad", "what time is it in christmas island"],
    ["es", "hora de Mauricio", "in mauritius"],
    ["fr", "qu'y a-t-il à la réunion", "what's on"],
    ["fr", "à quelle heure est la réunion", "when"],
    ["fr", "quand parle Maurice", "when"],
    ["es", "qué hay en la reunión", "what's on"],
    ["es", "qué hora es en Navidad", "what time is it"],
  ])("%s: %s → %s", (lang, text, expected) => {
    expect(read(lang, text)).toBe(expected);
  });

  it.each([
    ["fr", "La Réunion", "Indian/Reunion"],
    ["fr", "île Maurice", "Indian/Mauritius"],
    ["es", "isla de Navidad", "Indian/Christmas"],
    ["es", "isla Mauricio", "Indian/Mauritius"],
  ])("%s: %s → %s", (lang, place, zone) => {
    expect(zoneOf(lang, `${lang === "fr" ? "à" : "en"} ${place}`)).toBe(zone);
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
    // A place read only with its capitals is written so, not by its longer name.
    ["fr", "Reunion Island", "La Réunion"],
    ["fr", "Mauritius", "Maurice"],
    ["es", "reunion island", "La Reunión"],
  ])("%s: %s → %s", (lang, name, expected) => {
    expect(placeNameIn(lang, name)).toBe(expected);
  });
});
