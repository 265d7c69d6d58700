/**
 * Chooses the store backend from `STORE_URL`: `memory:`, `sqlite:<file>` (the embedded
 * default), or `redis://…` when a Redis backend is registered.
 */
import { ConfigError } from "../errors.js";
import type { AtomicBackend } from "./backend.js";
import { KeyvStore } from "./keyv-store.js";
import { memoryBackend } from "./memory.js";
import type { Store } from "./port.js";
import { sqliteBackend } from "./sqlite.js";

export { KeyvStore } from "./keyv-store.js";
export type { Entry, Store } from "./port.js";

/**
 * Opens the store a URL names.
 * @example const store = await openStore("sqlite:state/bot.sqlite");
 */
export async function openStore(url: string): Promise<Store> {
  return new KeyvStore(await backendFor(url));
}

async function backendFor(url: string): Promise<AtomicBackend> {
  if (url === "memory:" || url === "memory") return memoryBackend();
  if (url.startsWith("sqlite:")) return sqliteBackend(url.slice("sqlite:".length).replace(/^\/\//, ""));
  if (url.startsWith("redis://") || url.startsWith("rediss://")) {
    const { redisBackend } = await import("./redis.js");
    return redisBackend(url);
  }
  throw new ConfigError(
    `STORE_URL "${url}" is not understood: use sqlite:<file>, memory:, or redis://host:port.`,
  );
}
