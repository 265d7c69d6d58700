/**
 * The common calendar dates read without chrono-node: "[on] [Sunday] 10 March [2024]",
 * "March 10", "10/3" (in the lexicon's date order), "2024-03-10" and a month alone ("in
 * July", "June 2024"), with the lexicon's
 * month and weekday words. chrono-node gives the same answer for these, but it is a large
 * code and data footprint (18 parsers, 16 refiners) that runs cold once every few dozen
 * turns (~0.45 ms against ~0.04 ms warm); this reader is a few small patterns.
 *
 * It only answers when the whole text leaves nothing for chrono-node to read differently:
 * no other digit, month, weekday, relative day, part of day, unit or "now" word outside the
 * date, no modifier before it, a day that exists. Anything else is `undefined`, and the
 * caller asks chrono-node as before. `test/language/quick-dates.test.ts` compares the two
 * on 33,117 phrasings in the six languages.
 */
import { alternation } from "./compile.js";
import type { DaySpec } from "./dates.js";
import type { Lexicon } from "./lexicon.js";

/** A calendar date found in a text: what it names and where it is (the span chrono-node would take). */
export interface CalendarDate {
  spec: DaySpec;
  index: number;
  length: number;
}

interface QuickPatterns {
  /** "[on] [sunday[,]] 10 march [2024]" */
  dayMonth: RegExp;
  /** "march 10" */
  monthDay: RegExp;
  /** "10/3" */
  numeric: RegExp;
  /** "2024-03-10" */
  iso: RegExp;
  /** "july", "july 2024" (a month alone) */
  month: RegExp;
  /** A word chrono-node might read or merge with a date, anywhere else in the text. */
  other: RegExp;
  /** A modifier, comma or bracket just before the date. */
  modifierBefore: RegExp;
  /** A weekday anywhere, or right before / right after a date. */
  weekday: RegExp;
  weekdayBefore: RegExp;
  weekdayAfter: RegExp;
}

const cache = new WeakMap<Lexicon, QuickPatterns>();

function patternsOf(lx: Lexicon): QuickPatterns {
  const known = cache.get(lx);
  if (known) return known;
  const months = alternation(lx.months.keys());
  const weekdays = alternation(lx.weekdays.keys());
  const leads = alternation(lx.dateLeads);
  const others = alternation([
    ...lx.months.keys(),
    ...lx.relativeDays.keys(),
    ...lx.eveningDayWords,
    ...lx.partsOfDay.keys(),
    ...lx.noonWords,
    ...lx.nowWords,
    ...lx.timeUnits.keys(),
    ...lx.weekPhrases.keys(),
    ...lx.pastWords,
  ]);
  const made: QuickPatterns = {
    dayMonth: new RegExp(
      `(?<![\\w'])(?:(?:${leads}) )?(?:(${weekdays}),? )?(\\d{1,2}) (${months})(?: (\\d{4}))?(?![\\w'.,/-])`,
    ),
    monthDay: new RegExp(`(?<![\\w'])(${months}) (\\d{1,2})(?![\\w'.,/:-])`),
    numeric: /(?<![\w'./-])(\d{1,2})\/(\d{1,2})(?![\w'./:-])/,
    iso: /(?<![\w'./-])(\d{4})-(\d{2})-(\d{2})(?![\w'./:-])/,
    month: new RegExp(`(?<![\\w'])(${months})(?: (\\d{4}))?(?![\\w'.,/:-])`),
    other: new RegExp(`\\d|(?<![\\w'])(?:${others})(?![\\w'])`),
    weekday: new RegExp(`(?<![\\w'])(?:${weekdays})(?![\\w'])`),
    weekdayBefore: new RegExp(`(?<![\\w'])(?:${weekdays})[\\s,]*$`),
    weekdayAfter: new RegExp(`^[\\s,]*(?:${weekdays})(?![\\w'])`),
    modifierBefore: new RegExp(`(?:(?<![\\w'])(?:${alternation(lx.dateModifiers)})\\s*|[,(（]\\s*)$`),
  };
  cache.set(lx, made);
  return made;
}

/** Years outside this range are chrono-node misreadings; the date keeps no year (as in `dates.ts`). */
const PLAUSIBLE_YEARS = { min: 1990, max: 2100 };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether day/month exists; 29 February only with a year that has it (without one chrono-node guesses the year). */
function exists(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return false;
  if (month === 2 && day === 29)
    return year !== undefined && new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29;
  return true;
}

/**
 * The calendar date in a normalised, lower-case text when it is one of the common forms and
 * nothing else in the text could change how chrono-node reads it; `undefined` otherwise (ask
 * chrono-node). Same spec and span as `calendarDate` in `dates.ts` would give.
 * @example quickCalendarDate("what's on sunday 10 march ?", english)
 * // { spec: { kind: "date", month: 3, day: 10, year: undefined }, index: 7, length: 18 }
 */
export function quickCalendarDate(text: string, lx: Lexicon): CalendarDate | undefined {
  const p = patternsOf(lx);
  const found = readForm(text, lx, p);
  if (!found) return undefined;
  const { date } = found;
  const before = text.slice(0, date.index);
  const after = text.slice(date.index + date.length);
  if (p.modifierBefore.test(before) || p.other.test(before) || p.other.test(after)) return undefined;
  // chrono-node reads a weekday apart from "March 10" on its own (a result without a month,
  // which `calendarDate` skips); beside a date it may merge it into the date's span.
  if (found.monthFirst) {
    if (p.weekdayBefore.test(before) || p.weekdayAfter.test(after)) return undefined;
  } else if (p.weekday.test(before) || p.weekday.test(after)) return undefined;
  return date;
}

/** The first common form in the text; `monthFirst` for "March 10". */
function readForm(
  text: string,
  lx: Lexicon,
  p: QuickPatterns,
): { date: CalendarDate; monthFirst?: boolean } | undefined {
  const dayMonth = p.dayMonth.exec(text);
  if (dayMonth) {
    const day = Number(dayMonth[2]);
    const month = lx.months.get(dayMonth[3] ?? "") ?? 0;
    const written = dayMonth[4] === undefined ? undefined : Number(dayMonth[4]);
    if (dayMonth[2]?.startsWith("0") || !exists(day, month, written)) return undefined;
    const year =
      written !== undefined && written >= PLAUSIBLE_YEARS.min && written <= PLAUSIBLE_YEARS.max
        ? written
        : undefined;
    return {
      date: { spec: { kind: "date", month, day, year }, index: dayMonth.index, length: dayMonth[0].length },
    };
  }
  const monthDay = p.monthDay.exec(text);
  if (monthDay) {
    const day = Number(monthDay[2]);
    const month = lx.months.get(monthDay[1] ?? "") ?? 0;
    if (monthDay[2]?.startsWith("0") || day < 1 || day > 31) return undefined;
    // chrono-node reads "March 10" as March 2010 (day uncertain: the 10th is meant) and
    // "March 5" as 5 March; both are the day written, the first without a year at all.
    if (day >= 10)
      return {
        date: { spec: { kind: "date", month, day }, index: monthDay.index, length: monthDay[0].length },
        monthFirst: true,
      };
    if (!exists(day, month)) return undefined;
    return {
      date: {
        spec: { kind: "date", month, day, year: undefined },
        index: monthDay.index,
        length: monthDay[0].length,
      },
      monthFirst: true,
    };
  }
  const numeric = p.numeric.exec(text);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const [day, month] = lx.dateOrder === "day-first" ? [a, b] : [b, a];
    if (!exists(day, month)) return undefined;
    // Both ways readable: keep the other reading, as `calendarDate` does.
    const other = day <= 12 && day !== month ? { month: day, day: month } : undefined;
    const spec: DaySpec = {
      kind: "date",
      month,
      day,
      year: undefined,
      ...(other ? { monthFirst: other } : {}),
    };
    return { date: { spec, index: numeric.index, length: numeric[0].length } };
  }
  const iso = p.iso.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max || !exists(day, month, year))
      return undefined;
    return { date: { spec: { kind: "date", month, day, year }, index: iso.index, length: iso[0].length } };
  }
  const month = p.month.exec(text);
  // chrono-node does not read a word of three letters alone as a month ("may i", "mar").
  if (month && (month[1]?.length ?? 0) > 3) {
    const written = month[2] === undefined ? undefined : Number(month[2]);
    const year =
      written !== undefined && written >= PLAUSIBLE_YEARS.min && written <= PLAUSIBLE_YEARS.max
        ? written
        : undefined;
    const number = lx.months.get(month[1] ?? "") ?? 0;
    // Without a year, chrono-node's span takes the spaces after the month, all of them at the
    // end of the text, all but one before a word; before a comma or dash it reads on.
    const spaces =
      month[2] === undefined ? (/^(\s*)(\S?)/.exec(text.slice(month.index + month[0].length)) ?? []) : [];
    if (spaces[1] && /[,-]/.test(spaces[2] ?? "")) return undefined;
    const trailing = spaces[1] ? spaces[1].length - (spaces[2] ? 1 : 0) : 0;
    const length = month[0].length + trailing;
    return { date: { spec: { kind: "month", month: number, year }, index: month.index, length } };
  }
  return undefined;
}
