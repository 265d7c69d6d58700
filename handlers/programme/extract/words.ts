/**
 * What a question asks and about what: the facet ("who", "where", "how long"…), the facts
 * the letters often omit ("a dress code"), the words that may name a topic or programme,
 * whether it is a question, names the schedule, or points back at the last answer.
 */
import { surfaceWords, termOf } from "../../../bot/programme/text.js";
import { type Extractor, lexicon, words$ } from "./reading.js";

/** At most this many words are matched against the catalogue. */
const MAX_WORDS = 40;

/** The words left after days, times and zones were read, in order, stop words included. */
export const remainingWords: Extractor = {
  name: "remaining words",
  read(reading) {
    reading.query.words = surfaceWords(reading.rest.replace(words$.shape, " "))
      .slice(0, MAX_WORDS)
      .map((surface) => ({ surface, term: termOf(surface) }));
  },
};

/** What is asked: the first facet whose question words the message has; "what" otherwise. */
export const facet: Extractor = {
  name: "facet",
  read(reading) {
    reading.query.facet = words$.facets.find(({ pattern }) => pattern.test(reading.cleaned))?.facet ?? "what";
  },
};

/** Every start word of a message ("start", "begin"), to look for a "when" word without them. */
const START_WORDS = new RegExp(words$.start.source, "g");

/**
 * "when does it start", "what time does the reception begin": the start time is asked, with
 * a "when" word of its own ("start a ping test" asks nothing).
 */
export const startAsked: Extractor = {
  name: "start asked",
  read(reading) {
    const { cleaned, query } = reading;
    if (query.facet !== "when" || !words$.start.test(cleaned)) return;
    const asking = cleaned.replace(START_WORDS, " ");
    if (words$.facets.some(({ facet, pattern }) => facet === "when" && pattern.test(asking)))
      query.startAsked = true;
  },
};

/**
 * Facts the letters often omit that the question names ("is there a dress code?"), in the
 * words left after days and times were read ("after lunch" is the afternoon, not a meal).
 */
export const unstated: Extractor = {
  name: "unstated facts",
  read(reading) {
    reading.query.unstated = words$.unstatedAny.test(reading.rest)
      ? words$.unstated.filter(({ pattern }) => pattern.test(reading.rest)).map(({ label }) => label)
      : [];
  },
};

/**
 * "is there a lunch break?", "recess": a pause between meetings, read in the words left
 * after days and times ("after lunch" is the afternoon).
 */
export const breaks: Extractor = {
  name: "breaks",
  read(reading) {
    if (words$.breaks.test(reading.rest)) reading.query.breaks = true;
  },
};

/**
 * "when is the 8th session", "second meeting": the number of a session asked for; "the next
 * session after this one": a later session of the series.
 */
export const sessionAsked: Extractor = {
  name: "session asked",
  read(reading) {
    const { cleaned, query } = reading;
    const ordinal = words$.numberedSession.exec(cleaned)?.[1];
    const number =
      ordinal === undefined ? undefined : (lexicon.ordinals.get(ordinal) ?? Number.parseInt(ordinal, 10));
    if (number !== undefined && Number.isFinite(number)) query.sessionNumber = number;
    if (words$.laterSession.test(cleaned)) query.laterSession = true;
  },
};

/** Ends with "?" or starts with a question word. */
export const isQuestion: Extractor = {
  name: "is a question",
  read(reading) {
    const { cleaned } = reading;
    reading.query.isQuestion = cleaned.endsWith("?") || lexicon.questionWords.has(firstWord(cleaned));
  },
};

/**
 * Names the schedule ("agenda", "what's on"); "when does it end?" names the session under way,
 * "when does it start?" the programme under way or next.
 */
export const mentionsSchedule: Extractor = {
  name: "mentions the schedule",
  read(reading) {
    const { cleaned, query } = reading;
    query.mentionsSchedule =
      words$.schedulePhrase.test(cleaned) ||
      query.words.some((word) => lexicon.scheduleWords.has(word.surface)) ||
      (words$.pronoun.test(cleaned) && (asksEnd(cleaned) || query.startAsked === true));
  },
};

/** "and …", "what about …", "it", "that": the question points back at the last answer. */
export const pointsBack: Extractor = {
  name: "points back",
  read(reading) {
    if (words$.followUpOpener.test(reading.cleaned) || words$.pronoun.test(reading.cleaned)) {
      reading.query.pointsBack = true;
    }
  },
};

/** The question asks when something ends ("when does it end?", "is it over?"). */
function asksEnd(cleaned: string): boolean {
  return words$.facets.some(({ facet, pattern }) => facet === "end" && pattern.test(cleaned));
}

function firstWord(text: string): string {
  return /^[a-z]+/.exec(text.replace(/^[^a-z]+/, ""))?.[0] ?? "";
}
