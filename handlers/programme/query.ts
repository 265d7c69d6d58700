/**
 * The structured value every programme message is read into ({@link ProgrammeQuery}), and
 * answered from alone. Filled by the ordered extractors of `extract/`.
 */
import type { DaySlice, DaySpec } from "../../bot/language/dates.js";
import type { Facet } from "../../bot/language/lexicon.js";
import type { PartOfDay } from "../../bot/programme/catalogue.js";
import type { Word } from "../../bot/programme/text.js";

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
  /**
   * "what time is that for me?", "and in my time?": the asker's own zone asked for with no
   * clock time, a display zone as a place would be ("… in Tokyo").
   */
  askersZone?: boolean;
  agendaItem?: number;
  /** "in 30 minutes", "an hour from now": minutes from the time of asking. */
  minutesAhead?: number;
  /** "and the next day?": this many days after the day of the previous question (else of today). */
  daysAfterPrevious?: number;
  /** "what is 10am NY in Tokyo", "convert 3pm to Delhi time": a clock time to show in another zone. */
  conversion?: Conversion;
  /** "I'm in Nairobi": where the asker says they are, and its zone. */
  whereIAm?: { place: string; zone: string };
  /** Points back at the last answer: "and …", "what about …", "it", "that". */
  pointsBack?: boolean;
  /**
   * Kept with an answered "what's next?": the day and clock time (venue's, minutes) of the item
   * it gave, which "and after that?" follows on from.
   */
  givenAt?: { date: string; clock: number };
  /**
   * Kept with an answered "what's on now?": the day and clock time of the item on now, which
   * "and before that?" goes back from ({@link givenAt} is then the item it showed next, which
   * "and after that?" goes on from).
   */
  givenFrom?: { date: string; clock: number };
  /**
   * Kept with a topic's answer whose every dated hit is on one day ("what time is the
   * reception?": 4 March): the day "and the day after?" counts from. Not the answer's day, which
   * other follow-ups would carry ("delhi time pls" is about the reception, not about 4 March).
   */
  topicDate?: string;
  /** The whole message is a greeting or thanks ("good evening"): not a programme question. */
  greeting?: boolean;
  /** "is there a lunch break?": asks for a pause between meetings. */
  breaks?: boolean;
  /** "when is the 8th session": the number of a session or meeting asked for. */
  sessionNumber?: number;
  /** "the next session after this one": asks for a later session of the series. */
  laterSession?: boolean;
  /** "when does it start", "what time does the reception begin": asks for the start time alone. */
  startAsked?: boolean;
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
  /** Minutes after midnight in the `from` zone, or "now" ("what time is it in Geneva?"). */
  clock: number | "now";
  from?: string;
  to: string;
  /** The place words as typed ("Delhi", "EST"), to name each side as the asker did. */
  fromName?: string;
  toName?: string;
  day?: DaySpec;
}
