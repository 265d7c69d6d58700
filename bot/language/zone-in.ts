/**
 * A zone named in the asker's language ("Genève", "Москва", "东京", "طوكيو", "Bogotá"): read
 * as written first, then through the language's words into the English lexicon's place
 * names (the pivot writes a place as "in <place>", so its last words are tried).
 */
import { compiled } from "./compile.js";
import { english } from "./locales/en/lexicon.js";
import { SEVERAL_ZONE_NAMES } from "./locales/en/places.js";
import { LOCALE_WORDS } from "./locales.js";
import { normalizeText } from "./normalise.js";
import { toPivot } from "./pivot.js";
import { isZoneCity, offsetLabel, placeKey, zoneNamed } from "./zones.js";

/**
 * @example zoneNamedIn("Genève", "fr") === "Europe/Zurich"; zoneNamedIn("东京", "zh") === "Asia/Tokyo"
 */
export function zoneNamedIn(words: string, locale: string): string | undefined {
  for (const reading of readingsIn(words, locale)) {
    const zone = zoneNamed(reading);
    if (zone) return zone;
  }
  return undefined;
}

/**
 * The words as written, then (for another language) the last words of their pivot reading,
 * read lazily: most places are known as written.
 */
function* readingsIn(words: string, locale: string): Generator<string> {
  yield words;
  yield* pivotTails(words, locale, 1);
}

/**
 * The words' pivot reading in `locale`, then its tails, from its `from`-th word on ("in
 * tokyo", "tokyo"); none in a language without a pivot (English).
 */
function* pivotTails(words: string, locale: string, from: number): Generator<string> {
  const localeWords = LOCALE_WORDS[locale];
  if (!localeWords) return;
  const tokens = toPivot(words, localeWords, () => false)
    .text.split(" ")
    .filter(Boolean);
  for (let start = from; start < tokens.length; start += 1) yield tokens.slice(start).join(" ");
}

/** What some words name as one person's zone: {@link placeZoneIn}. */
export type PlaceZone = { kind: "zone"; zone: string } | { kind: "severalZones" } | { kind: "unknown" };

/**
 * One person's zone named by a place in their language, where a country with several zones
 * ("United States", "Россия", "美国") names none of them (where {@link zoneNamedIn} would
 * answer a question about the time there with its capital's).
 * @example placeZoneIn("Genève", "fr") // { kind: "zone", zone: "Europe/Zurich" }
 * @example placeZoneIn("États-Unis", "fr") // { kind: "severalZones" }
 * @example placeZoneIn("Москва, Россия", "ru") // { kind: "zone", zone: "Europe/Moscow" }
 */
export function placeZoneIn(words: string, locale: string): PlaceZone {
  // "Moscow, Russia", "Москва, Россия": the city before the country says which of its zones.
  const [first, ...rest] = words.split(/\s*[,،，]\s*/u).filter(Boolean);
  if (first && rest.length > 0) {
    const city = placeZoneIn(first, locale);
    if (city.kind === "zone") return city;
  }
  for (const reading of readingsIn(words, locale)) {
    if (SEVERAL_ZONE_NAMES.has(placeKey(reading))) return { kind: "severalZones" };
    const zone = zoneNamed(reading);
    if (zone) return { kind: "zone", zone };
  }
  return { kind: "unknown" };
}

/**
 * The place or offset some words name a zone by, as answers label it ("Geneva" for Genève,
 * whose zone is Zurich's; "UTC+5:30", whose zone is Kolkata's): the English lexicon's city,
 * title-cased (`placeNameIn` writes it in the reader's language), or the offset as typed;
 * `undefined` for anything else (an abbreviation, a country, an IANA name: the zone's own city
 * labels those).
 * @example placeNamedIn("Genève", "fr") === "Geneva"; placeNamedIn("utc+5:30", "en") === "UTC+5:30"
 */
export function placeNamedIn(words: string, locale: string): string | undefined {
  const text = normalizeText(words)
    .trim()
    .replace(/[.!?]+$/, "");
  const offset = compiled(english).zoneOffset.exec(text);
  if (offset && offset[0] === text) return offsetLabel(text);
  const isCity = (name: string) => english.cities.has(name) || isZoneCity(name);
  const title = (name: string) =>
    name.replace(/(^|[\s-])([a-z])/g, (_, mark: string, letter: string) => mark + letter.toUpperCase());
  if (isCity(text)) return title(text);
  for (const name of pivotTails(words, locale, 0)) if (isCity(name)) return title(name);
  return undefined;
}
