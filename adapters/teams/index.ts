/**
 * Microsoft Teams (Microsoft 365 Agents SDK) for the bot: the factory the composition
 * root lists, and what tests and the benchmark need. Every Agents SDK import of the
 * production code lives in this folder.
 */
import type { AdapterFactory } from "../factory.js";
import { createTeamsAdapter } from "./adapter.js";
import { isTeamsConfigured, loadTeamsConfig } from "./config.js";

export {
  createTeamsAdapter,
  DEFAULT_TURN_BUDGET_MS,
  MESSAGES_PATH,
  type TeamsAdapter,
  type TeamsAdapterOptions,
} from "./adapter.js";
export { conversationAddress, decodeAddress, type TeamsTarget, userAddress } from "./address.js";
export { ChannelTokenVerifier, TeamsAuthError } from "./auth.js";
/**
 * Outbound token sources as structural types (tests inject their own).
 * @example const source: OutboundTokenSource = localCredentialsFactory();
 */
export type { OutboundCredentialsFactory, OutboundTokenSource } from "./cloud.js";
export {
  isTeamsConfigured,
  loadTeamsConfig,
  sdkAuthConfiguration,
  type TeamsConfig,
  type TeamsEndpoints,
} from "./config.js";
export { CONVERSATION_WINDOWS, Pacer, tenantWindows } from "./pacing.js";
export { activityToEvent } from "./parse.js";
export { renderAdaptiveCard, textOfActivity, toActivity } from "./render.js";
export { TeamsDeliveryError } from "./retry.js";

/**
 * Turns Teams on when `MicrosoftAppId` is set (or `TEAMS_DEV=1` for the Emulator).
 * @example platformFactories = [teamsFactory]; configuredAdapters({ MicrosoftAppId: "…", … }) // [TeamsAdapter]
 */
export const teamsFactory: AdapterFactory = {
  name: "teams",
  isConfigured: isTeamsConfigured,
  create: (env) => createTeamsAdapter(loadTeamsConfig(env)),
  connectHint:
    "Microsoft Teams: set MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId (or the Agents SDK's clientId, clientSecret, tenantId; adapters/teams/README.md), or TEAMS_DEV=1 for the Bot Framework Emulator",
};
