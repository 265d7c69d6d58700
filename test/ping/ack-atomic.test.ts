/**
 * Replacing an acknowledgement that does not stand (a word typed before the ping reached the
 * POC, which an earlier version stored) is one atomic store operation: of two acknowledgements
 * at the same moment, exactly one is recorded and told "recorded"; the other is told the one
 * that counts. On the memory store and on SQLite opened twice (two processes on one file).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../bot/store/index.js";
import type { PingAck } from "../../handlers/ping/schema.js";
import { PingRepository } from "../../handlers/ping/store.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const BACKENDS: Record<string, () => Promise<[Store, Store]>> = {
  memory: async () => {
    const store = await openStore("memory:");
    return [store, store];
  },
  sqlite: async () => {
    const folder = mkdtempSync(join(tmpdir(), "ping-ack-"));
    folders.push(folder);
    const file = join(folder, "bot.sqlite");
    return [await openStore(`sqlite:${file}`), await openStore(`sqlite:${file}`)];
  },
};

/** An acknowledgement stands unless it is a typed word recorded before any ping reached the POC. */
const stands = (existing: PingAck) => existing.via !== "typed" || existing.afterDelivery === true;

const ack = (at: string, userId: string, extra: Partial<PingAck> = {}): PingAck => ({
  at,
  userId,
  email: "poc@ken.example",
  channel: "chat",
  via: "button",
  ...extra,
});

describe.each(Object.keys(BACKENDS))("%s: replacing an acknowledgement that does not stand", (name) => {
  it("two concurrent acknowledgements leave exactly one record, and only its sender is told 'recorded'", async () => {
    for (let round = 0; round < 5; round += 1) {
      const [a, b] = await (BACKENDS[name] as () => Promise<[Store, Store]>)();
      const first = new PingRepository(a.namespace("ping"));
      const second = new PingRepository(b.namespace("ping"));
      const old = ack("2024-06-10T12:59:00.000Z", "test:old", { via: "typed" });
      expect((await first.acknowledge("t1", "KEN:technical", old, stands)).first).toBe(true);

      const results = await Promise.all([
        first.acknowledge("t1", "KEN:technical", ack("2024-06-10T13:05:00.000Z", "test:a"), stands),
        second.acknowledge("t1", "KEN:technical", ack("2024-06-10T13:05:00.001Z", "test:b"), stands),
      ]);
      const stored = await first.acks("t1");
      expect(stored.size).toBe(1);
      const kept = stored.get("KEN:technical");
      expect(kept?.userId).toMatch(/^test:[ab]$/);
      expect(results.filter((result) => result.first)).toHaveLength(1);
      for (const result of results) expect(result.ack).toEqual(kept);
      await a.close();
      if (b !== a) await b.close();
    }
  });

  it("an acknowledgement that stands is kept, and the later one is told it", async () => {
    const [a, b] = await (BACKENDS[name] as () => Promise<[Store, Store]>)();
    const tests = new PingRepository(a.namespace("ping"));
    const button = ack("2024-06-10T13:01:00.000Z", "test:a");
    await tests.acknowledge("t1", "KEN:technical", button, stands);
    const again = await tests.acknowledge(
      "t1",
      "KEN:technical",
      ack("2024-06-10T13:09:00.000Z", "test:a"),
      stands,
    );
    expect(again).toEqual({ first: false, ack: button });
    await a.close();
    if (b !== a) await b.close();
  });
});
