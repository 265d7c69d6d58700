/**
 * Slack's environment variables, parsed with zod in the factory. A missing or malformed
 * variable gives a {@link ConfigError} that names it and says where to find the value.
 */
import { z } from "zod";
import { type Env, parseEnv } from "../../bot/config.js";

/**
 * Slack's own Web API; override with `SLACK_API_URL` (other deployments, tests).
 * @example parseSlackConfig({ SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET }).apiUrl === DEFAULT_SLACK_API_URL
 */
export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";

/**
 * The variables that turn the Slack adapter on when any of them is set.
 * @example SLACK_CREDENTIAL_VARIABLES.some((name) => env[name]) // Slack is wanted
 */
export const SLACK_CREDENTIAL_VARIABLES = [
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
] as const;

/**
 * The parsed Slack configuration.
 * @example const config: SlackConfig = parseSlackConfig(process.env); config.mode; // "http" | "socket"
 */
export interface SlackConfig {
  /** Bot User OAuth Token, `xoxb-…`. */
  botToken: string;
  /** Signing secret; required in HTTP mode, unused in Socket Mode. */
  signingSecret?: string;
  /** App-level token, `xapp-…`; when present the adapter uses Socket Mode. */
  appToken?: string;
  /** Web API base URL, always ending with `/`. */
  apiUrl: string;
  /** `"socket"` when `SLACK_APP_TOKEN` is set, else `"http"` (requests at `POST /slack/events`). */
  mode: "http" | "socket";
}

const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `required: ${what}` : `must be text: ${what}`;

function slackEnvSchema(socketMode: boolean) {
  const signingSecret = z
    .string({ error: required("the Signing Secret (Basic Information → App Credentials)") })
    .regex(
      /^[A-Za-z0-9]{20,}$/,
      "must be the app's Signing Secret (Basic Information → App Credentials), letters and digits only",
    );
  return z.object({
    SLACK_BOT_TOKEN: z
      .string({ error: required("the Bot User OAuth Token (OAuth & Permissions), xoxb-…") })
      .regex(
        /^xoxb-[A-Za-z0-9-]+$/,
        "must be a Bot User OAuth Token starting with xoxb- (OAuth & Permissions)",
      ),
    SLACK_SIGNING_SECRET: socketMode ? signingSecret.optional() : signingSecret,
    SLACK_APP_TOKEN: z
      .string()
      .regex(
        /^xapp-[A-Za-z0-9-]+$/,
        "must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write)",
      )
      .optional(),
    SLACK_API_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://slack.com/api/" })
      .default(DEFAULT_SLACK_API_URL),
  });
}

function cleaned(env: Env): Env {
  const out: Env = {};
  for (const name of [...SLACK_CREDENTIAL_VARIABLES, "SLACK_API_URL"]) {
    const value = env[name]?.trim();
    if (value) out[name] = value;
  }
  return out;
}

/**
 * True when any Slack credential is set (blank values count as unset).
 * @example isSlackConfigured({ SLACK_BOT_TOKEN: "xoxb-1" }) === true
 */
export function isSlackConfigured(env: Env): boolean {
  const present = cleaned(env);
  return SLACK_CREDENTIAL_VARIABLES.some((name) => present[name] !== undefined);
}

/**
 * Parses the Slack variables. HTTP mode needs `SLACK_BOT_TOKEN` and `SLACK_SIGNING_SECRET`;
 * Socket Mode (`SLACK_APP_TOKEN` set) needs `SLACK_BOT_TOKEN` and `SLACK_APP_TOKEN`.
 * Surrounding whitespace is ignored.
 * @throws ConfigError naming each variable to set or fix.
 * @example
 * const config = parseSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5" });
 * config.mode === "http"; config.apiUrl === "https://slack.com/api/";
 */
export function parseSlackConfig(env: Env): SlackConfig {
  const present = cleaned(env);
  const socketMode = present.SLACK_APP_TOKEN !== undefined;
  const parsed = parseEnv(slackEnvSchema(socketMode), present, "Slack");
  const apiUrl = parsed.SLACK_API_URL.endsWith("/") ? parsed.SLACK_API_URL : `${parsed.SLACK_API_URL}/`;
  return {
    botToken: parsed.SLACK_BOT_TOKEN,
    signingSecret: parsed.SLACK_SIGNING_SECRET,
    appToken: parsed.SLACK_APP_TOKEN,
    apiUrl,
    mode: socketMode ? "socket" : "http",
  };
}
