/**
 * Embedded SQLite backend (@keyv/sqlite). The claim is one SQL statement — an upsert that
 * only overwrites an expired row — and so is the compare-and-replace (an UPDATE guarded by
 * the old value), so both are atomic across connections and processes.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { KeyvSqlite } from "@keyv/sqlite";
import type { AtomicBackend } from "./backend.js";

const TABLE = "keyv";

/**
 * Creates a SQLite backend on a file (created with its folder when missing).
 * @example const store = new KeyvStore(sqliteBackend("state/bot.sqlite"));
 */
export function sqliteBackend(file: string): AtomicBackend {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, table: TABLE, busyTimeout: 5_000 });
  const query = retryingWhenBusy(
    (sqlite.query as (sql: string, ...params: unknown[]) => Promise<Array<Record<string, unknown>>>).bind(
      sqlite,
    ),
  );
  // keyv's own get/set/delete go through `query` too: they get the same retry.
  (sqlite as unknown as { query: typeof query }).query = query;
  // WAL lets readers and a writer work at once (several processes on one file). A failure
  // here is kept and thrown by the next operation, so it is never an unhandled rejection.
  const setup: Promise<unknown> = query("PRAGMA journal_mode=WAL")
    .then(() => query("PRAGMA synchronous=NORMAL"))
    .then(
      () => undefined,
      (error: unknown) => error ?? new Error("SQLite setup failed"),
    );
  const ready = async () => {
    const failure = await setup;
    if (failure) throw failure;
  };
  return {
    keyvStore: sqlite,
    insertIfAbsent: async (key, raw, nowMs) => {
      await ready();
      const won = await query(
        `INSERT INTO ${TABLE}(key, value) VALUES(?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value
         WHERE json_extract(${TABLE}.value, '$.expires') IS NOT NULL
           AND json_extract(${TABLE}.value, '$.expires') <= ?
         RETURNING key`,
        key,
        raw,
        nowMs,
      );
      return won.length === 1;
    },
    readRaw: async (key) => {
      await ready();
      const rows = await query(`SELECT value FROM ${TABLE} WHERE key = ?`, key);
      return rows.length === 0 ? undefined : String(rows[0]?.value);
    },
    replaceIf: async (key, expectedRaw, raw) => {
      await ready();
      const won = await query(
        `UPDATE ${TABLE} SET value = ? WHERE key = ? AND value = ? RETURNING key`,
        raw,
        key,
        expectedRaw,
      );
      return won.length === 1;
    },
    writeAll: async (rows) => {
      await ready();
      // One statement, so atomic on its own (no BEGIN/COMMIT on a connection other calls
      // share), and one parameter however many rows: the rows travel as a JSON array.
      const batch = JSON.stringify(rows.map(({ key, raw }) => [key, raw]));
      await query(
        `INSERT INTO ${TABLE}(key, value)
         SELECT json_extract(item.value, '$[0]'), json_extract(item.value, '$[1]') FROM json_each(?) AS item WHERE true
         ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
        batch,
      );
    },
    writeAllIf: async (guards, rows) => {
      await ready();
      // One statement (so atomic): the rows are inserted only if no guarded row differs from
      // what was read. A guarded row that is written comes last, so even a per-row reading of
      // the guards sees it unchanged until every other row is in.
      const written = await query(
        `INSERT INTO ${TABLE}(key, value)
         SELECT json_extract(item.value, '$[0]'), json_extract(item.value, '$[1]') FROM json_each(?) AS item
         WHERE NOT EXISTS (
           SELECT 1 FROM json_each(?) AS guard
           WHERE (SELECT value FROM ${TABLE} WHERE key = json_extract(guard.value, '$[0]'))
             IS NOT json_extract(guard.value, '$[1]'))
         ON CONFLICT(key) DO UPDATE SET value = excluded.value
         RETURNING key`,
        JSON.stringify(rows.map((row) => [row.key, row.raw])),
        JSON.stringify(guards.map((guard) => [guard.key, guard.expectedRaw ?? null])),
      );
      return written.length === rows.length;
    },
    scan: async (prefix) => {
      await ready();
      // A range scan rather than LIKE: no escaping of % and _ in keys, and it uses the index.
      const rows = await query(
        `SELECT key, value FROM ${TABLE} WHERE key >= ? AND key < ? ORDER BY key`,
        prefix,
        `${prefix}\uffff`,
      );
      return rows.map((row) => ({ key: String(row.key), raw: String(row.value) }));
    },
    ping: async () => {
      await query("SELECT 1");
      return true;
    },
    close: async () => {
      await setup;
      await sqlite.disconnect();
    },
  };
}

/** How often a statement refused with SQLITE_BUSY is tried again. */
const BUSY_RETRIES = 20;

/**
 * Runs a statement again when SQLite answers SQLITE_BUSY at once. The busy timeout covers
 * waiting for another connection's lock, but in WAL mode a write whose read snapshot went
 * stale (another process committed in between) fails immediately, without waiting: seen
 * with two processes claiming the same keys. A statement refused that way did nothing, so
 * running it again is safe.
 */
function retryingWhenBusy<R>(
  query: (sql: string, ...params: unknown[]) => Promise<R>,
): (sql: string, ...params: unknown[]) => Promise<R> {
  return async (sql, ...params) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await query(sql, ...params);
      } catch (error) {
        const busy = (error as { code?: unknown } | undefined)?.code === "SQLITE_BUSY";
        if (!busy || attempt > BUSY_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 * attempt)));
      }
    }
  };
}
