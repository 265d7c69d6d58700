/**
 * What ping tests share: choosing the targets, queueing the pings (idempotently, so that a
 * restart re-queues nothing twice), and gathering a report's facts.
 */
import { currentLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/index.js";
import type { BotDeps } from "../../bot/module.js";
import { type Contact, chosenPlaceOf } from "../../bot/people/schema.js";
import { stateName } from "../../bot/people/states.js";
import { CHAT_CHANNEL, EMAIL_CHANNEL, personRecipient } from "../../bot/reach/channels.js";
import { enqueueOnce } from "../poc/campaign.js";
import { chatAccountFor } from "../poc/people.js";
import { PocRepository } from "../poc/repository.js";
import type { PocRecord } from "../poc/schema.js";
import { computeReport, type PingReport } from "./report.js";
import type { PingScope, PingTarget, PingTest } from "./schema.js";
import { PingRepository, pingCampaign, pingDeliveries, pingLocalId } from "./store.js";

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
        name: record.name,
        emails: record.emails,
        ...(account ? { recipient: account.userId } : {}),
        zone: account?.timeZone ?? record.timeZone,
        ...(chosenPlaceOf(account) ? { place: chosenPlaceOf(account) } : {}),
      };
    });
}

/**
 * What a scope asks for that the directory does not hold, one line each: a State named with
 * no POC record at all, or none of the type asked; for a type alone, the States of the
 * directory without a POC of that type. Nobody is pinged for these, so the Secretariat is told.
 * @example absentFromScope({ kind: "states", states: ["KEN", "AUT"] }, records) // ["Austria (AUT): no POC record"]
 */
export function absentFromScope(
  scope: PingScope,
  records: readonly Pick<PocRecord, "state" | "type">[],
): string[] {
  if (scope.kind === "all") return [];
  const held = new Map<string, Set<string>>();
  for (const record of records)
    held.set(record.state, (held.get(record.state) ?? new Set()).add(record.type));
  const states = scope.kind === "states" ? scope.states : [...held.keys()].sort();
  const locale = currentLocale();
  return states.flatMap((code) => {
    const types = held.get(code);
    const state = stateName(code);
    if (!types) return [say(locale, "secretariat.ping.noRecord", { state, code })];
    if (scope.type && !types.has(scope.type))
      return [say(locale, "secretariat.ping.noType", { state, code, type: scope.type })];
    return [];
  });
}

/**
 * Queues each target's ping (deterministic ids: a second call queues nothing new): in chat
 * to the account known at the start, else to the person, whom the outbox looks up by e-mail
 * on the chat platforms; and, for a test "by e-mail too", by e-mail as well.
 * @example await ensurePings(services, test); // safe to call again: nothing is queued twice
 */
export async function ensurePings(services: PingServices, test: PingTest): Promise<void> {
  for (const target of test.targets) {
    await enqueueOnce(services.deps.outbox, {
      campaign: pingCampaign(test.id),
      localId: pingLocalId(target.pocId, "chat"),
      kind: PING_KINDS.ask,
      ...(target.recipient
        ? { recipient: target.recipient }
        : { recipient: personRecipient(mailOf(target)), channel: CHAT_CHANNEL }),
      payload: { testId: test.id, pocId: target.pocId },
      dueAt: test.startedAt,
      expiresAt: test.closesAt,
    });
    if (test.email === "also") await queueEmailPing(services, test, target, test.startedAt);
  }
  await services.tests.setFlag("enqueued", test.id);
}

/**
 * Queues a target's ping by e-mail (once).
 * @example await queueEmailPing(services, test, target, now.toISOString());
 */
export async function queueEmailPing(
  services: PingServices,
  test: PingTest,
  target: PingTarget,
  dueAt: string,
): Promise<void> {
  await enqueueOnce(services.deps.outbox, {
    campaign: pingCampaign(test.id),
    localId: pingLocalId(target.pocId, "email"),
    kind: PING_KINDS.ask,
    recipient: personRecipient(mailOf(target)),
    channel: EMAIL_CHANNEL,
    payload: { testId: test.id, pocId: target.pocId },
    dueAt,
    expiresAt: test.closesAt,
  });
}

/**
 * The e-mail a target is pinged and looked up at: the first of the record's.
 * @example mailOf({ emails: ["cert@ict.go.ke", "duty@ict.go.ke"] }) === "cert@ict.go.ke"
 */
export function mailOf(target: Pick<PingTarget, "emails">): string {
  return target.emails[0] as string;
}

/**
 * E-mails each target whose chat ping failed (no chat account, not found on a chat
 * platform, or refused), once, while the test is open. Returns how many were queued.
 * @example await ensureEmailFallbacks(services, test, now);
 */
export async function ensureEmailFallbacks(
  services: PingServices,
  test: PingTest,
  now: Date,
): Promise<number> {
  if (test.email === "also" || now.toISOString() >= test.closesAt) return 0;
  let queued = 0;
  const pings = await pingDeliveries(services.deps.outbox, test.id);
  for (const target of test.targets) {
    const { chat, email } = pings.get(target.pocId) ?? {};
    if (chat?.status !== "failed" || email) continue;
    await queueEmailPing(services, test, target, now.toISOString());
    queued += 1;
  }
  return queued;
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
  const report = computeReport(test, deliveries, acks, now, cancellation);
  // Tests started before the POC's name was kept: the directory's name for them now.
  if (report.targets.some((target) => target.name === undefined)) {
    const names = new Map((await services.directory.all()).map((record) => [record.id, record.name]));
    for (const target of report.targets) target.name ??= names.get(target.pocId);
  }
  return report;
}
