/**
 * A real bot core for tests: memory store, fixed clock, silent logger, a real Messenger,
 * and either the real handler modules or a router the test writes itself.
 */
import { type BotCore, createBotCore } from "../../bot/bot.js";
import { fixedClock } from "../../bot/clock.js";
import { loadCoreConfig } from "../../bot/config.js";
import { buildDeps } from "../../bot/deps.js";
import { type Logger, silentLogger } from "../../bot/logger.js";
import type { BotDeps, HandlerModule } from "../../bot/module.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { loadCatalogue } from "../../bot/programme/load.js";
import { openStore } from "../../bot/store/index.js";

/** Default "now" of tests: the morning the seventh session opens. */
export const SESSION_MONDAY_MORNING = "2024-03-04T08:00:00-05:00";

/** The programme catalogue, read from data/ once per test file rather than once per core. */
let catalogue: Catalogue | undefined;

/**
 * @example const { core, clock } = await testCore({ modules: handlerModules });
 */
export async function testCore(options: {
  modules: readonly HandlerModule[];
  now?: string;
  storeUrl?: string;
  secretariatEmails?: string[];
  log?: Logger;
  /** More of the core's environment (e.g. `PUBLIC_URL`). */
  env?: Record<string, string>;
}) {
  catalogue ??= loadCatalogue();
  const clock = fixedClock(options.now ?? SESSION_MONDAY_MORNING);
  const store = await openStore(options.storeUrl ?? "memory:");
  const config = loadCoreConfig({
    ...options.env,
    STORE_URL: "memory:",
    SECRETARIAT_EMAILS: options.secretariatEmails?.join(","),
  });
  const deps: BotDeps = buildDeps({ config, store, clock, log: options.log ?? silentLogger(), catalogue });
  const core: BotCore = createBotCore(deps, options.modules);
  return { core, clock, store, deps };
}
