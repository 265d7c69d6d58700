/**
 * Send times typed by the Secretariat ("at 14:00", "tomorrow 9am", "on Thursday at 10am",
 * "in 30 minutes"), read in the venue's zone with chrono-node, and the venue itself.
 */
import type { ParsedComponents } from "chrono-node";
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

const PAST_WORDS = /\b(?:last|yesterday|ago|previous)\b/i;
const FILLER = /^(?:send(?:\s+it)?\s+|sent\s+)?(?:at\s+)?$/i;

/** The instant of a chrono result read as wall time in `zone`. */
function instantOf(start: ParsedComponents, zone: string, year = start.get("year")): Date {
  const pad = (value: number | null) => String(value ?? 0).padStart(2, "0");
  const wall = `${year}-${pad(start.get("month"))}-${pad(start.get("day"))}T${pad(start.get("hour"))}:${pad(start.get("minute"))}:00`;
  return fromZonedTime(wall, zone);
}

/**
 * Reads a send time. `undefined` when the phrase is not a time with an hour (so that
 * "the Thursday afternoon meeting" stays an audience); throws InputError for a time that
 * has passed (naming it: "yesterday at 9am" is in the past, and so is "5 March at 9am" in
 * June, rather than next year's 5 March) or is too far ahead.
 * @example parseSendTime("tomorrow 9am", new Date("2024-03-04T13:00:00Z"), { zone: "America/New_York", label: "New York time" }) // 2024-03-05T14:00:00.000Z
 */
export function parseSendTime(phrase: string, now: Date, venue: Venue): Date | undefined {
  const zone = venue.zone;
  const text = phrase.trim().replace(/[.,;]+$/, "");
  if (text === "") return undefined;
  const reference = toZonedTime(now, zone);
  // Forward (an hour that has passed today means tomorrow), unless the words look back:
  // chrono would read "last Friday" forward as the coming Friday.
  const forwardDate = !PAST_WORDS.test(text);
  const [result, ...others] = chronoEnglish.parse(text, reference, { forwardDate });
  if (!result || others.length > 0) return undefined;
  if (result.index + result.text.length !== text.length || !FILLER.test(text.slice(0, result.index)))
    return undefined;
  const start = result.start;
  if (!start.isCertain("hour")) return undefined;
  const at = instantOf(start, zone);
  if (Number.isNaN(at.getTime())) return undefined;
  const past = (when: Date) =>
    new InputError(
      `"${text}" (${describeSendTime(when, venue)}) is in the past; it is now ${describeSendTime(now, venue)}. Give a later time, or leave the time out to send on confirmation.`,
    );
  if (at.getTime() < now.getTime() - 60_000) throw past(at);
  const tooFar = (when: Date) => when.getTime() > now.getTime() + MAX_DAYS_AHEAD * 86_400_000;
  if (tooFar(at) && start.isCertain("day") && !start.isCertain("year")) {
    // A date without a year, moved to next year because this year's has passed: the past.
    const then = instantOf(start, zone, reference.getFullYear());
    if (then.getTime() < now.getTime() - 60_000) throw past(then);
  }
  if (tooFar(at)) {
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
