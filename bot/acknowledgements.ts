/**
 * Messages waiting for a person's acknowledgement, across features. A person may type
 * "acknowledge" instead of clicking the button of a message; the feature that answers that
 * phrase asks the others, through this registry, what else is waiting for this person, so
 * that it never records an acknowledgement on the wrong message. Features register a finder
 * in `install` (the broadcasts and the ping tests register theirs) without knowing who asks;
 * a change's preview asks too, so that a bare "ok" is not taken for its Confirm while
 * something else waits for an answer.
 *
 * A typed word acknowledges only what the person can reasonably mean: a message whose
 * acknowledgement is still open, or closed less than {@link ACK_GRACE_MS} ago (the ping
 * tests' shape: a close, then a day of grace). Older messages are still listed (`past`), so
 * the answer can say why nothing was recorded; their buttons keep working.
 */
import type { TurnContext } from "./context.js";

/**
 * How long after its close an acknowledgement is still taken (a person in a far zone may
 * see the message the next morning): a ping test's late answers, a broadcast's typed word.
 */
export const ACK_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * How long a message without a close of its own (a broadcast) stays open for a typed
 * acknowledgement after it reached the person: as long as a ping test's default window. A
 * typed word still counts for {@link ACK_GRACE_MS} after that.
 */
export const TYPED_ACK_OPEN_MS = 48 * 60 * 60 * 1000;

/**
 * Whole days after which a typed word no longer acknowledges a message without a close of its
 * own ({@link TYPED_ACK_OPEN_MS} plus {@link ACK_GRACE_MS}), for the answer that says so.
 */
export const TYPED_ACK_DAYS = Math.round((TYPED_ACK_OPEN_MS + ACK_GRACE_MS) / (24 * 60 * 60 * 1000));

/** One message the asker was asked to acknowledge and has not. */
export interface WaitingAck {
  /** The message in words, for a list: "the broadcast of Fri 14 Jun, 10:41 AM New York time ("Fire drill…")". */
  label: string;
  /**
   * The instant (ISO 8601) after which a typed word no longer acknowledges it (its close plus
   * {@link ACK_GRACE_MS}); the button still does.
   */
  typedUntil: string;
  /** Records the acknowledgement, as the message's button does; resolves to the answer. */
  acknowledge(): Promise<string>;
}

/** Finds what waits for the asker's acknowledgement in one feature. */
export type WaitingAckFinder = (ctx: TurnContext) => Promise<WaitingAck[]>;

/** What waits for the asker: what a typed word may acknowledge now, and what is too old for one. */
export interface WaitingAcks {
  open: WaitingAck[];
  past: WaitingAck[];
}

/**
 * @example
 * deps.acknowledgements.register("broadcast", (ctx) => waitingBroadcasts(ctx));
 * const waiting = await deps.acknowledgements.waiting(ctx); // [{ label, typedUntil, acknowledge }]
 */
export class Acknowledgements {
  private readonly finders = new Map<string, WaitingAckFinder>();

  /** Registers a feature's finder (one per name; a second registration replaces the first). */
  register(name: string, finder: WaitingAckFinder): void {
    this.finders.set(name, finder);
  }

  /**
   * What waits for the asker's acknowledgement and a typed word may still acknowledge, in every
   * registered feature but `except` (the asking feature's own, which it knows better).
   */
  async waiting(ctx: TurnContext, except?: string): Promise<WaitingAck[]> {
    return (await this.partition(ctx, except)).open;
  }

  /** Everything waiting for the asker's acknowledgement, in every registered feature but `except`, split by age. */
  async partition(ctx: TurnContext, except?: string): Promise<WaitingAcks> {
    const now = ctx.now().toISOString();
    const found: WaitingAcks = { open: [], past: [] };
    for (const [name, finder] of this.finders) {
      if (name === except) continue;
      for (const waiting of await finder(ctx))
        (now < waiting.typedUntil ? found.open : found.past).push(waiting);
    }
    return found;
  }
}
