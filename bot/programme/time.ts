/**
 * Small, allocation-light helpers for local dates ("YYYY-MM-DD"), wall times ("HH:mm") and
 * IANA zones. Conversions from wall time to instants go through date-fns-tz; the reverse
 * (instant → local date in a zone) uses cached `Intl.DateTimeFormat`s, which is what runs
 * per question.
 */
import { formatInTimeZone, fromZonedTime } from "date-fns-tz";

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

const zoneValidity = new Map<string, boolean>();

/**
 * True for a zone name this runtime knows (IANA names such as `Asia/Tokyo`, and `UTC`).
 * @example isValidTimeZone("America/New_York") === true; isValidTimeZone("Mars/Olympus") === false
 */
export function isValidTimeZone(zone: string): boolean {
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  let valid = zone.length > 0 && zone.length < 64;
  if (valid) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      formatInTimeZone(0, zone, "xxx");
    } catch {
      // Unknown to Intl or to date-fns-tz: not a zone we can format in.
      valid = false;
    }
  }
  if (zoneValidity.size < 1000) zoneValidity.set(zone, valid);
  return valid;
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
  const instant = fromZonedTime(`${date}T${time}:00`, zone).getTime();
  if (Number.isNaN(instant)) return undefined;
  const roundTrip = formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm");
  return roundTrip === `${date}T${time}` ? instant : undefined;
}

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
 * The UTC offset of a zone at an instant, in minutes (east positive).
 * @example utcOffsetMinutes(Date.parse("2024-03-07T15:00:00Z"), "America/New_York") === -300
 */
export function utcOffsetMinutes(instant: number, zone: string): number {
  const { date, minutes } = localDateTime(instant, zone);
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The zones this runtime lists, by lower-case name (built on first use). */
let listedZones: ReadonlyMap<string, string> | undefined;

function zonesByLowerName(): ReadonlyMap<string, string> {
  listedZones ??= new Map(Intl.supportedValuesOf("timeZone").map((name) => [name.toLowerCase(), name]));
  return listedZones;
}

/**
 * The zone as the runtime lists it (fixing only letter case), or as typed when it is a valid
 * alias the list does not show (Node 20 lists "Asia/Calcutta", accepts "Asia/Kolkata").
 * @example canonicalZone("africa/nairobi") === "Africa/Nairobi"; canonicalZone("asia/kolkata") === "Asia/Kolkata"; canonicalZone("Mars/Olympus") === undefined
 */
export function canonicalZone(zone: string): string | undefined {
  const listed = zonesByLowerName().get(zone.toLowerCase());
  if (listed) return listed;
  if (!isValidTimeZone(zone)) return undefined;
  if (zone !== zone.toLowerCase()) return zone; // typed with its capitals: kept as typed
  // Not listed, typed in lower case: spelled the way zone names are ("asia/kolkata" → "Asia/Kolkata").
  const spelled = zone
    .replace(/(^|[/_-])([a-z])/g, (_, mark: string, letter: string) => mark + letter.toUpperCase())
    .replace(/\b(Utc|Gmt)\b/g, (word) => word.toUpperCase());
  return isValidTimeZone(spelled) ? spelled : zone;
}

/**
 * Cities people name whose zone the runtime lists under another name (or not at all):
 * UN duty stations and the cities the old names replaced.
 */
const CITY_ALIASES: Readonly<Record<string, string>> = {
  geneva: "Europe/Zurich",
  the_hague: "Europe/Amsterdam",
  hague: "Europe/Amsterdam",
  washington: "America/New_York",
  new_delhi: "Asia/Kolkata",
  delhi: "Asia/Kolkata",
  kolkata: "Asia/Kolkata",
  mumbai: "Asia/Kolkata",
  beijing: "Asia/Shanghai",
  kyiv: "Europe/Kyiv",
  kathmandu: "Asia/Kathmandu",
  yangon: "Asia/Yangon",
  ho_chi_minh: "Asia/Ho_Chi_Minh",
};

/**
 * The IANA zone a city names ("Nairobi" → "Africa/Nairobi", "new york" → "America/New_York",
 * "Geneva" → "Europe/Zurich"), or a zone written out ("asia/tokyo"); undefined when the
 * words name none, or several.
 * @example zoneNamed("Tokyo") === "Asia/Tokyo"; zoneNamed("lunch") === undefined
 */
export function zoneNamed(words: string): string | undefined {
  const name = words
    .trim()
    .toLowerCase()
    .replace(/[\s.]+/g, "_")
    .replace(/_+$/, "");
  if (!/^[a-z_'/-]{3,40}$/.test(name)) return undefined;
  if (name.includes("/")) return canonicalZone(name);
  const alias = CITY_ALIASES[name];
  if (alias && isValidTimeZone(alias)) return alias;
  return zonesByCity().get(name) ?? undefined;
}

/** Zones by their last segment ("nairobi" → "Africa/Nairobi"); null where several share it. */
let cityZones: ReadonlyMap<string, string | null> | undefined;

function zonesByCity(): ReadonlyMap<string, string | null> {
  if (cityZones) return cityZones;
  const byCity = new Map<string, string | null>();
  for (const [lower, zone] of zonesByLowerName()) {
    const city = lower.slice(lower.lastIndexOf("/") + 1);
    if (!lower.includes("/")) continue;
    byCity.set(city, byCity.has(city) ? null : zone);
  }
  cityZones = byCity;
  return byCity;
}
