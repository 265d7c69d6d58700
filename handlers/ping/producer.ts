/**
 * The ping tests' producer, run on every scheduler tick. For each open test it (1) makes sure
 * every ping is in the outbox (after a crash between the start and the queueing), (2) at
 * halfway queues a reminder to each POC whose ping was delivered and who has not answered,
 * (3) at the close queues the report to the Secretariat and closes the test. Every delivery
 * has a deterministic id, so a restart or a second replica sends nothing twice.
 */

import { z } from "zod";
import { cardMessage } from "../../bot/cards.js";
import { withLocale } from "../../bot/language/current.js";
import { EMAIL_CHANNEL } from "../../bot/reach/channels.js";
import type { Delivery } from "../../schedules/delivery.js";
import type { Producer } from "../../schedules/scheduler.js";
import { enqueueOnce } from "../poc/campaign.js";
import { secretariatAccounts } from "../poc/people.js";
import { standing } from "./ack.js";
import { pingCard, pingEmailCard } from "./cards.js";
import { LINK_GRACE_MS, PING_LINK_PURPOSE } from "./link.js";
import { answersReachedPing, reportCard, reportCsv } from "./report.js";
import type { PingTest } from "./schema.js";
import { ensureEmailFallbacks, ensurePings, loadReport, PING_KINDS, type PingServices } from "./service.js";
import { pingDeliveries, pingLocalId, reminderCampaign, reportCampaign } from "./store.js";

/** An open-index entry without its test is dropped after this long (a start that crashed). */
const ORPHAN_AFTER_MS = 60 * 60 * 1000;

const targetPayloadSchema = z.object({ testId: z.string(), pocId: z.string() });
const reportPayloadSchema = z.object({ testId: z.string(), zone: z.string().optional() });

/**
 * @example deps.scheduler.add(pingProducer(services));
 */
export function pingProducer(services: PingServices): Producer {
  return {
    name: "ping-tests",
    async produce(now) {
      for (const entry of await services.tests.open()) {
        const test = await services.tests.test(entry.id);
        if (!test) {
          if (now.getTime() - Date.parse(entry.createdAt) > ORPHAN_AFTER_MS)
            await services.tests.closeIndex(entry.id);
          continue;
        }
        if (await services.tests.cancellation(test.id)) {
          await close(services, test, now); // at once: the report says what happened until then
          continue;
        }
        if (!(await services.tests.flag("enqueued", test.id))) await ensurePings(services, test);
        await ensureEmailFallbacks(services, test, now);
        const t = now.toISOString();
        if (t >= test.halfwayAt && t < test.closesAt && !(await services.tests.flag("reminded", test.id))) {
          await queueReminders(services, test);
        }
        if (t >= test.closesAt) await close(services, test, now);
      }
    },
  };
}

async function queueReminders(services: PingServices, test: PingTest): Promise<void> {
  const deliveries = await pingDeliveries(services.deps.outbox, test.id);
  const acks = await services.tests.acks(test.id);
  let inFlight = 0;
  for (const target of test.targets) {
    const pings = deliveries.get(target.pocId) ?? {};
    // Answered already (a word typed before the ping reached them is no answer: reminded too).
    const ack = acks.get(target.pocId);
    const sent = [pings.chat, pings.email].filter((ping): ping is Delivery => ping !== undefined);
    if (ack && answersReachedPing(ack, sent)) continue;
    for (const channel of ["chat", "email"] as const) {
      const delivery = pings[channel];
      if (!delivery) continue;
      if (delivery.status === "pending" || delivery.status === "sending") {
        inFlight += 1;
        continue;
      }
      if (delivery.status !== "sent" && delivery.status !== "uncertain") continue;
      // The reminder goes where the ping arrived: the same chat account, the same mailbox.
      await enqueueOnce(services.deps.outbox, {
        campaign: reminderCampaign(test.id),
        localId: pingLocalId(target.pocId, channel),
        kind: PING_KINDS.remind,
        recipient: reminderRecipient(delivery),
        ...(channel === "email" ? { channel: EMAIL_CHANNEL } : {}),
        payload: { testId: test.id, pocId: target.pocId },
        dueAt: test.halfwayAt,
        expiresAt: test.closesAt,
      });
    }
  }
  // Pings still being delivered may need a reminder once they are: look again next tick.
  if (inFlight === 0) await services.tests.setFlag("reminded", test.id);
}

/** Where a reminder goes: the address the ping was sent to when it was a person's, else the same recipient. */
function reminderRecipient(delivery: Delivery): string {
  return delivery.recipient.startsWith("person:") && delivery.channel !== EMAIL_CHANNEL && delivery.sentTo
    ? delivery.sentTo
    : delivery.recipient;
}

async function close(services: PingServices, test: PingTest, now: Date): Promise<void> {
  const accounts = await secretariatAccounts(services.deps);
  if (accounts.length === 0) {
    services.deps.log.warn(
      { testId: test.id },
      "ping test closed but no Secretariat chat account is known; the report is available on request",
    );
  }
  for (const account of accounts) {
    const base = { campaign: reportCampaign(test.id), recipient: account.userId, dueAt: now.toISOString() };
    const payload = { testId: test.id, ...(account.timeZone ? { zone: account.timeZone } : {}) };
    await enqueueOnce(services.deps.outbox, {
      ...base,
      localId: `card|${account.userId}`,
      kind: PING_KINDS.report,
      payload,
    });
    await enqueueOnce(services.deps.outbox, {
      ...base,
      localId: `csv|${account.userId}`,
      kind: PING_KINDS.csv,
      payload,
    });
  }
  await services.tests.closeIndex(test.id);
}

/**
 * Registers the renderers of pings, reminders and reports.
 * @example registerPingRenderers(pingServices(deps));
 */
export function registerPingRenderers(services: PingServices): void {
  const { outbox } = services.deps;
  const targetOf = async (payload: unknown) => {
    const { testId, pocId } = targetPayloadSchema.parse(payload);
    const test = await services.tests.test(testId);
    const target = test?.targets.find((candidate) => candidate.pocId === pocId);
    return test && target ? { test, target } : undefined;
  };
  const cancelled = async (testId: string) => (await services.tests.cancellation(testId)) !== undefined;
  const render = async (delivery: Delivery, reminder: boolean, locale: string) => {
    const found = await targetOf(delivery.payload);
    if (!found || (await cancelled(found.test.id))) return null;
    if (reminder) {
      const ack = await services.tests.ack(found.test.id, found.target.pocId);
      if (ack && (await standing(services, found.test.id, found.target.pocId))(ack)) return null;
    }
    if (delivery.channel !== EMAIL_CHANNEL)
      return withLocale(locale, () => cardMessage(pingCard(found.test, found.target, reminder), locale));
    const link = await services.deps.links.issue(
      PING_LINK_PURPOSE,
      // The e-mail's language: the link's pages are in it too.
      { testId: found.test.id, pocId: found.target.pocId, locale },
      new Date(Date.parse(found.test.closesAt) + LINK_GRACE_MS),
    );
    return withLocale(locale, () =>
      cardMessage(pingEmailCard(found.test, found.target, link, reminder), locale),
    );
  };
  outbox.register(PING_KINDS.ask, (delivery, _now, _to, locale) => render(delivery, false, locale));
  outbox.register(PING_KINDS.remind, (delivery, _now, _to, locale) => render(delivery, true, locale));
  outbox.register(PING_KINDS.report, async (delivery, now, _to, locale) => {
    const { testId, zone } = reportPayloadSchema.parse(delivery.payload);
    const test = await services.tests.test(testId);
    return test ? cardMessage(reportCard(await loadReport(services, test, now), zone), locale) : null;
  });
  outbox.register(PING_KINDS.csv, async (delivery, now) => {
    const { testId } = reportPayloadSchema.parse(delivery.payload);
    const test = await services.tests.test(testId);
    if (!test) return null;
    return {
      text: `Ping test ${testId} report as CSV:\n${reportCsv(await loadReport(services, test, now))}`,
    };
  });
}
