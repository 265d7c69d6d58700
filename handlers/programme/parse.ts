/**
 * Question text → a structured {@link ProgrammeQuery}: which day, part of day or clock time,
 * "now"/"next", which agenda item, what the asker wants to know (time, speakers, place…),
 * and the remaining words, which name topics, speakers or programmes. Parsing knows no
 * meeting: the words are matched against the catalogue in `match.ts`.
 */
import type { PartOfDay } from "../../bot/programme/catalogue.js";
import { normalizeText, surfaceWords, termOf, type Word } from "../../bot/programme/text.js";
import { zoneNamed } from "../../bot/programme/time.js";
import { type DaySlice, type DaySpec, extractDayExpression } from "./dates.js";
import {
  FACET_PATTERNS,
  type Facet,
  NEXT_PATTERN,
  NOW_PATTERN,
  ORDINALS,
  PREVIOUS_PATTERN,
  QUESTION_WORDS,
  SCHEDULE_WORDS,
  SHORTHAND,
  STOPWORDS,
  UNSTATED_FACTS,
  ZONE_ABBREVIATIONS,
} from "./lexicon.js";

/**
 * Questions are read up to this many characters; the rest is ignored.
 * @example parseQuestion("x".repeat(10_000)) // reads 300 characters
 */
export const MAX_QUESTION_LENGTH = 300;
/** At most this many words are matched against the catalogue. */
const MAX_WORDS = 40;

const AGENDA_ITEM =
  /\b(?:agenda\s+)?(?:sub-?)?item\s*(?:no\.?|number|#)?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/;
const ANCHOR = /\b(after|before)\s+(?!this\b|that\b|it\b)(the\s+)?[a-z]/;
const WHATS_ON = /\bwhat(s| is| are)? (on|happening)\b/;

/** Words that shape the question but name nothing to look up; removed before matching. */
const SHAPE_WORDS: readonly RegExp[] = [
  new RegExp(NOW_PATTERN.source, "g"),
  new RegExp(NEXT_PATTERN.source, "g"),
  new RegExp(PREVIOUS_PATTERN.source, "g"),
  /\b(what time|which time|what day|which day|what date|which date|how long|until when|how late)\b/g,
  /\b(end|ends|ending|finish|finishes|finishing|(conference )?rooms?|rsvp|r\.s\.v\.p)\b/g,
];

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
  /** The zone a clock time is given in, when not the venue's ("6am JST", "1am Tokyo time"). */
  clockZone?: string;
  /** The clock time is in the asker's own zone ("6am my time"). */
  clockInAskersZone?: boolean;
  agendaItem?: number;
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
 * Parses a question. Never throws; any string gives a query (maybe an empty one).
 * @example
 * parseQuestion("What's on Thursday afternoon?")
 * // { facet: "what", day: { kind: "weekday", weekday: 4 }, part: "afternoon", words: [what, on], … }
 */
export function parseQuestion(text: string): ProgrammeQuery {
  const cleaned = cleanQuestion(text);
  const mine = MY_TIME.exec(cleaned);
  const named = extractZone(mine ? cleaned.replace(MY_TIME, " ") : cleaned);
  const agenda = extractAgendaItem(named.rest);
  const dayExpression = extractDayExpression(agenda.rest);
  const anchor = anchorOf(dayExpression.rest);
  const relative = anchor ? undefined : relativeOf(dayExpression.rest, dayExpression.day !== undefined);
  let rest = dayExpression.rest;
  for (const pattern of SHAPE_WORDS) rest = rest.replace(pattern, " ");
  const words = surfaceWords(rest)
    .slice(0, MAX_WORDS)
    .map((surface) => ({ surface, term: termOf(surface) }));

  const query: ProgrammeQuery = {
    facet: FACET_PATTERNS.find(({ pattern }) => pattern.test(cleaned))?.facet ?? "what",
    unstated: UNSTATED_FACTS.filter(({ pattern }) => pattern.test(cleaned)).map(({ label }) => label),
    words,
    isQuestion: cleaned.endsWith("?") || QUESTION_WORDS.has(firstWord(cleaned)),
    mentionsSchedule:
      WHATS_ON.test(cleaned.replace(/'/g, "")) ||
      words.some((w) => SCHEDULE_WORDS.has(w.surface)) ||
      // "when does it end?", "is it over?": "it" is the session under way or coming.
      (/\b(?:it|we)\b/.test(cleaned) && /\b(?:end|ends|over|finish\w*)\b/.test(cleaned)),
  };
  if (relative) query.relative = relative;
  if (anchor) query.anchor = anchor;
  if (dayExpression.day) query.day = dayExpression.day;
  if (dayExpression.part) query.part = dayExpression.part;
  if (dayExpression.clock !== undefined) query.clock = dayExpression.clock;
  if (dayExpression.slice) query.slice = dayExpression.slice;
  if (named.zone) query.zone = named.zone;
  if (dayExpression.clock !== undefined) {
    if (mine) query.clockInAskersZone = true;
    else if (named.zone) query.clockZone = named.zone;
  }
  if (agenda.number !== undefined) query.agendaItem = agenda.number;
  return query;
}

/** Normalised, markup stripped, whitespace collapsed, at most {@link MAX_QUESTION_LENGTH} characters. */
function cleanQuestion(text: string): string {
  return normalizeText(text.slice(0, MAX_QUESTION_LENGTH))
    .replace(/<\/?[a-z][^<>]{0,40}>/g, " ")
    .replace(SHORTHAND_WORDS, (word) => SHORTHAND.get(word) ?? word)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Where a question names the zone it wants times in: "in Tokyo time", "Geneva time",
 * "… in Nairobi?" (a city or an IANA zone; words that name no zone are left alone).
 */
const ZONE_PHRASES: readonly RegExp[] = [
  /\b(?:in|for)\s+([a-z][a-z .'/_-]{1,30}?)\s+time\b/g,
  /\b([a-z][a-z'/_-]{2,20}(?:\s[a-z][a-z'_-]{2,20})?)\s+time\b/g,
  /\bin\s+([a-z][a-z .'/_-]{1,30}?)\s*[?.!]*$/g,
];

/** "my time", "in my local time", "local time": the asker's own zone. */
const MY_TIME = /\b(?:(?:in|at|on)\s+)?(?:(?:my|our)\s+(?:local\s+|own\s+)?time|local time)\b/;

/** Whole words of {@link SHORTHAND}, in one pattern (one pass, nothing allocated for a question without any). */
const SHORTHAND_WORDS = new RegExp(`(?<![\\w'])(?:${[...SHORTHAND.keys()].join("|")})(?![\\w'])`, "g");

/** "6am JST": a zone abbreviation as a word of its own. */
const ZONE_ABBREVIATION = new RegExp(`\\b(?:${[...ZONE_ABBREVIATIONS.keys()].join("|")})\\b`);

function extractZone(text: string): { zone?: string; rest: string } {
  const abbreviation = ZONE_ABBREVIATION.exec(text);
  const abbreviated = abbreviation && ZONE_ABBREVIATIONS.get(abbreviation[0]);
  if (abbreviation && abbreviated) {
    const at = abbreviation.index;
    return {
      zone: abbreviated,
      rest: `${text.slice(0, at)} ${text.slice(at + abbreviation[0].length)}`.trim(),
    };
  }
  for (const pattern of ZONE_PHRASES) {
    for (const match of text.matchAll(pattern)) {
      const zone = zoneNamed(match[1] ?? "");
      if (zone) {
        const at = match.index ?? 0;
        return { zone, rest: `${text.slice(0, at)} ${text.slice(at + match[0].length)}`.trim() };
      }
    }
  }
  return { rest: text };
}

function extractAgendaItem(text: string): { number?: number; rest: string } {
  const match = AGENDA_ITEM.exec(text);
  const word = match?.[1];
  if (!match || !word) return { rest: text };
  const number = /^\d+$/.test(word) ? Number(word) : ORDINALS.get(word);
  return { number, rest: text.replace(match[0], " ") };
}

function anchorOf(text: string): ProgrammeQuery["anchor"] {
  const word = ANCHOR.exec(text)?.[1];
  return word === "after" || word === "before" ? word : undefined;
}

/** "now" only without a day ("what's happening on Tuesday" is about Tuesday). */
function relativeOf(text: string, hasDay: boolean): ProgrammeQuery["relative"] {
  if (!hasDay && NOW_PATTERN.test(text)) return "now";
  if (NEXT_PATTERN.test(text)) return "next";
  return PREVIOUS_PATTERN.test(text) ? "previous" : undefined;
}

/**
 * The words of a query that may name a topic, speaker or programme (stop words removed).
 * @example contentWords(parseQuestion("who gives the closing remarks?")).map((w) => w.surface) // ["closing", "remarks"]
 */
export function contentWords(words: readonly Word[]): Word[] {
  return words.filter(
    (word) =>
      !STOPWORDS.has(word.surface) && !SCHEDULE_WORDS.has(word.surface) && !SMALL_NUMBER.test(word.surface),
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
    (query.unstated.length > 0 && query.isQuestion)
  );
}

function firstWord(text: string): string {
  return /^[a-z]+/.exec(text.replace(/^[^a-z]+/, ""))?.[0] ?? "";
}
