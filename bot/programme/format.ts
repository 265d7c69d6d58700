/**
 * Time formatting for answers: in the venue's zone ("Thu 7 Mar, 10:00 AM–1:00 PM New York
 * time") and in the asker's zone ("Fri 8 Mar, 12:00 AM–3:00 AM your time (Tokyo), next
 * day"). Formatted strings are memoised per zone and instant, so repeated questions cost map
 * look-ups.
 */
import { formatInTimeZone } from "date-fns-tz";
import { currentLocale } from "../language/current.js";
import { dateTimeFormat } from "../language/intl.js";
import { tr } from "../language/messages.js";
import { placeNameIn } from "../language/place-names.js";
import { zoneCity } from "../language/zone-names.js";
import { localDateTime, utcOffsetMinutes, weekdayOf } from "./time.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WEEKDAYS_LONG = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const MAX_MEMO = 20_000;
const memo = new Map<string, string>();

function memoised(key: string, compute: () => string): string {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * A local date for people: short ("Thu 7 Mar") or long ("Thursday 7 March"), with the year
 * when asked.
 * @example formatDate("2024-03-07") === "Thu 7 Mar"; formatDate("2024-03-07", { long: true, withYear: true }) === "Thursday 7 March 2024"
 */
export function formatDate(date: string, options: { long?: boolean; withYear?: boolean } = {}): string {
  const locale = currentLocale();
  if (locale !== "en") return localDate(locale, date, options.withYear === true);
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  const weekday = weekdayOf(date);
  const text = options.long
    ? `${WEEKDAYS_LONG[weekday]} ${day} ${MONTHS_LONG[month]}`
    : `${WEEKDAYS[weekday]} ${day} ${MONTHS[month]}`;
  return options.withYear ? `${text} ${date.slice(0, 4)}` : text;
}

/**
 * The clock time of an instant in a zone, 12-hour.
 * @example formatClock(Date.parse("2024-03-07T15:00:00Z"), "America/New_York") === "10:00 AM"
 */
export function formatClock(instant: number, zone: string): string {
  const locale = currentLocale();
  if (locale !== "en")
    return memoised(`c|${locale}|${zone}|${instant}`, () => localClock(locale, zone).format(instant));
  return memoised(`c|${zone}|${instant}`, () => formatInTimeZone(instant, zone, "h:mm a"));
}

/**
 * A date in another language, as `Intl` writes it there, weekday and month in full
 * ("mercredi 6 mars", "miércoles, 6 de marzo", "среда, 6 марта", "3月6日星期三").
 */
function localDate(locale: string, date: string, withYear: boolean): string {
  return memoised(`d|${locale}|${date}|${withYear}`, () =>
    dateTimeFormat(locale, {
      weekday: "long",
      day: "numeric",
      month: "long",
      ...(withYear ? { year: "numeric" } : {}),
      timeZone: "UTC",
    }).format(Date.parse(`${date}T12:00:00Z`)),
  );
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** A 24-hour clock in another language (the usual form in the other five UN languages). */
function localClock(locale: string, zone: string): Intl.DateTimeFormat {
  const key = `${locale}|${zone}`;
  let formatter = clockFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: zone,
    });
    clockFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * An instant's local date and time range in a zone; crosses midnight explicitly.
 * @example
 * formatSpan(Date.parse("2024-03-07T15:00:00Z"), Date.parse("2024-03-07T18:00:00Z"), "America/New_York")
 * // "Thu 7 Mar, 10:00 AM–1:00 PM"
 */
export function formatSpan(
  start: number,
  end: number | undefined,
  zone: string,
  options: { withYear?: boolean } = {},
): string {
  const startDate = localDateTime(start, zone).date;
  // ", " between a date and its time; "، " in Arabic, a space in Chinese.
  const comma = currentLocale() === "en" ? ", " : tr("programme.dateClockSeparator");
  const head = `${formatDate(startDate, options)}${comma}${formatClock(start, zone)}`;
  if (end === undefined) return head;
  const endDate = localDateTime(end, zone).date;
  if (endDate === startDate) return `${head}–${formatClock(end, zone)}`;
  return `${head} – ${formatDate(endDate, options)}${comma}${formatClock(end, zone)}`;
}

/**
 * What {@link describeWhen} needs to know about zones.
 * @example const zones: ZoneContext = { venueZone: "America/New_York", venueLabel: "New York time", askerZone: "Asia/Tokyo" };
 */
export interface ZoneContext {
  /** The programme's zone, e.g. `America/New_York`. */
  venueZone: string;
  /** How to name it: "New York time". */
  venueLabel: string;
  /** The asker's IANA zone, when known and valid. */
  askerZone?: string;
  /**
   * The place the asker named that zone by ("Geneva" for Europe/Zurich), as the English lexicon
   * names it: the answer names the zone so, in the reader's language ("Genève").
   */
  askerPlace?: string;
  /**
   * The question named the asker's zone ("in Santiago time"): its time is shown even when its
   * clock is the venue's, so the answer names the place asked about.
   */
  zoneAsked?: boolean;
}

/**
 * A time in the venue's zone and, when it differs, in the asker's.
 * @example const when: DescribedTime = { venue: "Mon 4 Mar, 6:30 PM New York time", asker: "Tue 5 Mar, 8:30 AM your time (Tokyo), next day", dayShift: "next day" };
 */
export interface DescribedTime {
  venue: string;
  /** Absent when the asker's zone shows the same clock time. */
  asker?: string;
  /** The same without the words "your time", for a field labelled so (a card's "Your time"). */
  askerValue?: string;
  /** The asker's date differs from the venue's. */
  dayShift?: "next day" | "previous day";
}

/**
 * Describes a time range for an answer.
 * @example
 * describeWhen({ start: Date.parse("2024-03-07T15:00:00Z"), end: Date.parse("2024-03-07T18:00:00Z") },
 *   { venueZone: "America/New_York", venueLabel: "New York time", askerZone: "Asia/Tokyo" })
 * // { venue: "Thu 7 Mar, 10:00 AM–1:00 PM New York time",
 * //   asker: "Fri 8 Mar, 12:00 AM–3:00 AM your time (Tokyo), next day", dayShift: "next day" }
 */
export function describeWhen(
  range: { start: number; end?: number; dateOnly?: boolean; withYear?: boolean },
  zones: ZoneContext,
): DescribedTime {
  const { venueZone, venueLabel, askerZone, askerPlace, zoneAsked } = zones;
  const options = { withYear: range.withYear };
  if (range.dateOnly) {
    return {
      venue: tr("programme.dateOnlyNoTime", {
        date: formatDate(localDateTime(range.start, venueZone).date, options),
      }),
    };
  }
  const venue = `${formatSpan(range.start, range.end, venueZone, options)} ${venueLabel}`;
  if (!askerZone || askerZone === venueZone || (!zoneAsked && sameClock(range, venueZone, askerZone)))
    return { venue };
  const venueDate = localDateTime(range.start, venueZone).date;
  const askerDate = localDateTime(range.start, askerZone).date;
  const dayShift = askerDate > venueDate ? "next day" : askerDate < venueDate ? "previous day" : undefined;
  const askerParts = {
    span: formatSpan(range.start, range.end, askerZone, options),
    zone: zoneLabel(askerZone, currentLocale(), askerPlace),
  };
  const asker = dayShift
    ? tr("programme.askerWhenShifted", { ...askerParts, shift: shiftText(dayShift) })
    : tr("programme.askerWhen", askerParts);
  const askerValue = dayShift
    ? tr("programme.askerValueShifted", { ...askerParts, shift: shiftText(dayShift) })
    : tr("programme.askerValue", askerParts);
  return dayShift ? { venue, asker, askerValue, dayShift } : { venue, asker, askerValue };
}

/**
 * "next day" / "previous day" in the turn's language.
 * @example shiftText("next day") === "next day"
 */
export function shiftText(shift: "next day" | "previous day"): string {
  return tr(shift === "next day" ? "programme.shift.next" : "programme.shift.previous");
}

/**
 * A zone as a reader names it in the turn's language (or `locale`): its city ("Tokyo",
 * "Токио", "东京"), an offset-only `Etc/GMT` zone by its real offset (POSIX writes UTC+9 as
 * "Etc/GMT-9", the opposite of what readers expect). Why the city: `bot/language/zone-names.ts`.
 * When the asker named the zone by a place (`place`, the English lexicon's name: "Geneva" for
 * Europe/Zurich), that place in the reader's language ("Genève"), not the zone's own city.
 * @example zoneLabel("Etc/GMT-9") === "UTC+9"; zoneLabel("Asia/Tokyo") === "Tokyo"; zoneLabel("Asia/Tokyo", "ru") === "Токио"; zoneLabel("Europe/Zurich", "fr", "Geneva") === "Genève"
 */
export function zoneLabel(zone: string, locale = currentLocale(), place?: string): string {
  return place ? placeNameIn(locale, place) : zoneCity(locale, zone);
}

function sameClock(range: { start: number; end?: number }, a: string, b: string): boolean {
  const offset = (instant: number, zone: string) =>
    memoised(`o|${zone}|${instant}`, () => formatInTimeZone(instant, zone, "xxx"));
  if (offset(range.start, a) !== offset(range.start, b)) return false;
  return range.end === undefined || offset(range.end, a) === offset(range.end, b);
}

/**
 * The zone footer of an answer, naming the abbreviation and UTC offset in force at the given
 * instants (both when a list spans a daylight-saving change).
 * @example zoneFooter([Date.parse("2024-03-07T15:00:00Z")], "America/New_York", "New York time")
 * // "Times in New York time (EST, UTC−5)"
 */
export function zoneFooter(instants: readonly number[], zone: string, label: string): string {
  const names = [...new Set(instants.map((instant) => zoneName(instant, zone)))];
  return names.length > 0
    ? tr("programme.timesInAt", { label, names: names.join(tr("programme.listSeparator")) })
    : tr("programme.timesIn", { label });
}

/**
 * Abbreviation and UTC offset of a zone at an instant.
 * @example zoneName(Date.parse("2024-05-09T14:00:00Z"), "America/New_York") === "EDT, UTC−4"
 */
export function zoneName(instant: number, zone: string): string {
  return memoised(`z|${zone}|${instant}`, () => {
    const abbreviation = formatInTimeZone(instant, zone, "zzz");
    const offset = formatInTimeZone(instant, zone, "xxx");
    const [hours = "+00", minutes = "00"] = offset === "Z" ? ["+00", "00"] : offset.split(":");
    const sign = hours.startsWith("-") ? "−" : "+";
    const hourNumber = Math.abs(Number(hours));
    const utc =
      hourNumber === 0 && minutes === "00"
        ? "UTC"
        : `UTC${sign}${hourNumber}${minutes === "00" ? "" : `:${minutes}`}`;
    return abbreviation.startsWith("GMT") || abbreviation === utc ? utc : `${abbreviation}, ${utc}`;
  });
}

/**
 * A month's name.
 * @example monthName(3) === "March"
 */
export function monthName(month: number): string {
  return MONTHS_LONG[month - 1] ?? "";
}

/**
 * A month and year in the turn's language ("March 2024", "mars 2024", "март 2024 г.").
 * @example monthOfYear(2024, 3) === "March 2024"
 */
export function monthOfYear(year: number, month: number): string {
  const locale = currentLocale();
  if (locale === "en") return `${monthName(month)} ${year}`;
  return memoised(`m|${locale}|${year}|${month}`, () =>
    dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      Date.UTC(year, month - 1, 15),
    ),
  );
}

/**
 * A weekday's name in the turn's language (0 = Sunday).
 * @example weekdayName(2) === "Tuesday"
 */
export function weekdayName(weekday: number): string {
  const locale = currentLocale();
  if (locale === "en") return WEEKDAYS_LONG[weekday] ?? "";
  return memoised(`w|${locale}|${weekday}`, () =>
    // 7 January 2024 was a Sunday.
    dateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2024, 0, 7 + weekday, 12)),
  );
}

/**
 * A date without its weekday, with the year ("29 Jan 2024", "29 janvier 2024").
 * @example dayMonthYear("2024-01-29") === "29 Jan 2024"
 */
export function dayMonthYear(date: string): string {
  const locale = currentLocale();
  if (locale === "en") return `${formatDate(date).replace(/^\w+ /, "")} ${date.slice(0, 4)}`;
  return memoised(`y|${locale}|${date}`, () =>
    dateTimeFormat(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(Date.parse(`${date}T12:00:00Z`)),
  );
}

/**
 * How far the asker's clock is from the venue's at an instant, in words; `undefined` when equal.
 * @example zoneDifference(Date.parse("2024-03-04T15:00:00Z"), "America/New_York", "Asia/Tokyo") === "14 hours ahead of"
 */
export function zoneDifference(instant: number, venueZone: string, askerZone: string): string | undefined {
  const difference = utcOffsetMinutes(instant, askerZone) - utcOffsetMinutes(instant, venueZone);
  if (difference === 0) return undefined;
  const hours = Math.floor(Math.abs(difference) / 60);
  const minutes = Math.abs(difference) % 60;
  const amount = `${hours > 0 ? `${hours} hour${hours === 1 ? "" : "s"}` : ""}${hours > 0 && minutes > 0 ? " " : ""}${minutes > 0 ? `${minutes} minutes` : ""}`;
  return `${amount} ${difference > 0 ? "ahead of" : "behind"}`;
}

/**
 * How far the asker's clock is from the venue's at an instant, in the turn's language:
 * the amount ("14 hours", "5 hours 30 minutes") and which way; `undefined` when equal.
 * @example zoneGap(Date.parse("2024-03-04T15:00:00Z"), "America/New_York", "Asia/Tokyo") // { amount: "14 hours", ahead: true }
 */
export function zoneGap(
  instant: number,
  venueZone: string,
  askerZone: string,
): { amount: string; ahead: boolean } | undefined {
  const difference = utcOffsetMinutes(instant, askerZone) - utcOffsetMinutes(instant, venueZone);
  if (difference === 0) return undefined;
  const hours = Math.floor(Math.abs(difference) / 60);
  const minutes = Math.abs(difference) % 60;
  const amount = [
    hours > 0 ? tr("programme.hours", { count: hours }) : "",
    minutes > 0 ? tr("programme.minutes", { count: minutes }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { amount, ahead: difference > 0 };
}
