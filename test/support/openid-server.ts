/**
 * A local stand-in for the Bot Framework's identity side, on 127.0.0.1:
 *
 * - OpenID metadata and a JWKS whose key carries `endorsements: ["msteams", "emulator"]`,
 *   for the tokens the "channel" signs when it calls the bot (`channelToken`);
 * - an AAD-like token endpoint (`/<tenant>/oauth2/v2.0/token`, client credentials) that
 *   issues the bot's outbound tokens, which the fake Bot Connector verifies;
 * - `credentialsFactory()`: an outbound token source that fetches those tokens, so that
 *   nothing reaches the internet;
 * - the same JWKS under `/<tenant>/discovery/v2.0/keys`, where the Agents SDK's own JWT
 *   middleware looks for keys (the bare SDK bot of the benchmark and the auth tests).
 *
 * Tokens are signed with local RSA keys (jose). `teamsEnv()` gives the full set of
 * Bot Framework endpoint variables pointing here (the adapter needs all of them once one
 * is set).
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWK, jwtVerify, SignJWT } from "jose";
import type { OutboundTokenSource } from "../../adapters/teams/index.js";

/**
 * The app id the tests' bot is registered with.
 * @example await openid.channelToken({ serviceUrl, audience: TEST_APP_ID })
 */
export const TEST_APP_ID = "5a1f3d0e-8a5e-4a3b-9a62-1f1de0c0ffee";
/**
 * The password the tests' bot presents to the token endpoint.
 * @example localCredentialsFactory(TEST_APP_ID, TEST_APP_PASSWORD)
 */
export const TEST_APP_PASSWORD = "local-test-secret";
/**
 * The `kid` of the trusted signing key.
 * @example openid.unsignedToken(serviceUrl, TRUSTED_KID)
 */
export const TRUSTED_KID = "local-channel-key";

/**
 * Options of {@link OpenIdServer.channelToken}.
 * @example await openid.channelToken({ serviceUrl: connector.url, key: "foreign" })
 */
export interface ChannelTokenOptions {
  serviceUrl: string;
  audience?: string;
  issuer?: string;
  /** Seconds from now; negative for an expired token. Default 3600. */
  expiresIn?: number;
  /** Sign with a key the JWKS does not hold, under the trusted kid (`"foreign"`) or an unknown kid (`"unknown-kid"`). */
  key?: "trusted" | "foreign" | "unknown-kid";
  /** Omit the `serviceurl` claim, or set another one. */
  serviceUrlClaim?: string | null;
}

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

let keys: Promise<[KeyPair, KeyPair, KeyPair]> | undefined;

/** Three RSA key pairs, made once per process (2048-bit key generation is slow). */
function processKeys(): Promise<[KeyPair, KeyPair, KeyPair]> {
  keys ??= Promise.all([
    generateKeyPair("RS256", { extractable: true }),
    generateKeyPair("RS256", { extractable: true }),
    generateKeyPair("RS256", { extractable: true }),
  ]);
  return keys;
}

/**
 * @example
 * const openid = await OpenIdServer.start();
 * const token = await openid.channelToken({ serviceUrl: connector.url });
 * await openid.close();
 */
export class OpenIdServer {
  /** The issuer of channel tokens (what `ToBotFromChannelTokenIssuer` is set to). */
  readonly channelIssuer = "https://api.botframework.test";
  private issued = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly channelKey: KeyPair,
    private readonly foreignKey: KeyPair,
    private readonly outboundKey: KeyPair,
    private readonly jwks: JWK[],
  ) {}

  static async start(): Promise<OpenIdServer> {
    const [channelKey, foreignKey, outboundKey] = await processKeys();
    const jwks: JWK[] = [
      {
        ...(await exportJWK(channelKey.publicKey)),
        kid: TRUSTED_KID,
        use: "sig",
        alg: "RS256",
        endorsements: ["msteams", "emulator"],
      } as JWK,
    ];
    let self: OpenIdServer | undefined;
    const server = createServer((request, response) => {
      if (!self) return response.writeHead(503).end();
      self.handle(request, response).catch(() => response.writeHead(500).end());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    self = new OpenIdServer(server, url, channelKey, foreignKey, outboundKey, jwks);
    return self;
  }

  /** Where the adapter reads the metadata (`ToBotFromChannelOpenIdMetadataUrl`). */
  get metadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  /** Outbound tokens issued so far by the token endpoint. */
  get outboundTokensIssued(): number {
    return this.issued;
  }

  /**
   * The Bot Framework variables for a bot registered as `appId`, every endpoint pointing here.
   * @example loadTeamsConfig(openid.teamsEnv())
   */
  teamsEnv(appId = TEST_APP_ID): Record<string, string> {
    return {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: TEST_APP_PASSWORD,
      MicrosoftAppType: "SingleTenant",
      MicrosoftAppTenantId: "botframework.test",
      ToBotFromChannelOpenIdMetadataUrl: this.metadataUrl,
      ToBotFromChannelTokenIssuer: this.channelIssuer,
      ToBotFromEmulatorOpenIdMetadataUrl: this.metadataUrl,
      ToChannelFromBotLoginUrl: `${this.url}/botframework.test`,
      ToChannelFromBotOAuthScope: "https://api.botframework.test",
      OAuthUrl: `${this.url}/oauth`,
      CallerId: "urn:botframework:test",
      ValidateAuthority: "false",
    };
  }

  /**
   * A token as the channel sends it to the bot (`Authorization: Bearer …`).
   * @example await openid.channelToken({ serviceUrl: connector.url, expiresIn: -600 }) // expired 10 min ago
   */
  async channelToken(options: ChannelTokenOptions): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = options.expiresIn ?? 3600;
    const claims: Record<string, unknown> = {};
    if (options.serviceUrlClaim !== null) claims.serviceurl = options.serviceUrlClaim ?? options.serviceUrl;
    const key = options.key ?? "trusted";
    return new SignJWT(claims)
      .setProtectedHeader({
        alg: "RS256",
        typ: "JWT",
        kid: key === "unknown-kid" ? "some-other-key" : TRUSTED_KID,
      })
      .setIssuer(options.issuer ?? this.channelIssuer)
      .setAudience(options.audience ?? TEST_APP_ID)
      .setIssuedAt(Math.min(now, now + expiresIn - 60))
      .setNotBefore(Math.min(now, now + expiresIn - 60))
      .setExpirationTime(now + expiresIn)
      .sign(key === "trusted" ? this.channelKey.privateKey : this.foreignKey.privateKey);
  }

  /**
   * An unsigned token (`alg: none`) with otherwise valid claims and the trusted kid.
   * @example await openid.unsignedToken(connector.url)
   */
  unsignedToken(serviceUrl: string, kid: string | undefined = TRUSTED_KID): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: "none", typ: "JWT", ...(kid ? { kid } : {}) };
    const payload = {
      iss: this.channelIssuer,
      aud: TEST_APP_ID,
      serviceurl: serviceUrl,
      iat: now,
      nbf: now,
      exp: now + 3600,
    };
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    return `${encode(header)}.${encode(payload)}.`;
  }

  /**
   * True when `authorization` is `Bearer <a token this server issued to appId>`.
   * @example await openid.verifyOutbound(request.headers.authorization)
   */
  async verifyOutbound(authorization: string | undefined, appId = TEST_APP_ID): Promise<boolean> {
    const token = authorization?.match(/^Bearer (.+)$/)?.[1];
    if (!token) return false;
    try {
      const { payload } = await jwtVerify(token, this.outboundKey.publicKey, {
        issuer: `${this.url}/botframework.test/v2.0`,
        audience: "https://api.botframework.test",
      });
      return payload.appid === appId;
    } catch {
      // Not signed by this server, expired, or for another audience.
      return false;
    }
  }

  /**
   * The outbound token source for the adapter: a client-credentials request to the login
   * URL the adapter passes in (`ToChannelFromBotLoginUrl`), the token cached until it expires.
   * @example createTeamsAdapter(config, { credentialsFactory: openid.credentialsFactory() })
   */
  credentialsFactory(appId = TEST_APP_ID, password = TEST_APP_PASSWORD): OutboundTokenSource {
    return localCredentialsFactory(appId, password);
  }

  /**
   * What the bare Agents SDK echo bot (bench/teams-baseline.ts) needs to trust this
   * server's channel tokens and get outbound tokens from it.
   * @example await startBareEchoBot(openid.bareBotOptions())
   */
  bareBotOptions(appId = TEST_APP_ID) {
    const env = this.teamsEnv(appId);
    return {
      appId,
      loginUrl: env.ToChannelFromBotLoginUrl as string,
      issuer: this.channelIssuer,
      scope: env.ToChannelFromBotOAuthScope as string,
      tokens: this.credentialsFactory(appId),
    };
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private async handle(
    request: import("node:http").IncomingMessage,
    response: import("node:http").ServerResponse,
  ): Promise<void> {
    const path = (request.url ?? "/").split("?")[0];
    const json = (status: number, body: unknown): void => {
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    if (request.method === "GET" && path === "/v1/.well-known/openidconfiguration") {
      return json(200, {
        issuer: this.channelIssuer,
        authorization_endpoint: `${this.url}/authorize`,
        jwks_uri: `${this.url}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["private_key_jwt"],
      });
    }
    if (
      request.method === "GET" &&
      (path === "/v1/.well-known/keys" || path?.endsWith("/discovery/v2.0/keys"))
    )
      return json(200, { keys: this.jwks });
    const tokenPath = path?.match(/^\/([^/]+)\/oauth2\/v2\.0\/token$/);
    if (request.method === "POST" && tokenPath) {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
      if (
        form.get("grant_type") !== "client_credentials" ||
        form.get("client_secret") !== TEST_APP_PASSWORD
      ) {
        return json(401, { error: "invalid_client" });
      }
      const scope = (form.get("scope") ?? "").replace(/\/\.default$/, "");
      this.issued += 1;
      const token = await new SignJWT({ appid: form.get("client_id"), tid: tokenPath[1] })
        .setProtectedHeader({ alg: "RS256", kid: "outbound" })
        .setIssuer(`${this.url}/${tokenPath[1]}/v2.0`)
        .setAudience(scope)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(this.outboundKey.privateKey);
      return json(200, { token_type: "Bearer", expires_in: 3600, access_token: token });
    }
    response.writeHead(404).end();
  }
}

/**
 * An outbound token source that fetches client-credentials tokens from the login URL the
 * adapter passes in (`ToChannelFromBotLoginUrl`, pointing at an {@link OpenIdServer}),
 * each cached until it expires. Usable in another process than the server's (the
 * benchmark's bot).
 * @example createTeamsAdapter(config, { credentialsFactory: localCredentialsFactory() })
 */
export function localCredentialsFactory(
  appId = TEST_APP_ID,
  password = TEST_APP_PASSWORD,
): OutboundTokenSource {
  const cache = new Map<string, { token: string; expires: number }>();
  return {
    async getAccessToken(scope, loginUrl) {
      const key = `${loginUrl} ${scope}`;
      const cached = cache.get(key);
      if (cached && cached.expires > Date.now() + 60_000) return cached.token;
      const response = await fetch(`${loginUrl}/oauth2/v2.0/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: appId,
          client_secret: password,
          scope: `${scope}/.default`,
        }),
      });
      if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
      const body = (await response.json()) as { access_token: string; expires_in: number };
      cache.set(key, { token: body.access_token, expires: Date.now() + body.expires_in * 1000 });
      return body.access_token;
    },
  };
}
