/**
 * Two replicas of the bot as child processes sharing one private Redis, with the real Slack
 * adapter against the fake Slack Web API (sends are observed there: one `chat.postMessage`
 * per message). The reminders are the real ones: the test subscribes people to the
 * Thursday-morning session through the reminders repository, and the replicas' reminder
 * producer and outbox do the rest. The replicas' programme clock runs 6 times faster than
 * real time from a minute before the reminders fall due.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../bot/logger.js";
import { Messenger } from "../../bot/messenger.js";
import { loadCatalogue } from "../../bot/programme/load.js";
import { openStore, type Store } from "../../bot/store/index.js";
import { ReminderRepository } from "../../handlers/reminders/store.js";
import type { Delivery } from "../../schedules/delivery.js";
import { Outbox } from "../../schedules/outbox.js";
import { dueIndex } from "../../schedules/reminders/due.js";
import { REMINDER_CAMPAIGN } from "../../schedules/reminders/producer.js";
import {
  DEFAULT_FAKE_USERS,
  type FakeCall,
  type FakeSlack,
  startFakeSlack,
} from "../support/fake-slack/api.js";
import { directMessage, type PayloadContext } from "../support/fake-slack/payloads.js";
import { postToSlackEndpoint, TEST_SIGNING_SECRET } from "../support/fake-slack/sign.js";
import { type RedisServer, requireRedisOrSkip, startRedisServer } from "../support/redis-server.js";
import { programmeClock, type Replica, startReplica, waitFor } from "./support.js";

const skipReason = requireRedisOrSkip("multi-replica tests (test/replicas)");

/** Outbox concurrency of each replica: the most sends one replica can have in flight. */
const CONCURRENCY = 4;
const users = (from: number, count: number) => Array.from({ length: count }, (_, i) => `U${from + i}`);
const FIRST_BATCH = users(1000, 100);
const SECOND_BATCH = users(2000, 100);
const isFinal = (d: Delivery) => !["pending", "sending"].includes(d.status);
/** Thursday 7 March 2024, 10:00 New York (15:00Z): its 15-minute reminders are due at 14:45:00Z. */
const SESSION = "oewg-7-2024-03-07-am";
const CLOCK_START = "2024-03-07T14:44:00Z";
const CLOCK_SPEED = 6;

describe.skipIf(skipReason !== undefined)(
  `two replicas sharing Redis${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let redis: RedisServer;
    let fake: FakeSlack;
    let store: Store;
    let outbox: Outbox;
    let reminders: ReminderRepository;
    const clockAt = Date.now();
    const clock = programmeClock(CLOCK_START, clockAt, CLOCK_SPEED);
    const sessionStart = dueIndex(loadCatalogue()).byId.get(SESSION)?.anchor ?? Number.NaN;
    const replicas = new Map<string, Replica>();
    const tokens = { a: "xoxb-1000-2000-replicaA", b: "xoxb-1000-2000-replicaB" } as const;

    const posts = (channels: readonly string[]): FakeCall[] => {
      const wanted = new Set(channels.map((user) => `D${user}`));
      return fake.callsTo("chat.postMessage").filter((call) => wanted.has(String(call.args.channel)));
    };
    const perChannel = (calls: FakeCall[]) => {
      const counts = new Map<string, number>();
      for (const call of calls)
        counts.set(String(call.args.channel), (counts.get(String(call.args.channel)) ?? 0) + 1);
      return counts;
    };
    const logs = () =>
      [...replicas.values()].map((r) => `--- replica ${r.name}:\n${r.output().slice(-3_000)}`).join("\n");

    const addressOf = (user: string) => `slack:${fake.team}/@${user}`;
    /** Subscribes each user to the session's reminder, `leadMinutes` before it. */
    const subscribe = async (userIds: readonly string[], leadMinutes: number) => {
      const stamp = clock.now().toISOString();
      for (const user of userIds) {
        await reminders.subscribe({
          userId: addressOf(user),
          target: { type: "occurrence", occurrenceId: SESSION },
          leadMinutes,
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
    };
    /** The reminder deliveries of a batch, once all of them exist and are settled. */
    const settledReminders = async (userIds: readonly string[]) => {
      const wanted = new Set(userIds.map(addressOf));
      const mine = (await outbox.campaign(REMINDER_CAMPAIGN)).filter((d) => wanted.has(d.recipient));
      return mine.length === userIds.length && mine.every(isFinal) ? mine : undefined;
    };

    beforeAll(async () => {
      redis = await startRedisServer();
      fake = await startFakeSlack({
        users: [
          ...DEFAULT_FAKE_USERS,
          ...[...FIRST_BATCH, ...SECOND_BATCH].map((id) => ({ id, name: id.toLowerCase() })),
        ],
      });
      store = await openStore(redis.url);
      outbox = new Outbox({ store, messenger: new Messenger(), clock, log: silentLogger() });
      reminders = new ReminderRepository(store.namespace("reminders"));
      expect(new Date(sessionStart).toISOString()).toBe("2024-03-07T15:00:00.000Z");
      await subscribe(FIRST_BATCH, 15);
      const env = (token: string) => ({
        STORE_URL: redis.url,
        SLACK_BOT_TOKEN: token,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        // Paced so that a batch of 100 takes several seconds: both replicas take part, and
        // a replica can be killed in the middle.
        OUTBOX_RATE_LIMITS: "slack=10/1s",
        OUTBOX_CONCURRENCY: String(CONCURRENCY),
        REPLICA_CLAIM_TTL_MS: "3000",
        REPLICA_CLOCK_START: CLOCK_START,
        REPLICA_CLOCK_AT: String(clockAt),
        REPLICA_CLOCK_SPEED: String(CLOCK_SPEED),
      });
      const [a, b] = await Promise.all([startReplica("a", env(tokens.a)), startReplica("b", env(tokens.b))]);
      replicas.set("a", a);
      replicas.set("b", b);
    }, 120_000);

    afterAll(async () => {
      await Promise.all([...replicas.values()].map((replica) => replica.stop()));
      await store?.close();
      await fake?.close();
      await redis?.dispose();
    });

    it("each replica's /healthz reports Redis up, with the ping's latency", async () => {
      for (const replica of replicas.values()) {
        const response = await fetch(`http://127.0.0.1:${replica.port}/healthz`);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({
          ok: true,
          store: { backend: "redis", state: "up", latencyMs: expect.any(Number) },
        });
      }
    });

    it("100 reminders due in the same minute: exactly 100 sends, shared by both replicas", async () => {
      const records = await waitFor(
        () => settledReminders(FIRST_BATCH),
        45_000,
        "100 settled reminders",
        logs,
      );
      const calls = posts(FIRST_BATCH);
      expect(calls).toHaveLength(100);
      expect([...perChannel(calls).values()].every((count) => count === 1)).toBe(true);
      expect(perChannel(calls).size).toBe(100);
      expect(records.map((record) => record.status)).toEqual(Array(100).fill("sent"));
      expect(records.every((record) => record.attempts === 1)).toBe(true);
      expect(new Set(records.map((record) => record.dueAt))).toEqual(new Set(["2024-03-07T14:45:00.000Z"]));
      for (const call of calls) {
        expect(String(call.args.text)).toMatch(
          /^Reminder: OEWG 7th session: Agenda item 5 \(continued\): Capacity-building starts in \d+ minutes\n/,
        );
      }
      // The work was shared: each replica sent some (identified by its token).
      const byA = calls.filter((call) => call.token === tokens.a).length;
      expect(byA).toBeGreaterThan(0);
      expect(100 - byA).toBeGreaterThan(0);
    }, 60_000);

    it("the same Slack event delivered to both replicas at once, 50 times: handled 50 times", async () => {
      const ctx: PayloadContext = {
        team: fake.team,
        botUserId: fake.botUserId,
        botId: fake.botId,
        responseUrl: fake.responseUrl,
      };
      // Each event from its own DM channel: the bot paces posts to one channel ~1/s, and this
      // is about de-duplication, not pacing.
      const channelOf = (round: number, i: number) => `D0TWICE${round}x${i}`;
      const channels = new Set(Array.from({ length: 50 }, (_, n) => channelOf(Math.floor(n / 10), n % 10)));
      const answered = () =>
        fake.callsTo("chat.postMessage").filter((call) => channels.has(String(call.args.channel)));
      const statuses: number[] = [];
      for (let round = 0; round < 5; round += 1) {
        await Promise.all(
          Array.from({ length: 10 }, async (_, i) => {
            const body = directMessage(ctx, `EvTwice${round}x${i}`, {
              text: "help",
              user: "U0GENEVA",
              channel: channelOf(round, i),
            });
            const answers = await Promise.all(
              [...replicas.values()].map((replica) =>
                postToSlackEndpoint(`http://127.0.0.1:${replica.port}/slack/events`, body),
              ),
            );
            statuses.push(...answers.map((answer) => answer.status));
          }),
        );
      }
      expect(statuses).toEqual(Array(100).fill(200));
      // Each handled "help" answers with one message in its DM.
      await waitFor(() => answered().length >= 50 || undefined, 30_000, "50 answers", logs);
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // would-be duplicates have time to arrive
      const answers = answered();
      expect(answers).toHaveLength(50);
      expect(new Set(answers.map((call) => call.args.channel)).size).toEqual(50);
      expect(answers.every((call) => String(call.args.text).startsWith("Here is what you can ask me"))).toBe(
        true,
      );
    }, 60_000);

    it("a replica killed (SIGKILL) mid-send: every reminder sent, duplicates only among those in flight, marked uncertain", async () => {
      // A lead that makes these reminders fall due a few seconds from now.
      const lead = Math.floor((sessionStart - clock.now().getTime() - 10_000) / 60_000);
      expect(lead).toBeGreaterThan(0); // else this machine was too slow for the programme clock
      await subscribe(SECOND_BATCH, lead);
      await waitFor(
        () => posts(SECOND_BATCH).length >= 30 || undefined,
        30_000,
        "30 sends before the kill",
        logs,
      );
      // The next post is received but never answered: its sender is, for sure, mid-send.
      const seen = fake.calls.length;
      fake.fail("chat.postMessage", { kind: "hang" }, 1);
      const hung = await waitFor(
        () =>
          fake.calls
            .slice(seen)
            .find((call) => call.method === "chat.postMessage" && call.response === undefined),
        10_000,
        "the hung post",
        logs,
      );
      const victim = hung.token === tokens.a ? "a" : "b";
      const killed = replicas.get(victim) as Replica;
      killed.child.kill("SIGKILL");
      await killed.exited;
      replicas.delete(victim);

      const records = await waitFor(
        () => settledReminders(SECOND_BATCH),
        45_000,
        "100 settled reminders after the kill",
        logs,
      );
      const counts = perChannel(posts(SECOND_BATCH));
      const uncertain = new Set(
        records.filter((r) => r.status === "uncertain").map((r) => `D${r.recipient.split("@")[1]}`),
      );
      // Every recipient got it; none failed.
      expect(counts.size).toBe(100);
      expect(records.filter((r) => r.status !== "sent" && r.status !== "uncertain")).toEqual([]);
      // Duplicates only among the deliveries in flight at the kill, and those are marked uncertain.
      const duplicated = [...counts].filter(([, count]) => count > 1).map(([channel]) => channel);
      expect(duplicated.every((channel) => uncertain.has(channel))).toBe(true);
      expect([...counts.values()].every((count) => count <= 2)).toBe(true);
      expect(counts.get(String(hung.args.channel))).toBe(2);
      expect(uncertain.has(String(hung.args.channel))).toBe(true);
      expect(uncertain.size).toBeGreaterThanOrEqual(1);
      expect(uncertain.size).toBeLessThanOrEqual(CONCURRENCY);
    }, 90_000);
  },
);
