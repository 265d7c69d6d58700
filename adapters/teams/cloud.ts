/**
 * The Agents SDK's `CloudAdapter` with the adapter's outbound rules:
 *
 * - connector clients get their token for the configured OAuth scope
 *   (`ToChannelFromBotOAuthScope`) from the configured login URL, through the SDK's MSAL
 *   token provider or, in tests, a local token source; the SDK alone asks for the public
 *   cloud's scope whatever the configuration says;
 * - a connector client is built once per service URL and token and reused (the SDK builds
 *   a new one, and a user-token client, on every turn); the user-token client is built once;
 * - connector clients have no retry of their own (the SDK's are plain `fetch`), so
 *   `retry.ts` alone decides, with bounded waits, and the pacer sees every attempt;
 * - connector clients send through undici's `request()` on a keep-alive pool rather than
 *   `fetch` (`transport.ts`).
 */
import type { Activity } from "@microsoft/agents-activity";
import {
  CloudAdapter,
  type ConnectorClient,
  type HeaderPropagationCollection,
  type UserTokenClient,
} from "@microsoft/agents-hosting";
import { sdkAuthConfiguration, type TeamsConfig } from "./config.js";
import { PooledConnectorClient } from "./transport.js";

/** The SDK's identity type (a JWT payload), named without importing jsonwebtoken. */
type JwtPayload = Exclude<Parameters<CloudAdapter["continueConversation"]>[0], string>;

/** Service URLs are a handful per cloud; past this many clients, the cache starts over. */
const MAX_CLIENTS = 100;

/**
 * Where outbound tokens come from when not from the SDK's MSAL provider (tests: a local
 * token server).
 * @example const source: OutboundTokenSource = { getAccessToken: async (scope, loginUrl) => fetchToken(loginUrl, scope) };
 */
export interface OutboundTokenSource {
  /** A bearer token for `scope`, from the login authority `loginUrl` (`ToChannelFromBotLoginUrl`). */
  getAccessToken(scope: string, loginUrl: string): Promise<string>;
}

/**
 * Kept for callers of the botbuilder era: the outbound credentials option is now a token source.
 * @example const factory: OutboundCredentialsFactory = localCredentialsFactory();
 */
export type OutboundCredentialsFactory = OutboundTokenSource;

/**
 * @example const cloud = new TeamsCloudAdapter(loadTeamsConfig(process.env)); await cloud.continueConversation(appId, reference, logic);
 */
export class TeamsCloudAdapter extends CloudAdapter {
  private readonly clients = new Map<string, ConnectorClient>();
  private userTokens: Promise<UserTokenClient> | undefined;

  constructor(
    private readonly config: TeamsConfig,
    private readonly tokenSource?: OutboundTokenSource,
  ) {
    super(sdkAuthConfiguration(config));
    // The SDK's default answers a failed turn with two messages to the user; ours logs instead.
    this.onTurnError = async (_context, error) => {
      throw error;
    };
  }

  protected override async createConnectorClientWithIdentity(
    _identity: JwtPayload,
    activity: Activity,
  ): Promise<ConnectorClient> {
    return this.connectorClient(activity.serviceUrl ?? "");
  }

  protected override async createConnectorClient(serviceUrl: string): Promise<ConnectorClient> {
    return this.connectorClient(serviceUrl);
  }

  protected override createUserTokenClient(
    identity: JwtPayload,
    tokenServiceEndpoint?: string,
    scope?: string,
    audience?: string,
    headers?: HeaderPropagationCollection,
  ): Promise<UserTokenClient> {
    this.userTokens ??= super.createUserTokenClient(
      this.config.devMode ? {} : identity,
      tokenServiceEndpoint,
      scope,
      audience,
      headers,
    );
    return this.userTokens;
  }

  /** The connector client for a service URL, with a current token (none in Emulator mode). */
  async connectorClient(serviceUrl: string): Promise<ConnectorClient> {
    const token = this.config.devMode ? "" : await this.accessToken(serviceUrl);
    const key = `${serviceUrl}\n${token}`;
    let client = this.clients.get(key);
    if (!client) {
      if (this.clients.size >= MAX_CLIENTS) this.clients.clear();
      client = PooledConnectorClient.withToken(serviceUrl, token);
      this.clients.set(key, client);
    }
    return client;
  }

  private accessToken(serviceUrl: string): Promise<string> {
    const { oauthScope, loginUrl } = this.config.endpoints;
    if (this.tokenSource) return this.tokenSource.getAccessToken(oauthScope, loginUrl);
    return this.connectionManager
      .getTokenProvider(CloudAdapter.createIdentity(this.config.appId), serviceUrl)
      .getAccessToken(oauthScope);
  }
}
