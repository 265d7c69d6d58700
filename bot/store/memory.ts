/**
 * In-memory backend: a Map holding keyv's serialized rows. Atomicity comes from doing the
 * check and the write synchronously, with no await between them.
 */
import { type AtomicBackend, liveEnvelope, type RawRow } from "./backend.js";

/**
 * Creates an in-memory backend (tests, the `ask` CLI).
 * @example const store = new KeyvStore(memoryBackend());
 */
export function memoryBackend(): AtomicBackend {
  const rows = new Map<string, string>();
  return {
    keyvStore: rows,
    insertIfAbsent: async (key, raw, nowMs) => {
      const existing = rows.get(key);
      if (existing !== undefined && liveEnvelope(existing, nowMs) !== undefined) return false;
      rows.set(key, raw);
      return true;
    },
    readRaw: async (key) => rows.get(key),
    replaceIf: async (key, expectedRaw, raw) => {
      if (rows.get(key) !== expectedRaw) return false;
      rows.set(key, raw);
      return true;
    },
    writeAllIf: async (guards, batch) => {
      // No await between the checks and the writes: nothing else runs in between.
      if (guards.some((guard) => rows.get(guard.key) !== guard.expectedRaw)) return false;
      for (const row of batch) rows.set(row.key, row.raw);
      return true;
    },
    writeAll: async (batch) => {
      // No await between the writes: nothing else runs in between.
      for (const { key, raw } of batch) rows.set(key, raw);
    },
    scan: async (prefix) => {
      const found: RawRow[] = [];
      for (const [key, raw] of rows) if (key.startsWith(prefix)) found.push({ key, raw });
      return found;
    },
    ping: async () => true,
    close: async () => {
      rows.clear();
    },
  };
}
