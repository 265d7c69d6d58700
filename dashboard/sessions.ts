/**
 * Dashboard sessions: a random id in an HttpOnly cookie; the store keeps its SHA-256 with the
 * e-mail and the moment it ends (at most 12 hours after sign-in). Sign-out deletes it. The
 * role is not kept here: it is read from the roster on every request.
 */
import { z } from "zod";
import type { Store } from "../bot/store/port.js";
import { digest, newToken } from "./links.js";

/** The longest a session lasts. */
export const SESSION_TTL_MS = 12 * 3_600_000;

const sessionSchema = z.object({
  email: z.string(),
  openedAt: z.string(),
  expiresAt: z.string(),
  /** The chat account that asked for the link (its contact record holds the language). */
  userId: z.string().optional(),
});

/** An open session. */
export interface Session {
  /** The SHA-256 of the cookie's id (binds CSRF tokens to the session). */
  key: string;
  email: string;
  expiresAt: string;
  /** The chat account that asked for the sign-in link, when known. */
  userId?: string;
}

/**
 * @example
 * const sessions = new Sessions(store.namespace("dashboard"));
 * const id = await sessions.open("sec@un.org", now); // the cookie's value
 * (await sessions.get(id, now))?.email === "sec@un.org";
 */
export class Sessions {
  constructor(private readonly store: Store) {}

  /** Opens a session; returns the id to put in the cookie. */
  async open(email: string, now: Date, userId?: string): Promise<string> {
    const id = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
    await this.store.set(
      `session:${digest(id)}`,
      { email, openedAt: now.toISOString(), expiresAt, ...(userId ? { userId } : {}) },
      SESSION_TTL_MS,
    );
    return id;
  }

  /** The session a cookie names, while it lasts. */
  async get(id: string | undefined, now: Date): Promise<Session | undefined> {
    if (!id || !/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
    const key = digest(id);
    const session = await this.store.get(`session:${key}`, sessionSchema);
    if (!session || now.toISOString() >= session.expiresAt) return undefined;
    return {
      key,
      email: session.email,
      expiresAt: session.expiresAt,
      ...(session.userId ? { userId: session.userId } : {}),
    };
  }

  /** Ends a session (sign-out). */
  async close(id: string | undefined): Promise<void> {
    if (id && /^[A-Za-z0-9_-]{43}$/.test(id)) await this.store.delete(`session:${digest(id)}`);
  }
}
