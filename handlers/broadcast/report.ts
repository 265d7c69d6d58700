/**
 * The final report, to the author, through the outbox: first the counts, then the
 * per-recipient CSV in parts, one part at a time, each at least {@link PART_GAP_MS} after
 * the previous one was sent (platforms limit messages per conversation: Slack about one
 * per second). The chain is driven by settled deliveries and, as a safety net after a
 * restart, by the producer; every step has a fixed delivery id, so nothing goes twice.
 */
import type { BotDeps } from "../../bot/module.js";
import { type Delivery, FINAL_STATUSES } from "../../schedules/delivery.js";
import { type BroadcastRepository, byLocalId, reportCampaignOf } from "./repository.js";
import type { Broadcast } from "./schema.js";
import { splitCsv } from "./tally.js";

/**
 * Gap between two report messages to the same person.
 * @example const nextDue = Date.parse(previous.sentAt) + PART_GAP_MS;
 */
export const PART_GAP_MS = 1_500;

/**
 * Largest CSV part, in characters (fits one message on every platform).
 * @example splitCsv(csv, CSV_PART_CHARS)
 */
export const CSV_PART_CHARS = 20_000;

/**
 * The CSV parts of a frozen CSV.
 * @example csvParts("h\n1\n").length === 1
 */
export const csvParts = (csv: string) => splitCsv(csv, CSV_PART_CHARS);

/**
 * @example
 * const reports = new ReportChain(deps, repo);
 * await reports.start(broadcast, csv); // queues the counts; the CSV parts follow one by one
 */
export class ReportChain {
  constructor(
    private readonly deps: BotDeps,
    private readonly repo: BroadcastRepository,
  ) {}

  /** Freezes the CSV (first writer wins) and queues the report with the counts. */
  async start(broadcast: Broadcast, csv: string): Promise<void> {
    await this.repo.saveCsvOnce(broadcast.id, csv);
    const frozen = (await this.repo.csv(broadcast.id)) ?? csv;
    await this.enqueue(broadcast, "report", { parts: csvParts(frozen).length }, this.deps.clock.now());
  }

  /** The outbox listener: after one report message settles, queue the next. */
  async onSettled(delivery: Delivery): Promise<void> {
    if (!delivery.campaign.startsWith("broadcast-report:")) return;
    await this.advance(delivery.campaign.slice("broadcast-report:".length));
  }

  /**
   * Queues the next message of the chain when the last one has settled; deactivates the
   * broadcast once the last part is queued. Safe to call any time (the producer does).
   */
  async advance(id: string): Promise<void> {
    const broadcast = await this.repo.get(id);
    const csv = await this.repo.csv(id);
    if (!broadcast?.reportedAt || csv === undefined) return;
    const parts = csvParts(csv).length;
    const sent = byLocalId(await this.deps.outbox.campaign(reportCampaignOf(id)));
    const steps = ["report", ...Array.from({ length: parts }, (_, index) => `csv-${index + 1}`)];
    const missing = steps.findIndex((step) => !sent.has(step));
    if (missing === -1) {
      await this.repo.deactivate(id);
      return;
    }
    const previous = missing === 0 ? undefined : sent.get(steps[missing - 1] ?? "");
    if (previous && !FINAL_STATUSES.has(previous.status)) return;
    const after = previous
      ? Date.parse(previous.sentAt ?? previous.updatedAt) + PART_GAP_MS
      : this.deps.clock.now().getTime();
    const step = steps[missing] ?? "report";
    if (step === "report") await this.enqueue(broadcast, step, { parts }, new Date(after));
    else await this.enqueue(broadcast, step, { part: missing, parts }, new Date(after));
    if (missing === steps.length - 1) await this.repo.deactivate(id);
  }

  private async enqueue(
    broadcast: Broadcast,
    localId: string,
    payload: Record<string, unknown>,
    dueAt: Date,
  ): Promise<void> {
    await this.deps.outbox.enqueue({
      campaign: reportCampaignOf(broadcast.id),
      localId,
      kind: localId === "report" ? "broadcast-report" : "broadcast-csv",
      recipient: broadcast.authorId,
      payload: { broadcastId: broadcast.id, ...payload },
      dueAt: dueAt.toISOString(),
    });
  }
}
