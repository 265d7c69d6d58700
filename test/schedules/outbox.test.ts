import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../bot/clock.js";
import { silentLogger } from "../../bot/logger.js";
import { Messenger } from "../../bot/messenger.js";
import { openStore } from "../../bot/store/index.js";
import type { Store } from "../../bot/store/port.js";
import { Outbox, type OutboxOptions } from "../../schedules/outbox.js";
import { recordingAdapter } from "../support/recording-adapter.js";

const T0 = "2024-03-07T14:00:00.000Z";

async function setup(store?: Store, options: OutboxOptions = {}) {
  const clock = fixedClock(T0);
  const platform = recordingAdapter("test");
  const messenger = new Messenger([platform.adapter]);
  const shared = store ?? (await openStore("memory:"));
  const outbox = new Outbox(
    { store: shared, messenger, clock, log: silentLogger() },
    { claimTtlMs: 50, ...options },
  );
  outbox.register("note", (delivery) => ({ text: String(delivery.payload.text) }));
  return { clock, platform, outbox, store: shared, messenger };
}

const note = (localId: string, recipient: string, dueAt = T0, text = `hello ${localId}`) => ({
  campaign: "c1",
  localId,
  kind: "note",
  recipient,
  payload: { text },
  dueAt,
});

describe("outbox", () => {
  it("a delivery for a user another process serves waits for it, then, untouched for a day, is not delivered and says why", async () => {
    const store = await openStore(`sqlite:${join(mkdtempSync(join(tmpdir(), "outbox-")), "bot.sqlite")}`);
    try {
      // Two consoles on one store: A serves everyone but u2, B serves only u2.
      const a = await setup(store);
      const b = await setup(store);
      a.platform.adapter.serves = (user) => user !== "test:u2";
      b.platform.adapter.serves = (user) => user === "test:u2";
      b.platform.faults.set("test:u2", { transientTimes: 1, retryAfterMs: 1_000 });
      await a.outbox.enqueue(note("x", "test:u2"));
      const hours = (n: number) => new Date(Date.parse(T0) + n * 3_600_000).toISOString();

      // B runs ten hours later: one attempt fails for now (it touched the delivery).
      b.clock.set(hours(10));
      await b.outbox.drain();
      expect(await a.outbox.get("c1/x")).toMatchObject({ status: "pending", attempts: 1 });
      // A, 30 hours after it was due, 20 after B's attempt: it still waits for B.
      a.clock.set(hours(30));
      await a.outbox.drain();
      expect(await a.outbox.get("c1/x")).toMatchObject({ status: "pending", attempts: 1 });
      // Over a day after B's attempt (and its retry time), nothing served u2: not delivered, with the reason.
      a.clock.set(hours(35));
      await a.outbox.drain();
      expect(await a.outbox.get("c1/x")).toMatchObject({
        status: "failed",
        unreachable: true,
        attempts: 1,
        error:
          "not delivered: nothing serving test:u2 (that user's own console) ran within 24 hours after it was due",
      });
      expect([...a.platform.sent, ...b.platform.sent]).toEqual([]);
      // B starts again: nothing is sent late.
      b.clock.set(hours(36));
      await b.outbox.drain();
      expect(b.platform.sent).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it("sends what is due, in a direct message, and leaves the future alone", async () => {
    const { outbox, platform, clock } = await setup();
    await outbox.enqueue(note("a", "test:u1"));
    await outbox.enqueue(note("b", "test:u2", "2024-03-07T15:00:00.000Z"));
    await outbox.drain();
    expect(platform.sent.map((s) => [s.to, s.text])).toEqual([["test:dm-u1", "hello a"]]);
    expect((await outbox.get("c1/a"))?.status).toBe("sent");
    expect((await outbox.get("c1/b"))?.status).toBe("pending");
    clock.set("2024-03-07T15:00:00.000Z");
    await outbox.drain();
    expect(platform.sent).toHaveLength(2);
  });

  it("enqueueing the same delivery twice sends it once", async () => {
    const { outbox, platform } = await setup();
    expect(await outbox.enqueue(note("a", "test:u1"))).toBe(true);
    expect(await outbox.enqueue(note("a", "test:u1"))).toBe(false);
    await outbox.drain();
    await outbox.drain();
    expect(platform.sent).toHaveLength(1);
  });

  it("records permanent failures once, without retrying them", async () => {
    const { outbox, platform, clock } = await setup();
    platform.faults.set("test:u2", { permanent: true });
    await outbox.enqueue(note("a", "test:u1"));
    await outbox.enqueue(note("b", "test:u2"));
    await outbox.drain();
    clock.advance(3_600_000);
    await outbox.drain();
    const b = await outbox.get("c1/b");
    expect(b).toMatchObject({ status: "failed", attempts: 1, error: "unknown user test:dm-u2" });
    expect(platform.sent.map((s) => s.to)).toEqual(["test:dm-u1"]);
  });

  it("retries transient failures after their Retry-After, then sends once", async () => {
    const { outbox, platform, clock } = await setup();
    platform.faults.set("test:u1", { transientTimes: 2, retryAfterMs: 1_000 });
    await outbox.enqueue(note("a", "test:u1"));
    await outbox.drain();
    expect((await outbox.get("c1/a"))?.status).toBe("pending");
    await outbox.drain(); // not before Retry-After
    expect((await outbox.get("c1/a"))?.attempts).toBe(1);
    clock.advance(1_000);
    await outbox.drain();
    clock.advance(1_000);
    await outbox.drain();
    expect(await outbox.get("c1/a")).toMatchObject({ status: "sent", attempts: 3 });
    expect(platform.sent).toHaveLength(1);
  });

  it("gives up after the maximum number of attempts", async () => {
    const { outbox, platform } = await setup(undefined, { maxAttempts: 2 });
    platform.faults.set("test:u1", { transientTimes: 10, retryAfterMs: 0 });
    await outbox.enqueue(note("a", "test:u1"));
    await outbox.drain();
    await outbox.drain();
    await outbox.drain();
    expect(await outbox.get("c1/a")).toMatchObject({ status: "failed", attempts: 2 });
  });

  it("does not count the platform's rate-limit refusals (429) against the attempts: 12 of them, then sent", async () => {
    const { outbox, platform, clock } = await setup(undefined, { maxAttempts: 3 });
    platform.faults.set("test:u1", { transientTimes: 12, retryAfterMs: 1_000, rateLimited: true });
    await outbox.enqueue(note("a", "test:u1"));
    for (let round = 0; round < 13; round += 1) {
      await outbox.drain();
      clock.advance(1_000);
    }
    expect(await outbox.get("c1/a")).toMatchObject({ status: "sent", attempts: 13, rateLimited: 12 });
    expect(platform.sent).toHaveLength(1);
  });

  it("still gives up on a platform that refuses a delivery with 429 more than 50 times", async () => {
    const { outbox, platform } = await setup();
    platform.faults.set("test:u1", { transientTimes: 100, retryAfterMs: 0, rateLimited: true });
    await outbox.enqueue(note("a", "test:u1"));
    for (let round = 0; round < 60; round += 1) await outbox.drain();
    expect(await outbox.get("c1/a")).toMatchObject({ status: "failed", attempts: 51, rateLimited: 51 });
  });

  it("holds a platform's other sends for a 429's Retry-After, while other platforms go on", async () => {
    const { outbox, platform, messenger, clock } = await setup(undefined, { concurrency: 1 });
    const other = recordingAdapter("other");
    messenger.add(other.adapter);
    platform.faults.set("test:u1", { transientTimes: 1, retryAfterMs: 3_000, rateLimited: true });
    await outbox.enqueue(note("a", "test:u1"));
    await outbox.enqueue(note("b", "test:u2"));
    await outbox.enqueue(note("c", "other:u3"));
    await outbox.drain();
    expect([platform.sent.length, other.sent.map((s) => s.text)]).toEqual([0, ["hello c"]]);
    clock.advance(2_999);
    await outbox.drain();
    expect(platform.sent).toHaveLength(0);
    clock.advance(1);
    await outbox.drain();
    expect(platform.sent.map((s) => s.text)).toEqual(["hello a", "hello b"]);
    expect(await outbox.get("c1/a")).toMatchObject({ status: "sent", attempts: 2, rateLimited: 1 });
  });

  it("re-sends a delivery left 'sending' by a crash, and marks it uncertain", async () => {
    const { outbox, platform, store } = await setup();
    await outbox.enqueue(note("a", "test:u1"));
    const record = await outbox.get("c1/a");
    // What a process killed between "sending" and "sent" leaves behind.
    await store.namespace("outbox").set("delivery:c1/a", { ...record, status: "sending", attempts: 1 });
    await outbox.drain();
    expect(await outbox.get("c1/a")).toMatchObject({ status: "uncertain", attempts: 2 });
    expect(platform.sent).toHaveLength(1);
  });

  it("re-sends after a timed-out attempt, and marks the delivery uncertain", async () => {
    const { outbox, platform, clock } = await setup();
    platform.faults.set("test:u1", { transientTimes: 1, retryAfterMs: 500, outcomeUnknown: true });
    await outbox.enqueue(note("a", "test:u1"));
    await outbox.drain();
    expect(await outbox.get("c1/a")).toMatchObject({ status: "pending", maybeDelivered: true });
    clock.advance(500);
    await outbox.drain();
    expect(await outbox.get("c1/a")).toMatchObject({ status: "uncertain", attempts: 2 });
    expect(platform.sent).toHaveLength(1);
  });

  it("records as missed what has expired, and cancels what its renderer drops", async () => {
    const { outbox, platform } = await setup();
    outbox.register("dropped", () => null);
    await outbox.enqueue({
      ...note("late", "test:u1", "2024-03-07T13:00:00.000Z"),
      expiresAt: "2024-03-07T13:15:00.000Z",
    });
    await outbox.enqueue({ ...note("gone", "test:u1"), kind: "dropped" });
    await outbox.drain();
    expect((await outbox.get("c1/late"))?.status).toBe("missed");
    expect((await outbox.get("c1/gone"))?.status).toBe("cancelled");
    expect(platform.sent).toEqual([]);
  });

  it("two outboxes draining one store at once send each delivery exactly once", async () => {
    // Claims must outlast the longest send (OutboxOptions.claimTtlMs): the 50 ms the other
    // tests use was outlasted by a 2 ms send on a loaded machine, and the delivery was re-claimed.
    const first = await setup(undefined, { claimTtlMs: 5_000 });
    const second = await setup(first.store, { claimTtlMs: 5_000 });
    second.messenger.add(first.platform.adapter);
    first.platform.setDelay(2);
    for (let i = 0; i < 200; i += 1) await first.outbox.enqueue(note(`m${i}`, `test:u${i}`));
    await Promise.all([first.outbox.drain(), second.outbox.drain(), first.outbox.drain()]);
    const recipients = first.platform.sent.map((s) => s.to);
    expect(recipients).toHaveLength(200);
    expect(new Set(recipients).size).toBe(200);
    const records = await first.outbox.campaign("c1");
    expect(records.filter((r) => r.status === "sent")).toHaveLength(200);
  });

  it("tells listeners about each settled delivery", async () => {
    const { outbox, platform } = await setup();
    platform.faults.set("test:u2", { permanent: true });
    const settled: string[] = [];
    outbox.onSettled((delivery) => {
      settled.push(`${delivery.id}:${delivery.status}`);
    });
    await outbox.enqueue(note("a", "test:u1"));
    await outbox.enqueue(note("b", "test:u2"));
    await outbox.drain();
    expect(settled.sort()).toEqual(["c1/a:sent", "c1/b:failed"]);
  });

  it("stop() ends a wait for a pace slot at once: the waiting delivery goes back unsent, no attempt used", async () => {
    const { outbox, platform, store } = await setup(undefined, {
      rateLimits: { test: [{ limit: 1, perMs: 3_600_000 }] },
      concurrency: 1,
      claimTtlMs: 60_000,
    });
    for (const id of ["a", "b", "c"]) await outbox.enqueue(note(id, `test:${id}`));
    const draining = outbox.drain();
    while (platform.sent.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    outbox.stop();
    const finished = await Promise.race([
      draining.then(() => "drained"),
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 2_000)),
    ]);
    expect(finished).toBe("drained");
    expect(platform.sent).toHaveLength(1);
    const rest = [(await outbox.get("c1/b")) ?? null, (await outbox.get("c1/c")) ?? null];
    expect(rest.map((d) => [d?.status, d?.attempts])).toEqual([
      ["pending", 0],
      ["pending", 0],
    ]);
    await store.close();
  });

  it("a platform's windows count sends as they start: a slow send does not hold up the next", async () => {
    const { outbox, platform } = await setup(undefined, {
      rateLimits: { test: [{ limit: 1, perMs: 100 }] },
      concurrency: 2,
      claimTtlMs: 60_000,
    });
    const send = platform.adapter.send.bind(platform.adapter);
    const delays = [300, 0];
    const calls: Array<{ start: number; end: number }> = [];
    platform.adapter.send = async (to, message) => {
      const call = { start: Date.now(), end: Number.NaN };
      calls.push(call);
      await new Promise((resolve) => setTimeout(resolve, delays.shift() ?? 0));
      try {
        return await send(to, message);
      } finally {
        call.end = Date.now();
      }
    };
    for (const id of ["a", "b"]) await outbox.enqueue(note(id, `test:${id}`));
    await outbox.drain();
    expect(platform.sent).toHaveLength(2);
    const [first, second] = calls;
    // One per 100 ms, counted from the first send's start (its slot is stamped a moment before
    // send() is entered: 10 ms allowed for that), not from when it was answered (the adapter's
    // own per-conversation pacing, inside send(), is what waits for answers).
    expect(second?.start).toBeGreaterThanOrEqual((first?.start ?? 0) + 90);
    expect(second?.start).toBeLessThan(first?.end ?? 0);
  });
});
