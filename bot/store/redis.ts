/**
 * Redis backend (@keyv/redis on node-redis 5) for several replicas sharing one state.
 *
 * - The claim is `SET key value NX PX ttl`: one atomic command; the compare-and-replace of
 *   `update` a short Lua script (GET, compare, SET), atomic on the server.
 * - The prefix list is `SCAN MATCH <prefix>*` then `MGET` (SCAN may return a key twice: the
 *   keys are de-duplicated; a key deleted between the two steps is skipped).
 * - Errors are thrown, never read as "absent" (`throwOnErrors` on the adapter and on keyv).
 *
 * When the connection drops, node-redis reconnects for ever (backoff up to 2 s). A command
 * issued meanwhile waits for the connection to be back, at most `waitMs` (5 s), then fails
 * with a StoreError: a blip (failover, restart) is absorbed; a longer outage makes callers
 * fail and try later (the outbox stops its drain until the next tick; a chat turn answers
 * "can't reach my records"). The wait is ours, not node-redis' offline queue: a command is
 * only ever written to a live connection, so one that failed for the caller cannot run
 * later behind its back (and node-redis 5.12's queue loses commands when queued ones time
 * out: redis/node-redis#3320). A command already written when the connection dropped fails
 * at once: its outcome is unknown, as with any network store.
 */
import KeyvRedis, { createClient, type RedisConnectionClientType } from "@keyv/redis";
import { ConfigError, StoreError } from "../errors.js";
import type { AtomicBackend, RawRow } from "./backend.js";

/** Tuning of {@link redisBackend}; the defaults suit production. */
export interface RedisBackendOptions {
  /** How long a command waits for a lost connection to come back before failing. Default 5 s. */
  waitMs?: number;
  /** How long the first connection may take at start-up. Default 5 s. */
  connectTimeoutMs?: number;
}

/**
 * KeyvRedis without a key prefix of its own: keyv hands its adapter the namespace "keyv",
 * which KeyvRedis would turn into `keyv::<key>`. The port's keys must be the Redis keys as
 * they are, since the claim (`SET NX`) and the scan address them directly.
 */
class UnprefixedKeyvRedis extends KeyvRedis<string> {
  override createKeyPrefix(key: string): string {
    return key;
  }
}

const SCAN_COUNT = 1_000;

/**
 * Compare-and-replace in one server-side step: KEYS[1] is set to ARGV[2] only if it still
 * holds ARGV[1]; ARGV[3] is a TTL in ms, or "" for none (SET drops the old TTL either way).
 */
const REPLACE_IF_SCRIPT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[3] == '' then redis.call('SET', KEYS[1], ARGV[2])
else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
return 1`;
/**
 * KEYS: ARGV[1] guarded keys, then the keys to write. ARGV after the count: per guard "1" when
 * it must be absent and its expected row; per write its row and TTL in ms ('' for none).
 */
const WRITE_ALL_IF_SCRIPT = `
local guards = tonumber(ARGV[1])
for i = 1, guards do
  local current = redis.call('GET', KEYS[i])
  if ARGV[i * 2] == '1' then
    if current then return 0 end
  elseif current ~= ARGV[i * 2 + 1] then return 0 end
end
local base = 1 + guards * 2
for i = guards + 1, #KEYS do
  local n = i - guards
  local row, ttl = ARGV[base + n * 2 - 1], ARGV[base + n * 2]
  if ttl == '' then redis.call('SET', KEYS[i], row) else redis.call('SET', KEYS[i], row, 'PX', ttl) end
end
return 1`;
const MGET_BATCH = 500;

/** Escapes Redis glob characters so a prefix matches literally. */
function globEscape(text: string): string {
  return text.replace(/[*?[\]\\]/g, (char) => `\\${char}`);
}

/**
 * The URL without its password, for messages.
 * @example redactRedisUrl("redis://:s3cret@10.0.0.5:6379") === "redis://:***@10.0.0.5:6379"
 */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "redis://…";
  }
}

/**
 * Connects to Redis and returns the backend; fails (ConfigError) when Redis does not answer
 * within `connectTimeoutMs`, so that a wrong `STORE_URL` stops the start-up with a clear message.
 * @example const store = new KeyvStore(await redisBackend("redis://127.0.0.1:6379"));
 */
export async function redisBackend(url: string, options: RedisBackendOptions = {}): Promise<AtomicBackend> {
  const waitMs = options.waitMs ?? 5_000;
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  const client = createClient({
    url,
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (retries: number) =>
        Math.min(100 * 2 ** retries, 2_000) + Math.floor(Math.random() * 100),
    },
    // No command waits in node-redis' queue while disconnected: `connected()` below waits instead.
    disableOfflineQueue: true,
  });
  const waiters = new Set<() => void>();
  let lastError: string | undefined;
  // Connection errors reach callers through the commands that fail; this listener keeps the
  // last one for the start-up message (and EventEmitter from throwing it).
  client.on("error", (error: unknown) => {
    lastError = error instanceof Error ? error.message : String(error);
  });
  client.on("ready", () => {
    for (const wake of waiters) wake();
    waiters.clear();
  });
  await connectWithin(client, connectTimeoutMs, url, () => lastError);

  /** Resolves at once when connected; else when the connection is back, or fails after `waitMs`. */
  const connected = async (): Promise<void> => {
    if (client.isReady) return;
    if (!client.isOpen) throw new StoreError("The Redis connection is closed");
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new StoreError(`Redis did not come back within ${waitMs} ms (${redactRedisUrl(url)})`));
      }, waitMs);
      waiters.add(wake);
    });
  };

  // What KeyvRedis uses of its client, each command behind the wait for the connection.
  const gated = {
    get isOpen() {
      return client.isOpen;
    },
    connect: () => client.connect(),
    on: (event: string, listener: (...args: unknown[]) => void) => {
      client.on(event, listener);
      return gated;
    },
    get: async (key: string) => {
      await connected();
      return client.get(key);
    },
    set: async (key: string, value: string, setOptions?: { PX?: number }) => {
      await connected();
      return setOptions?.PX
        ? client.set(key, value, { expiration: { type: "PX", value: setOptions.PX } })
        : client.set(key, value);
    },
    unlink: async (key: string | string[]) => {
      await connected();
      return client.unlink(key);
    },
    del: async (key: string | string[]) => {
      await connected();
      return client.del(key);
    },
    close: () => client.close(),
    destroy: () => client.destroy(),
  };
  const redis = new UnprefixedKeyvRedis(gated as unknown as RedisConnectionClientType, {
    throwOnErrors: true,
    throwOnConnectError: true,
  });

  return {
    keyvStore: redis,
    insertIfAbsent: async (key, raw, _nowMs, ttlMs) => {
      await connected();
      const reply = await client.set(
        key,
        raw,
        ttlMs === undefined
          ? { condition: "NX" }
          : { condition: "NX", expiration: { type: "PX", value: Math.max(1, Math.round(ttlMs)) } },
      );
      return reply === "OK";
    },
    readRaw: async (key) => {
      await connected();
      const raw = await client.get(key);
      return raw === null || raw === undefined ? undefined : String(raw);
    },
    replaceIf: async (key, expectedRaw, raw, ttlMs) => {
      await connected();
      const ttl = ttlMs === undefined ? "" : String(Math.max(1, Math.round(ttlMs)));
      const reply = await client.eval(REPLACE_IF_SCRIPT, { keys: [key], arguments: [expectedRaw, raw, ttl] });
      return Number(reply) === 1;
    },
    writeAllIf: async (guards, rows) => {
      await connected();
      const args = [String(guards.length)];
      for (const guard of guards)
        args.push(guard.expectedRaw === undefined ? "1" : "0", guard.expectedRaw ?? "");
      for (const row of rows)
        args.push(row.raw, row.ttlMs === undefined ? "" : String(Math.max(1, Math.round(row.ttlMs))));
      const reply = await client.eval(WRITE_ALL_IF_SCRIPT, {
        keys: [...guards.map((guard) => guard.key), ...rows.map((row) => row.key)],
        arguments: args,
      });
      return Number(reply) === 1;
    },
    writeAll: async (rows) => {
      await connected();
      // MULTI … EXEC: Redis runs the queued SETs only on EXEC, all together; a connection
      // lost before EXEC reaches the server discards the whole transaction.
      const transaction = client.multi();
      for (const { key, raw, ttlMs } of rows) {
        if (ttlMs === undefined) transaction.set(key, raw);
        else transaction.set(key, raw, { expiration: { type: "PX", value: Math.max(1, Math.round(ttlMs)) } });
      }
      await transaction.exec();
    },
    scan: async (prefix) => {
      const keys = new Set<string>();
      let cursor = "0";
      do {
        await connected();
        const page = await client.scan(cursor, { MATCH: `${globEscape(prefix)}*`, COUNT: SCAN_COUNT });
        cursor = String(page.cursor);
        for (const key of page.keys) keys.add(String(key));
      } while (cursor !== "0");
      const all = [...keys];
      const rows: RawRow[] = [];
      for (let start = 0; start < all.length; start += MGET_BATCH) {
        const batch = all.slice(start, start + MGET_BATCH);
        await connected();
        const values = await client.mGet(batch);
        batch.forEach((key, index) => {
          const raw = values[index];
          if (raw !== null && raw !== undefined) rows.push({ key, raw: String(raw) });
        });
      }
      return rows;
    },
    ping: async () => {
      // Answers at once while reconnecting (the health endpoint must not wait).
      if (!client.isReady) throw new StoreError("Redis is not connected (reconnecting)");
      return (await client.ping()) === "PONG";
    },
    close: async () => {
      for (const wake of waiters) wake();
      waiters.clear();
      if (!client.isOpen) return;
      // close() lets commands in flight finish; don't wait long for a Redis that is gone.
      await Promise.race([client.close(), delay(2_000)]);
      if (client.isOpen) client.destroy();
    },
  };
}

async function connectWithin(
  client: { connect(): Promise<unknown>; readonly isOpen: boolean; destroy(): void },
  timeoutMs: number,
  url: string,
  lastError: () => string | undefined,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    if (client.isOpen) client.destroy();
    const seen = lastError();
    const reason = `${error instanceof Error ? error.message : String(error)}${seen ? `; last error: ${seen}` : ""}`;
    // A ConfigError: start-up stops with this message alone (see bot/main.ts), naming the variable.
    throw new ConfigError(
      `Cannot reach Redis at ${redactRedisUrl(url)} (${reason}). Check STORE_URL and that Redis is running.`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
