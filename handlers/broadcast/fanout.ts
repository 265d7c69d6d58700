/**
 * Fan-out through the outbox (the one mechanism for proactive messages): one delivery per
 * reachable recipient in campaign `broadcast:<id>`, with deterministic ids, so queueing
 * twice (after a crash, or on two replicas) sends once. The outbox paces per platform,
 * honours Retry-After, records permanent failures without retrying them, and resumes
 * after a restart; the renderers below build each message at send time.
 */

import { cardMessage } from "../../bot/cards.js";
import { withLocale } from "../../bot/language/current.js";
import type { BotDeps } from "../../bot/module.js";
import {
  CHAT_CHANNEL,
  CHAT_ELSE_EMAIL,
  EMAIL_CHANNEL,
  mailboxOf,
  personRecipient,
} from "../../bot/reach/channels.js";
import type { Producer } from "../../schedules/scheduler.js";
import { broadcastEmail, broadcastMessage, reportCard } from "./cards.js";
import { BROADCAST_LINK_MS, BROADCAST_LINK_PURPOSE } from "./link.js";
import type { BroadcastProgress } from "./progress.js";
import { csvParts, type ReportChain } from "./report.js";
import {
  type BroadcastRepository,
  campaignOf,
  localIdOf,
  lookupLocalId,
  reportCampaignOf,
} from "./repository.js";
import type { Broadcast } from "./schema.js";

/**
 * How long after its time a broadcast may still go out. An announcement held up longer (the
 * bot was down, the platform refused for hours) is recorded as too late instead of arriving
 * out of the blue; the report counts it under "cancelled or too late".
 */
export const BROADCAST_EXPIRY_MS = 12 * 60 * 60 * 1000;

/**
 * Queues one delivery per reachable recipient, then marks the broadcast queued.
 * @example await queueDeliveries(broadcast, deps, repo); // 2,000 recipients → 2,000 pending deliveries
 */
export async function queueDeliveries(
  broadcast: Broadcast,
  deps: BotDeps,
  repo: BroadcastRepository,
): Promise<number> {
  let queued = 0;
  const expiresAt = new Date(Date.parse(broadcast.dueAt) + BROADCAST_EXPIRY_MS).toISOString();
  for (const recipient of await repo.recipients(broadcast.id)) {
    if (recipient.email) {
      const mailed = await deps.outbox.enqueue({
        campaign: campaignOf(broadcast.id),
        localId: localIdOf(personRecipient(recipient.email)),
        kind: "broadcast",
        recipient: personRecipient(recipient.email),
        channel: EMAIL_CHANNEL,
        payload: { broadcastId: broadcast.id },
        dueAt: broadcast.dueAt,
        expiresAt,
      });
      if (mailed) queued += 1;
    }
    if (!recipient.userId && recipient.lookup) {
      // Never met in chat: resolved when sending (a chat account met since, a platform's
      // look-up by e-mail), and e-mailed when none is found (when e-mail is running).
      const looked = await deps.outbox.enqueue({
        campaign: campaignOf(broadcast.id),
        localId: lookupLocalId(recipient.key),
        kind: "broadcast",
        recipient: personRecipient(recipient.key),
        channel: deps.messenger.platforms().includes(EMAIL_CHANNEL) ? CHAT_ELSE_EMAIL : CHAT_CHANNEL,
        payload: { broadcastId: broadcast.id },
        dueAt: broadcast.dueAt,
        expiresAt,
      });
      if (looked) queued += 1;
      continue;
    }
    if (!recipient.userId) continue;
    const added = await deps.outbox.enqueue({
      campaign: campaignOf(broadcast.id),
      localId: localIdOf(recipient.userId),
      kind: "broadcast",
      recipient: recipient.userId,
      payload: { broadcastId: broadcast.id },
      dueAt: broadcast.dueAt,
      expiresAt: new Date(Date.parse(broadcast.dueAt) + BROADCAST_EXPIRY_MS).toISOString(),
    });
    if (added) queued += 1;
  }
  await repo.update(broadcast.id, (current) =>
    current?.status === "confirmed" ? { ...current, status: "queued" } : undefined,
  );
  return queued;
}

/**
 * Registers the renderers of the broadcast, its report and the CSV parts.
 * @example registerRenderers(deps, repo, progress);
 */
export function registerRenderers(
  deps: BotDeps,
  repo: BroadcastRepository,
  progress: BroadcastProgress,
): void {
  const broadcastOf = async (payload: Record<string, unknown>) => repo.get(String(payload.broadcastId));
  deps.outbox.register("broadcast", async (delivery, _now, to, locale) => {
    const broadcast = await broadcastOf(delivery.payload);
    if (!broadcast || broadcast.status === "cancelled") return null;
    // A person looked up when sending goes by e-mail when no chat account was found.
    if (delivery.channel !== EMAIL_CHANNEL && mailboxOf(to) === undefined)
      return withLocale(locale, () => broadcastMessage(broadcast, locale));
    // By e-mail: the acknowledgement, when asked for, is a one-click link.
    const link = broadcast.requiresAck
      ? await deps.links.issue(
          BROADCAST_LINK_PURPOSE,
          // The e-mail's language: the link's pages are in it too.
          { broadcastId: broadcast.id, recipient: delivery.recipient, locale },
          new Date(Date.parse(broadcast.dueAt) + BROADCAST_LINK_MS),
        )
      : undefined;
    return withLocale(locale, () => broadcastEmail(broadcast, link, locale));
  });
  deps.outbox.register("broadcast-report", async (delivery, _now, _to, locale) => {
    const broadcast = await broadcastOf(delivery.payload);
    if (!broadcast) return null;
    // The counts and the CSV parts that follow them are one reading, taken as the report goes
    // out (it may wait hours for the Secretariat's console): the CSV frozen when the broadcast
    // finished is replaced, unless a part of it has been sent already.
    const { counts, csv } = await progress.snapshot(broadcast);
    let parts = Number(delivery.payload.parts ?? 0);
    if ((await deps.outbox.get(`${reportCampaignOf(broadcast.id)}/csv-1`)) === undefined) {
      await repo.replaceCsv(broadcast.id, csv);
      parts = csvParts(csv).length;
    } else {
      // Not expected (the first part is queued once the counts have gone): keep the CSV sent.
      const frozen = await repo.csv(broadcast.id);
      if (frozen !== undefined) parts = csvParts(frozen).length;
    }
    const recipients = await repo.recipients(broadcast.id);
    return cardMessage(reportCard(broadcast, counts, parts, recipients), locale);
  });
  deps.outbox.register("broadcast-csv", async (delivery) => {
    const id = String(delivery.payload.broadcastId);
    const csv = await repo.csv(id);
    const part = Number(delivery.payload.part);
    const text = csv === undefined ? undefined : csvParts(csv)[part - 1];
    if (text === undefined) return null;
    const parts = Number(delivery.payload.parts);
    return {
      text: `Broadcast ${id}, per-recipient outcomes (CSV${parts > 1 ? `, part ${part} of ${parts}` : ""}):\n${text}`,
    };
  });
}

/**
 * The producer: queues the deliveries of confirmed broadcasts (a crash between the
 * confirmation and the queueing is caught up on the next tick); refreshes started
 * broadcasts not refreshed for a minute (after a restart, so that they still finish and
 * report); and moves report chains on (the same safety net).
 * @example deps.scheduler.add(broadcastProducer(deps, repo, progress, reports));
 */
export function broadcastProducer(
  deps: BotDeps,
  repo: BroadcastRepository,
  progress: BroadcastProgress,
  reports: ReportChain,
): Producer {
  return {
    name: "broadcasts",
    async produce(now) {
      for (const id of await repo.activeIds()) {
        const broadcast = await repo.get(id);
        if (!broadcast) continue;
        if (broadcast.status === "confirmed") {
          await queueDeliveries(broadcast, deps, repo);
          continue;
        }
        if (broadcast.reportedAt) {
          await reports.advance(id);
          continue;
        }
        if (Date.parse(broadcast.dueAt) > now.getTime()) continue;
        if (!progress.refreshedWithin(id, 60_000)) await progress.refresh(id);
      }
    },
  };
}
