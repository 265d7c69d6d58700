/**
 * A POC's own change and its audit entry are one write: whatever store write fails (as if the
 * process died there), the record and its trail agree — the change with its entry, or neither.
 * On real SQLite and real Redis.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { StoreError } from "../../bot/errors.js";
import { KeyvStore } from "../../bot/store/keyv-store.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { type RedisServer, requireRedisOrSkip, startRedisServer } from "../support/redis-server.js";
import { button, directoryCsv, KEN_TECH, pocBot, SECRETARIAT } from "./support.js";

const WRITES = ["set", "setAll", "delete", "setIfAbsent", "update", "updateTogether"] as const;

/** Fails the `n`-th store write from now on (1-based), as a process killed at that moment would stop there. */
function failWriteNumber(n: number): () => void {
  let count = 0;
  const spies = WRITES.map((name) => {
    const original = KeyvStore.prototype[name] as (...args: unknown[]) => Promise<unknown>;
    return vi.spyOn(KeyvStore.prototype, name).mockImplementation(async function (
      this: KeyvStore,
      ...args: unknown[]
    ) {
      count += 1;
      if (count === n) throw new StoreError(`write ${n} failed (the process died here)`);
      return original.apply(this, args);
    });
  });
  return () => {
    for (const spy of spies) spy.mockRestore();
  };
}

async function agreeAfterEveryFailure(storeUrl: () => string): Promise<number> {
  let rounds = 0;
  for (let n = 1; n <= 30; n += 1) {
    const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z", storeUrl: storeUrl() });
    try {
      await bot.say(
        SECRETARIAT,
        `import poc directory\n${directoryCsv([{ state: "KEN", type: "technical", emails: KEN_TECH.email ?? "", phone: "+254 20 123 4567" }])}`,
      );
      const preview = await bot.say(KEN_TECH, "change my phone to +254 20 765 4321");
      const restore = failWriteNumber(n);
      let failed = false;
      try {
        await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
      } catch {
        failed = true;
      } finally {
        restore();
      }
      const record = await bot.directory.get("KEN:technical");
      const phoneEntries = (await bot.directory.history("KEN:technical")).filter((e) => e.field === "phone");
      const changed = record?.phone.number === "+254207654321";
      expect({ n, changed, entries: phoneEntries.length }).toEqual({ n, changed, entries: changed ? 1 : 0 });
      rounds += 1;
      if (!failed && changed) return rounds; // the n-th write came after the change: every moment covered
    } finally {
      await bot.store.close();
    }
  }
  return rounds;
}

const dir = mkdtempSync(join(tmpdir(), "poc-change-atomic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a POC's change and its audit entry, one atomic write", () => {
  it("SQLite: a failure at any store write leaves the change with its entry, or neither", async () => {
    let file = 0;
    const rounds = await agreeAfterEveryFailure(() => {
      file += 1;
      return `sqlite:${join(dir, `s${file}.sqlite`)}`;
    });
    expect(rounds).toBeGreaterThan(1);
  }, 60_000);

  const skip = requireRedisOrSkip("the POC change atomicity test on Redis");
  describe.skipIf(skip !== undefined)(`Redis${skip ? ` (skipped: ${skip})` : ""}`, () => {
    let redis: RedisServer;
    beforeAll(async () => {
      redis = await startRedisServer();
    });
    afterAll(() => redis?.dispose());
    it("Redis: a failure at any store write leaves the change with its entry, or neither", async () => {
      let db = 0;
      const rounds = await agreeAfterEveryFailure(() => {
        db += 1;
        return `${redis.url}/${db % 16}`;
      });
      expect(rounds).toBeGreaterThan(1);
    }, 60_000);
  });
});
