/**
 * Teams configuration: the standard Bot Framework variables (`MicrosoftAppId`,
 * `MicrosoftAppPassword`, `MicrosoftAppType`, `MicrosoftAppTenantId`, the endpoint
 * overrides for sovereign clouds and tests) plus `TEAMS_DEV` and the tenant pace.
 *
 * Two safety rules live here rather than in botbuilder, which accepts any caller when
 * `MicrosoftAppId` is empty:
 * - authentication off is only allowed with `TEAMS_DEV=1` (the local Bot Framework Emulator);
 * - `TEAMS_DEV=1` is refused when `NODE_ENV=production`.
 */
import { z } from "zod";
import { type Env, parseEnv } from "../../bot/config.js";
import { ConfigError } from "../../bot/errors.js";

/**
 * The endpoint overrides botbuilder reads. Once any of them is given botbuilder uses the
 * given set as a whole (a "parameterized" cloud), so all of them must be present.
 * @example ENDPOINT_VARIABLES.filter((name) => env[name] === undefined) // the ones still to set
 */
export const ENDPOINT_VARIABLES = [
  "ToBotFromChannelOpenIdMetadataUrl",
  "ToBotFromChannelTokenIssuer",
  "ToBotFromEmulatorOpenIdMetadataUrl",
  "ToChannelFromBotLoginUrl",
  "ToChannelFromBotOAuthScope",
  "OAuthUrl",
  "CallerId",
] as const;

/** Endpoint variables that name a URL the bot fetches keys or tokens from. */
const URL_VARIABLES = new Set<string>([
  "ToBotFromChannelOpenIdMetadataUrl",
  "ToBotFromEmulatorOpenIdMetadataUrl",
  "ToChannelFromBotLoginUrl",
  "OAuthUrl",
]);

/**
 * `ChannelService` value botbuilder knows besides the public cloud (US Government).
 * @example loadTeamsConfig({ ...app, ChannelService: US_GOVERNMENT_CHANNEL_SERVICE })
 */
export const US_GOVERNMENT_CHANNEL_SERVICE = "https://botframework.azure.us";

const APP_TYPES = {
  multitenant: "MultiTenant",
  singletenant: "SingleTenant",
  userassignedmsi: "UserAssignedMSI",
} as const;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const teamsEnvSchema = z
  .object({
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: optionalText.pipe(
      z
        .string()
        .transform((value, ctx) => {
          const type = APP_TYPES[value.toLowerCase() as keyof typeof APP_TYPES];
          if (!type)
            ctx.addIssue({ code: "custom", message: "use MultiTenant, SingleTenant or UserAssignedMSI" });
          return type ?? "MultiTenant";
        })
        .optional(),
    ),
    MicrosoftAppTenantId: optionalText,
    ChannelService: optionalText,
    ValidateAuthority: optionalText.pipe(z.enum(["true", "false"]).optional()),
    ToBotFromChannelOpenIdMetadataUrl: optionalText,
    ToBotFromChannelTokenIssuer: optionalText,
    ToBotFromEmulatorOpenIdMetadataUrl: optionalText,
    ToChannelFromBotLoginUrl: optionalText,
    ToChannelFromBotOAuthScope: optionalText,
    OAuthUrl: optionalText,
    CallerId: optionalText,
    TEAMS_DEV: optionalText.pipe(
      z.enum(["0", "1"], { message: "use 1 to run with the Emulator, or leave it unset" }).optional(),
    ),
    TEAMS_TENANT_MAX_PER_SECOND: optionalText.pipe(
      z.coerce.number<string | undefined>().int().min(1).max(50).default(30),
    ),
    NODE_ENV: optionalText.pipe(z.string().default("development")),
  })
  .superRefine((env, ctx) => {
    const production = env.NODE_ENV === "production";
    const dev = env.TEAMS_DEV === "1";
    if (dev && production) {
      ctx.addIssue({
        code: "custom",
        path: ["TEAMS_DEV"],
        message: "TEAMS_DEV=1 turns authentication off and is refused when NODE_ENV=production; unset it",
      });
    }
    if (dev && env.MicrosoftAppId) {
      ctx.addIssue({
        code: "custom",
        path: ["TEAMS_DEV"],
        message:
          "TEAMS_DEV=1 runs without authentication; unset MicrosoftAppId for the Emulator, or unset TEAMS_DEV",
      });
    }
    if (!dev && !env.MicrosoftAppId) {
      ctx.addIssue({
        code: "custom",
        path: ["MicrosoftAppId"],
        message:
          "set it to the Azure Bot's app id (without it botbuilder accepts any caller); for the local Emulator set TEAMS_DEV=1 instead",
      });
    }
    if (env.MicrosoftAppId) {
      const type = env.MicrosoftAppType ?? "MultiTenant";
      if (type === "UserAssignedMSI" && env.MicrosoftAppPassword) {
        ctx.addIssue({
          code: "custom",
          path: ["MicrosoftAppPassword"],
          message: "must not be set with UserAssignedMSI",
        });
      }
      if (type !== "UserAssignedMSI" && !env.MicrosoftAppPassword) {
        ctx.addIssue({
          code: "custom",
          path: ["MicrosoftAppPassword"],
          message: `required with MicrosoftAppType=${type}`,
        });
      }
      if (type !== "MultiTenant" && !env.MicrosoftAppTenantId) {
        ctx.addIssue({
          code: "custom",
          path: ["MicrosoftAppTenantId"],
          message: `required with MicrosoftAppType=${type}`,
        });
      }
    }
    const given = ENDPOINT_VARIABLES.filter((name) => env[name] !== undefined);
    if (given.length > 0) {
      for (const name of ENDPOINT_VARIABLES.filter((variable) => env[variable] === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: `required because ${given.join(", ")} ${given.length === 1 ? "is" : "are"} set (botbuilder then refuses every token without it)`,
        });
      }
      for (const name of given.filter((variable) => URL_VARIABLES.has(variable))) {
        const value = env[name] ?? "";
        const parsed = URL.canParse(value) ? new URL(value) : undefined;
        if (!parsed || !/^https?:$/.test(parsed.protocol)) {
          ctx.addIssue({ code: "custom", path: [name], message: "must be an http(s) URL" });
        } else if (production && parsed.protocol !== "https:") {
          ctx.addIssue({ code: "custom", path: [name], message: "must use https when NODE_ENV=production" });
        }
      }
    } else if (env.ChannelService && env.ChannelService !== US_GOVERNMENT_CHANNEL_SERVICE) {
      ctx.addIssue({
        code: "custom",
        path: ["ChannelService"],
        message: `botbuilder only knows ${US_GOVERNMENT_CHANNEL_SERVICE}; for another cloud set the endpoint variables (${ENDPOINT_VARIABLES.join(", ")})`,
      });
    }
  });

/**
 * The parsed Teams configuration.
 * @example const { appId, devMode } = loadTeamsConfig(process.env);
 */
export interface TeamsConfig {
  /** The bot's Microsoft app id; `""` in Emulator mode (authentication off). */
  appId: string;
  /** True with `TEAMS_DEV=1`: no authentication, loopback callers only. */
  devMode: boolean;
  /** Tenant-wide pace for outgoing messages (Teams allows 30–50 per second per tenant). */
  tenantMaxPerSecond: number;
  /** The options handed to botbuilder's `ConfigurationBotFrameworkAuthentication` as they are. */
  botFrameworkOptions: Record<string, string>;
}

/**
 * True when the environment asks for Teams: `MicrosoftAppId` is set, or `TEAMS_DEV=1`.
 * @example isTeamsConfigured({ MicrosoftAppId: "0d6f…" }) === true
 */
export function isTeamsConfigured(env: Env): boolean {
  return Boolean(env.MicrosoftAppId?.trim()) || env.TEAMS_DEV?.trim() === "1";
}

/**
 * Parses the Teams variables; throws a {@link ConfigError} naming each variable to fix.
 * @example
 * const config = loadTeamsConfig({ MicrosoftAppId: "0d6f…", MicrosoftAppPassword: "…", MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: "72f9…" });
 * config.appId; // "0d6f…"
 */
export function loadTeamsConfig(env: Env): TeamsConfig {
  const parsed = parseEnv(teamsEnvSchema, env, "Teams");
  const devMode = parsed.TEAMS_DEV === "1";
  const botFrameworkOptions: Record<string, string> = {};
  const copy = (name: keyof typeof parsed, value: string | undefined) => {
    if (value !== undefined) botFrameworkOptions[name] = value;
  };
  copy("MicrosoftAppId", devMode ? undefined : parsed.MicrosoftAppId);
  copy("MicrosoftAppPassword", devMode ? undefined : parsed.MicrosoftAppPassword);
  copy("MicrosoftAppType", devMode ? undefined : parsed.MicrosoftAppType);
  copy("MicrosoftAppTenantId", devMode ? undefined : parsed.MicrosoftAppTenantId);
  copy("ChannelService", parsed.ChannelService);
  copy("ValidateAuthority", parsed.ValidateAuthority);
  for (const name of ENDPOINT_VARIABLES) copy(name, parsed[name]);
  const appId = devMode ? "" : (parsed.MicrosoftAppId ?? "");
  if (!devMode && appId === "")
    throw new ConfigError("Teams configuration is not valid. Set or fix: MicrosoftAppId");
  return { appId, devMode, tenantMaxPerSecond: parsed.TEAMS_TENANT_MAX_PER_SECOND, botFrameworkOptions };
}
