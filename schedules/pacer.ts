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
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.stamps = limits.map(() => []);
  }

  /** Waits for a slot under every limit, first come first served. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn;
    return turn;
  }

  private async take(): Promise<void> {
    for (;;) {
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
      await this.sleep(waitMs);
    }
  }
}
