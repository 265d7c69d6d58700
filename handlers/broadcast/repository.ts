/**
 * Where broadcasts live, in the store namespace "broadcast":
 *   draft:<id>                 a draft until confirmed or cancelled (1 h TTL)
 *   broadcast:<id>             a confirmed broadcast
 *   recipients:<id>            its recipients, frozen at confirmation
 *   active:<id>                present until its final report is queued (what the producer scans)
 *   ack:<id>:<userId>          one acknowledgement, written once
 *   csv:<id>                   the per-recipient CSV of the final report, as sent
 */
import { z } from "zod";
import type { Store } from "../../bot/store/port.js";
import type { Delivery } from "../../schedules/delivery.js";
import {
  type Ack,
  ackSchema,
  type Broadcast,
  type BroadcastRecipient,
  broadcastSchema,
  type Draft,
  draftSchema,
  recipientSchema,
} from "./schema.js";

/**
 * How long a draft waits for its confirmation.
 * @example store.set(`draft:${id}`, draft, DRAFT_TTL_MS);
 */
export const DRAFT_TTL_MS = 60 * 60 * 1000;

/**
 * The outbox campaign of a broadcast's deliveries.
 * @example campaignOf("1a2b3c4d") === "broadcast:1a2b3c4d"
 */
export const campaignOf = (broadcastId: string) => `broadcast:${broadcastId}`;

/**
 * The outbox campaign of the reports sent to the author.
 * @example reportCampaignOf("1a2b3c4d") === "broadcast-report:1a2b3c4d"
 */
export const reportCampaignOf = (broadcastId: string) => `broadcast-report:${broadcastId}`;

/**
 * The delivery id part for one recipient: deterministic, so enqueueing twice is harmless.
 * @example localIdOf("chat:T1/@U3") === "chat%3AT1%2F%40U3"
 */
export const localIdOf = (userId: string) => encodeURIComponent(userId);

/**
 * The local id of the delivery to a person looked up at send time (chat, else e-mail): apart
 * from their e-mail copy's (`localIdOf(personRecipient(email))`).
 * @example lookupLocalId("ann@mission.ke") === "lookup%3Aann%40mission.ke"
 */
export const lookupLocalId = (email: string) => encodeURIComponent(`lookup:${email.trim().toLowerCase()}`);

/**
 * A campaign's deliveries by their local id (the part of the delivery id after the campaign's):
 * the key every report looks a recipient's delivery up by.
 * @example byLocalId(await deps.outbox.campaign(campaignOf(id))).get(localIdOf(userId))
 */
export function byLocalId<D extends Pick<Delivery, "id" | "campaign">>(
  deliveries: readonly D[],
): Map<string, D> {
  return new Map(deliveries.map((delivery) => [delivery.id.slice(delivery.campaign.length + 1), delivery]));
}

/**
 * @example
 * const repo = new BroadcastRepository(deps.store.namespace("broadcast"));
 * await repo.saveDraft(draft); const again = await repo.draft(draft.id);
 */
export class BroadcastRepository {
  constructor(private readonly store: Store) {}

  saveDraft(draft: Draft): Promise<void> {
    return this.store.set(`draft:${draft.id}`, draftSchema.parse(draft), DRAFT_TTL_MS);
  }

  draft(id: string): Promise<Draft | undefined> {
    return this.store.get(`draft:${id}`, draftSchema);
  }

  /** The newest draft of an author still waiting (drafts live an hour), for "fr: <text>". */
  async latestDraftOf(authorId: string): Promise<Draft | undefined> {
    return (await this.drafts()).find((draft) => draft.authorId === authorId);
  }

  /** Every draft still waiting for its confirmation (drafts live an hour), newest first. */
  async drafts(): Promise<Draft[]> {
    const drafts = (await this.store.list("draft:", draftSchema)).map((entry) => entry.value);
    return drafts.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async deleteDraft(id: string): Promise<void> {
    await this.store.delete(`draft:${id}`);
  }

  /**
   * Writes the recipients, then the broadcast only if none with its id exists: true for
   * the one confirmation that wins (confirming twice sends once).
   */
  async create(broadcast: Broadcast, recipients: readonly BroadcastRecipient[]): Promise<boolean> {
    const record = broadcastSchema.parse(broadcast);
    if (await this.get(record.id)) return false;
    await this.store.set(`recipients:${record.id}`, recipients);
    const won = await this.store.setIfAbsent(`broadcast:${record.id}`, record);
    if (won) await this.store.set(`active:${record.id}`, true);
    return won;
  }

  get(id: string): Promise<Broadcast | undefined> {
    return this.store.get(`broadcast:${id}`, broadcastSchema);
  }

  /**
   * Changes a broadcast (its status, its progress message) without losing a concurrent
   * change: `change` gets the broadcast as stored and returns the new one, or `undefined`
   * to leave it; it runs again if another turn or replica wrote in between (the store's
   * compare-and-replace). So a cancellation cannot be undone by the fan-out marking the
   * broadcast queued a moment later. Resolves with what was written, or `undefined`.
   * @example await repo.update(id, (b) => (b?.status === "confirmed" ? { ...b, status: "queued" } : undefined));
   */
  update(
    id: string,
    change: (current: Broadcast | undefined) => Broadcast | undefined,
  ): Promise<Broadcast | undefined> {
    return this.store.update(`broadcast:${id}`, broadcastSchema, (current) => {
      const next = current === undefined ? undefined : change(current);
      return next === undefined ? undefined : broadcastSchema.parse(next);
    });
  }

  async recipients(id: string): Promise<BroadcastRecipient[]> {
    return (await this.store.get(`recipients:${id}`, z.array(recipientSchema))) ?? [];
  }

  /** Ids of broadcasts whose final report has not been queued yet. */
  async activeIds(): Promise<string[]> {
    return (await this.store.list("active:", z.literal(true))).map((entry) =>
      entry.key.slice("active:".length),
    );
  }

  async deactivate(id: string): Promise<void> {
    await this.store.delete(`active:${id}`);
  }

  /** Every broadcast, newest first. */
  async all(): Promise<Broadcast[]> {
    const entries = await this.store.list("broadcast:", broadcastSchema);
    return entries.map((entry) => entry.value).sort((a, b) => b.confirmedAt.localeCompare(a.confirmedAt));
  }

  /** Records an acknowledgement once; false when this user had already acknowledged. */
  acknowledge(id: string, ack: Ack): Promise<boolean> {
    return this.store.setIfAbsent(`ack:${id}:${ack.userId}`, ackSchema.parse(ack));
  }

  /** Acknowledgements by user id. */
  async acks(id: string): Promise<Map<string, Ack>> {
    const entries = await this.store.list(`ack:${id}:`, ackSchema);
    return new Map(entries.map((entry) => [entry.value.userId, entry.value]));
  }

  /** Freezes the report's CSV: the first writer wins, so every part is cut from one text. */
  async saveCsvOnce(id: string, csv: string): Promise<void> {
    await this.store.setIfAbsent(`csv:${id}`, csv);
  }

  /**
   * Replaces the report's CSV with the one read when the report's counts go out, so that the
   * counts and the CSV that follows them come from one reading. Only before any CSV part was
   * sent (the report chain queues the first part after the counts have gone).
   */
  async replaceCsv(id: string, csv: string): Promise<void> {
    await this.store.set(`csv:${id}`, csv);
  }

  csv(id: string): Promise<string | undefined> {
    return this.store.get(`csv:${id}`, z.string());
  }
}
