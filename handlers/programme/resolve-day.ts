/**
 * Resolves a {@link DaySpec} ("Thursday", "7 March", "day 3", "this week") to local dates,
 * preferring the programme's days: "Thursday" is the coming Thursday when something is on
 * then, otherwise the programme Thursday nearest to today ("Thursday" asked weeks before
 * the session means the session's Thursday).
 */

import type { DaySpec } from "../../bot/language/dates.js";
import type { Catalogue, ProgrammeEntry } from "../../bot/programme/catalogue.js";
import { addDays, dayNumber, localDateTime, weekdayOf } from "../../bot/programme/time.js";

/**
 * The dates a day expression stands for.
 * @example const days: ResolvedDays = { dates: ["2024-03-07"], movedFrom: "2024-02-01" };
 */
export interface ResolvedDays {
  /** Local dates (venue zone), ascending; one for a day, several for a week or a month. */
  dates: string[];
  /** The calendar date the words named when an event-less day was swapped for a programme day. */
  movedFrom?: string;
  /** For weeks and months: "this week", "May 2024". */
  span?: "week" | "month";
}

/**
 * What resolution needs: today in the venue's zone and the days that have events.
 * @example const context: DayContext = dayContext(catalogue, catalogue.programmes, new Date());
 */
export interface DayContext {
  today: string;
  /** Local dates with events in the programmes being asked about, ascending. */
  eventDays: readonly string[];
  /** The programmes being asked about (for "day 3"). */
  programmes: readonly ProgrammeEntry[];
  now: number;
}

/**
 * Builds the {@link DayContext} for a set of programmes (all of them when none was named).
 * @example const context = dayContext(catalogue, catalogue.programmes, new Date("2024-03-04T13:00:00Z"));
 */
export function dayContext(
  catalogue: Catalogue,
  programmes: readonly ProgrammeEntry[],
  now: Date,
): DayContext {
  const zone =
    referenceProgramme(programmes.length > 0 ? programmes : catalogue.programmes, now.getTime())?.zone ??
    "UTC";
  return {
    today: localDateTime(now.getTime(), zone).date,
    eventDays: eventDaysOf(programmes),
    programmes,
    now: now.getTime(),
  };
}

/** The event days of a list of programmes, kept per list and per programme (asked on every programme question; a catalogue's programmes never change). */
const eventDaysByList = new WeakMap<readonly ProgrammeEntry[], readonly string[]>();
const eventDaysByProgramme = new WeakMap<ProgrammeEntry, readonly string[]>();

function eventDaysOf(programmes: readonly ProgrammeEntry[]): readonly string[] {
  const single = programmes.length === 1 ? programmes[0] : undefined;
  const known = single ? eventDaysByProgramme.get(single) : eventDaysByList.get(programmes);
  if (known) return known;
  const days = [...new Set(programmes.flatMap((programme) => programme.days))].sort();
  if (single) eventDaysByProgramme.set(single, days);
  else eventDaysByList.set(programmes, days);
  return days;
}

/**
 * The programme a question most likely means when it names none: the one running now, else
 * the next one, else the latest.
 * @example referenceProgramme(catalogue.programmes, Date.parse("2024-03-05T15:00:00Z"))?.id === "oewg-7"
 */
export function referenceProgramme(
  programmes: readonly ProgrammeEntry[],
  now: number,
): ProgrammeEntry | undefined {
  const running = programmes.find((p) => p.start <= now && now < p.end);
  if (running) return running;
  const upcoming = programmes.filter((p) => p.start > now).sort((a, b) => a.start - b.start)[0];
  return upcoming ?? [...programmes].sort((a, b) => b.end - a.end)[0];
}

/**
 * Resolves a day expression.
 * @example
 * resolveDays({ kind: "weekday", weekday: 4 }, { today: "2024-03-04", eventDays, programmes, now })
 * // { dates: ["2024-03-07"] }
 */
export function resolveDays(spec: DaySpec, context: DayContext): ResolvedDays {
  switch (spec.kind) {
    case "relative":
      return { dates: [addDays(context.today, spec.offset)] };
    case "weekday":
      return resolveWeekday(spec.weekday, spec.modifier, context);
    case "date": {
      const date = resolveCalendarDate(spec.month, spec.day, spec.year, context);
      if (spec.monthFirst && !hasEvents(date, context)) {
        const other = resolveCalendarDate(spec.monthFirst.month, spec.monthFirst.day, spec.year, context);
        // Said as "Nothing is scheduled on Wed 3 Jul; here is the programme's Thu 7 Mar".
        if (hasEvents(other, context)) return { dates: [other], movedFrom: date };
      }
      return { dates: [date] };
    }
    case "month":
      return resolveMonth(spec.month, spec.year, context);
    case "month-day":
      return resolveMonthDay(spec.day, context);
    case "session-day":
      return resolveSessionDay(spec.index, context);
    case "week":
      return resolveWeek(spec.offset, context);
  }
}

function hasEvents(date: string, context: DayContext): boolean {
  return context.eventDays.includes(date);
}

function resolveWeekday(
  weekday: number,
  modifier: "this" | "next" | "last" | undefined,
  context: DayContext,
): ResolvedDays {
  const { today } = context;
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  const calendar =
    modifier === "last"
      ? addDays(today, ahead === 0 ? -7 : ahead - 7)
      : addDays(today, modifier === "next" && ahead === 0 ? 7 : ahead);
  if (hasEvents(calendar, context)) return { dates: [calendar] };
  const todayNumber = dayNumber(today);
  const candidates = context.eventDays.filter((date) => {
    if (weekdayOf(date) !== weekday) return false;
    if (modifier === "next") return dayNumber(date) > todayNumber;
    if (modifier === "last") return dayNumber(date) < todayNumber;
    return true;
  });
  const nearest = nearestDate(candidates, todayNumber);
  if (!nearest) return { dates: [calendar] };
  // "Monday" asked on the Thursday of the session: this week's Monday, no other date named.
  return inRunningWeek(nearest, context) && !modifier
    ? { dates: [nearest] }
    : { dates: [nearest], movedFrom: calendar };
}

/**
 * The date is in today's week (Monday to Sunday) while that week's programme days are not all
 * over: a weekday asked then means the programme's own day of it ("what's on Monday?" on
 * Thursday), not the coming one. Asked the weekend after, the coming one may be meant.
 */
function inRunningWeek(date: string, context: DayContext): boolean {
  const monday = addDays(context.today, -((weekdayOf(context.today) + 6) % 7));
  const sunday = addDays(monday, 6);
  if (date < monday || date > sunday) return false;
  return context.eventDays.some((day) => day >= context.today && day <= sunday);
}

/** The date nearest to a day number; a future date wins a tie. */
function nearestDate(dates: readonly string[], from: number): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const date of dates) {
    const distance = dayNumber(date) - from;
    const score = Math.abs(distance) * 2 + (distance < 0 ? 1 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = date;
    }
  }
  return best;
}

function resolveCalendarDate(
  month: number,
  day: number,
  year: number | undefined,
  context: DayContext,
): string {
  const text = (y: number) =>
    `${String(y).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (year !== undefined) return text(year);
  const thisYear = Number(context.today.slice(0, 4));
  const years = [thisYear - 1, thisYear, thisYear + 1];
  const withEvents = years.map(text).filter((date) => hasEvents(date, context));
  // Without events: the coming date, or one in the last three months ("5 September" asked in
  // March is this September, not last year's).
  const recentOrComing = years
    .map(text)
    .find((date) => dayNumber(date) >= dayNumber(context.today) - RECENT_PAST_DAYS);
  return nearestDate(withEvents, dayNumber(context.today)) ?? recentOrComing ?? text(thisYear);
}

/** How far back a date without a year may be read as past rather than coming. */
const RECENT_PAST_DAYS = 90;

function resolveMonth(month: number, year: number | undefined, context: DayContext): ResolvedDays {
  const prefix = (y: number) => `${y}-${String(month).padStart(2, "0")}-`;
  const thisYear = Number(context.today.slice(0, 4));
  const years = year !== undefined ? [year] : [thisYear, thisYear + 1, thisYear - 1];
  for (const y of years) {
    const dates = context.eventDays.filter((date) => date.startsWith(prefix(y)));
    if (dates.length > 0) return { dates, span: "month" };
  }
  return { dates: [`${prefix(years[0] ?? thisYear)}01`], span: "month" };
}

/**
 * "the 4th": that day of the month of the programme in question: the nearest event day with
 * that number, else the day in the month of the programme a question names none means.
 */
function resolveMonthDay(day: number, context: DayContext): ResolvedDays {
  const suffix = `-${String(day).padStart(2, "0")}`;
  const matching = context.eventDays.filter((date) => date.endsWith(suffix));
  const nearest = nearestDate(matching, dayNumber(context.today));
  if (nearest) return { dates: [nearest] };
  const programme = referenceProgramme(context.programmes, context.now);
  const month = (programme?.days[0] ?? context.today).slice(0, 7);
  const date = addDays(`${month}-01`, day - 1);
  // A day the month does not have ("the 31st" of April) is no day.
  return { dates: date.startsWith(month) ? [date] : [] };
}

function resolveSessionDay(index: number, context: DayContext): ResolvedDays {
  const programmes = [...context.programmes].filter((p) => p.meetingDays.length >= Math.abs(index));
  const programme = referenceProgramme(programmes, context.now);
  const days = programme?.meetingDays ?? [];
  const date = index < 0 ? days[days.length + index] : days[index - 1];
  return { dates: date ? [date] : [] };
}

function resolveWeek(offset: number, context: DayContext): ResolvedDays {
  const monday = addDays(context.today, -((weekdayOf(context.today) + 6) % 7) + offset * 7);
  const week = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const busy = week.filter((date) => hasEvents(date, context));
  if (busy.length > 0 || offset !== 0) return { dates: busy.length > 0 ? busy : week, span: "week" };
  const programme = referenceProgramme(context.programmes, context.now);
  const days = programme?.days ?? [];
  return days.length > 0
    ? { dates: [...days], span: "week", movedFrom: monday }
    : { dates: week, span: "week" };
}
