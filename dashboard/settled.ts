/**
 * The delivery records of campaigns that are over, kept in memory. A delivery in a final
 * status is never touched again (schedules/delivery.ts), so once a campaign holds all the
 * deliveries it will ever have and every one is final, its records are read from the store
 * once, not on every page view: the overview of 5 broadcasts of 2,000 and 10 ping tests
 * would otherwise parse some 14,000 records per request.
 */

import { type Delivery, FINAL_STATUSES } from "../schedules/delivery.js";
import type { Outbox } from "../schedules/outbox.js";

/** Campaigns kept at most (the oldest are dropped first). */
const MAX_CAMPAIGNS = 200;

/**
 * @example
 * const settled = new SettledCampaigns(deps.outbox);
 * const deliveries = await settled.deliveries("broadcast:1a2b", broadcast.reachable, broadcast.status !== "confirmed");
 */
export class SettledCampaigns {
  private readonly cache = new Map<string, readonly Delivery[]>();

  constructor(private readonly outbox: Outbox) {}

  /**
   * A campaign's deliveries. `expected` is how many it will hold in the end (`"any"` when no
   * more can be added, whatever their number) and `complete` whether its producer has
   * enqueued them all; only then can a fully final campaign be kept.
   */
  async deliveries(
    campaign: string,
    expected: number | "any",
    complete: boolean,
  ): Promise<readonly Delivery[]> {
    const kept = this.cache.get(campaign);
    if (kept) return kept;
    const deliveries = await this.outbox.campaign(campaign);
    const counted = expected === "any" || deliveries.length === expected;
    if (complete && counted && deliveries.every((d) => FINAL_STATUSES.has(d.status))) {
      if (this.cache.size >= MAX_CAMPAIGNS) {
        const oldest = this.cache.keys().next().value;
        if (oldest !== undefined) this.cache.delete(oldest);
      }
      this.cache.set(campaign, deliveries);
    }
    return deliveries;
  }
}
