/**
 * The ordered extractors a programme question is read with. Order matters: whole-message
 * readings (a greeting, "I'm in Nairobi", a conversion) end the reading; the zone is read
 * before the day so "6am JST" keeps its zone; words consumed by one extractor are not seen
 * by the next; the facet and cues are read on the whole message.
 */
import { MAX_MESSAGE_LENGTH, normalizeText } from "../../../bot/language/normalise.js";
import { agendaItem, anchor, dayAfter, dayAndTime, relative } from "./day.js";
import { conversion, myTime, namedZone, timeNow, whereIAm } from "./places.js";
import { type Extractor, words$ } from "./reading.js";
import {
  breaks,
  facet,
  isQuestion,
  mentionsSchedule,
  pointsBack,
  remainingWords,
  sessionAsked,
  startAsked,
  unstated,
} from "./words.js";

/** The whole message is a greeting or thanks ("good evening"): not a programme question. */
export const greeting: Extractor = {
  name: "greeting",
  read(reading) {
    if (!words$.greetingOnly.test(normalizeText(reading.original.slice(0, MAX_MESSAGE_LENGTH)))) return;
    reading.query.greeting = true;
    reading.done = true;
  },
};

/**
 * Every extractor, in the order they read a message.
 * @example EXTRACTORS.map((e) => e.name) // ["greeting", "where I am", "conversion", "my time", …]
 */
export const EXTRACTORS: readonly Extractor[] = [
  greeting,
  whereIAm,
  conversion,
  timeNow,
  myTime,
  namedZone,
  agendaItem,
  dayAndTime,
  dayAfter,
  anchor,
  relative,
  remainingWords,
  facet,
  startAsked,
  unstated,
  breaks,
  sessionAsked,
  isQuestion,
  mentionsSchedule,
  pointsBack,
];

export type { Extractor, Reading } from "./reading.js";
export { emptyQuery, startReading } from "./reading.js";
