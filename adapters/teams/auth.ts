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
} from "botframework-connector";
import type { TeamsConfig } from "./config.js";

/** Name of the retry policy azure's HTTP pipeline adds to every connector client. */
const SDK_RETRY_POLICY = "defaultRetryPolicy";

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
  constructor(
    botFrameworkOptions: Record<string, string>,
    private readonly options: AuthenticationOptions,
  ) {
    super(botFrameworkOptions, options.credentialsFactory as ServiceClientCredentialsFactory | undefined);
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      throw Object.assign(new AuthenticationError("Unauthorized: the token could not be verified", 401), {
        cause: error,
      });
    }
    if (result.connectorFactory) result.connectorFactory = this.withoutSdkRetries(result.connectorFactory);
    return result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.withoutSdkRetries(super.createConnectorFactory(claimsIdentity));
  }

  private withoutSdkRetries(inner: ConnectorFactory): ConnectorFactory {
    return {
      create: async (serviceUrl: string, audience?: string): Promise<ConnectorClient> => {
        const client = await inner.create(serviceUrl, audience);
        if (!removeSdkRetryPolicy(client)) this.options.onRetryPolicyKept?.();
        return client;
      },
    };
  }
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
