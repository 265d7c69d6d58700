/**
 * Reads a message in another language into the English lexicon's words, by meaning: a
 * weekday becomes the English weekday of the same number, a part of the day the same part,
 * "après-demain" the day two ahead, a question word its facet's English word, a topic its
 * English term. The programme grammar then reads the result as it reads English. Words the
 * locale does not know are dropped, except numbers, clock times, and places and zones the
 * English lexicon knows ("Nairobi", "JST", "UTC+3"), which are the same in every language.
 *
 * Generic over {@link LocaleWords}: Chinese (no spaces) matches keys anywhere; stems ending
 * in `*` match inflected forms (Russian, Arabic).
 */
import { COMMAND_WORDS } from "./commands.js";
import { boundedDistance } from "./distance.js";
import type { Facet } from "./lexicon.js";
import type { LocaleWords } from "./locale-words.js";
import { english } from "./locales/en/lexicon.js";
import { normalizeText } from "./normalise.js";

const ENGLISH_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const ENGLISH_RELATIVE: Record<number, string> = {
  [-1]: "yesterday",
  0: "today",
  1: "tomorrow",
  2: "day after tomorrow",
};
const ENGLISH_FACET: Partial<Record<Facet, string>> = {
  when: "when",
  where: "where",
  who: "who",
  end: "end",
  room: "which room",
  link: "link",
  rsvp: "rsvp",
};

interface Pivot {
  pattern: RegExp;
  exact: Map<string, string>;
  /** Keys with a `*` (a stem, at the end or inside a phrase: "международн* прав*"), longest first. */
  stems: [RegExp, string][];
  /** Prefixes written onto a word ("و" in Arabic "وغدا", and tomorrow). */
  prefixes: readonly string[];
  /** Full weekday names of five letters or more, normalised: misspellings are read in spaced languages. */
  weekdayNames: [string, number][];
  spaced: boolean;
}

const cache = new WeakMap<LocaleWords, Pivot>();

function pivotOf(words: LocaleWords): Pivot {
  const known = cache.get(words);
  if (known) return known;
  const meaning = new Map<string, string>();
  const add = (key: string, value: string) => meaning.set(normalizeText(key), value);
  for (const [key, day] of words.weekdays) add(key, english.weekdayNames[day] ?? "");
  for (const [key, month] of words.months) add(key, ENGLISH_MONTHS[month - 1] ?? "");
  for (const [key, part] of words.partsOfDay) add(key, part);
  for (const [key, offset] of words.relativeDays) add(key, ENGLISH_RELATIVE[offset] ?? `in ${offset} days`);
  for (const { facet, phrases } of words.facets)
    for (const phrase of phrases) add(phrase, ENGLISH_FACET[facet] ?? facet);
  // The features' command words ("rappelle-moi" → "remind me") and number words ("dix" →
  // "10"); a language without spaces keeps its digits only (一 is in too many words).
  const commandWords = COMMAND_WORDS[words.locale];
  for (const [key, value] of Object.entries(commandWords?.terms ?? {})) add(key, value);
  if (words.spaced)
    for (const [key, value] of Object.entries(commandWords?.numberWords ?? {})) add(key, String(value));
  for (const [key, value] of words.terms) add(key, value);
  for (const key of words.stopWords) add(key, "");
  const exact = new Map<string, string>();
  const stems: [RegExp, string][] = [];
  const sourceOf = (key: string) =>
    key
      .split(/\s+/)
      .map((part) =>
        part
          .split("*")
          .map((piece) => piece.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
          .join("[\\p{L}\\p{M}]*"),
      )
      .join("\\s+");
  const keys = [...meaning.keys()].sort((a, b) => b.length - a.length);
  for (const key of keys) {
    const value = meaning.get(key) ?? "";
    if (key.includes("*")) stems.push([new RegExp(`^${sourceOf(key)}$`, "u"), value]);
    else exact.set(key, value);
  }
  const prefixes = words.prefixes ?? [];
  const body = keys.map(sourceOf).join("|");
  const prefix = prefixes.length > 0 ? `(?:${prefixes.join("|")})?` : "";
  const pattern = words.spaced
    ? new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(?:${body})(?![\\p{L}\\p{N}])`, "gu")
    : new RegExp(`(?:${body})`, "gu");
  const weekdayNames: [string, number][] = [];
  for (const [key, day] of words.weekdays) {
    const name = normalizeText(key);
    if (name.length >= 5 && !name.endsWith("*")) weekdayNames.push([name, day]);
  }
  const made = { pattern, exact, stems, prefixes, weekdayNames, spaced: words.spaced };
  cache.set(words, made);
  return made;
}

/** A word kept although the locale does not know it: numbers, times, places and zones. */
function keeps(token: string): boolean {
  if (/\d/.test(token)) return true;
  if (/^[?!]+$/.test(token)) return true;
  return (
    english.cities.has(token) ||
    english.countries.has(token) ||
    english.zoneAbbreviations.has(token) ||
    english.utcWords.includes(token)
  );
}

/** A city, country or zone abbreviation the English lexicon knows. */
function isPlace(token: string): boolean {
  return english.cities.has(token) || english.countries.has(token) || english.zoneAbbreviations.has(token);
}

/** A misspelt full weekday name ("mecredi", "miercols") as the English weekday. */
function misspeltWeekday(token: string, pivot: Pivot): string | undefined {
  if (token.length < 5 || !/^\p{L}+$/u.test(token)) return undefined;
  const limit = token.length >= 7 ? 2 : 1;
  for (const [name, day] of pivot.weekdayNames)
    if (boundedDistance(token, name, limit) <= limit) return english.weekdayNames[day];
  return undefined;
}

/** The English words of a word or phrase the locale knows, `undefined` when it does not. */
function meaningOf(pivot: Pivot, found: string): string | undefined {
  const exact = pivot.exact.get(found);
  if (exact !== undefined) return exact;
  for (const [stem, value] of pivot.stems) if (stem.test(found)) return value;
  return undefined;
}

const TOKEN = /\d{1,2}[:h.]\d{2}|[\p{L}\p{N}+'/-]+|\?/gu;

/**
 * The words of a stretch the locale does not know that stay (numbers, places, zones, data
 * words, misspelt weekdays), onto `out`; how many of them were understood (the weekdays).
 */
function keepUnknown(
  segment: string,
  pivot: Pivot,
  known: (token: string) => boolean,
  out: string[],
): number {
  let understood = 0;
  for (const token of segment.match(TOKEN) ?? []) {
    const bare = token.replace(/^['-]+|['-]+$/g, "");
    // Numbers, places, zones, and words of the programmes' own data ("POC", "ping", "session",
    // "A/78/265"): the same in every language, and what the question is about.
    if (bare && isPlace(bare) && !/\d/.test(out[out.length - 1] ?? "")) {
      // "à Tokyo", "en Nairobi", "по Найроби": a place after anything but a clock time is
      // where the answer's times should be shown ("in tokyo"); after a clock time it is the
      // time's own zone ("10:00 New York à Tokyo" → "10:00 new york in tokyo").
      out.push(out[out.length - 1] === "in" ? bare : `in ${bare}`);
    } else if (bare && (keeps(bare) || known(bare))) out.push(bare);
    else if (bare && pivot.spaced) {
      const weekday = misspeltWeekday(bare, pivot);
      if (weekday) {
        out.push(weekday);
        understood += 1;
      }
    }
  }
  return understood;
}

const noDataWords = () => false;

/**
 * A message in `words`' language as English lexicon words, and how many of its words or
 * phrases the locale knew (0: leave the message as it is). `known` keeps words the locale
 * does not know but the programmes' data does (aliases and keywords: "POC", "ping").
 * @example toPivot("Qu'y a-t-il mercredi matin ?", french).text === "what's on wednesday morning ?"
 */
export function toPivot(
  text: string,
  words: LocaleWords,
  known: (token: string) => boolean = noDataWords,
): { text: string; understood: number } {
  const pivot = pivotOf(words);
  const { pattern, prefixes } = pivot;
  const source = normalizeText(text).replace(/[?？]/g, " ? ");
  const out: string[] = [];
  let at = 0;
  let understood = 0;
  // `exec` on the one compiled pattern, not `matchAll`, which makes a copy of the (large)
  // pattern on every call and costs several times the matching itself.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const index = match.index;
    // An empty match (a key that normalises to nothing) moves on by one character, as `matchAll` does.
    if (match[0] === "") pattern.lastIndex = index + ((source.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
    understood += keepUnknown(source.slice(at, index), pivot, known, out);
    const found = match[0].replace(/\s+/g, " ");
    const prefix = prefixes.find((candidate) => found.startsWith(candidate));
    const value =
      meaningOf(pivot, found) ??
      (prefix === undefined ? undefined : meaningOf(pivot, found.slice(prefix.length))) ??
      "";
    if (value) {
      out.push(value);
      understood += 1;
    }
    at = index + match[0].length;
  }
  understood += keepUnknown(source.slice(at), pivot, known, out);
  return { text: out.join(" ").replace(/\s+/g, " ").trim(), understood };
}
