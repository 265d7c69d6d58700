/**
 * Messages waiting for a person's acknowledgement, across features. A person may type
 * "acknowledge" instead of clicking the button of a message; the feature that answers that
 * phrase asks the others, through this registry, what else is waiting for this person, so
 * that it never records an acknowledgement on the wrong message. Features register a finder
 * in `install` (the broadcasts and the ping tests register theirs) without knowing who asks;
 * a change's preview asks too, so that a bare "ok" is not taken for its Confirm while
 * something else waits for an answer.
 */
import type { TurnContext } from "./context.js";

/** One message the asker was asked to acknowledge and has not. */
export interface WaitingAck {
  /** The message in words, for a list: "the broadcast of Fri 14 Jun, 10:41 AM New York time ("Fire drill…")". */
  label: string;
  /** Records the acknowledgement, as the message's button does; resolves to the answer. */
  acknowledge(): Promise<string>;
}

/** Finds what waits for the asker's acknowledgement in one feature. */
export type WaitingAckFinder = (ctx: TurnContext) => Promise<WaitingAck[]>;

/**
 * @example
 * deps.acknowledgements.register("broadcast", (ctx) => waitingBroadcasts(ctx));
 * const waiting = await deps.acknowledgements.waiting(ctx); // [{ label, acknowledge }]
 */
export class Acknowledgements {
  private readonly finders = new Map<string, WaitingAckFinder>();

  /** Registers a feature's finder (one per name; a second registration replaces the first). */
  register(name: string, finder: WaitingAckFinder): void {
    this.finders.set(name, finder);
  }

  /**
   * Everything waiting for the asker's acknowledgement, in every registered feature but
   * `except` (the asking feature's own, which it knows better).
   */
  async waiting(ctx: TurnContext, except?: string): Promise<WaitingAck[]> {
    const found: WaitingAck[] = [];
    for (const [name, finder] of this.finders) if (name !== except) found.push(...(await finder(ctx)));
    return found;
  }
}
