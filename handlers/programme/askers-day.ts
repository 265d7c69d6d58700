/**
 * Relative days on the asker's own calendar. "Tomorrow", "today", "yesterday", "in 2 days",
 * "later today" mean the asker's own days: at 23:30 on Tuesday in New York it
 * is already Wednesday in Madrid, and a delegate there asking for tomorrow's programme means
 * Thursday. When that day is not the one the venue's calendar would give, the question is
 * answered for the asker's day and the answer says which day it took, except "today" while
 * something is on at the venue: that is the day the asker is following. Weekday names and
 * calendar dates name the same day on both calendars, so only relative days are read here.
 */

import { tr } from "../../bot/language/messages.js";
import { formatDate, zoneLabel } from "../../bot/programme/format.js";
import { addDays, isValidTimeZone, localDateTime } from "../../bot/programme/time.js";
import { isCancelled } from "../../bot/versions/cancelled.js";
import type { AnswerContext } from "./answer.js";
import { isCurrent } from "./match-time.js";
import type { ProgrammeQuery } from "./parse.js";
import { dayContext } from "./resolve-day.js";

/**
 * A relative day read on the asker's calendar, when it differs from the venue's reading.
 * @example const day: AskersDay = { date: "2024-03-07", offset: 1 };
 */
export interface AskersDay {
  /** The asker's day (`YYYY-MM-DD`), which the answer is about. */
  date: string;
  /** How many days from the asker's today the words named (1 for "tomorrow"). */
  offset: number;
}

/**
 * The asker's own day for a relative day, or `undefined` when the question names no relative
 * day, the asker's zone is unknown, or both calendars give the same day (an asker in the
 * venue's zone, or where the two dates agree). A part of the day ("tonight", "this
 * afternoon", "tomorrow morning") keeps the venue's day: it is read in the venue's wall time
 * (the sessions' afternoon), and the asker's date with the venue's afternoon is neither's
 * afternoon ("cet après-midi" at 04:50 on Friday in Tokyo would be the venue's Friday
 * afternoon, Saturday morning in Tokyo, not the session starting in ten minutes).
 * @example
 * askersDay(parseQuestion("what's on tomorrow?"), { now: new Date("2024-03-06T04:30:00Z"), timeZone: "Europe/Madrid", catalogue })
 * // { date: "2024-03-07", offset: 1 }
 */
export function askersDay(query: ProgrammeQuery, context: AnswerContext): AskersDay | undefined {
  const { day } = query;
  if (day?.kind !== "relative" || query.part !== undefined) return undefined;
  if (!context.timeZone || !isValidTimeZone(context.timeZone)) return undefined;
  const askersToday = localDateTime(context.now.getTime(), context.timeZone).date;
  const venueToday = dayContext(context.catalogue, context.catalogue.programmes, context.now).today;
  if (askersToday === venueToday) return undefined;
  // "what time does it finish today?" while a meeting is on: the asker follows it from another
  // date line (00:00 Saturday in Shanghai, 11:00 Friday at the venue); their "today" is that
  // meeting's day, not an empty Saturday.
  if (day.offset === 0 && somethingOnNow(context)) return undefined;
  return { date: addDays(askersToday, day.offset), offset: day.offset };
}

/** A meeting, item or event (not a date-only milestone) is on at the venue right now. */
function somethingOnNow(context: AnswerContext): boolean {
  const at = context.now.getTime();
  return context.catalogue.timeline.some(
    (o) => o.kind !== "milestone" && !isCancelled(o) && isCurrent(o, at),
  );
}

/** The message of each offset said in words; any other offset ("in 3 days") says it is counted on the asker's calendar. */
const OFFSET_KEYS: ReadonlyMap<number, string> = new Map([
  [-1, "programme.yourDay.yesterday"],
  [0, "programme.yourDay.today"],
  [1, "programme.yourDay.tomorrow"],
  [2, "programme.yourDay.dayAfter"],
]);

/**
 * The note saying which day was taken, in the turn's language ("Tomorrow for you in Madrid
 * is Thursday 7 March."), the asker's zone labelled as their answers label it.
 * @example askersDayNote({ date: "2024-03-07", offset: 1 }, "Europe/Madrid") === "Tomorrow for you in Madrid is Thursday 7 March."
 */
export function askersDayNote(day: AskersDay, zone: string, place?: string): string {
  return tr(OFFSET_KEYS.get(day.offset) ?? "programme.yourDay.other", {
    place: zoneLabel(zone, undefined, place),
    date: formatDate(day.date, { long: true }),
  });
}
