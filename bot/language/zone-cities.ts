/**
 * The city of every IANA time zone in French, Spanish, Russian, Chinese and Arabic ("Oulan-Bator",
 * "Katmandú", "Улан-Батор", "乌兰巴托", "أولان باتور"), beside each language's hand-picked
 * places. The names are the Unicode CLDR's exemplar cities, generated into
 * `locales/zone-cities.json` by `scripts/zone-cities.mjs` from the `cldr-dates-full` dev
 * dependency; each is read as the zone's city as the runtime names it ("ulaanbaatar"), which
 * `zones.ts` knows as the zone.
 */
import data from "./locales/zone-cities.json" with { type: "json" };

const CITIES: Readonly<Record<string, Readonly<Record<string, string>>>> = data.cities;

/** Russian names inflect ("в Улан-Баторе", "из Москвы"): the stem of a name long enough to be safe. */
function russianStem(name: string): string | undefined {
  if (name.length < 5) return undefined;
  return `${/[аяьй]$/.test(name) ? name.slice(0, -1) : name}*`;
}

/**
 * A language's places with the CLDR's zone cities after its own (its own names come first, so
 * an answer writes them; a CLDR name already listed is left as the list has it).
 * @example withZoneCities("fr", new Map()).get("oulan-bator") === "ulaanbaatar"
 */
export function withZoneCities(
  locale: string,
  places: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  const merged = new Map(places);
  for (const [name, city] of Object.entries(CITIES[locale] ?? {})) {
    const key = name.toLowerCase();
    if (!merged.has(key)) merged.set(key, city);
    const stem = locale === "ru" ? russianStem(key) : undefined;
    if (stem && !merged.has(stem)) merged.set(stem, city);
  }
  return merged;
}
