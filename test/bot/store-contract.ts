/**
 * The store contract: every backend (memory, SQLite, and Redis when present) must pass it.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { StoreError } from "../../bot/errors.js";
import type { Store } from "../../bot/store/port.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until `check` holds (every 10 ms, up to `withinMs`): an expiry is checked as "gone
 * within a bound", not "gone after a fixed sleep", so a loaded machine cannot make it flaky.
 */
async function eventually(check: () => Promise<boolean>, withinMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(10);
  }
  return check();
}

/** What a backend's test file supplies. */
export interface StoreHarness {
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** A second independent connection to the same data (another process, in effect). */
  openSecondConnection?(): Promise<Store>;
}

const rsvp = z.object({ status: z.enum(["attending", "declined"]), at: z.coerce.date() });

/**
 * @example runStoreContract("sqlite", { open: () => openStore(`sqlite:${tmpFile}`) });
 */
export function runStoreContract(name: string, harness: StoreHarness): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await harness.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it("reads back what was written, validated and revived by the schema", async () => {
      await store.set("rsvp:reception:u1", { status: "attending", at: new Date("2024-03-01T10:00:00Z") });
      expect(await store.get("rsvp:reception:u1", rsvp)).toEqual({
        status: "attending",
        at: new Date("2024-03-01T10:00:00Z"),
      });
      expect(await store.get("rsvp:reception:nobody", rsvp)).toBeUndefined();
    });

    it("throws a StoreError, not undefined, for a record that fails its schema", async () => {
      await store.set("rsvp:reception:u2", { status: "maybe?" });
      await expect(store.get("rsvp:reception:u2", rsvp)).rejects.toBeInstanceOf(StoreError);
    });

    it("deletes, and says whether something was deleted", async () => {
      await store.set("k", 1);
      expect(await store.delete("k")).toBe(true);
      expect(await store.delete("k")).toBe(false);
      expect(await store.get("k", z.number())).toBeUndefined();
    });

    it("expires records after their TTL", async () => {
      await store.set("short", "x", 40);
      await store.set("long", "y", 60_000);
      await sleep(80);
      expect(await store.get("short", z.string())).toBeUndefined();
      expect(await store.get("long", z.string())).toBe("y");
      expect((await store.list("", z.string())).map((entry) => entry.key)).toEqual(["long"]);
    });

    it("setIfAbsent: exactly one of 50 concurrent claims wins", async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          store.setIfAbsent("claim:reminder-1", { by: index }, 60_000),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect(await store.get("claim:reminder-1", z.object({ by: z.number() }))).toEqual({ by: winner });
    });

    it("setIfAbsent: an expired claim can be taken again, a live one cannot", async () => {
      // 500 ms, not less: on a loaded machine the second call came after a 40 ms claim expired.
      expect(await store.setIfAbsent("claim:x", 1, 500)).toBe(true);
      expect(await store.setIfAbsent("claim:x", 2, 500)).toBe(false);
      await sleep(600);
      expect(await store.setIfAbsent("claim:x", 3, 60_000)).toBe(true);
      expect(await store.get("claim:x", z.number())).toBe(3);
    });

    it("setIfAbsent does not overwrite a record written by set", async () => {
      await store.set("claim:y", "first");
      expect(await store.setIfAbsent("claim:y", "second")).toBe(false);
      expect(await store.get("claim:y", z.string())).toBe("first");
    });

    it("update: 25 concurrent increments of one counter lose none", async () => {
      const counter = z.object({ n: z.number() });
      await store.set("counter", { n: 0 }); // all 25 first read this same record
      const results = await Promise.all(
        Array.from({ length: 25 }, () =>
          store.update("counter", counter, (current) => ({ n: (current?.n ?? 0) + 1 })),
        ),
      );
      expect(await store.get("counter", counter)).toEqual({ n: 25 });
      expect(new Set(results.map((result) => result?.n)).size).toEqual(25);
    });

    it("update: a declined change writes nothing; an absent or expired record reads as undefined", async () => {
      const value = z.string();
      expect(await store.update("u:declined", value, () => undefined)).toBeUndefined();
      expect(await store.get("u:declined", value)).toBeUndefined();
      await store.set("u:short", "old", 20);
      await sleep(40);
      const seen: Array<string | undefined> = [];
      const written = await store.update("u:short", value, (current) => {
        seen.push(current);
        return "new";
      });
      expect([seen, written, await store.get("u:short", value)]).toEqual([[undefined], "new", "new"]);
    });

    it("update: keeps a TTL when given one, and validates what it reads", async () => {
      // Long enough to be read back on a loaded machine (30 ms was not, in CI beside a bench);
      // its expiry is then awaited by polling, and not seen before its TTL.
      const before = Date.now();
      await store.update("u:ttl", z.number(), () => 1, 1_000);
      expect(await store.get("u:ttl", z.number())).toEqual(1);
      expect(await eventually(async () => (await store.get("u:ttl", z.number())) === undefined)).toBe(true);
      expect(Date.now() - before).toBeGreaterThanOrEqual(1_000);
      await store.set("u:bad", { status: "maybe" });
      await expect(store.update("u:bad", rsvp, () => ({ status: "attending" }))).rejects.toBeInstanceOf(
        StoreError,
      );
      expect(await store.get("u:bad", z.unknown())).toEqual({ status: "maybe" });
    });

    it("lists by prefix, sorted, without neighbours or expired entries", async () => {
      await store.set("rsvp:b", 2);
      await store.set("rsvp:a", 1);
      await store.set("rsvpx:c", 3);
      await store.set("rsvp:%_", 4);
      await store.set("rsvp:gone", 5, 30);
      await sleep(60);
      expect(await store.list("rsvp:", z.number())).toEqual([
        { key: "rsvp:%_", value: 4 },
        { key: "rsvp:a", value: 1 },
        { key: "rsvp:b", value: 2 },
      ]);
    });

    it("lists 1,000 records written concurrently, none skipped", async () => {
      await Promise.all(
        Array.from({ length: 1_000 }, (_, i) => store.set(`many:${String(i).padStart(4, "0")}`, i)),
      );
      const entries = await store.list("many:", z.number());
      expect(entries).toHaveLength(1_000);
      expect(entries[999]).toEqual({ key: "many:0999", value: 999 });
    });

    it("keeps namespaces apart", async () => {
      const a = store.namespace("a");
      const b = store.namespace("b");
      await a.set("k", "in a");
      await b.set("k", "in b");
      expect(await a.get("k", z.string())).toBe("in a");
      expect(await b.get("k", z.string())).toBe("in b");
      expect(await a.list("", z.string())).toEqual([{ key: "k", value: "in a" }]);
      expect(await a.setIfAbsent("k", "again")).toBe(false);
      expect(await store.get("a:k", z.string())).toBe("in a");
    });

    it("setAll writes every record, overwriting, with TTLs, in the namespace", async () => {
      await store.set("batch:a", "old");
      const inner = store.namespace("ns");
      await inner.setAll([
        { key: "batch:a", value: "in ns" },
        { key: "batch:b", value: { n: 2 } },
      ]);
      const before = Date.now();
      await store.setAll([
        { key: "batch:a", value: "new" },
        // Long enough to be read back after 600 writes on a loaded machine (40 ms was not):
        // its expiry is then awaited by polling, below.
        { key: "batch:short", value: "x", ttlMs: 1_000 },
        ...Array.from({ length: 600 }, (_, index) => ({
          key: `batch:many:${String(index).padStart(3, "0")}`,
          value: index,
        })),
      ]);
      await store.setAll([]);
      expect(await store.get("batch:a", z.string())).toBe("new");
      expect(await store.get("ns:batch:a", z.string())).toBe("in ns");
      expect(await inner.get("batch:b", z.object({ n: z.number() }))).toEqual({ n: 2 });
      expect(await store.get("batch:short", z.string())).toBe("x");
      const many = await store.list("batch:many:", z.number());
      expect(many.map((entry) => entry.value)).toEqual(Array.from({ length: 600 }, (_, index) => index));
      expect(await eventually(async () => (await store.get("batch:short", z.string())) === undefined)).toBe(
        true,
      );
      // Gone by its TTL, not sooner: a second at least after it was written.
      expect(Date.now() - before).toBeGreaterThanOrEqual(990);
    });

    it("updateTogether writes the record and its companions together, only if the record and the watched keys are unchanged", async () => {
      const counter = z.object({ n: z.number() });
      const inner = store.namespace("ut");
      await inner.set("pointer", "g1");
      const bump = (tag: string) =>
        inner.updateTogether(
          "rec",
          counter,
          (current, watched) =>
            watched.pointer === "g1"
              ? {
                  value: { n: (current?.n ?? 0) + 1 },
                  also: [{ key: `audit:${tag}`, value: { tag, before: current?.n ?? 0 } }],
                }
              : undefined,
          ["pointer"],
        );
      // 20 concurrent changes: each one's companion is written exactly with its own change.
      await Promise.all(Array.from({ length: 20 }, (_, index) => bump(String(index).padStart(2, "0"))));
      expect(await inner.get("rec", counter)).toEqual({ n: 20 });
      const trail = await inner.list("audit:", z.object({ tag: z.string(), before: z.number() }));
      expect(trail.map((entry) => entry.value.before).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, index) => index),
      );
      // The watched key moved: the change declines, nothing is written.
      await inner.set("pointer", "g2");
      expect(await bump("late")).toBeUndefined();
      expect(await inner.get("audit:late", z.unknown())).toBeUndefined();
      expect(await inner.get("rec", counter)).toEqual({ n: 20 });
      // An absent record is created with its companions; nothing leaks outside the namespace.
      await inner.set("pointer", "g1");
      await inner.updateTogether("fresh", counter, () => ({
        value: { n: 1 },
        also: [{ key: "audit:fresh", value: 1 }],
      }));
      expect(await inner.get("fresh", counter)).toEqual({ n: 1 });
      expect(await store.get("audit:fresh", z.unknown())).toBeUndefined();
      expect(await store.get("ut:audit:fresh", z.number())).toBe(1);
    });

    it("answers ping", async () => {
      expect(await store.ping()).toBe(true);
    });

    if (harness.openSecondConnection) {
      const openSecond = harness.openSecondConnection;
      it("setIfAbsent is atomic across two connections to the same data", async () => {
        const other = await openSecond();
        try {
          for (let round = 0; round < 20; round += 1) {
            const key = `claim:cross:${round}`;
            const results = await Promise.all([
              store.setIfAbsent(key, "one", 60_000),
              other.setIfAbsent(key, "two", 60_000),
              store.setIfAbsent(key, "three", 60_000),
              other.setIfAbsent(key, "four", 60_000),
            ]);
            expect(results.filter(Boolean)).toHaveLength(1);
          }
        } finally {
          await other.close();
        }
      });

      it("setAll is seen whole or not at all from another connection", async () => {
        const other = await openSecond();
        const keys = Array.from({ length: 40 }, (_, index) => `together:${String(index).padStart(2, "0")}`);
        const writeRound = (round: number) => store.setAll(keys.map((key) => ({ key, value: round })));
        try {
          await writeRound(0);
          let writing = true;
          const writer = (async () => {
            for (let round = 1; round <= 60; round += 1) await writeRound(round);
            writing = false;
          })();
          const seen: number[][] = [];
          while (writing) {
            // One read of all the keys (a single SELECT, or a single MGET on Redis).
            const values = (await other.list("together:", z.number())).map((entry) => entry.value);
            seen.push([...new Set(values)]);
          }
          await writer;
          expect(seen.length).toBeGreaterThan(0);
          expect(seen.filter((rounds) => rounds.length !== 1)).toEqual([]);
        } finally {
          await other.close();
        }
      });

      it("updateTogether: a change and its companion from two connections, none lost, none without the other", async () => {
        const other = await openSecond();
        const counter = z.number();
        try {
          await store.set("together:n", 0);
          await Promise.all(
            Array.from({ length: 30 }, (_, index) =>
              (index % 2 === 0 ? store : other).updateTogether("together:n", counter, (n) => ({
                value: (n ?? 0) + 1,
                also: [{ key: `together:audit:${String(n ?? 0).padStart(2, "0")}`, value: index }],
              })),
            ),
          );
          expect(await other.get("together:n", counter)).toEqual(30);
          // One companion per value the counter went through: written only with the winning change.
          expect((await other.list("together:audit:", z.number())).map((entry) => entry.key)).toEqual(
            Array.from({ length: 30 }, (_, index) => `together:audit:${String(index).padStart(2, "0")}`),
          );
        } finally {
          await other.close();
        }
      });

      it("update loses no write when two connections increment the same counter", async () => {
        const other = await openSecond();
        const counter = z.number();
        try {
          await store.set("counter:cross", 0);
          await Promise.all(
            Array.from({ length: 30 }, (_, index) =>
              (index % 2 === 0 ? store : other).update("counter:cross", counter, (n) => (n ?? 0) + 1),
            ),
          );
          expect(await other.get("counter:cross", counter)).toEqual(30);
        } finally {
          await other.close();
        }
      });
    }
  });
}
