/**
 * Small, allocation-light helpers for local dates ("YYYY-MM-DD"), wall times ("HH:mm") and
 * IANA zones. Conversions from wall time to instants go through date-fns-tz; the reverse
 * (instant → local date in a zone) uses cached `Intl.DateTimeFormat`s, which is what runs
 * per question.
 */
import { formatInTimeZone, fromZonedTime } from "date-fns-tz";
import { english } from "../language/locales/en/lexicon.js";
import { canonicalZone, isValidTimeZone, zoneNamed as zoneNamedIn, zoneOfOffset } from "../language/zones.js";

/** Zones in words live with the language (`bot/language/zones.ts`); re-exported for the callers here. */
export { canonicalZone, isValidTimeZone };

/**
 * The zone an English place name names (see `bot/language/zones.ts`): a place only, not an
 * abbreviation or an offset ("EST" is refused where a place or IANA name is asked for).
 * @example zoneNamed("Tokyo") === "Asia/Tokyo"; zoneNamed("EST") === undefined
 */
export function zoneNamed(words: string): string | undefined {
  const key = words.trim().toLowerCase();
  if (english.zoneAbbreviations.has(key) || zoneOfOffset(key)) return undefined;
  return zoneNamedIn(words);
}

const MS_PER_DAY = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar date written `YYYY-MM-DD`.
 * @example isLocalDate("2024-02-29") === true; isLocalDate("2023-02-29") === false
 */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Orders two `HH:mm` times: negative when `a` is earlier.
 * @example compareLocalTimes("09:30", "10:00") < 0
 */
export function compareLocalTimes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The instant (epoch ms) of a wall time in a zone, or `undefined` when that wall time does not
 * exist there (the hour skipped when daylight-saving time begins).
 * @example wallTimeToInstant("2024-03-04", "10:00", "America/New_York") === Date.parse("2024-03-04T15:00:00Z")
 */
export function wallTimeToInstant(date: string, time: string, zone: string): number | undefined {
  // Memoised like localDateTime: a conversion question and each day's matching asks for the
  // same few wall times, and date-fns-tz's two formatToParts calls cost ~40 µs together.
  const key = `${zone}|${date}T${time}`;
  const known = wallInstants.get(key);
  if (known !== undefined) return known ?? undefined;
  const instant = fromZonedTime(`${date}T${time}:00`, zone).getTime();
  const roundTrip = Number.isNaN(instant) ? "" : formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm");
  const computed = roundTrip === `${date}T${time}` ? instant : undefined;
  if (wallInstants.size >= MAX_MEMO) wallInstants.clear();
  wallInstants.set(key, computed ?? null);
  return computed;
}

/** {@link wallTimeToInstant}'s answers by zone and wall time; `null` for a wall time that does not exist. */
const wallInstants = new Map<string, number | null>();

const dateKeyFormatters = new Map<string, Intl.DateTimeFormat>();

function dateKeyFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = dateKeyFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    dateKeyFormatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The local date and minutes after midnight of an instant in a zone.
 * @example localDateTime(Date.parse("2024-03-08T01:00:00Z"), "Asia/Tokyo") // { date: "2024-03-08", minutes: 600 }
 */
export function localDateTime(instant: number, zone: string): Readonly<{ date: string; minutes: number }> {
  const key = `${zone}|${instant}`;
  const known = localDateTimes.get(key);
  if (known) return known;
  const computed = computeLocalDateTime(instant, zone);
  if (localDateTimes.size >= MAX_MEMO) localDateTimes.clear();
  localDateTimes.set(key, computed);
  return computed;
}

const MAX_MEMO = 10_000;
const localDateTimes = new Map<string, Readonly<{ date: string; minutes: number }>>();

function computeLocalDateTime(instant: number, zone: string): { date: string; minutes: number } {
  let year = "";
  let month = "";
  let day = "";
  let hour = 0;
  let minute = 0;
  for (const part of dateKeyFormatter(zone).formatToParts(instant)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
    else if (part.type === "hour") hour = Number(part.value) % 24;
    else if (part.type === "minute") minute = Number(part.value);
  }
  return { date: `${year}-${month}-${day}`, minutes: hour * 60 + minute };
}

/**
 * Days since 1970-01-01 of a local date; handy for weekday and distance arithmetic.
 * @example dayNumber("1970-01-02") === 1
 */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

/**
 * The local date `days` after (or before, when negative) `date`.
 * @example addDays("2024-02-28", 2) === "2024-03-01"
 */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Weekday of a local date, 0 = Sunday … 6 = Saturday.
 * @example weekdayOf("2024-03-04") === 1 // Monday
 */
export function weekdayOf(date: string): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Minutes after midnight of an `HH:mm` time.
 * @example minutesOf("15:30") === 930
 */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The `HH:mm` of minutes after midnight (the inverse of {@link minutesOf}).
 * @example timeOfMinutes(930) === "15:30"
 */
export function timeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The UTC offset of a zone at an instant, in minutes (east positive).
 * @example utcOffsetMinutes(Date.parse("2024-03-07T15:00:00Z"), "America/New_York") === -300
 */
export function utcOffsetMinutes(instant: number, zone: string): number {
  const { date, minutes } = localDateTime(instant, zone);
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}
