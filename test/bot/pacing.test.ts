/**
 * The one limiter (bot/pacing.ts) that adapters and the outbox pace their sends with. The
 * platforms' own windows through it are tested beside each adapter (e.g. Teams pacing in
 * test/adapters/teams-units.test.ts).
 */
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { type PaceKey, Pacer } from "../../bot/pacing.js";

/** A clock that only moves when the pacer sleeps. */
function virtualTime() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

/** A clock that stands still and sleeps that end only when a test says so (or never). */
function heldSleeps() {
  const sleeps: Array<{ ms: number; wake: () => void }> = [];
  return {
    now: () => 0,
    sleep: (ms: number) => new Promise<void>((resolve) => sleeps.push({ ms, wake: resolve })),
    sleeps,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("pacer", () => {
  it("never lets more than the limit through in any window, under several windows (virtual time)", async () => {
    const time = virtualTime();
    const pacer = new Pacer({ ...time, marginMs: 0 });
    const keys: PaceKey[] = [
      {
        key: "k",
        windows: [
          { limit: 7, perMs: 1_000 },
          { limit: 8, perMs: 2_000 },
        ],
      },
    ];
    const granted: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      (await pacer.acquire(keys)).release();
      granted.push(time.now());
    }
    for (const start of granted) {
      expect(granted.filter((t) => t >= start && t < start + 1_000).length).toBeLessThanOrEqual(7);
      expect(granted.filter((t) => t >= start && t < start + 2_000).length).toBeLessThanOrEqual(8);
    }
    // Optimal under both windows: 7 at t=0, 1 at t=1 s, 7 at 2 s, 1 at 3 s … the 40th at 9 s.
    expect(granted.slice(0, 9)).toEqual([0, 0, 0, 0, 0, 0, 0, 1_000, 2_000]);
    expect(granted.at(-1)).toBe(9_000);
  });

  it("serves concurrent callers first come first served", async () => {
    const time = virtualTime();
    const pacer = new Pacer({ ...time, marginMs: 0 });
    const keys = [{ key: "k", windows: [{ limit: 1, perMs: 100 }] }];
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3].map((i) =>
        pacer.acquire(keys).then((slot) => {
          order.push(i);
          slot.release();
        }),
      ),
    );
    expect(order).toEqual([0, 1, 2, 3]);
    expect(time.now()).toBe(300);
  });

  it("gives up a wait for an unfinished send when its signal aborts, and takes no slot", async () => {
    const time = virtualTime();
    const pacer = new Pacer({ ...time, marginMs: 0 });
    const keys = [{ key: "k", windows: [{ limit: 1, perMs: 1_000 }] }];
    const sending = await pacer.acquire(keys);
    const stopping = new AbortController();
    const waiting = pacer.acquire(keys, stopping.signal);
    await tick();
    stopping.abort(new Error("stopping"));
    await expect(waiting).rejects.toThrow("stopping");
    sending.release();
    // Only the released send counts: the next slot is a window after it, and free of waits.
    expect(pacer.plan(keys)).toEqual({ at: 1_000 });
  });

  it("gives up a wait for its slot's time when its signal aborts: the reservation is gone and the next caller takes the slot", async () => {
    const time = heldSleeps(); // a sleep that does not end by itself: the pacer gives it up all the same
    const pacer = new Pacer({ ...time, marginMs: 0 });
    const keys = [{ key: "k", windows: [{ limit: 1, perMs: 1_000 }] }];
    (await pacer.acquire(keys)).release();
    const stopping = new AbortController();
    const first = pacer.acquire(keys, stopping.signal);
    const second = pacer.acquire(keys); // behind the first's reservation
    await tick();
    expect(time.sleeps.map((sleep) => sleep.ms)).toEqual([1_000]);
    stopping.abort(new Error("stopping"));
    await expect(first).rejects.toThrow("stopping");
    await tick();
    // The second caller now waits for the slot the first gave up, not for the one after it.
    expect(time.sleeps.map((sleep) => sleep.ms)).toEqual([1_000, 1_000]);
    time.sleeps[1]?.wake();
    const slot = await second;
    slot.release();
    expect(pacer.plan(keys)).toEqual({ at: 2_000 });
  });

  it("with real timers: aborting ends every wait at once, an aborted signal is refused at once, and later callers are not held up", async () => {
    const pacer = new Pacer(); // one per hour, real clock
    const keys = [{ key: "k", windows: [{ limit: 1, perMs: 3_600_000 }] }];
    (await pacer.acquire(keys)).release();
    const next = pacer.plan(keys);
    const stopping = new AbortController();
    const waiting = pacer.acquire(keys, stopping.signal);
    const queued = pacer.acquire(keys, stopping.signal);
    stopping.abort(new Error("stopping"));
    await expect(waiting).rejects.toThrow("stopping");
    await expect(queued).rejects.toThrow("stopping");
    const already = new AbortController();
    already.abort(new Error("stopped before"));
    await expect(pacer.acquire(keys, already.signal)).rejects.toThrow("stopped before");
    expect(pacer.plan(keys)).toEqual(next);
    // A free key is not held up by the aborted waits of another.
    const other = await pacer.acquire([{ key: "other", windows: [{ limit: 1, perMs: 3_600_000 }] }]);
    // (Its own acquire may span a clock tick on a busy machine; held up, it would wait an hour.)
    expect(other.waitedMs).toBeLessThan(1_000);
    other.release();
  });

  it("callers waiting on one signal share one abort listener, removed once none waits", async () => {
    const time = virtualTime();
    const pacer = new Pacer({ ...time, marginMs: 0 });
    const keys = [{ key: "k", windows: [{ limit: 1, perMs: 10 }] }];
    const sending = await pacer.acquire(keys);
    const signal = new AbortController().signal;
    const waiting = Array.from({ length: 20 }, () =>
      pacer.acquire(keys, signal).then((slot) => slot.release()),
    );
    await tick();
    expect(getEventListeners(signal, "abort")).toHaveLength(1);
    sending.release();
    await Promise.all(waiting);
    expect(time.now()).toBe(200);
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
  });

  it("counts a slow send from when it finished: the next starts a window after that", async () => {
    const time = virtualTime();
    const pacer = new Pacer({ ...time, marginMs: 0 });
    const keys = [{ key: "k", windows: [{ limit: 1, perMs: 1_000 }] }];
    const slow = await pacer.acquire(keys);
    const next = pacer.acquire(keys);
    await tick();
    await time.sleep(5_000); // the send takes 5 s
    slow.release();
    await next;
    expect(time.now()).toBe(6_000);
  });
});
