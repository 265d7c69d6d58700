/**
 * Question text → a structured {@link ProgrammeQuery}: which day, part of day or clock time,
 * "now"/"next", which agenda item, what the asker wants to know (time, speakers, place…),
 * and the remaining words, which name topics, speakers or programmes. The reading is an
 * ordered list of small extractors (`extract/`, each with its table test); parsing knows no
 * meeting: the words are matched against the catalogue in `match.ts`.
 */
import { MAX_MESSAGE_LENGTH, normalise } from "../../bot/language/normalise.js";
import type { Word } from "../../bot/programme/text.js";
import { EXTRACTORS, startReading } from "./extract/index.js";
import { lexicon, words$ } from "./extract/reading.js";
import type { ProgrammeQuery } from "./query.js";

export type { Conversion, ProgrammeQuery } from "./query.js";

/**
 * Questions are read up to this many characters; the rest is ignored.
 * @example parseQuestion("x".repeat(10_000)) // reads 300 characters
 */
export const MAX_QUESTION_LENGTH = MAX_MESSAGE_LENGTH;

/**
 * Parses a question. Never throws; any string gives a query (maybe an empty one).
 * @example
 * parseQuestion("What's on Thursday afternoon?")
 * // { facet: "what", day: { kind: "weekday", weekday: 4 }, part: "afternoon", words: [what, on], … }
 */
export function parseQuestion(text: string): ProgrammeQuery {
  // "good evening, what's on at 11?", "hello when is the reception": a greeting set apart by
  // punctuation, or before a question, says nothing of what is asked ("hello from Singapore"
  // asks nothing: left whole).
  const cleaned = normalise(text, lexicon);
  const lead = words$.greetingLead.exec(cleaned)?.[0];
  const apart = lead && (/[!.,]/.test(lead) || words$.questionWord.test(cleaned.slice(lead.length)));
  const reading = startReading(text, apart ? cleaned.slice(lead.length) : cleaned);
  for (const extractor of EXTRACTORS) {
    extractor.read(reading);
    if (reading.done) break;
  }
  return reading.query;
}

/** The words of the phrases of the facts the letters may not give ("dress", "code", "parking"). */
export const UNSTATED_WORDS: ReadonlySet<string> = new Set(
  lexicon.unstatedFacts.flatMap(({ phrases }) => phrases.flatMap((phrase) => phrase.split(/[\s-]+/))),
);

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
    query.facet === "countdown" ||
    // "¿cuándo empieza?", "几点开始": the start of what is under way or next, even unnamed.
    query.startAsked === true ||
    query.breaks === true ||
    query.sessionNumber !== undefined ||
    query.laterSession === true ||
    (query.unstated.length > 0 && query.isQuestion)
  );
}
