/**
 * A real core with the broadcast module on a real platform adapter (against its fake),
 * composed as the app composes it (config from an environment, buildDeps, createBotCore),
 * with the real clock: the adapters pace and retry in real time.
 */
import { createBotCore } from "../../../bot/bot.js";
import { type Clock, systemClock } from "../../../bot/clock.js";
import { type Env, loadCoreConfig } from "../../../bot/config.js";
import { buildDeps } from "../../../bot/deps.js";
import { silentLogger } from "../../../bot/logger.js";
import { openStore } from "../../../bot/store/index.js";
import type { Store } from "../../../bot/store/port.js";
import type { Address, ChatAdapter, IncomingEvent, UserRef } from "../../../bot/types.js";
import { createBroadcastModule } from "../../../handlers/broadcast/module.js";
import { identity } from "../../../handlers/identity.js";
import { inputGuard } from "../../../handlers/input-guard.js";
import type { OutboxOptions } from "../../../schedules/outbox.js";
import { registerTestAudiences, SECRETARIAT_EMAIL, type TestPerson } from "./core.js";

let sequence = 0;

/**
 * @example const bot = await platformCore({ adapter, people, env: { OUTBOX_RATE_LIMITS: "slack=50/1100ms" } });
 */
export async function platformCore(options: {
  adapter: ChatAdapter;
  people: TestPerson[];
  env?: Env;
  store?: Store;
  clock?: Clock;
  outboxOptions?: OutboxOptions;
}) {
  const config = loadCoreConfig({
    STORE_URL: "memory:",
    SECRETARIAT_EMAILS: SECRETARIAT_EMAIL,
    ...options.env,
  });
  const store = options.store ?? (await openStore("memory:"));
  const deps = buildDeps({
    config,
    store,
    clock: options.clock ?? systemClock,
    log: silentLogger(),
    outboxOptions: options.outboxOptions,
  });
  registerTestAudiences(deps, () => options.people);
  const core = createBotCore(deps, [inputGuard, identity, createBroadcastModule()]);
  deps.messenger.add(options.adapter);
  await options.adapter.start({
    sink: core.sink,
    store: store.namespace(`adapter:${options.adapter.name}`),
    log: silentLogger(),
    route: () => undefined,
  });

  const event = (user: UserRef, address: Address) => {
    sequence += 1;
    return { id: `platform-test-${sequence}`, user, address, isDirect: true };
  };

  return {
    core,
    deps,
    store,
    /** A message from a user in their DM with the bot. */
    say: (user: UserRef, address: Address, text: string) =>
      core.sink.dispatch({ kind: "message", text, ...event(user, address) } as IncomingEvent),
    /** A button click in that DM. */
    click: (user: UserRef, address: Address, actionId: string, value?: string) =>
      core.sink.dispatch({ kind: "action", actionId, value, ...event(user, address) } as IncomingEvent),
    /** Ticks the scheduler until `done` says so; throws after `timeoutMs`. */
    async tickUntil(done: () => Promise<boolean> | boolean, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await deps.scheduler.tick();
        if (await done()) return;
        if (Date.now() > deadline) throw new Error(`not done after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    /** Deliveries of a broadcast. */
    deliveries: (id: string) => deps.outbox.campaign(`broadcast:${id}`),
    async stop() {
      await options.adapter.stop();
      await store.close();
    },
  };
}

/** The most violations any window of `perMs` holds over `limit`, from arrival times. */
export function windowExcess(times: readonly number[], limit: number, perMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let worst = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= perMs) start += 1;
    worst = Math.max(worst, end - start + 1 - limit);
  }
  return worst;
}
