/**
 * Dates of the POC directory: yearly due dates in UTC, and instants shown in New York time
 * (UN Headquarters, where the Secretariat works) and in the reader's own zone.
 */

import { formatInTimeZone } from "date-fns-tz";
import { currentLocale } from "../../bot/language/current.js";
import { dateTimeFormat } from "../../bot/language/intl.js";
import { say } from "../../bot/language/messages.js";
import { zoneLabel } from "../../bot/programme/format.js";

/** The directory's reference zone: UN Headquarters. */
export const DIRECTORY_ZONE = "America/New_York";
const DIRECTORY_LABEL = "New York time";

const DAY_MS = 86_400_000;

/**
 * The same instant `months` calendar months later, in UTC; the 29th–31st fall back to the
 * month's last day.
 * @example addMonthsUtc("2024-02-29T00:00:00.000Z", 12) === "2025-02-28T00:00:00.000Z"
 */
export function addMonthsUtc(iso: string, months: number): string {
  const date = new Date(iso);
  const target = new Date(date.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString();
}

/**
 * An instant `days` days later (negative: earlier).
 * @example addDaysUtc("2024-06-10T00:00:00.000Z", -30) === "2024-05-11T00:00:00.000Z"
 */
export function addDaysUtc(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 * @example daysBetween("2024-06-10T00:00:00Z", "2024-06-25T00:00:00Z") === 15
 */
export function daysBetween(from: string | Date, to: string | Date): number {
  return Math.floor((new Date(to).getTime() - new Date(from).getTime()) / DAY_MS);
}

/**
 * A date for people, in a zone.
 * @example formatDay("2024-06-10T04:00:00.000Z") === "Mon 10 Jun 2024"
 */
export function formatDay(iso: string | undefined, zone: string = DIRECTORY_ZONE): string {
  const locale = currentLocale();
  if (!iso) return say(locale, "poc.time.never");
  if (locale !== "en") return dateTimeFormat(locale, { ...INTL_DAY, timeZone: zone }).format(new Date(iso));
  return formatInTimeZone(new Date(iso), zone, "EEE d MMM yyyy");
}

/**
 * An instant in New York time and, when it shows a different clock there, the reader's zone
 * (labelled by `readerPlace` when they named their zone by a place: "Geneva", not Zurich).
 * @example
 * formatMoment("2024-06-12T13:00:00.000Z", "Europe/Geneva")
 * // "Wed 12 Jun 2024, 9:00 AM New York time (3:00 PM your time, Geneva)"
 */
export function formatMoment(iso: string, readerZone?: string, readerPlace?: string): string {
  const instant = new Date(iso);
  const locale = currentLocale();
  if (locale !== "en") return formatMomentIn(locale, instant, readerZone, readerPlace);
  // The 12-hour clock of every English answer ("9:00 AM", as `formatClock`); the other languages
  // keep their 24-hour one.
  const venue = `${formatInTimeZone(instant, DIRECTORY_ZONE, "EEE d MMM yyyy, h:mm a")} ${DIRECTORY_LABEL}`;
  if (!readerZone || readerZone === DIRECTORY_ZONE) return venue;
  const there = formatInTimeZone(instant, readerZone, "HH:mm xxx");
  const here = formatInTimeZone(instant, DIRECTORY_ZONE, "HH:mm xxx");
  if (there === here) return venue;
  const sameDay =
    formatInTimeZone(instant, readerZone, "yyyy-MM-dd") ===
    formatInTimeZone(instant, DIRECTORY_ZONE, "yyyy-MM-dd");
  const readerText = formatInTimeZone(instant, readerZone, sameDay ? "h:mm a" : "EEE d MMM, h:mm a");
  return `${venue} (${readerText} your time, ${zoneLabel(readerZone, locale, readerPlace)})`;
}

/**
 * A duration for people.
 * @example formatDuration(95 * 60_000) === "1 h 35 min"
 */
const INTL_DAY: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
};
const INTL_TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** {@link formatMoment} in another language: `Intl` dates and times, the words from `poc.time.*`. */
function formatMomentIn(locale: string, instant: Date, readerZone?: string, readerPlace?: string): string {
  const at = (zone: string, options: Intl.DateTimeFormatOptions) =>
    dateTimeFormat(locale, { ...options, timeZone: zone }).format(instant);
  const venue = say(locale, "poc.time.venue", { moment: at(DIRECTORY_ZONE, { ...INTL_DAY, ...INTL_TIME }) });
  if (!readerZone || readerZone === DIRECTORY_ZONE) return venue;
  const offset = (zone: string) => formatInTimeZone(instant, zone, "HH:mm xxx");
  if (offset(readerZone) === offset(DIRECTORY_ZONE)) return venue;
  const sameDay =
    formatInTimeZone(instant, readerZone, "yyyy-MM-dd") ===
    formatInTimeZone(instant, DIRECTORY_ZONE, "yyyy-MM-dd");
  const time = at(
    readerZone,
    sameDay ? INTL_TIME : { weekday: "short", day: "numeric", month: "short", ...INTL_TIME },
  );
  return say(locale, "poc.time.reader", { venue, time, zone: zoneLabel(readerZone, locale, readerPlace) });
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
