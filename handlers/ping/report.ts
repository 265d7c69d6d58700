/**
 * The ping test report, computed from the facts (the test's targets, the outbox's delivery
 * records, the acknowledgements): in scope, delivered, acknowledged in time, late, no answer,
 * failed — overall, by type, by State and POC by POC — and the median time to acknowledge
 * (from the delivery's sentAt to the click). Pure functions; the card and the CSV are built from it.
 */
import type { Card } from "../../bot/cards.js";
import { exportCsv } from "../../bot/csv.js";
import { currentLocale } from "../../bot/language/current.js";
import { stateName } from "../../bot/people/states.js";
import { pocWho } from "../../bot/people/who.js";
import type { Delivery } from "../../schedules/delivery.js";
import { formatDuration, formatMoment } from "../poc/time.js";
import { describeScope } from "./parse.js";
import type { PingAck, PingCancellation, PingTarget, PingTest } from "./schema.js";
import type { PocPings } from "./store.js";

/**
 * What happened to one POC. `pending`: still being delivered (only before the close);
 * `awaiting`: delivered, not acknowledged yet, and the window is still open (an interim report
 * does not count them as "no answer": they still have time); `cancelled`: the test was
 * cancelled before their ping went out.
 */
export type Outcome = "in-time" | "late" | "no-answer" | "awaiting" | "failed" | "pending" | "cancelled";

/** Counts for one group of POCs. */
export interface Tally {
  /** POCs the test addressed, whether or not a ping could be sent to them. */
  inScope: number;
  delivered: number;
  inTime: number;
  late: number;
  noAnswer: number;
  /** Delivered, not acknowledged yet, window still open (0 once the test closed). */
  awaiting: number;
  failed: number;
  pending: number;
  /** Not pinged after all: the test was cancelled before their ping went out. */
  cancelled: number;
  /** Median time from delivery to acknowledgement (in time and late), null when nobody acknowledged. */
  medianMs: number | null;
}

/** One POC's line of the report. */
export interface TargetOutcome {
  pocId: string;
  /** The POC's name (the test's snapshot, else the directory's: `loadReport`). */
  name?: string;
  state: string;
  type: PingTarget["type"];
  outcome: Outcome;
  sentAt?: string;
  ackAt?: string;
  msToAck?: number;
  /** The channels the ping reached them on (`chat`, `email`). */
  reachedBy?: Channel[];
  /** Why they could not be reached, per channel tried (failed only). */
  reasons?: string[];
}

/** The channels of a ping: the chat (any platform) and e-mail. */
export type Channel = "chat" | "email";

/** Counts of one channel: what went out, what arrived, and who answered by it. */
export interface ChannelTally {
  /** Pings that went out on this channel (the platform or mail server was called). */
  sent: number;
  /** Accepted by the platform or the mail server. */
  delivered: number;
  /** Refused for good (an SMTP 5xx marks the address undeliverable) or given up after retries. */
  failed: number;
  /** Nobody to send to on this channel (no chat account, not found on a platform). */
  unreachable: number;
  /**
   * Acknowledgements (in time or late) that came by this channel (e-mail: the link; chat:
   * button or typed word), whichever channel's ping they answered: the channels add up to the
   * overall count (an e-mailed POC who types "received" in chat counts in chat).
   */
  acknowledged: number;
  /**
   * Of {@link acknowledged}, those answering a ping this channel did not deliver (a POC e-mailed
   * the ping who typed "received" in chat): why a channel may count more acknowledgements than
   * it delivered pings.
   */
  answeringOther: number;
  /** Median time to acknowledge of the acknowledgements by this channel; null without one. */
  medianMs: number | null;
}

/** The whole report. */
export interface PingReport {
  testId: string;
  scope: PingTest["scope"];
  startedAt: string;
  closesAt: string;
  generatedAt: string;
  closed: boolean;
  /** When the test was cancelled (it then closed at that moment). */
  cancelledAt?: string;
  overall: Tally;
  byType: { diplomatic: Tally; technical: Tally };
  byState: Array<{ state: string; tally: Tally }>;
  /** Per channel: sent, delivered, failed, unreachable, acknowledged, median latency. */
  byChannel: Record<Channel, ChannelTally>;
  targets: TargetOutcome[];
}

const DELIVERED = new Set(["sent", "uncertain"]);
const IN_FLIGHT = new Set(["pending", "sending"]);

/**
 * @example
 * const report = computeReport(test, pingsByPocId, acksByPocId, clock.now());
 * report.overall.inTime // 130
 */
export function computeReport(
  test: PingTest,
  deliveries: ReadonlyMap<string, PocPings>,
  acks: ReadonlyMap<string, PingAck>,
  now: Date,
  cancellation?: PingCancellation,
): PingReport {
  // A cancelled test closed when it was cancelled.
  const closesAt = cancellation && cancellation.at < test.closesAt ? cancellation.at : test.closesAt;
  const closed = now.toISOString() >= closesAt;
  const targets = test.targets.map((target): TargetOutcome => {
    const pings = deliveries.get(target.pocId) ?? {};
    const all = CHANNELS.flatMap((channel) =>
      pings[channel] ? [{ channel, delivery: pings[channel] }] : [],
    );
    const reached = all.filter(({ delivery }) => DELIVERED.has(delivery.status));
    const inFlight = all.filter(({ delivery }) => IN_FLIGHT.has(delivery.status));
    // Acknowledged: they answered a ping that reached them on some channel. A word typed
    // before any ping reached them (an earlier version stored those) answers none.
    const stored = acks.get(target.pocId);
    const reachedPings = reached.map(({ delivery }) => delivery);
    const ack = stored && answersReachedPing(stored, reachedPings) ? stored : undefined;
    const sentAt = reached
      .map(({ delivery }) => delivery.sentAt)
      .filter((at): at is string => at !== undefined)
      .sort()[0];
    const base = {
      pocId: target.pocId,
      ...(target.name ? { name: target.name } : {}),
      state: target.state,
      type: target.type,
      ...(sentAt ? { sentAt } : {}),
      ...(reached.length > 0 ? { reachedBy: reached.map(({ channel }) => channel) } : {}),
    };
    if (ack) {
      // Latency on the channel the answer came by, when that channel delivered.
      const byChannel = reached.find(({ channel }) => channel === channelOfAck(ack))?.delivery.sentAt;
      const from = byChannel ?? sentAt;
      // A button or link answer within the platform's round trip (before sentAt was written)
      // is left out of the median rather than counted as 0 min.
      const msToAck = from && ack.at >= from ? Date.parse(ack.at) - Date.parse(from) : undefined;
      return {
        ...base,
        outcome: ack.at <= closesAt ? "in-time" : "late",
        ackAt: ack.at,
        ...(msToAck !== undefined ? { msToAck } : {}),
      };
    }
    if (reached.length > 0) return { ...base, outcome: closed ? "no-answer" : "awaiting" };
    const awaitingFallback = test.email !== "also" && pings.chat?.status === "failed" && !pings.email;
    if ((inFlight.length > 0 || awaitingFallback) && !closed) return { ...base, outcome: "pending" };
    if (cancellation && all.length > 0 && all.every(({ delivery }) => delivery.status === "cancelled"))
      return { ...base, outcome: "cancelled" };
    return { ...base, outcome: "failed", reasons: reasonsOf(all) };
  });
  // Grouped once: a State-by-State filter of every target was O(States × targets).
  const byState = new Map<string, TargetOutcome[]>();
  for (const target of targets) {
    const list = byState.get(target.state);
    if (list) list.push(target);
    else byState.set(target.state, [target]);
  }
  const states = [...byState.keys()].sort();
  return {
    testId: test.id,
    scope: test.scope,
    startedAt: test.startedAt,
    closesAt,
    generatedAt: now.toISOString(),
    closed,
    ...(cancellation ? { cancelledAt: cancellation.at } : {}),
    overall: tally(targets),
    byType: {
      diplomatic: tally(targets.filter((target) => target.type === "diplomatic")),
      technical: tally(targets.filter((target) => target.type === "technical")),
    },
    byState: states.map((state) => ({ state, tally: tally(byState.get(state) ?? []) })),
    byChannel: {
      chat: channelTally(test, deliveries, acks, "chat", targets),
      email: channelTally(test, deliveries, acks, "email", targets),
    },
    targets,
  };
}

const CHANNELS: readonly Channel[] = ["chat", "email"];

/**
 * Whether an acknowledgement answers a ping that reached the POC (`reached`: their pings
 * delivered on any channel). A button is on the ping and a link in its e-mail, so those prove
 * it; a typed word recorded after checking that a ping had reached them says so
 * (`afterDelivery`: the clocks of replicas, or a rehearsal's, need not agree with `sentAt`);
 * an older typed word counts from the moment the first ping reached them.
 * @example answersReachedPing({ via: "typed", at: "2024-06-10T12:59:00Z", … }, [{ sentAt: "2024-06-10T13:00:00Z", … }]) === false
 */
export function answersReachedPing(ack: PingAck, reached: readonly Delivery[]): boolean {
  const delivered = reached.filter((delivery) => DELIVERED.has(delivery.status));
  if (delivered.length === 0) return false;
  if (ack.via !== "typed" || ack.afterDelivery) return true;
  const first = delivered
    .map((delivery) => delivery.sentAt)
    .filter((at): at is string => at !== undefined)
    .sort()[0];
  return first === undefined || ack.at >= first;
}

/** The channel an acknowledgement came by (older records: the chat). */
function channelOfAck(ack: PingAck): Channel {
  return ack.channel === "email" ? "email" : "chat";
}

/** Why each channel tried did not reach the POC, in words. */
function reasonsOf(all: ReadonlyArray<{ channel: Channel; delivery: Delivery }>): string[] {
  if (all.length === 0) return ["not pinged"];
  return all.map(({ channel, delivery }) => {
    const label = channel === "email" ? "e-mail" : "chat";
    if (delivery.status === "missed") return `${label}: still not sent at the close`;
    if (delivery.status === "cancelled") return `${label}: cancelled`;
    return `${label}: ${delivery.error ?? delivery.status}`;
  });
}

function channelTally(
  test: PingTest,
  deliveries: ReadonlyMap<string, PocPings>,
  acks: ReadonlyMap<string, PingAck>,
  channel: Channel,
  outcomes: readonly TargetOutcome[],
): ChannelTally {
  const counts: ChannelTally = {
    sent: 0,
    delivered: 0,
    failed: 0,
    unreachable: 0,
    acknowledged: 0,
    answeringOther: 0,
    medianMs: null,
  };
  const latencies: number[] = [];
  for (const [index, target] of test.targets.entries()) {
    // An acknowledgement the overall count takes (in time or late), on the channel it came by.
    const outcome = outcomes[index];
    const ack = acks.get(target.pocId);
    const delivery = deliveries.get(target.pocId)?.[channel];
    if (outcome?.ackAt !== undefined && ack && channelOfAck(ack) === channel) {
      counts.acknowledged += 1;
      if (!delivery || !DELIVERED.has(delivery.status)) counts.answeringOther += 1;
      if (outcome.msToAck !== undefined) latencies.push(outcome.msToAck);
    }
    if (!delivery) continue;
    if (delivery.status === "failed" && delivery.unreachable) counts.unreachable += 1;
    else if (DELIVERED.has(delivery.status) || delivery.status === "failed") counts.sent += 1;
    if (DELIVERED.has(delivery.status)) counts.delivered += 1;
    if (delivery.status === "failed" && !delivery.unreachable) counts.failed += 1;
  }
  counts.medianMs = median(latencies);
  return counts;
}

/**
 * The POC types a scope addresses, in the order reports list them: a technical-only test's
 * report has no "Diplomatic: 0 in scope" line.
 * @example typesInScope({ kind: "type", type: "technical" }) // ["technical"]
 */
export function typesInScope(scope: PingTest["scope"]): Array<PingTarget["type"]> {
  const only = scope.kind === "type" ? scope.type : scope.kind === "states" ? scope.type : undefined;
  return only ? [only] : ["diplomatic", "technical"];
}

const TYPE_LABEL = { diplomatic: "Diplomatic", technical: "Technical" } as const;

/**
 * Counts outcomes.
 * @example tally([{ outcome: "in-time", msToAck: 60_000, … }]).inTime === 1
 */
export function tally(targets: readonly TargetOutcome[]): Tally {
  const counts: Record<Outcome, number> = {
    "in-time": 0,
    late: 0,
    "no-answer": 0,
    awaiting: 0,
    failed: 0,
    pending: 0,
    cancelled: 0,
  };
  const latencies: number[] = [];
  // Delivered: a ping that reached them (an acknowledgement typed while the ping was still on
  // its way counts as acknowledged, not as delivered), so it agrees with the channels' counts.
  let delivered = 0;
  for (const target of targets) {
    counts[target.outcome] += 1;
    if (target.reachedBy && target.reachedBy.length > 0) delivered += 1;
    if (target.msToAck !== undefined) latencies.push(target.msToAck);
  }
  const inTime = counts["in-time"];
  const late = counts.late;
  const noAnswer = counts["no-answer"];
  return {
    inScope: targets.length,
    delivered,
    inTime,
    late,
    noAnswer,
    awaiting: counts.awaiting,
    failed: counts.failed,
    pending: counts.pending,
    cancelled: counts.cancelled,
    medianMs: median(latencies),
  };
}

/**
 * The median of some numbers (the mean of the two middle ones for an even count).
 * @example median([3, 1, 2]) === 2; median([1, 2, 3, 4]) === 2.5; median([]) === null
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * One tally in words.
 * @example describeTally(report.overall) // "200 in scope, 180 delivered, 110 acknowledged in time, …"
 */
export function describeTally(t: Tally): string {
  const parts = [
    `${t.inScope} in scope`,
    `${t.delivered} delivered`,
    `${t.inTime} acknowledged in time`,
    `${t.late} late`,
    `${t.noAnswer} no answer`,
    `${t.failed} failed`,
  ];
  if (t.awaiting > 0) parts.push(`${t.awaiting} awaiting an answer (window open)`);
  if (t.pending > 0) parts.push(`${t.pending} still being delivered`);
  if (t.cancelled > 0) parts.push(`${t.cancelled} not pinged (test cancelled)`);
  parts.push(`median time to acknowledge ${t.medianMs === null ? "—" : formatDuration(t.medianMs)}`);
  return parts.join(", ");
}

/**
 * The report as a card for the Secretariat (States listed when something went wrong there).
 * @example await say(cardMessage(reportCard(report, ctx.timeZone)));
 */
export function reportCard(report: PingReport, zone?: string): Card {
  const o = report.overall;
  const phase = report.cancelledAt
    ? { title: "report (cancelled)", end: "cancelled" }
    : report.closed
      ? { title: "report", end: "closed" }
      : { title: "interim report (the window is still open)", end: "closes" };
  // While the window is open, a POC who has not answered yet is not a problem yet.
  const troubled = report.byState.filter(({ tally: t }) => t.inTime + t.awaiting + t.pending < t.inScope);
  const unreached = report.targets
    .filter((target) => target.outcome === "failed")
    .map((target) => `${targetWho(target)}: ${(target.reasons ?? []).join("; ")}`);
  const stateLines = troubled.map(
    ({ state, tally: t }) => `${state} (${stateName(state)}): ${describeTally(t)}`,
  );
  return {
    title: `Ping test ${report.testId} — ${phase.title}`,
    sections: [
      {
        text: `${describeScope(report.scope)}; started ${formatMoment(report.startedAt, zone)}, ${phase.end} ${formatMoment(report.closesAt, zone)}.`,
      },
      {
        heading: "Overall",
        fields: [
          { label: "In scope", value: String(o.inScope) },
          { label: "Delivered", value: String(o.delivered) },
          { label: "Acknowledged in time", value: String(o.inTime) },
          { label: "Late", value: String(o.late) },
          { label: "No answer", value: String(o.noAnswer) },
          ...(o.awaiting > 0
            ? [{ label: "Awaiting an answer (window open)", value: String(o.awaiting) }]
            : []),
          { label: "Failed (not reached on any channel)", value: String(o.failed) },
          ...(o.pending > 0 ? [{ label: "Still being delivered", value: String(o.pending) }] : []),
          ...(o.cancelled > 0 ? [{ label: "Not pinged (test cancelled)", value: String(o.cancelled) }] : []),
          {
            label: "Median time to acknowledge",
            value: o.medianMs === null ? "—" : formatDuration(o.medianMs),
          },
        ],
      },
      {
        heading: "By channel",
        text: [
          ...CHANNELS.map(
            (channel) => `${CHANNEL_LABEL[channel]}: ${describeChannel(report.byChannel[channel], channel)}`,
          ),
          `Acknowledgements count on the channel they came by, whichever channel's ping they answered: ${report.byChannel.chat.acknowledged} ${ACK_BY.chat} + ${report.byChannel.email.acknowledged} ${ACK_BY.email} = ${o.inTime + o.late} (in time or late).`,
        ].join("\n"),
      },
      ...(unreached.length > 0
        ? [{ heading: `Not reached on any channel (${unreached.length})`, text: capLines(unreached, 40) }]
        : []),
      {
        heading: "By type",
        text: typesInScope(report.scope)
          .map((type) => `${TYPE_LABEL[type]}: ${describeTally(report.byType[type])}`)
          .join("\n"),
      },
      {
        heading: `By State: ${troubled.length} of ${report.byState.length} States with a POC not acknowledged in time`,
        text:
          stateLines.length > 0
            ? capLines(stateLines, 40)
            : report.closed
              ? "Every State's POCs acknowledged in time."
              : notYetAResult(o),
      },
    ],
    footer: `Generated ${formatMoment(report.generatedAt, zone)}. The CSV has every State and every POC (who answered, when).`,
  };
}

/**
 * The By-State line of an open test with no POC late, unanswered or unreached: an all-clear
 * only once nothing is left in flight; pings still being delivered or awaiting an answer are
 * said, so an early report does not read as a result.
 * @example notYetAResult({ pending: 6, awaiting: 0 }) // "No POC late, unanswered or unreached so far, but this is no result yet: 6 still being delivered."
 */
function notYetAResult(o: { pending: number; awaiting: number }): string {
  const open = [
    ...(o.pending > 0 ? [`${o.pending} still being delivered`] : []),
    ...(o.awaiting > 0 ? [`${o.awaiting} awaiting an answer`] : []),
  ];
  return open.length === 0
    ? "No POC late, unanswered or unreached so far."
    : `No POC late, unanswered or unreached so far, but this is no result yet: ${open.join(", ")}.`;
}

/**
 * A POC of a report's lists: name, State and type (the id when no name is known).
 * @example targetWho({ pocId: "SGP:diplomatic", name: "Li Wei", state: "SGP", type: "diplomatic", … }) === "Li Wei (Singapore, diplomatic POC)"
 */
export function targetWho(target: Pick<TargetOutcome, "pocId" | "name" | "state" | "type">): string {
  return pocWho(currentLocale(), target.name ?? target.pocId, target.state, target.type);
}

const CHANNEL_LABEL: Record<Channel, string> = { chat: "Chat", email: "E-mail" };
/** How an acknowledgement came, per channel. */
const ACK_BY: Record<Channel, string> = { chat: "in chat", email: "by the e-mail link" };
/** The other channel, as a ping answered by this one came. */
const OTHER_CHANNEL: Record<Channel, string> = { chat: "sent by e-mail", email: "sent in chat" };

/**
 * One channel's counts in words.
 * @example describeChannel(report.byChannel.email, "email") // "12 sent, 11 delivered, 1 failed, 0 unreachable, 7 acknowledged by the e-mail link, median 2 h"
 */
export function describeChannel(t: ChannelTally, channel: Channel): string {
  return [
    `${t.sent} sent`,
    `${t.delivered} delivered`,
    `${t.failed} failed`,
    `${t.unreachable} unreachable`,
    `${t.acknowledged} acknowledged ${ACK_BY[channel]}${t.answeringOther > 0 ? ` (${t.answeringOther} of them answering a ping ${OTHER_CHANNEL[channel]})` : ""}`,
    `median ${t.medianMs === null ? "—" : formatDuration(t.medianMs)}`,
  ].join(", ");
}

function capLines(lines: string[], max: number): string {
  return [
    ...lines.slice(0, max),
    ...(lines.length > max ? [`… and ${lines.length - max} more (see the CSV)`] : []),
  ].join("\n");
}

/** Columns of the CSV. */
export const CSV_COLUMNS = [
  "level",
  "group",
  "name",
  "state",
  "poc_type",
  "in_scope",
  "delivered",
  "acknowledged_in_time",
  "late",
  "no_answer",
  "failed",
  "pending",
  "awaiting_answer",
  "median_minutes_to_acknowledge",
  "not_pinged_cancelled",
  "sent_at",
  "acknowledged_at",
  "reached_by",
  "not_reached_because",
] as const;

/**
 * The report as CSV: one line overall, one per type in scope, one per State, then one per POC
 * (level "poc", group its id such as "KEN:technical": who they are — name, State as the bot
 * shows it in the reader's language, POC type — who answered and when). A State's line names
 * its State too. `locale`: the reader's language, for the State's name (the turn's by default).
 * @example reportCsv(report).split("\n")[1] // "overall,all,,,,200,180,130,20,30,20,0,12.5,0,,"
 * @example reportCsv(report).split("\n").at(-2) // "poc,SGP:diplomatic,Li Wei,Singapore,diplomatic,1,1,1,…"
 */
export function reportCsv(report: PingReport, locale: string = currentLocale()): string {
  const row = (level: string, group: string, t: Tally, target?: TargetOutcome, state?: string) => [
    level,
    group,
    target ? (target.name ?? "") : "",
    state ? stateName(state, locale) : "",
    target?.type ?? "",
    t.inScope,
    t.delivered,
    t.inTime,
    t.late,
    t.noAnswer,
    t.failed,
    t.pending,
    t.awaiting,
    t.medianMs === null ? "" : Math.round(t.medianMs / 6_000) / 10,
    t.cancelled,
    target?.sentAt ?? "",
    target?.ackAt ?? "",
    target?.reachedBy?.join("+") ?? "",
    target?.reasons?.join("; ") ?? "",
  ];
  const byPoc = [...report.targets].sort((a, b) => a.pocId.localeCompare(b.pocId));
  const rows = [
    row("overall", "all", report.overall),
    ...typesInScope(report.scope).map((type) => row("type", type, report.byType[type])),
    ...report.byState.map(({ state, tally: t }) => row("state", state, t, undefined, state)),
    ...byPoc.map((target) => row("poc", target.pocId, tally([target]), target, target.state)),
  ];
  return exportCsv(rows, { header: true, columns: [...CSV_COLUMNS] });
}
