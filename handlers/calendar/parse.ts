/**
 * Calendar phrases: "add Thursday to my calendar", "add capacity-building to my calendar",
 * "add the whole programme to my calendar", "add my sessions to my calendar",
 * "calendar link", "reset my calendar link". Days are read in the venue's zone: "today",
 * "tomorrow", a weekday (the next one with something on), "7 March", "March 7", "2024-03-07".
 */
import { commandMatcher } from "../../bot/language/compile.js";
import { calendarGrammar } from "../../bot/language/grammar.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { dayNamed } from "../../bot/programme/day-named.js";

export { dayNamed } from "../../bot/programme/day-named.js";

/**
 * "add … to my calendar" (and put/save/export … in/into my calendar/agenda/diary).
 * @example "add Thursday to my calendar".match(ADD_TO_CALENDAR)?.[1] === "Thursday"
 */
export const ADD_TO_CALENDAR: RegExp = calendarGrammar().add;

/**
 * "calendar for Thursday", "ics for capacity-building".
 * @example "ics for capacity-building".match(CALENDAR_FOR)?.[1] === "capacity-building"
 */
export const CALENDAR_FOR: RegExp = calendarGrammar().fileFor;

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

/** The whole programme, or the person's own, named by the whole of the words (`calendar` in `bot/language/locales/en/grammar.ts`). */
const { whole: WHOLE, mine: MINE } = calendarGrammar();

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
