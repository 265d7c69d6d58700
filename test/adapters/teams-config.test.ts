/**
 * Teams configuration from the standard Bot Framework variables, and the factory the
 * composition root uses.
 */
import { describe, expect, it } from "vitest";
import { platformFactories } from "../../adapters/index.js";
import { isTeamsConfigured, loadTeamsConfig, teamsFactory } from "../../adapters/teams/index.js";
import { ConfigError } from "../../bot/errors.js";

const APP = { MicrosoftAppId: "5a1f3d0e-8a5e-4a3b-9a62-1f1de0c0ffee", MicrosoftAppPassword: "secret" };
const ENDPOINTS = {
  ToBotFromChannelOpenIdMetadataUrl: "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
  ToBotFromChannelTokenIssuer: "https://api.botframework.us",
  ToBotFromEmulatorOpenIdMetadataUrl:
    "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration",
  ToChannelFromBotLoginUrl: "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us",
  ToChannelFromBotOAuthScope: "https://api.botframework.us",
  OAuthUrl: "https://tokengcch.botframework.azure.us/",
  CallerId: "urn:botframework:azureusgov",
};

function problem(env: Record<string, string>): string {
  try {
    loadTeamsConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("Teams configuration", () => {
  it("reads a single-tenant registration", () => {
    const config = loadTeamsConfig({
      ...APP,
      MicrosoftAppType: "singletenant",
      MicrosoftAppTenantId: "72f988bf",
    });
    expect(config).toEqual({
      appId: APP.MicrosoftAppId,
      devMode: false,
      tenantMaxPerSecond: 30,
      botFrameworkOptions: { ...APP, MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: "72f988bf" },
    });
  });

  it("passes a complete set of endpoint overrides to botbuilder (sovereign clouds, tests)", () => {
    const config = loadTeamsConfig({
      ...APP,
      ...ENDPOINTS,
      ValidateAuthority: "true",
      TEAMS_TENANT_MAX_PER_SECOND: "20",
    });
    expect(config.botFrameworkOptions).toEqual({ ...APP, ...ENDPOINTS, ValidateAuthority: "true" });
    expect(config.tenantMaxPerSecond).toEqual(20);
  });

  it("runs the Emulator without authentication only with TEAMS_DEV=1", () => {
    expect(loadTeamsConfig({ TEAMS_DEV: "1" })).toEqual({
      appId: "",
      devMode: true,
      tenantMaxPerSecond: 30,
      botFrameworkOptions: {},
    });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      "authentication off without TEAMS_DEV",
      { MicrosoftAppPassword: "x" },
      /MicrosoftAppId: set it to the Azure Bot's app id/,
    ],
    [
      "TEAMS_DEV=1 in production",
      { TEAMS_DEV: "1", NODE_ENV: "production" },
      /TEAMS_DEV: TEAMS_DEV=1 turns authentication off and is refused when NODE_ENV=production/,
    ],
    ["TEAMS_DEV=1 with an app id", { ...APP, TEAMS_DEV: "1" }, /TEAMS_DEV: .*unset MicrosoftAppId/],
    [
      "a password missing",
      { MicrosoftAppId: APP.MicrosoftAppId },
      /MicrosoftAppPassword: required with MicrosoftAppType=MultiTenant/,
    ],
    [
      "SingleTenant without a tenant",
      { ...APP, MicrosoftAppType: "SingleTenant" },
      /MicrosoftAppTenantId: required with MicrosoftAppType=SingleTenant/,
    ],
    [
      "a password with a managed identity",
      { ...APP, MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: "t" },
      /MicrosoftAppPassword: must not be set with UserAssignedMSI/,
    ],
    [
      "an unknown app type",
      { ...APP, MicrosoftAppType: "Personal" },
      /MicrosoftAppType: use MultiTenant, SingleTenant or UserAssignedMSI/,
    ],
    [
      "one endpoint override alone",
      { ...APP, ToBotFromChannelOpenIdMetadataUrl: ENDPOINTS.ToBotFromChannelOpenIdMetadataUrl },
      /ToBotFromChannelTokenIssuer: required because ToBotFromChannelOpenIdMetadataUrl is set.*CallerId: required/,
    ],
    [
      "an http metadata URL in production",
      {
        ...APP,
        ...ENDPOINTS,
        ToBotFromChannelOpenIdMetadataUrl: "http://127.0.0.1:9/metadata",
        NODE_ENV: "production",
      },
      /ToBotFromChannelOpenIdMetadataUrl: must use https when NODE_ENV=production/,
    ],
    [
      "a ChannelService botbuilder does not know",
      { ...APP, ChannelService: "https://botframework.example" },
      /ChannelService: botbuilder only knows/,
    ],
    ["a tenant pace over 50", { ...APP, TEAMS_TENANT_MAX_PER_SECOND: "80" }, /TEAMS_TENANT_MAX_PER_SECOND/],
    ["TEAMS_DEV=yes", { TEAMS_DEV: "yes" }, /TEAMS_DEV: use 1 to run with the Emulator/],
  ])("refuses %s, naming the variable", (_name, env, message) => {
    expect(problem(env)).toMatch(message);
  });

  it("turns on when MicrosoftAppId or TEAMS_DEV=1 is present", () => {
    expect([
      isTeamsConfigured({}),
      isTeamsConfigured({ MicrosoftAppId: " " }),
      isTeamsConfigured(APP),
      isTeamsConfigured({ TEAMS_DEV: "1" }),
    ]).toEqual([false, false, true, true]);
  });

  it("is listed among the platforms, and its factory builds the adapter from the environment", () => {
    expect(platformFactories).toContain(teamsFactory);
    const adapter = teamsFactory.create({ ...APP, MicrosoftAppType: "MultiTenant" });
    expect([teamsFactory.name, adapter.name, typeof adapter.update, typeof adapter.openDirect]).toEqual([
      "teams",
      "teams",
      "function",
      "function",
    ]);
    expect(teamsFactory.connectHint).toMatch(/MicrosoftAppId.*TEAMS_DEV=1/);
  });
});
