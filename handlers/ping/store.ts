/**
 * The ping tests' records (see schema.ts for the keys) and the facts a report is made of.
 */
import { z } from "zod";
import type { Store } from "../../bot/store/port.js";
import type { Delivery } from "../../schedules/delivery.js";
import type { Outbox } from "../../schedules/outbox.js";
import {
  openEntrySchema,
  type PingAck,
  type PingCancellation,
  type PingDraft,
  type PingTest,
  pingAckSchema,
  pingCancellationSchema,
  pingDraftSchema,
  pingTestSchema,
} from "./schema.js";

/**
 * Campaign of a test's pings: one delivery per POC, local id = POC id.
 * @example pingCampaign("20240610-1300-ab12") === "ping:20240610-1300-ab12"
 */
export const pingCampaign = (testId: string) => `ping:${testId}`;
/**
 * Campaign of a test's halfway reminders.
 * @example reminderCampaign("t1") === "ping-reminder:t1"
 */
export const reminderCampaign = (testId: string) => `ping-reminder:${testId}`;
/**
 * Campaign of a test's report to the Secretariat.
 * @example reportCampaign("t1") === "ping-report:t1"
 */
export const reportCampaign = (testId: string) => `ping-report:${testId}`;

/** How long a preview waits for its Confirm click. */
export const DRAFT_TTL_MS = 60 * 60 * 1000;

/**
 * @example
 * const tests = new PingRepository(store.namespace("ping"));
 * const test = await tests.test("20240610-1300-ab12");
 */
export class PingRepository {
  constructor(private readonly store: Store) {}

  saveDraft(draft: PingDraft): Promise<void> {
    return this.store.set(`draft:${draft.id}`, pingDraftSchema.parse(draft), DRAFT_TTL_MS);
  }

  draft(id: string): Promise<PingDraft | undefined> {
    return this.store.get(`draft:${id}`, pingDraftSchema);
  }

  async deleteDraft(id: string): Promise<void> {
    await this.store.delete(`draft:${id}`);
  }

  /**
   * Starts a test: the open-index entry first (so a crash cannot leave a test nobody works
   * on), then the test itself, once. False when a test with this id exists already.
   */
  async start(test: PingTest, now: Date): Promise<boolean> {
    await this.store.set(`open:${test.id}`, { id: test.id, createdAt: now.toISOString() });
    const created = await this.store.setIfAbsent(`test:${test.id}`, pingTestSchema.parse(test));
    if (created) await this.store.set("latest", test.id);
    return created;
  }

  test(id: string): Promise<PingTest | undefined> {
    return this.store.get(`test:${id}`, pingTestSchema);
  }

  /** Every test, the most recently started first. */
  async all(): Promise<PingTest[]> {
    const entries = await this.store.list("test:", pingTestSchema);
    return entries.map((entry) => entry.value).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  /** How many tests there are (their records are not validated: only counted). */
  async count(): Promise<number> {
    return (await this.store.list("test:", z.unknown())).length;
  }

  /** The most recently started test's id. */
  latest(): Promise<string | undefined> {
    return this.store.get("latest", z.string());
  }

  /** Tests the producer still works on. */
  async open(): Promise<Array<{ id: string; createdAt: string }>> {
    return (await this.store.list("open:", openEntrySchema)).map((entry) => entry.value);
  }

  async closeIndex(id: string): Promise<void> {
    await this.store.delete(`open:${id}`);
  }

  /** A one-way flag of a test ("enqueued", "reminded"). */
  async flag(name: "enqueued" | "reminded", id: string): Promise<boolean> {
    return (await this.store.get(`${name}:${id}`, z.literal(true))) === true;
  }

  async setFlag(name: "enqueued" | "reminded", id: string): Promise<void> {
    await this.store.set(`${name}:${id}`, true);
  }

  /** Marks a test cancelled, once: false when it already was. */
  cancel(id: string, cancellation: PingCancellation): Promise<boolean> {
    return this.store.setIfAbsent(`cancelled:${id}`, pingCancellationSchema.parse(cancellation));
  }

  /** Whether (and when, by whom) a test was cancelled. */
  cancellation(id: string): Promise<PingCancellation | undefined> {
    return this.store.get(`cancelled:${id}`, pingCancellationSchema);
  }

  /**
   * Records an acknowledgement unless one that `stands` exists; returns the one that counts.
   * One that does not stand (a word typed before the ping reached the POC, which an earlier
   * version stored) is replaced by this one. One atomic operation of the store (a claim, else
   * a compare-and-replace that reads again when another acknowledgement got in between): of
   * two at the same moment, exactly one is recorded and `first`; the other gets it back.
   */
  async acknowledge(
    testId: string,
    pocId: string,
    ack: PingAck,
    stands: (existing: PingAck) => boolean = () => true,
  ): Promise<{ first: boolean; ack: PingAck }> {
    const record = pingAckSchema.parse(ack);
    let counted: { first: boolean; ack: PingAck } = { first: true, ack };
    // `change` may run again after a lost race: it decides from the record as last read.
    await this.store.update(`ack:${testId}:${pocId}`, pingAckSchema, (existing) => {
      if (existing && stands(existing)) {
        counted = { first: false, ack: existing };
        return undefined;
      }
      counted = { first: true, ack };
      return record;
    });
    return counted;
  }

  async ack(testId: string, pocId: string): Promise<PingAck | undefined> {
    return this.store.get(`ack:${testId}:${pocId}`, pingAckSchema);
  }

  /** Every acknowledgement of a test, by POC id. */
  async acks(testId: string): Promise<Map<string, PingAck>> {
    const prefix = `ack:${testId}:`;
    const entries = await this.store.list(prefix, pingAckSchema);
    return new Map(entries.map((entry) => [entry.key.slice(prefix.length), entry.value]));
  }
}

/**
 * The local id of a POC's ping on a channel: the POC id in chat (as before e-mail existed),
 * `<pocId>|email` by e-mail.
 * @example pingLocalId("KEN:technical", "email") === "KEN:technical|email"
 */
export const pingLocalId = (pocId: string, channel: "chat" | "email") =>
  channel === "email" ? `${pocId}|email` : pocId;

/**
 * A POC's pings, by channel.
 * @example (await pingDeliveries(deps.outbox, testId)).get("KEN:technical")?.chat?.status // "sent"
 */
export interface PocPings {
  chat?: Delivery;
  email?: Delivery;
}

/**
 * One POC's pings in a test, by channel (read by id: no scan of the campaign).
 * @example (await pocPings(deps.outbox, testId, "KEN:technical")).email?.status // "sent"
 */
export async function pocPings(outbox: Outbox, testId: string, pocId: string): Promise<PocPings> {
  const [chat, email] = await Promise.all(
    (["chat", "email"] as const).map((channel) =>
      outbox.get(`${pingCampaign(testId)}/${pingLocalId(pocId, channel)}`),
    ),
  );
  return { ...(chat ? { chat } : {}), ...(email ? { email } : {}) };
}

/**
 * The pings of a test (or its reminders, with `campaign`), by POC id and channel.
 * @example (await pingDeliveries(deps.outbox, testId)).get("KEN:technical")?.email?.status // "failed"
 */
export async function pingDeliveries(
  outbox: Outbox,
  testId: string,
  campaign = pingCampaign(testId),
): Promise<Map<string, PocPings>> {
  return pingsByPoc(await outbox.campaign(campaign), campaign);
}

/**
 * Groups a ping campaign's deliveries by POC id and channel (an e-mail ping's id ends in `|email`).
 * @example pingsByPoc(await outbox.campaign(pingCampaign(testId)), pingCampaign(testId)).get("KEN:technical")?.chat
 */
export function pingsByPoc(deliveries: readonly Delivery[], campaign: string): Map<string, PocPings> {
  const prefix = `${campaign}/`;
  const byPoc = new Map<string, PocPings>();
  for (const delivery of deliveries) {
    const local = delivery.id.slice(prefix.length);
    const email = local.endsWith("|email");
    const pocId = email ? local.slice(0, -"|email".length) : local;
    const pings = byPoc.get(pocId) ?? {};
    if (email) pings.email = delivery;
    else pings.chat = delivery;
    byPoc.set(pocId, pings);
  }
  return byPoc;
}
