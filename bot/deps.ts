/**
 * Builds the services every module receives, in one place: the app, the `ask` CLI and the
 * tests assemble the core the same way.
 */

import { Outbox, type OutboxOptions } from "../schedules/outbox.js";
import { Scheduler, type SchedulerOptions } from "../schedules/scheduler.js";
import { Acknowledgements } from "./acknowledgements.js";
import { Audiences } from "./audiences.js";
import type { Clock } from "./clock.js";
import type { CoreConfig } from "./config.js";
import { RouteTable } from "./http.js";
import { Links } from "./links/links.js";
import type { Logger } from "./logger.js";
import { Messenger } from "./messenger.js";
import type { BotDeps } from "./module.js";
import { PeopleDirectory } from "./people/directory.js";
import type { Catalogue } from "./programme/catalogue.js";
import { loadCatalogue } from "./programme/load.js";
import { RecipientResolver } from "./reach/resolver.js";
import type { Store } from "./store/port.js";
import { dataFiles, filesOfCatalogue } from "./versions/files.js";
import { ProgrammeSource } from "./versions/source.js";

/**
 * @example const deps = buildDeps({ config, store, clock: systemClock, log });
 */
export function buildDeps(options: {
  config: CoreConfig;
  store: Store;
  clock: Clock;
  log: Logger;
  /** Version 1 of the programme (default: `data/`); later versions come from the store. */
  catalogue?: Catalogue;
  outboxOptions?: OutboxOptions;
  /** Tick expression and run coordinator (one replica per tick) of the scheduler. */
  schedulerOptions?: SchedulerOptions;
}): BotDeps {
  const messenger = new Messenger();
  const people = new PeopleDirectory(options.store.namespace("people"), options.config.SECRETARIAT_EMAILS);
  const resolver = new RecipientResolver(people, messenger);
  const outbox = new Outbox(
    {
      store: options.store,
      messenger,
      clock: options.clock,
      log: options.log.child({ part: "outbox" }),
      resolve: (recipient, channel) => resolver.resolve(recipient, channel),
      localeOf: (recipient) => resolver.localeOf(recipient),
    },
    {
      rateLimits: options.config.OUTBOX_RATE_LIMITS,
      concurrency: options.config.OUTBOX_CONCURRENCY,
      ...options.outboxOptions,
    },
  );
  const routes = new RouteTable();
  const links = new Links({
    store: options.store,
    clock: options.clock,
    log: options.log.child({ part: "links" }),
    publicUrl: options.config.PUBLIC_URL,
  });
  links.mount(routes);
  const first = options.catalogue ?? loadCatalogue();
  const programmes = new ProgrammeSource(
    options.store.namespace("programme"),
    { catalogue: first, files: () => (options.catalogue ? filesOfCatalogue(first) : dataFiles()) },
    options.log.child({ part: "programme" }),
  );
  return {
    config: options.config,
    store: options.store,
    clock: options.clock,
    log: options.log,
    // Read at every use: a published revision swaps the catalogue under every handler.
    get catalogue() {
      return programmes.catalogue;
    },
    programmes,
    messenger,
    people,
    outbox,
    audiences: new Audiences(),
    acknowledgements: new Acknowledgements(),
    routes,
    links,
    scheduler: new Scheduler(
      { outbox, clock: options.clock, log: options.log.child({ part: "scheduler" }) },
      [],
      options.schedulerOptions,
    ),
  };
}
