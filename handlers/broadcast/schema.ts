/**
 * The broadcast feature's records, validated with zod when read: drafts (with a TTL, until
 * the Secretariat confirms), confirmed broadcasts, their frozen recipient lists and the
 * acknowledgements recipients give.
 */
import { z } from "zod";

/**
 * One person a broadcast names; `userId` is absent when they cannot be reached in chat.
 * @example recipientSchema.parse({ key: "ann@mission.ke", name: "Ann", userId: "chat:U1" })
 */
export const recipientSchema = z.object({
  key: z.string().min(1),
  name: z.string(),
  userId: z
    .string()
    .regex(/^[^:]+:.+$/)
    .optional(),
  /** Their State, shown beside their name (absent in broadcasts composed before it was kept). */
  state: z.string().optional(),
  /** A POC of the directory: their record's type. */
  pocType: z.enum(["diplomatic", "technical"]).optional(),
  /** The mailbox an e-mail copy goes to (the broadcast's "by e-mail too", or their own wish). */
  email: z.string().optional(),
  /**
   * No chat account known when the broadcast was composed: at send time the outbox resolves
   * the person (`bot/reach/resolver.ts`: a chat account met since, else a platform's look-up
   * by e-mail) and, without an e-mail copy, e-mails them when no chat account is found.
   */
  lookup: z.boolean().optional(),
});
/** @example const r: BroadcastRecipient = { key: "ann@mission.ke", name: "Ann" }; */
export type BroadcastRecipient = z.output<typeof recipientSchema>;

/**
 * What the Secretariat composed: text, audience, time, acknowledgement.
 * @example compositionSchema.parse({ text: "Room 4", selector: "everyone", audienceLabel: "everyone", requiresAck: false })
 */
export const compositionSchema = z.object({
  text: z.string().min(1).max(3_000),
  /** Audience selectors joined by " + ", e.g. `"role:head_of_delegation + state:KEN"`. */
  selector: z.string().min(1),
  /** The audience in words, as the Secretariat will read it back. */
  audienceLabel: z.string().min(1),
  /** When to send; absent means as soon as it is confirmed. */
  sendAt: z.string().optional(),
  requiresAck: z.boolean(),
  /** "by e-mail too": everyone with an e-mail gets a copy by e-mail (unless they chose chat only). */
  byEmail: z.boolean().optional(),
  /**
   * The language `text` is written in (a tag of the six: en fr es ru zh ar). Absent in records
   * written before translations existed: English.
   */
  language: z.string().optional(),
  /** The Secretariat's own translations by language tag ("fr" → the French text); absent: none. */
  translations: z.record(z.string(), z.string().min(1).max(3_000)).optional(),
});
/** @example const c: Composition = { text: "Room 4", selector: "everyone", audienceLabel: "everyone", requiresAck: false }; */
export type Composition = z.output<typeof compositionSchema>;

/**
 * A draft waiting for confirmation; the recipients are those the preview counted.
 * @example await store.get(`draft:${id}`, draftSchema)
 */
export const draftSchema = compositionSchema.extend({
  id: z.string().min(1),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  recipients: z.array(recipientSchema),
});
/** @example const draft: Draft = await repo.draft(id) ?? fail(); */
export type Draft = z.output<typeof draftSchema>;

/**
 * Where a message was posted, for in-place updates.
 * @example sentRefSchema.parse({ address: "chat:D1", messageId: "17" })
 */
export const sentRefSchema = z.object({ address: z.string().regex(/^[^:]+:.+$/), messageId: z.string() });

/**
 * A confirmed broadcast.
 *   confirmed → queued (one outbox delivery per reachable recipient) → reported
 *   confirmed | queued → cancelled (deliveries not yet sent are cancelled)
 * `reportedAt` is set once the final report has started (for cancelled ones too).
 * @example await store.get(`broadcast:${id}`, broadcastSchema)
 */
export const broadcastSchema = compositionSchema.extend({
  id: z.string().min(1),
  authorId: z.string(),
  authorName: z.string(),
  confirmedBy: z.string(),
  confirmedAt: z.string(),
  /** When the deliveries are due (the requested time, or the confirmation time). */
  dueAt: z.string(),
  /** Deliveries: recipients with a chat account, those looked up at send time, plus the e-mail copies. */
  reachable: z.number().int().min(0),
  /** Recipients the audience names but nobody can reach (no chat account, no e-mail address). */
  unreachable: z.number().int().min(0),
  status: z.enum(["confirmed", "queued", "reported", "cancelled"]),
  /** The progress message shown to the Secretariat. */
  progress: sentRefSchema.optional(),
  reportedAt: z.string().optional(),
});
/** @example const broadcast: Broadcast | undefined = await repo.get("1a2b3c4d"); */
export type Broadcast = z.output<typeof broadcastSchema>;

/**
 * A recipient's acknowledgement.
 * @example ackSchema.parse({ userId: "chat:U1", at: "2024-03-04T14:00:00.000Z" })
 */
export const ackSchema = z.object({ userId: z.string(), at: z.string() });
/** @example const ack: Ack = { userId: "chat:U1", at: now.toISOString() }; */
export type Ack = z.output<typeof ackSchema>;
