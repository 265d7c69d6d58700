/**
 * Redis backend (@keyv/redis) for several replicas. The claim is `SET key value NX PX ttl`,
 * a single atomic command. Connection errors are thrown, never read as "absent".
 */
import KeyvRedis from "@keyv/redis";
import type { AtomicBackend, RawRow } from "./backend.js";

type RedisClient = {
  set(key: string, value: string, options: Record<string, unknown>): Promise<string | null>;
  scan(cursor: string, options: { MATCH: string; COUNT: number }): Promise<{ cursor: string | number; keys: string[] }>;
  mGet(keys: string[]): Promise<Array<string | null>>;
  ping(): Promise<string>;
};

/** Escapes Redis glob characters so a prefix matches literally. */
function globEscape(text: string): string {
  return text.replace(/[*?[\]\\]/g, (char) => `\\${char}`);
}

/**
 * Creates a Redis backend.
 * @example const store = new KeyvStore(redisBackend("redis://127.0.0.1:6379"));
 */
export function redisBackend(url: string): AtomicBackend {
  const redis = new KeyvRedis(url, { throwOnErrors: true, throwOnConnectError: true, connectionTimeout: 5_000 });
  const client = async () => (await redis.getClient()) as unknown as RedisClient;
  return {
    keyvStore: redis,
    insertIfAbsent: async (key, raw, _nowMs, ttlMs) => {
      const options: Record<string, unknown> = { NX: true };
      if (ttlMs !== undefined) options.PX = Math.max(1, Math.round(ttlMs));
      return (await (await client()).set(key, raw, options)) === "OK";
    },
    scan: async (prefix) => {
      const redisClient = await client();
      const keys: string[] = [];
      let cursor = "0";
      do {
        const page = await redisClient.scan(cursor, { MATCH: `${globEscape(prefix)}*`, COUNT: 1000 });
        cursor = String(page.cursor);
        keys.push(...page.keys);
      } while (cursor !== "0");
      const rows: RawRow[] = [];
      for (let start = 0; start < keys.length; start += 500) {
        const batch = keys.slice(start, start + 500);
        const values = await redisClient.mGet(batch);
        batch.forEach((key, index) => {
          const raw = values[index];
          if (raw !== null && raw !== undefined) rows.push({ key, raw });
        });
      }
      return rows;
    },
    ping: async () => (await (await client()).ping()) === "PONG",
    close: async () => {
      await redis.disconnect();
    },
  };
}
