/**
 * The only file that lists the platforms. Adding one is a new folder and one line here.
 */
import type { Env } from "../bot/config.js";
import type { ChatAdapter } from "../bot/types.js";
import { emailChannel } from "./email/index.js";
import type { AdapterFactory } from "./factory.js";
import { slackFactory } from "./slack/index.js";
import { teamsFactory } from "./teams/index.js";

export { createConsoleAdapter } from "./console/index.js";
export type { AdapterFactory } from "./factory.js";

/** Every chat platform the bot can run on, besides the console. */
export const platformFactories: readonly AdapterFactory[] = [slackFactory, teamsFactory];

/**
 * The adapters whose credentials are present.
 * @example const adapters = configuredAdapters(process.env); // [] → run the console
 */
export function configuredAdapters(env: Env): ChatAdapter[] {
  return platformFactories
    .filter((factory) => factory.isConfigured(env))
    .map((factory) => factory.create(env));
}

/** True when at least one platform's credentials are present (without building anything). */
export function anyPlatformConfigured(env: Env): boolean {
  return platformFactories.some((factory) => factory.isConfigured(env));
}

/** How to connect each platform, for the console's greeting. */
export function connectHints(): string[] {
  return platformFactories.map((factory) => factory.connectHint);
}

/**
 * Channels that reach people without a chat: e-mail (over SMTP when `SMTP_URL` is set, as
 * `.eml` files otherwise). They only send; they run beside the chat adapters, console included.
 * @example for (const channel of channelAdapters(process.env)) messenger.add(channel);
 */
export function channelAdapters(env: Env): ChatAdapter[] {
  return [emailChannel(env)];
}
