/**
 * The store-backed node-cron run coordinator: one replica per tick. On the memory store
 * (always) and on two connections to a private Redis (when redis-server is available).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import cron from "node-cron";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { StoreError } from "../../bot/errors.js";
import { openStore, type Store } from "../../bot/store/index.js";
import { StoreRunCoordinator } from "../../schedules/coordinator.js";
import { type RedisServer, requireRedisOrSkip, startRedisServer } from "../support/redis-server.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("StoreRunCoordinator on the memory store", () => {
  it("elects exactly one of several replicas per slot, and each slot once", async () => {
    const store = (await openStore("memory:")).namespace("cron");
    const replicas = [
      new StoreRunCoordinator(store),
      new StoreRunCoordinator(store),
      new StoreRunCoordinator(store),
    ];
    for (const slot of ["tick:2024-03-07T14:45:00.000Z", "tick:2024-03-07T14:45:05.000Z"]) {
      const votes = await Promise.all(replicas.map((replica) => replica.shouldRun(slot, 30_000)));
      expect(votes.filter(Boolean)).toHaveLength(1);
      expect(await Promise.all(replicas.map((replica) => replica.shouldRun(slot, 30_000)))).toEqual([
        false,
        false,
        false,
      ]);
    }
  });

  it("deletes the claims it won once their lease is over (no row per slot left behind)", async () => {
    const store = (await openStore("memory:")).namespace("cron");
    const replica = new StoreRunCoordinator(store, { owner: "replica-1" });
    expect(await replica.shouldRun("tick:1", 20)).toBe(true);
    expect(await replica.shouldRun("tick:2", 20)).toBe(true);
    await sleep(40);
    expect(await replica.shouldRun("tick:3", 60_000)).toBe(true);
    expect(await store.list("", z.string())).toEqual([{ key: "run:tick:3", value: "replica-1" }]);
  });

  it("fails (node-cron then skips the slot) when the store fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "delegate-bot-coordinator-"));
    try {
      const root = await openStore(`sqlite:${join(dir, "closed.sqlite")}`);
      const replica = new StoreRunCoordinator(root.namespace("cron"));
      await root.close();
      await expect(replica.shouldRun("tick:1", 30_000)).rejects.toBeInstanceOf(StoreError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const skipReason = requireRedisOrSkip("coordinator on Redis (test/replicas)");

describe.skipIf(skipReason !== undefined)(
  `StoreRunCoordinator on Redis${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let redis: RedisServer;
    const stores: Store[] = [];
    beforeAll(async () => {
      redis = await startRedisServer();
      for (let i = 0; i < 2; i += 1) stores.push((await openStore(redis.url)).namespace("cron"));
    });
    afterAll(async () => {
      for (const store of stores) await store.close();
      await redis?.dispose();
    });

    it("two node-cron schedules ticking every second on two connections: each tick runs on exactly one", async () => {
      const runs: Array<{ replica: number; slot: string }> = [];
      const tasks = stores.map((store, replica) =>
        cron.schedule(
          "* * * * * *",
          (context) => void runs.push({ replica, slot: context.date.toISOString() }),
          {
            name: "replica-tick",
            distributed: true,
            runCoordinator: new StoreRunCoordinator(store),
            noOverlap: true,
          },
        ),
      );
      await sleep(3_500);
      for (const task of tasks) await task.destroy();
      const slots = runs.map((run) => run.slot);
      expect(slots.length).toBeGreaterThanOrEqual(2);
      expect(new Set(slots).size).toBe(slots.length);
    });
  },
);
