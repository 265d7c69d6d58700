/**
 * The bot as a separate process for the crash test (`npx tsx test/broadcast/support/child-bot.ts`):
 * configured from its environment like the app (STORE_URL on a SQLite file, the platform's
 * variables pointing at the fake in the test process), with the broadcast module and test
 * audiences over PEOPLE_COUNT Slack members. With BROADCAST_MODE=compose it first composes
 * and confirms a broadcast as the Secretariat; then it ticks until the broadcast is
 * reported, prints "finished <id>" and exits. The test kills it with SIGKILL in between.
 */
import { z } from "zod";
import { channelAdapters, configuredAdapters } from "../../../adapters/index.js";
import { createBotCore } from "../../../bot/bot.js";
import { systemClock } from "../../../bot/clock.js";
import { loadCoreConfig } from "../../../bot/config.js";
import { buildDeps } from "../../../bot/deps.js";
import { HttpServer } from "../../../bot/http.js";
import { createLogger } from "../../../bot/logger.js";
import { openStore } from "../../../bot/store/index.js";
import type { Address } from "../../../bot/types.js";
import { ACTIONS } from "../../../handlers/broadcast/cards.js";
import { createBroadcastModule } from "../../../handlers/broadcast/module.js";
import { broadcastSchema, draftSchema } from "../../../handlers/broadcast/schema.js";
import { identity } from "../../../handlers/identity.js";
import { inputGuard } from "../../../handlers/input-guard.js";
import { registerTestAudiences, SECRETARIAT_EMAIL, type TestPerson } from "./core.js";

const env = process.env;
const config = loadCoreConfig(env);
const log = createLogger(config.LOG_LEVEL);
const store = await openStore(config.STORE_URL);
const deps = buildDeps({
  config,
  store,
  clock: systemClock,
  log,
  outboxOptions: { claimTtlMs: Number(env.CLAIM_TTL_MS ?? 1_000) },
});
const team = env.SLACK_TEAM ?? "T0TEAM";
const people: TestPerson[] = Array.from({ length: Number(env.PEOPLE_COUNT ?? 0) }, (_, i) => ({
  key: `p${i}@mission.example`,
  name: `Person ${i}`,
  // PEOPLE_CHANNEL=email: nobody has met the bot in chat; they are reached by e-mail.
  ...(env.PEOPLE_CHANNEL === "email"
    ? {}
    : { userId: `slack:${team}/@U${String(i).padStart(5, "0")}` as Address }),
  roles: ["delegate"],
}));
registerTestAudiences(deps, () => people);
const core = createBotCore(deps, [inputGuard, identity, createBroadcastModule()]);
const http = new HttpServer(log);
for (const adapter of configuredAdapters(env)) {
  deps.messenger.add(adapter);
  await adapter.start({
    sink: core.sink,
    store: store.namespace(`adapter:${adapter.name}`),
    log: log.child({ adapter: adapter.name }),
    route: (method, path, handler) => http.route(method, path, handler),
  });
}
for (const channel of channelAdapters(env)) {
  deps.messenger.add(channel);
  await channel.start({ sink: core.sink, store: store.namespace(`adapter:${channel.name}`), log });
}
await http.listen(0, "127.0.0.1");

const broadcasts = store.namespace("broadcast");
if (env.BROADCAST_MODE === "compose") {
  const user = {
    id: `slack:${team}/@USEC` as Address,
    displayName: "Secretariat",
    verifiedEmail: SECRETARIAT_EMAIL,
    isBot: false,
    isMe: false,
  };
  const address = `slack:${team}/DUSEC` as Address;
  await core.sink.dispatch({
    kind: "message",
    id: "child-compose",
    text: `broadcast to everyone${env.PEOPLE_CHANNEL === "email" ? " by e-mail too" : ""}: ${env.BROADCAST_TEXT ?? "Crash test"}`,
    user,
    address,
    isDirect: true,
  });
  const [draft] = await broadcasts.list("draft:", draftSchema);
  if (!draft) throw new Error("no draft was prepared");
  await core.sink.dispatch({
    kind: "action",
    id: "child-confirm",
    actionId: ACTIONS.confirm,
    value: draft.value.id,
    user,
    address,
    isDirect: true,
  });
}
process.stdout.write("ticking\n");
for (;;) {
  await deps.scheduler.tick();
  const all = await broadcasts.list("broadcast:", broadcastSchema);
  const done = all.length > 0 && all.every((entry) => entry.value.reportedAt !== undefined);
  const active = await broadcasts.list("active:", z.unknown());
  const due = await store.namespace("outbox").list("due:", z.unknown());
  if (done && active.length === 0 && due.length === 0) {
    process.stdout.write(`finished ${all.map((entry) => entry.value.id).join(",")}\n`);
    await store.close();
    process.exit(0);
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}
