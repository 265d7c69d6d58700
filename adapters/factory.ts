/**
 * The one shape every platform adapter has: `create<Name>Adapter(env)` behind a factory
 * that says whether its credentials are present.
 */
import type { Env } from "../bot/config.js";
import type { ChatAdapter } from "../bot/types.js";

/** How the composition root learns about a platform. */
export interface AdapterFactory {
  name: string;
  /** True when the platform's credentials are present in the environment. */
  isConfigured(env: Env): boolean;
  /** Parses the platform's variables with zod and builds the adapter; throws ConfigError naming the variable. */
  create(env: Env): ChatAdapter;
  /** One line telling a user how to turn this platform on. */
  connectHint: string;
}
