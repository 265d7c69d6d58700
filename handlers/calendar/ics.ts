/**
 * .ics files with ical-generator: UTC instants (DTSTART:20240307T150000Z), so that every
 * client places them right whatever zone it runs in; stable UIDs; SEQUENCE raised and
 * LAST-MODIFIED set whenever an event's content changed (see {@link SequenceBook}), and
 * DTSTAMP = now, so that importing or refreshing again updates the event in place.
 */
import { createHash } from "node:crypto";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { z } from "zod";
import type { Store } from "../../bot/store/port.js";
import type { CalendarUnit } from "./units.js";

/**
 * Content fingerprint of a unit (what a calendar would show).
 * @example fingerprint(unit) === fingerprint({ ...unit }) // content only, not identity
 */
export function fingerprint(unit: CalendarUnit): string {
  const { uid: _uid, occurrenceId: _id, ...content } = unit;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 32);
}

const sequenceSchema = z.object({
  fingerprint: z.string(),
  sequence: z.number().int().min(0),
  changedAt: z.string(),
});

/**
 * A unit's revision: its SEQUENCE and when its content last changed.
 * @example (await book.revisions(units, now)).get("oewg-7-2024-03-07-am@delegate-bot") // { sequence: 1, changedAt }
 */
export interface Revision {
  sequence: number;
  changedAt: Date;
}

/**
 * Per-UID revision numbers kept in the store: the first time a unit is served it is
 * SEQUENCE 0; each time its content differs from the last served, the sequence goes up.
 * @example const revisions = await new SequenceBook(store.namespace("calendar")).revisions(units, now);
 */
export class SequenceBook {
  constructor(private readonly store: Store) {}

  async revisions(units: readonly CalendarUnit[], now: Date): Promise<Map<string, Revision>> {
    const revisions = new Map<string, Revision>();
    for (const unit of units) {
      const key = `seq:${unit.uid}`;
      const print = fingerprint(unit);
      const known = await this.store.get(key, sequenceSchema);
      if (known && known.fingerprint === print) {
        revisions.set(unit.uid, { sequence: known.sequence, changedAt: new Date(known.changedAt) });
        continue;
      }
      const next = {
        fingerprint: print,
        sequence: known ? known.sequence + 1 : 0,
        changedAt: now.toISOString(),
      };
      await this.store.set(key, next);
      revisions.set(unit.uid, { sequence: next.sequence, changedAt: now });
    }
    return revisions;
  }
}

/**
 * Builds the calendar text.
 * @example buildIcs("OEWG — Thursday 7 March", units, revisions, now).startsWith("BEGIN:VCALENDAR")
 */
export function buildIcs(
  name: string,
  units: readonly CalendarUnit[],
  revisions: ReadonlyMap<string, Revision>,
  now: Date,
  options: { refreshMinutes?: number } = {},
): string {
  const calendar = ical({
    name,
    prodId: { company: "United Nations", product: "delegate-bot", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: options.refreshMinutes === undefined ? undefined : options.refreshMinutes * 60,
  });
  for (const unit of units) {
    const revision = revisions.get(unit.uid);
    calendar.createEvent({
      id: unit.uid,
      summary: unit.summary,
      description: unit.description || undefined,
      location: unit.location,
      start: unit.allDay ? unit.allDay.date : new Date(unit.start),
      end: unit.allDay ? unit.allDay.endDate : unit.end === undefined ? undefined : new Date(unit.end),
      allDay: unit.allDay !== undefined,
      sequence: revision?.sequence ?? 0,
      stamp: now,
      lastModified: revision?.changedAt,
      status: unit.cancelled
        ? ICalEventStatus.CANCELLED
        : unit.tentative
          ? ICalEventStatus.TENTATIVE
          : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
