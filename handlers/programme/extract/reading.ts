/**
 * What the extractors share: the message being read and the query being filled. Each
 * extractor reads what it knows from the text, fills its fields of the query, and may
 * consume the words it read (so later extractors do not read them again) or end the reading.
 */
import { compiled } from "../../../bot/language/compile.js";
import { english } from "../../../bot/language/locales/en/lexicon.js";
import type { ProgrammeQuery } from "../query.js";

/** The lexicon questions are read with (English: other languages are pivoted into it first). */
export const lexicon = english;
/** Its compiled matchers. */
export const words$ = compiled(lexicon);

/**
 * One message being read.
 * @example const reading: Reading = { original: "Thu pm?", cleaned: "thu pm?", rest: "thu pm?", query: emptyQuery() };
 */
export interface Reading {
  /** The message as written (greetings are told apart on it). */
  readonly original: string;
  /** The message normalised (case, quotes, shorthand), whole: facets and cues are read on it. */
  readonly cleaned: string;
  /** What is left to read: extractors that consume words remove them from here. */
  rest: string;
  /** The query being filled. */
  query: ProgrammeQuery;
  /** The asker gave a clock time in their own zone ("6am my time"). */
  inAskersZone?: boolean;
  /** Set by an extractor that read the whole message: no later extractor runs. */
  done?: boolean;
}

/**
 * A small reader of one kind of thing. Extractors run in the order of `EXTRACTORS`.
 * @example const agenda: Extractor = { name: "agenda item", read(reading) { … } };
 */
export interface Extractor {
  /** What it reads, for tests and traces. */
  readonly name: string;
  read(reading: Reading): void;
}

/** A query with nothing read yet. */
export function emptyQuery(): ProgrammeQuery {
  return { facet: "what", unstated: [], words: [], isQuestion: false, mentionsSchedule: false };
}

/** Starts reading a message (already normalised). */
export function startReading(original: string, cleaned: string): Reading {
  return { original, cleaned, rest: cleaned, query: emptyQuery() };
}

/** The text without the span `[at, at + length)`. */
export function without(text: string, at: number, length: number): string {
  return `${text.slice(0, at)} ${text.slice(at + length)}`.trim();
}
