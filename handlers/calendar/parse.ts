/**
 * Calendar phrases: "add Thursday to my calendar", "add capacity-building to my calendar",
 * "add the whole programme to my calendar", "add my sessions to my calendar",
 * "calendar link", "reset my calendar link". Days are read in the venue's zone: "today",
 * "tomorrow", a weekday (the next one with something on), "7 March", "March 7", "2024-03-07".
 */
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { addDays, localDateTime, weekdayOf } from "../../bot/programme/time.js";

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
export const CALENDAR_LINK =
  /^(?:(?:my|the)\s+)?(?:calendar(?:\s+(?:link|url|feed|subscription))?|subscribe\s+(?:me\s+)?to\s+(?:the\s+)?(?:programme|calendar))[.?!]*$/i;

/**
 * "reset my calendar link".
 * @example RESET_LINK.test("reset my calendar link") === true
 */
export const RESET_LINK =
  /^(?:reset|renew|revoke|change)\s+(?:my\s+)?calendar\s+(?:link|url|feed|token)s?[.!]*$/i;

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

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

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

/** Every local date with something on, across programmes, sorted. */
function programmeDays(catalogue: Catalogue): string[] {
  return [...new Set(catalogue.programmes.flatMap((entry) => entry.days))].sort();
}

/**
 * The date a phrase names, if it names a day.
 * @example dayNamed(catalogue, "7 march", now) === "2024-03-07"
 */
export function dayNamed(catalogue: Catalogue, words: string, now: Date): string | undefined {
  const cleaned = words
    .replace(/^(?:on\s+)?(?:the\s+)?/, "")
    .replace(/'s\s+(?:sessions?|programme|meetings?)$/, "")
    .replace(/\s+(?:sessions?|programme|meetings?)$/, "");
  const zone = catalogue.programmes[0]?.zone ?? "UTC";
  const today = localDateTime(now.getTime(), zone).date;
  const days = programmeDays(catalogue);
  if (cleaned === "today") return today;
  if (cleaned === "tomorrow") return localDateTime(now.getTime() + 86_400_000, zone).date;
  const iso = cleaned.match(/^(\d{4}-\d{2}-\d{2})$/);
  if (iso) return iso[1];
  const weekday = WEEKDAYS.findIndex((day) => cleaned === day || cleaned === day.slice(0, 3));
  if (weekday !== -1) {
    const matching = days.filter((day) => weekdayOf(day) === weekday);
    return (
      matching.find((day) => day >= today) ??
      matching.at(-1) ??
      addDays(today, (weekday - weekdayOf(today) + 7) % 7)
    );
  }
  const dayMonth =
    cleaned.match(/^(?:[a-z]+\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)$/) ??
    cleaned.match(/^(?:[a-z]+\s+)?([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?$/);
  if (dayMonth) {
    const [first = "", second = ""] = [dayMonth[1], dayMonth[2]];
    const [dayText, monthText] = /^\d/.test(first) ? [first, second] : [second, first];
    const month = MONTHS.indexOf(monthText.slice(0, 3));
    if (month === -1) return undefined;
    const suffix = `-${String(month + 1).padStart(2, "0")}-${dayText.padStart(2, "0")}`;
    const matching = days.filter((day) => day.endsWith(suffix));
    return matching.find((day) => day >= today) ?? matching.at(-1) ?? `${today.slice(0, 4)}${suffix}`;
  }
  return undefined;
}
