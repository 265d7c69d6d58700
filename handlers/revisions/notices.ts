/**
 * Change notices: one outbox delivery per person per published version (campaign
 * `programme-v<N>`, id = the person), rendered at send time in the person's zone from the
 * version's stored changes. People who turned change notices off are not enqueued, and are
 * skipped at send time if they turned them off meanwhile.
 */

import { z } from "zod";
import { type Card, cardMessage, type Outgoing } from "../../bot/cards.js";
import { withLocale } from "../../bot/language/current.js";
import type { BotDeps } from "../../bot/module.js";
import type { Store } from "../../bot/store/port.js";
import type { VersionRecord } from "../../bot/versions/model.js";
import type { Delivery } from "../../schedules/delivery.js";
import { displayZone } from "../rsvp/service.js";
import type { Affected } from "./affected.js";
import { changeLine, messages, publishedDate } from "./messages.js";

/** Outbox kind of change notices. */
export const CHANGE_NOTICE_KIND = "programme-change";

/**
 * The campaign of a version's notices.
 * @example noticeCampaign(3) === "programme-v3"
 */
export const noticeCampaign = (version: number) => `programme-v${version}`;

/** Notices being written at once. */
const ENQUEUE_CONCURRENCY = 16;

const payloadSchema = z.object({ version: z.number().int(), changes: z.array(z.number().int()) });

/**
 * Who turned change notices off (`optout:<userId>` in the `revisions` namespace).
 * @example await new NoticePreferences(deps.store.namespace("revisions")).setOff(userId, true);
 */
export class NoticePreferences {
  constructor(private readonly store: Store) {}

  async isOff(userId: string): Promise<boolean> {
    return (await this.store.get(`optout:${userId}`, z.string())) !== undefined;
  }

  async setOff(userId: string, off: boolean, now: Date): Promise<void> {
    if (off) await this.store.set(`optout:${userId}`, now.toISOString());
    else await this.store.delete(`optout:${userId}`);
  }

  /** Everyone who turned them off. */
  async offSet(): Promise<Set<string>> {
    return new Set(
      (await this.store.list("optout:", z.string())).map((entry) => entry.key.slice("optout:".length)),
    );
  }
}

/**
 * Queues one notice per concerned person (opted-out people left out); returns how many.
 * @example await enqueueNotices(deps, record, affected, prefs)
 */
export async function enqueueNotices(
  deps: BotDeps,
  record: VersionRecord,
  affected: Affected,
  prefs: NoticePreferences,
): Promise<number> {
  const off = await prefs.offSet();
  const dueAt = deps.clock.now().toISOString();
  const recipients = [...affected.people].filter(([userId]) => !off.has(userId));
  // A few enqueues in flight at once: faster than one by one on SQLite and Redis, without
  // a thousand concurrent writes on one connection.
  let next = 0;
  const worker = async () => {
    while (next < recipients.length) {
      const [userId, indexes] = recipients[next++] as [string, Set<number>];
      await deps.outbox.enqueue({
        campaign: noticeCampaign(record.version),
        localId: userId,
        kind: CHANGE_NOTICE_KIND,
        recipient: userId,
        payload: { version: record.version, changes: [...indexes].sort((a, b) => a - b) },
        dueAt,
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(ENQUEUE_CONCURRENCY, recipients.length) }, worker));
  return recipients.length;
}

/**
 * The notice card for one person.
 * @example noticeCard(record, [0], { askerZone: "Asia/Tokyo", venueLabel: "New York time", venueZone: "America/New_York" }).title
 */
export function noticeCard(
  record: VersionRecord,
  indexes: readonly number[],
  zones: { askerZone?: string; venueLabel?: (programmeId: string) => string | undefined; venueZone: string },
): Card {
  const lines = indexes.flatMap((index) => {
    const change = record.changes[index];
    return change
      ? [
          `• ${changeLine(change, { askerZone: zones.askerZone, venueLabel: zones.venueLabel?.(change.programmeId) })}`,
        ]
      : [];
  });
  return {
    title: messages.noticeTitle(record.version, publishedDate(record.at, zones.venueZone)),
    sections: [{ text: lines.join("\n") }],
    footer: messages.noticeFooter,
  };
}

/**
 * The outbox renderer of change notices.
 * @example deps.outbox.register(CHANGE_NOTICE_KIND, noticeRenderer(deps, prefs));
 */
export function noticeRenderer(deps: BotDeps, prefs: NoticePreferences) {
  return async (delivery: Delivery, _now: Date, _to: unknown, locale: string): Promise<Outgoing | null> => {
    const payload = payloadSchema.parse(delivery.payload);
    if (await prefs.isOff(delivery.recipient)) return null;
    const record = await deps.programmes.record(payload.version);
    if (!record) return null;
    const contact = await deps.people.contact(delivery.recipient);
    const firstZone =
      record.changes[payload.changes[0] ?? 0]?.zone ?? deps.catalogue.programmes[0]?.zone ?? "UTC";
    return withLocale(locale, () => {
      // Zone labels are worded in the language in scope ("heure de New York").
      const labels = new Map(deps.catalogue.programmes.map((entry) => [entry.id, entry.zoneLabel]));
      return cardMessage(
        noticeCard(record, payload.changes, {
          askerZone: displayZone(contact?.timeZone),
          venueLabel: (id) => labels.get(id),
          venueZone: firstZone,
        }),
        locale,
      );
    });
  };
}
