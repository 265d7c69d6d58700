/**
 * What the dashboard reads, through each feature's own repositories and services (RSVPs,
 * the POC directory, ping tests, broadcasts, the outbox's reminder deliveries). Nothing here
 * writes; the numbers are computed the way the features' chat reports compute them.
 */
import type { BotDeps } from "../bot/module.js";
import type { SocialOccurrence } from "../bot/programme/catalogue.js";
import { EMAIL_CHANNEL } from "../bot/reach/channels.js";
import { type Address, platformOf } from "../bot/types.js";
import { BroadcastRepository, campaignOf } from "../handlers/broadcast/repository.js";
import type { Ack, Broadcast, BroadcastRecipient } from "../handlers/broadcast/schema.js";
import {
  type Tally as BroadcastTally,
  tally as broadcastTally,
  channelsOf,
  LOOKUP_PLATFORM,
  lookupPlatform,
} from "../handlers/broadcast/tally.js";
import { computeReport, type PingReport } from "../handlers/ping/report.js";
import type { PingTest } from "../handlers/ping/schema.js";
import { type PingServices, pingServices } from "../handlers/ping/service.js";
import { pingCampaign, pingsByPoc } from "../handlers/ping/store.js";
import { standing } from "../handlers/poc/campaign.js";
import type { AuditEntry, PocRecord } from "../handlers/poc/schema.js";
import { pocServices } from "../handlers/poc/services.js";
import { reminderRepository } from "../handlers/reminders/module.js";
import { subscriptionSource } from "../handlers/reminders/sources.js";
import { type Allocation, allocate } from "../handlers/rsvp/allocation.js";
import { rsvpEvents } from "../handlers/rsvp/events.js";
import { rsvpRepository } from "../handlers/rsvp/module.js";
import type { Delivery, DeliveryStatus } from "../schedules/delivery.js";
import { dueReminders } from "../schedules/reminders/due.js";
import { REMINDER_CAMPAIGN } from "../schedules/reminders/producer.js";
import { SettledCampaigns } from "./settled.js";

const DAY_MS = 24 * 3_600_000;

/** One RSVP event and where its answers stand. */
export interface RsvpSummary {
  event: SocialOccurrence;
  allocation: Allocation;
  /** Accompanying experts of confirmed and waitlisted answers. */
  experts: number;
  byState: Array<{
    state: string;
    attending: number;
    waitlisted: number;
    tentative: number;
    declined: number;
  }>;
}

/**
 * Every RSVP event with its allocation (as the chat report computes it).
 * @example (await rsvpSummaries(deps))[0]?.allocation.confirmedPeople
 */
export async function rsvpSummaries(deps: BotDeps): Promise<RsvpSummary[]> {
  const rsvps = rsvpRepository(deps);
  const snapshot = await rsvps.snapshot();
  return rsvpEvents(deps.catalogue).map((event) => {
    const answers = snapshot.answers.filter((answer) => answer.eventId === event.id);
    const allocation = allocate(answers, snapshot.settings.get(event.id)?.capacity);
    const states = new Map<string, RsvpSummary["byState"][number]>();
    const row = (state: string | undefined) => {
      const key = state ?? "—";
      let entry = states.get(key);
      if (!entry) {
        entry = { state: key, attending: 0, waitlisted: 0, tentative: 0, declined: 0 };
        states.set(key, entry);
      }
      return entry;
    };
    for (const answer of allocation.confirmed) row(answer.state).attending += 1;
    for (const answer of allocation.waitlisted) row(answer.state).waitlisted += 1;
    for (const answer of allocation.tentative) row(answer.state).tentative += 1;
    for (const answer of allocation.declined) row(answer.state).declined += 1;
    const experts = [...allocation.confirmed, ...allocation.waitlisted].reduce(
      (sum, answer) => sum + answer.experts.count,
      0,
    );
    return {
      event,
      allocation,
      experts,
      byState: [...states.values()].sort((a, b) => a.state.localeCompare(b.state)),
    };
  });
}

/** One POC record as the dashboard lists it. */
export interface PocLine {
  record: PocRecord;
  overdue: boolean;
  reachable: boolean;
}

/** Counts of a group of POC records. */
export interface PocCounts {
  total: number;
  confirmed: number;
  unconfirmed: number;
  overdue: number;
  unreachable: number;
}

/**
 * The directory's records, each with its standing and whether a chat account reaches it.
 * @example const { lines, overall } = await pocDirectory(deps, now);
 */
export async function pocDirectory(
  deps: BotDeps,
  now: Date,
): Promise<{ lines: PocLine[]; overall: PocCounts; byType: Record<"diplomatic" | "technical", PocCounts> }> {
  const [records, emails] = await Promise.all([
    pocServices(deps).directory.all(),
    deps.people.contactEmails(),
  ]);
  const lines = records
    .map((record) => {
      const where = standing(record, now);
      return {
        record,
        overdue: where === "overdue" || where === "escalated",
        reachable: record.emails.some((email) => emails.has(email)),
      };
    })
    .sort(
      (a, b) => a.record.state.localeCompare(b.record.state) || a.record.type.localeCompare(b.record.type),
    );
  return {
    lines,
    overall: pocCounts(lines),
    byType: {
      diplomatic: pocCounts(lines.filter((line) => line.record.type === "diplomatic")),
      technical: pocCounts(lines.filter((line) => line.record.type === "technical")),
    },
  };
}

/** @example pocCounts(lines).overdue */
export function pocCounts(lines: readonly PocLine[]): PocCounts {
  const counts: PocCounts = { total: 0, confirmed: 0, unconfirmed: 0, overdue: 0, unreachable: 0 };
  for (const line of lines) {
    counts.total += 1;
    if (line.record.status === "confirmed") counts.confirmed += 1;
    else counts.unconfirmed += 1;
    if (line.overdue) counts.overdue += 1;
    if (!line.reachable) counts.unreachable += 1;
  }
  return counts;
}

/** A record and its audit trail, oldest first. */
export async function pocRecord(
  deps: BotDeps,
  id: string,
): Promise<{ record: PocRecord; audit: AuditEntry[] } | undefined> {
  const { directory } = pocServices(deps);
  const record = await directory.get(id);
  if (!record) return undefined;
  return { record, audit: await directory.history(id) };
}

const settledByOutbox = new WeakMap<object, SettledCampaigns>();

/** The settled-campaign cache of a deployment's outbox. */
function settledOf(deps: BotDeps): SettledCampaigns {
  let settled = settledByOutbox.get(deps.outbox);
  if (!settled) {
    settled = new SettledCampaigns(deps.outbox);
    settledByOutbox.set(deps.outbox, settled);
  }
  return settled;
}

const testsByStore = new WeakMap<object, Map<string, PingTest>>();

/**
 * A ping test, read once: a test's record never changes after it started (its targets are
 * fixed then; acknowledgements, flags and cancellation are kept beside it), so the dashboard
 * keeps it instead of validating 400 targets again on every page.
 */
async function pingTestOf(deps: BotDeps, services: PingServices, id: string): Promise<PingTest | undefined> {
  let cache = testsByStore.get(deps.store);
  if (!cache) {
    cache = new Map();
    testsByStore.set(deps.store, cache);
  }
  const kept = cache.get(id);
  if (kept) return kept;
  const test = await services.tests.test(id);
  if (test) cache.set(id, test);
  return test;
}

/**
 * A test's report as the facts stand at `now`: `loadReport` of the ping feature, with the
 * deliveries of a finished test read once (see {@link SettledCampaigns}).
 */
async function reportOf(
  deps: BotDeps,
  services: PingServices,
  test: PingTest,
  now: Date,
): Promise<PingReport> {
  const campaign = pingCampaign(test.id);
  const [enqueued, acks, cancellation] = await Promise.all([
    services.tests.flag("enqueued", test.id),
    services.tests.acks(test.id),
    services.tests.cancellation(test.id),
  ]);
  const at = now.toISOString();
  const closed = at >= test.closesAt || (cancellation !== undefined && at >= cancellation.at);
  // Once a test has closed nothing more is queued for it (e-mail fallbacks stop at the close),
  // so whatever it holds is all; before, every target's chat ping must be there.
  const deliveries = await settledOf(deps).deliveries(
    campaign,
    closed ? "any" : test.targets.length,
    closed || enqueued,
  );
  // A finished test's deliveries are the same kept array on every view: its report changes
  // only with a new acknowledgement (added, or replacing one typed before the ping reached the
  // POC: the sum of their instants tells), a cancellation or the close.
  let ackInstants = 0;
  for (const ack of acks.values()) ackInstants += Date.parse(ack.at);
  const key = `${test.id}|${acks.size}|${ackInstants}|${cancellation?.at ?? ""}|${closed}`;
  const kept = reportsByDeliveries.get(deliveries);
  if (kept?.key === key) return { ...kept.report, generatedAt: now.toISOString() };
  const report = computeReport(test, pingsByPoc(deliveries, campaign), acks, now, cancellation);
  reportsByDeliveries.set(deliveries, { key, report });
  return report;
}

/** Reports of finished tests, by their kept deliveries (see {@link reportOf}). */
const reportsByDeliveries = new WeakMap<readonly Delivery[], { key: string; report: PingReport }>();

const countsByStore = new WeakMap<object, { at: number; count: number }>();
/** How long the overview reuses the number of ping tests (reading it parses every test's targets). */
const PING_COUNT_REUSE_MS = 5_000;

/** How many ping tests there are, read at most every {@link PING_COUNT_REUSE_MS}. */
async function pingTestCount(deps: BotDeps, services: PingServices): Promise<number> {
  const now = Date.now();
  const kept = countsByStore.get(deps.store);
  if (kept && now - kept.at < PING_COUNT_REUSE_MS) return kept.count;
  const count = await services.tests.count();
  countsByStore.set(deps.store, { at: now, count });
  return count;
}

/**
 * Every ping test, newest first, with its report as the facts stand now.
 * @example (await pingReports(deps, now))[0]?.report.overall.inTime
 */
export async function pingReports(
  deps: BotDeps,
  now: Date,
): Promise<Array<{ test: PingTest; report: PingReport }>> {
  const services = pingServices(deps);
  const tests = (await services.tests.all()).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return Promise.all(
    tests.map(async (test) => ({ test, report: await reportOf(deps, services, test, now) })),
  );
}

/**
 * How many ping tests there are, and the latest with its report (the overview).
 * @example const { count, latest } = await pingOverview(deps, now);
 */
export async function pingOverview(
  deps: BotDeps,
  now: Date,
): Promise<{ count: number; latest?: { test: PingTest; report: PingReport } }> {
  const services = pingServices(deps);
  const [count, latestId] = await Promise.all([pingTestCount(deps, services), services.tests.latest()]);
  const test = latestId ? await pingTestOf(deps, services, latestId) : undefined;
  return {
    count,
    ...(test ? { latest: { test, report: await reportOf(deps, services, test, now) } } : {}),
  };
}

/** One ping test and its report, or undefined. */
export async function pingReport(
  deps: BotDeps,
  id: string,
  now: Date,
): Promise<{ test: PingTest; report: PingReport } | undefined> {
  const services = pingServices(deps);
  const test = await pingTestOf(deps, services, id);
  return test ? { test, report: await reportOf(deps, services, test, now) } : undefined;
}

/**
 * The acknowledgements of a test over time: minutes since the test started, and how many
 * had acknowledged by then (a step each).
 * @example cumulativeAcks(report) // { minutes: [0.5, 2], acknowledged: [1, 2] }
 */
export function cumulativeAcks(report: PingReport): { minutes: number[]; acknowledged: number[] } {
  const start = Date.parse(report.startedAt);
  const times = report.targets
    .flatMap((target) => (target.ackAt ? [Date.parse(target.ackAt)] : []))
    .sort((a, b) => a - b);
  return {
    minutes: times.map((time) => Math.max(0, (time - start) / 60_000)),
    acknowledged: times.map((_, index) => index + 1),
  };
}

/** A recipient's line of a broadcast's ledger. */
export interface LedgerLine {
  recipient: BroadcastRecipient;
  platform: string;
  status: DeliveryStatus | "unreachable";
  delivery?: Delivery;
  ack?: Ack;
}

/** A broadcast with its counts, overall and per platform. */
export interface BroadcastView {
  broadcast: Broadcast;
  counts: BroadcastTally;
  byPlatform: Array<{ platform: string; counts: BroadcastTally }>;
  finished: boolean;
}

/**
 * Every broadcast, newest first, with counts from its delivery records.
 * @example (await broadcastViews(deps))[0]?.counts.sent
 */
export async function broadcastViews(deps: BotDeps): Promise<BroadcastView[]> {
  const repository = new BroadcastRepository(deps.store.namespace("broadcast"));
  const all = (await repository.all()).sort((a, b) => b.confirmedAt.localeCompare(a.confirmedAt));
  return Promise.all(
    all.map(async (broadcast) => {
      const [deliveries, acks] = await Promise.all([
        broadcastDeliveries(deps, broadcast),
        acksOf(repository, broadcast),
      ]);
      return viewOf(broadcast, deliveries, acks.size);
    }),
  );
}

/** Acknowledgements are asked for (and recorded) only when the broadcast requires them. */
function acksOf(repository: BroadcastRepository, broadcast: Broadcast): Promise<Map<string, Ack>> {
  return broadcast.requiresAck ? repository.acks(broadcast.id) : Promise.resolve(new Map());
}

/** A broadcast's deliveries; all of them are enqueued once it is no longer just "confirmed". */
function broadcastDeliveries(deps: BotDeps, broadcast: Broadcast): Promise<readonly Delivery[]> {
  return settledOf(deps).deliveries(
    campaignOf(broadcast.id),
    broadcast.reachable,
    broadcast.status !== "confirmed",
  );
}

/**
 * The platform a delivery went (or goes) by: the address it was sent to; before that, the
 * channel asked for a person (`chat`, `email`), else the recipient address's platform.
 */
function platformOfDelivery(delivery: Delivery): string {
  if (delivery.sentTo) return platformOf(delivery.sentTo as Address);
  if (delivery.recipient.startsWith("person:"))
    return delivery.channel === EMAIL_CHANNEL ? EMAIL_CHANNEL : LOOKUP_PLATFORM;
  return platformOf(delivery.recipient as Address);
}

/** Views of finished broadcasts, by their kept deliveries (counted once, not on every page). */
const viewsByDeliveries = new WeakMap<readonly Delivery[], { key: string; view: BroadcastView }>();

function viewOf(broadcast: Broadcast, deliveries: readonly Delivery[], acknowledged: number): BroadcastView {
  const key = `${broadcast.id}|${broadcast.status}|${broadcast.reachable}|${acknowledged}`;
  const kept = viewsByDeliveries.get(deliveries);
  if (kept?.key === key) return { ...kept.view, broadcast };
  const view = countView(broadcast, deliveries, acknowledged);
  viewsByDeliveries.set(deliveries, { key, view });
  return view;
}

function countView(
  broadcast: Broadcast,
  deliveries: readonly Delivery[],
  acknowledged: number,
): BroadcastView {
  const cancelled = broadcast.status === "cancelled";
  const counts = broadcastTally(deliveries, broadcast.reachable, acknowledged, { cancelled });
  const platforms = new Map<string, Delivery[]>();
  for (const delivery of deliveries) {
    const platform = platformOfDelivery(delivery);
    const list = platforms.get(platform);
    if (list) list.push(delivery);
    else platforms.set(platform, [delivery]);
  }
  return {
    broadcast,
    counts,
    byPlatform: [...platforms]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([platform, list]) => ({ platform, counts: broadcastTally(list, list.length, 0, { cancelled }) })),
    finished: counts.pending === 0 && broadcast.status !== "confirmed",
  };
}

/**
 * One broadcast with its per-recipient ledger, or undefined.
 * @example (await broadcastLedger(deps, "1a2b3c4d"))?.lines.length
 */
export async function broadcastLedger(
  deps: BotDeps,
  id: string,
): Promise<(BroadcastView & { lines: LedgerLine[] }) | undefined> {
  const repository = new BroadcastRepository(deps.store.namespace("broadcast"));
  const broadcast = await repository.get(id);
  if (!broadcast) return undefined;
  const [deliveries, acks, recipients] = await Promise.all([
    broadcastDeliveries(deps, broadcast),
    acksOf(repository, broadcast),
    repository.recipients(id),
  ]);
  const prefix = `${campaignOf(id)}/`;
  const byLocalId = new Map(deliveries.map((delivery) => [delivery.id.slice(prefix.length), delivery]));
  const cancelled = broadcast.status === "cancelled";
  const lines = recipients.flatMap((recipient): LedgerLine[] => {
    const channels = channelsOf(recipient);
    if (channels.length === 0) return [{ recipient, platform: "", status: "unreachable" }];
    return channels.map((channel) => {
      const delivery = byLocalId.get(channel.localId);
      const ack = acks.get(channel.ackKey);
      return {
        recipient,
        platform: channel.lookup ? lookupPlatform(delivery) : channel.platform,
        status: delivery?.status ?? (cancelled ? "cancelled" : "pending"),
        ...(delivery ? { delivery } : {}),
        ...(ack ? { ack } : {}),
      };
    });
  });
  return { ...viewOf(broadcast, deliveries, acks.size), lines };
}

/** Reminders around now: due in the next 24 hours, and what happened to those of the last 24. */
export interface ReminderWindow {
  next: Array<{ userId: string; occurrenceId: string; label: string; dueAt: number }>;
  last: Record<"sent" | "missed" | "failed" | "pending" | "other", number>;
  lastDeliveries: Delivery[];
}

/**
 * @example const { next, last } = await reminderWindow(deps, now); last.sent
 */
export async function reminderWindow(deps: BotDeps, now: Date): Promise<ReminderWindow> {
  const source = subscriptionSource(reminderRepository(deps), rsvpRepository(deps), () => deps.catalogue);
  const t = now.getTime();
  const [subscriptions, deliveries] = await Promise.all([source(), deps.outbox.campaign(REMINDER_CAMPAIGN)]);
  const next = dueReminders(subscriptions, deps.catalogue, t, t + DAY_MS).map((reminder) => ({
    userId: reminder.userId,
    occurrenceId: reminder.occurrenceId,
    label: deps.catalogue.byId.get(reminder.occurrenceId)?.label ?? reminder.occurrenceId,
    dueAt: reminder.dueAt,
  }));
  const from = new Date(t - DAY_MS).toISOString();
  const to = now.toISOString();
  const lastDeliveries = deliveries
    .filter((delivery) => delivery.dueAt > from && delivery.dueAt <= to)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const last = { sent: 0, missed: 0, failed: 0, pending: 0, other: 0 };
  for (const delivery of lastDeliveries) {
    if (delivery.status === "sent" || delivery.status === "uncertain") last.sent += 1;
    else if (delivery.status === "missed") last.missed += 1;
    else if (delivery.status === "failed") last.failed += 1;
    else if (delivery.status === "pending" || delivery.status === "sending") last.pending += 1;
    else last.other += 1;
  }
  return { next, last, lastDeliveries };
}
