/**
 * `response_url`s of slash commands and clicks on ephemeral messages, kept in the store for
 * their 30-minute life under a short key, so that addresses stay short and carry no secret.
 */
import { z } from "zod";
import type { Store } from "../../bot/store/port.js";

/**
 * Slack honours a `response_url` for 30 minutes.
 * @example store.set(`respond:${key}`, { url }, RESPONSE_URL_TTL_MS)
 */
export const RESPONSE_URL_TTL_MS = 30 * 60 * 1000;

const recordSchema = z.object({ url: z.string() });

/**
 * @example
 * await responses.remember("command:123.456", "https://hooks.slack.com/commands/T1/…");
 * await responses.recall("command:123.456"); // the URL, or undefined once expired
 */
export class ResponseUrls {
  constructor(private readonly store: Store) {}

  remember(key: string, url: string): Promise<void> {
    return this.store.set(`respond:${key}`, { url }, RESPONSE_URL_TTL_MS);
  }

  async recall(key: string): Promise<string | undefined> {
    return (await this.store.get(`respond:${key}`, recordSchema))?.url;
  }
}
