/**
 * The one implementation of the {@link Store} port, on keyv 5. keyv does get/set/delete;
 * the backend adds the atomic claim and the prefix scan. keyv is configured to throw
 * (`throwOnErrors`) so that an outage is never read as "not there".
 */
import Keyv from "keyv";
import type { z } from "zod";
import { StoreError } from "../errors.js";
import { type AtomicBackend, envelopeJson, liveEnvelope } from "./backend.js";
import type { Entry, Store, Write } from "./port.js";

/** How often `update` tries before giving up; after each lost race it waits a little (jittered). */
const UPDATE_ATTEMPTS = 32;
const UPDATE_MAX_BACKOFF_MS = 50;

/**
 * @example
 * const store = new KeyvStore(sqliteBackend("state/bot.sqlite"));
 * await store.set("rsvp:reception:slack:U1", { status: "attending" });
 */
export class KeyvStore implements Store {
  private readonly keyv: Keyv;

  constructor(
    private readonly backend: AtomicBackend,
    private readonly prefix = "",
    keyv?: Keyv,
  ) {
    if (keyv) {
      // A namespace shares its parent's Keyv, listener included: adding one per namespace
      // grew the listeners with every request that opened a namespace (a leak).
      this.keyv = keyv;
      return;
    }
    this.keyv = new Keyv({
      store: backend.keyvStore as Map<string, string>,
      useKeyPrefix: false,
      throwOnErrors: true,
      serialize: JSON.stringify,
      deserialize: (raw: string) => JSON.parse(raw),
    });
    this.keyv.on("error", () => {
      // Errors are thrown to the caller (throwOnErrors); this listener only stops
      // EventEmitter from crashing the process on an unhandled 'error' event.
    });
  }

  /**
   * Reads the row as `update` does, straight from the backend: keyv's `get` adds hooks,
   * events and a second deserialisation pass that cost a few microseconds on every read, and
   * every turn reads several records (the contact, the last question, an RSVP). An expired row
   * is deleted through keyv, as keyv's own `get` would.
   */
  async get<S extends z.ZodType>(key: string, schema: S): Promise<z.output<S> | undefined> {
    const fullKey = this.prefix + key;
    // Inline rather than through `guard`: its label and closure would be made on every read.
    let raw: string | undefined;
    try {
      raw = await this.backend.readRaw(fullKey);
    } catch (error) {
      throw storeFailure(`read ${fullKey}`, error);
    }
    if (raw === undefined) return undefined;
    const envelope = liveEnvelope(raw, Date.now());
    if (envelope === undefined) {
      await this.guard(`delete ${fullKey}`, () => this.keyv.delete(fullKey));
      return undefined;
    }
    if (envelope.value === undefined) return undefined;
    return this.validate(fullKey, envelope.value, schema);
  }

  async set(key: string, value: unknown, ttlMs?: number): Promise<void> {
    const fullKey = this.prefix + key;
    await this.guard(`write ${fullKey}`, () => this.keyv.set(fullKey, value, ttlMs));
  }

  async setAll(writes: readonly Write[]): Promise<void> {
    if (writes.length === 0) return;
    const nowMs = Date.now();
    const rows = writes.map(({ key, value, ttlMs }) => ({
      key: this.prefix + key,
      raw: envelopeJson(value, nowMs, ttlMs),
      ttlMs,
    }));
    await this.guard(`write ${rows.length} records together (${rows[0]?.key} …)`, () =>
      this.backend.writeAll(rows),
    );
  }

  async delete(key: string): Promise<boolean> {
    const fullKey = this.prefix + key;
    return this.guard(`delete ${fullKey}`, () => this.keyv.delete(fullKey));
  }

  async setIfAbsent(key: string, value: unknown, ttlMs?: number): Promise<boolean> {
    const fullKey = this.prefix + key;
    const nowMs = Date.now();
    const raw = envelopeJson(value, nowMs, ttlMs);
    return this.guard(`claim ${fullKey}`, () => this.backend.insertIfAbsent(fullKey, raw, nowMs, ttlMs));
  }

  async update<S extends z.ZodType, T>(
    key: string,
    schema: S,
    change: (current: z.output<S> | undefined) => T | undefined,
    ttlMs?: number,
  ): Promise<T | undefined> {
    const fullKey = this.prefix + key;
    for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt += 1) {
      const raw = await this.guard(`read ${fullKey}`, () => this.backend.readRaw(fullKey));
      const nowMs = Date.now();
      const envelope = raw === undefined ? undefined : liveEnvelope(raw, nowMs);
      const current = envelope === undefined ? undefined : this.validate(fullKey, envelope.value, schema);
      const next = change(current);
      if (next === undefined) return undefined;
      const written = envelopeJson(next, nowMs, ttlMs);
      const won = await this.guard(`update ${fullKey}`, () =>
        envelope === undefined || raw === undefined
          ? this.backend.insertIfAbsent(fullKey, written, nowMs, ttlMs)
          : this.backend.replaceIf(fullKey, raw, written, ttlMs),
      );
      if (won) return next;
      const backoff = Math.min(UPDATE_MAX_BACKOFF_MS, 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * backoff));
    }
    throw new StoreError(`Store could not update ${fullKey}: it kept changing (${UPDATE_ATTEMPTS} attempts)`);
  }

  async updateTogether<S extends z.ZodType, T>(
    key: string,
    schema: S,
    change: (
      current: z.output<S> | undefined,
      watched: Readonly<Record<string, unknown>>,
    ) => { value: T; also: readonly Write[] } | undefined,
    watch: readonly string[] = [],
  ): Promise<T | undefined> {
    const fullKey = this.prefix + key;
    for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt += 1) {
      const raw = await this.guard(`read ${fullKey}`, () => this.backend.readRaw(fullKey));
      const watchedRaw = await Promise.all(
        watch.map((name) =>
          this.guard(`read ${this.prefix}${name}`, () => this.backend.readRaw(this.prefix + name)),
        ),
      );
      const nowMs = Date.now();
      const envelope = raw === undefined ? undefined : liveEnvelope(raw, nowMs);
      const current = envelope === undefined ? undefined : this.validate(fullKey, envelope.value, schema);
      const watched = Object.fromEntries(
        watch.map((name, index) => {
          const row = watchedRaw[index];
          return [name, row === undefined ? undefined : liveEnvelope(row, nowMs)?.value];
        }),
      );
      const next = change(current, watched);
      if (next === undefined) return undefined;
      const rows = next.also.map((write) => ({
        key: this.prefix + write.key,
        raw: envelopeJson(write.value, nowMs, write.ttlMs),
        ttlMs: write.ttlMs,
      }));
      rows.push({ key: fullKey, raw: envelopeJson(next.value, nowMs), ttlMs: undefined });
      const guards = [
        ...watch.map((name, index) => ({ key: this.prefix + name, expectedRaw: watchedRaw[index] })),
        { key: fullKey, expectedRaw: raw },
      ];
      const won = await this.guard(`update ${fullKey} with ${rows.length - 1} more records`, () =>
        this.backend.writeAllIf(guards, rows),
      );
      if (won) return next.value;
      const backoff = Math.min(UPDATE_MAX_BACKOFF_MS, 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * backoff));
    }
    throw new StoreError(`Store could not update ${fullKey}: it kept changing (${UPDATE_ATTEMPTS} attempts)`);
  }

  async list<S extends z.ZodType>(prefix: string, schema: S): Promise<Array<Entry<z.output<S>>>> {
    const fullPrefix = this.prefix + prefix;
    const rows = await this.guard(`list ${fullPrefix}`, () => this.backend.scan(fullPrefix));
    const nowMs = Date.now();
    const entries: Array<Entry<z.output<S>>> = [];
    for (const row of rows) {
      const envelope = liveEnvelope(row.raw, nowMs);
      if (envelope === undefined) continue;
      entries.push({
        key: row.key.slice(this.prefix.length),
        value: this.validate(row.key, envelope.value, schema),
      });
    }
    return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  namespace(name: string): Store {
    return new KeyvStore(this.backend, `${this.prefix}${name}:`, this.keyv);
  }

  ping(): Promise<boolean> {
    return this.backend.ping();
  }

  async close(): Promise<void> {
    await this.backend.close();
  }

  private validate<S extends z.ZodType>(key: string, value: unknown, schema: S): z.output<S> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new StoreError(`Stored record ${key} does not match its schema: ${parsed.error.message}`, {
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  private async guard<T>(what: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw storeFailure(what, error);
    }
  }
}

/** A backend's failure as the store's error ("Store failed to read contact:…"); a StoreError as it is. */
function storeFailure(what: string, error: unknown): StoreError {
  return error instanceof StoreError ? error : new StoreError(`Store failed to ${what}`, { cause: error });
}
