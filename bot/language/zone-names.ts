/**
 * A time zone as a person names it in their language: the zone's city ("Asia/Tokyo" →
 * "Tokyo", "Токио", "东京", "طوكيو"; "Asia/Ulaanbaatar" → "Oulan-Bator"), from the language's
 * own place list first and the Unicode CLDR's exemplar cities after it (`place-names.ts`,
 * `zone-cities.ts`); an offset-only zone by its real offset ("Etc/GMT-9" → "UTC+9").
 *
 * Why the city and not `Intl`'s long generic name (`timeZoneName: "longGeneric"`): the city is
 * what people say and what they chose ("my time zone is Geneva" → "Genève"), and it is the same
 * word the bot reads back; the generic name names a region, not the place ("Eastern Time" for
 * New York, Toronto and Detroit alike), Node 20's ICU gives a "standard" name for many zones
 * whatever the season ("Central European Standard Time" for Paris in July), and offset zones
 * come out as "GMT+09:00" / "غرينتش+09:00". The IANA id stays only where a machine or the
 * POC directory's own field needs it.
 *
 * Memoised per locale and zone: a name costs one map look-up after its first use.
 */
import { placeNameIn } from "./place-names.js";

const names = new Map<string, string>();

/**
 * An offset-only zone by its real offset (POSIX writes UTC+9 as "Etc/GMT-9", the opposite of
 * what readers expect); `undefined` for a zone with a place.
 * @example offsetZoneName("Etc/GMT-9") === "UTC+9"; offsetZoneName("UTC") === "UTC"; offsetZoneName("Asia/Tokyo") === undefined
 */
export function offsetZoneName(zone: string): string | undefined {
  const posix = /^Etc\/(?:GMT|UTC|UCT|Zulu|Universal|Greenwich)(?:([+-])(\d{1,2}))?$/.exec(zone);
  if (posix) return posix[1] && posix[2] !== "0" ? `UTC${posix[1] === "+" ? "−" : "+"}${posix[2]}` : "UTC";
  return zone.includes("/") ? undefined : zone;
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires". */
function cityOf(zone: string): string {
  return zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ");
}

/** The runtime's own id of a zone ("Asia/Kolkata" → "Asia/Calcutta" on Node 20), or the zone. */
function runtimeId(zone: string): string {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

function computeZoneCity(locale: string, zone: string): string {
  const offset = offsetZoneName(zone);
  if (offset !== undefined) return offset;
  const city = cityOf(zone);
  if (locale === "en") return city;
  const named = placeNameIn(locale, city);
  if (named !== city) return named;
  // A zone typed under a newer name than the runtime's ("Asia/Kathmandu", "Asia/Katmandu").
  const alias = cityOf(runtimeId(zone));
  const aliasNamed = alias === city ? city : placeNameIn(locale, alias);
  return aliasNamed === alias ? city : aliasNamed;
}

/**
 * A zone's city in `locale`, as answers write it ("your time zone is Tokyo", "(Токио)"); an
 * offset zone by its offset; the city as the zone id spells it when the language has no name for it.
 * @example zoneCity("ru", "Europe/Moscow") === "Москва"; zoneCity("zh", "America/New_York") === "纽约"; zoneCity("en", "Asia/Tokyo") === "Tokyo"; zoneCity("fr", "Etc/GMT-9") === "UTC+9"
 */
export function zoneCity(locale: string, zone: string): string {
  const key = `${locale}|${zone}`;
  let name = names.get(key);
  if (name === undefined) {
    name = computeZoneCity(locale, zone);
    if (names.size >= 5_000) names.clear();
    names.set(key, name);
  }
  return name;
}
