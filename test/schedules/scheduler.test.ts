import { describe, expect, it, vi } from "vitest";
import { fixedClock } from "../../bot/clock.js";
import { silentLogger } from "../../bot/logger.js";
import { Messenger } from "../../bot/messenger.js";
import { openStore } from "../../bot/store/index.js";
import { Outbox } from "../../schedules/outbox.js";
import { Scheduler } from "../../schedules/scheduler.js";
import { gate } from "../support/gate.js";

describe("Scheduler", () => {
  it("stop() waits for the tick that is running, so the store is not closed under it", async () => {
    const store = await openStore("memory:");
    const clock = fixedClock("2024-03-04T13:00:00Z");
    const outbox = new Outbox({ store, messenger: new Messenger([]), clock, log: silentLogger() });
    const events: string[] = [];
    const { promise: held, release } = gate();
    const slow = {
      name: "slow",
      async produce() {
        events.push("tick started");
        await held;
        events.push("tick finished");
      },
    };
    const scheduler = new Scheduler({ outbox, clock, log: silentLogger() }, [slow]);
    scheduler.start(); // the first tick runs at once
    while (events.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const stopped = scheduler.stop().then(() => events.push("stopped"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    events.push("released");
    release();
    await stopped;
    await store.close();
    expect(events).toEqual(["tick started", "released", "tick finished", "stopped"]);
  });

  it("never runs a tick while another is running, even when a due time falls inside the start-up tick", async () => {
    const store = await openStore("memory:");
    const clock = fixedClock("2024-03-04T13:00:00Z");
    const outbox = new Outbox({ store, messenger: new Messenger([]), clock, log: silentLogger() });
    let running = 0;
    let most = 0;
    let started = 0;
    const { promise: held, release } = gate();
    const slow = {
      name: "slow",
      async produce() {
        started += 1;
        running += 1;
        most = Math.max(most, running);
        await held;
        running -= 1;
      },
    };
    // Due every second, so that due times fall while the start-up tick is held.
    const scheduler = new Scheduler({ outbox, clock, log: silentLogger() }, [slow], {
      expression: "* * * * * *",
    });
    scheduler.start();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    release();
    await scheduler.stop();
    await store.close();
    expect(started).toBeGreaterThanOrEqual(1);
    expect(most).toBe(1);
  });

  it("keeps node-cron's overlap warning out of the console (it would land in the console chat)", async () => {
    const store = await openStore("memory:");
    const clock = fixedClock("2024-03-04T13:00:00Z");
    const outbox = new Outbox({ store, messenger: new Messenger([]), clock, log: silentLogger() });
    const { promise: held, release } = gate();
    const slow = { name: "slow", produce: () => held };
    const printed: string[] = [];
    const spies = (["log", "info", "warn", "error"] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(" "));
      }),
    );
    const scheduler = new Scheduler({ outbox, clock, log: silentLogger() }, [slow], {
      expression: "* * * * * *",
    });
    try {
      scheduler.start();
      await new Promise((resolve) => setTimeout(resolve, 2_300)); // two beats while the tick holds
    } finally {
      release();
      await scheduler.stop();
      for (const spy of spies) spy.mockRestore();
      await store.close();
    }
    expect(printed).toEqual([]);
  });

  it("stop() stops the outbox: a drain started afterwards sends nothing", async () => {
    const store = await openStore("memory:");
    const clock = fixedClock("2024-03-04T13:00:00Z");
    const outbox = new Outbox({ store, messenger: new Messenger([]), clock, log: silentLogger() });
    outbox.register("note", () => ({ text: "hi" }));
    const scheduler = new Scheduler({ outbox, clock, log: silentLogger() }, []);
    scheduler.start();
    await scheduler.stop();
    await outbox.enqueue({
      campaign: "c",
      localId: "1",
      kind: "note",
      recipient: "test:u1",
      payload: {},
      dueAt: "2024-03-04T13:00:00.000Z",
    });
    expect(await outbox.drain()).toEqual({ attempted: 0 });
    expect((await outbox.get("c/1"))?.status).toBe("pending");
    await store.close();
  });
});
