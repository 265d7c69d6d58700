/**
 * The Microsoft Teams adapter, on the Microsoft 365 Agents SDK's `CloudAdapter`
 * (`@microsoft/agents-hosting`) at `POST /api/messages` of the bot's one HTTP server.
 * This file assembles it: requests and turns are in `inbound.ts`, sending in
 * `outbound.ts`, references, install-time members, DMs and emails in `directory.ts`,
 * token checks in `auth.ts` and the SDK adapter's outbound rules in `cloud.ts`.
 */
import type { Outgoing } from "../../bot/cards.js";
import { ConfigError } from "../../bot/errors.js";
import type { Address, ChatAdapter, SentRef } from "../../bot/types.js";
import { TEAMS_PLATFORM } from "./address.js";
import { ChannelTokenVerifier } from "./auth.js";
import { type OutboundTokenSource, TeamsCloudAdapter } from "./cloud.js";
import type { TeamsConfig } from "./config.js";
import { TeamsDirectory } from "./directory.js";
import { TeamsInbound } from "./inbound.js";
import { OpenTurns } from "./open-turns.js";
import { TeamsOutbound } from "./outbound.js";
import { Pacer } from "./pacing.js";
import { ReferenceStore } from "./references.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, TeamsDeliveryError } from "./retry.js";

/**
 * Where the Bot Framework posts activities.
 * @example host.route("POST", MESSAGES_PATH, handler)
 */
export const MESSAGES_PATH = "/api/messages";

/**
 * How long a turn may hold the HTTP request before it is acknowledged (Teams gives up at 15 s).
 * @example createTeamsAdapter(config, { turnBudgetMs: DEFAULT_TURN_BUDGET_MS / 2 })
 */
export const DEFAULT_TURN_BUDGET_MS = 10_000;

/**
 * Options of {@link createTeamsAdapter}; production passes none.
 * @example createTeamsAdapter(config, { credentialsFactory: localCredentialsFactory(), retry: { baseDelayMs: 5 } })
 */
export interface TeamsAdapterOptions {
  /** Where outbound tokens come from (tests: a local token server). Default: the SDK's MSAL provider, from the configuration. */
  credentialsFactory?: OutboundTokenSource;
  /** Overrides of the retry policy (tests shorten the waits). */
  retry?: Partial<RetryPolicy>;
  /** The pacer (tests pass one with a fake clock). */
  pacer?: Pacer;
  /** How long a turn waits for the core before acknowledging; default {@link DEFAULT_TURN_BUDGET_MS}. */
  turnBudgetMs?: number;
}

/**
 * The Teams adapter.
 * @example const teams: TeamsAdapter = createTeamsAdapter(loadTeamsConfig(env)); teams.appId;
 */
export interface TeamsAdapter extends ChatAdapter {
  /** The bot's app id (`""` in Emulator mode). */
  readonly appId: string;
  /**
   * The user address of the Teams member with this email, when the app was installed for
   * them (or a team they are in) or they wrote to the bot; `undefined` otherwise.
   */
  findUserByEmail(email: string): Promise<Address | undefined>;
}

/**
 * @example
 * const teams = createTeamsAdapter(loadTeamsConfig(process.env));
 * await teams.start(host); // mounts POST /api/messages
 * await teams.send(address, { text: "The session resumes at 3 PM." });
 */
export function createTeamsAdapter(config: TeamsConfig, options: TeamsAdapterOptions = {}): TeamsAdapter {
  const retryPolicy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const pacer = options.pacer ?? new Pacer();
  const cloud = new TeamsCloudAdapter(config, options.credentialsFactory);
  const verifier = config.devMode ? undefined : new ChannelTokenVerifier(config.endpoints, config.appId);
  let running: { inbound: TeamsInbound; outbound: TeamsOutbound; directory: TeamsDirectory } | undefined;

  const started = () => {
    if (!running) throw new TeamsDeliveryError("failed", "The Teams adapter has not been started", false);
    return running;
  };

  return {
    name: TEAMS_PLATFORM,
    appId: config.appId,
    async start(host) {
      if (!host.route)
        throw new ConfigError("The Teams adapter needs the bot's HTTP server to mount POST /api/messages");
      const references = new ReferenceStore(host.store);
      const openTurns = new OpenTurns();
      const shared = { config, cloud, pacer, retryPolicy, references, log: host.log };
      const directory = new TeamsDirectory(shared);
      const outbound = new TeamsOutbound({ ...shared, openTurns, directory });
      const inbound = new TeamsInbound({
        config,
        cloud,
        verifier,
        directory,
        openTurns,
        sink: host.sink,
        log: host.log,
        turnBudgetMs: options.turnBudgetMs ?? DEFAULT_TURN_BUDGET_MS,
      });
      running = { inbound, outbound, directory };
      host.route("POST", MESSAGES_PATH, (request, response) => inbound.handle(request, response));
      if (config.devMode)
        host.log.warn("Teams adapter in Emulator mode (TEAMS_DEV=1): requests are NOT authenticated");
    },
    async stop() {
      await running?.inbound.stop();
    },
    send: (to: Address, message: Outgoing): Promise<SentRef> => started().outbound.send(to, message),
    update: (sent: SentRef, message: Outgoing): Promise<void> => started().outbound.update(sent, message),
    openDirect: (user: Address): Promise<Address> => started().directory.openDirect(user),
    findUserByEmail: (email: string) => started().directory.findUserByEmail(email),
  };
}
