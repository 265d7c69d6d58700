/**
 * What each storage backend adds to keyv: the operations keyv 5 lacks (an atomic
 * set-if-absent, an atomic compare-and-replace, and a prefix scan that does not skip
 * entries).
 */

/** A raw stored row: the key and keyv's serialized `{ value, expires }` JSON. */
export interface RawRow {
  key: string;
  raw: string;
}

/** Backend-specific operations over keyv's own storage format. */
export interface AtomicBackend {
  /** The keyv storage adapter (passed to `new Keyv({ store })`). */
  readonly keyvStore: object;
  /**
   * Writes `raw` under `key` only when no live row exists; a row whose `expires` is at or
   * before `nowMs` counts as absent. Must be a single atomic operation on the backend.
   */
  insertIfAbsent(key: string, raw: string, nowMs: number, ttlMs?: number): Promise<boolean>;
  /** The stored row under `key`, as written (expired ones included; the caller filters). */
  readRaw(key: string): Promise<string | undefined>;
  /**
   * Writes `raw` under `key` only when the row still is exactly `expectedRaw` (as
   * {@link readRaw} returned it); a single atomic operation on the backend. A TTL replaces
   * the row's old one; none makes the row permanent.
   */
  replaceIf(key: string, expectedRaw: string, raw: string, ttlMs?: number): Promise<boolean>;
  /**
   * Writes every row or none, in one atomic operation of the backend (rows as keyv stores
   * them; `ttlMs` also sets the backend's own expiry where it has one).
   */
  writeAll(rows: ReadonlyArray<{ key: string; raw: string; ttlMs?: number }>): Promise<void>;
  /**
   * Writes every one of `rows`, only when the row under each guard's key still is exactly its
   * `expectedRaw` (`undefined`: no row at all); all or nothing, in one atomic operation of the
   * backend. A guarded key that is also written goes last in `rows`. True when written.
   */
  writeAllIf(
    guards: ReadonlyArray<{ key: string; expectedRaw: string | undefined }>,
    rows: ReadonlyArray<{ key: string; raw: string; ttlMs?: number }>,
  ): Promise<boolean>;
  /** Every row whose key starts with `prefix` (expired ones included; the caller filters). */
  scan(prefix: string): Promise<RawRow[]>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** The stored shape keyv writes (JSON): the value and the expiry in epoch ms. */
export interface StoredEnvelope {
  value: unknown;
  expires?: number | null;
}

/** Parses a stored row; `undefined` when it has expired at `nowMs`. */
export function liveEnvelope(raw: string, nowMs: number): StoredEnvelope | undefined {
  const envelope = JSON.parse(raw) as StoredEnvelope;
  if (typeof envelope.expires === "number" && envelope.expires <= nowMs) return undefined;
  return envelope;
}

/**
 * A value as keyv stores it, for the writes the backends make themselves (claims and
 * compare-and-replace), so that keyv reads them back like its own.
 * @example envelopeJson({ status: "sent" }, Date.now(), 60_000) // '{"value":{"status":"sent"},"expires":…}'
 */
export function envelopeJson(value: unknown, nowMs: number, ttlMs?: number): string {
  return JSON.stringify({ value, expires: ttlMs === undefined ? undefined : nowMs + ttlMs });
}
