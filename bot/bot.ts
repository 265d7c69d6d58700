/**
 * Assembles the bot core from its parts: the router built from handler modules, and the
 * pipeline adapters dispatch into. No platform is named here.
 */
import type { BotDeps, HandlerModule } from "./module.js";
import { createPipeline } from "./pipeline.js";
import { Router } from "./router.js";
import type { EventSink } from "./types.js";

/** The assembled core. */
export interface BotCore {
  sink: EventSink;
  router: Router;
  deps: BotDeps;
}

/**
 * @example
 * const core = createBotCore(deps, allModules);
 * await consoleAdapter.start({ sink: core.sink });
 */
export function createBotCore(deps: BotDeps, modules: readonly HandlerModule[]): BotCore {
  const router = new Router();
  for (const module of modules) module.install(router, deps, modules);
  const sink = createPipeline({
    handler: router.compose(),
    store: deps.store,
    clock: deps.clock,
    log: deps.log,
    messenger: deps.messenger,
  });
  return { sink, router, deps };
}
