/**
 * The Web API client against the fake's fault knobs: Retry-After honoured, bounded retries,
 * `ok:false` codes mapped to permanent or transient DeliveryErrors, and a response that
 * never comes cut off by the timeout.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackApi, webClientOptions } from "../../adapters/slack/client.js";
import { createSlackAdapter, parseSlackConfig, SlackDeliveryError } from "../../adapters/slack/index.js";
import { ConfigError } from "../../bot/errors.js";
import { silentLogger } from "../../bot/logger.js";
import { openStore } from "../../bot/store/index.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack/api.js";
import {
  type SlackTestBot,
  startExpectingFailure,
  startSlackTestBot,
} from "../support/fake-slack/harness.js";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "../support/fake-slack/sign.js";

const TOKEN = TEST_BOT_TOKEN;

describe("SlackApi against the fake Web API", () => {
  let fake: FakeSlack;
  let waits: number[];
  let api: SlackApi;

  beforeEach(async () => {
    fake = await startFakeSlack();
    waits = [];
    api = new SlackApi({
      token: TOKEN,
      apiUrl: fake.apiUrl,
      log: silentLogger(),
      timeoutMs: 300,
      backoffMs: 100,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
  });
  afterEach(async () => {
    await fake.close();
  });

  const post = () => api.call("chat.postMessage", { channel: "C1", text: "hi" }, { idempotent: false });
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SlackDeliveryError);
    const { slackError, permanent, retryAfterMs, outcomeUnknown } = error as SlackDeliveryError;
    return { slackError, permanent, retryAfterMs, outcomeUnknown };
  };

  it("sends with the bot token to SLACK_API_URL only", async () => {
    await post();
    expect(fake.calls.map((call) => [call.method, call.token])).toEqual([["chat.postMessage", TOKEN]]);
  });

  it("waits a short 429's Retry-After, then succeeds", async () => {
    fake.fail("chat.postMessage", { kind: "ratelimited", retryAfterSec: 1 });
    const result = await post();
    expect(result.ok).toBe(true);
    expect(waits).toEqual([1000]);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(2);
  });

  it("returns a long 429 to the caller as transient with retryAfterMs, without waiting", async () => {
    fake.fail("chat.postMessage", { kind: "ratelimited", retryAfterSec: 30 });
    expect(await failure(post())).toEqual({
      slackError: "ratelimited",
      permanent: false,
      retryAfterMs: 30_000,
      outcomeUnknown: false,
    });
    expect(waits).toEqual([]);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("retries 5xx with exponential backoff and succeeds", async () => {
    fake.fail("chat.postMessage", { kind: "http", status: 503 }, 2);
    expect((await post()).ok).toBe(true);
    expect(waits).toEqual([100, 200]);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(3);
  });

  it("gives up after 2 retries of a persistent 5xx", async () => {
    fake.fail("chat.postMessage", { kind: "http", status: 502 }, 10);
    expect(await failure(post())).toEqual({
      slackError: "http_502",
      permanent: false,
      retryAfterMs: undefined,
      outcomeUnknown: false,
    });
    expect(fake.callsTo("chat.postMessage")).toHaveLength(3);
  });

  it("does not retry a 4xx other than 429", async () => {
    fake.fail("chat.postMessage", { kind: "http", status: 400 });
    expect((await failure(post())).slackError).toBe("http_400");
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it.each([
    ["user_not_found", true],
    ["channel_not_found", true],
    ["is_archived", true],
    ["not_in_channel", true],
    ["account_inactive", true],
    ["invalid_auth", true],
    ["token_revoked", true],
    ["missing_scope", true],
    ["invalid_blocks", true],
    ["some_new_error_code", true],
    ["internal_error", false],
    ["ratelimited", false],
  ])("maps ok:false %s to permanent=%s", async (code, permanent) => {
    fake.fail("chat.postMessage", { kind: "error", error: code }, 10);
    const mapped = await failure(post());
    expect([mapped.slackError, mapped.permanent]).toEqual([code, permanent]);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(permanent ? 1 : 3);
  });

  it("cuts off a post whose response never comes, and does not re-post it (no idempotency key)", async () => {
    fake.fail("chat.postMessage", { kind: "hang" });
    expect(await failure(post())).toEqual({
      slackError: "timeout",
      permanent: false,
      retryAfterMs: undefined,
      outcomeUnknown: true,
    });
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("retries an idempotent look-up whose response never came", async () => {
    fake.fail("users.info", { kind: "hang" });
    const patient = new SlackApi({
      token: TOKEN,
      apiUrl: fake.apiUrl,
      log: silentLogger(),
      timeoutMs: 1_000,
      sleep: async () => undefined,
    });
    const result = await patient.call("users.info", { user: "U0GENEVA" }, { idempotent: true });
    expect(result.ok).toBe(true);
    expect(fake.callsTo("users.info")).toHaveLength(2);
  });

  it("reports a refused connection as transient, the message certainly not delivered", async () => {
    const closed = new SlackApi({
      token: TOKEN,
      apiUrl: fake.apiUrl,
      log: silentLogger(),
      timeoutMs: 300,
      sleep: async () => undefined,
    });
    await fake.close();
    expect(
      await failure(closed.call("chat.postMessage", { channel: "C1", text: "hi" }, { idempotent: false })),
    ).toEqual({
      slackError: "network",
      permanent: false,
      retryAfterMs: undefined,
      outcomeUnknown: false,
    });
  });

  it("configures the WebClient explicitly: timeout, no SDK retries, 429s returned to us, our transport", () => {
    const options = webClientOptions({ token: TOKEN, apiUrl: fake.apiUrl, log: silentLogger() });
    expect({ ...options, logger: undefined }).toEqual({
      slackApiUrl: fake.apiUrl,
      timeout: 10_000,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      fetch: expect.any(Function),
      logger: undefined,
    });
  });

  it("maps a response_url that expired (404) to a permanent failure", async () => {
    fake.fail("response_url", { kind: "http", status: 404 });
    expect((await failure(api.postToResponseUrl(fake.responseUrl("x"), { text: "hi" }))).permanent).toBe(
      true,
    );
  });
});

describe("Slack adapter deliveries under faults", () => {
  let t: SlackTestBot;

  beforeEach(async () => {
    t = await startSlackTestBot({ modules: [] });
  });
  afterEach(async () => {
    await t.stop();
  });

  it("throws a permanent DeliveryError for an archived channel", async () => {
    t.fake.fail("chat.postMessage", { kind: "error", error: "is_archived" });
    await expect(t.bot.deps.messenger.send("slack:T0TEAM/C0OLD", { text: "hi" })).rejects.toMatchObject({
      code: "DELIVERY_PERMANENT",
      slackError: "is_archived",
    });
  });

  it("throws a permanent DeliveryError when the user's DM cannot be opened", async () => {
    await expect(
      t.bot.deps.messenger.sendDirect("slack:T0TEAM/@U0NOBODY", { text: "hi" }),
    ).rejects.toMatchObject({
      code: "DELIVERY_PERMANENT",
      slackError: "user_not_found",
    });
  });

  it("answers in the DM when a slash command's response_url was used up (404)", async () => {
    await t.bot.store
      .namespace("adapter:slack")
      .set("respond:command:1", { url: t.fake.responseUrl("used") });
    t.fake.fail("response_url", { kind: "http", status: 404 });
    const sent = await t.bot.deps.messenger.send("slack:T0TEAM/respond/U0GENEVA/command:1", {
      text: "Answer",
    });
    expect(sent.address).toBe("slack:T0TEAM/DU0GENEVA");
    expect(t.fake.callsTo("chat.postMessage").map((call) => call.args.channel)).toEqual(["DU0GENEVA"]);
  });

  it("refuses to send to an address that is not Slack's", async () => {
    await expect(t.adapter.send("slack:T0TEAM", { text: "hi" })).rejects.toMatchObject({
      code: "DELIVERY_PERMANENT",
    });
  });
});

describe("Slack start-up", () => {
  it("stops with a ConfigError naming SLACK_BOT_TOKEN when Slack refuses it", async () => {
    const fake = await startFakeSlack();
    fake.fail("auth.test", { kind: "error", error: "invalid_auth" });
    const adapter = createSlackAdapter(
      parseSlackConfig({
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
      }),
    );
    const { error } = await startExpectingFailure(adapter);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      "Slack refused SLACK_BOT_TOKEN (invalid_auth). Set it to the Bot User OAuth Token of an installed app (OAuth & Permissions).",
    );
    await fake.close();
  });

  it("mounts POST /slack/events on the bot's server and learns its ids from auth.test", async () => {
    const fake = await startFakeSlack({ botUserId: "U0OTHERBOT", botId: "B0OTHER" });
    const routes: string[] = [];
    const adapter = createSlackAdapter(
      parseSlackConfig({
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
      }),
    );
    const store = await openStore("memory:");
    await adapter.start({
      sink: { dispatch: async () => undefined },
      store,
      log: silentLogger(),
      route: (method, path) => routes.push(`${method} ${path}`),
    });
    expect(routes).toEqual(["POST /slack/events"]);
    expect(adapter.identity).toEqual({ userId: "U0OTHERBOT", botId: "B0OTHER", team: "T0TEAM" });
    await adapter.stop();
    await store.close();
    await fake.close();
  });
});
