/**
 * Pacing: a sliding-window limiter that makes callers wait for a free slot rather than
 * hitting the platform's rate limits and collecting 429s.
 */

/** A limit: at most `count` acquisitions in any window of `perMs`. */
export interface RateLimit {
  count: number;
  perMs: number;
}

/**
 * @example
 * const pacer = new Pacer([{ count: 30, perMs: 1000 }]);
 * await pacer.acquire(); // resolves when a slot is free under every limit
 */
export class Pacer {
  private readonly stamps: number[][];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly limits: readonly RateLimit[],
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void> = abortableSleep,
  ) {
    this.stamps = limits.map(() => []);
  }

  /**
   * Waits for a slot under every limit, first come first served. With a signal, the wait
   * ends when it aborts (rejecting with its reason) and no slot is taken.
   */
  acquire(signal?: AbortSignal): Promise<void> {
    if (this.limits.length === 0) {
      // Nothing to wait for: no queue either.
      return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
    }
    const turn = this.queue.then(() => this.take(signal));
    // An abandoned turn must not hold up the ones queued after it.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.now();
      let waitMs = 0;
      this.limits.forEach((limit, index) => {
        const stamps = this.stamps[index] ?? [];
        while (stamps.length > 0 && (stamps[0] ?? 0) <= now - limit.perMs) stamps.shift();
        if (stamps.length >= limit.count) waitMs = Math.max(waitMs, (stamps[0] ?? now) + limit.perMs - now);
      });
      if (waitMs <= 0) {
        for (const stamps of this.stamps) stamps.push(now);
        return;
      }
      await this.sleep(waitMs, signal);
    }
  }
}

/** `setTimeout` as a promise that rejects with the signal's reason when it aborts. */
function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
