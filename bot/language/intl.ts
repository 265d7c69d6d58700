/**
 * `Intl` formatters made once per locale and options. Making an `Intl.DateTimeFormat` costs
 * tens of microseconds (it loads the locale's CLDR data); formatting with a made one costs
 * about one. Answers in the other five languages format every date and month through these.
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The `Intl.DateTimeFormat` of a locale and options, made on first use and kept (one per
 * distinct locale, options and zone: a handful of shapes times the six languages and the
 * zones people ask in).
 * @example dateTimeFormat("fr", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(2024, 6, 15)) === "juillet 2024"
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${optionsKey(options)}`;
  let formatter = dateTimeFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, formatter);
  }
  return formatter;
}

/** The options as a key: their entries in a fixed order, so `{a, b}` and `{b, a}` are one formatter. */
function optionsKey(options: Intl.DateTimeFormatOptions): string {
  return Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(",");
}

const conjunctions = new Map<string, Intl.ListFormat>();

/**
 * Items as a list of the locale's language joined by "and" ("a, b and c", « a, b et c »,
 * "a、b和c"), with the `Intl.ListFormat` of that locale made once and kept.
 * @example conjunction("fr", ["a@x.org", "b@x.org"]) === "a@x.org et b@x.org"
 */
export function conjunction(locale: string, items: readonly string[]): string {
  let formatter = conjunctions.get(locale);
  if (!formatter) {
    formatter = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
    conjunctions.set(locale, formatter);
  }
  return formatter.format(items);
}
