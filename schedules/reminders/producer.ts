/**
 * The reminder producer. At each tick it covers the window (last produced up to, now]: it
 * computes the due reminders from the subscriptions and the CURRENT catalogue and enqueues
 * one outbox delivery each, with the deterministic id `<user>|<occurrenceId>|<lead>`,
 * `dueAt = start − lead` and `expiresAt = dueAt + grace`. After downtime the window covers
 * the time the bot was down: reminders older than the grace window are enqueued already
 * expired, so the outbox records them as missed and never sends them. The watermark is
 * written after the enqueues, so a crash in between only repeats idempotent enqueues.
 *
 * It also remembers the start of every occurrence as first announced, so that a reminder of
 * a session that moved can say so, and re-covers the last grace window for occurrences that
 * moved since the previous tick (a session moved earlier is not skipped).
 */

import { z } from "zod";
import type { Logger } from "../../bot/logger.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import type { Store } from "../../bot/store/port.js";
import type { Outbox } from "../outbox.js";
import type { Producer } from "../scheduler.js";
import { type DueReminder, dueIndex, dueReminders, type ReminderSubscription } from "./due.js";

/**
 * Outbox kind and campaign of reminders.
 * @example deps.outbox.register(REMINDER_KIND, reminderRenderer(deps, source));
 */
export const REMINDER_KIND = "reminder";
/** @example await deps.outbox.campaign(REMINDER_CAMPAIGN) // every reminder delivery */
export const REMINDER_CAMPAIGN = "reminders";

/**
 * Farthest back a window reaches after a long downtime (older reminders are ignored, not recorded).
 * @example const windowStart = Math.max(watermark, now - MAX_LOOKBACK_MS);
 */
export const MAX_LOOKBACK_MS = 7 * 24 * 60 * 60_000;

/**
 * The payload of a reminder delivery.
 * @example reminderPayloadSchema.parse(delivery.payload).scheduledStart
 */
export const reminderPayloadSchema = z.object({
  occurrenceId: z.string(),
  leadMinutes: z.number().int().min(0),
  /** The start used for `dueAt` (ISO). */
  start: z.string(),
  /** The start as first announced (ISO); differs from the current start when the session moved. */
  scheduledStart: z.string(),
  /** "every-session", "o:<occurrenceId>" or "rsvp:<eventId>": what to stop from the message. */
  source: z.string(),
});
export type ReminderPayload = z.output<typeof reminderPayloadSchema>;

const announcedSchema = z.record(z.string(), z.object({ first: z.number(), last: z.number() }));

/**
 * What the producer needs.
 * @example new ReminderProducer({ store, outbox, catalogue: () => deps.catalogue, subscriptions, graceMinutes: 15, log })
 */
export interface ReminderProducerDeps {
  /** A store namespace of its own (watermark, announced starts). */
  store: Store;
  outbox: Outbox;
  /** The current catalogue (read at every tick: the programme can be replaced). */
  catalogue: () => Catalogue;
  subscriptions: () => Promise<ReminderSubscription[]>;
  graceMinutes: number;
  log: Logger;
}

/**
 * The source words of a due reminder, for the "stop" button of its message.
 * @example sourceOf({ origin: "explicit", target: { type: "every-session" } }) === "every-session"
 */
export function sourceOf(reminder: Pick<DueReminder, "origin" | "target" | "occurrenceId">): string {
  if (reminder.origin === "rsvp") return `rsvp:${reminder.occurrenceId}`;
  return reminder.target.type === "every-session" ? "every-session" : `o:${reminder.target.occurrenceId}`;
}

/**
 * @example
 * deps.scheduler.add(new ReminderProducer({ store: deps.store.namespace("reminder-producer"), outbox: deps.outbox,
 *   catalogue: () => deps.catalogue, subscriptions, graceMinutes: deps.config.REMINDER_GRACE_MINUTES, log }));
 */
export class ReminderProducer implements Producer {
  readonly name = "reminders";
  private seenCatalogue?: Catalogue;
  private firstStarts = new Map<string, number>();

  constructor(private readonly deps: ReminderProducerDeps) {}

  async produce(now: Date): Promise<void> {
    const windowEnd = now.getTime();
    const graceMs = this.deps.graceMinutes * 60_000;
    const watermark = await this.deps.store.get("watermark", z.string());
    const windowStart =
      watermark === undefined
        ? windowEnd - graceMs
        : Math.max(Date.parse(watermark), windowEnd - MAX_LOOKBACK_MS);
    if (!(windowEnd > windowStart)) return;
    const catalogue = this.deps.catalogue();
    const moved = await this.trackStarts(catalogue);
    const subscriptions = await this.deps.subscriptions();
    const due = dueReminders(subscriptions, catalogue, windowStart, windowEnd);
    if (moved.size > 0) {
      const again = dueReminders(subscriptions, catalogue, windowStart - graceMs, windowStart);
      due.push(...again.filter((reminder) => moved.has(reminder.occurrenceId)));
    }
    let missed = 0;
    for (const reminder of due) {
      const expiresAt = reminder.dueAt + graceMs;
      if (expiresAt < windowEnd) missed += 1;
      await this.deps.outbox.enqueue({
        campaign: REMINDER_CAMPAIGN,
        localId: reminder.localId,
        kind: REMINDER_KIND,
        recipient: reminder.userId,
        payload: {
          occurrenceId: reminder.occurrenceId,
          leadMinutes: reminder.leadMinutes,
          start: new Date(reminder.anchor).toISOString(),
          scheduledStart: new Date(
            this.firstStarts.get(reminder.occurrenceId) ?? reminder.anchor,
          ).toISOString(),
          source: sourceOf(reminder),
        } satisfies ReminderPayload,
        dueAt: new Date(reminder.dueAt).toISOString(),
        expiresAt: new Date(expiresAt).toISOString(),
      });
    }
    if (due.length > 0)
      this.deps.log.info(
        { due: due.length, missed, windowStart: new Date(windowStart).toISOString() },
        "reminders enqueued",
      );
    await this.deps.store.set("watermark", new Date(windowEnd).toISOString());
  }

  /**
   * Remembers each occurrence's first announced start; returns the ids whose start changed
   * since the last catalogue seen (by this or a previous process).
   */
  private async trackStarts(catalogue: Catalogue): Promise<Set<string>> {
    const moved = new Set<string>();
    if (catalogue === this.seenCatalogue) return moved;
    const announced = (await this.deps.store.get("announced", announcedSchema)) ?? {};
    let changed = false;
    for (const [id, entry] of dueIndex(catalogue).byId) {
      const known = announced[id];
      if (!known) {
        announced[id] = { first: entry.anchor, last: entry.anchor };
        changed = true;
      } else if (known.last !== entry.anchor) {
        moved.add(id);
        announced[id] = { first: known.first, last: entry.anchor };
        changed = true;
      }
    }
    if (changed) await this.deps.store.set("announced", announced);
    this.firstStarts = new Map(Object.entries(announced).map(([id, entry]) => [id, entry.first]));
    this.seenCatalogue = catalogue;
    return moved;
  }
}
