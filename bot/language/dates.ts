/**
 * The one date and time reader of the bot: programme questions, reminders, RSVP deadlines,
 * broadcast send times and calendar days all read "Thursday", "tomorrow morning", "7 March",
 * "10/6", "at 3 pm", "in 2 days", "30 minutes from now" here, with the words of a
 * {@link Lexicon}. Relative phrases are read against the clock it is given (the bot's, so
 * `--now` / `BOT_NOW` rehearsals work), never the machine's.
 *
 * Why a small grammar plus chrono-node rather than chrono-node alone: weekdays must resolve
 * to the *programme's* days ("Thursday" asked weeks before the session means the session's
 * Thursday), "today" is today in the venue's zone, and words like "may", "second" or
 * "closing day" need programme-aware readings. So relative words, weekdays, session days,
 * parts of the day and clock times are read here from the lexicon's words, and chrono-node
 * (day first or month first as the lexicon says) only reads calendar dates such as
 * "7 March", "May 9th", "10/6" or "2024-06-10", and only when the text holds a digit or a
 * month name. The common forms of those ("Sunday 10 March", "March 10", "10/3",
 * "2024-03-10", "in July") are read first by `quick-dates.ts`, exactly as chrono-node reads
 * them, because chrono-node is large and runs with cold caches.
 */
import type { Chrono, ParsedComponents } from "chrono-node";
import * as chronoEnglish from "chrono-node/en";
import { fromZonedTime, toZonedTime } from "date-fns-tz";
import { type CompiledLexicon, compiled } from "./compile.js";
import type { Lexicon, PartOfDay } from "./lexicon.js";
import { english } from "./locales/en/lexicon.js";
import { type CalendarDate, quickCalendarDate } from "./quick-dates.js";

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
      /** A numeric date both ways readable ("3/7": 3 July day first): its other reading (7 March), taken when only it has events. */
      monthFirst?: { month: number; day: number };
      /** The weekday written beside the date ("Tuesday 7 March": 2, 0 = Sunday), which the date may contradict. */
      weekday?: number;
    }
  | { kind: "month"; month: number; year?: number }
  /** "the 4th": a day of the month alone, the month being the programme's in question. */
  | { kind: "month-day"; day: number }
  | { kind: "session-day"; index: number }
  | { kind: "week"; offset: number };

/**
 * "rest": "later today", "rest of the day" — only what has not ended yet; "so-far": "what did
 * I miss", "so far today" — only what has begun.
 */
export type DaySlice = "rest" | "so-far";

/**
 * What {@link readDayExpression} found, and the text with those words removed.
 * @example readDayExpression("day 3 morning") // { day: { kind: "session-day", index: 3 }, part: "morning", rest: " " }
 */
export interface DayExpression {
  day?: DaySpec;
  part?: PartOfDay;
  /** Minutes after midnight of a clock time ("at 3 pm" → 900). */
  clock?: number;
  /** Part of the day relative to the time of asking: see {@link DaySlice}. */
  slice?: DaySlice;
  /** "in 30 minutes", "2 hours from now": minutes from the time of asking. */
  minutesAhead?: number;
  rest: string;
}

/**
 * How to read: which words, and the clock relative phrases are read against.
 * @example const options: ReadOptions = { lexicon: english, now: new Date("2024-03-04T13:00:00Z") };
 */
export interface ReadOptions {
  lexicon?: Lexicon;
  /** The bot's clock; only chrono-node's year guesses use it here. */
  now?: Date;
  /**
   * `false`: calendar dates by chrono-node only, without the quick reader of the common forms
   * (`quick-dates.ts`); the test comparing the two uses it.
   */
  quickDates?: boolean;
}

/**
 * Finds the day, part of day, clock time and "in N minutes" in a normalised text.
 * @example
 * readDayExpression("what's on thursday afternoon?")
 * // { day: { kind: "weekday", weekday: 4 }, part: "afternoon", rest: "what's on ?" }
 * readDayExpression("what's on in 2 days") // { day: { kind: "relative", offset: 2 }, rest: "what's on" }
 */
export function readDayExpression(text: string, options: ReadOptions = {}): DayExpression {
  const c = compiled(options.lexicon ?? english);
  const lx = c.lexicon;
  const found: DayExpression = {
    rest: text.replace(c.dayThenMeridiem, (_, day: string, half: string) =>
      lx.meridiem.am.includes(half) ? `${day} morning` : `${day} afternoon`,
    ),
  };
  // Clock times, "in 2h", "the 4th" need a digit: most questions have none, and are not scanned for them.
  const digits = DIGIT.test(found.rest);
  const take = (pattern: RegExp): RegExpExecArray | undefined => {
    const match = pattern.exec(found.rest);
    if (match) found.rest = blank(found.rest, match.index, match[0].length);
    return match ?? undefined;
  };

  const duration = c.durationAhead ? take(c.durationAhead) : undefined;
  const hours = duration || !digits ? undefined : take(c.hoursAhead);
  const ahead = duration || hours ? undefined : (take(c.countAhead) ?? take(c.countAfter));
  if (duration)
    found.minutesAhead = lx.durations?.get((duration[1] ?? duration[2] ?? "").replace(/\s+/g, " "));
  else if (hours) found.minutesAhead = Number(hours[1]) * 60 + Number(hours[2] ?? 0);
  else if (ahead) {
    const count = countOf(ahead[1] ?? "", lx);
    const unit = lx.timeUnits.get(ahead[2] ?? "");
    if (unit === "minute") found.minutesAhead = count;
    else if (unit === "hour") found.minutesAhead = count * 60;
    else if (unit === "day") found.day = { kind: "relative", offset: count };
    else if (unit === "week") found.day = { kind: "relative", offset: count * 7 };
  }

  // "later today", "so far today" before "today" alone.
  const restOfWeek = take(c.restOfWeek);
  if (restOfWeek) {
    found.day ??= { kind: "week", offset: 0 };
    found.slice = "rest";
  } else if (take(c.restOfDay)) {
    found.slice = "rest";
  }
  if (take(c.soFar)) found.slice = "so-far"; // of today, unless a day is named ("I missed Monday")

  // Phrases first ("day after tomorrow"), then "day 3" before clock times ("day 4 at 3 pm").
  const relative = take(c.relativeDay);
  const relativeWord = relative?.[0].replace(/\s+/g, " ");
  if (relativeWord !== undefined) {
    found.day ??= { kind: "relative", offset: lx.relativeDays.get(relativeWord) ?? 0 };
    if (lx.eveningDayWords.includes(relativeWord)) found.part ??= "evening";
  }

  const phrase = take(c.sessionDayPhrase)?.[0].replace(/\s+/g, " ");
  if (phrase !== undefined)
    found.day ??= { kind: "session-day", index: lx.sessionDayPhrases?.get(phrase) ?? 1 };
  const sessionDay = take(c.sessionDay);
  if (sessionDay) found.day ??= { kind: "session-day", index: sessionDayIndex(sessionDay, lx) };

  const clock = digits ? (take(c.clock12) ?? take(c.clock24)) : undefined;
  const hour = clock || !digits ? undefined : take(c.clockHour);
  // An hour with no am/pm and no leading zero ("at 3", "6:30"): its side of noon is decided below.
  const bare = clock
    ? clock[3] === undefined && !clock[1]?.startsWith("0")
    : hour && !hour[1]?.startsWith("0");
  if (clock) found.clock = clockMinutes(clock, lx);
  else if (hour) found.clock = (Number(hour[1]) % 24) * 60;
  else if (take(c.noon)) found.clock = 12 * 60;

  const part = take(c.partOfDay) ?? misspelledPart(found, c);
  if (part?.[2]) {
    found.part = c.partWord(part[2]);
    if (part[1] || lx.eveningDayWords.includes(part[2])) found.day ??= { kind: "relative", offset: 0 };
  }

  if (bare && found.clock !== undefined) found.clock = sideOfNoon(found.clock, found.part, lx);

  // A second relative word ("tomorrow" after "this afternoon" took nothing) is still read.
  const again = take(c.relativeDay);
  const againWord = again?.[0].replace(/\s+/g, " ");
  if (againWord !== undefined) {
    found.day ??= { kind: "relative", offset: lx.relativeDays.get(againWord) ?? 0 };
    if (lx.eveningDayWords.includes(againWord)) found.part ??= "evening";
  }

  const week = take(c.week);
  if (week) found.day ??= { kind: "week", offset: lx.weekPhrases.get(week[0].replace(/\s+/g, " ")) ?? 0 };

  // A calendar date before a weekday: "Mon 4 Mar" is 4 March, not next Monday (the weekday
  // beside it is then only read, and consumed).
  // "24/7" (round the clock) is read as no date: hidden from the readers, kept in `rest`.
  const dateText = found.rest.replace(c.notDate, (phrase) => " ".repeat(phrase.length));
  if (!found.day && c.monthHint.test(dateText)) {
    const date =
      (options.quickDates === false ? undefined : quickCalendarDate(dateText, lx)) ??
      chronoCalendarDate(dateText, lx, options.now);
    if (date) {
      const span = found.rest.slice(date.index, date.index + date.length);
      found.day = date.spec;
      found.rest = blank(found.rest, date.index, date.length);
      // "Tuesday 7 March": the weekday is kept beside the date, so an answer can say when they disagree.
      const written = c.weekday.exec(span)?.[2] ?? takeWeekday(found, c)?.weekday;
      const weekday = typeof written === "string" ? lx.weekdays.get(written) : written;
      if (weekday !== undefined && found.day.kind === "date") found.day = { ...found.day, weekday };
    }
  }

  if (!found.day && digits) {
    const monthDay = take(c.monthDay);
    if (monthDay) found.day = { kind: "month-day", day: Number(monthDay[1]) };
  }

  const weekday = takeWeekday(found, c);
  if (weekday) found.day ??= weekday;
  if (found.slice && !found.day) found.day = { kind: "relative", offset: 0 };
  return found;
}

/**
 * The local date and clock time (minutes after midnight) `minutes` after `now` in a zone.
 * @example momentAhead(new Date("2024-03-07T19:50:00Z"), 30, "America/New_York") // { date: "2024-03-07", clock: 920 }
 */
export function momentAhead(now: Date, minutes: number, zone: string): { date: string; clock: number } {
  const zoned = toZonedTime(new Date(now.getTime() + minutes * 60_000), zone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return {
    date: `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`,
    clock: zoned.getHours() * 60 + zoned.getMinutes(),
  };
}

/**
 * A whole phrase read as one moment with an hour ("tomorrow 9am", "on Thursday at 10am",
 * "in 30 minutes", "10/6 at 14:00"), wall time in `zone`, relative words against `now`.
 * `undefined` when the phrase is not a time with an hour, or holds more than one.
 * @example readMoment("tomorrow 9am", { now: new Date("2024-03-04T13:00:00Z"), zone: "America/New_York" })?.instant // 2024-03-05T14:00:00.000Z
 */
export function readMoment(
  phrase: string,
  options: { now: Date; zone: string; lexicon?: Lexicon },
): { instant: Date; certainDay: boolean; certainYear: boolean; sameDayThisYear?: Date } | undefined {
  const lx = options.lexicon ?? english;
  const c = compiled(lx);
  const text = phrase.trim().replace(/[.,;]+$/, "");
  if (text === "") return undefined;
  const reference = toZonedTime(options.now, options.zone);
  // Forward (an hour that has passed today means tomorrow), unless the words look back:
  // chrono would read "last Friday" forward as the coming Friday.
  const forwardDate = !c.past.test(text);
  const [result, ...others] = chronoFor(lx).parse(text.toLowerCase(), reference, { forwardDate });
  if (!result || others.length > 0) return undefined;
  const lead = text.slice(0, result.index).trim().toLowerCase();
  if (result.index + result.text.length !== text.length || (lead !== "" && !lx.clockLeads.includes(lead)))
    return undefined;
  const start = result.start;
  if (!start.isCertain("hour")) return undefined;
  const instant = instantOf(start, options.zone);
  if (Number.isNaN(instant.getTime())) return undefined;
  const certainDay = start.isCertain("day");
  const certainYear = start.isCertain("year");
  const sameDayThisYear =
    certainDay && !certainYear ? instantOf(start, options.zone, reference.getFullYear()) : undefined;
  return { instant, certainDay, certainYear, ...(sameDayThisYear ? { sameDayThisYear } : {}) };
}

/** The instant of a chrono result read as wall time in `zone`. */
function instantOf(start: ParsedComponents, zone: string, year = start.get("year")): Date {
  const pad = (value: number | null) => String(value ?? 0).padStart(2, "0");
  const wall = `${year}-${pad(start.get("month"))}-${pad(start.get("day"))}T${pad(start.get("hour"))}:${pad(start.get("minute"))}:00`;
  return fromZonedTime(wall, zone);
}

/**
 * The chrono-node parser for a lexicon: its language, day first or month first as the
 * lexicon says. The one place the date order is decided.
 */
export function chronoFor(lexicon: Lexicon): Chrono {
  // Other locales add their chrono-node parser here (chrono-node ships fr, es, ru, zh…).
  return lexicon.dateOrder === "day-first" ? chronoEnglish.GB : chronoEnglish.casual;
}

function countOf(word: string, lx: Lexicon): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (lx.oneWords.includes(word)) return 1;
  return lx.ordinals.get(word) ?? 1;
}

/**
 * A clock time written without am/pm or a leading zero on the side of noon the asker means: a
 * part of the day says it ("evening at 8": 20:00; "morning at 6": 6:00), else the lexicon's
 * `afternoonHours` ("at 3": 15:00 in English).
 */
function sideOfNoon(minutes: number, part: PartOfDay | undefined, lx: Lexicon): number {
  const hours = Math.floor(minutes / 60);
  if (hours < 1 || hours > 11 || part === "morning") return minutes;
  return part !== undefined || lx.afternoonHours?.includes(hours) ? minutes + 12 * 60 : minutes;
}

function clockMinutes(match: RegExpExecArray, lx: Lexicon): number {
  let hours = Number(match[1]) % 24;
  const minutes = Math.min(Number(match[2] ?? 0), 59);
  const half = match[3]?.replace(/\s+/g, " ");
  const pm = half !== undefined && lx.meridiem.pm.includes(half);
  const am = half !== undefined && lx.meridiem.am.includes(half);
  if (pm && hours < 12) hours += 12;
  if (am && hours === 12) hours = 0;
  return hours * 60 + minutes;
}

function sessionDayIndex(match: RegExpExecArray, lx: Lexicon): number {
  const word = match[1] ?? match[2] ?? "";
  if (/^\d+$/.test(word)) return Number(word);
  return lx.sessionDayWords.get(word) ?? lx.ordinals.get(word) ?? 1;
}

/** A digit: clock times, hours ahead and days of the month hold one. */
const DIGIT = /\d/;

/** A weekday name, abbreviation or a misspelt full name ("thrusday", "wensday"), with its modifier. */
function takeWeekday(
  found: DayExpression,
  c: CompiledLexicon,
): Extract<DaySpec, { kind: "weekday" }> | undefined {
  const lx = c.lexicon;
  const exact = c.weekday.exec(found.rest);
  const fuzzy = exact ? undefined : misspelledWeekday(found.rest, c);
  const match = exact ?? fuzzy?.match;
  if (!match || match.index === undefined) return undefined;
  found.rest = blank(found.rest, match.index, match[0].length);
  const weekday = fuzzy ? fuzzy.weekday : (lx.weekdays.get(match[2] ?? "") ?? 0);
  const modifier = match[1] ? lx.weekdayModifiers.get(match[1]) : undefined;
  return modifier ? { kind: "weekday", weekday, modifier } : { kind: "weekday", weekday };
}

function misspelledWeekday(
  text: string,
  c: CompiledLexicon,
): { match: RegExpMatchArray; weekday: number } | undefined {
  c.weekdayLike.lastIndex = 0;
  for (const match of text.matchAll(c.weekdayLike)) {
    const word = match[2] ?? "";
    const weekday = c.weekdaySlip(word);
    if (weekday !== undefined) return { match, weekday };
  }
  return undefined;
}

/**
 * A misspelt part of the day ("aftrnoon", "evning", "mornig"), as a misspelt weekday is read:
 * a word within one edit of a full name of 7 letters or more (two for 9 or more: "afternoon"),
 * consumed and given back as that name (group 2), with its "this" (group 1). "opening" is two
 * edits from "evening", so it stays a word.
 */
function misspelledPart(found: DayExpression, c: CompiledLexicon): RegExpExecArray | undefined {
  c.partLike.lastIndex = 0;
  for (let match = c.partLike.exec(found.rest); match; match = c.partLike.exec(found.rest)) {
    const name = c.partSlip(match[2] ?? "");
    if (name === undefined) continue;
    found.rest = blank(found.rest, match.index, match[0].length);
    match[2] = name;
    return match;
  }
  return undefined;
}

/** Removes a consumed span; runs of spaces are collapsed (chrono-node misreads "5 march    "). */
function blank(text: string, index: number, length: number): string {
  return `${text.slice(0, index)} ${text.slice(index + length)}`.replace(/\s{2,}/g, " ");
}

/** Years outside this range are chrono-node misreadings ("7 March 5 BE(fore)" is year −538). */
const PLAUSIBLE_YEARS = { min: 1990, max: 2100 };

/**
 * A calendar date as chrono-node reads it, in the lexicon's date order: what it names and its
 * span in the text. The quick reader gives the same for the forms it knows.
 * @example chronoCalendarDate("what's on sunday 10 march ?", english, undefined)?.spec // { kind: "date", month: 3, day: 10, year: undefined }
 */
export function chronoCalendarDate(
  text: string,
  lx: Lexicon,
  now: Date | undefined,
): CalendarDate | undefined {
  for (const result of chronoFor(lx).parse(text, now ?? new Date(Date.UTC(2024, 0, 1)))) {
    const { start } = result;
    // chrono-node reads "now" as the reference day (1 January without a clock): no date asked.
    if (lx.nowWords.includes(result.text.trim())) continue;
    // "2h before", "120 minutes before" (a reminder's lead) are hours counted from chrono-node's
    // reference, never a calendar date ("dimanche 31 décembre").
    if (result.tags().has("result/relativeDateAndTime")) continue;
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
    // "3/7" is read in the lexicon's order; when both numbers could be the month, keep the
    // other reading for resolution to take if only it has events.
    const numeric = /^(\d{1,2})[/.-](\d{1,2})\b/.exec(result.text);
    const first = numeric ? Number(lx.dateOrder === "day-first" ? numeric[2] : numeric[1]) : 0;
    const other =
      numeric && first === month && day <= 12 && day !== month ? { month: day, day: month } : undefined;
    const spec: DaySpec = { kind: "date", month, day, year, ...(other ? { monthFirst: other } : {}) };
    return { spec, index: result.index, length: result.text.length };
  }
  return undefined;
}
