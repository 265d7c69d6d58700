/**
 * The Slack platform: its factory (what `adapters/index.ts` lists) and the adapter.
 */
import type { AdapterFactory } from "../factory.js";
import { createSlackAdapter } from "./adapter.js";
import { isSlackConfigured, parseSlackConfig } from "./config.js";

export {
  createSlackAdapter,
  SLACK_EVENTS_PATH,
  type SlackAdapter,
  type SlackAdapterOptions,
} from "./adapter.js";
export { decodeAddress, encodeAddress, type SlackTarget } from "./address.js";
export { isSlackConfigured, parseSlackConfig, type SlackConfig } from "./config.js";
export { SlackDeliveryError } from "./errors.js";
export { HOME_ACTION_ID } from "./home.js";
export { renderMessage } from "./render.js";

/**
 * Slack turns on when any of `SLACK_BOT_TOKEN`, `SLACK_SIGNING_SECRET`, `SLACK_APP_TOKEN`
 * is set; a missing or malformed one then stops start-up with a message naming it.
 * @example
 * const adapters = slackFactory.isConfigured(process.env) ? [slackFactory.create(process.env)] : [];
 */
export const slackFactory: AdapterFactory = {
  name: "slack",
  isConfigured: isSlackConfigured,
  create: (env) => createSlackAdapter(parseSlackConfig(env)),
  connectHint:
    "Slack: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP, POST /slack/events) or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode) — see adapters/slack/README.md",
};
