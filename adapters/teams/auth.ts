/**
 * Inbound authentication: the Bearer token the Bot Connector sends with every activity,
 * verified here with jose against the channel's OpenID metadata
 * (`ToBotFromChannelOpenIdMetadataUrl`, the public cloud's by default). The Agents SDK's
 * own `authorizeJWT` is not used: it finds signing keys from the token's issuer or the
 * login authority rather than from a configurable metadata URL, and it accepts a token
 * without a `serviceurl` claim and from a key not endorsed for the channel. Checked here,
 * as the Bot Framework specifies for channel tokens:
 *
 * - `Authorization: Bearer <JWT>`; RS256/RS384/RS512 only (so never `alg: none`);
 * - a signing key of the metadata's JWKS, by `kid`, endorsed for the activity's channel;
 * - issuer `ToBotFromChannelTokenIssuer`, audience the app id, `exp`/`nbf` with 5 minutes
 *   of clock tolerance;
 * - a `serviceurl` claim equal to the activity's `serviceUrl`.
 *
 * Every failure is a 401 ({@link TeamsAuthError}); only metadata that cannot be fetched
 * is a 503, so that the channel retries. A token verified once is trusted, for the same
 * channel and service URL, until its `exp` and at most 5 minutes (`verified-tokens.ts`).
 */
import { decodeProtectedHeader, importJWK, type JWK, type JWTPayload, jwtVerify } from "jose";
import type { TeamsEndpoints } from "./config.js";
import { tokenExpiry, VerifiedTokens, type VerifiedTokensOptions } from "./verified-tokens.js";

/** Signature algorithms the Bot Framework signs channel tokens with. */
const ALGORITHMS = ["RS256", "RS384", "RS512"];
/** The Bot Framework's clock tolerance for `exp` and `nbf`. */
const CLOCK_TOLERANCE_S = 300;
/** Keys are re-read this often even when every kid is known. */
const KEYS_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** An unknown kid re-reads the keys at most this often (a stream of forged kids cannot make us hammer the metadata). */
const UNKNOWN_KID_REFRESH_MS = 5 * 60 * 1000;
/** How long a metadata or JWKS request may take. */
const FETCH_TIMEOUT_MS = 10_000;

/**
 * Why a request was not authenticated: 401 for anything wrong with the token, 503 when
 * the signing keys could not be read.
 * @example if (error instanceof TeamsAuthError) answer(response, error.status, "unauthorized");
 */
export class TeamsAuthError extends Error {
  constructor(
    readonly status: 401 | 503,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "TeamsAuthError";
  }
}

/** The request fields verification reads besides the header. */
export interface ActivityOrigin {
  channelId?: string;
  serviceUrl?: string;
}

type SigningKey = { jwk: JWK & { endorsements?: unknown }; key?: Awaited<ReturnType<typeof importJWK>> };

/**
 * The channel's signing keys: OpenID metadata → `jwks_uri` → keys by kid, re-read daily
 * and when an unknown kid shows up (at most every 5 minutes).
 * @example const key = await new SigningKeys(metadataUrl).find("local-channel-key");
 */
export class SigningKeys {
  private keys = new Map<string, SigningKey>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly metadataUrl: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key with this kid, or undefined when the metadata does not publish it. */
  async find(kid: string): Promise<SigningKey | undefined> {
    const age = this.now() - this.loadedAt;
    if (age > KEYS_MAX_AGE_MS || (!this.keys.has(kid) && age > UNKNOWN_KID_REFRESH_MS)) await this.load();
    return this.keys.get(kid);
  }

  private load(): Promise<void> {
    this.loading ??= this.fetchKeys().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async fetchKeys(): Promise<void> {
    try {
      const metadata = (await getJson(this.metadataUrl)) as { jwks_uri?: unknown };
      if (typeof metadata.jwks_uri !== "string") throw new Error("the OpenID metadata has no jwks_uri");
      const jwks = (await getJson(metadata.jwks_uri)) as { keys?: unknown };
      if (!Array.isArray(jwks.keys)) throw new Error("the JWKS has no keys");
      const keys = new Map<string, SigningKey>();
      for (const jwk of jwks.keys as Array<JWK & { endorsements?: unknown }>) {
        if (typeof jwk?.kid === "string") keys.set(jwk.kid, { jwk, key: this.keys.get(jwk.kid)?.key });
      }
      this.keys = keys;
      this.loadedAt = this.now();
    } catch (error) {
      // Keep serving the keys we had; without any, the request cannot be verified.
      if (this.keys.size > 0) return;
      throw new TeamsAuthError(503, "the channel's signing keys could not be read", { cause: error });
    }
  }
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/**
 * Options of {@link ChannelTokenVerifier}.
 * @example new ChannelTokenVerifier(config.endpoints, config.appId, { verifiedTokens: { maxAgeMs: 60_000 } })
 */
export interface ChannelTokenVerifierOptions {
  verifiedTokens?: VerifiedTokensOptions;
}

/**
 * Verifies the channel's tokens (see the module comment).
 * @example
 * const verifier = new ChannelTokenVerifier(config.endpoints, config.appId);
 * const claims = await verifier.authenticate(request.headers.authorization, activity); // or throws TeamsAuthError
 */
export class ChannelTokenVerifier {
  private readonly keys: SigningKeys;
  private readonly verified: VerifiedTokens<JWTPayload>;

  constructor(
    private readonly endpoints: Pick<TeamsEndpoints, "openIdMetadataUrl" | "tokenIssuer">,
    private readonly appId: string,
    options: ChannelTokenVerifierOptions = {},
  ) {
    this.keys = new SigningKeys(endpoints.openIdMetadataUrl);
    this.verified = new VerifiedTokens(options.verifiedTokens);
  }

  /** The verified claims, from the cache when this header was verified for the same channel and service URL. */
  async authenticate(authorization: string | undefined, origin: ActivityOrigin): Promise<JWTPayload> {
    const header = authorization ?? "";
    const key = VerifiedTokens.key(header, origin.channelId, origin.serviceUrl);
    const known = this.verified.get(key);
    if (known) return known;
    const claims = await this.verify(header, origin);
    const expiresAt = tokenExpiry([{ type: "exp", value: claims.exp }]);
    return expiresAt === undefined ? claims : this.verified.remember(key, claims, expiresAt);
  }

  /** Verifies one header afresh; throws {@link TeamsAuthError}. */
  async verify(authorization: string, origin: ActivityOrigin): Promise<JWTPayload> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
    if (!token) throw unauthorized("no Bearer token");
    let alg: string | undefined;
    let kid: string | undefined;
    try {
      ({ alg, kid } = decodeProtectedHeader(token));
    } catch (error) {
      throw unauthorized("the token is not a JWT", error);
    }
    if (!alg || !ALGORITHMS.includes(alg)) throw unauthorized(`algorithm ${alg ?? "none"} is not accepted`);
    if (!kid) throw unauthorized("the token names no signing key");
    const signingKey = await this.keys.find(kid);
    if (!signingKey) throw unauthorized("the token is signed by an unknown key");
    const endorsements = signingKey.jwk.endorsements;
    if (Array.isArray(endorsements) && !endorsements.includes(origin.channelId)) {
      throw unauthorized(`the signing key is not endorsed for channel ${origin.channelId ?? "(none)"}`);
    }
    let payload: JWTPayload;
    try {
      signingKey.key ??= await importJWK(signingKey.jwk, alg);
      ({ payload } = await jwtVerify(token, signingKey.key, {
        algorithms: ALGORITHMS,
        issuer: this.endpoints.tokenIssuer,
        audience: this.appId,
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ["exp"],
      }));
    } catch (error) {
      throw unauthorized("the token did not verify", error);
    }
    if (typeof payload.serviceurl !== "string" || payload.serviceurl !== origin.serviceUrl) {
      throw unauthorized("the token's serviceurl claim does not match the activity");
    }
    return payload;
  }
}

function unauthorized(message: string, cause?: unknown): TeamsAuthError {
  return new TeamsAuthError(401, `Unauthorized: ${message}`, cause === undefined ? undefined : { cause });
}
