/**
 * With the store unreachable, a Slack user still gets a clear answer ("can't reach my
 * records"), not silence: the adapter's caches are optional, the core's dedupe is not.
 */
import { describe, expect, it } from "vitest";
import { createBotCore } from "../../bot/bot.js";
import { fixedClock } from "../../bot/clock.js";
import { loadCoreConfig } from "../../bot/config.js";
import { buildDeps } from "../../bot/deps.js";
import { StoreError } from "../../bot/errors.js";
import { silentLogger } from "../../bot/logger.js";
import { openStore } from "../../bot/store/index.js";
import type { Store } from "../../bot/store/port.js";
import { handlerModules } from "../../handlers/index.js";
import { settle, startSlackTestBot } from "../support/fake-slack/harness.js";
import { directMessage } from "../support/fake-slack/payloads.js";

/** A store whose every operation fails, as Redis does while it is down. */
function unreachableStore(healthy: Store): Store {
  const down = async () => {
    throw new StoreError("connection refused");
  };
  const store: Store = {
    get: down,
    set: down,
    delete: down,
    setIfAbsent: down,
    setAll: down,
    update: down,
    updateTogether: down,
    list: down,
    namespace: () => store,
    ping: async () => false,
    close: () => healthy.close(),
  };
  return store;
}

describe("Slack with the store down", () => {
  it("answers a DM with the store message instead of staying silent", async () => {
    const store = unreachableStore(await openStore("memory:"));
    const clock = fixedClock("2024-03-04T08:00:00-05:00");
    const deps = buildDeps({
      config: loadCoreConfig({ STORE_URL: "memory:" }),
      store,
      clock,
      log: silentLogger(),
    });
    const core = createBotCore(deps, handlerModules);
    const t = await startSlackTestBot({ modules: handlerModules, bot: { core, clock, store, deps } });
    try {
      expect(
        (await t.post(directMessage(t.ctx, "Ev-down", { text: "what's next?", user: "U0GENEVA" }))).status,
      ).toBe(200);
      const [answer] = await t.fake.waitForCalls("chat.postMessage", 1);
      await settle(100);
      expect(answer?.args.text).toBe(
        "Sorry, I can't reach my records right now. Nothing was changed; please try again in a minute.",
      );
      expect(t.fake.calls.filter((call) => call.method === "chat.postMessage")).toHaveLength(1);
    } finally {
      await t.stop();
      await store.close();
    }
  });
});
