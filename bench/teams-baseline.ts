/**
 * A bare Microsoft 365 Agents SDK echo bot: the SDK's `CloudAdapter` behind its own JWT
 * middleware (`authorizeJWT`) on a node HTTP server, and a turn that only echoes the text.
 * No core, no store, no pacing, no retries, no reuse of connector clients. It is the
 * yardstick of the Teams benchmark (`bench/teams.ts`) and shows in the tests what the SDK
 * alone accepts. Test-only code: it lives in `bench/`, outside the production folders.
 *
 * It is pointed at the local OpenID server the way the SDK allows: `authority` is the
 * local login URL, whose `/discovery/v2.0/keys` the SDK reads the signing keys from, and
 * `issuers` names the local issuer. Outbound tokens come from the local token server
 * through the SDK's `Connections` port (MSAL does not accept an `http://` authority).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type AuthConfiguration,
  type AuthProvider,
  authorizeJWT,
  CloudAdapter,
  type Connections,
  type ConnectorClient,
  getAuthConfigWithDefaults,
  type Request,
} from "@microsoft/agents-hosting";
import { answer, BodyError, readJsonBody, toSdkRequest, toSdkResponse } from "../adapters/teams/http.js";
import type { OutboundTokenSource } from "../adapters/teams/index.js";
import { PooledConnectorClient } from "../adapters/teams/transport.js";

/** The SDK's adapter with each turn's connector client on the pooled transport (still one client per turn). */
class PooledCloudAdapter extends CloudAdapter {
  tokens: () => Promise<string> = async () => "";

  protected override async createConnectorClientWithIdentity(
    _identity: Parameters<CloudAdapter["createConnectorClientWithIdentity"]>[0],
    activity: Parameters<CloudAdapter["createConnectorClientWithIdentity"]>[1],
  ): Promise<ConnectorClient> {
    return PooledConnectorClient.withToken(activity.serviceUrl ?? "", await this.tokens());
  }
}

/**
 * A running bare echo bot.
 * @example const bare: BareEchoBot = await startBareEchoBot(options); bare.turns();
 */
export interface BareEchoBot {
  /** Base URL; activities go to `${url}/api/messages`. */
  url: string;
  /** Turns run so far. */
  turns(): number;
  close(): Promise<void>;
}

/**
 * Where the bare bot trusts tokens from and gets its own.
 * @example { appId: TEST_APP_ID, loginUrl: `${openid.url}/botframework.test`, issuer: openid.channelIssuer, scope: "https://api.botframework.test", tokens: localCredentialsFactory() }
 */
export interface BareEchoBotOptions {
  appId: string;
  /** The login authority: the SDK reads signing keys from `<loginUrl>/discovery/v2.0/keys`. */
  loginUrl: string;
  issuer: string;
  /** The OAuth scope of the bot's outbound tokens. */
  scope: string;
  tokens: OutboundTokenSource;
  /**
   * Send replies through the adapter's pooled transport (`adapters/teams/transport.ts`)
   * instead of the SDK's `fetch`: the yardstick for what the bot costs over an SDK app
   * that makes the same transport choice.
   */
  pooledTransport?: boolean;
}

/**
 * @example
 * const bare = await startBareEchoBot(options);
 * await fetch(`${bare.url}/api/messages`, { method: "POST", headers, body });
 * await bare.close();
 */
export async function startBareEchoBot(options: BareEchoBotOptions): Promise<BareEchoBot> {
  const authConfig: AuthConfiguration = {
    clientId: options.appId,
    clientSecret: "unused: tokens come from options.tokens",
    authority: options.loginUrl,
    issuers: [options.issuer],
    validateIssuer: true,
  };
  const resolved = getAuthConfigWithDefaults(authConfig);
  const cloud = options.pooledTransport ? new PooledCloudAdapter(resolved) : new CloudAdapter(resolved);
  const provider = {
    getAccessToken: (scope: string) =>
      options.tokens.getAccessToken(
        scope === "https://api.botframework.com" ? options.scope : scope,
        options.loginUrl,
      ),
  } as unknown as AuthProvider;
  const connections: Connections = {
    getConnection: () => provider,
    getDefaultConnection: () => provider,
    getTokenProvider: () => provider,
    getTokenProviderFromActivity: () => provider,
    getDefaultConnectionConfiguration: () => resolved,
  };
  cloud.connectionManager = connections;
  if (cloud instanceof PooledCloudAdapter) cloud.tokens = () => provider.getAccessToken(options.scope);
  const authorize = authorizeJWT(resolved);
  let turns = 0;
  const server = createServer((request, response) => {
    const handle = async () => {
      let body: Record<string, unknown>;
      try {
        body = await readJsonBody(request);
      } catch (error) {
        if (error instanceof BodyError) return answer(response, error.status, error.message);
        throw error;
      }
      const sdkRequest: Request = toSdkRequest(request, body, undefined);
      const sdkResponse = toSdkResponse(response);
      // The middleware answers 401 itself, or calls next() (without awaiting it).
      let authorized = false;
      await authorize(sdkRequest, sdkResponse, () => {
        authorized = true;
      });
      if (!authorized) return;
      await cloud.process(sdkRequest, sdkResponse, async (context) => {
        turns += 1;
        if (context.activity.type === "message")
          await context.sendActivity(`echo: ${context.activity.text ?? ""}`);
      });
    };
    handle().catch(() => answer(response, 500, "internal error"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    turns: () => turns,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
