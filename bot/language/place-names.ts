/**
 * A place's name as an answer in another language writes it: "Tokyo" → "Токио", "东京",
 * "طوكيو", "Tokio"; "Geneva" → "Genève". Read from the locale's own place list
 * (`locales/<tag>/places.ts`: the first name of a place read only with its capitals,
 * `casedPlaces`, else its first plain key per place, stems skipped); a place the list
 * does not have keeps the name it was given (English, as the zone's city is written).
 */
import { LOCALE_WORDS } from "./locales.js";

const names = new Map<string, ReadonlyMap<string, string>>();

/** "nueva york" → "Nueva York", "ciudad de méxico" → "Ciudad de México", "нью-йорк" → "Нью-Йорк". */
function written(key: string): string {
  return key
    .split(" ")
    .map((word, index) =>
      index > 0 && word.length <= 3
        ? word
        : word.replace(/(^|-)(\p{Ll})/gu, (_, mark, letter) => mark + letter.toUpperCase()),
    )
    .join(" ");
}

function namesOf(locale: string): ReadonlyMap<string, string> {
  const known = names.get(locale);
  if (known) return known;
  const made = new Map<string, string>();
  const words = LOCALE_WORDS[locale];
  // "La Réunion", "Maurice": a place read only with its capitals is written so.
  for (const cased of words?.casedPlaces ?? []) {
    const place = words?.places?.get(cased.as.toLowerCase());
    const name = cased.written[0];
    if (place && name && !made.has(place)) made.set(place, name);
  }
  for (const [key, place] of words?.places ?? [])
    if (!key.includes("*") && !made.has(place)) made.set(place, written(key));
  names.set(locale, made);
  return made;
}

/**
 * The name of a place (an English name of the lexicon, any case: "Tokyo", "new york") in
 * `locale`; the name as given when the locale has none for it (English, or a place not listed).
 * @example placeNameIn("ru", "Tokyo") === "Токио"; placeNameIn("fr", "Geneva") === "Genève"; placeNameIn("en", "Tokyo") === "Tokyo"
 */
export function placeNameIn(locale: string, name: string): string {
  return namesOf(locale).get(name.toLowerCase()) ?? name;
}
