import { describe, expect, it } from "vitest";
import { Pacer } from "../../schedules/pacer.js";

describe("pacer", () => {
  it("never lets more than the limit through in any window (virtual time)", async () => {
    let now = 0;
    const granted: number[] = [];
    const pacer = new Pacer(
      [
        { count: 7, perMs: 1_000 },
        { count: 8, perMs: 2_000 },
      ],
      () => now,
      async (ms) => {
        now += ms;
      },
    );
    for (let i = 0; i < 40; i += 1) {
      await pacer.acquire();
      granted.push(now);
    }
    for (const start of granted) {
      expect(granted.filter((t) => t >= start && t < start + 1_000).length).toBeLessThanOrEqual(7);
      expect(granted.filter((t) => t >= start && t < start + 2_000).length).toBeLessThanOrEqual(8);
    }
    // Optimal under both limits: 7 at t=0, 1 at t=1 s, 7 at 2 s, 1 at 3 s … the 40th at 9 s.
    expect(granted.slice(0, 9)).toEqual([0, 0, 0, 0, 0, 0, 0, 1_000, 2_000]);
    expect(granted.at(-1)).toBe(9_000);
  });

  it("serves concurrent callers first come first served", async () => {
    let now = 0;
    const pacer = new Pacer(
      [{ count: 1, perMs: 100 }],
      () => now,
      async (ms) => {
        now += ms;
      },
    );
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => pacer.acquire().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(now).toBe(300);
  });

  it("gives up a wait when its signal aborts, takes no slot, and lets later callers through", async () => {
    const pacer = new Pacer([{ count: 1, perMs: 3_600_000 }]); // real timers: one per hour
    await pacer.acquire();
    const stopping = new AbortController();
    const waiting = pacer.acquire(stopping.signal);
    const queued = pacer.acquire(stopping.signal);
    stopping.abort(new Error("stopping"));
    await expect(waiting).rejects.toThrow("stopping");
    await expect(queued).rejects.toThrow("stopping");
    const already = new AbortController();
    already.abort(new Error("stopped before"));
    await expect(pacer.acquire(already.signal)).rejects.toThrow("stopped before");
  });
});
