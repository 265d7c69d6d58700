/**
 * A delivery record: one message to one recipient, written before and after each
 * platform call, so that nobody is lost and duplicates stay within the sends in flight.
 *
 *   pending → sending → sent | failed (permanent) | uncertain (re-sent after a crash)
 *   pending → missed (too late to be useful) | cancelled (nothing left to say)
 */
import { z } from "zod";

export const deliveryStatusSchema = z.enum([
  "pending",
  "sending",
  "sent",
  "failed",
  "uncertain",
  "missed",
  "cancelled",
]);
export type DeliveryStatus = z.output<typeof deliveryStatusSchema>;

/** Statuses after which a delivery is never touched again. */
export const FINAL_STATUSES: ReadonlySet<DeliveryStatus> = new Set([
  "sent",
  "failed",
  "uncertain",
  "missed",
  "cancelled",
]);

export const deliverySchema = z.object({
  /** `"<campaign>/<local id>"`, deterministic so that enqueueing twice is harmless. */
  id: z.string().min(3),
  campaign: z.string().min(1),
  /** Names the renderer that builds the message at send time. */
  kind: z.string().min(1),
  /**
   * Who to reach: a user address (a direct message), or a person (`person:<email>`) whom
   * the outbox resolves to an address of `channel` at send time (`bot/reach/`).
   */
  recipient: z.string().regex(/^[^:]+:.+$/),
  /**
   * The channel it goes by: for a person, `chat` or `email` as asked; for an address, its
   * platform. Once sent, `sentTo` says which address (and so which platform) it went to.
   */
  channel: z.string().optional(),
  /** The recipient could not be reached on the channel at all (no account, not found): `error` says why. */
  unreachable: z.boolean().optional(),
  payload: z.record(z.string(), z.unknown()),
  dueAt: z.string(),
  /** After this instant the message is useless: it is recorded as missed instead. */
  expiresAt: z.string().optional(),
  status: deliveryStatusSchema,
  attempts: z.number().int().min(0),
  /** Of the attempts, those the platform turned away for its rate limit (not counted against the budget). */
  rateLimited: z.number().int().min(0).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Earliest next attempt after a transient failure. */
  notBefore: z.string().optional(),
  sentAt: z.string().optional(),
  /** Where the message went and its platform id, for updates. */
  sentTo: z.string().optional(),
  messageId: z.string().optional(),
  error: z.string().optional(),
  /** An earlier attempt may have reached the platform (it timed out): a later send is uncertain. */
  maybeDelivered: z.boolean().optional(),
});
export type Delivery = z.output<typeof deliverySchema>;

/** What a producer supplies to enqueue a delivery. */
export type NewDelivery = Pick<
  Delivery,
  "campaign" | "kind" | "recipient" | "payload" | "dueAt" | "expiresAt" | "channel"
> & {
  /** Unique within the campaign. */
  localId: string;
};

/** Store key of a delivery record. */
export const deliveryKey = (id: string) => `delivery:${id}`;
/** Store key of a pending delivery's entry in the due index (sorted by due time). */
export const dueIndexKey = (dueAt: string, id: string) => `due:${dueAt}|${id}`;
