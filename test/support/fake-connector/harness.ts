/**
 * A Teams rig for tests: the real Teams adapter (real CloudAdapter) on the bot's real
 * HTTP server, a local OpenID server signing the channel's tokens and issuing the bot's,
 * and a fake Bot Connector as the service URL. Builds Teams-shaped activities (personal
 * chat, channel @mention, Adaptive Card submit) and posts them, signed, to
 * `/api/messages`.
 */

import {
  conversationAddress,
  createTeamsAdapter,
  loadTeamsConfig,
  type TeamsAdapter,
  type TeamsAdapterOptions,
} from "../../../adapters/teams/index.js";
import type { BotCore } from "../../../bot/bot.js";
import { HttpServer } from "../../../bot/http.js";
import { silentLogger } from "../../../bot/logger.js";
import type { Store } from "../../../bot/store/port.js";
import type { Address } from "../../../bot/types.js";
import { OpenIdServer, TEST_APP_ID } from "../openid-server.js";
import { FakeConnector, type FakeConnectorOptions } from "./index.js";

/**
 * The tenant of the tests' Teams organisation.
 * @example conversationAddress(TENANT_ID, PERSONAL_CONVERSATION)
 */
export const TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";
/**
 * The bot's Teams id (`28:<app id>`).
 * @example rig.post({ ...rig.personalMessage("x"), from: { id: BOT_ID, role: "bot" } })
 */
export const BOT_ID = `28:${TEST_APP_ID}`;
/**
 * The default user's bot-scoped Teams id.
 * @example rig.connector.setMember({ id: USER_ID, email: "amina.diallo@mfa.example" })
 */
export const USER_ID =
  "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc";
/**
 * The personal conversation of the default user with the bot.
 * @example expect(rig.connector.activities()[0]?.conversationId).toEqual(PERSONAL_CONVERSATION)
 */
export const PERSONAL_CONVERSATION = "a:1Fz6XvtqGXqk8mL-Qxu5PXy8bI0wqnIDMmZ-L3c7mQk8lP9s2bYn6fQ";
/**
 * The channel thread the channel tests mention the bot in.
 * @example expect(rig.connector.activities()[0]?.conversationId).toEqual(CHANNEL_THREAD)
 */
export const CHANNEL_THREAD = "19:5e8d1b7c8b5a4b0c9a3f@thread.tacv2;messageid=1709539200000";

/**
 * The team the channel tests run in (its General channel has the team's id).
 * @example rig.membersAdded([{ id: BOT_ID }]) // the bot added to TEAM_ID
 */
export const TEAM_ID = "19:team@thread.tacv2";

/**
 * Options of {@link createTeamsRig}.
 * @example await startTeamsRig(bot, { adapter: { turnBudgetMs: 50 }, connector: { tenantPerSecond: 10 } })
 */
export interface TeamsRigOptions {
  adapter?: TeamsAdapterOptions;
  connector?: FakeConnectorOptions;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  /** The whole environment instead of the local OpenID server's (e.g. `{ TEAMS_DEV: "1" }`). */
  replaceEnv?: Record<string, string>;
}

/**
 * How a test posts an activity.
 * @example await rig.post(activity, { authorization: null }) // no header
 */
export interface PostOptions {
  /** The full `Authorization` header; default: a valid channel token. */
  authorization?: string | null;
}

/**
 * A rig: servers running, adapter built; {@link TeamsRig.attach} starts it on a core.
 * @example const { status } = await rig.post(rig.channelMention("what's next?"));
 */
export interface TeamsRig {
  adapter: TeamsAdapter;
  /** Starts the adapter on a core (and its store) and the bot's HTTP server. */
  attach(bot: { core: BotCore; store: Store }): Promise<void>;
  /** Stops the adapter and starts a new one on the same store, as a process restart would. */
  restart(): Promise<TeamsAdapter>;
  openid: OpenIdServer;
  connector: FakeConnector;
  /** Base URL of the bot's HTTP server. */
  botUrl: string;
  /** Posts an activity to `/api/messages`; resolves with the HTTP status and body text. */
  post(activity: Record<string, unknown>, options?: PostOptions): Promise<{ status: number; body: string }>;
  /** A valid `Authorization` header for activities from the fake connector. */
  authorization(): Promise<string>;
  personalMessage(text: string, fields?: Partial<ActivityFields>): Record<string, unknown>;
  channelMention(text: string, fields?: Partial<ActivityFields>): Record<string, unknown>;
  cardSubmit(value: Record<string, unknown>, fields?: Partial<ActivityFields>): Record<string, unknown>;
  /**
   * An `installationUpdate` as Teams sends it when the app is installed (`action: "add"`)
   * or removed: in the user's personal scope (e.g. pushed by an admin's app setup
   * policy), or to the team (`scope: "team"`).
   */
  installation(
    fields?: Partial<ActivityFields> & { action?: string; scope?: "personal" | "team" },
  ): Record<string, unknown>;
  /** A `conversationUpdate` with `membersAdded`, in a team's channel (default) or a personal chat. */
  membersAdded(
    members: ReadonlyArray<{ id: string; name?: string }>,
    fields?: Partial<ActivityFields> & { scope?: "personal" | "team" },
  ): Record<string, unknown>;
  /** The core address of the default personal conversation. */
  personalAddress(): Address;
  /** The core address of the channel thread. */
  channelAddress(): Address;
  stop(): Promise<void>;
}

/**
 * Fields of a built activity that tests vary.
 * @example rig.personalMessage("hi", { id: "1709540400001", localTimezone: "Asia/Tokyo" })
 */
export interface ActivityFields {
  id: string;
  userId: string;
  userName: string;
  conversationId: string;
  localTimezone: string;
  tenantId: string;
}

let activitySequence = 0;

/**
 * Builds and starts a rig on a core.
 * @example
 * const rig = await startTeamsRig(await testCore({ modules: handlerModules }));
 * await rig.post(rig.personalMessage("what's next?"));
 */
export async function startTeamsRig(
  bot: { core: BotCore; store: Store },
  options: TeamsRigOptions = {},
): Promise<TeamsRig> {
  const rig = await createTeamsRig(options);
  await rig.attach(bot);
  return rig;
}

/**
 * Starts the OpenID server and the fake connector and builds the adapter, without a core yet.
 * @example const rig = await createTeamsRig(); testBot.deps.messenger.add(rig.adapter); await rig.attach(testBot);
 */
export async function createTeamsRig(options: TeamsRigOptions = {}): Promise<TeamsRig> {
  const openid = await OpenIdServer.start();
  const connector = await FakeConnector.start({
    verifyAuth: (header) => openid.verifyOutbound(header),
    ...options.connector,
  });
  const config = loadTeamsConfig(options.replaceEnv ?? { ...openid.teamsEnv(), ...options.env });
  const build = () =>
    createTeamsAdapter(config, {
      credentialsFactory: openid.credentialsFactory(),
      ...options.adapter,
      retry: { baseDelayMs: 5, maxDelayMs: 50, ...options.adapter?.retry },
    });
  let adapter = build();
  let attached: { core: BotCore; store: Store } | undefined;
  const http = new HttpServer(silentLogger());
  let botUrl = "";
  let token: string | undefined;

  const authorization = async () => {
    token ??= await openid.channelToken({ serviceUrl: connector.url });
    return `Bearer ${token}`;
  };

  const base = (fields: Partial<ActivityFields>, conversation: Record<string, unknown>) => {
    activitySequence += 1;
    const tenantId = fields.tenantId ?? TENANT_ID;
    return {
      id: fields.id ?? `1709540${String(activitySequence).padStart(6, "0")}`,
      timestamp: new Date().toISOString(),
      localTimestamp: new Date().toISOString(),
      channelId: "msteams",
      serviceUrl: connector.url,
      from: {
        id: fields.userId ?? USER_ID,
        name: fields.userName ?? "Amina Diallo",
        aadObjectId: "d2c1a2b4-0f6e-4c55-9bb1-7f3a3c5e9d10",
      },
      recipient: { id: BOT_ID, name: "Delegate" },
      conversation: { tenantId, ...conversation },
      channelData: { tenant: { id: tenantId } },
      locale: "en-US",
      localTimezone: fields.localTimezone ?? "Europe/Zurich",
      entities: [
        {
          type: "clientInfo",
          locale: "en-US",
          country: "CH",
          platform: "Web",
          timezone: fields.localTimezone ?? "Europe/Zurich",
        },
      ],
    };
  };

  const inPersonalChat = (fields: Partial<ActivityFields>) =>
    base(fields, { id: fields.conversationId ?? PERSONAL_CONVERSATION, conversationType: "personal" });
  const inTeam = (fields: Partial<ActivityFields>) => {
    const activity = base(fields, {
      id: fields.conversationId ?? TEAM_ID,
      conversationType: "channel",
      isGroup: true,
      name: "General",
    });
    return {
      ...activity,
      channelData: { ...activity.channelData, team: { id: TEAM_ID }, channel: { id: TEAM_ID } },
    };
  };

  const startOn = async (bot: { core: BotCore; store: Store }) => {
    bot.core.deps.messenger.add(adapter);
    await adapter.start({
      sink: bot.core.sink,
      store: bot.store.namespace("adapter:teams"),
      log: silentLogger(),
      route: (method, path, handler) => http.route(method, path, handler),
    });
  };

  return {
    get adapter() {
      return adapter;
    },
    openid,
    connector,
    get botUrl() {
      return botUrl;
    },
    async attach(bot) {
      attached = bot;
      await startOn(bot);
      botUrl = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}`;
    },
    async restart() {
      if (!attached) throw new Error("attach() first");
      await adapter.stop();
      adapter = build();
      await startOn(attached);
      return adapter;
    },
    authorization,
    async post(activity, postOptions = {}) {
      const header =
        postOptions.authorization === undefined ? await authorization() : postOptions.authorization;
      const response = await fetch(`${botUrl}/api/messages`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(header === null ? {} : { authorization: header }),
        },
        body: JSON.stringify(activity),
      });
      return { status: response.status, body: await response.text() };
    },
    personalMessage(text, fields = {}) {
      return {
        ...base(fields, { id: fields.conversationId ?? PERSONAL_CONVERSATION, conversationType: "personal" }),
        type: "message",
        text,
        textFormat: "plain",
      };
    },
    channelMention(text, fields = {}) {
      const activity = base(fields, {
        id: fields.conversationId ?? CHANNEL_THREAD,
        conversationType: "channel",
        isGroup: true,
        name: "General",
      });
      return {
        ...activity,
        type: "message",
        text: `<at>Delegate</at> ${text}`,
        textFormat: "plain",
        channelData: {
          ...activity.channelData,
          teamsTeamId: "19:team@thread.tacv2",
          teamsChannelId: "19:5e8d1b7c8b5a4b0c9a3f@thread.tacv2",
          team: { id: "19:team@thread.tacv2" },
          channel: { id: "19:5e8d1b7c8b5a4b0c9a3f@thread.tacv2" },
        },
        entities: [
          ...activity.entities,
          { type: "mention", mentioned: { id: BOT_ID, name: "Delegate" }, text: "<at>Delegate</at>" },
        ],
      };
    },
    cardSubmit(value, fields = {}) {
      return {
        ...base(fields, { id: fields.conversationId ?? PERSONAL_CONVERSATION, conversationType: "personal" }),
        type: "message",
        replyToId: "1709540000000",
        value,
      };
    },
    installation(fields = {}) {
      const { action = "add", scope = "personal" } = fields;
      const activity = scope === "team" ? inTeam(fields) : inPersonalChat(fields);
      return { ...activity, type: "installationUpdate", action };
    },
    membersAdded(members, fields = {}) {
      const activity = fields.scope === "personal" ? inPersonalChat(fields) : inTeam(fields);
      return { ...activity, type: "conversationUpdate", membersAdded: members };
    },
    personalAddress: () => conversationAddress(TENANT_ID, PERSONAL_CONVERSATION),
    channelAddress: () => conversationAddress(TENANT_ID, CHANNEL_THREAD),
    async stop() {
      await adapter.stop();
      if (botUrl) await http.close();
      await connector.close();
      await openid.close();
    },
  };
}
