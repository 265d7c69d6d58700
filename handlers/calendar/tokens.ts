/**
 * Personal calendar tokens: one unguessable token per user (24 random bytes, base64url),
 * stored both ways (`token:<token>` → user, `user:<userId>` → token). The token is the only
 * credential of the feed URLs, so it can be reset ("reset my calendar link").
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Store } from "../../bot/store/port.js";

const tokenRecordSchema = z.object({ userId: z.string(), createdAt: z.string() });
const userRecordSchema = z.object({ token: z.string(), createdAt: z.string() });

/**
 * The shape of a token in a URL.
 * @example TOKEN_PATTERN.test(randomBytes(24).toString("base64url")) === true
 */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/**
 * @example
 * const tokens = new CalendarTokens(store.namespace("calendar"));
 * const token = await tokens.tokenFor("slack:T1/U1", now);
 * (await tokens.userFor(token)) === "slack:T1/U1";
 */
export class CalendarTokens {
  constructor(private readonly store: Store) {}

  /** The user's token, created on first use; concurrent first uses agree on one token. */
  async tokenFor(userId: string, now: Date): Promise<string> {
    const existing = await this.store.get(`user:${userId}`, userRecordSchema);
    if (existing) return existing.token;
    const token = randomBytes(24).toString("base64url");
    await this.store.set(`token:${token}`, { userId, createdAt: now.toISOString() });
    if (await this.store.setIfAbsent(`user:${userId}`, { token, createdAt: now.toISOString() })) return token;
    await this.store.delete(`token:${token}`);
    const winner = await this.store.get(`user:${userId}`, userRecordSchema);
    if (!winner) throw new Error("calendar token vanished while being created");
    return winner.token;
  }

  /** The user a token belongs to, or undefined for an unknown or revoked token. */
  async userFor(token: string): Promise<string | undefined> {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    return (await this.store.get(`token:${token}`, tokenRecordSchema))?.userId;
  }

  /** Replaces the user's token; the old links stop working. */
  async reset(userId: string, now: Date): Promise<string> {
    const existing = await this.store.get(`user:${userId}`, userRecordSchema);
    if (existing) {
      await this.store.delete(`user:${userId}`);
      await this.store.delete(`token:${existing.token}`);
    }
    return this.tokenFor(userId, now);
  }
}
