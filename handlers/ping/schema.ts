/**
 * Ping tests as stored (namespace `ping`), validated with zod on read:
 *
 *   draft:<id>            a previewed test waiting for the Secretariat's Confirm (TTL)
 *   test:<id>             the test: scope, window, and its targets (a snapshot taken at start)
 *   open:<id>             index of tests the producer still works on (deleted at close)
 *   enqueued:<id>         all pings of the test are in the outbox
 *   reminded:<id>         the halfway reminders are all in the outbox
 *   ack:<id>:<pocId>      the first acknowledgement (setIfAbsent: first click wins)
 *   latest                the id of the most recent test
 */
import { z } from "zod";

/** Who a test pings. */
export const pingScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("type"), type: z.enum(["diplomatic", "technical"]) }),
  z.object({
    kind: z.literal("states"),
    states: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1),
    /** Only this type of POC of those States (both when absent). */
    type: z.enum(["diplomatic", "technical"]).optional(),
  }),
]);
/** A scope. */
export type PingScope = z.output<typeof pingScopeSchema>;

/**
 * When a test e-mails a POC: `fallback` when they cannot be reached in chat (no chat
 * account, not found by e-mail on a chat platform, or the chat ping failed); `also` for
 * every POC, besides chat ("by e-mail too").
 */
export const emailModeSchema = z.enum(["fallback", "also"]);
/** When a test e-mails. */
export type EmailMode = z.output<typeof emailModeSchema>;

/** A previewed test. */
export const pingDraftSchema = z.object({
  id: z.string(),
  scope: pingScopeSchema,
  email: emailModeSchema.optional(),
  windowMs: z.number().int().positive(),
  createdBy: z.string(),
  expiresAt: z.string(),
});
/** A draft. */
export type PingDraft = z.output<typeof pingDraftSchema>;

/** One POC a test pings, as it stood when the test started. */
export const pingTargetSchema = z.object({
  pocId: z.string(),
  state: z.string(),
  type: z.enum(["diplomatic", "technical"]),
  /** The POC's name in the directory at the start (absent in tests started before it was kept). */
  name: z.string().optional(),
  /** Only a chat user whose verified email is one of these may acknowledge. */
  emails: z.array(z.string()).min(1),
  /**
   * The chat account the bot knew for the POC at the start; absent otherwise (the ping
   * then looks them up by e-mail on the chat platforms, and falls back to e-mail).
   */
  recipient: z.string().optional(),
  /** The zone times are shown in (the account's, else the record's). */
  zone: z.string().optional(),
  /** The place the POC named that zone by, when they chose it in chat ("Geneva"): labels their times. */
  place: z.string().optional(),
});
/** A target. */
export type PingTarget = z.output<typeof pingTargetSchema>;

/** A started ping test. */
export const pingTestSchema = z.object({
  id: z.string(),
  scope: pingScopeSchema,
  email: emailModeSchema.optional(),
  windowMs: z.number().int().positive(),
  startedAt: z.string(),
  halfwayAt: z.string(),
  closesAt: z.string(),
  startedBy: z.object({
    email: z.string().optional(),
    userId: z.string().optional(),
    name: z.string().optional(),
  }),
  targets: z.array(pingTargetSchema),
});
/** A test. */
export type PingTest = z.output<typeof pingTestSchema>;

/** Who stopped a running test, and when; its pings not yet sent are not sent. */
export const pingCancellationSchema = z.object({ at: z.string(), by: pingTestSchema.shape.startedBy });
/** Who stopped a running test, and when. */
export type PingCancellation = z.output<typeof pingCancellationSchema>;

/** An acknowledgement: by the chat button, a typed word, or an e-mail's link. */
export const pingAckSchema = z.object({
  at: z.string(),
  userId: z.string(),
  email: z.string(),
  /** The channel it came by: `email` for a link, else the chat. */
  channel: z.enum(["chat", "email"]).optional(),
  via: z.enum(["button", "typed", "link"]).optional(),
  /**
   * A typed word recorded once a ping had reached the POC (it is checked before recording).
   * Without it (older records), a typed word counts from the first delivery's `sentAt` on.
   */
  afterDelivery: z.boolean().optional(),
});
/** An acknowledgement. */
export type PingAck = z.output<typeof pingAckSchema>;

/** An entry of the open-tests index. */
export const openEntrySchema = z.object({ id: z.string(), createdAt: z.string() });
