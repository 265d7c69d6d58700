/**
 * Inbound tokens already verified, so that one is checked once rather than on every
 * activity. The Bot Connector signs a token and reuses it for every request until shortly
 * before it expires (about an hour), so a busy bot sees the same token thousands of
 * times; verifying it (parsing, looking up and importing the signing key, an RSA
 * signature check) is the largest single cost of a turn.
 *
 * The key is the exact `Authorization` header together with the activity's `channelId`
 * and `serviceUrl`, the only request fields the verification (`auth.ts`) reads besides the
 * token; so a token presented with another service URL (the `serviceurl` claim check) or
 * from another channel (the endorsement check) is verified afresh. Only successes are
 * kept. An entry is forgotten at the token's own `exp` (verification accepts up to 5 minutes
 * past it, so this is never more lenient) and at most `maxAgeMs` after it was verified,
 * which bounds how long a signing key withdrawn from the OpenID metadata stays trusted.
 */

/** A claim as a type/value pair. */
interface Claim {
  type: string;
  value: unknown;
}

/**
 * Options of {@link VerifiedTokens}.
 * @example new VerifiedTokens({ maxEntries: 2_000, maxAgeMs: 300_000 })
 */
export interface VerifiedTokensOptions {
  /** Most entries kept; the oldest is dropped first. Default 2,000. */
  maxEntries?: number;
  /** Longest an entry is trusted after verification. Default 5 minutes. */
  maxAgeMs?: number;
  /** Injected for tests. */
  now?: () => number;
}

/**
 * A bounded map from a verified request's key to what its verification produced.
 * @example
 * const verified = new VerifiedTokens<Result>();
 * const key = VerifiedTokens.key(authHeader, activity.channelId, activity.serviceUrl);
 * const known = verified.get(key) ?? verified.remember(key, await verify(), expiresAt);
 */
export class VerifiedTokens<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(options: VerifiedTokensOptions = {}) {
    this.maxEntries = options.maxEntries ?? 2_000;
    this.maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * The cache key of one request.
   * @example VerifiedTokens.key("Bearer eyJ…", "msteams", "https://smba.trafficmanager.net/emea/")
   */
  static key(authHeader: string, channelId: string | undefined, serviceUrl: string | undefined): string {
    return `${channelId ?? ""}\n${serviceUrl ?? ""}\n${authHeader}`;
  }

  /** What the request with this key was verified as, if that is still trusted. */
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() < entry.until) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /**
   * Keeps a successful verification until `expiresAtMs` (the token's `exp`) or `maxAgeMs`
   * from now, whichever comes first. Returns `value`.
   */
  remember(key: string, value: T, expiresAtMs: number): T {
    const until = Math.min(expiresAtMs, this.now() + this.maxAgeMs);
    if (until <= this.now()) return value;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, until });
    return value;
  }

  /** How many entries are held (expired ones included until they are next looked up). */
  get size(): number {
    return this.entries.size;
  }
}

/**
 * The `exp` claim of a verified token as epoch milliseconds; undefined when there is none
 * (an unauthenticated Emulator request), which is then never cached.
 * @example tokenExpiry([{ type: "exp", value: 1709560900 }]) // 1709560900000
 */
export function tokenExpiry(claims: readonly Claim[]): number | undefined {
  const exp = claims.find((claim) => claim.type === "exp")?.value;
  return typeof exp === "number" && Number.isFinite(exp) ? exp * 1000 : undefined;
}
