/**
 * The storage port. Everything the bot remembers goes through it: de-duplication marks,
 * conversation references, RSVPs, reminders, delivery records. One implementation
 * ({@link KeyvStore}) serves memory, SQLite and Redis.
 */
import type { z } from "zod";

/** One write of {@link Store.setAll}. */
export interface Write {
  key: string;
  value: unknown;
  /** Makes the record expire; none makes it permanent. */
  ttlMs?: number;
}

/** A stored record with its key. */
export interface Entry<T> {
  key: string;
  value: T;
}

/**
 * Key/value storage with an atomic claim.
 *
 * - Reads take a zod schema: records are validated (and revived, e.g. dates) when read,
 *   and a record that fails validation is an error, not `undefined`.
 * - Errors of the backend are thrown, never read as "absent".
 * - `setIfAbsent` is atomic across processes sharing the backend: of N concurrent callers
 *   exactly one gets `true`.
 * - `update` is a read-modify-write that loses no concurrent write: it writes only if the
 *   record is still what it read (compare-and-replace), and otherwise reads again.
 *
 * @example
 * const won = await store.setIfAbsent(`dedupe:${event.id}`, true, 3_600_000);
 * if (!won) return; // somebody already handled it
 */
export interface Store {
  get<S extends z.ZodType>(key: string, schema: S): Promise<z.output<S> | undefined>;
  /** Writes a value; `ttlMs` makes it expire. */
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  /**
   * Writes several records together or not at all: after a crash, a kill or an outage at any
   * moment, either every one of them is stored or none of the call's writes is (one SQLite
   * statement; MULTI/EXEC on Redis). For a change and its audit entries.
   * @example await store.setAll([{ key: "directory", value: pointer }, { key: "audit:KEN:…", value: entry }]);
   */
  setAll(writes: readonly Write[]): Promise<void>;
  /** Returns true when a record was deleted. */
  delete(key: string): Promise<boolean>;
  /** Atomically writes the value only when the key is absent or expired; true when written. */
  setIfAbsent(key: string, value: unknown, ttlMs?: number): Promise<boolean>;
  /**
   * Read-modify-write without lost updates. Reads the record (undefined when absent or
   * expired), calls `change` with it, and writes what it returns only if nobody wrote the
   * record in between; on a conflict it waits a jittered moment, reads again and calls
   * `change` again (up to 32 times, then a StoreError). `change` returning `undefined` leaves the record as it is.
   * Resolves with the value written, or `undefined` when `change` declined.
   * @example
   * const next = await store.update("poc:KEN", pocSchema, (poc) =>
   *   poc?.version === shownVersion ? { ...poc, phone, version: poc.version + 1 } : undefined);
   */
  update<S extends z.ZodType, T>(
    key: string,
    schema: S,
    change: (current: z.output<S> | undefined) => T | undefined,
    ttlMs?: number,
  ): Promise<T | undefined>;
  /**
   * {@link update} whose write also writes other records, all in one atomic operation of the
   * backend (one SQLite statement; one Lua script on Redis): `change` gets the record and the
   * raw values of the `watch` keys as read together, and returns the new value and the records
   * to write with it (a change and its audit entries). Either all of them are stored, only if
   * the record and every watched key are still what `change` saw, or none (then it reads and
   * calls `change` again, as {@link update} does).
   * @example
   * await store.updateTogether("rec:g1:KEN", recSchema, (rec, watched) =>
   *   rec && isGeneration(watched.directory, "g1")
   *     ? { value: { ...rec, phone }, also: [{ key: "audit:KEN:…", value: entry }] }
   *     : undefined, ["directory"]);
   */
  updateTogether<S extends z.ZodType, T>(
    key: string,
    schema: S,
    change: (
      current: z.output<S> | undefined,
      watched: Readonly<Record<string, unknown>>,
    ) => { value: T; also: readonly Write[] } | undefined,
    watch?: readonly string[],
  ): Promise<T | undefined>;
  /** Every live record whose key starts with `prefix`, sorted by key. */
  list<S extends z.ZodType>(prefix: string, schema: S): Promise<Array<Entry<z.output<S>>>>;
  /** A view of this store whose keys are all prefixed with `"<name>:"`. */
  namespace(name: string): Store;
  /** Reports whether the backend answers (health endpoint). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
