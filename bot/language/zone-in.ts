/**
 * A zone named in the asker's language ("Genève", "Москва", "东京", "طوكيو", "Bogotá"): read
 * as written first, then through the language's words into the English lexicon's place
 * names (the pivot writes a place as "in <place>", so its last words are tried).
 */
import { compiled } from "./compile.js";
import { english } from "./locales/en/lexicon.js";
import { LOCALE_WORDS } from "./locales.js";
import { normalizeText } from "./normalise.js";
import { toPivot } from "./pivot.js";
import { isZoneCity, zoneNamed } from "./zones.js";

/**
 * @example zoneNamedIn("Genève", "fr") === "Europe/Zurich"; zoneNamedIn("东京", "zh") === "Asia/Tokyo"
 */
export function zoneNamedIn(words: string, locale: string): string | undefined {
  const asWritten = zoneNamed(words);
  if (asWritten) return asWritten;
  const localeWords = LOCALE_WORDS[locale];
  if (!localeWords) return undefined;
  const tokens = toPivot(words, localeWords, () => false)
    .text.split(" ")
    .filter(Boolean);
  for (let start = 1; start < tokens.length; start += 1) {
    const zone = zoneNamed(tokens.slice(start).join(" "));
    if (zone) return zone;
  }
  return undefined;
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
  if (offset && offset[0] === text) return text.toUpperCase().replace(/\s+/g, "").replace("−", "-");
  const isCity = (name: string) => english.cities.has(name) || isZoneCity(name);
  const title = (name: string) =>
    name.replace(/(^|[\s-])([a-z])/g, (_, mark: string, letter: string) => mark + letter.toUpperCase());
  if (isCity(text)) return title(text);
  const localeWords = LOCALE_WORDS[locale];
  if (!localeWords) return undefined;
  const tokens = toPivot(words, localeWords, () => false)
    .text.split(" ")
    .filter(Boolean);
  for (let start = 0; start < tokens.length; start += 1) {
    const name = tokens.slice(start).join(" ");
    if (isCity(name)) return title(name);
  }
  return undefined;
}
