/**
 * Single-use link tokens: 32 random bytes (base64url, 43 characters), stored only as their
 * SHA-256 (a copy of the store does not yield working links), with an expiry. Using one is
 * an atomic set-if-absent on its "used" mark, so two clicks racing record once.
 *
 *   token:<sha256>   what the link does (purpose, payload), when it was issued and expires
 *   used:<sha256>    when it was used (setIfAbsent: the first use wins)
 */
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Store } from "../store/port.js";

/** How long an expired or used token is still recognised (to say "expired", not "unknown"). */
const KEEP_AFTER_EXPIRY_MS = 30 * 24 * 60 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const linkRecordSchema = z.object({
  purpose: z.string().min(1),
  payload: z.record(z.string(), z.string()),
  issuedAt: z.string(),
  expiresAt: z.string(),
});
/** What a token stands for. */
export type LinkRecord = z.output<typeof linkRecordSchema>;

const usedSchema = z.object({ at: z.string() });

/** What a token is, when looked at (GET) or used (POST). */
export type TokenState =
  | { state: "valid"; record: LinkRecord }
  | { state: "unknown" }
  | { state: "expired"; record: LinkRecord }
  | { state: "used"; record: LinkRecord; usedAt: string };

/**
 * @example
 * const tokens = new LinkTokens(store.namespace("links"));
 * const token = await tokens.issue({ purpose: "ping-ack", payload: { testId, pocId } }, now, expiresAt);
 * (await tokens.use(token, later)).state // "valid" the first time, "used" after
 */
export class LinkTokens {
  constructor(private readonly store: Store) {}

  /** A new token for `purpose`; valid until `expiresAt`. */
  async issue(link: Pick<LinkRecord, "purpose" | "payload">, now: Date, expiresAt: Date): Promise<string> {
    const token = randomBytes(32).toString("base64url");
    const record: LinkRecord = { ...link, issuedAt: now.toISOString(), expiresAt: expiresAt.toISOString() };
    const ttl = Math.max(0, expiresAt.getTime() - now.getTime()) + KEEP_AFTER_EXPIRY_MS;
    await this.store.set(`token:${hash(token)}`, linkRecordSchema.parse(record), ttl);
    return token;
  }

  /** What a token is, without using it (the page a GET shows). */
  async look(token: string, now: Date): Promise<TokenState> {
    if (!TOKEN.test(token)) return { state: "unknown" };
    const key = hash(token);
    const record = await this.store.get(`token:${key}`, linkRecordSchema);
    if (!record) return { state: "unknown" };
    const used = await this.store.get(`used:${key}`, usedSchema);
    if (used) return { state: "used", record, usedAt: used.at };
    if (record.expiresAt <= now.toISOString()) return { state: "expired", record };
    return { state: "valid", record };
  }

  /** Uses a token once: "valid" for the one caller that used it, otherwise why not. */
  async use(token: string, now: Date): Promise<TokenState> {
    const seen = await this.look(token, now);
    if (seen.state !== "valid") return seen;
    const key = hash(token);
    const won = await this.store.setIfAbsent(`used:${key}`, { at: now.toISOString() }, KEEP_AFTER_EXPIRY_MS);
    if (won) return seen;
    const used = await this.store.get(`used:${key}`, usedSchema);
    return { state: "used", record: seen.record, usedAt: used?.at ?? now.toISOString() };
  }

  /** Gives a use back (what it records failed), so the link can be tried again. */
  async release(token: string): Promise<void> {
    await this.store.delete(`used:${hash(token)}`);
  }
}

function hash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
