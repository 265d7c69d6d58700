/**
 * What the Teams adapter remembers, in its own store namespace, validated with zod when
 * read:
 *
 * - `ref:<conversation address>` — the full ConversationReference, written from inbound
 *   activities when it changed (the service URL can change) or ten minutes after this
 *   process last wrote it, read by every send, so proactive sends work after a restart and
 *   from another replica;
 * - `user:<user address>` — how to reach a user (service URL, ids), for opening a DM;
 * - `dm:<user address>` — the user's personal conversation with the bot, once known
 *   (these two, like the reference, are rewritten only when they change or have gone ten
 *   minutes unwritten);
 * - `email:<user address>` — the email Teams verified for the user (cached for a day);
 * - `member:<email>` — the user address of the Teams member with that email, written when
 *   the app is installed for them or a team they are in (and on their messages), so that
 *   a person can be found by email without having written to the bot.
 */
import type { ConversationReference } from "@microsoft/agents-activity";
import { z } from "zod";
import type { Store } from "../../bot/store/port.js";
import type { Address } from "../../bot/types.js";

const accountSchema = z.looseObject({ id: z.string(), name: z.string().optional() });

/**
 * A stored ConversationReference (the fields the SDK needs, and anything else kept as is).
 * @example await store.get(`ref:${address}`, referenceSchema)
 */
export const referenceSchema = z.looseObject({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1), tenantId: z.string().optional() }),
  agent: accountSchema.optional(),
  /** What botbuilder called `agent`: references stored before the move to the Agents SDK. */
  bot: accountSchema.optional(),
  user: accountSchema.optional(),
  locale: z.string().optional(),
});

/**
 * How to reach a user outside any conversation.
 * @example await store.get(`user:${address}`, userRecordSchema)
 */
export const userRecordSchema = z.object({
  userId: z.string().min(1),
  tenantId: z.string(),
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1),
  botId: z.string().min(1),
  botName: z.string().optional(),
});

/**
 * A user record.
 * @example const record: UserRecord = { userId: "29:1Gc…", tenantId: "72f9…", serviceUrl: "https://smba.trafficmanager.net/emea/", channelId: "msteams", botId: "28:5a1f…" };
 */
export type UserRecord = z.output<typeof userRecordSchema>;

const dmSchema = z.object({ address: z.string().regex(/^teams:/) });
const emailSchema = z.object({ email: z.string().nullable() });
const memberSchema = z.object({ user: z.string().regex(/^teams:/) });

/** The record without a `name` that is empty (the SDK's schema wants names of at least one character). */
function withoutEmptyName<T extends object>(record: T): T {
  if ((record as { name?: unknown }).name !== "") return record;
  const { name: _empty, ...rest } = record as { name?: unknown };
  return rest as T;
}

/**
 * How long a verified email is trusted before Teams is asked again.
 * @example await references.saveEmail(user, "amina.diallo@mfa.example", EMAIL_TTL_MS)
 */
export const EMAIL_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * How long a failed email look-up is remembered, so that Teams is not asked on every turn.
 * @example await references.saveEmail(user, null, EMAIL_FAILURE_TTL_MS)
 */
export const EMAIL_FAILURE_TTL_MS = 10 * 60 * 1000;
/**
 * How long this process keeps a user's email it read from the store, before reading it again
 * (so that a replica sees another's fresh look-up within a minute).
 * @example EMAIL_KEPT_MS === 60_000
 */
export const EMAIL_KEPT_MS = 60 * 1000;

/**
 * How long an unchanged record goes without being rewritten.
 * @example REWRITE_AFTER_MS === 600_000
 */
export const REWRITE_AFTER_MS = 10 * 60 * 1000;

/**
 * @example
 * const references = new ReferenceStore(host.store);
 * await references.saveReference(address, TurnContext.getConversationReference(activity));
 * const reference = await references.reference(address);
 */
export class ReferenceStore {
  /**
   * What this process last wrote under each key, and when, to skip rewriting the same record
   * on every activity (a store write per turn for nothing). A record is rewritten anyway once
   * {@link REWRITE_AFTER_MS} has passed, so that one lost from the store (a Redis restarted
   * without persistence) comes back with the next activity rather than never.
   */
  private readonly written = new Map<string, { json: string; at: number }>();
  /** Emails read or written lately, by user address (see {@link knownEmail}). */
  private readonly emails = new Map<Address, { email: string | null; until: number }>();

  /** `now` is the process clock (a test may move it). */
  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores a reference (one in botbuilder's shape, with `bot` for `agent`, is read back as the SDK's). */
  async saveReference(
    address: Address,
    reference: Partial<ConversationReference> & { bot?: { id: string; name?: string } },
  ): Promise<void> {
    const { activityId: _activityId, ...kept } = reference;
    await this.writeIfChanged(`ref:${address}`, kept);
  }

  /**
   * The stored reference, as the SDK's schema accepts it: one stored by the botbuilder
   * version has its `bot` read as `agent`, and empty names (which the SDK refuses) dropped.
   */
  async reference(address: Address): Promise<ConversationReference | undefined> {
    const stored = await this.store.get(`ref:${address}`, referenceSchema);
    if (!stored) return undefined;
    const { bot, agent, user, conversation, ...rest } = stored;
    const account = agent ?? bot;
    return {
      ...rest,
      conversation: withoutEmptyName(conversation),
      ...(account ? { agent: withoutEmptyName(account) } : {}),
      ...(user ? { user: withoutEmptyName(user) } : {}),
    } as ConversationReference;
  }

  /** Writes a user record unless this process already wrote the same one. */
  async saveUser(address: Address, record: UserRecord): Promise<void> {
    await this.writeIfChanged(`user:${address}`, record);
  }

  user(address: Address): Promise<UserRecord | undefined> {
    return this.store.get(`user:${address}`, userRecordSchema);
  }

  async saveDirect(user: Address, conversation: Address): Promise<void> {
    await this.writeIfChanged(`dm:${user}`, { address: conversation });
  }

  async direct(user: Address): Promise<Address | undefined> {
    return (await this.store.get(`dm:${user}`, dmSchema))?.address as Address | undefined;
  }

  /** `undefined` when not cached; `null` when Teams gave no email. */
  async email(user: Address): Promise<string | null | undefined> {
    const known = this.knownEmail(user);
    if (known !== undefined) return known;
    const email = (await this.store.get(`email:${user}`, emailSchema))?.email;
    if (email !== undefined) this.keepEmail(user, email, EMAIL_KEPT_MS);
    return email;
  }

  /**
   * The email this process read or wrote for the user in the last minute, without a store
   * read (every activity asks for the sender's): `undefined` when there is none.
   */
  knownEmail(user: Address): string | null | undefined {
    const kept = this.emails.get(user);
    if (kept === undefined) return undefined;
    if (this.now() < kept.until) return kept.email;
    this.emails.delete(user);
    return undefined;
  }

  async saveEmail(user: Address, email: string | null, ttlMs: number): Promise<void> {
    await this.store.set(`email:${user}`, { email }, ttlMs);
    this.keepEmail(user, email, Math.min(ttlMs, EMAIL_KEPT_MS));
  }

  private keepEmail(user: Address, email: string | null, forMs: number): void {
    if (this.emails.size >= 10_000) this.emails.clear();
    this.emails.set(user, { email, until: this.now() + forMs });
  }

  /** Remembers which user has this email (lower-cased). */
  async saveMember(email: string, user: Address): Promise<void> {
    await this.writeIfChanged(`member:${email.trim().toLowerCase()}`, { user });
  }

  /** The user address of the member with this email, when one was recorded. */
  async memberByEmail(email: string): Promise<Address | undefined> {
    return (await this.store.get(`member:${email.trim().toLowerCase()}`, memberSchema))?.user as
      | Address
      | undefined;
  }

  private async writeIfChanged(key: string, value: object): Promise<void> {
    const json = JSON.stringify(value);
    const now = this.now();
    const last = this.written.get(key);
    if (last?.json === json && now - last.at < REWRITE_AFTER_MS) return;
    await this.store.set(key, value);
    if (this.written.size >= 10_000) this.written.clear();
    this.written.set(key, { json, at: now });
  }
}
