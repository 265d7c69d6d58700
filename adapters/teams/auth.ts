/**
 * Bot Framework authentication for the adapter: botbuilder's
 * `ConfigurationBotFrameworkAuthentication`, built from the parsed environment, with two
 * changes.
 *
 * 1. Any failure while verifying an inbound token becomes an `AuthenticationError` (401).
 *    botbuilder throws a plain error for a token signed by a key it does not know or one
 *    with `alg: none`, which `CloudAdapter.process` answers with 500 (and the channel
 *    then retries a forged request).
 * 2. Connector clients lose botbuilder's own HTTP retry policy (3 retries: 5xx with
 *    exponential backoff from 1 s, 429 only with `Retry-After`, whatever its length), so
 *    that `retry.ts` alone decides, with bounded waits, and the pacer sees every attempt.
 * 3. Work botbuilder repeats on every turn is done once: a token already verified for the
 *    same channel and service URL is trusted until it expires (verified-tokens.ts), and
 *    connector and user-token clients are built once per app id and service URL instead
 *    of per turn. Together these were about a fifth of the CPU of a turn (`npm run bench`).
 */
import type { Activity } from "botbuilder";
import { ConfigurationBotFrameworkAuthentication } from "botbuilder";
import {
  type AuthenticateRequestResult,
  AuthenticationError,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type ServiceClientCredentialsFactory,
  type UserTokenClient,
} from "botframework-connector";
import type { TeamsConfig } from "./config.js";
import { tokenExpiry, VerifiedTokens, type VerifiedTokensOptions } from "./verified-tokens.js";

/** Name of the retry policy azure's HTTP pipeline adds to every connector client. */
const SDK_RETRY_POLICY = "defaultRetryPolicy";

/** Service URLs are a handful per cloud; past this many, the client cache starts over. */
const MAX_CLIENTS_PER_APP = 100;

/**
 * The outbound credentials of one request: adds the `Authorization` header.
 * @example await credentials.signRequest(request); // request.headers now carries "authorization: Bearer …"
 */
export interface OutboundCredentials {
  signRequest<R extends { headers: { set(name: string, value: string): void } }>(request: R): Promise<R>;
}

/**
 * botbuilder's `ServiceClientCredentialsFactory`, as a structural type, so that tests can
 * provide one without importing botframework-connector.
 * @example
 * const factory: OutboundCredentialsFactory = {
 *   isValidAppId: async (id) => id === appId,
 *   isAuthenticationDisabled: async () => false,
 *   createCredentials: async () => ({ signRequest: async (request) => { request.headers.set("authorization", `Bearer ${await token()}`); return request; } }),
 * };
 */
export interface OutboundCredentialsFactory {
  isValidAppId(appId: string): Promise<boolean>;
  isAuthenticationDisabled(): Promise<boolean>;
  createCredentials(
    appId: string,
    audience: string | undefined,
    loginEndpoint: string,
    validateAuthority: boolean,
  ): Promise<OutboundCredentials>;
}

/**
 * Options of {@link createAuthentication}.
 * @example createAuthentication(config, { credentialsFactory: localCredentialsFactory() })
 */
export interface AuthenticationOptions {
  /**
   * Outbound credentials. Production leaves this unset: botbuilder builds MSAL-based ones
   * from `MicrosoftAppId`/`MicrosoftAppPassword`/`MicrosoftAppType`/`MicrosoftAppTenantId`.
   * Tests pass a factory that fetches tokens from a local token server.
   */
  credentialsFactory?: OutboundCredentialsFactory;
  /** Tuning of the cache of verified inbound tokens (see verified-tokens.ts). */
  verifiedTokens?: VerifiedTokensOptions;
  /** Called once per connector client whose retry policy could not be removed. */
  onRetryPolicyKept?: () => void;
}

/**
 * @example const auth = createAuthentication(loadTeamsConfig(process.env)); const cloud = new CloudAdapter(auth);
 */
export function createAuthentication(
  config: TeamsConfig,
  options: AuthenticationOptions = {},
): ConfigurationBotFrameworkAuthentication {
  return new StrictAuthentication(config.botFrameworkOptions, options);
}

class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly verified: VerifiedTokens<Omit<AuthenticateRequestResult, "connectorFactory">>;
  /** One connector factory per bot app id, each reusing its clients. */
  private readonly factories = new Map<string, ConnectorFactory>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(
    botFrameworkOptions: Record<string, string>,
    private readonly options: AuthenticationOptions,
  ) {
    super(botFrameworkOptions, options.credentialsFactory as ServiceClientCredentialsFactory | undefined);
    this.verified = new VerifiedTokens(options.verifiedTokens);
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    const key = VerifiedTokens.key(authHeader, activity.channelId, activity.serviceUrl);
    const known = this.verified.get(key) ?? (await this.verify(activity, authHeader, key));
    return { ...known, connectorFactory: this.createConnectorFactory(known.claimsIdentity) };
  }

  private async verify(
    activity: Activity,
    authHeader: string,
    key: string,
  ): Promise<Omit<AuthenticateRequestResult, "connectorFactory">> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      throw Object.assign(new AuthenticationError("Unauthorized: the token could not be verified", 401), {
        cause: error,
      });
    }
    const { connectorFactory: _unused, ...verified } = result;
    const expiresAt = tokenExpiry(result.claimsIdentity.claims);
    return expiresAt === undefined ? verified : this.verified.remember(key, verified, expiresAt);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    let factory = this.factories.get(appId);
    if (!factory) {
      factory = this.reusingClients(super.createConnectorFactory(claimsIdentity));
      this.factories.set(appId, factory);
    }
    return factory;
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const appId = appIdOf(claimsIdentity);
    let client = this.userTokenClients.get(appId);
    if (!client) {
      client = super.createUserTokenClient(claimsIdentity);
      this.userTokenClients.set(appId, client);
      client.catch(() => this.userTokenClients.delete(appId));
    }
    return client;
  }

  /**
   * A factory that builds one connector client per service URL and audience and reuses it
   * (botbuilder builds a new one, with a new HTTP pipeline, on every turn). A client holds
   * no per-conversation state; its credentials cache their own token.
   */
  private reusingClients(inner: ConnectorFactory): ConnectorFactory {
    const clients = new Map<string, Promise<ConnectorClient>>();
    return {
      create: (serviceUrl: string, audience?: string): Promise<ConnectorClient> => {
        const key = `${audience ?? ""}\n${serviceUrl}`;
        let client = clients.get(key);
        if (!client) {
          if (clients.size >= MAX_CLIENTS_PER_APP) clients.clear();
          client = inner.create(serviceUrl, audience).then((created) => {
            if (!removeSdkRetryPolicy(created)) this.options.onRetryPolicyKept?.();
            return created;
          });
          clients.set(key, client);
          client.catch(() => clients.delete(key));
        }
        return client;
      },
    };
  }
}

/** The bot's app id a verified identity speaks to (botbuilder's own rule: `aud`, else `appid`). */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue("aud") ?? identity.getClaimValue("appid") ?? "";
}

/**
 * Removes the azure pipeline's retry policy from a connector client. The pipeline is a
 * private field of botbuilder's compat layer, so this checks the shape and reports
 * whether it succeeded instead of assuming.
 */
function removeSdkRetryPolicy(client: ConnectorClient): boolean {
  const pipeline = (client as unknown as { client?: { pipeline?: { removePolicy?: unknown } } }).client
    ?.pipeline;
  if (typeof pipeline?.removePolicy !== "function") return false;
  const removed = (pipeline.removePolicy as (options: { name: string }) => unknown[]).call(pipeline, {
    name: SDK_RETRY_POLICY,
  });
  return Array.isArray(removed) && removed.length > 0;
}
