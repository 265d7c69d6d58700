/**
 * Calendar phrases: "add Thursday to my calendar", "add capacity-building to my calendar",
 * "add the whole programme to my calendar", "add my sessions to my calendar",
 * "calendar link", "reset my calendar link". Days are read in the venue's zone: "today",
 * "tomorrow", a weekday (the next one with something on), "7 March", "March 7", "2024-03-07".
 */
import { commandMatcher } from "../../bot/language/compile.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { dayNamed } from "../../bot/programme/day-named.js";

export { dayNamed } from "../../bot/programme/day-named.js";

/**
 * "add … to my calendar" (and put/save/export … in/into my calendar/agenda/diary).
 * @example "add Thursday to my calendar".match(ADD_TO_CALENDAR)?.[1] === "Thursday"
 */
export const ADD_TO_CALENDAR =
  /^(?:please\s+)?(?:add|put|save|export)\s+(.+?)\s+(?:to|in|into|on)\s+(?:my\s+)?(?:calendar|agenda|diary)[.!]*$/i;

/**
 * "calendar for Thursday", "ics for capacity-building".
 * @example "ics for capacity-building".match(CALENDAR_FOR)?.[1] === "capacity-building"
 */
export const CALENDAR_FOR =
  /^(?:(?:a|an|the)\s+)?(?:calendar(?:\s+file)?|ics|\.ics|ical)\s+(?:for|of)\s+(.+?)[.?!]*$/i;

/**
 * "calendar link", "my calendar", "subscribe to the programme".
 * @example CALENDAR_LINK.test("my calendar link") === true
 */
export const CALENDAR_LINK = commandMatcher("calendarLink");

/**
 * "reset my calendar link".
 * @example RESET_LINK.test("reset my calendar link") === true
 */
export const RESET_LINK = commandMatcher("resetCalendarLink");

/**
 * What to put in a calendar.
 * @example const selection: Selection = { kind: "day", date: "2024-03-07" };
 */
export type Selection =
  | { kind: "all" }
  | { kind: "mine" }
  | { kind: "day"; date: string }
  | { kind: "session"; ids: string[] };

const WHOLE =
  /^(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?(?:programme|program|schedule|session|week|everything|all(?:\s+(?:the\s+)?sessions)?|all\s+of\s+it)$/i;
const MINE = /^(?:all\s+)?my\s+(?:sessions|reminders|events|things|rsvps?|schedule)$/i;

/**
 * "all", "mine", or a day of the programme named by the words; undefined when the words are
 * none of these (then they name sessions).
 * @example selectionOf(catalogue, "Thursday", new Date("2024-03-04T13:00:00Z")) // { kind: "day", date: "2024-03-07" }
 */
export function selectionOf(catalogue: Catalogue, text: string, now: Date): Selection | undefined {
  const words = text
    .trim()
    .toLowerCase()
    .replace(/[.?!,]+$/g, "")
    .replace(/\s+/g, " ");
  if (WHOLE.test(words)) return { kind: "all" };
  if (MINE.test(words)) return { kind: "mine" };
  const date = dayNamed(catalogue, words, now);
  return date ? { kind: "day", date } : undefined;
}
