import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createBotCore } from "../../bot/bot.js";
import { fixedClock } from "../../bot/clock.js";
import { loadCoreConfig } from "../../bot/config.js";
import { buildDeps } from "../../bot/deps.js";
import { silentLogger } from "../../bot/logger.js";
import { openStore } from "../../bot/store/index.js";
import type { Store } from "../../bot/store/port.js";
import type { Address, ChatAdapter } from "../../bot/types.js";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { createBroadcastModule } from "../../handlers/broadcast/module.js";
import { identity } from "../../handlers/identity.js";
import { inputGuard } from "../../handlers/input-guard.js";
import { recordingAdapter } from "../support/recording-adapter.js";
import {
  action,
  dmOf,
  draftIdOf,
  makePeople,
  message,
  registerTestAudiences,
  SECRETARIAT_EMAIL,
  secretariatUser,
} from "./support/core.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const people = makePeople(300, ["alpha"]);
const sec = secretariatUser("alpha");

/** One "process": a core on the SQLite file, with its own adapter instance. */
async function boot(store: Store, adapter: ChatAdapter) {
  const clock = fixedClock("2024-03-04T09:00:00-05:00");
  const config = loadCoreConfig({ STORE_URL: "memory:", SECRETARIAT_EMAILS: SECRETARIAT_EMAIL });
  const deps = buildDeps({ config, store, clock, log: silentLogger(), outboxOptions: { claimTtlMs: 200 } });
  deps.messenger.add(adapter);
  registerTestAudiences(deps, () => people);
  const core = createBotCore(deps, [inputGuard, identity, createBroadcastModule()]);
  return { core, deps, clock };
}

describe("broadcast: a restart resumes where it stopped", () => {
  it("the process dies with sends in flight: everyone gets it, duplicates only among those in flight, marked uncertain", async () => {
    const dir = mkdtempSync(join(tmpdir(), "broadcast-resume-"));
    dirs.push(dir);
    const file = `sqlite:${join(dir, "bot.sqlite")}`;
    const received: Address[] = [];

    // First process: after 120 recipients, the platform receives each message but the
    // answer never comes back (the process is "killed" mid-send).
    const firstPlatform = recordingAdapter("alpha");
    let delivered = 0;
    const dying: ChatAdapter = {
      ...firstPlatform.adapter,
      async send(to, outgoing) {
        if (to === dmOf(sec.id)) return firstPlatform.adapter.send(to, outgoing);
        received.push(to);
        delivered += 1;
        if (delivered > 120) return new Promise(() => undefined);
        return firstPlatform.adapter.send(to, outgoing);
      },
    };
    const firstStore = await openStore(file);
    const first = await boot(firstStore, dying);
    await first.core.sink.dispatch(message(sec, "broadcast to everyone: Resume me"));
    const preview = firstPlatform.sent.at(-1)?.message.card;
    await first.core.sink.dispatch(action(sec, ACTIONS.confirm, draftIdOf(preview)));
    void first.deps.scheduler.tick(); // never finishes: its last sends hang
    while (delivered < 128) await new Promise((resolve) => setTimeout(resolve, 5));
    const inFlight = received.slice(120);
    expect(inFlight).toHaveLength(8); // the outbox's concurrency

    // Second process on the same file, after the first one's claims have expired.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const secondPlatform = recordingAdapter("alpha");
    const second = await boot(await openStore(file), secondPlatform.adapter);
    second.clock.advance(60_000);
    for (let tick = 0; tick < 5; tick += 1) await second.deps.scheduler.tick();
    received.push(...secondPlatform.sent.filter((s) => s.to !== dmOf(sec.id)).map((s) => s.to));

    const times = new Map<string, number>();
    for (const to of received) times.set(to, (times.get(to) ?? 0) + 1);
    expect(times.size).toBe(300);
    const twice = [...times]
      .filter(([, n]) => n > 1)
      .map(([to]) => to)
      .sort();
    expect(twice).toEqual([...inFlight].sort());
    expect([...times.values()].every((n) => n <= 2)).toBe(true);

    const records = await second.deps.outbox.campaign(`broadcast:${draftIdOf(preview)}`);
    const uncertain = records
      .filter((r) => r.status === "uncertain")
      .map((r) => dmOf(r.recipient))
      .sort();
    expect(uncertain).toEqual([...inFlight].sort());
    expect(records.filter((r) => r.status === "sent")).toHaveLength(292);

    // The second process finishes the progress message and sends the report.
    expect(secondPlatform.updates.at(-1)?.text).toBe(
      `Broadcast ${draftIdOf(preview)}: sent 300 of 300, 8 possibly twice — finished`,
    );
    const report = secondPlatform.sent.find(
      (s) => s.message.card?.title === `Broadcast ${draftIdOf(preview)}: finished`,
    );
    expect(
      report?.message.card?.sections[1]?.fields?.find((f) => f.label.startsWith("Sent, possibly twice"))
        ?.value,
    ).toBe("8");
    await firstStore.close();
  });
});
