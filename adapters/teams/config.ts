/**
 * Teams configuration: the Bot Framework variables the bot has always read
 * (`MicrosoftAppId`, `MicrosoftAppPassword`, `MicrosoftAppType`, `MicrosoftAppTenantId`,
 * `ChannelService`, the endpoint overrides for sovereign clouds and tests), the Microsoft
 * 365 Agents SDK's own names for the same credentials (`clientId`, `clientSecret`,
 * `tenantId`, `authType`), `TEAMS_DEV` and the tenant pace; mapped onto the SDK's
 * `AuthConfiguration` by {@link sdkAuthConfiguration}.
 *
 * Two safety rules live here rather than in the SDK, which lets any caller in when no
 * client id is set:
 * - authentication off is only allowed with `TEAMS_DEV=1` (the local Bot Framework Emulator);
 * - `TEAMS_DEV=1` is refused when `NODE_ENV=production`.
 */
import type { AuthConfiguration } from "@microsoft/agents-hosting";
import { z } from "zod";
import { type Env, parseEnv } from "../../bot/config.js";
import { ConfigError } from "../../bot/errors.js";

/**
 * The endpoint overrides. Once any of them is given, the given set is used as a whole (a
 * sovereign cloud, or the tests' local servers), so all of them must be present.
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
 * `ChannelService` value known besides the public cloud (US Government).
 * @example loadTeamsConfig({ ...app, ChannelService: US_GOVERNMENT_CHANNEL_SERVICE })
 */
export const US_GOVERNMENT_CHANNEL_SERVICE = "https://botframework.azure.us";

/**
 * The Bot Framework endpoints of one cloud: where the channel's signing keys are
 * published, who issues its tokens, where the bot gets its own tokens and for what scope.
 * @example const { openIdMetadataUrl, tokenIssuer } = loadTeamsConfig(env).endpoints;
 */
export interface TeamsEndpoints {
  openIdMetadataUrl: string;
  tokenIssuer: string;
  emulatorOpenIdMetadataUrl: string;
  /** The login authority for outbound tokens (`…/<tenant>`). */
  loginUrl: string;
  oauthScope: string;
  oauthUrl: string;
  callerId: string;
  validateAuthority: boolean;
}

const PUBLIC_CLOUD = {
  openIdMetadataUrl: "https://login.botframework.com/v1/.well-known/openidconfiguration",
  tokenIssuer: "https://api.botframework.com",
  emulatorOpenIdMetadataUrl: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
  loginHost: "https://login.microsoftonline.com",
  defaultTenant: "botframework.com",
  oauthScope: "https://api.botframework.com",
  oauthUrl: "https://api.botframework.com",
  callerId: "urn:botframework:azure",
};

const US_GOVERNMENT_CLOUD = {
  openIdMetadataUrl: "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
  tokenIssuer: "https://api.botframework.us",
  emulatorOpenIdMetadataUrl:
    "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration",
  loginHost: "https://login.microsoftonline.us",
  defaultTenant: "MicrosoftServices.onmicrosoft.us",
  oauthScope: "https://api.botframework.us",
  oauthUrl: "https://tokengcch.botframework.azure.us",
  callerId: "urn:botframework:azureusgov",
};

const APP_TYPES = {
  multitenant: "MultiTenant",
  singletenant: "SingleTenant",
  userassignedmsi: "UserAssignedMSI",
} as const;

/** The SDK's `authType` values this adapter supports, and the app type each means. */
const SDK_AUTH_TYPES = {
  clientsecret: undefined,
  usermanagedidentity: "UserAssignedMSI",
} as const;

/**
 * How the bot is registered in Azure.
 * @example const type: TeamsAppType = "SingleTenant";
 */
export type TeamsAppType = (typeof APP_TYPES)[keyof typeof APP_TYPES];

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

/** A Bot Framework name and its Agents SDK alias must agree when both are given. */
const ALIASES = [
  ["MicrosoftAppId", "clientId"],
  ["MicrosoftAppPassword", "clientSecret"],
  ["MicrosoftAppTenantId", "tenantId"],
] as const;

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
    clientId: optionalText,
    clientSecret: optionalText,
    tenantId: optionalText,
    authType: optionalText.pipe(
      z
        .string()
        .refine((value) => value.toLowerCase() in SDK_AUTH_TYPES, {
          message: "use ClientSecret or UserManagedIdentity (or set MicrosoftAppType instead)",
        })
        .optional(),
    ),
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
  .transform((env, ctx) => {
    for (const [classic, sdk] of ALIASES) {
      if (env[classic] !== undefined && env[sdk] !== undefined && env[classic] !== env[sdk]) {
        ctx.addIssue({
          code: "custom",
          path: [sdk],
          message: `differs from ${classic}; set one of the two`,
        });
      }
    }
    const sdkType = env.authType
      ? SDK_AUTH_TYPES[env.authType.toLowerCase() as keyof typeof SDK_AUTH_TYPES]
      : undefined;
    const appId = env.MicrosoftAppId ?? env.clientId;
    const tenantId = env.MicrosoftAppTenantId ?? env.tenantId;
    const appType: TeamsAppType =
      env.MicrosoftAppType ?? sdkType ?? (env.authType && tenantId ? "SingleTenant" : "MultiTenant");
    return {
      ...env,
      MicrosoftAppId: appId,
      MicrosoftAppPassword: env.MicrosoftAppPassword ?? env.clientSecret,
      MicrosoftAppTenantId: tenantId,
      MicrosoftAppType: appType,
      explicitType: env.MicrosoftAppType !== undefined || env.authType !== undefined,
    };
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
          "TEAMS_DEV=1 runs without authentication; unset MicrosoftAppId (clientId) for the Emulator, or unset TEAMS_DEV",
      });
    }
    if (!dev && !env.MicrosoftAppId) {
      ctx.addIssue({
        code: "custom",
        path: ["MicrosoftAppId"],
        message:
          "set it (or clientId) to the Azure Bot's app id (without it the SDK accepts any caller); for the local Emulator set TEAMS_DEV=1 instead",
      });
    }
    if (env.MicrosoftAppId) {
      const type = env.MicrosoftAppType;
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
          message: `required because ${given.join(", ")} ${given.length === 1 ? "is" : "are"} set (a partial set would mix two clouds and refuse every token)`,
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
        message: `only ${US_GOVERNMENT_CHANNEL_SERVICE} is known; for another cloud set the endpoint variables (${ENDPOINT_VARIABLES.join(", ")})`,
      });
    }
  });

/**
 * The app's credentials for outbound tokens.
 * @example const { appId, appType } = loadTeamsConfig(env).credentials ?? {};
 */
export interface TeamsCredentials {
  appId: string;
  password?: string;
  tenantId?: string;
  appType: TeamsAppType;
}

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
  /** Absent in Emulator mode. */
  credentials?: TeamsCredentials;
  endpoints: TeamsEndpoints;
}

/**
 * True when the environment asks for Teams: `MicrosoftAppId` (or `clientId`) is set, or `TEAMS_DEV=1`.
 * @example isTeamsConfigured({ MicrosoftAppId: "0d6f…" }) === true
 */
export function isTeamsConfigured(env: Env): boolean {
  return Boolean(env.MicrosoftAppId?.trim() || env.clientId?.trim()) || env.TEAMS_DEV?.trim() === "1";
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
  const appId = devMode ? "" : (parsed.MicrosoftAppId ?? "");
  if (!devMode && appId === "")
    throw new ConfigError("Teams configuration is not valid. Set or fix: MicrosoftAppId");
  const credentials: TeamsCredentials | undefined = devMode
    ? undefined
    : {
        appId,
        appType: parsed.MicrosoftAppType,
        ...(parsed.MicrosoftAppPassword ? { password: parsed.MicrosoftAppPassword } : {}),
        ...(parsed.MicrosoftAppTenantId ? { tenantId: parsed.MicrosoftAppTenantId } : {}),
      };
  const cloud = parsed.ChannelService === US_GOVERNMENT_CHANNEL_SERVICE ? US_GOVERNMENT_CLOUD : PUBLIC_CLOUD;
  const tenant =
    parsed.MicrosoftAppType === "MultiTenant"
      ? cloud.defaultTenant
      : (parsed.MicrosoftAppTenantId ?? cloud.defaultTenant);
  const endpoints: TeamsEndpoints = {
    openIdMetadataUrl: parsed.ToBotFromChannelOpenIdMetadataUrl ?? cloud.openIdMetadataUrl,
    tokenIssuer: parsed.ToBotFromChannelTokenIssuer ?? cloud.tokenIssuer,
    emulatorOpenIdMetadataUrl: parsed.ToBotFromEmulatorOpenIdMetadataUrl ?? cloud.emulatorOpenIdMetadataUrl,
    loginUrl: parsed.ToChannelFromBotLoginUrl ?? `${cloud.loginHost}/${tenant}`,
    oauthScope: parsed.ToChannelFromBotOAuthScope ?? cloud.oauthScope,
    oauthUrl: parsed.OAuthUrl ?? cloud.oauthUrl,
    callerId: parsed.CallerId ?? cloud.callerId,
    validateAuthority: parsed.ValidateAuthority !== "false",
  };
  return { appId, devMode, tenantMaxPerSecond: parsed.TEAMS_TENANT_MAX_PER_SECOND, credentials, endpoints };
}

/** The name of the one connection the adapter gives the SDK. */
const CONNECTION = "ServiceConnection";

/**
 * The configuration in the SDK's terms, for its `CloudAdapter` and MSAL token provider:
 * `clientId`/`clientSecret`/`tenantId`, `authType` (`ClientSecret` or
 * `UserManagedIdentity`), `authority` (the login URL), `scope` (the connector's OAuth
 * scope) and `issuers`. One connection, used for every service URL. Emulator mode gives
 * an empty configuration (anonymous).
 * @example new CloudAdapter(sdkAuthConfiguration(loadTeamsConfig(process.env)))
 */
export function sdkAuthConfiguration(config: TeamsConfig): AuthConfiguration {
  const { credentials, endpoints } = config;
  if (!credentials) return {};
  const connection: AuthConfiguration = {
    clientId: credentials.appId,
    authType: credentials.appType === "UserAssignedMSI" ? "UserManagedIdentity" : "ClientSecret",
    authority: endpoints.loginUrl,
    scope: endpoints.oauthScope,
    issuers: [endpoints.tokenIssuer],
    ...(credentials.password ? { clientSecret: credentials.password } : {}),
    ...(credentials.tenantId ? { tenantId: credentials.tenantId } : {}),
  };
  return {
    ...connection,
    connections: new Map([[CONNECTION, connection]]),
    connectionsMap: [{ serviceUrl: "*", connection: CONNECTION }],
  };
}
