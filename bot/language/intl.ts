/**
 * `Intl` formatters made once per locale and options. Making an `Intl.DateTimeFormat` costs
 * tens of microseconds (it loads the locale's CLDR data); formatting with a made one costs
 * about one. Answers in the other five languages format every date and month through these.
 */

import { AR_MONTH_NAMES } from "./locales/ar/month-names.js";

/** What the answers format dates with: `Intl.DateTimeFormat`'s `format`. */
export type DateFormatter = Pick<Intl.DateTimeFormat, "format">;

const dateTimeFormats = new Map<string, DateFormatter>();

/**
 * Month names a language's answers write instead of `Intl`'s, January first: Arabic's as UN
 * documents write them ("آذار/مارس"), as the data's translations do.
 */
const WRITTEN_MONTHS: Readonly<Record<string, readonly string[]>> = { ar: AR_MONTH_NAMES };

/**
 * The `Intl.DateTimeFormat` of a locale and options, made on first use and kept (one per
 * distinct locale, options and zone: a handful of shapes times the six languages and the
 * zones people ask in). A full month name is the language's own where it has one
 * ({@link WRITTEN_MONTHS}: "الاثنين، 4 آذار/مارس"), also for a short one.
 * @example dateTimeFormat("fr", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(2024, 6, 15)) === "juillet 2024"
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  const key = `${locale}|${optionsKey(options)}`;
  let formatter = dateTimeFormats.get(key);
  if (!formatter) {
    const made = new Intl.DateTimeFormat(locale, options);
    // Arabic writes no abbreviations: its "short" month is the full name too.
    const months = options.month === "long" || options.month === "short" ? WRITTEN_MONTHS[locale] : undefined;
    formatter = months ? withMonths(made, locale, months) : made;
    dateTimeFormats.set(key, formatter);
  }
  return formatter;
}

/** `made`, with its month names replaced by `months` (January first). */
function withMonths(made: Intl.DateTimeFormat, locale: string, months: readonly string[]): DateFormatter {
  const intlMonths = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  const byIntlName = new Map(
    months.map((name, index) => [intlMonths.format(Date.UTC(2024, index, 15)), name]),
  );
  return {
    format: (date) =>
      made
        .formatToParts(date)
        .map((part) => (part.type === "month" ? (byIntlName.get(part.value) ?? part.value) : part.value))
        .join(""),
  };
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
