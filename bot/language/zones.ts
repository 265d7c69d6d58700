/**
 * Zones and places in words: a city or capital ("Brasília", "Islamabad"), a country with one
 * zone ("Kenya"), an IANA name ("asia/tokyo"), an abbreviation ("JST", "CEST") or an offset
 * ("UTC+5:30", "GMT-3"), read with a {@link Lexicon}'s place names.
 */
import { formatInTimeZone } from "date-fns-tz";
import type { Lexicon } from "./lexicon.js";
import { english } from "./locales/en/lexicon.js";

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

/** The zones this runtime lists, by lower-case name (built on first use). */
let listedZones: ReadonlyMap<string, string> | undefined;

function zonesByLowerName(): ReadonlyMap<string, string> {
  listedZones ??= new Map(Intl.supportedValuesOf("timeZone").map((name) => [name.toLowerCase(), name]));
  return listedZones;
}

/**
 * The zone as the runtime lists it (fixing only letter case), or as typed when it is a valid
 * alias the list does not show (Node 20 lists "Asia/Calcutta", accepts "Asia/Kolkata").
 * @example canonicalZone("africa/nairobi") === "Africa/Nairobi"; canonicalZone("Mars/Olympus") === undefined
 */
export function canonicalZone(zone: string): string | undefined {
  const listed = zonesByLowerName().get(zone.toLowerCase());
  if (listed) return listed;
  if (!isValidTimeZone(zone)) return undefined;
  if (zone !== zone.toLowerCase()) return zone; // typed with its capitals: kept as typed
  const spelled = zone
    .replace(/(^|[/_-])([a-z])/g, (_, mark: string, letter: string) => mark + letter.toUpperCase())
    .replace(/\b(Utc|Gmt)\b/g, (word) => word.toUpperCase());
  return isValidTimeZone(spelled) ? spelled : zone;
}

/** Zones by their last segment ("nairobi" → "Africa/Nairobi"); null where several share it. */
let cityZones: ReadonlyMap<string, string | null> | undefined;

function zonesByCity(): ReadonlyMap<string, string | null> {
  if (cityZones) return cityZones;
  const byCity = new Map<string, string | null>();
  for (const [lower, zone] of zonesByLowerName()) {
    if (!lower.includes("/")) continue;
    const city = lower.slice(lower.lastIndexOf("/") + 1).replace(/_/g, " ");
    byCity.set(city, byCity.has(city) ? null : zone);
  }
  cityZones = byCity;
  return byCity;
}

/**
 * Whether a name is the city of exactly one zone the runtime lists ("ulaanbaatar", "katmandu").
 * @example isZoneCity("ulaanbaatar") === true; isZoneCity("lunch") === false
 */
export function isZoneCity(name: string): boolean {
  return Boolean(zonesByCity().get(name));
}

/**
 * Place names as the lexicon and the runtime give them, without diacritics or punctuation.
 * @example placeKey("États-Unis") === "etats-unis"
 */
export function placeKey(words: string): string {
  // Plain ASCII (every pivoted question) has no diacritics to decompose.
  return (PRINTABLE_ASCII.test(words) ? words : words.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[\s_]+/g, " ")
    .trim();
}

/**
 * The IANA zone some words name: a city or capital, a country with one zone, an IANA name,
 * an abbreviation or a UTC offset; undefined when they name none, or several.
 * @example zoneNamed("Brasília") === "America/Sao_Paulo"; zoneNamed("JST") === "Asia/Tokyo"; zoneNamed("lunch") === undefined
 */
export function zoneNamed(words: string, lexicon: Lexicon = english): string | undefined {
  let named = namedZones.get(lexicon);
  if (!named) {
    named = new Map();
    namedZones.set(lexicon, named);
  }
  const known = named.get(words);
  if (known !== undefined) return known ?? undefined;
  const zone = readZone(words, lexicon);
  if (words.length <= 40) {
    if (named.size >= NAMED_ZONES) named.clear();
    named.set(words, zone ?? null);
  }
  return zone;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The zones of the place words last read, per lexicon (null: none): a question is read by
 * several extractors, each of which may ask about the same words ("tokyo"), and people ask
 * about a few places.
 */
const namedZones = new WeakMap<Lexicon, Map<string, string | null>>();
const NAMED_ZONES = 512;

function readZone(words: string, lexicon: Lexicon): string | undefined {
  const key = placeKey(words).replace(/\s+time$/, "");
  if (key.length < 2 || key.length > 40) return undefined;
  const offset = zoneOfOffset(key, lexicon);
  if (offset) return offset;
  if (!/^[a-z][a-z /'-]*$/.test(key)) return undefined;
  if (key.includes("/")) return canonicalZone(key.replace(/ /g, "_"));
  const named = lexicon.cities.get(key) ?? lexicon.countries.get(key) ?? lexicon.zoneAbbreviations.get(key);
  if (named && isValidTimeZone(named)) return named;
  if (key.length < 3) return undefined;
  return zonesByCity().get(key) ?? undefined;
}

const offsetPatterns = new WeakMap<Lexicon, RegExp>();

/** "utc+5:30" as a pattern of the lexicon's words for UTC, built once per lexicon. */
function offsetPattern(lexicon: Lexicon): RegExp {
  let pattern = offsetPatterns.get(lexicon);
  if (!pattern) {
    const utc = lexicon.utcWords.filter((word) => word.length > 1).join("|");
    pattern = new RegExp(`^(?:${utc})([+\\-−])(\\d{1,2})(?::?(\\d{2}))?$`);
    offsetPatterns.set(lexicon, pattern);
  }
  return pattern;
}

/**
 * Fixed offsets that are not whole hours, each as a zone that keeps it all year (Intl on
 * Node 20 takes no raw offsets): "UTC+5:30" is India's time.
 */
const PART_HOUR_ZONES: Readonly<Record<string, string>> = {
  "+330": "Asia/Tehran",
  "+430": "Asia/Kabul",
  "+530": "Asia/Kolkata",
  "+545": "Asia/Kathmandu",
  "+630": "Asia/Yangon",
  "+930": "Australia/Darwin",
  "-930": "Pacific/Marquesas",
};

/**
 * An offset as answers label it, as typed but in one spelling: "utc + 5:30" → "UTC+5:30",
 * "gmt−3" → "GMT-3".
 * @example offsetLabel("utc + 5:30") === "UTC+5:30"
 */
export function offsetLabel(typed: string): string {
  return typed.toUpperCase().replace(/\s+/g, "").replace("−", "-");
}

/**
 * "UTC", "GMT+9", "UTC+5:30", "utc-3": the zone of that offset (`Etc/GMT∓N` for whole hours,
 * whose POSIX sign is the other way round); undefined for anything else or no place's offset.
 * @example zoneOfOffset("utc+5:30") === "Asia/Kolkata"; zoneOfOffset("gmt-5") === "Etc/GMT+5"
 */
export function zoneOfOffset(words: string, lexicon: Lexicon = english): string | undefined {
  const text = placeKey(words).replace(/\s+/g, "");
  if (lexicon.utcWords.includes(text)) return "UTC";
  const match = offsetPattern(lexicon).exec(text);
  if (!match) return undefined;
  const east = match[1] === "+";
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (minutes !== 0) return PART_HOUR_ZONES[`${east ? "+" : "-"}${hours}${match[3]}`];
  if (hours === 0) return "UTC";
  if (hours > (east ? 14 : 12)) return undefined;
  return `Etc/GMT${east ? "-" : "+"}${hours}`;
}
