/**
 * The Redis backend when Redis goes away (a private redis-server, stopped and started
 * again, AOF on so that its data survives): errors, never "absent"; a short outage waited
 * out; a clear start-up failure; the health report; the outbox stopping its drain.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { fixedClock } from "../../bot/clock.js";
import { ConfigError, StoreError } from "../../bot/errors.js";
import { checkStore, healthHandler } from "../../bot/health.js";
import { HttpServer } from "../../bot/http.js";
import { silentLogger } from "../../bot/logger.js";
import { Messenger } from "../../bot/messenger.js";
import { KeyvStore } from "../../bot/store/keyv-store.js";
import type { Store } from "../../bot/store/port.js";
import { redisBackend } from "../../bot/store/redis.js";
import { Outbox } from "../../schedules/outbox.js";
import { recordingAdapter } from "../support/recording-adapter.js";
import { type RedisServer, requireRedisOrSkip, startRedisServer } from "../support/redis-server.js";
import { waitFor } from "./support.js";

const skipReason = requireRedisOrSkip("Redis failure tests (test/replicas)");
const record = z.object({ status: z.string() });

describe.skipIf(skipReason !== undefined)(
  `Redis store when Redis goes away${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let redis: RedisServer;
    let run = 0;
    /** A fresh namespace on a new connection; `waitMs` bounds the wait for a lost connection. */
    const open = async (waitMs: number): Promise<Store> => {
      run += 1;
      return new KeyvStore(await redisBackend(redis.url, { waitMs })).namespace(`t${run}`);
    };
    /** Stops Redis for the duration of `during`, then starts it again (also when `during` fails). */
    const withRedisStopped = async (during: () => Promise<void>) => {
      await redis.stop();
      try {
        await during();
      } finally {
        await redis.start();
      }
    };

    beforeAll(async () => {
      redis = await startRedisServer({ appendOnly: true });
    });
    afterAll(() => redis?.dispose());

    it("reads, claims and lists on a stopped Redis are StoreErrors, never 'absent'; the data is there again after", async () => {
      const store = await open(300);
      await store.set("delivery:1", { status: "sent" });
      await withRedisStopped(async () => {
        await expect(store.get("delivery:missing", record)).rejects.toBeInstanceOf(StoreError);
        await expect(store.get("delivery:1", record)).rejects.toBeInstanceOf(StoreError);
        await expect(store.setIfAbsent("claim:1", "me", 60_000)).rejects.toBeInstanceOf(StoreError);
        await expect(store.list("delivery:", record)).rejects.toBeInstanceOf(StoreError);
        await expect(store.set("delivery:2", { status: "pending" })).rejects.toBeInstanceOf(StoreError);
        await expect(store.delete("delivery:1")).rejects.toBeInstanceOf(StoreError);
      });
      const back = await waitFor(
        () => store.get("delivery:1", record).catch(() => undefined),
        10_000,
        "Redis back",
      );
      expect(back).toEqual({ status: "sent" });
      expect(await store.get("delivery:missing", record)).toBeUndefined();
      expect(await store.get("delivery:2", record)).toBeUndefined(); // the failed write did not land later
      await store.close();
    });

    it("an outage shorter than the wait is waited out: the read answers once Redis is back", async () => {
      const store = await open(8_000);
      await store.set("k", { status: "attending" });
      let pending: Promise<unknown> | undefined;
      await withRedisStopped(async () => {
        // Once this connection has noticed (a read issued before that fails at once: its socket closed).
        await waitFor(
          () =>
            store.ping().then(
              () => false,
              () => true,
            ),
          5_000,
          "the connection to notice",
        );
        pending = store.get("k", record);
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
      expect(await pending).toEqual({ status: "attending" });
      await store.close();
    });

    it("start-up with Redis unreachable fails with a message naming the URL (password hidden)", async () => {
      const port = await closedPort();
      const failure = await redisBackend(`redis://:s3cret@127.0.0.1:${port}`, {
        connectTimeoutMs: 300,
      }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ConfigError);
      expect((failure as Error).message).toBe(
        `Cannot reach Redis at redis://:***@127.0.0.1:${port} (no answer within 300 ms; last error: connect ECONNREFUSED 127.0.0.1:${port}). Check STORE_URL and that Redis is running.`,
      );
    });

    it("/healthz reports the backend, up or down, and the ping's latency", async () => {
      const store = await open(300);
      const http = new HttpServer(silentLogger());
      http.route("GET", "/healthz", healthHandler(store, "redis"));
      const port = await http.listen(0, "127.0.0.1");
      const get = async () => {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      try {
        const up = await get();
        expect(up.status).toBe(200);
        expect(up.body).toEqual({
          ok: true,
          store: { backend: "redis", state: "up", latencyMs: expect.any(Number) },
        });
        await withRedisStopped(async () => {
          await waitFor(
            async () => (await checkStore(store, "redis")).state === "down" || undefined,
            5_000,
            "down",
          );
          const down = await get();
          expect(down.status).toBe(503);
          expect(down.body).toEqual({
            ok: false,
            store: {
              backend: "redis",
              state: "down",
              latencyMs: expect.any(Number),
              error: "Redis is not connected (reconnecting)",
            },
          });
        });
        await waitFor(async () => (await get()).status === 200 || undefined, 10_000, "healthy again");
      } finally {
        await http.close();
        await store.close();
      }
    });

    it("the outbox stops its drain on a stopped Redis (nothing sent, nothing marked), then sends each delivery once", async () => {
      const store = await open(300);
      const platform = recordingAdapter("chat");
      const clock = fixedClock("2024-03-07T14:45:00Z");
      const outbox = new Outbox({
        store,
        messenger: new Messenger([platform.adapter]),
        clock,
        log: silentLogger(),
      });
      outbox.register("note", (delivery) => ({ text: `Note ${String(delivery.payload.n)}` }));
      for (let n = 0; n < 20; n += 1) {
        await outbox.enqueue({
          campaign: "notes",
          localId: `u${n}`,
          kind: "note",
          recipient: `chat:u${n}`,
          payload: { n },
          dueAt: "2024-03-07T14:45:00Z",
        });
      }
      await withRedisStopped(async () => {
        await expect(outbox.drain()).rejects.toBeInstanceOf(StoreError);
      });
      expect(platform.sent).toEqual([]);
      await waitFor(() => store.ping().catch(() => false), 10_000, "Redis back");
      expect((await outbox.campaign("notes")).map((d) => d.status)).toEqual(Array(20).fill("pending"));
      expect(await outbox.drain()).toEqual({ attempted: 20 });
      expect(await outbox.drain()).toEqual({ attempted: 0 });
      expect(platform.sent.map((s) => s.to).sort()).toEqual(
        Array.from({ length: 20 }, (_, n) => `chat:dm-u${n}`).sort(),
      );
      expect((await outbox.campaign("notes")).map((d) => d.status)).toEqual(Array(20).fill("sent"));
      await store.close();
    });

    it("Redis stopped in the middle of a drain: the drain stops with the store's error; nothing sent twice, nothing lost", async () => {
      const store = await open(300);
      const platform = recordingAdapter("chat");
      const clock = fixedClock("2024-03-07T14:45:00Z");
      const outbox = new Outbox(
        { store, messenger: new Messenger([platform.adapter]), clock, log: silentLogger() },
        { concurrency: 2, claimTtlMs: 6_000 },
      );
      // A slow renderer: the outage finds the workers between their claim and the "sending" mark.
      outbox.register("note", async (delivery) => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { text: `Note ${String(delivery.payload.n)}` };
      });
      for (let n = 0; n < 20; n += 1) {
        await outbox.enqueue({
          campaign: "mid",
          localId: `u${n}`,
          kind: "note",
          recipient: `chat:u${n}`,
          payload: { n },
          dueAt: "2024-03-07T14:45:00Z",
        });
      }
      const drained = outbox.drain().then(
        () => "finished",
        (error: unknown) => error,
      );
      await waitFor(() => platform.sent.length >= 4 || undefined, 10_000, "4 sends");
      await withRedisStopped(() => new Promise((resolve) => setTimeout(resolve, 1_500)));
      expect(await drained).toBeInstanceOf(StoreError);
      await waitFor(() => store.ping().catch(() => false), 10_000, "Redis back");
      const sentFirst = platform.sent.length;
      expect(sentFirst).toBeLessThan(20);
      const afterFirst = await outbox.campaign("mid");
      expect(afterFirst.filter((d) => d.status === "sent")).toHaveLength(sentFirst);
      expect(afterFirst.filter((d) => d.status !== "sent").map((d) => d.status)).toEqual(
        Array(20 - sentFirst).fill("pending"),
      );

      // Claims left by the interrupted drain may hold a few deliveries until they lapse.
      await waitFor(
        async () => {
          await outbox.drain();
          return (await outbox.campaign("mid")).every((d) => d.status === "sent") || undefined;
        },
        20_000,
        "the rest sent",
      );
      expect(platform.sent).toHaveLength(20);
      expect(new Set(platform.sent.map((s) => s.to)).size).toBe(20);
      expect((await outbox.campaign("mid")).every((d) => d.attempts === 1)).toBe(true);
      await store.close();
    }, 40_000);
  },
);

/** A port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
