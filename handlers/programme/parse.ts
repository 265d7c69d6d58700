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
import { MAX_MESSAGE_LENGTH, normalise } from "../../bot/language/normalise.js";
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
  /** The zone a clock time is given in, when not the venue's ("6am JST", "1am Tokyo time"). */
  clockZone?: string;
  /** The clock time is in the asker's own zone ("6am my time"). */
  clockInAskersZone?: boolean;
  agendaItem?: number;
  /** "in 30 minutes", "an hour from now": minutes from the time of asking. */
  minutesAhead?: number;
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
  const cleaned = normalise(text, lexicon);
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
  if (dayExpression.day) query.day = dayExpression.day;
  if (dayExpression.part) query.part = dayExpression.part;
  if (dayExpression.clock !== undefined) query.clock = dayExpression.clock;
  if (dayExpression.slice) query.slice = dayExpression.slice;
  if (dayExpression.minutesAhead !== undefined) query.minutesAhead = dayExpression.minutesAhead;
  if (named.zone) query.zone = named.zone;
  if (dayExpression.clock !== undefined) {
    if (mine) query.clockInAskersZone = true;
    else if (named.zone) query.clockZone = named.zone;
  }
  if (agenda.number !== undefined) query.agendaItem = agenda.number;
  return query;
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
function extractZone(text: string): { zone?: string; rest: string } {
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
      const zone = zoneNamed(match[1] ?? "", lexicon);
      if (zone) {
        const at = match.index ?? 0;
        return { zone, rest: `${text.slice(0, at)} ${text.slice(at + match[0].length)}`.trim() };
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
    (query.unstated.length > 0 && query.isQuestion)
  );
}

function firstWord(text: string): string {
  return /^[a-z]+/.exec(text.replace(/^[^a-z]+/, ""))?.[0] ?? "";
}
