/**
 * Clock times and ranges as the Secretariat writes them: "3:30 PM", "15:30", "3 pm",
 * "1:15–2:30 PM" (the meridiem of the end applies to the start when it has none). Each time
 * is read by the one date/time reader (`readDayExpression` of `bot/language/dates.ts`); this
 * file only splits a range, refuses impossible times, and reads a bare hour from 1 to 7 as
 * the afternoon.
 */

import { readDayExpression } from "../../bot/language/dates.js";
import { revisionGrammar } from "../../bot/language/grammar.js";
import { timeOfMinutes } from "../../bot/programme/time.js";

/**
 * A wall time "HH:mm", or a range of two.
 * @example readClockRange("1:15–2:30 PM") // { start: "13:15", end: "14:30" }
 */
export interface ClockRange {
  start: string;
  end?: string;
}

const RANGE = revisionGrammar().range;
const BARE_HOUR = revisionGrammar().bareHour;
/** A side with no meridiem: it ends in digits. */
const NO_MERIDIEM = /\d$/;
/** Hours and minutes as written, to refuse "25:00" or "3:75 PM" (the reader would clamp them). */
const WRITTEN = /(\d{1,2})(?:[:.h](\d{2}))?/;

/** Minutes after midnight of one written time, by the one reader; undefined when it is none. */
function minutesOf(side: string): number | undefined {
  const text = side.trim().toLowerCase();
  const written = WRITTEN.exec(text);
  if (!written || Number(written[1]) > 23 || Number(written[2] ?? 0) > 59) return undefined;
  const bare = BARE_HOUR.exec(text);
  const expression = readDayExpression(bare ? `${bare[1]}:00` : text);
  if (expression.clock === undefined || expression.day || expression.rest.trim() !== "") return undefined;
  return expression.clock;
}

/**
 * Reads "3:30 PM" or "1:15–2:30 PM"; undefined when the text is not a time. A time without
 * AM/PM from 1 to 7 is read as afternoon (meetings do not start at 3 in the night).
 * @example readClockRange("3:30 PM") // { start: "15:30" }
 */
export function readClockRange(text: string): ClockRange | undefined {
  const trimmed = text.trim().replace(/[.!]+$/, "");
  const range = RANGE.exec(trimmed);
  if (range) {
    const [, first = "", second = ""] = range;
    const end = minutesOf(second);
    let start = minutesOf(first);
    if (start === undefined || end === undefined) return undefined;
    // "1:15–2:30 PM": the start takes the end's afternoon when it has no meridiem of its own.
    if (NO_MERIDIEM.test(first.trim()) && start < 12 * 60 && end >= 12 * 60 && start + 12 * 60 <= end)
      start += 12 * 60;
    const startWall = wallOfMinutes(start);
    const endWall = wallOfMinutes(end);
    return startWall && endWall ? { start: startWall, end: endWall } : undefined;
  }
  let start = minutesOf(trimmed);
  if (start === undefined) return undefined;
  if (
    NO_MERIDIEM.test(trimmed) &&
    !/^\d{2}:/.test(trimmed.replace(revisionGrammar().clockLead, "")) &&
    start >= 60 &&
    start < 8 * 60
  )
    start += 12 * 60;
  const wall = wallOfMinutes(start);
  return wall ? { start: wall } : undefined;
}

/**
 * Minutes after midnight of "HH:mm".
 * @example minutesOfWall("15:30") === 930
 */
export function minutesOfWall(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * "HH:mm" of minutes after midnight (undefined past the day's end).
 * @example wallOfMinutes(930) === "15:30"
 */
export function wallOfMinutes(minutes: number): string | undefined {
  if (minutes < 0 || minutes >= 24 * 60) return undefined;
  return timeOfMinutes(minutes);
}
