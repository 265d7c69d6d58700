/**
 * Send times typed by the Secretariat ("at 14:00", "tomorrow 9am", "on Thursday at 10am",
 * "in 30 minutes"), read in the venue's zone with chrono-node, and the venue itself.
 */
import * as chronoEnglish from "chrono-node/en";
import { fromZonedTime, toZonedTime } from "date-fns-tz";
import { InputError } from "../../bot/errors.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { describeWhen } from "../../bot/programme/format.js";

/**
 * The zone times are read and shown in, and how to name it.
 * @example const venue: Venue = { zone: "America/New_York", label: "New York time" };
 */
export interface Venue {
  zone: string;
  label: string;
}

/**
 * Furthest ahead a broadcast may be scheduled, in days.
 * @example if (at > now + MAX_DAYS_AHEAD * 86_400_000) throw new InputError("too far ahead");
 */
export const MAX_DAYS_AHEAD = 90;

/**
 * The venue of the programme nearest to `now` (the one under way, else the closest).
 * @example venueAt(catalogue, new Date("2024-03-05T12:00:00Z")) // { zone: "America/New_York", label: "New York time" }
 */
export function venueAt(catalogue: Catalogue, now: Date): Venue {
  const t = now.getTime();
  const distance = (start: number, end: number) => (t < start ? start - t : t > end ? t - end : 0);
  const nearest = [...catalogue.programmes].sort(
    (a, b) => distance(a.start, a.end) - distance(b.start, b.end),
  )[0];
  return nearest ? { zone: nearest.zone, label: nearest.zoneLabel } : { zone: "UTC", label: "UTC" };
}

const FILLER = /^(?:send(?:\s+it)?\s+|sent\s+)?(?:at\s+)?$/i;

/**
 * Reads a send time. `undefined` when the phrase is not a time with an hour (so that
 * "the Thursday afternoon meeting" stays an audience); throws InputError for a time that
 * has passed or is too far ahead.
 * @example parseSendTime("tomorrow 9am", new Date("2024-03-04T13:00:00Z"), { zone: "America/New_York", label: "New York time" }) // 2024-03-05T14:00:00.000Z
 */
export function parseSendTime(phrase: string, now: Date, venue: Venue): Date | undefined {
  const zone = venue.zone;
  const text = phrase.trim().replace(/[.,;]+$/, "");
  if (text === "") return undefined;
  const reference = toZonedTime(now, zone);
  const [result, ...others] = chronoEnglish.parse(text, reference, { forwardDate: true });
  if (!result || others.length > 0) return undefined;
  if (result.index + result.text.length !== text.length || !FILLER.test(text.slice(0, result.index)))
    return undefined;
  const start = result.start;
  if (!start.isCertain("hour")) return undefined;
  const pad = (value: number | null) => String(value ?? 0).padStart(2, "0");
  const wall = `${start.get("year")}-${pad(start.get("month"))}-${pad(start.get("day"))}T${pad(start.get("hour"))}:${pad(start.get("minute"))}:00`;
  const at = fromZonedTime(wall, zone);
  if (Number.isNaN(at.getTime())) return undefined;
  if (at.getTime() < now.getTime() - 60_000) {
    throw new InputError(
      `"${text}" has already passed (it is ${describeWhen({ start: now.getTime() }, { venueZone: zone, venueLabel: venue.label }).venue}). Give a later time, or leave the time out to send on confirmation.`,
    );
  }
  if (at.getTime() > now.getTime() + MAX_DAYS_AHEAD * 86_400_000) {
    throw new InputError(
      `"${text}" is more than ${MAX_DAYS_AHEAD} days ahead; broadcasts can be scheduled up to ${MAX_DAYS_AHEAD} days in advance.`,
    );
  }
  return at;
}

/**
 * A send time for the Secretariat, in the venue's zone and theirs when it differs.
 * @example describeSendTime(new Date("2024-03-05T14:00:00Z"), { zone: "America/New_York", label: "New York time" }) === "Tue 5 Mar, 9:00 AM New York time"
 */
export function describeSendTime(at: Date, venue: Venue, askerZone?: string): string {
  const described = describeWhen(
    { start: at.getTime() },
    { venueZone: venue.zone, venueLabel: venue.label, askerZone },
  );
  return described.asker ? `${described.venue} (${described.asker})` : described.venue;
}
