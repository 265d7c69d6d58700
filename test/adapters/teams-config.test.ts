/**
 * Teams configuration from the standard Bot Framework variables (or the Agents SDK's own
 * names), its mapping onto the SDK's configuration, and the factory the composition root
 * uses.
 */
import { describe, expect, it } from "vitest";
import { platformFactories } from "../../adapters/index.js";
import {
  isTeamsConfigured,
  loadTeamsConfig,
  sdkAuthConfiguration,
  teamsFactory,
} from "../../adapters/teams/index.js";
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
      credentials: {
        appId: APP.MicrosoftAppId,
        password: "secret",
        tenantId: "72f988bf",
        appType: "SingleTenant",
      },
      endpoints: {
        openIdMetadataUrl: "https://login.botframework.com/v1/.well-known/openidconfiguration",
        tokenIssuer: "https://api.botframework.com",
        emulatorOpenIdMetadataUrl:
          "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
        loginUrl: "https://login.microsoftonline.com/72f988bf",
        oauthScope: "https://api.botframework.com",
        oauthUrl: "https://api.botframework.com",
        callerId: "urn:botframework:azure",
        validateAuthority: true,
      },
    });
  });

  it("maps the registration onto the Agents SDK's configuration: one connection for every service URL", () => {
    const sdk = sdkAuthConfiguration(
      loadTeamsConfig({ ...APP, MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: "72f988bf" }),
    );
    const connection = {
      clientId: APP.MicrosoftAppId,
      clientSecret: "secret",
      tenantId: "72f988bf",
      authType: "ClientSecret",
      authority: "https://login.microsoftonline.com/72f988bf",
      scope: "https://api.botframework.com",
      issuers: ["https://api.botframework.com"],
    };
    expect(sdk).toEqual({
      ...connection,
      connections: new Map([["ServiceConnection", connection]]),
      connectionsMap: [{ serviceUrl: "*", connection: "ServiceConnection" }],
    });
    const msi = sdkAuthConfiguration(
      loadTeamsConfig({
        MicrosoftAppId: APP.MicrosoftAppId,
        MicrosoftAppType: "UserAssignedMSI",
        MicrosoftAppTenantId: "t",
      }),
    );
    expect([msi.authType, msi.clientSecret]).toEqual(["UserManagedIdentity", undefined]);
  });

  it("accepts the Agents SDK's own variable names, and refuses them when they contradict the classic ones", () => {
    const sdkNames = loadTeamsConfig({
      clientId: APP.MicrosoftAppId,
      clientSecret: "secret",
      tenantId: "72f988bf",
      authType: "ClientSecret",
    });
    const classic = loadTeamsConfig({
      ...APP,
      MicrosoftAppType: "SingleTenant",
      MicrosoftAppTenantId: "72f988bf",
    });
    expect(sdkNames).toEqual(classic);
    expect(
      loadTeamsConfig({ clientId: "x", authType: "UserManagedIdentity", tenantId: "t" }).credentials?.appType,
    ).toEqual("UserAssignedMSI");
    expect(problem({ ...APP, clientId: "another-app" })).toMatch(/clientId: differs from MicrosoftAppId/);
    expect(problem({ ...APP, authType: "Certificate" })).toMatch(
      /authType: use ClientSecret or UserManagedIdentity/,
    );
    expect([isTeamsConfigured({ clientId: "x" }), isTeamsConfigured({ clientId: " " })]).toEqual([
      true,
      false,
    ]);
  });

  it("uses a complete set of endpoint overrides as given (sovereign clouds, tests)", () => {
    const config = loadTeamsConfig({
      ...APP,
      ...ENDPOINTS,
      ValidateAuthority: "true",
      TEAMS_TENANT_MAX_PER_SECOND: "20",
    });
    expect(config.endpoints).toEqual({
      openIdMetadataUrl: ENDPOINTS.ToBotFromChannelOpenIdMetadataUrl,
      tokenIssuer: ENDPOINTS.ToBotFromChannelTokenIssuer,
      emulatorOpenIdMetadataUrl: ENDPOINTS.ToBotFromEmulatorOpenIdMetadataUrl,
      loginUrl: ENDPOINTS.ToChannelFromBotLoginUrl,
      oauthScope: ENDPOINTS.ToChannelFromBotOAuthScope,
      oauthUrl: ENDPOINTS.OAuthUrl,
      callerId: ENDPOINTS.CallerId,
      validateAuthority: true,
    });
    expect(config.tenantMaxPerSecond).toEqual(20);
  });

  it("knows the US Government cloud by ChannelService", () => {
    const config = loadTeamsConfig({ ...APP, ChannelService: "https://botframework.azure.us" });
    expect([config.endpoints.tokenIssuer, config.endpoints.oauthScope, config.endpoints.loginUrl]).toEqual([
      "https://api.botframework.us",
      "https://api.botframework.us",
      "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us",
    ]);
  });

  it("runs the Emulator without authentication only with TEAMS_DEV=1", () => {
    const config = loadTeamsConfig({ TEAMS_DEV: "1" });
    expect([config.appId, config.devMode, config.credentials]).toEqual(["", true, undefined]);
    expect(sdkAuthConfiguration(config)).toEqual({});
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      "authentication off without TEAMS_DEV",
      { MicrosoftAppPassword: "x" },
      /MicrosoftAppId: set it \(or clientId\) to the Azure Bot's app id/,
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
      "a ChannelService nobody knows",
      { ...APP, ChannelService: "https://botframework.example" },
      /ChannelService: only https:\/\/botframework.azure.us is known/,
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
