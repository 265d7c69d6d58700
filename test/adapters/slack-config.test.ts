/**
 * Slack's configuration: when the adapter turns on, and the messages that name the
 * variable to set or fix. Socket Mode is checked up to the socket (no WebSocket server here).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configuredAdapters, platformFactories } from "../../adapters/index.js";
import {
  createSlackAdapter,
  isSlackConfigured,
  parseSlackConfig,
  slackFactory,
} from "../../adapters/slack/index.js";
import { ConfigError } from "../../bot/errors.js";
import { startFakeSlack } from "../support/fake-slack/api.js";
import { startExpectingFailure } from "../support/fake-slack/harness.js";
import { TEST_APP_TOKEN } from "../support/fake-slack/sign.js";

const BOT = "xoxb-1000-2000-abcDEF123";
const SECRET = "8f742231b10e8888abcd99e1e1ab85a5";
const APP = TEST_APP_TOKEN;

const configError = (env: Record<string, string | undefined>): string => {
  try {
    parseSlackConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
};

describe("Slack configuration", () => {
  it.each([
    [{}, false],
    [{ SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "  " }, false],
    [{ SLACK_API_URL: "http://127.0.0.1:9/api/" }, false],
    [{ SLACK_BOT_TOKEN: BOT }, true],
    [{ SLACK_SIGNING_SECRET: SECRET }, true],
    [{ SLACK_APP_TOKEN: APP }, true],
  ])("isConfigured(%o) is %s", (env, expected) => {
    expect(isSlackConfigured(env)).toBe(expected);
    expect(slackFactory.isConfigured(env)).toBe(expected);
  });

  it("parses HTTP mode with Slack's own API URL by default", () => {
    expect(parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual({
      botToken: BOT,
      signingSecret: SECRET,
      appToken: undefined,
      apiUrl: "https://slack.com/api/",
      mode: "http",
    });
  });

  it("parses Socket Mode when SLACK_APP_TOKEN is set (no signing secret needed)", () => {
    expect(parseSlackConfig({ SLACK_BOT_TOKEN: ` ${BOT}\n`, SLACK_APP_TOKEN: APP })).toEqual({
      botToken: BOT,
      signingSecret: undefined,
      appToken: APP,
      apiUrl: "https://slack.com/api/",
      mode: "socket",
    });
  });

  it("takes SLACK_API_URL and adds the trailing slash the WebClient needs", () => {
    expect(
      parseSlackConfig({
        SLACK_BOT_TOKEN: BOT,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: "https://slack-gov.com/api",
      }).apiUrl,
    ).toBe("https://slack-gov.com/api/");
  });

  it.each([
    [
      { SLACK_SIGNING_SECRET: SECRET },
      "SLACK_BOT_TOKEN: required: the Bot User OAuth Token (OAuth & Permissions), xoxb-…",
    ],
    [
      { SLACK_BOT_TOKEN: BOT },
      "SLACK_SIGNING_SECRET: required: the Signing Secret (Basic Information → App Credentials)",
    ],
    [
      { SLACK_BOT_TOKEN: "xoxp-1-2-user-token", SLACK_SIGNING_SECRET: SECRET },
      "SLACK_BOT_TOKEN: must be a Bot User OAuth Token starting with xoxb- (OAuth & Permissions)",
    ],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "xoxb-pasted-here-by-mistake" },
      "SLACK_SIGNING_SECRET: must be the app's Signing Secret",
    ],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "short" },
      "SLACK_SIGNING_SECRET: must be the app's Signing Secret",
    ],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: BOT },
      "SLACK_APP_TOKEN: must be an app-level token starting with xapp-",
    ],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: "slack.com/api" },
      "SLACK_API_URL: must be an http(s) URL",
    ],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: "ftp://slack.com/api/" },
      "SLACK_API_URL: must be an http(s) URL",
    ],
  ])("names the variable to fix: %o", (env, expected) => {
    const message = configError(env);
    expect(message.startsWith("Slack configuration is not valid. Set or fix: ")).toBe(true);
    expect(message).toContain(expected);
  });

  it("names every missing variable at once", () => {
    const message = configError({ SLACK_API_URL: "https://slack.com/api/" });
    expect(message).toContain("SLACK_BOT_TOKEN: required");
    expect(message).toContain("SLACK_SIGNING_SECRET: required");
  });

  it("is listed in adapters/index.ts and built from the environment", () => {
    expect(platformFactories.map((factory) => factory.name)).toContain("slack");
    const adapters = configuredAdapters({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET });
    expect(adapters.map((adapter) => adapter.name)).toEqual(["slack"]);
    expect(() => configuredAdapters({ SLACK_BOT_TOKEN: BOT })).toThrow(ConfigError);
  });

  it("in Socket Mode opens the connection at SLACK_API_URL with the app token, mounts no route, and names SLACK_APP_TOKEN when refused", async () => {
    const fake = await startFakeSlack();
    fake.fail("apps.connections.open", { kind: "error", error: "invalid_auth" }, 2); // one per connection
    const adapter = createSlackAdapter(
      parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: fake.apiUrl }),
    );
    const { error, routes } = await startExpectingFailure(adapter);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^Slack refused SLACK_APP_TOKEN \(invalid_auth\)/);
    const [first, ...rest] = fake.calls.map((call) => [call.method, call.token]);
    expect(first).toEqual(["auth.test", BOT]);
    expect(rest.length).toBeGreaterThan(0); // the pool stops at the first refusal
    expect(new Set(rest.map(String))).toEqual(new Set([String(["apps.connections.open", APP])]));
    expect(routes).toEqual([]);
    await fake.close();
  });
});

describe("adapters/slack/app-manifest.json", () => {
  const manifest = JSON.parse(
    readFileSync(new URL("../../adapters/slack/app-manifest.json", import.meta.url), "utf8"),
  );

  it("subscribes to exactly the events the adapter reads", () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      "app_home_opened",
      "app_mention",
      "message.im",
    ]);
  });

  it("asks for the scopes of every method the adapter calls, and no more", () => {
    // app_mention → app_mentions:read; message.im → im:history; chat.postMessage/chat.update → chat:write;
    // /oewg → commands; conversations.open → im:write; users.info → users:read (+ users:read.email for the email);
    // files shared in a DM: url_private_download and files.info → files:read.
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        "app_mentions:read",
        "chat:write",
        "commands",
        "files:read",
        "im:history",
        "im:write",
        "users:read",
        "users:read.email",
      ].sort(),
    );
  });

  it("declares /oewg, interactivity (buttons, modals), the Home tab and a writable Messages tab", () => {
    expect(manifest.features.slash_commands.map((command: { command: string }) => command.command)).toEqual([
      "/oewg",
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });
});
