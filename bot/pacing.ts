/**
 * Outgoing pace: a small sliding-window limiter over named keys that *waits* for a free
 * slot rather than refusing (or collecting the platform's 429s). Each caller says which
 * keys a send counts against and their windows: an adapter per conversation, channel or
 * tenant, the outbox per platform.
 *
 * A platform counts a message when it arrives, which is some time after the bot reserved its
 * slot (token, serialisation, a busy event loop, the network) and before the bot has the
 * answer. So each send holds its slot until it is *released* (answered or failed), and a
 * window counts the finish time of the sends it looks back on: a new send may start only
 * once every send but the last `limit − 1` has finished at least `perMs` ago. A send that
 * arrives late can then never crowd a window, however long the delays. Reservations are
 * made synchronously, so concurrent callers in one process never over-book, and callers
 * waiting behind the same send take their turns in the order they came. (Several replicas
 * each pace their own sends.)
 *
 * A wait can be given up with an `AbortSignal` (shutting down): it then leaves no
 * reservation behind.
 */

/**
 * At most `limit` events in any `perMs` window.
 * @example const perSecond: RateWindow = { limit: 7, perMs: 1_000 };
 */
export interface RateWindow {
  limit: number;
  perMs: number;
}

/**
 * One key a send counts against, with its windows.
 * @example const key: PaceKey = { key: "conversation:a:1", windows: [{ limit: 7, perMs: 1_000 }] };
 */
export interface PaceKey {
  key: string;
  windows: readonly RateWindow[];
}

/**
 * Options of {@link Pacer}.
 * @example new Pacer({ now: () => clock.now().getTime(), sleep: async () => undefined, marginMs: 0 })
 */
export interface PacerOptions {
  /** Milliseconds since some origin; `Date.now` by default. */
  now?: () => number;
  /** Waits `ms`; a `setTimeout` by default (cleared when the wait is given up). */
  sleep?: (ms: number) => Promise<void>;
  /** Margin added to every window (clock granularity). Default 50 ms. */
  marginMs?: number;
  /** A slot not released after this long counts as finished then (a lost release must not block a key). Default 60 s. */
  maxHoldMs?: number;
}

/**
 * A reserved slot. Call `release()` once the send was answered or failed.
 * @example const slot = await pacer.acquire(keys); try { await send(); } finally { slot.release(); }
 */
export interface PaceSlot {
  /** Milliseconds waited for the slot (0 when it was free). */
  waitedMs: number;
  release(): void;
}

interface Reservation {
  at: number;
  end?: number;
  finished: Promise<void>;
  finish: () => void;
}

/**
 * @example
 * const pacer = new Pacer();
 * const perConversation = [{ limit: 7, perMs: 1_000 }, { limit: 8, perMs: 2_000 }];
 * const slot = await pacer.acquire([{ key: "conv:a:1", windows: perConversation }, { key: "tenant:72f9", windows: [{ limit: 30, perMs: 1_000 }] }]);
 * try { await send(); } finally { slot.release(); }
 */
export class Pacer {
  /** Per key, one list of reservations per window (each pruned by its own window's length). */
  private readonly reservations = new Map<string, Reservation[][]>();
  private readonly now: () => number;
  private readonly sleep?: (ms: number) => Promise<void>;
  private readonly marginMs: number;
  private readonly maxHoldMs: number;
  private acquisitions = 0;
  /**
   * Per signal, what its waiting callers do when it aborts: one listener per signal, however
   * many callers wait on it (an outbox's workers all wait on the same one).
   */
  private readonly onAbort = new Map<AbortSignal, { listener: () => void; waiters: Set<() => void> }>();

  constructor(options: PacerOptions = {}) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep;
    this.marginMs = options.marginMs ?? 50;
    this.maxHoldMs = options.maxHoldMs ?? 60_000;
  }

  /**
   * Waits until every window of every key has room, reserves the slot and resolves when
   * its time has come. With a signal, an abort during the wait (for an unfinished send, or
   * until the slot's time) rejects with the signal's reason and leaves no reservation; an
   * already aborted signal rejects at once.
   */
  async acquire(keys: readonly PaceKey[], signal?: AbortSignal): Promise<PaceSlot> {
    const started = this.now();
    for (;;) {
      signal?.throwIfAborted();
      const plan = this.plan(keys);
      if (plan.blockedBy) {
        await this.untilAborted(plan.blockedBy, signal);
        continue;
      }
      const reservation = this.reserve(keys, plan.at);
      const wait = plan.at - this.now();
      if (wait > 0) {
        try {
          await this.sleepFor(wait, signal);
        } catch (error) {
          this.cancel(keys, reservation);
          throw error;
        }
      }
      let released = false;
      return {
        waitedMs: Math.max(0, this.now() - started),
        release: () => {
          if (released) return;
          released = true;
          reservation.end = Math.max(this.now(), reservation.at);
          reservation.finish();
        },
      };
    }
  }

  /**
   * The earliest instant a send may start now, or the unfinished send it must wait for
   * first (for tests and logs; does not reserve).
   */
  plan(keys: readonly PaceKey[]): { at: number; blockedBy?: Promise<void> } {
    const now = this.now();
    let at = now;
    for (const { key, windows } of keys) {
      const lists = this.listsFor(key, windows.length);
      windows.forEach((window, windowIndex) => {
        const entries = this.prune(lists, windowIndex, window, now);
        const last = entries[entries.length - 1];
        if (last) at = Math.max(at, last.at);
      });
      for (let windowIndex = 0; windowIndex < windows.length; windowIndex += 1) {
        const window = windows[windowIndex] as RateWindow;
        const entries = lists[windowIndex] as Reservation[];
        // Every entry but the last (limit − 1) must have finished `perMs` before the new one.
        for (let index = 0; index <= entries.length - window.limit; index += 1) {
          const entry = entries[index] as Reservation;
          const end = this.endOf(entry, now);
          if (end === undefined) return { at, blockedBy: entry.finished };
          at = Math.max(at, end + window.perMs + this.marginMs);
        }
      }
    }
    return { at };
  }

  private endOf(entry: Reservation, now: number): number | undefined {
    if (entry.end !== undefined) return entry.end;
    return now - entry.at > this.maxHoldMs ? entry.at + this.maxHoldMs : undefined;
  }

  private listsFor(key: string, count: number): Reservation[][] {
    let lists = this.reservations.get(key);
    if (!lists || lists.length !== count) {
      lists = Array.from({ length: count }, () => []);
      this.reservations.set(key, lists);
    }
    return lists;
  }

  private reserve(keys: readonly PaceKey[], at: number): Reservation {
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const reservation: Reservation = { at, finished, finish };
    for (const { key, windows } of keys) {
      for (const list of this.listsFor(key, windows.length)) list.push(reservation);
    }
    this.acquisitions += 1;
    if (this.acquisitions % 1_000 === 0) this.forgetIdle();
    return reservation;
  }

  /** Waits `ms`, unless the signal aborts first (then a default timer is cleared too). */
  private sleepFor(ms: number, signal: AbortSignal | undefined): Promise<void> {
    if (this.sleep) return this.untilAborted(this.sleep(ms), signal);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slept = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    return this.untilAborted(slept, signal, () => clearTimeout(timer));
  }

  /** `promise`, unless the signal aborts first: then the signal's reason (after `cleanUp`). */
  private untilAborted<T>(
    promise: Promise<T>,
    signal: AbortSignal | undefined,
    cleanUp?: () => void,
  ): Promise<T> {
    if (!signal) return promise;
    return new Promise<T>((resolve, reject) => {
      if (signal.aborted) {
        cleanUp?.();
        reject(signal.reason);
        return;
      }
      const stopWatching = this.watch(signal, () => {
        cleanUp?.();
        reject(signal.reason);
      });
      promise.then(
        (value) => {
          stopWatching();
          resolve(value);
        },
        (error: unknown) => {
          stopWatching();
          reject(error);
        },
      );
    });
  }

  /** Calls `waiter` when the signal aborts; returns what stops that. */
  private watch(signal: AbortSignal, waiter: () => void): () => void {
    let watched = this.onAbort.get(signal);
    if (!watched) {
      const waiters = new Set<() => void>();
      const listener = () => {
        this.onAbort.delete(signal);
        for (const each of waiters) each();
      };
      watched = { listener, waiters };
      this.onAbort.set(signal, watched);
      signal.addEventListener("abort", listener, { once: true });
    }
    const { listener, waiters } = watched;
    waiters.add(waiter);
    return () => {
      waiters.delete(waiter);
      if (waiters.size === 0 && this.onAbort.get(signal) === watched) {
        this.onAbort.delete(signal);
        signal.removeEventListener("abort", listener);
      }
    };
  }

  /**
   * Takes back a reservation whose wait was given up: out of every list, so that it counts
   * nowhere, and finished, so that callers waiting behind it plan again.
   */
  private cancel(keys: readonly PaceKey[], reservation: Reservation): void {
    for (const { key } of keys) {
      for (const list of this.reservations.get(key) ?? []) {
        const index = list.indexOf(reservation);
        if (index >= 0) list.splice(index, 1);
      }
    }
    reservation.finish();
  }

  /** Drops, from the front of a window's list, the sends that window can no longer see. */
  private prune(lists: Reservation[][], windowIndex: number, window: RateWindow, now: number): Reservation[] {
    const entries = lists[windowIndex] as Reservation[];
    const horizon = now - window.perMs - this.marginMs;
    let drop = 0;
    while (drop < entries.length) {
      const end = this.endOf(entries[drop] as Reservation, now);
      if (end === undefined || end > horizon) break;
      drop += 1;
    }
    if (drop > 0) entries.splice(0, drop);
    return entries;
  }

  /** Forgets keys whose sends all finished over an hour ago, so that the map does not grow forever. */
  private forgetIdle(): void {
    const now = this.now();
    const cutoff = now - 3_600_000 - this.marginMs;
    for (const [key, lists] of this.reservations) {
      if (lists.every((entries) => entries.every((entry) => (this.endOf(entry, now) ?? now) <= cutoff))) {
        this.reservations.delete(key);
      }
    }
  }
}
