/**
 * Starts the whole bot from an environment: store, catalogue, core, adapters and the HTTP
 * server. `main.ts` calls it with `process.env`; tests call it with literal environments.
 */
import {
  anyPlatformConfigured,
  channelAdapters,
  configuredAdapters,
  connectHints,
  createConsoleAdapter,
} from "../adapters/index.js";
import { handlerModules } from "../handlers/index.js";
import { warmUpProgrammeAnswers } from "../handlers/programme/answer.js";
import { StoreRunCoordinator } from "../schedules/coordinator.js";
import type { OutboxOptions } from "../schedules/outbox.js";
import type { SchedulerOptions } from "../schedules/scheduler.js";
import { type BotCore, createBotCore } from "./bot.js";
import type { Clock } from "./clock.js";
import { offsetClock, systemClock } from "./clock.js";
import { type Env, loadCoreConfig } from "./config.js";
import { buildDeps } from "./deps.js";
import { backendKindOf, healthHandler } from "./health.js";
import { HttpServer } from "./http.js";
import { createLogger, type Logger } from "./logger.js";
import { openStore } from "./store/index.js";
import type { ChatAdapter } from "./types.js";

/** Options of {@link startBot}. */
export interface StartOptions {
  env: Env;
  /** Run the console chat even when platform credentials are present. */
  forceConsole?: boolean;
  clock?: Clock;
  log?: Logger;
  /** Overrides for tests: adapters to run instead of those the environment configures. */
  adapters?: ChatAdapter[];
  /** Overrides for tests: send-only channels (e-mail) instead of those of the environment. */
  channels?: ChatAdapter[];
  input?: NodeJS.ReadableStream;
  /** Outbox tuning beyond the environment's (tests: a short claim TTL). */
  outboxOptions?: OutboxOptions;
  /** Scheduler tuning (tests: a faster tick); the store-backed run coordinator is the default. */
  schedulerOptions?: SchedulerOptions;
}

/** A running bot. */
export interface RunningBot {
  core: BotCore;
  adapters: ChatAdapter[];
  http?: HttpServer;
  port?: number;
  /** Resolves when the bot should exit (console input ended). */
  done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * @example const bot = await startBot({ env: process.env }); await bot.done; await bot.stop();
 */
export async function startBot(options: StartOptions): Promise<RunningBot> {
  const config = loadCoreConfig(options.env);
  const consoleOnly =
    options.adapters === undefined && (options.forceConsole || !anyPlatformConfigured(options.env));
  // In the console chat, logs share the terminal with the conversation: only warnings and
  // errors unless LOG_LEVEL asks for more.
  const log = options.log ?? createLogger(consoleOnly && !options.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL);
  const store = await openStore(config.STORE_URL);
  const deps = buildDeps({
    config,
    store,
    clock: options.clock ?? (config.BOT_NOW ? offsetClock(config.BOT_NOW) : systemClock),
    log,
    outboxOptions: options.outboxOptions,
    // One replica per tick when several share the store (each delivery is claimed anyway).
    schedulerOptions: {
      coordinator: new StoreRunCoordinator(store.namespace("cron")),
      ...options.schedulerOptions,
    },
  });
  // The programme version in force comes from the store (data/ is version 1); then poll it.
  await deps.programmes.refresh();
  deps.programmes.start(config.PROGRAMME_REFRESH_SECONDS * 1000);
  const messenger = deps.messenger;
  const core = createBotCore(deps, handlerModules);
  // Pays chrono-node's one-off regex compilation now rather than on the first question.
  warmUpProgrammeAnswers(deps.catalogue);

  const platformAdapters = options.adapters ?? (options.forceConsole ? [] : configuredAdapters(options.env));
  let http: HttpServer | undefined;
  let port: number | undefined;
  let done: Promise<void> = new Promise<void>(() => undefined);
  const adapters: ChatAdapter[] = [...platformAdapters];

  // The HTTP server serves the platforms' webhooks, and the calendar feeds: in the console
  // too when PUBLIC_URL says where it is reachable (e.g. http://localhost:3978).
  const newServer = () => {
    const server = new HttpServer(log);
    deps.routes?.mountOn(server);
    server.route("GET", "/healthz", healthHandler(store, backendKindOf(config.STORE_URL)));
    return server;
  };
  if (platformAdapters.length > 0 || config.PUBLIC_URL) {
    http = newServer();
  } else {
    // The console without PUBLIC_URL: the server starts only when a feature needs it (the
    // Secretariat's dashboard link), on PORT.
    deps.routes?.serveOnDemand(async () => {
      const server = newServer();
      const bound = await server.listen(config.PORT);
      http = server;
      port = bound;
      log.info({ port: bound }, "bot listening (on demand)");
      return bound;
    });
  }
  if (platformAdapters.length === 0) {
    const consoleAdapter = createConsoleAdapter({
      input: (options.input ?? process.stdin) as NodeJS.ReadableStream & import("node:stream").Readable,
      prompt: process.stdout.isTTY ? "you> " : "",
      email: config.CONSOLE_EMAIL,
    });
    adapters.push(consoleAdapter);
    done = consoleAdapter.closed();
    process.stdout.write(consoleGreeting(config.BOT_NOW));
  }

  // Send-only channels (e-mail) reach people who never wrote; they run beside any chat.
  const channels = options.channels ?? channelAdapters(options.env);
  for (const adapter of [...adapters, ...channels]) {
    messenger.add(adapter);
    await adapter.start({
      sink: core.sink,
      store: store.namespace(`adapter:${adapter.name}`),
      log: log.child({ adapter: adapter.name }),
      route: http ? (method, path, handler) => http?.route(method, path, handler) : undefined,
    });
  }
  deps.scheduler.start();
  if (http) {
    port = await http.listen(config.PORT);
    deps.routes?.servedOn(port);
    log.info({ port, adapters: adapters.map((adapter) => adapter.name) }, "bot listening");
  }

  return {
    core,
    adapters,
    get http() {
      return http;
    },
    get port() {
      return port;
    },
    done,
    async stop() {
      deps.programmes.stop();
      await deps.scheduler.stop();
      for (const adapter of [...adapters, ...channels]) await adapter.stop();
      await http?.close();
      await store.close();
    },
  };
}

function consoleGreeting(rehearsal: Date | undefined): string {
  return [
    'Delegate bot — console chat (type "help", Ctrl-D to quit).',
    "No chat platform credentials were found, so you are talking to the bot right here.",
    ...connectHints().map((hint) => `  • ${hint}`),
    ...(rehearsal
      ? [`Rehearsal (BOT_NOW): the bot's clock started at ${rehearsal.toISOString()} and runs on from there.`]
      : []),
    "",
    "",
  ].join("\n");
}
