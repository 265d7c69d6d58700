import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { StoreError } from "../../bot/errors.js";
import { openStore } from "../../bot/store/index.js";
import { type RedisServer, requireRedisOrSkip, startRedisServer } from "../support/redis-server.js";
import { runStoreContract } from "./store-contract.js";

const dir = mkdtempSync(join(tmpdir(), "delegate-bot-store-"));
let fileCounter = 0;
let currentFile = "";

afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract("memory", { open: () => openStore("memory:") });

runStoreContract("sqlite", {
  open: () => {
    fileCounter += 1;
    currentFile = join(dir, `store-${fileCounter}.sqlite`);
    return openStore(`sqlite:${currentFile}`);
  },
  openSecondConnection: () => openStore(`sqlite:${currentFile}`),
});

// Redis: a private redis-server per file; each store is a fresh namespace of it.
const redisSkip = requireRedisOrSkip("store contract on Redis");
describe.skipIf(redisSkip !== undefined)(`redis${redisSkip ? ` (skipped: ${redisSkip})` : ""}`, () => {
  let redis: RedisServer;
  let run = 0;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(() => redis?.dispose());
  runStoreContract("redis", {
    open: async () => {
      run += 1;
      return (await openStore(redis.url)).namespace(`run${run}`);
    },
    openSecondConnection: async () => (await openStore(redis.url)).namespace(`run${run}`),
  });
});

describe("sqlite store failures", () => {
  it("throws StoreError on a closed database instead of reading 'absent'", async () => {
    const store = await openStore(`sqlite:${join(dir, "closed.sqlite")}`);
    await store.set("k", 1);
    await store.close();
    await expect(store.get("k", z.number())).rejects.toBeInstanceOf(StoreError);
    await expect(store.setIfAbsent("k2", 1)).rejects.toBeInstanceOf(StoreError);
  });

  it("keeps data across a reopen of the same file", async () => {
    const file = join(dir, "durable.sqlite");
    const first = await openStore(`sqlite:${file}`);
    await first.set("reminder:1", { due: "2024-03-07T14:45:00Z" });
    await first.close();
    const second = await openStore(`sqlite:${file}`);
    expect(await second.get("reminder:1", z.object({ due: z.string() }))).toEqual({
      due: "2024-03-07T14:45:00Z",
    });
    await second.close();
  });

  it("two processes opening a new file at the same moment: every claim answered, one winner per key", async () => {
    // Both connections start in rollback-journal mode and switch to WAL while the other
    // writes: SQLite then answers SQLITE_BUSY at once, without waiting (seen in CI; about
    // one round in 150 here before statements were retried, which made every later
    // operation of that connection fail).
    for (let round = 0; round < 150; round += 1) {
      const file = join(dir, `fresh-${round}.sqlite`);
      const [a, b] = [await openStore(`sqlite:${file}`), await openStore(`sqlite:${file}`)];
      const claims = await Promise.all(
        Array.from({ length: 25 }, (_, key) => [
          a.setIfAbsent(`k${key}`, "a"),
          b.setIfAbsent(`k${key}`, "b"),
        ]).flat(),
      );
      expect(claims.filter(Boolean)).toHaveLength(25);
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("refuses an unknown STORE_URL with a message saying what is accepted", async () => {
    await expect(openStore("postgres://x")).rejects.toThrow(/sqlite:<file>, memory:, or redis:\/\//);
  });
});

describe("namespaces", () => {
  it("opening many namespaces adds no listener each (Keyv warns of a leak past 100)", async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    const store = await openStore("memory:");
    try {
      for (let i = 0; i < 200; i++) await store.namespace(`n${i % 7}`).set("k", i);
      expect(warnings.filter((text) => String(text).includes("MaxListenersExceededWarning"))).toEqual([]);
      expect(await store.namespace("n3").get("k", z.number())).toBe(199 - ((199 - 3) % 7));
    } finally {
      console.warn = warn;
      await store.close();
    }
  });
});
