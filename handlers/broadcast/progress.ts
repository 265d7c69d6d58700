/**
 * Progress of a broadcast. The outbox tells us about each settled delivery. The statuses
 * are read from the delivery records on the first settled delivery a process hears of
 * (so counts survive restarts) and every 30 s (other replicas), and kept up to date in
 * memory in between; the final report is decided on a fresh reading. The progress message
 * is updated on the first settled delivery, then at most every 2 s, and at the end. The Secretariat's one progress message is edited in place (where the
 * platform can edit; elsewhere they get the final report only). When everything has
 * settled, the final report starts (report.ts).
 */
import type { BotDeps } from "../../bot/module.js";
import type { Address } from "../../bot/types.js";
import { type Delivery, type DeliveryStatus, FINAL_STATUSES } from "../../schedules/delivery.js";
import { endWord, progressText } from "./cards.js";
import type { ReportChain } from "./report.js";
import { type BroadcastRepository, byLocalId, campaignOf } from "./repository.js";
import type { Ack, Broadcast } from "./schema.js";
import { isFinished, outcomesCsv, type Tally, tally } from "./tally.js";

/** Deliveries settled among known statuses. */
function countSettled(statuses: ReadonlyMap<string, DeliveryStatus>): number {
  let settled = 0;
  for (const status of statuses.values()) if (FINAL_STATUSES.has(status)) settled += 1;
  return settled;
}

/**
 * Throttle of progress updates.
 * @example createBroadcastModule({ intervalMs: 5_000 });
 */
export interface ProgressOptions {
  /** Least time between two updates of the progress message (the last one excepted). Default 2 s. */
  intervalMs?: number;
}

interface State {
  /** Deliveries expected (reachable recipients), once known. */
  total?: number;
  /** Deliveries and their statuses: loaded from the store, then kept up to date by settled events. */
  statuses: Map<string, DeliveryStatus>;
  /** When the statuses were last read from the store (-∞: never). */
  loadedAt: number;
  lastRefreshAt: number;
  /** Settled events since the last refresh. */
  fresh: number;
  running: boolean;
  /** Something settled while a refresh ran: look again when it ends. */
  dirty: boolean;
  chain: Promise<void>;
  /** The progress text this process last showed: the same text is not edited in again. */
  shown?: string;
}

/** How long statuses held in memory are trusted before they are read again (other replicas send too). */
const RELOAD_MS = 30_000;

/**
 * @example
 * const progress = new BroadcastProgress(deps, repo, reports);
 * deps.outbox.onSettled((delivery) => progress.onSettled(delivery));
 */
export class BroadcastProgress {
  private readonly states = new Map<string, State>();
  private readonly intervalMs: number;

  constructor(
    private readonly deps: BotDeps,
    private readonly repo: BroadcastRepository,
    private readonly reports: ReportChain,
    options: ProgressOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 2_000;
  }

  /** The outbox listener. */
  async onSettled(delivery: Delivery): Promise<void> {
    if (!delivery.campaign.startsWith("broadcast:")) return;
    const id = delivery.campaign.slice("broadcast:".length);
    const state = this.stateOf(id);
    state.statuses.set(delivery.id, delivery.status);
    state.fresh += 1;
    this.refreshIfDue(id, state);
    await this.idle(state);
  }

  /** True when this process refreshed the broadcast less than `withinMs` ago. */
  refreshedWithin(id: string, withinMs: number): boolean {
    const last = this.states.get(id)?.lastRefreshAt;
    return last !== undefined && this.deps.clock.now().getTime() - last < withinMs;
  }

  /** Refreshes when the interval has passed (after an acknowledgement, say). */
  async touch(id: string): Promise<void> {
    const state = this.stateOf(id);
    if (this.deps.clock.now().getTime() - state.lastRefreshAt >= this.intervalMs) await this.refresh(id);
  }

  /** Recomputes the counts, updates the progress message and finishes when all has settled. */
  async refresh(id: string): Promise<void> {
    const state = this.stateOf(id);
    if (state.running) state.dirty = true;
    else this.schedule(id, state);
    await this.idle(state);
  }

  /** The current counts of a broadcast. */
  async counts(broadcast: Broadcast): Promise<{ counts: Tally; deliveries: Delivery[] }> {
    const { counts, deliveries } = await this.snapshot(broadcast);
    return { counts, deliveries };
  }

  /**
   * The counts and the per-recipient CSV of a broadcast from one reading of its deliveries
   * and acknowledgements, so that a report's summary and its CSV never disagree.
   * @example const { counts, csv } = await progress.snapshot(broadcast);
   */
  async snapshot(broadcast: Broadcast): Promise<{ counts: Tally; csv: string; deliveries: Delivery[] }> {
    const deliveries = await this.deps.outbox.campaign(campaignOf(broadcast.id));
    const acks = broadcast.requiresAck ? await this.repo.acks(broadcast.id) : new Map<string, Ack>();
    return {
      counts: tally(deliveries, broadcast.reachable, acks.size, {
        cancelled: broadcast.status === "cancelled",
      }),
      csv: await this.csvOf(broadcast, deliveries, acks),
      deliveries,
    };
  }

  /** The per-recipient CSV as it stands. */
  async csv(broadcast: Broadcast, deliveries?: Delivery[]): Promise<string> {
    const records = deliveries ?? (await this.deps.outbox.campaign(campaignOf(broadcast.id)));
    const acks = broadcast.requiresAck ? await this.repo.acks(broadcast.id) : new Map<string, Ack>();
    return this.csvOf(broadcast, records, acks);
  }

  private async csvOf(
    broadcast: Broadcast,
    deliveries: readonly Delivery[],
    acks: ReadonlyMap<string, Ack>,
  ): Promise<string> {
    const recipients = await this.repo.recipients(broadcast.id);
    // Rows stored before recipients kept their State: the roster's State, read once, fills them.
    const states = recipients.some((recipient) => recipient.state === undefined)
      ? new Map(
          ((await this.deps.people.roster())?.people ?? []).flatMap((person) =>
            person.state ? [[person.email, person.state] as const] : [],
          ),
        )
      : undefined;
    return outcomesCsv(recipients, byLocalId(deliveries), acks, broadcast.requiresAck, {
      cancelled: broadcast.status === "cancelled",
      ...(states ? { stateOf: (email: string) => states.get(email) } : {}),
    });
  }

  private refreshIfDue(id: string, state: State): void {
    if (state.running) {
      state.dirty = true;
      return;
    }
    const now = this.deps.clock.now().getTime();
    const due =
      state.loadedAt === Number.NEGATIVE_INFINITY ||
      (state.fresh > 0 && state.total !== undefined && countSettled(state.statuses) >= state.total) ||
      (state.fresh > 0 && now - state.lastRefreshAt >= this.intervalMs);
    if (due) this.schedule(id, state);
  }

  private schedule(id: string, state: State): void {
    state.lastRefreshAt = this.deps.clock.now().getTime();
    state.fresh = 0;
    state.running = true;
    state.dirty = false;
    state.chain = state.chain
      .then(() => this.doRefresh(id, state))
      .catch((error: unknown) =>
        this.deps.log.error({ err: error, broadcast: id }, "broadcast progress failed"),
      )
      .finally(() => {
        state.running = false;
        if (state.dirty) {
          state.dirty = false;
          this.refreshIfDue(id, state);
        }
      });
  }

  /** Waits until no refresh of this broadcast is running or queued. */
  private async idle(state: State): Promise<void> {
    let chain: Promise<void>;
    do {
      chain = state.chain;
      await chain;
    } while (chain !== state.chain);
  }

  private stateOf(id: string): State {
    let state = this.states.get(id);
    if (!state) {
      state = {
        statuses: new Map(),
        loadedAt: Number.NEGATIVE_INFINITY,
        fresh: 0,
        lastRefreshAt: Number.NEGATIVE_INFINITY,
        running: false,
        dirty: false,
        chain: Promise.resolve(),
      };
      this.states.set(id, state);
    }
    return state;
  }

  private async doRefresh(id: string, state: State): Promise<void> {
    const broadcast = await this.repo.get(id);
    if (!broadcast) return;
    state.total = broadcast.reachable;
    const now = this.deps.clock.now().getTime();
    if (now - state.loadedAt >= RELOAD_MS) await this.load(broadcast, state);
    let counts = await this.countsFrom(broadcast, state);
    let finished = isFinished(counts) && broadcast.status !== "confirmed";
    if (finished && !broadcast.reportedAt) {
      // Confirm from the records themselves before the one final report.
      const deliveries = await this.load(broadcast, state);
      counts = await this.countsFrom(broadcast, state);
      finished = isFinished(counts);
      if (finished) {
        const reportedAt = this.deps.clock.now().toISOString();
        // Decided on the stored broadcast, not the one read before: a cancellation that
        // came in meanwhile stays a cancellation, and only one turn starts the report.
        const reported = await this.repo.update(broadcast.id, (current) =>
          current && !current.reportedAt
            ? { ...current, status: current.status === "cancelled" ? "cancelled" : "reported", reportedAt }
            : undefined,
        );
        if (reported) await this.reports.start(reported, await this.csv(reported, deliveries));
      }
    }
    await this.showProgress(broadcast, counts, finished, state);
  }

  /** Reads the statuses from the store; a final status heard of meanwhile is never undone. */
  private async load(broadcast: Broadcast, state: State): Promise<Delivery[]> {
    state.loadedAt = this.deps.clock.now().getTime();
    const deliveries = await this.deps.outbox.campaign(campaignOf(broadcast.id));
    for (const delivery of deliveries) {
      const known = state.statuses.get(delivery.id);
      if (known === undefined || !FINAL_STATUSES.has(known)) state.statuses.set(delivery.id, delivery.status);
    }
    return deliveries;
  }

  private async countsFrom(broadcast: Broadcast, state: State): Promise<Tally> {
    const acknowledged = broadcast.requiresAck ? (await this.repo.acks(broadcast.id)).size : 0;
    const statuses = [...state.statuses.values()].map((status) => ({ status }));
    return tally(statuses, broadcast.reachable, acknowledged, {
      cancelled: broadcast.status === "cancelled",
    });
  }

  /** Edits the progress message where the platform can; elsewhere the final report says it all. */
  private async showProgress(
    broadcast: Broadcast,
    counts: Tally,
    finished: boolean,
    state: State,
  ): Promise<void> {
    const ref = broadcast.progress;
    if (!ref) return;
    const text = `${progressText(broadcast.id, counts, broadcast.requiresAck)}${finished ? ` — ${endWord(broadcast)}` : ""}`;
    if (text === state.shown) return;
    state.shown = text;
    try {
      if (!this.deps.messenger.adapterFor(ref.address as Address).update) return;
      await this.deps.messenger.update(
        { address: ref.address as Address, messageId: ref.messageId },
        { text },
      );
    } catch (error) {
      this.deps.log.warn(
        { err: error, broadcast: broadcast.id },
        "could not update the broadcast progress message",
      );
    }
  }
}
