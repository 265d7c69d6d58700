/**
 * The Slack adapter: the real Bolt App on an HTTPReceiver mounted on the bot's one HTTP
 * server (`POST /slack/events`), or on a SocketModeReceiver when `SLACK_APP_TOKEN` is set.
 * Listeners are in `inbound.ts`, sending in `outbound.ts`.
 *
 * De-duplication and self-filtering are the core's: events carry Slack's `event_id` (or
 * the click's or command's `trigger_id`) and `isMe`/`isBot`.
 */
import { App, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import { ConfigError } from "../../bot/errors.js";
import type { RateWindow } from "../../bot/pacing.js";
import type { AdapterHost, ChatAdapter } from "../../bot/types.js";
import { encodeAddress, SLACK } from "./address.js";
import { SlackApi, type SlackApiOptions, webClientOptions } from "./client.js";
import type { SlackConfig } from "./config.js";
import { SlackDirectory } from "./directory.js";
import { SlackDeliveryError, toDeliveryError } from "./errors.js";
import { fileInfoVia, slackFileDownloader } from "./files.js";
import { registerListeners } from "./inbound.js";
import { boltLogger } from "./logger.js";
import { SlackOutbound } from "./outbound.js";
import type { BotIdentity } from "./parse.js";
import { ResponseUrls } from "./responses.js";
import { ReceiverPool } from "./socket-pool.js";
import { guardSlackRequests, MAX_BODY_BYTES } from "./verify.js";

/**
 * The path of Slack's requests on the bot's HTTP server.
 * @example host.route("POST", SLACK_EVENTS_PATH, handler); // POST /slack/events
 */
export const SLACK_EVENTS_PATH = "/slack/events";

/**
 * Code-level tuning (the environment only holds credentials and the API URL).
 * @example createSlackAdapter(config, { api: { timeoutMs: 2_000, retries: 1 } })
 */
export interface SlackAdapterOptions {
  /** Web API client tuning: timeout, retries, backoff, injected sleep. */
  api?: Omit<SlackApiOptions, "token" | "apiUrl" | "log">;
  /** The clock for the timestamp check, in ms (tests). */
  now?: () => number;
  /** How long `users.info` answers are cached. */
  profileTtlMs?: number;
  /** How `users.lookupByEmail` calls are paced (default: its tier, 50 a minute). */
  lookupPace?: readonly RateWindow[];
  /**
   * How posts to one channel are paced (default about one per second, Slack's limit);
   * `false` turns pacing off.
   */
  channelPace?: readonly RateWindow[] | false;
  /**
   * Socket Mode's client ping timeout (default 5 s, the library's). It is also the wait
   * before reconnecting when Slack asks for a new connection (tests shorten it).
   */
  socketPingTimeoutMs?: number;
  /**
   * Socket Mode connections held at once (1–10; default 2), so that one being recycled by
   * Slack leaves another to deliver on (see `socket-pool.ts`).
   */
  socketConnections?: number;
}

/** Socket Mode connections by default: one spare, for the gap while Slack recycles one. */
const SOCKET_CONNECTIONS = 2;

/**
 * The Slack adapter; `identity` is known once started (from `auth.test`).
 * @example const slack = createSlackAdapter(config); await slack.start(host); slack.identity?.userId; // "U0BOT"
 */
export interface SlackAdapter extends ChatAdapter {
  readonly identity: (BotIdentity & { team: string }) | undefined;
}

/**
 * @example
 * const slack = createSlackAdapter(parseSlackConfig(process.env));
 * await slack.start(host); // mounts POST /slack/events (or connects Socket Mode)
 */
export function createSlackAdapter(config: SlackConfig, options: SlackAdapterOptions = {}): SlackAdapter {
  let running:
    | {
        app: App;
        outbound: SlackOutbound;
        directory: SlackDirectory;
        identity: BotIdentity & { team: string };
      }
    | undefined;
  const outbound = (): SlackOutbound => {
    if (!running) throw new SlackDeliveryError("not_started", "send", false);
    return running.outbound;
  };

  const start = async (host: AdapterHost) => {
    const log = host.log;
    const api = new SlackApi({ token: config.botToken, apiUrl: config.apiUrl, log, ...options.api });
    const identity = await authTest(api);
    const services = {
      api,
      directory: new SlackDirectory(api, host.store, log, options.profileTtlMs, {
        lookupPace: options.lookupPace,
      }),
      responses: new ResponseUrls(host.store),
      log,
    };
    const logger = boltLogger(log.child({ component: "bolt" }));
    const httpReceiver =
      config.mode === "http"
        ? new HTTPReceiver({
            signingSecret: config.signingSecret ?? "",
            endpoints: SLACK_EVENTS_PATH,
            processBeforeResponse: false, // ack at once; the work runs after the answer
            bodyLimit: MAX_BODY_BYTES,
            logger,
          })
        : undefined;
    const receiver =
      httpReceiver ??
      new ReceiverPool(
        Array.from(
          { length: socketConnectionCount(options.socketConnections) },
          () =>
            new SocketModeReceiver({
              appToken: config.appToken ?? "",
              logger,
              clientPingTimeout: options.socketPingTimeoutMs,
              installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
            }),
        ),
      );
    const app = new App({
      token: config.botToken,
      botId: identity.botId, // known: Bolt makes no auth.test of its own
      botUserId: identity.userId,
      receiver,
      logger,
      ignoreSelf: false, // the core filters the bot's own messages (isMe)
      convoStore: false,
      clientOptions: webClientOptions({ token: config.botToken, apiUrl: config.apiUrl, log, ...options.api }),
    });
    const sender = new SlackOutbound(services, options.channelPace);
    const download = slackFileDownloader({
      token: config.botToken,
      apiUrl: config.apiUrl,
      log,
      fileInfo: fileInfoVia(api),
    });
    registerListeners(app, { ...services, sink: host.sink, identity, outbound: sender, download });
    running = { app, outbound: sender, directory: services.directory, identity };

    if (!httpReceiver) {
      await app.start().catch((error: unknown) => {
        const failure = toDeliveryError("apps.connections.open", error);
        if (!failure.permanent) throw failure;
        throw new ConfigError(
          `Slack refused SLACK_APP_TOKEN (${failure.slackError}). Set it to an app-level token with the connections:write scope (Basic Information → App-Level Tokens), and turn Socket Mode on.`,
          { cause: error },
        );
      });
      log.info(
        {
          bot: identity.userId,
          team: identity.team,
          connections: socketConnectionCount(options.socketConnections),
        },
        "Slack connected (Socket Mode)",
      );
      return;
    }
    if (!host.route) {
      throw new ConfigError(
        "Slack over HTTP needs the bot's HTTP server; or set SLACK_APP_TOKEN to use Socket Mode.",
      );
    }
    host.route(
      "POST",
      SLACK_EVENTS_PATH,
      guardSlackRequests(httpReceiver.requestListener, { log, now: options.now }),
    );
    log.info({ bot: identity.userId, team: identity.team, path: SLACK_EVENTS_PATH }, "Slack ready (HTTP)");
  };

  return {
    name: SLACK,
    get identity() {
      return running?.identity;
    },
    start,
    async stop() {
      if (running && config.mode === "socket") await running.app.stop();
      running = undefined;
    },
    send: (to, message) => outbound().send(to, message),
    update: (sent, message) => outbound().update(sent, message),
    openDirect: (user) => outbound().openDirect(user),
    async findUserByEmail(email) {
      if (!running) throw new SlackDeliveryError("not_started", "users.lookupByEmail", false);
      const team = running.identity.team;
      const user = await running.directory.userByEmail(team, email);
      return user ? encodeAddress({ kind: "user", team, user }) : undefined;
    },
  };
}

function socketConnectionCount(wanted = SOCKET_CONNECTIONS): number {
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > 10) {
    throw new RangeError(
      `socketConnections must be a whole number from 1 to 10 (Slack's limit), not ${wanted}`,
    );
  }
  return wanted;
}

async function authTest(api: SlackApi): Promise<BotIdentity & { team: string }> {
  let result: Record<string, unknown>;
  try {
    result = await api.call("auth.test", {}, { idempotent: true });
  } catch (error) {
    if (!(error instanceof SlackDeliveryError && error.permanent)) throw error;
    throw new ConfigError(
      `Slack refused SLACK_BOT_TOKEN (${error.slackError}). Set it to the Bot User OAuth Token of an installed app (OAuth & Permissions).`,
      { cause: error },
    );
  }
  const userId = typeof result.user_id === "string" ? result.user_id : "";
  const botId = typeof result.bot_id === "string" ? result.bot_id : "";
  if (!userId || !botId) {
    throw new ConfigError(
      "SLACK_BOT_TOKEN is not a bot token: auth.test returned no bot_id. Use the xoxb- Bot User OAuth Token.",
    );
  }
  return { userId, botId, team: typeof result.team_id === "string" ? result.team_id : "-" };
}
