/**
 * A Slack test bot: a real core (testCore), the real Slack adapter with the real Bolt App
 * mounted on the core's HttpServer at port 0, a fake Slack Web API, and helpers that post
 * signed requests into it. No internet: `SLACK_API_URL` points at the fake.
 */
import {
  createSlackAdapter,
  parseSlackConfig,
  type SlackAdapter,
  type SlackAdapterOptions,
} from "../../../adapters/slack/index.js";
import { HttpServer } from "../../../bot/http.js";
import { silentLogger } from "../../../bot/logger.js";
import type { HandlerModule } from "../../../bot/module.js";
import { openStore } from "../../../bot/store/index.js";
import { testCore } from "../core.js";
import { type FakeSlack, type FakeSlackOptions, startFakeSlack } from "./api.js";
import type { PayloadContext } from "./payloads.js";
import {
  type EndpointResponse,
  postToSlackEndpoint,
  type SignedRequestOptions,
  TEST_APP_TOKEN,
  TEST_BOT_TOKEN,
  TEST_SIGNING_SECRET,
} from "./sign.js";
import { deliverAsEnvelope, type FakeSocketMode, startFakeSocketMode } from "./socket-mode.js";

/**
 * A running Slack test bot.
 * @example const t: SlackTestBot = await startSlackTestBot({ modules: [] }); await t.stop();
 */
export interface SlackTestBot {
  fake: FakeSlack;
  bot: Awaited<ReturnType<typeof testCore>>;
  adapter: SlackAdapter;
  http: HttpServer;
  /** `http://127.0.0.1:<port>/slack/events` (empty in Socket Mode). */
  eventsUrl: string;
  /** The fake Socket Mode server, when started with `socketMode: true`. */
  socket?: FakeSocketMode;
  /** For the payload builders. */
  ctx: PayloadContext;
  /**
   * Signs and posts a body to the events URL; in Socket Mode, delivers it as an envelope
   * instead (`status` 200 once acknowledged, `body` the acknowledgement's payload).
   */
  post(body: string, options?: SignedRequestOptions): Promise<EndpointResponse>;
  stop(): Promise<void>;
}

/**
 * @example
 * const t = await startSlackTestBot({ modules: handlerModules });
 * await t.post(directMessage(t.ctx, "Ev1", { text: "help", user: "U0GENEVA" }));
 */
export async function startSlackTestBot(options: {
  modules: readonly HandlerModule[];
  now?: string;
  fake?: FakeSlackOptions;
  adapter?: SlackAdapterOptions;
  /** Use an existing core instead of making one. */
  bot?: Awaited<ReturnType<typeof testCore>>;
  /** Connect over Socket Mode (a fake WebSocket server) instead of HTTP. */
  socketMode?: boolean;
}): Promise<SlackTestBot> {
  const socket = options.socketMode ? await startFakeSocketMode() : undefined;
  const fake = await startFakeSlack({ ...options.fake, socketModeUrl: socket?.url });
  const bot = options.bot ?? (await testCore({ modules: options.modules, now: options.now }));
  const config = parseSlackConfig({
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    ...(socket ? { SLACK_APP_TOKEN: TEST_APP_TOKEN } : {}),
  });
  const adapter = createSlackAdapter(config, {
    socketPingTimeoutMs: socket ? 1_000 : undefined,
    ...options.adapter,
    api: { timeoutMs: 2_000, backoffMs: 1, sleep: async () => undefined, ...options.adapter?.api },
  });
  bot.deps.messenger.add(adapter);
  const http = new HttpServer(silentLogger());
  await adapter.start({
    sink: bot.core.sink,
    store: bot.store.namespace("adapter:slack"),
    log: silentLogger(),
    route: (method, path, handler) => http.route(method, path, handler),
  });
  const eventsUrl = socket ? "" : `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}/slack/events`;
  return {
    fake,
    bot,
    adapter,
    http,
    eventsUrl,
    ctx: { team: fake.team, botUserId: fake.botUserId, botId: fake.botId, responseUrl: fake.responseUrl },
    socket,
    async post(body, signed) {
      if (!socket) return postToSlackEndpoint(eventsUrl, body, signed);
      const ack = await deliverAsEnvelope(socket, body, signed?.contentType, {
        retryAttempt: signed?.retryNum,
      });
      return { status: 200, body: JSON.stringify(ack.message.payload ?? {}), elapsedMs: ack.ackMs };
    },
    async stop() {
      await adapter.stop();
      await http.close();
      await fake.close();
      await socket?.close();
      if (!options.bot) await bot.store.close();
    },
  };
}

/**
 * Lets pending turns run (dispatch happens after the HTTP answer).
 * @example await t.post(body); await settle(); expect(t.fake.calls).toEqual([]);
 */
export function settle(ms = 50): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Starts an adapter that is expected to fail, on a memory store: resolves with what it
 * threw (undefined if it started) and the paths it mounted. The adapter is left as it is.
 * @example const { error } = await startExpectingFailure(createSlackAdapter(config)); expect(error).toBeInstanceOf(ConfigError);
 */
export async function startExpectingFailure(
  adapter: SlackAdapter,
): Promise<{ error: unknown; routes: string[] }> {
  const store = await openStore("memory:");
  const routes: string[] = [];
  try {
    const error = await adapter
      .start({
        sink: { dispatch: async () => undefined },
        store,
        log: silentLogger(),
        route: (_method, path) => routes.push(path),
      })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    return { error, routes };
  } finally {
    await store.close();
  }
}
