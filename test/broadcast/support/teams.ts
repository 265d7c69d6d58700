/**
 * The Teams side of the broadcast tests: the fake Bot Connector (with its own rate limits),
 * the local OpenID server for the bot's tokens, an optional fault proxy in front of the
 * connector, and the real Teams adapter. Users are seeded in the adapter's own store the
 * way it records them on their first message (conversation references), so that 2,000 of
 * them need no 2,000 inbound turns.
 */
import {
  conversationAddress,
  createTeamsAdapter,
  loadTeamsConfig,
  userAddress,
} from "../../../adapters/teams/index.js";
import { ReferenceStore } from "../../../adapters/teams/references.js";
import type { Store } from "../../../bot/store/port.js";
import type { Address, UserRef } from "../../../bot/types.js";
import { FakeConnector } from "../../support/fake-connector/index.js";
import { OpenIdServer, TEST_APP_ID } from "../../support/openid-server.js";
import { SECRETARIAT_EMAIL, type TestPerson } from "./core.js";
import { type ProxiedRequest, type ProxyFault, startFaultProxy } from "./proxy.js";

export const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const BOT_ID = `28:${TEST_APP_ID}`;

/** A user's bot-scoped Teams id, and their personal conversation with the bot. */
export const teamsUserId = (index: number) => `29:user-${index}`;
export const personalConversation = (index: number) => `a:dm-${index}`;

/** The Secretariat member, and their personal conversation with the bot. */
export const teamsSecretariat: { user: UserRef; dm: Address; conversation: string } = {
  user: {
    id: userAddress(TENANT, "29:secretariat"),
    displayName: "Secretariat",
    verifiedEmail: SECRETARIAT_EMAIL,
    isBot: false,
    isMe: false,
  },
  dm: conversationAddress(TENANT, "a:dm-secretariat"),
  conversation: "a:dm-secretariat",
};

/**
 * @example const tenant = await teamsTenant(2_000, { tenantPerSecond: 30 }); … await tenant.seed(bot.store);
 */
export async function teamsTenant(
  count: number,
  options: {
    /** Posts per second per tenant, in the adapter and in the fake (Teams: 30). */
    tenantPerSecond?: number;
    /** People who never wrote to the bot: no conversation reference at all. */
    neverSeen?: readonly number[];
    /** People with a user record but no personal conversation yet (the bot must create it). */
    withoutConversation?: readonly number[] | "all";
    fault?: (request: ProxiedRequest) => ProxyFault | undefined;
  } = {},
) {
  const perSecond = options.tenantPerSecond ?? 30;
  const openid = await OpenIdServer.start();
  const connector = await FakeConnector.start({
    verifyAuth: (header) => openid.verifyOutbound(header),
    tenantPerSecond: perSecond,
  });
  const proxy = options.fault ? await startFaultProxy(connector.url, options.fault) : undefined;
  const serviceUrl = proxy?.url ?? connector.url;
  // The environment allows up to 50 per second (Teams' documented range); the functional
  // tests raise it in code to run fast, with the fake's own limit raised to match.
  const config = { ...loadTeamsConfig(openid.teamsEnv()), tenantMaxPerSecond: perSecond };
  const adapter = createTeamsAdapter(config, {
    credentialsFactory: openid.credentialsFactory(),
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
  });
  const people: TestPerson[] = Array.from({ length: count }, (_, i) => ({
    key: `p${i}@mission.example`,
    name: `Person ${i}`,
    userId: userAddress(TENANT, teamsUserId(i)),
    roles: ["delegate"],
  }));
  const neverSeen = new Set(options.neverSeen ?? []);
  const withoutConversation = options.withoutConversation;

  const reference = (
    conversationId: string,
    userId: string,
  ): Parameters<ReferenceStore["saveReference"]>[1] => ({
    channelId: "msteams",
    serviceUrl,
    conversation: {
      id: conversationId,
      tenantId: TENANT,
      conversationType: "personal",
      isGroup: false,
      name: "",
    },
    bot: { id: BOT_ID, name: "Delegate" },
    user: { id: userId, name: "" },
  });

  return {
    openid,
    connector,
    proxy,
    adapter,
    people,
    /** Writes what the adapter records on each person's first message (after the adapter started on `store`). */
    async seed(store: Store) {
      const references = new ReferenceStore(store.namespace("adapter:teams"));
      const record = (userId: string) => ({
        userId,
        tenantId: TENANT,
        serviceUrl,
        channelId: "msteams",
        botId: BOT_ID,
        botName: "Delegate",
      });
      await references.saveUser(teamsSecretariat.user.id, record("29:secretariat"));
      await references.saveReference(
        teamsSecretariat.dm,
        reference(teamsSecretariat.conversation, "29:secretariat"),
      );
      await references.saveDirect(teamsSecretariat.user.id, teamsSecretariat.dm);
      for (let i = 0; i < count; i += 1) {
        if (neverSeen.has(i)) continue;
        const user = userAddress(TENANT, teamsUserId(i));
        await references.saveUser(user, record(teamsUserId(i)));
        if (withoutConversation === "all" || withoutConversation?.includes(i)) continue;
        const dm = conversationAddress(TENANT, personalConversation(i));
        await references.saveReference(dm, reference(personalConversation(i), teamsUserId(i)));
        await references.saveDirect(user, dm);
      }
    },
    /** Activities the connector accepted in recipients' conversations (not the Secretariat's) that include `text`, by conversation. */
    postsWith(text: string): Map<string, number> {
      const byConversation = new Map<string, number>();
      for (const activity of connector.activities()) {
        if (
          activity.kind !== "send" ||
          activity.conversationId === teamsSecretariat.conversation ||
          !activity.text.includes(text)
        )
          continue;
        byConversation.set(activity.conversationId, (byConversation.get(activity.conversationId) ?? 0) + 1);
      }
      return byConversation;
    },
    /** Texts the Secretariat received (sends and updates, in order). */
    secretariatTexts(kind: "send" | "update"): string[] {
      return connector
        .activities()
        .filter(
          (activity) => activity.conversationId === teamsSecretariat.conversation && activity.kind === kind,
        )
        .map((activity) => activity.text);
    },
    async close() {
      await proxy?.close();
      await connector.close();
      await openid.close();
    },
  };
}
