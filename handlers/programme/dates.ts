/**
 * Day and time expressions in questions: "Thursday", "next Tuesday", "today", "day 3",
 * "7 March", "this afternoon", "at 3 pm".
 *
 * Why a small grammar plus chrono-node, rather than chrono-node alone: weekdays must resolve
 * to the *programme's* days ("Thursday" asked weeks before the session means the session's
 * Thursday), "today" must be today in the venue's zone (chrono resolves relative words in the
 * host's zone), and words like "may", "second" or "closing day" need programme-aware
 * readings. So relative words, weekdays, session days, parts of the day and clock times are
 * parsed here (a few regular expressions, microseconds), and chrono-node (en-GB, day before
 * month as in UN documents) is only asked for calendar dates such as "7 March", "May 9th",
 * "10/6" or "2024-06-10", and only when the text contains a digit or a month name.
 */
import * as chronoEnglish from "chrono-node/en";
import type { PartOfDay } from "../../bot/programme/catalogue.js";
import { boundedDistance } from "../../bot/programme/search-index.js";
import { ORDINALS, PARTS_OF_DAY, WEEKDAY_NAMES, WEEKDAYS } from "./lexicon.js";

/**
 * A day as the asker named it, before it is resolved against the calendar and the programmes.
 * @example const spec: DaySpec = { kind: "weekday", weekday: 4, modifier: "next" }; // "next Thursday"
 */
export type DaySpec =
  | { kind: "relative"; offset: number }
  | { kind: "weekday"; weekday: number; modifier?: "this" | "next" | "last" }
  | {
      kind: "date";
      month: number;
      day: number;
      year?: number;
      /** A numeric date both ways readable ("3/7": 3 July day first): its month-first reading (7 March), taken when only it has events. */
      monthFirst?: { month: number; day: number };
    }
  | { kind: "month"; month: number; year?: number }
  | { kind: "session-day"; index: number }
  | { kind: "week"; offset: number };

/**
 * "rest": "later today", "rest of the day" — only what has not ended yet; "so-far": "what did
 * I miss", "so far today" — only what has begun.
 */
export type DaySlice = "rest" | "so-far";

/**
 * What {@link extractDayExpression} found, and the text with those words removed.
 * @example extractDayExpression("day 3 morning") // { day: { kind: "session-day", index: 3 }, part: "morning", rest: " " }
 */
export interface DayExpression {
  day?: DaySpec;
  part?: PartOfDay;
  /** Minutes after midnight of a clock time ("at 3 pm" → 900). */
  clock?: number;
  /** Part of the day relative to the time of asking: see {@link DaySlice}. */
  slice?: DaySlice;
  rest: string;
}

const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    today: 0,
    tonight: 0,
    tomorrow: 1,
    tomorow: 1,
    tommorow: 1,
    tommorrow: 1,
    tmrw: 1,
    tmr: 1,
    yesterday: -1,
  }),
);

const MONTH_HINT = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/;
const WEEKDAY_PATTERN =
  /\b(?:(this|next|last|coming)\s+)?(sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?)s?\b/;
const SESSION_DAY_PATTERN =
  /\b(?:day\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|(first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th|6th|7th|last|final|opening|closing)\s+day)\b/;
const CLOCK_12H = /\b(?:at\s+|around\s+|from\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/;
const CLOCK_24H = /\b(?:at\s+|around\s+|from\s+)?([01]?\d|2[0-3])[:h]([0-5]\d)\b/;
const PART_PATTERN = /\b(this\s+)?(morning|afternoon|aftn|evening|eve|night|tonight)s?\b/;
/**
 * "am"/"pm" right after a day ("thursday pm", "tmrw am", "day 4 pm", "7 march pm",
 * "may 9 am", "2024-03-07 pm") is a part of the day, not a clock time ("4 pm"), as people
 * type on phones. A clock time keeps its own number: "march 4 7pm".
 */
const DAY_THEN_AM_PM =
  /\b((?:sun|mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?|today|tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|yesterday|day\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2})\s+([ap])\.?m\b\.?/;
const WEEK_PATTERN = /\b(this|next|the|all|whole|entire)\s+week\b/;

/**
 * Finds the day, part of day and clock time in a normalised question.
 * @example
 * extractDayExpression("what's on thursday afternoon?")
 * // { day: { kind: "weekday", weekday: 4 }, part: "afternoon", rest: "what's on ?" }
 */
export function extractDayExpression(text: string): DayExpression {
  const found: DayExpression = {
    rest: text.replace(DAY_THEN_AM_PM, (_, day: string, half: string) =>
      half === "a" ? `${day} morning` : `${day} afternoon`,
    ),
  };
  const take = (pattern: RegExp): RegExpExecArray | undefined => {
    const match = pattern.exec(found.rest);
    if (match) found.rest = blank(found.rest, match.index, match[0].length);
    return match ?? undefined;
  };

  const dayAfter = take(/\bday (after tomorrow|before yesterday)\b/);
  if (dayAfter) found.day = { kind: "relative", offset: dayAfter[1] === "after tomorrow" ? 2 : -2 };

  // Before clock times: in "day 4 at 3 pm" the 4 is the day's number.
  const sessionDay = take(SESSION_DAY_PATTERN);
  if (sessionDay) found.day ??= { kind: "session-day", index: sessionDayIndex(sessionDay) };

  const clock = take(CLOCK_12H) ?? take(CLOCK_24H);
  if (clock) found.clock = clockMinutes(clock);
  else if (take(/\b(noon|midday)\b/)) found.clock = 12 * 60;

  const part = take(PART_PATTERN);
  if (part?.[2]) {
    found.part = PARTS_OF_DAY.get(part[2]);
    if (part[1] || part[2] === "tonight") found.day ??= { kind: "relative", offset: 0 };
  }

  const rest = take(
    /\b(later today|(?:the )?rest of (?:the day|today|(?:the |this )?week)|(?:left|remaining|still to come) today|what(?:'s| is) left|remaining (?:sessions|meetings))\b/,
  );
  if (rest) {
    // Of today unless a day or week is named ("what's left this week").
    if (rest[1]?.endsWith("week")) found.day ??= { kind: "week", offset: 0 };
    found.slice = "rest";
  }

  if (
    take(
      /\b(?:(?:did|have|had) (?:i|we) (?:miss|missed)|(?:i|we)(?:'ve| have)? missed|so far(?: today)?|recap|catch (?:me |us )?up)\b/,
    )
  ) {
    found.slice = "so-far"; // of today, unless a day is named ("I missed Monday")
  }

  const relative = take(/\b(today|tonight|tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|yesterday)\b/);
  if (relative?.[1]) {
    found.day ??= { kind: "relative", offset: RELATIVE_DAYS.get(relative[1]) ?? 0 };
    if (relative[1] === "tonight") found.part ??= "evening";
  }

  const week = take(WEEK_PATTERN);
  if (week) found.day ??= { kind: "week", offset: week[1] === "next" ? 1 : 0 };

  const weekday = takeWeekday(found);
  if (weekday) found.day ??= weekday;

  if (!found.day && MONTH_HINT.test(found.rest)) {
    const date = calendarDate(found.rest);
    if (date) {
      found.day = date.spec;
      found.rest = blank(found.rest, date.index, date.length);
    }
  }
  if (found.slice && !found.day) found.day = { kind: "relative", offset: 0 };
  return found;
}

function clockMinutes(match: RegExpExecArray): number {
  let hours = Number(match[1]) % 24;
  const minutes = Math.min(Number(match[2] ?? 0), 59);
  if (match[3] === "p" && hours < 12) hours += 12;
  if (match[3] === "a" && hours === 12) hours = 0;
  return hours * 60 + minutes;
}

function sessionDayIndex(match: RegExpExecArray): number {
  const word = match[1] ?? match[2] ?? "";
  if (/^\d+$/.test(word)) return Number(word);
  if (word === "last" || word === "final" || word === "closing") return -1;
  if (word === "opening") return 1;
  return ORDINALS.get(word) ?? 1;
}

/** A weekday name, abbreviation or a misspelt full name ("thrusday", "wensday"), with its modifier. */
function takeWeekday(found: DayExpression): Extract<DaySpec, { kind: "weekday" }> | undefined {
  const exact = WEEKDAY_PATTERN.exec(found.rest);
  const fuzzy = exact ? undefined : misspelledWeekday(found.rest);
  const match = exact ?? fuzzy?.match;
  if (!match) return undefined;
  found.rest = blank(found.rest, match.index, match[0].length);
  const weekday = fuzzy ? fuzzy.weekday : (WEEKDAYS.get(match[2] ?? "") ?? 0);
  const modifier = match[1] === "coming" ? "next" : match[1];
  return modifier === "this" || modifier === "next" || modifier === "last"
    ? { kind: "weekday", weekday, modifier }
    : { kind: "weekday", weekday };
}

function misspelledWeekday(
  text: string,
): { match: RegExpMatchArray & { index: number }; weekday: number } | undefined {
  for (const match of text.matchAll(/\b(?:(this|next|last|coming)\s+)?([a-z]{6,10})\b/g)) {
    const word = match[2] ?? "";
    const limit = word.length >= 7 ? 2 : 1;
    const weekday = WEEKDAY_NAMES.findIndex((name) => boundedDistance(word, name, limit) <= limit);
    if (weekday >= 0) return { match, weekday };
  }
  return undefined;
}

/** Removes a consumed span; runs of spaces are collapsed (chrono-node misreads "5 march    "). */
function blank(text: string, index: number, length: number): string {
  return `${text.slice(0, index)} ${text.slice(index + length)}`.replace(/\s{2,}/g, " ");
}

/** Years outside this range are chrono-node misreadings ("7 March 5 BE(fore)" is year −538). */
const PLAUSIBLE_YEARS = { min: 1990, max: 2100 };

function calendarDate(text: string): { spec: DaySpec; index: number; length: number } | undefined {
  for (const result of chronoEnglish.GB.parse(text)) {
    const { start } = result;
    const month = start.get("month");
    const end = result.index + result.text.length;
    if (!start.isCertain("month") || month === null || /[a-z0-9]/.test(text.charAt(end))) continue;
    const monthThenDay = /^[a-z]+\.?\s+(\d{1,2})$/.exec(result.text);
    if (
      monthThenDay &&
      !start.isCertain("day") &&
      Number(monthThenDay[1]) >= 1 &&
      Number(monthThenDay[1]) <= 31
    ) {
      // chrono reads "June 10" as June 2010; people mean the 10th.
      return {
        spec: { kind: "date", month, day: Number(monthThenDay[1]) },
        index: result.index,
        length: result.text.length,
      };
    }
    const certainYear = start.isCertain("year") ? (start.get("year") ?? undefined) : undefined;
    const year =
      certainYear !== undefined && certainYear >= PLAUSIBLE_YEARS.min && certainYear <= PLAUSIBLE_YEARS.max
        ? certainYear
        : undefined;
    const day = start.get("day");
    if (!start.isCertain("day") || day === null) {
      return { spec: { kind: "month", month, year }, index: result.index, length: result.text.length };
    }
    // "3/7" is read day first (3 July); when both numbers could be the month, keep the other
    // reading for resolution to take if only it has events.
    const numeric = /^(\d{1,2})[/.-](\d{1,2})\b/.exec(result.text);
    const monthFirst =
      numeric && Number(numeric[1]) === month
        ? undefined
        : numeric && day <= 12 && day !== month
          ? { month: day, day: month }
          : undefined;
    const spec: DaySpec = { kind: "date", month, day, year, ...(monthFirst ? { monthFirst } : {}) };
    return { spec, index: result.index, length: result.text.length };
  }
  return undefined;
}
