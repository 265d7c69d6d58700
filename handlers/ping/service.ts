/**
 * What ping tests share: choosing the targets, queueing the pings (idempotently, so that a
 * restart re-queues nothing twice), and gathering a report's facts.
 */
import type { BotDeps } from "../../bot/module.js";
import type { Contact } from "../../bot/people/schema.js";
import { enqueueOnce } from "../poc/campaign.js";
import { chatAccountFor } from "../poc/people.js";
import { PocRepository } from "../poc/repository.js";
import type { PocRecord } from "../poc/schema.js";
import { computeReport, type PingReport } from "./report.js";
import type { PingScope, PingTarget, PingTest } from "./schema.js";
import { PingRepository, pingCampaign, pingDeliveries } from "./store.js";

/** Kinds of the outbox deliveries of ping tests. */
export const PING_KINDS = {
  ask: "ping:ask",
  remind: "ping:remind",
  report: "ping:report",
  csv: "ping:report-csv",
} as const;

/** Services of the ping tests feature. */
export interface PingServices {
  deps: BotDeps;
  tests: PingRepository;
  directory: PocRepository;
}

/** @example const services = pingServices(deps); */
export function pingServices(deps: BotDeps): PingServices {
  return {
    deps,
    tests: new PingRepository(deps.store.namespace("ping")),
    directory: new PocRepository(deps.store.namespace("poc")),
  };
}

/**
 * True when a record is in a scope.
 * @example inScope({ kind: "states", states: ["KEN"] }, { state: "KEN", type: "technical" }) === true
 */
export function inScope(scope: PingScope, record: Pick<PocRecord, "state" | "type">): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "type") return record.type === scope.type;
  return scope.states.includes(record.state) && (!scope.type || record.type === scope.type);
}

/**
 * The targets of a scope, as the directory and the contacts stand now.
 * @example const targets = targetsFor({ kind: "type", type: "technical" }, records, contacts);
 */
export function targetsFor(
  scope: PingScope,
  records: readonly PocRecord[],
  contacts: readonly Contact[],
): PingTarget[] {
  return records
    .filter((record) => inScope(scope, record))
    .map((record) => {
      const account = chatAccountFor(record, contacts);
      return {
        pocId: record.id,
        state: record.state,
        type: record.type,
        emails: record.emails,
        ...(account ? { recipient: account.userId } : {}),
        zone: account?.timeZone ?? record.timeZone,
      };
    });
}

/**
 * Queues one ping per reachable target (deterministic ids: a second call queues nothing new).
 * @example await ensurePings(services, test); // safe to call again: nothing is queued twice
 */
export async function ensurePings(services: PingServices, test: PingTest): Promise<void> {
  for (const target of test.targets) {
    if (!target.recipient) continue;
    await enqueueOnce(services.deps.outbox, {
      campaign: pingCampaign(test.id),
      localId: target.pocId,
      kind: PING_KINDS.ask,
      recipient: target.recipient,
      payload: { testId: test.id, pocId: target.pocId },
      dueAt: test.startedAt,
      expiresAt: test.closesAt,
    });
  }
  await services.tests.setFlag("enqueued", test.id);
}

/**
 * A test's report as the facts stand at `now`.
 * @example const report = await loadReport(services, test, ctx.now());
 */
export async function loadReport(services: PingServices, test: PingTest, now: Date): Promise<PingReport> {
  const [deliveries, acks, cancellation] = await Promise.all([
    pingDeliveries(services.deps.outbox, test.id),
    services.tests.acks(test.id),
    services.tests.cancellation(test.id),
  ]);
  return computeReport(test, deliveries, acks, now, cancellation);
}
