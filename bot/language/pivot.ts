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
import { escapeRegExp } from "../regexp.js";
import { readClockWords } from "./clock-words.js";
import { COMMAND_WORDS } from "./commands.js";
import { slipReader } from "./distance.js";
import type { Facet } from "./lexicon.js";
import type { LocaleWords } from "./locale-words.js";
import { english } from "./locales/en/lexicon.js";
import { normalizeText } from "./normalise.js";
import { collapseSpaces, type PhraseScanner, phraseScanner } from "./phrase-scan.js";
import { isZoneCity } from "./zones.js";

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
  countdown: "how long until",
  room: "which room",
  link: "link",
  rsvp: "rsvp",
};

interface Pivot {
  /** Finds the keys in a text (longest first at one place). */
  scanner: PhraseScanner;
  /** Every key the scanner knows, in its order (longest first). */
  keys: string[];
  /** What each key means, in the scanner's order (the scanner finds a key's position). */
  values: string[];
  /** Prefixes written onto a word ("و" in Arabic "وغدا", and tomorrow). */
  prefixes: readonly string[];
  /**
   * The English weekday of a misspelt full weekday name of the language (five letters or more,
   * normalised; one slip, two from seven letters): read in spaced languages. Remembers its
   * answers ({@link slipReader}): every unknown word of a message is tried.
   */
  weekdaySlip: (token: string) => string | undefined;
  /**
   * The meaning of a misspelt one-word term or question word of the language (five letters
   * or more, normalised, one slip: "reseption" → "reception"): read in spaced languages.
   */
  termSlip: (token: string) => string | undefined;
  spaced: boolean;
  /** Words after which a place is the zone asked for, even right after a clock time (Chinese "是"). */
  zoneAsked: ReadonlySet<string>;
  /** Words naming the time of day ("heure", "时间"): with a place alone they ask the time there. */
  timeWords: ReadonlySet<string>;
  /** Words naming a place's time ("heure de"): with a place alone and a question mark they ask the time there. */
  placeTimeWords: ReadonlySet<string>;
  /** Prefixes written onto a place the language does not otherwise know as a word (Arabic "ب"). */
  placePrefixes: readonly string[];
  /** Keys ending in a place's-time word ("en hora de", "en heure de"): the place after them is named as a time. */
  placeTimeEnds: ReadonlySet<string>;
  /** The language's `placeLeads`, normalised ("en", "a"): before a place, a word understood. */
  placeLeads: ReadonlySet<string>;
}

const cache = new WeakMap<LocaleWords, Pivot>();

function pivotOf(words: LocaleWords): Pivot {
  const known = cache.get(words);
  if (known) return known;
  const meaning = new Map<string, string>();
  const add = (key: string, value: string) => meaning.set(normalizeText(key), value);
  const before = (key: string) => meaning.get(normalizeText(key)) ?? "";
  for (const [key, day] of words.weekdays) add(key, english.weekdayNames[day] ?? "");
  for (const [key, month] of words.months) add(key, english.monthNames[month - 1] ?? "");
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
  for (const [key, place] of words.places ?? []) add(key, place);
  for (const [key, value] of words.terms) add(key, value);
  for (const key of words.stopWords) add(key, "");
  // A word naming the time of day keeps what it meant ("heure": "hour"), or means nothing ("时间").
  for (const key of words.timeWords ?? []) add(key, before(key));
  // Time counted from now: a lead ("dans", "через") and a unit only a count takes ("дня") are
  // marked with what they meant before, and read once the message is (`readCounts`).
  for (const key of words.countAhead?.leads ?? []) add(key, `${LEAD}${before(key)}`);
  for (const [key, unit] of words.countAhead?.units ?? []) add(key, `${UNIT}${unit}${UNIT}${before(key)}`);
  // "للفريق العامل": a key with its article merged into the prefix before it ("ل" + "ال").
  for (const [written, article] of Object.entries(words.contractedArticles ?? {}))
    for (const [key, value] of [...meaning])
      if (key.startsWith(article) && key.length > article.length)
        if (!meaning.has(`${written}${key.slice(article.length)}`))
          meaning.set(`${written}${key.slice(article.length)}`, value);
  const keys = [...meaning.keys()].sort((a, b) => b.length - a.length);
  const values = keys.map((key) => meaning.get(key) ?? "");
  const prefixes = words.prefixes ?? [];
  const scanner = phraseScanner(keys, { spaced: words.spaced, prefixes });
  const weekdayNames = new Map<string, number>();
  for (const [key, day] of words.weekdays) {
    const name = normalizeText(key);
    if (name.length >= 5 && !name.endsWith("*") && !weekdayNames.has(name)) weekdayNames.set(name, day);
  }
  const readWeekday = slipReader([...weekdayNames.keys()], (token) => (token.length >= 7 ? 2 : 1));
  const weekdaySlip = (token: string): string | undefined => {
    const name = readWeekday(token);
    return name === undefined ? undefined : english.weekdayNames[weekdayNames.get(name) ?? 0];
  };
  const slipWords = new Map<string, string>();
  const oneWords = [
    ...words.facets.flatMap(({ facet, phrases }) =>
      phrases.map((phrase) => [phrase, ENGLISH_FACET[facet] ?? facet] as const),
    ),
    ...words.terms,
  ];
  for (const [key, value] of oneWords) {
    const name = normalizeText(key);
    if (value && name.length >= 5 && LATIN_WORD.test(name) && !slipWords.has(name))
      slipWords.set(name, value);
  }
  const readTerm = slipReader([...slipWords.keys()]);
  const termSlip = (token: string): string | undefined => {
    const name = readTerm(token);
    return name === undefined ? undefined : slipWords.get(name);
  };
  const zoneAsked = new Set((words.zoneAskedWords ?? []).map(normalizeText));
  const timeWords = new Set((words.timeWords ?? []).map(normalizeText));
  const placeTimeWords = new Set((words.placeTimeWords ?? []).map(normalizeText));
  const placePrefixes = (words.placePrefixes ?? []).map(normalizeText);
  const placeTimeEnds = new Set(
    keys.filter((key) => [...placeTimeWords].some((word) => key === word || key.endsWith(` ${word}`))),
  );
  const placeLeads = new Set((words.placeLeads ?? []).map(normalizeText));
  const made = {
    placeLeads,
    scanner,
    keys,
    values,
    prefixes,
    weekdaySlip,
    termSlip,
    spaced: words.spaced,
    zoneAsked,
    timeWords,
    placeTimeWords,
    placePrefixes,
    placeTimeEnds,
  };
  cache.set(words, made);
  return made;
}

/**
 * The words and phrases a language's pivot looks for, in the order they are tried at one place
 * (longest first), with the prefixes it reads on them: what its scanner stands for.
 * @example pivotKeys(french).keys.includes("apres-demain") === true
 */
export function pivotKeys(words: LocaleWords): {
  keys: readonly string[];
  prefixes: readonly string[];
  spaced: boolean;
} {
  const { keys, prefixes, spaced } = pivotOf(words);
  return { keys, prefixes, spaced };
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

/** The place of three, else two, tokens from `at` ("new york"), and how many tokens it takes. */
function placeOfWords(tokens: readonly string[], at: number): { place: string; words: number } | undefined {
  for (let words = 3; words >= 2; words -= 1) {
    if (at + words > tokens.length) continue;
    const place = tokens.slice(at, at + words).join(" ");
    if (isPlace(place)) return { place, words };
  }
  return undefined;
}

/** A city, country or zone abbreviation the English lexicon knows. */
function isPlace(token: string): boolean {
  return english.cities.has(token) || english.countries.has(token) || english.zoneAbbreviations.has(token);
}

/** The side of noon a part of the day puts a clock time on ("10" + "morning" → "10am"). */
const MERIDIEM: Readonly<Record<string, string>> = { morning: "am", afternoon: "pm", evening: "pm" };

/**
 * "10h", "15 h 30", "3 p. m." as "10:00", "15:30", "3pm": one spelling of a clock time; after a
 * lead of a count of time (`lead`) or before a word that ends one (`end`) it is a length of time
 * ("dans 2h": "2 h", in 2 hours; "dans 1h30": "90 min"; "1h avant": "60 min", an hour before).
 */
function clockSpelling(text: string, lead: RegExp | null, end: RegExp | null): string {
  return text
    .replace(
      /(?<![\p{L}\p{N}:])(\d{1,2}) ?h(?: ?([0-5]\d))?(?![\p{L}\p{N}])/gu,
      (match: string, hour: string, minute: string | undefined, at: number, whole: string) => {
        const minutes = `${Number(hour) * 60 + Number(minute ?? 0)} min`;
        if (lead?.test(whole.slice(0, at))) return minute === undefined ? `${hour} h` : minutes;
        return end?.test(whole.slice(at + match.length)) ? minutes : `${hour}:${minute ?? "00"}`;
      },
    )
    .replace(/(\d) ?([ap])\.? ?m\.?(?![\p{L}\p{N}])/gu, "$1$2m");
}

/** "now" and its like, as the pivot writes them: asking the time somewhere, they add nothing. */
const NOW_WORDS: ReadonlySet<string> = new Set(english.nowWords);

/** English weekday names, as the pivot writes them. */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(english.weekdayNames);

/** Marks, in the pivot's values, a lead of a count of time and a unit only a count takes. */
const LEAD = "\u0001";
const UNIT = "\u0002";

/**
 * A unit of time in English words, with the count it carries ("2 hours" of Arabic "ساعتين",
 * "an hour" of French "une heure").
 */
function unitOf(word: string | undefined): { count?: string; unit: string } | undefined {
  if (word === undefined) return undefined;
  const read = word.startsWith(UNIT) ? (word.split(UNIT)[1] ?? "") : word;
  const match = /^(?:(\d{1,3}|[a-z]+) )?([a-z]+)$/.exec(read);
  if (!match?.[2] || !english.timeUnits.has(match[2])) return undefined;
  const count = match[1];
  // "une heure" is the terms' "an hour".
  if (count === undefined || /^\d/.test(count)) return { count, unit: match[2] };
  return english.oneWords.includes(count) ? { count: "1", unit: match[2] } : undefined;
}

/**
 * The marked leads and units of `out` read in place: a lead before a number and a unit of
 * time, or a unit alone, is English "in 2 days", "in 1 hours" ("через час"; number and unit
 * taken in);
 * any other lead or unit is what it meant before ("dans la salle 4", "en Nairobi"). Entries
 * taken in are left empty, so indexes into `out` stay. Returns how many were understood.
 */
function readCounts(out: string[]): number {
  let understood = 0;
  for (let i = 0; i < out.length; i += 1) {
    const word = out[i] ?? "";
    if (!word.startsWith(LEAD)) continue;
    const number = /^\d{1,3}$/.test(out[i + 1] ?? "") ? out[i + 1] : undefined;
    const unitAt = number === undefined ? i + 1 : i + 2;
    const unit = unitOf(out[unitAt]);
    // "بعد يوم الخميس": a unit word that also leads a day's name is that day, no count.
    const dayNamed = number === undefined && WEEKDAY_NAMES.has(out[unitAt + 1] ?? "");
    if (unit && !dayNamed && !(number !== undefined && unit.count !== undefined)) {
      out[i] = `in ${number ?? unit.count ?? "1"} ${unit.unit}`;
      for (let taken = i + 1; taken <= unitAt; taken += 1) out[taken] = "";
    } else out[i] = word.slice(LEAD.length);
    if (out[i]) understood += 1;
  }
  for (let i = 0; i < out.length; i += 1) {
    const word = out[i] ?? "";
    if (!word.startsWith(UNIT)) continue;
    out[i] = word.split(UNIT)[2] ?? "";
    if (out[i]) understood += 1;
  }
  return understood;
}

const countLeadPatterns = new WeakMap<LocaleWords, RegExp | null>();

/**
 * Whether a text ends in one of the language's count leads (`countAhead`), after which a
 * number is a count, no clock time ("через 2 дня", "dans 2h"); `null` when it has none.
 */
function countLeadBefore(words: LocaleWords): RegExp | null {
  let pattern = countLeadPatterns.get(words);
  if (pattern === undefined) {
    const leads = words.countAhead?.leads.map(quotedWord);
    pattern = leads?.length ? new RegExp(`(?:^|[^\\p{L}])(?:${leads.join("|")})\\s+$`, "u") : null;
    countLeadPatterns.set(words, pattern);
  }
  return pattern;
}

const lengthEndPatterns = new WeakMap<LocaleWords, RegExp | null>();

/**
 * Whether a text starts with one of the language's `lengthEnds`, before which a count of time
 * is a length, no clock time ("1h avant"); `null` when it has none.
 */
function lengthEndAfter(words: LocaleWords): RegExp | null {
  let pattern = lengthEndPatterns.get(words);
  if (pattern === undefined) {
    const ends = words.lengthEnds?.map(quotedWord);
    pattern = ends?.length ? new RegExp(`^\\s*(?:${ends.join("|")})(?![\\p{L}\\p{N}])`, "u") : null;
    lengthEndPatterns.set(words, pattern);
  }
  return pattern;
}

const hourPartPatterns = new WeakMap<LocaleWords, RegExp | null>();

/** A word of the language's data, normalised, as literal pattern source. */
function quotedWord(word: string): string {
  return escapeRegExp(normalizeText(word));
}

/**
 * "10 утра", "3 часа дня" as "10am", "3pm" (a part of the day after an hour of 12 or less says
 * its side of noon; a later hour keeps its own), from the language's `hourParts`.
 */
function readHourParts(text: string, words: LocaleWords): string {
  let pattern = hourPartPatterns.get(words);
  if (pattern === undefined) {
    const data = words.hourParts;
    pattern = data
      ? new RegExp(
          `(?<![\\p{L}\\p{N}:])(\\d{1,2})(?::([0-5]\\d))?\\s*(?:(?:${data.hour.map(quotedWord).join("|")})\\s+)?(${[...data.parts.keys()].map(quotedWord).join("|")})(?![\\p{L}\\p{N}])`,
          "gu",
        )
      : null;
    hourPartPatterns.set(words, pattern);
  }
  if (!pattern) return text;
  const parts = words.hourParts?.parts;
  const lead = countLeadBefore(words);
  return text.replace(
    pattern,
    (whole, hour: string, minute: string | undefined, part: string, at: number) => {
      // "через 2 дня": in 2 days, not 2 pm.
      if (lead?.test(text.slice(0, at))) return whole;
      const side = [...(parts ?? [])].find(([word]) => normalizeText(word) === part)?.[1];
      const value = Number(hour);
      if (!side || value > 23) return whole;
      if (value > 12) return `${hour}:${minute ?? "00"}`;
      return `${hour}${minute ? `:${minute}` : ""}${side}`;
    },
  );
}

const casedPlacePatterns = new WeakMap<
  LocaleWords,
  { pattern: RegExp; after: RegExp | undefined; as: string }[]
>();

/**
 * "à la Réunion", "à Maurice": a place whose name is also an everyday word or a first name,
 * written with its capitals, not first, and after one of its `after` words when it has them,
 * as the language's unambiguous name of it ("île de la Réunion"), from `casedPlaces`; read on
 * the text as written (the case is gone once normalised). "la réunion" stays the meeting.
 */
function readCasedPlaces(text: string, words: LocaleWords): string {
  if (!words.casedPlaces) return text;
  let rules = casedPlacePatterns.get(words);
  if (!rules) {
    const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    rules = words.casedPlaces.map((place) => ({
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${[...place.written]
          .sort((a, b) => b.length - a.length)
          .map(literal)
          .join("|")})(?![\\p{L}\\p{N}])`,
        "gu",
      ),
      after: place.after
        ? new RegExp(
            `(?:^|[^\\p{L}])(?:${place.after.map((word) => literal(normalizeText(word))).join("|")})\\s+$`,
            "u",
          )
        : undefined,
      as: place.as,
    }));
    casedPlacePatterns.set(words, rules);
  }
  let out = text;
  for (const rule of rules) {
    out = out.replace(rule.pattern, (name: string, at: number, whole: string) => {
      const before = whole.slice(0, at);
      if (!/\p{L}/u.test(before)) return name;
      if (rule.after && !rule.after.test(normalizeText(before))) return name;
      return rule.as;
    });
  }
  return out;
}

const itemNumberPatterns = new WeakMap<LocaleWords, RegExp | null>();

/** "第5项议程" as "议程项目5": an agenda item's number between the language's `itemNumber` lead and mark. */
function readItemNumbers(text: string, words: LocaleWords): string {
  const data = words.itemNumber;
  if (!data) return text;
  let pattern = itemNumberPatterns.get(words);
  if (pattern === undefined) {
    const marks = data.marks.map(quotedWord).sort((a, b) => b.length - a.length);
    pattern = new RegExp(
      `(?:${data.leads.map(quotedWord).join("|")})\\s*(\\d{1,2})\\s*(?:${marks.join("|")})`,
      "gu",
    );
    itemNumberPatterns.set(words, pattern);
  }
  const as = normalizeText(data.as);
  return pattern ? text.replace(pattern, (_whole, number: string) => ` ${as}${number} `) : text;
}

const numberPrefixPatterns = new WeakMap<LocaleWords, RegExp | null>();

/** "ب15" as "ب 15": a prefix of the language's `numberPrefixes` written onto a number, set apart. */
function readNumberPrefixes(text: string, words: LocaleWords): string {
  let pattern = numberPrefixPatterns.get(words);
  if (pattern === undefined) {
    const prefixes = words.numberPrefixes?.map(quotedWord);
    pattern = prefixes?.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(${prefixes.join("|")})(?=\\p{N})`, "gu")
      : null;
    numberPrefixPatterns.set(words, pattern);
  }
  return pattern ? text.replace(pattern, "$1 ") : text;
}

const shorthands = new WeakMap<LocaleWords, { pattern: RegExp; table: ReadonlyMap<string, string> } | null>();

/** "q hay", "kel heure" as "que hay", "quel heure": the language's phone `shorthand`, whole words. */
function readShorthand(text: string, words: LocaleWords): string {
  let made = shorthands.get(words);
  if (made === undefined) {
    const table = new Map(
      [...(words.shorthand ?? [])].map(([word, meant]) => [normalizeText(word), normalizeText(meant)]),
    );
    const keys = [...table.keys()].map(escapeRegExp).sort((a, b) => b.length - a.length);
    made =
      keys.length > 0
        ? {
            pattern: new RegExp(`(?<![\\p{L}\\p{N}'])(?:${keys.join("|")})(?![\\p{L}\\p{N}'])`, "gu"),
            table,
          }
        : null;
    shorthands.set(words, made);
  }
  if (!made) return text;
  const { pattern, table } = made;
  return text.replace(pattern, (word) => table.get(word) ?? word);
}

const monthDayPatterns = new WeakMap<
  LocaleWords,
  { lead?: RegExp; mark?: RegExp; month: RegExp; monthBefore: RegExp } | null
>();

/**
 * "le 4", "el día 4", "4-го", "4号", "يوم 4" as "4th" (a day of the month alone, as the English
 * lexicon reads it), from the language's `monthDay`; not when a month is written just after
 * (or, for a mark, just before) the number: that is a calendar date.
 */
function readMonthDays(text: string, words: LocaleWords): string {
  let patterns = monthDayPatterns.get(words);
  if (patterns === undefined) {
    const data = words.monthDay;
    const leads = data?.leads?.map(quotedWord) ?? [];
    const marks = data?.marks?.map(quotedWord) ?? [];
    const months = [...words.months.keys()].map((key) => {
      const normal = normalizeText(key);
      return normal.endsWith("*") ? `${escapeRegExp(normal.slice(0, -1))}\\p{L}*` : escapeRegExp(normal);
    });
    const month = `(?:${months.sort((a, b) => b.length - a.length).join("|")})`;
    patterns = data
      ? {
          ...(leads.length > 0
            ? {
                lead: new RegExp(
                  `(?<![\\p{L}\\p{N}])(?:${leads.join("|")})\\s*(0?[1-9]|[12]\\d|3[01])(?![\\p{L}\\p{N}:.,/])`,
                  "gu",
                ),
              }
            : {}),
          ...(marks.length > 0
            ? {
                mark: new RegExp(
                  `(?<![\\p{N}:./])(0?[1-9]|[12]\\d|3[01])\\s*(?:${marks.join("|")})(?![${words.spaced ? "\\p{L}" : ""}\\p{N}])`,
                  "gu",
                ),
              }
            : {}),
          month: new RegExp(`^[\\s,]*(?:\\p{L}+\\s+)?${month}`, "u"),
          monthBefore: new RegExp(`${month}\\s*$`, "u"),
        }
      : null;
    monthDayPatterns.set(words, patterns);
  }
  if (!patterns) return text;
  const { lead, mark, month, monthBefore } = patterns;
  const asDay = (whole: string, day: string, at: number, all: string) =>
    month.test(all.slice(at + whole.length)) || monthBefore.test(all.slice(0, at))
      ? whole
      : ` ${Number(day)}th `;
  let out = text;
  if (lead)
    out = out.replace(lead, (whole, day: string, at: number, all: string) => asDay(whole, day, at, all));
  if (mark)
    out = out.replace(mark, (whole, day: string, at: number, all: string) => asDay(whole, day, at, all));
  return out;
}

const hourLeadPatterns = new WeakMap<
  LocaleWords,
  { pattern: RegExp; notAfter: ReadonlySet<string> } | null
>();

/**
 * "las 10", "a las 3:30" as "10:00", "3:30": an hour after one of the language's
 * `hourLeads` is a clock time (a side of noon after it is read as usual); with its `hourWords`,
 * "à 11 heures 30" as "11:30".
 */
function readHourLeads(text: string, words: LocaleWords, onRead?: () => void): string {
  let made = hourLeadPatterns.get(words);
  if (made === undefined) {
    const leads = words.hourLeads?.map(quotedWord);
    const hourWords = words.hourWords?.words.map(quotedWord) ?? [];
    // "à 11 heures 30": the hour word (group 3), then maybe minutes (group 4), instead of ":30".
    // (Without hour words, an alternative that never matches keeps the groups' numbers.)
    const spelt = hourWords.length > 0 ? `|\\s+(${hourWords.join("|")})(?:\\s+([0-5]\\d))?` : "|(?!)()()";
    made = leads?.length
      ? {
          pattern: new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${leads.join("|")})\\s+(\\d{1,2})(?::([0-5]\\d)${spelt})?(?![\\p{L}\\p{N}:])`,
            "gu",
          ),
          notAfter: new Set(words.hourWords?.notAfter.map(normalizeText) ?? []),
        }
      : null;
    hourLeadPatterns.set(words, made);
  }
  if (!made) return text;
  const { pattern, notAfter } = made;
  const followers = hourFollowers(words);
  return text.replace(
    pattern,
    (
      whole,
      hour: string,
      minute: string | undefined,
      hourWord: string | undefined,
      spelt: string | undefined,
      at: number,
    ) => {
      if (Number(hour) > 23) return whole;
      // "las 2 sesiones": a word no clock time is followed by makes the number a count.
      const next = /^\s*([\p{L}']+)/u.exec(text.slice(at + whole.length))?.[1];
      if (hourWord) {
        // "à 2 heures avant": two hours, not 2 o'clock.
        if (next !== undefined && notAfter.has(next)) return whole;
      } else if (next !== undefined && followers && !followers(next)) return whole;
      onRead?.();
      return `${hour}:${minute ?? spelt ?? "00"}`;
    },
  );
}

const hourFollowerSets = new WeakMap<LocaleWords, ((word: string) => boolean) | null>();

/**
 * Whether a word may follow an hour after `hourLeads` and leave it a clock time: the first
 * words of the language's `afterHourLead`, weekdays, months, parts of the day, relative days
 * and places (a stem by its letters); `null` when the language gives no `afterHourLead`.
 */
function hourFollowers(words: LocaleWords): ((word: string) => boolean) | null {
  let found = hourFollowerSets.get(words);
  if (found !== undefined) return found;
  if (!words.afterHourLead) found = null;
  else {
    const plain = new Set<string>();
    const stems: string[] = [];
    for (const key of [
      ...words.afterHourLead,
      ...words.weekdays.keys(),
      ...words.months.keys(),
      ...words.partsOfDay.keys(),
      ...words.relativeDays.keys(),
      ...(words.places?.keys() ?? []),
    ]) {
      const first = normalizeText(key).split(/\s+/)[0] ?? "";
      if (first.endsWith("*")) stems.push(first.slice(0, -1));
      else if (first) plain.add(first);
    }
    found = (word) => {
      const normal = normalizeText(word);
      return plain.has(normal) || stems.some((stem) => normal.startsWith(stem));
    };
  }
  hourFollowerSets.set(words, found);
  return found;
}

/** A misspelt full weekday name ("mecredi", "miercols") as the English weekday. */
function misspeltWeekday(token: string, pivot: Pivot): string | undefined {
  if (token.length < 5 || !/^\p{L}+$/u.test(token)) return undefined;
  return pivot.weekdaySlip(token);
}

/**
 * A misspelling of one of the language's own terms or question words ("reseption" →
 * "reception"): a word of Latin letters within one edit of one (inflecting scripts and longer
 * slips read other words: Arabic "تكون", French "présent" for "président").
 */
function misspeltTerm(token: string, pivot: Pivot): string | undefined {
  if (token.length < 5 || !LATIN_WORD.test(token)) return undefined;
  return pivot.termSlip(token);
}

const LATIN_WORD = /^\p{Script=Latin}+$/u;

/** The English words of a word or phrase the locale knows, `undefined` when it does not. */
/** What `found` means with the first of the language's `prefixes` it starts with taken off ("بالخميس"). */
function meaningAfterPrefix(pivot: Pivot, prefixes: readonly string[], found: string): string | undefined {
  const prefix = prefixes.find((candidate) => found.startsWith(candidate));
  return prefix === undefined ? undefined : meaningOf(pivot, found.slice(prefix.length));
}

function meaningOf(pivot: Pivot, found: string): string | undefined {
  const key = pivot.scanner.keyOf(found);
  return key === undefined ? undefined : pivot.values[key];
}

/** The English readings of a time question (« quelle heure », "который час"): a place right after one is the zone asked. */
const TIME_ASKED: ReadonlySet<string> = new Set(["when", "what time", "what time is it"]);

/** A clock time with a one-digit hour ("3:00"), written "03:00" for a 24-hour-clock language. */
const ONE_DIGIT_HOUR = /(?<![\d:.])(\d):([0-5]\d)(?!\d)/g;

const TOKEN = /\d{1,2}[:h.]\d{2}(?:am|pm)?|[\p{L}\p{N}+'/-]+|\?/gu;

const noDataWords = () => false;

/**
 * A message in `words`' language as English lexicon words, and how many of its words or
 * phrases the locale knew (0: leave the message as it is). `known` keeps words the locale
 * does not know but the programmes' data does (aliases and keywords: "POC", "ping").
 * Words it does not know are left out; with `gap`, `gapped` is the same reading with that
 * one token where each run of them was ("arrête les rappels pour le zorglub" → "stop
 * reminders about …"), so a command whose words named only them is seen to name something.
 * @example toPivot("Qu'y a-t-il mercredi matin ?", french).text === "what's on wednesday morning ?"
 */
export function toPivot(
  text: string,
  words: LocaleWords,
  known: (token: string) => boolean = noDataWords,
  gap?: string,
): { text: string; understood: number; gapped?: string } {
  const pivot = pivotOf(words);
  const { scanner, prefixes } = pivot;
  const normalised = readItemNumbers(
    readNumberPrefixes(readShorthand(normalizeText(readCasedPlaces(text, words)), words), words),
    words,
  );
  // A clock time after the language's hour lead ("что в 10", "a las 10") is a word it knew.
  let hourLeadsRead = 0;
  const spaced = collapseSpaces(
    readMonthDays(
      readHourLeads(
        readHourParts(
          clockSpelling(
            words.clockWords ? readClockWords(normalised, words.clockWords) : normalised,
            countLeadBefore(words),
            lengthEndAfter(words),
          ),
          words,
        ),
        words,
        () => {
          hourLeadsRead += 1;
        },
      ),
      words,
    ).replace(/[?？]/g, " ? "),
  );
  const source = words.hours24 ? spaced.replace(ONE_DIGIT_HOUR, "0$1:$2") : spaced;
  const out: string[] = [];
  // Where in `out` words it does not know were left out (with `gap`), each place once.
  const gaps: number[] = [];
  // Indexes in `out` of places, to tell a clock time's own zone from the zone asked for.
  const places = new Set<number>();
  // The length of `out` when a word that makes the next place the zone asked for was read.
  let zoneAskedAt = -1;
  // A lead of a count of time right before a place or a clock time is none ("en Nairobi", "a
  // las 10 en Madrid"): it is what it meant before, so the place reads as it did without it.
  const settleLead = () => {
    const last = out[out.length - 1];
    if (!last?.startsWith(LEAD)) return;
    out.pop();
    const was = last.slice(LEAD.length);
    if (was) {
      out.push(was);
      understood += 1;
    }
  };
  // The length of `out` when one of the language's place leads was read ("en", « à »).
  let placeLeadAt = -1;
  const pushPlace = (name: string) => {
    // "en Madrid", « à Madrid »: the lead is understood, as the "in" written before the place.
    if (placeLeadAt === out.length) understood += 1;
    settleLead();
    const last = out[out.length - 1] ?? "";
    places.add(out.length);
    if (zoneAskedAt === out.length) {
      out.push(`in ${name}`);
      return;
    }
    // "à Tokyo", "en Nairobi", "в Токио": a place is where the answer's times should be shown
    // ("in tokyo"); right after a clock time without a zone it is the time's own zone
    // ("10:00 New York à Tokyo", "15:00 по Нью-Йорку в Москве" → "15:00 new york in moscow").
    if ((/\d/.test(last) && !places.has(out.length - 2)) || last === "in") out.push(name);
    else out.push(`in ${name}`);
  };
  const pushClock = (clock: string) => {
    if (!/^\d+$/.test(clock)) settleLead();
    const at = out.length - 1;
    const before = out[at] ?? "";
    // "纽约上午10点", "à New York à 10:00": a place just before a clock time is its zone; after a
    // time question (« quelle heure à Tokyo à 10h »), only if no place follows to be the clock's
    // (« … à New York ? »: Tokyo is the zone asked), which is known at the end.
    if (places.has(at) && before.startsWith("in ") && /[:apm]/.test(clock)) {
      if (TIME_ASKED.has(out[at - 1] ?? "")) {
        askedBeforeClock = at;
        out.push(clock);
      } else {
        out.push(clock);
        clockZoneBefore(at);
      }
    } else out.push(clock);
  };
  /** Makes the place at `at`, just before the clock time after it, that time's zone (written after it). */
  const clockZoneBefore = (at: number) => {
    const place = (out[at] ?? "").slice(3);
    const clock = out[at + 1];
    out[at] = clock ?? "";
    places.delete(at);
    places.add(at + 1);
    out[at + 1] = place;
  };
  let askedBeforeClock: number | undefined;
  // A place of the language's list with one of its `placePrefixes` written onto it ("ببكين").
  const prefixedPlace = (token: string): string | undefined => {
    for (const prefix of pivot.placePrefixes) {
      if (!token.startsWith(prefix) || token.length <= prefix.length) continue;
      const value = meaningOf(pivot, token.slice(prefix.length));
      if (value && (isPlace(value) || isZoneCity(value))) return value;
    }
    return undefined;
  };
  const keepUnknown = (segment: string) => {
    const tokens = segment.match(TOKEN) ?? [];
    for (let i = 0; i < tokens.length; i += 1) {
      const bare = (tokens[i] ?? "").replace(/^['-]+|['-]+$/g, "");
      // A place of two or three words the locale writes as English does ("New York").
      const long = placeOfWords(tokens, i);
      // Numbers, places, zones, and words of the programmes' own data ("POC", "ping", "session",
      // "A/78/265"): the same in every language, and what the question is about.
      if (long) {
        pushPlace(long.place);
        i += long.words - 1;
      } else if (bare && isPlace(bare)) pushPlace(bare);
      else if (/^\d{1,2}(?::\d{2})?(?:am|pm)?$/.test(bare)) pushClock(bare);
      else if (bare && (keeps(bare) || known(bare))) out.push(bare);
      else {
        // "ببكين": in Beijing.
        const prefixed = bare ? prefixedPlace(bare) : undefined;
        if (prefixed) {
          pushPlace(prefixed);
          understood += 1;
          continue;
        }
        const weekday = bare && words.spaced ? misspeltWeekday(bare, pivot) : undefined;
        // "reseption": a slip in one of the language's own words.
        const term = bare && !weekday && words.spaced ? misspeltTerm(bare, pivot) : undefined;
        if (weekday ?? term) {
          out.push((weekday ?? term) as string);
          understood += 1;
        } else if (bare && gap !== undefined && gaps[gaps.length - 1] !== out.length) gaps.push(out.length);
      }
    }
  };
  // A word naming the time of day was read before any place, and where in `out` the meaning
  // of such words went (if any).
  let timeFirst = false;
  let placeTimeFirst = false;
  // "北京时间", « heure de Pékin »: a place named as a time, the zone a display may be in.
  let placeAsTime = false;
  let timeNamed = false;
  const timeAt = new Set<number>();
  let at = 0;
  let understood = hourLeadsRead;
  for (let match = scanner.find(source, 0); match; match = scanner.find(source, match.index + match.length)) {
    const { index } = match;
    keepUnknown(source.slice(at, index));
    const found = source.slice(index, index + match.length);
    if (pivot.zoneAsked.has(found)) zoneAskedAt = out.length;
    const timeWord = pivot.timeWords.has(found);
    // « l'heure à Pékin » (the time in Beijing) asks the time; "北京时间" (Beijing time) is a
    // place's time, a zone, unless "now" is said ("现在北京时间").
    if (timeWord && places.size === 0) timeFirst = true;
    // « heure de Pékin ? »: a place's time, asked (with its question mark, below); a word of
    // the language read even before a place spelt as in English ("heure de Tokyo").
    const placeTime = pivot.placeTimeWords.has(found);
    if (placeTime && places.size === 0) placeTimeFirst = true;
    if (pivot.placeTimeEnds.has(found) || (timeWord && places.size > 0)) placeAsTime = true;
    if (placeTime) understood += 1;
    const length = out.length;
    const value = meaningOf(pivot, found) ?? meaningAfterPrefix(pivot, prefixes, found) ?? "";
    if (value.startsWith(LEAD) || value.startsWith(UNIT)) out.push(value);
    else if (value) {
      const last = out[out.length - 1] ?? "";
      const side = MERIDIEM[value];
      // A place of the language's list: the English lexicon's, or a zone's city from the CLDR ("ulaanbaatar").
      if (isPlace(value) || isZoneCity(value)) pushPlace(value);
      // "10:00 du matin", "الساعة 10 صباحا": a part of the day right after a clock time of 12
      // or less says its side of noon ("10:00am"); a bare number only after "at".
      else if (
        side &&
        /^\d{1,2}(?::\d{2})?$/.test(last) &&
        Number.parseInt(last, 10) <= 12 &&
        (last.includes(":") || out[out.length - 2] === "at")
      )
        out[out.length - 1] = `${last}${side}`;
      else out.push(value);
      understood += 1;
    }
    // What a word naming the time of day meant ("heure": "hour") is no word of the question.
    if (timeWord && out.length === length + 1) timeAt.add(length);
    if (timeWord) timeNamed = true;
    if (pivot.placeLeads.has(found)) placeLeadAt = out.length;
    at = index + match.length;
  }
  keepUnknown(source.slice(at));
  if (askedBeforeClock !== undefined && ![...places].some((i) => i > (askedBeforeClock as number)))
    clockZoneBefore(askedBeforeClock);
  understood += readCounts(out);
  // "quelle heure à Oulan-Bator", "乌兰巴托几点": a time question word and a place, nothing
  // else (but "now": "现在北京几点"), asks the time there now; so does a word naming the time of
  // day before a place, or with "now" (« l'heure à Pékin », "hora en Pekín", "现在北京时间"), and
  // a place's time asked (« heure de Pékin ? »).
  const said = [...out.keys()].filter((i) => {
    const word = out[i];
    return word && word !== "?" && !NOW_WORDS.has(word) && !timeAt.has(i);
  });
  const placeAt = said.find((i) => places.has(i) && (out[i]?.startsWith("in ") || out[i - 1] === "in"));
  // "время в Пекине": the place after "in" ("в") is written without it.
  const inAt = placeAt !== undefined && out[placeAt - 1] === "in" ? placeAt - 1 : undefined;
  const asking = said.filter((i) => i !== placeAt && i !== inAt).map((i) => out[i]);
  const named = placeAt === undefined ? undefined : (out[placeAt] ?? "");
  const place = named === undefined || named.startsWith("in ") ? named : `in ${named}`;
  const timeAsked =
    timeFirst ||
    (timeNamed && out.some((word) => NOW_WORDS.has(word))) ||
    (placeTimeFirst && out.includes("?"));
  if (place && (asking.length === 0 ? timeAsked : asking.length === 1 && asking[0] === "when")) {
    // "北京时间几点", « à quelle heure, heure de Pékin ? » (what time, Beijing time?) with no
    // "now" are English "what time in Beijing?": after an answer, that answer in Beijing time.
    const nowSaid = out.some((word) => NOW_WORDS.has(word));
    const lead = asking.length === 1 && placeAsTime && !nowSaid ? "what time" : "what time is it";
    out.splice(0, out.length, lead, place, ...(out.includes("?") ? ["?"] : []));
    gaps.length = 0;
  }
  const joined = (words: string[]) => words.join(" ").replace(/\s+/g, " ").trim();
  const read = { text: joined(out), understood };
  if (gap === undefined) return read;
  const gapped = [...out];
  for (const at of gaps.reverse()) gapped.splice(at, 0, gap);
  return { ...read, gapped: joined(gapped) };
}
