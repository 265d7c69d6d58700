/**
 * An in-process chat adapter that records sends and can fail on demand: the platform side
 * of core and schedule tests (the real platforms are covered by the adapter tests).
 */
import type { Outgoing } from "../../bot/cards.js";
import { DeliveryError } from "../../bot/errors.js";
import type { Address, ChatAdapter, SentRef } from "../../bot/types.js";

/**
 * A fault for one recipient: permanent (e.g. unknown user) or transient N times, optionally
 * as a timeout whose outcome is unknown.
 */
export type Fault =
  | { permanent: true }
  | { transientTimes: number; retryAfterMs?: number; outcomeUnknown?: boolean; rateLimited?: boolean };

/**
 * @example
 * const platform = recordingAdapter("test");
 * platform.faults.set("test:u7", { permanent: true });
 */
export function recordingAdapter(name = "test") {
  const sent: Array<{ to: Address; text: string; at: number; message: Outgoing }> = [];
  const faults = new Map<string, Fault>();
  /** Send calls per address, failed ones included. */
  const calls = new Map<string, number>();
  /** In-place edits, in order. */
  const updates: Array<{ sent: SentRef; text: string }> = [];
  let delayMs = 0;
  let callCount = 0;
  let throttleEvery: { every: number; retryAfterMs: number } | undefined;
  const adapter: ChatAdapter = {
    name,
    start: async () => undefined,
    stop: async () => undefined,
    async send(to: Address, message: Outgoing): Promise<SentRef> {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      callCount += 1;
      calls.set(to, (calls.get(to) ?? 0) + 1);
      if (throttleEvery && callCount % throttleEvery.every === 0) {
        throw new DeliveryError("rate limited (429)", false, {
          retryAfterMs: throttleEvery.retryAfterMs,
          rateLimited: true,
        });
      }
      const fault = faults.get(to.replace(/^(\w+):dm-/, "$1:"));
      if (fault && "permanent" in fault) throw new DeliveryError(`unknown user ${to}`, true);
      if (fault && fault.transientTimes > 0) {
        fault.transientTimes -= 1;
        throw new DeliveryError(fault.outcomeUnknown ? "timed out" : "unavailable", false, {
          retryAfterMs: fault.retryAfterMs ?? 0,
          outcomeUnknown: fault.outcomeUnknown,
          rateLimited: fault.rateLimited,
        });
      }
      sent.push({ to, text: message.text, at: Date.now(), message });
      return { address: to, messageId: String(sent.length) };
    },
    async update(ref: SentRef, message: Outgoing) {
      updates.push({ sent: ref, text: message.text });
    },
    openDirect: async (user: Address) => `${name}:dm-${user.slice(name.length + 1)}` as Address,
  };
  return {
    adapter,
    sent,
    faults,
    setDelay(ms: number) {
      delayMs = ms;
    },
    calls,
    updates,
    /** Send calls so far, failed ones included. */
    callCount: () => callCount,
    /** Answers every `every`-th send call with a transient "429" carrying `retryAfterMs`. */
    throttleEvery(every: number, retryAfterMs: number) {
      throttleEvery = { every, retryAfterMs };
    },
  };
}
