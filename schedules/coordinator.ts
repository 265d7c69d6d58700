/**
 * node-cron's run coordinator on the store: of the replicas whose cron fires for the same
 * slot, the one whose atomic claim of `run:<task>:<slot>` wins runs the tick; the others
 * skip it. It uses only the port's `setIfAbsent` with a TTL, so it works on every backend
 * (Redis `SET NX PX` when replicas share Redis; several processes on one SQLite file too).
 */
import { randomUUID } from "node:crypto";
import type { RunCoordinator } from "node-cron";
import type { Store } from "../bot/store/port.js";

/**
 * Elects one replica per cron slot. node-cron calls `shouldRun("<task>:<slot ISO>", lease)`;
 * a store error makes node-cron skip the slot (fail-closed), and the next slot asks again.
 *
 * The claim is not released when the run completes: a replica whose clock lags could
 * otherwise claim the same slot afterwards and run it twice. It expires with its lease
 * instead; this coordinator deletes the claims it won once their lease is over, so that
 * backends without native expiry (SQLite, memory) do not keep one row per slot.
 *
 * @example
 * const coordinator = new StoreRunCoordinator(store.namespace("cron"));
 * new Scheduler({ outbox, clock, log }, [], { coordinator }).start();
 */
export class StoreRunCoordinator implements RunCoordinator {
  /** Identifies this replica in the claims it writes (for someone reading the store). */
  readonly owner: string;
  private won: Array<{ key: string; until: number }> = [];

  constructor(
    private readonly store: Store,
    options: { owner?: string } = {},
  ) {
    this.owner = options.owner ?? randomUUID();
  }

  async shouldRun(key: string, ttlMs: number): Promise<boolean> {
    await this.forgetLapsed();
    const claimKey = `run:${key}`;
    const elected = await this.store.setIfAbsent(claimKey, this.owner, ttlMs);
    // Lease bookkeeping is wall-clock time, like the TTL the store applies.
    if (elected) this.won.push({ key: claimKey, until: Date.now() + ttlMs });
    return elected;
  }

  /** Deletes the claims this replica won whose lease is over; a failed delete is retried next time. */
  private async forgetLapsed(): Promise<void> {
    const now = Date.now();
    const lapsed = this.won.filter((claim) => claim.until <= now);
    if (lapsed.length === 0) return;
    this.won = this.won.filter((claim) => claim.until > now);
    for (const claim of lapsed) {
      try {
        await this.store.delete(claim.key);
      } catch (error) {
        this.won.push(claim);
        throw error;
      }
    }
  }
}
