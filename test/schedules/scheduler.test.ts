import { describe, expect, it } from "vitest";
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
});
