/**
 * Send times typed by the Secretariat ("at 14:00", "tomorrow 9am", "on Thursday at 10am",
 * "in 30 minutes"), read in the venue's zone by the bot's one date reader, and the venue itself.
 */

import { InputError } from "../../bot/errors.js";
import { readMoment } from "../../bot/language/dates.js";
import { broadcastGrammar } from "../../bot/language/grammar.js";
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

/** Words the Secretariat may put before a send time ("send it at 9am"): broadcast command words. */
const SEND_LEAD = broadcastGrammar().sendLead;

/**
 * Reads a send time with the bot's one date reader (`bot/language/dates.ts`, day first as UN
 * documents write dates: "10/6" is 10 June). `undefined` when the phrase is not a time with
 * an hour (so that "the Thursday afternoon meeting" stays an audience); throws InputError
 * for a time that has passed (naming it: "yesterday at 9am" is in the past, and so is
 * "5 March at 9am" in June, rather than next year's 5 March) or is too far ahead.
 * @example parseSendTime("tomorrow 9am", new Date("2024-03-04T13:00:00Z"), { zone: "America/New_York", label: "New York time" }) // 2024-03-05T14:00:00.000Z
 */
export function parseSendTime(phrase: string, now: Date, venue: Venue): Date | undefined {
  const text = phrase.trim().replace(/[.,;]+$/, "");
  const read = readMoment(text.replace(SEND_LEAD, ""), { now, zone: venue.zone });
  if (!read) return undefined;
  const at = read.instant;
  const past = (when: Date) =>
    new InputError(
      `"${text}" (${describeSendTime(when, venue)}) is in the past; it is now ${describeSendTime(now, venue)}. Give a later time, or leave the time out to send on confirmation.`,
    );
  if (at.getTime() < now.getTime() - 60_000) throw past(at);
  const tooFar = (when: Date) => when.getTime() > now.getTime() + MAX_DAYS_AHEAD * 86_400_000;
  // A date without a year, moved to next year because this year's has passed: the past.
  if (tooFar(at) && read.sameDayThisYear && read.sameDayThisYear.getTime() < now.getTime() - 60_000) {
    throw past(read.sameDayThisYear);
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
