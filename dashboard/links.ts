/**
 * One-time sign-in links. The bot gives a Secretariat member a random token in chat; the
 * store keeps only its SHA-256 (a copy of the store opens nothing), with the verified e-mail
 * it is bound to and its expiry. Using it is an atomic claim, so a link opens one session
 * at most, even with several replicas on one store.
 */
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Store } from "../bot/store/port.js";

/** How long a link is valid. */
export const LINK_TTL_MS = 10 * 60_000;

const linkSchema = z.object({ email: z.string(), expiresAt: z.string(), userId: z.string().optional() });

/**
 * The store key of a secret: its SHA-256, hex.
 * @example digest("abc").length === 64
 */
export function digest(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A token as the bot hands it out: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Why a link opened nothing. */
export type LinkRefusal = "unknown" | "expired" | "used";

/**
 * @example
 * const links = new SignInLinks(store.namespace("dashboard"));
 * const token = await links.create("sec@un.org", now);
 * await links.redeem(token, now); // { ok: true, email: "sec@un.org" }
 */
export class SignInLinks {
  constructor(private readonly store: Store) {}

  /** A new link's token for a verified e-mail. */
  async create(email: string, now: Date, userId?: string): Promise<string> {
    const token = newToken();
    const expiresAt = new Date(now.getTime() + LINK_TTL_MS).toISOString();
    // Kept a day past its expiry, so that a late click is told "expired" rather than "unknown".
    await this.store.set(
      `link:${digest(token)}`,
      { email, expiresAt, ...(userId ? { userId } : {}) },
      LINK_TTL_MS + 24 * 3_600_000,
    );
    return token;
  }

  /** What a token would open, without using it (the confirmation page). */
  async check(
    token: string,
    now: Date,
  ): Promise<{ ok: true; email: string; userId?: string } | { ok: false; why: LinkRefusal }> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, why: "unknown" };
    const key = digest(token);
    const link = await this.store.get(`link:${key}`, linkSchema);
    if (!link) return { ok: false, why: "unknown" };
    if (await this.store.get(`used:${key}`, z.string())) return { ok: false, why: "used" };
    if (now.toISOString() >= link.expiresAt) return { ok: false, why: "expired" };
    return { ok: true, email: link.email, ...(link.userId ? { userId: link.userId } : {}) };
  }

  /** Uses a token: the e-mail it is bound to, once; a second use is refused. */
  async redeem(
    token: string,
    now: Date,
  ): Promise<{ ok: true; email: string; userId?: string } | { ok: false; why: LinkRefusal }> {
    const checked = await this.check(token, now);
    if (!checked.ok) return checked;
    const claimed = await this.store.setIfAbsent(
      `used:${digest(token)}`,
      now.toISOString(),
      24 * 3_600_000 + LINK_TTL_MS,
    );
    return claimed ? checked : { ok: false, why: "used" };
  }
}
