/**
 * A zone named in the asker's language ("Genève", "Москва", "东京", "طوكيو", "Bogotá"): read
 * as written first, then through the language's words into the English lexicon's place
 * names (the pivot writes a place as "in <place>", so its last words are tried).
 */
import { LOCALE_WORDS } from "./locales.js";
import { toPivot } from "./pivot.js";
import { zoneNamed } from "./zones.js";

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
