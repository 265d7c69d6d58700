/**
 * Question text → a structured {@link ProgrammeQuery}: which day, part of day or clock time,
 * "now"/"next", which agenda item, what the asker wants to know (time, speakers, place…),
 * and the remaining words, which name topics, speakers or programmes. Parsing knows no
 * meeting: the words are matched against the catalogue in `match.ts`.
 */
import { compiled } from "../../bot/language/compile.js";
import { type DaySlice, type DaySpec, readDayExpression } from "../../bot/language/dates.js";
import type { Facet } from "../../bot/language/lexicon.js";
import { english } from "../../bot/language/locales/en/lexicon.js";
import { MAX_MESSAGE_LENGTH, normalise, normalizeText } from "../../bot/language/normalise.js";
import { zoneNamed } from "../../bot/language/zones.js";
import type { PartOfDay } from "../../bot/programme/catalogue.js";
import { surfaceWords, termOf, type Word } from "../../bot/programme/text.js";

/**
 * Questions are read up to this many characters; the rest is ignored.
 * @example parseQuestion("x".repeat(10_000)) // reads 300 characters
 */
export const MAX_QUESTION_LENGTH = MAX_MESSAGE_LENGTH;
/** At most this many words are matched against the catalogue. */
const MAX_WORDS = 40;

/** The English lexicon's matchers (the only locale so far). */
const lexicon = english;
const words$ = compiled(lexicon);

/**
 * A parsed programme question.
 * @example parseQuestion("who speaks at the POC meeting?").facet === "who"
 */
export interface ProgrammeQuery {
  /** What the asker wants to know; "what" when it is a plain "what's on". */
  facet: Facet;
  /** "now" (current session), "next" (what's next) or "previous". */
  relative?: "now" | "next" | "previous";
  /** "after the stakeholder session", "before the reception": relative to what the words name. */
  anchor?: "after" | "before";
  day?: DaySpec;
  part?: PartOfDay;
  /** Minutes after midnight, venue time ("at 3 pm"). */
  clock?: number;
  /** "later today" (what has not ended), "what did I miss" (what has begun). */
  slice?: DaySlice;
  /** A zone the question names for the answer ("in Tokyo time", "in Geneva"). */
  zone?: string;
  /** The place the zone was named by, when a place ("Delhi"), for answers to name it so. */
  zonePlace?: string;
  /** The zone a clock time is given in, when not the venue's ("6am JST", "1am Tokyo time"). */
  clockZone?: string;
  /** The clock time is in the asker's own zone ("6am my time"). */
  clockInAskersZone?: boolean;
  agendaItem?: number;
  /** "in 30 minutes", "an hour from now": minutes from the time of asking. */
  minutesAhead?: number;
  /** "what is 10am NY in Tokyo", "convert 3pm to Delhi time": a clock time to show in another zone. */
  conversion?: Conversion;
  /** "I'm in Nairobi": where the asker says they are, and its zone. */
  whereIAm?: { place: string; zone: string };
  /** Points back at the last answer: "and …", "what about …", "it", "that". */
  pointsBack?: boolean;
  /** The whole message is a greeting or thanks ("good evening"): not a programme question. */
  greeting?: boolean;
  /** Labels of facts the letters often omit that the question names ("a dress code"). */
  unstated: string[];
  /** Every remaining word in order, stop words included (programme names span them). */
  words: Word[];
  /** Starts with or contains a question word, or ends with "?". */
  isQuestion: boolean;
  /** Names the schedule generically ("agenda", "meeting", "what's on"). */
  mentionsSchedule: boolean;
}

/**
 * A clock time to convert: from a zone (the venue's when absent) to another, on a day.
 * @example const c: Conversion = { clock: 600, from: "America/New_York", to: "Asia/Tokyo" }; // "10am NY in Tokyo"
 */
export interface Conversion {
  clock: number;
  from?: string;
  to: string;
  /** The place words as typed ("Delhi", "EST"), to name each side as the asker did. */
  fromName?: string;
  toName?: string;
  day?: DaySpec;
}

/**
 * Parses a question. Never throws; any string gives a query (maybe an empty one).
 * @example
 * parseQuestion("What's on Thursday afternoon?")
 * // { facet: "what", day: { kind: "weekday", weekday: 4 }, part: "afternoon", words: [what, on], … }
 */
export function parseQuestion(text: string): ProgrammeQuery {
  const cleaned = normalise(text, lexicon);
  if (words$.greetingOnly.test(normalizeText(text.slice(0, MAX_QUESTION_LENGTH)))) {
    return {
      facet: "what",
      unstated: [],
      words: [],
      isQuestion: false,
      mentionsSchedule: false,
      greeting: true,
    };
  }
  const whereIAm = extractWhereIAm(cleaned);
  if (whereIAm) {
    return { facet: "where", unstated: [], words: [], isQuestion: false, mentionsSchedule: false, whereIAm };
  }
  const conversion = extractConversion(cleaned);
  if (conversion) {
    return { facet: "when", unstated: [], words: [], isQuestion: true, mentionsSchedule: false, conversion };
  }
  const mine = words$.myTime.exec(cleaned);
  const named = extractZone(mine ? cleaned.replace(words$.myTime, " ") : cleaned);
  const agenda = extractAgendaItem(named.rest);
  const dayExpression = readDayExpression(agenda.rest, { lexicon });
  const anchor = anchorOf(dayExpression.rest);
  const relative = anchor
    ? undefined
    : relativeOf(
        dayExpression.rest,
        dayExpression.day !== undefined || dayExpression.minutesAhead !== undefined,
      );
  const rest = dayExpression.rest.replace(words$.shape, " ");
  const words = surfaceWords(rest)
    .slice(0, MAX_WORDS)
    .map((surface) => ({ surface, term: termOf(surface) }));

  const query: ProgrammeQuery = {
    facet: words$.facets.find(({ pattern }) => pattern.test(cleaned))?.facet ?? "what",
    unstated: words$.unstated.filter(({ pattern }) => pattern.test(cleaned)).map(({ label }) => label),
    words,
    isQuestion: cleaned.endsWith("?") || lexicon.questionWords.has(firstWord(cleaned)),
    mentionsSchedule:
      words$.schedulePhrase.test(cleaned) ||
      words.some((w) => lexicon.scheduleWords.has(w.surface)) ||
      // "when does it end?", "is it over?": "it" is the session under way or coming.
      (words$.pronoun.test(cleaned) && query$end(cleaned)),
  };
  if (relative) query.relative = relative;
  if (anchor) query.anchor = anchor;
  if (words$.followUpOpener.test(cleaned) || words$.pronoun.test(cleaned)) query.pointsBack = true;
  if (dayExpression.day) query.day = dayExpression.day;
  if (dayExpression.part) query.part = dayExpression.part;
  if (dayExpression.clock !== undefined) query.clock = dayExpression.clock;
  if (dayExpression.slice) query.slice = dayExpression.slice;
  if (dayExpression.minutesAhead !== undefined) query.minutesAhead = dayExpression.minutesAhead;
  if (named.zone) query.zone = named.zone;
  if (named.place) query.zonePlace = named.place;
  if (dayExpression.clock !== undefined) {
    if (mine) query.clockInAskersZone = true;
    else if (named.zone) query.clockZone = named.zone;
  }
  if (agenda.number !== undefined) query.agendaItem = agenda.number;
  return query;
}

/** "I'm in Nairobi", "I am based in Delhi": a place that names a zone. */
export function extractWhereIAm(cleaned: string): { place: string; zone: string } | undefined {
  const match = words$.whereIAm.exec(cleaned);
  const words = match?.[1]?.trim() ?? "";
  const zone = words ? zoneNamed(words, lexicon) : undefined;
  return zone ? { place: placeName(words), zone } : undefined;
}

/**
 * "what is 10am NY in Tokyo", "convert 3pm to Delhi time", "3pm New York time in Delhi",
 * "what time is 6pm in Canberra": a clock time, maybe its zone, then the zone to show it in,
 * with nothing before the clock time but question and conversion words (a day may be named).
 */
export function extractConversion(cleaned: string): Conversion | undefined {
  const clockMatch = words$.clock12.exec(cleaned) ?? words$.clock24.exec(cleaned);
  if (!clockMatch || words$.schedulePhrase.test(cleaned)) return undefined;
  const tail = words$.conversionTail.exec(cleaned.slice(clockMatch.index + clockMatch[0].length));
  // "… in Geneva on 9 May": a day after the zone is the day's.
  const target = tail ? readDayExpression(tail[2] ?? "", { lexicon }) : undefined;
  const targetWords = target && (target.day ? target.rest : (tail?.[2] ?? "")).trim();
  const to = targetWords ? zoneNamed(targetWords, lexicon) : undefined;
  if (!tail || !to || !targetWords) return undefined;
  const clock = readDayExpression(clockMatch[0], { lexicon }).clock;
  if (clock === undefined) return undefined;
  const lead = readDayExpression(cleaned.slice(0, clockMatch.index), { lexicon });
  const direct = tail[1] ? zoneNamed(tail[1], lexicon) : undefined;
  const fromWords = direct
    ? { rest: tail[1] ?? "", day: undefined }
    : readDayExpression(tail[1] ?? "", { lexicon });
  const leadWords = surfaceWords(lead.rest);
  const allowed = (word: string) =>
    lexicon.convertWords.includes(word) || lexicon.questionWords.has(word) || lexicon.stopWords.has(word);
  if (!leadWords.every(allowed)) return undefined;
  const fromText = fromWords.rest.trim();
  const from = direct ?? (fromText === "" ? undefined : zoneNamed(fromText, lexicon));
  if (fromText !== "" && !from) return undefined;
  const day = lead.day ?? fromWords.day ?? target?.day;
  const toName = isPlace(targetWords) ? placeName(targetWords) : undefined;
  return {
    clock,
    to,
    ...(toName ? { toName } : {}),
    ...(from ? { from } : {}),
    ...(from && isPlace(fromText) ? { fromName: placeName(fromText) } : {}),
    ...(day ? { day } : {}),
  };
}

/** Place words without "time" and final punctuation. */
function bareName(words: string): string {
  const text = words.trim().replace(/[?.!]+$/, "");
  return text.replace(new RegExp(`\\s+(?:${lexicon.zoneWords.time.join("|")})$`), "");
}

/** The words name a place (a city, a country), not an abbreviation, offset or IANA name. */
function isPlace(words: string): boolean {
  const bare = bareName(words);
  return !lexicon.zoneAbbreviations.has(bare) && !/[\d/]/.test(bare) && !lexicon.utcWords.includes(bare);
}

/** Place words as a name: "new york time" → "New York", "ny" → "NY". */
function placeName(words: string): string {
  const bare = bareName(words);
  if (bare.length <= 3) return bare.toUpperCase();
  return bare.replace(/(^|[\s-])([a-z])/g, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/** The question asks when something ends ("when does it end?", "is it over?"). */
function query$end(cleaned: string): boolean {
  return words$.facets.some(({ facet, pattern }) => facet === "end" && pattern.test(cleaned));
}

/**
 * A zone the question names: an offset ("UTC+5:30"), an abbreviation ("6am JST"), or a
 * place in a zone phrase ("in Tokyo time", "Geneva time", "… in Nairobi?"); words that name
 * no zone are left alone.
 */
function extractZone(text: string): { zone?: string; place?: string; rest: string } {
  for (const pattern of [words$.zoneOffset, words$.zoneAbbreviation]) {
    const found = pattern.exec(text);
    const zone = found ? zoneNamed(found[0], lexicon) : undefined;
    if (found && zone) {
      const at = found.index;
      return { zone, rest: `${text.slice(0, at)} ${text.slice(at + found[0].length)}`.trim() };
    }
  }
  for (const pattern of words$.zonePhrases) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const words = match[1] ?? "";
      const zone = zoneNamed(words, lexicon);
      if (zone) {
        const at = match.index ?? 0;
        const rest = `${text.slice(0, at)} ${text.slice(at + match[0].length)}`.trim();
        return isPlace(words) ? { zone, place: placeName(words), rest } : { zone, rest };
      }
    }
  }
  return { rest: text };
}

function extractAgendaItem(text: string): { number?: number; rest: string } {
  const match = words$.agendaItem.exec(text);
  const word = match?.[1];
  if (!match || !word) return { rest: text };
  const number = /^\d+$/.test(word) ? Number(word) : lexicon.ordinals.get(word);
  return { number, rest: text.replace(match[0], " ") };
}

function anchorOf(text: string): ProgrammeQuery["anchor"] {
  const word = words$.anchor.exec(text)?.[1];
  return word ? lexicon.anchorWords.get(word) : undefined;
}

/** "now" only without a day ("what's happening on Tuesday" is about Tuesday). */
function relativeOf(text: string, hasDay: boolean): ProgrammeQuery["relative"] {
  if (!hasDay && words$.now.test(text)) return "now";
  if (words$.next.test(text)) return "next";
  return words$.previous.test(text) ? "previous" : undefined;
}

/**
 * The words of a query that may name a topic, speaker or programme (stop words removed).
 * @example contentWords(parseQuestion("who gives the closing remarks?")).map((w) => w.surface) // ["closing", "remarks"]
 */
export function contentWords(words: readonly Word[]): Word[] {
  return words.filter(
    (word) =>
      !lexicon.stopWords.has(word.surface) &&
      !lexicon.scheduleWords.has(word.surface) &&
      !SMALL_NUMBER.test(word.surface),
  );
}

/**
 * A number of one or two digits left over after days, times and agenda items were read
 * ("1", "7") names no topic: it would only match a "paragraph 1" somewhere in a title.
 */
const SMALL_NUMBER = /^\d{1,2}$/;

/**
 * True when a query has anything that makes it a programme question on its own (a day, a
 * time, "now"/"next", an agenda item, a schedule word, a fact people ask about).
 * @example hasProgrammeCue(parseQuestion("what's next?")) === true; hasProgrammeCue(parseQuestion("thanks")) === false
 */
export function hasProgrammeCue(query: ProgrammeQuery): boolean {
  return (
    query.day !== undefined ||
    query.part !== undefined ||
    query.clock !== undefined ||
    query.relative !== undefined ||
    query.anchor !== undefined ||
    query.agendaItem !== undefined ||
    query.mentionsSchedule ||
    query.facet === "room" ||
    query.facet === "rsvp" ||
    query.facet === "online" ||
    (query.unstated.length > 0 && query.isQuestion)
  );
}

function firstWord(text: string): string {
  return /^[a-z]+/.exec(text.replace(/^[^a-z]+/, ""))?.[0] ?? "";
}
