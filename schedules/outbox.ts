/**
 * The outbox: one mechanism for every proactive message (reminders, ping tests,
 * broadcasts, POC campaigns). Producers enqueue delivery records; `drain` claims the due
 * ones atomically and sends them, paced per platform, recording each step in the store.
 */

import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Outgoing } from "../bot/cards.js";
import type { Clock } from "../bot/clock.js";
import { withLocale } from "../bot/context.js";
import { DeliveryError, StoreError } from "../bot/errors.js";
import type { Logger } from "../bot/logger.js";
import type { Messenger } from "../bot/messenger.js";
import { type PaceKey, Pacer, type RateWindow } from "../bot/pacing.js";
import type { Resolution } from "../bot/reach/resolver.js";
import type { Store } from "../bot/store/port.js";
import { type Address, platformOf, type SentRef } from "../bot/types.js";
import {
  type Delivery,
  deliveryKey,
  deliverySchema,
  dueIndexKey,
  FINAL_STATUSES,
  type NewDelivery,
} from "./delivery.js";

/** Builds the message at send time; `null` cancels the delivery (nothing left to say). */
export type Renderer = (
  delivery: Delivery,
  now: Date,
  /** The address it goes to, resolved at send time (a person by "chat, else e-mail" may get e-mail). */
  to: Address,
  /**
   * The recipient's language (their choice, else the one they last wrote in; "en" when
   * unknown). Render in it: `say(locale, …)`, or `withLocale(locale, () => render(…))` around
   * synchronous rendering.
   */
  locale: string,
) => Promise<Outgoing | null> | Outgoing | null;

/** Called after each delivery settles (sent, failed, uncertain, missed, cancelled). */
export type SettledListener = (delivery: Delivery) => void | Promise<void>;

/** Tuning of the outbox. */
export interface OutboxOptions {
  /** How long a claim holds; must exceed the longest send (adapter retries included). */
  claimTtlMs?: number;
  /** Sends in flight at once per platform. */
  concurrency?: number;
  /**
   * Windows per platform on top of the adapters' own pacing, e.g. `{ chat: [{ limit: 50, perMs: 1000 }] }`;
   * the key `"*"` applies to every platform without its own entry. A platform-wide budget,
   * counted when each send starts: the adapters' own per-conversation pacing (inside
   * `send()`) is what holds a slot until the platform answered.
   */
  rateLimits?: Record<string, RateWindow[]>;
  /**
   * Transient failures allowed before a delivery is recorded as failed. Rate-limit refusals
   * (429) do not count (up to {@link MAX_RATE_LIMITED} of them).
   */
  maxAttempts?: number;
  /**
   * How long a due delivery may wait for the process that serves its user when this one does
   * not (a console of another e-mail on the same store) before it is recorded as failed,
   * unreachable, with the reason: counted as not delivered, and no longer read every tick.
   * Measured from the last time it was due or touched (its due time, a retry's `notBefore`,
   * its last attempt). Default {@link UNSERVED_GIVE_UP_MS}.
   */
  unservedGiveUpMs?: number;
}

/** A day: how long a delivery waits for its user's own console by default (`unservedGiveUpMs`). */
export const UNSERVED_GIVE_UP_MS = 24 * 60 * 60 * 1000;

/** A due-index entry: which delivery, and its platform (for pacing without reading the record). */
const indexEntrySchema = z.object({ id: z.string(), platform: z.string() });

/**
 * Rate-limit refusals (429) a delivery may collect before it is recorded as failed. They do
 * not count against `maxAttempts` (nothing is wrong with the message), but a platform that
 * refuses for ever must not keep a delivery pending for ever.
 */
const MAX_RATE_LIMITED = 50;

/**
 * @example
 * const outbox = new Outbox({ store, messenger, clock, log });
 * outbox.register("reminder", (delivery) => ({ text: `Starting soon: ${delivery.payload.title}` }));
 * await outbox.enqueue({ campaign: "reminders", localId: "u1-s3-15", kind: "reminder", recipient: "slack:U1", payload: { title: "Capacity-building" }, dueAt: "2024-03-07T14:45:00.000Z" });
 * await outbox.drain();
 */
export class Outbox {
  private readonly renderers = new Map<string, Renderer>();
  private readonly listeners: SettledListener[] = [];
  /** One key per platform. No margin on top of the configured windows: they are the operator's own. */
  private readonly pacer = new Pacer({ marginMs: 0 });
  /** Per platform, until when (outbox clock, epoch ms) no new send starts: its last 429's Retry-After. */
  private readonly pausedUntil = new Map<string, number>();
  private readonly owner = randomUUID();
  private readonly claimTtlMs: number;
  private readonly concurrency: number;
  private readonly maxAttempts: number;
  private readonly unservedGiveUpMs: number;
  private readonly store: Store;
  /** Aborted by {@link stop}: no new send starts, and a wait for a pace slot ends. */
  private halt = new AbortController();

  constructor(
    private readonly deps: {
      store: Store;
      messenger: Messenger;
      clock: Clock;
      log: Logger;
      /** Resolves a person recipient to a channel's address (addresses are used as they are without it). */
      resolve?: (recipient: string, channel: string | undefined) => Promise<Resolution>;
      /** The language a recipient reads (their choice, else the one they last wrote in): renderers run in it. */
      localeOf?: (recipient: string) => Promise<string | undefined>;
    },
    private readonly options: OutboxOptions = {},
  ) {
    this.store = deps.store.namespace("outbox");
    this.claimTtlMs = options.claimTtlMs ?? 60_000;
    this.concurrency = options.concurrency ?? 8;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.unservedGiveUpMs = options.unservedGiveUpMs ?? UNSERVED_GIVE_UP_MS;
  }

  /**
   * Stops sending for shutdown: a drain under way starts no further delivery, and one
   * waiting for a pace slot (seconds, or an hour under a tight limit) gives it up and goes
   * back unsent, so that shutting down waits only for sends already on the wire.
   */
  stop(): void {
    this.halt.abort(new Error("the outbox is stopping"));
  }

  /** Sends again after {@link stop} (a new start of the scheduler). */
  start(): void {
    if (this.halt.signal.aborted) this.halt = new AbortController();
  }

  /** Registers the renderer of a kind of delivery. */
  register(kind: string, renderer: Renderer): void {
    this.renderers.set(kind, renderer);
  }

  /** Subscribes to settled deliveries (progress reports). */
  onSettled(listener: SettledListener): void {
    this.listeners.push(listener);
  }

  /**
   * Adds a delivery unless one with the same id exists; true when it was new.
   * The index entry is written first, so a crash between the two writes leaves at most a
   * harmless pointer, never a pending record nobody will find.
   */
  async enqueue(input: NewDelivery): Promise<boolean> {
    const now = this.deps.clock.now().toISOString();
    const id = `${input.campaign}/${input.localId}`;
    const dueAt = new Date(input.dueAt).toISOString();
    const channel = input.channel ?? platformOf(input.recipient as Address);
    const record: Delivery = deliverySchema.parse({
      id,
      campaign: input.campaign,
      kind: input.kind,
      recipient: input.recipient,
      channel,
      payload: input.payload,
      dueAt,
      expiresAt: input.expiresAt,
      status: "pending",
      attempts: 0,
      createdAt: now,
      updatedAt: now,
    });
    // Deliveries are grouped by channel for concurrency; each send is paced by the platform it resolves to.
    await this.store.set(dueIndexKey(dueAt, id), { id, platform: channel });
    return this.store.setIfAbsent(deliveryKey(id), record);
  }

  /** One delivery record. */
  get(id: string): Promise<Delivery | undefined> {
    return this.store.get(deliveryKey(id), deliverySchema);
  }

  /** Every delivery of a campaign. */
  async campaign(campaign: string): Promise<Delivery[]> {
    return (await this.store.list(`delivery:${campaign}/`, deliverySchema)).map((entry) => entry.value);
  }

  /** Cancels a campaign's deliveries that have not been sent yet. */
  async cancelPending(campaign: string): Promise<number> {
    let cancelled = 0;
    for (const delivery of await this.campaign(campaign)) {
      if (delivery.status !== "pending") continue;
      await this.settle(delivery, { status: "cancelled" });
      cancelled += 1;
    }
    return cancelled;
  }

  /**
   * Sends everything due at the clock's now; resolves when all of it has settled or been
   * put back for a retry. Safe to run on several replicas at once: each delivery is claimed.
   * When the store stops answering, no further delivery is started, those in flight finish,
   * and the store's error is thrown: the next tick starts again (a store error is never
   * read as "not sent").
   */
  async drain(): Promise<{ attempted: number }> {
    const now = this.deps.clock.now();
    const cutoff = dueIndexKey(now.toISOString(), "\uffff");
    const due = (await this.store.list("due:", indexEntrySchema)).filter((entry) => entry.key <= cutoff);
    const byPlatform = new Map<string, string[]>();
    for (const { value } of due) {
      const ids = byPlatform.get(value.platform) ?? [];
      ids.push(value.id);
      byPlatform.set(value.platform, ids);
    }
    let attempted = 0;
    let storeDown: { error: unknown } | undefined;
    await Promise.all(
      [...byPlatform].map(async ([platform, ids]) => {
        let next = 0;
        const worker = async () => {
          while (next < ids.length && !storeDown && !this.paused(platform) && !this.halt.signal.aborted) {
            const id = ids[next] as string;
            next += 1;
            try {
              if (await this.process(id)) attempted += 1;
            } catch (error) {
              // A store that still answers means this one record is unusable: skip it.
              if (await this.storeAnswers())
                this.deps.log.error({ err: error, id }, "delivery skipped: it could not be processed");
              else storeDown ??= { error };
            }
          }
        };
        await Promise.all(Array.from({ length: Math.min(this.concurrency, ids.length) }, worker));
      }),
    );
    if (storeDown) throw storeDown.error;
    return { attempted };
  }

  /** Claims, renders, sends and records one delivery; true when a send was attempted. */
  private async process(id: string): Promise<boolean> {
    const claimKey = `claim:${id}`;
    if (!(await this.store.setIfAbsent(claimKey, this.owner, this.claimTtlMs))) return false;
    const claimedAt = performance.now();
    try {
      const delivery = await this.get(id);
      const now = this.deps.clock.now();
      if (!delivery || FINAL_STATUSES.has(delivery.status)) {
        if (delivery) await this.store.delete(dueIndexKey(delivery.dueAt, id));
        return false;
      }
      if (Date.parse(delivery.dueAt) > now.getTime()) return false;
      if (delivery.notBefore && Date.parse(delivery.notBefore) > now.getTime()) return false;
      if (delivery.expiresAt && Date.parse(delivery.expiresAt) < now.getTime()) {
        await this.settle(delivery, {
          status: "missed",
          error: "past its useful time when it could be sent",
        });
        return false;
      }
      // A record left in "sending" means a previous owner died mid-send; `maybeDelivered`
      // means an attempt timed out. Either way send again, but record the outcome as
      // uncertain (the first send may have gone out).
      const recovering = delivery.status === "sending" || delivery.maybeDelivered === true;
      let resolution: Resolution;
      try {
        resolution = this.deps.resolve
          ? await this.deps.resolve(delivery.recipient, delivery.channel)
          : { address: delivery.recipient as Address };
      } catch (error) {
        if (error instanceof StoreError && !(await this.storeAnswers())) throw error;
        await this.recordFailure({ ...delivery, attempts: delivery.attempts + 1 }, error);
        return true;
      }
      if ("unreachable" in resolution) {
        await this.settle(delivery, { status: "failed", unreachable: true, error: resolution.unreachable });
        return false;
      }
      // Another process serves this user (a console of another e-mail on the same store): the
      // delivery stays pending, with no attempt used and nothing rendered, for that process —
      // until it has waited too long for it: then it is not delivered, and says why.
      if (!this.deps.messenger.servesHere(resolution.address)) {
        if (this.waitedTooLong(delivery, now))
          await this.settle(delivery, {
            status: "failed",
            unreachable: true,
            error: `not delivered: nothing serving ${resolution.address} (that user's own console) ran within ${this.unservedGiveUpMs / 3_600_000} hours after it was due`,
          });
        return false;
      }
      const renderer = this.renderers.get(delivery.kind);
      if (!renderer) {
        this.deps.log.warn(
          { id, kind: delivery.kind },
          "no renderer for delivery kind; will retry when one is registered",
        );
        return false;
      }
      let message: Outgoing | null;
      let locale = "en";
      try {
        locale = (await this.deps.localeOf?.(delivery.recipient)) ?? "en";
        message = await renderer(delivery, now, resolution.address, locale);
      } catch (error) {
        // The store not answering is not the renderer's fault: stop, the next tick retries.
        if (error instanceof StoreError && !(await this.storeAnswers())) throw error;
        this.deps.log.error({ err: error, id }, "renderer failed");
        await this.recordFailure({ ...delivery, attempts: delivery.attempts + 1 }, error);
        return false;
      }
      if (message === null) {
        await this.settle(delivery, { status: "cancelled" });
        return false;
      }
      if (!message.locale) message = withLocale(message, locale);
      const sending: Delivery = {
        ...delivery,
        status: "sending",
        attempts: delivery.attempts + 1,
        updatedAt: now.toISOString(),
      };
      await this.store.set(deliveryKey(id), sending);
      let sent: SentRef;
      try {
        // The direct conversation is found (or opened) first and the pace slot taken right
        // before the send. It is released at once: the platform's budget counts sends as they
        // start. Holding it through send() would also hold it through the adapter's own
        // per-conversation wait, stalling every other conversation (a 2,000-message Slack
        // broadcast took 1.18× the least time the limits allow instead of 1.14×).
        const to = await this.deps.messenger.directAddress(resolution.address);
        try {
          const slot = await this.pacer.acquire(this.paceKeys(platformOf(to)), this.halt.signal);
          slot.release();
        } catch (error) {
          if (!this.halt.signal.aborted) throw error;
          // Stopping while waiting for a slot: nothing was sent, so the record goes back
          // as it was (no attempt used) for the next start or another replica.
          await this.store.set(deliveryKey(id), delivery);
          return false;
        }
        sent = await this.deps.messenger.send(to, message);
      } catch (error) {
        await this.recordWhileClaimed(claimedAt, () => this.recordFailure(sending, error));
        return true;
      }
      // Outside the send's try: a store error here must not be taken for a failed send.
      await this.recordWhileClaimed(claimedAt, () =>
        this.settle(sending, {
          status: recovering ? "uncertain" : "sent",
          sentAt: this.deps.clock.now().toISOString(),
          sentTo: sent.address,
          messageId: sent.messageId,
          error: recovering
            ? "re-sent after an interrupted attempt; the recipient may have it twice"
            : undefined,
        }),
      );
      return true;
    } finally {
      await this.store.delete(claimKey);
    }
  }

  /**
   * Writes what a platform call did. Losing that write would send the message again, so a
   * store outage is waited out while the claim holds (up to a margin before it lapses);
   * after that the error is thrown and the record stays "sending" (settled as uncertain).
   */
  private async recordWhileClaimed(claimedAt: number, write: () => Promise<void>): Promise<void> {
    const deadline = claimedAt + this.claimTtlMs - Math.min(5_000, this.claimTtlMs / 5);
    for (let attempt = 1; ; attempt += 1) {
      try {
        await write();
        return;
      } catch (error) {
        if (!(error instanceof StoreError) || performance.now() >= deadline) throw error;
        this.deps.log.warn(
          { err: error, attempt },
          "store failed while recording a send; retrying while the claim holds",
        );
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(1_000, Math.max(0, deadline - performance.now()))),
        );
      }
    }
  }

  /** Whether a delivery this process does not serve has waited {@link OutboxOptions.unservedGiveUpMs} untouched. */
  private waitedTooLong(delivery: Delivery, now: Date): boolean {
    const since = Math.max(
      Date.parse(delivery.dueAt),
      Date.parse(delivery.updatedAt),
      delivery.notBefore ? Date.parse(delivery.notBefore) : 0,
    );
    return now.getTime() - since >= this.unservedGiveUpMs;
  }

  /** True when the store answers a ping (so an error was about one record, not an outage). */
  private storeAnswers(): Promise<boolean> {
    return this.deps.store.ping().then(
      (up) => up,
      () => false,
    );
  }

  private async recordFailure(delivery: Delivery, error: unknown): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    const failure = error instanceof DeliveryError ? error : undefined;
    const permanent = failure?.permanent === true;
    const maybeDelivered = delivery.maybeDelivered === true || failure?.outcomeUnknown === true;
    const now = this.deps.clock.now();
    // A 429 is the platform's limit, not the message's fault: it does not use up the
    // delivery's attempts, and the platform's other sends wait out its Retry-After too.
    const rateLimited = (delivery.rateLimited ?? 0) + (failure?.rateLimited ? 1 : 0);
    if (failure?.rateLimited && failure.retryAfterMs) {
      this.pause(
        delivery.channel ?? platformOf(delivery.recipient as Address),
        now.getTime() + failure.retryAfterMs,
      );
    }
    if (permanent || delivery.attempts - rateLimited >= this.maxAttempts || rateLimited > MAX_RATE_LIMITED) {
      await this.settle(delivery, {
        status: maybeDelivered ? "uncertain" : "failed",
        error: reason,
        rateLimited: rateLimited || undefined,
      });
      return;
    }
    const retryAfterMs =
      failure?.retryAfterMs !== undefined
        ? failure.retryAfterMs
        : Math.min(60_000, 1_000 * 2 ** (delivery.attempts - 1)) * (0.5 + Math.random() / 2);
    await this.store.set(deliveryKey(delivery.id), {
      ...delivery,
      status: "pending",
      notBefore: new Date(now.getTime() + retryAfterMs).toISOString(),
      error: reason,
      maybeDelivered: maybeDelivered || undefined,
      rateLimited: rateLimited || undefined,
      updatedAt: now.toISOString(),
    } satisfies Delivery);
    this.deps.log.info({ id: delivery.id, reason, retryAfterMs, rateLimited }, "delivery will be retried");
  }

  /** Holds new sends to a platform until `untilMs` (the outbox clock); never shortens a pause. */
  private pause(platform: string, untilMs: number): void {
    if (untilMs <= (this.pausedUntil.get(platform) ?? 0)) return;
    this.pausedUntil.set(platform, untilMs);
    this.deps.log.warn(
      { platform, until: new Date(untilMs).toISOString() },
      "platform rate limit reached: holding its sends until Retry-After has passed",
    );
  }

  private paused(platform: string): boolean {
    return (this.pausedUntil.get(platform) ?? 0) > this.deps.clock.now().getTime();
  }

  private async settle(delivery: Delivery, change: Partial<Delivery>): Promise<void> {
    const settled: Delivery = { ...delivery, ...change, updatedAt: this.deps.clock.now().toISOString() };
    await this.store.set(deliveryKey(delivery.id), settled);
    await this.store.delete(dueIndexKey(delivery.dueAt, delivery.id));
    for (const listener of this.listeners) {
      try {
        await listener(settled);
      } catch (error) {
        // A progress report that fails must not undo or repeat a delivery that happened.
        this.deps.log.error({ err: error, id: delivery.id }, "settled listener failed");
      }
    }
  }

  /** What a send to the platform counts against: the platform's configured windows (none: no wait). */
  private paceKeys(platform: string): PaceKey[] {
    const windows = this.options.rateLimits?.[platform] ?? this.options.rateLimits?.["*"] ?? [];
    return [{ key: platform, windows }];
  }
}
