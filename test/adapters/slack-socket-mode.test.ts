/**
 * Slack over Socket Mode (`SLACK_APP_TOKEN` set): the real Bolt SocketModeReceiver
 * connected to a fake Socket Mode WebSocket server, the Web API faked as for HTTP. Each
 * envelope is acknowledged at once, answered once, in the right place; retries and
 * Slack's requests to reconnect are handled, and while Slack recycles one of the bot's two
 * connections the other one keeps answering.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createSlackAdapter,
  parseSlackConfig,
  type SlackAdapterOptions,
} from "../../adapters/slack/index.js";
import { ConfigError } from "../../bot/errors.js";
import type { HandlerModule } from "../../bot/module.js";
import { handlerModules } from "../../handlers/index.js";
import { startFakeSlack } from "../support/fake-slack/api.js";
import {
  type SlackTestBot,
  settle,
  startExpectingFailure,
  startSlackTestBot,
} from "../support/fake-slack/harness.js";
import { directMessage, FORM, mention, nextTs, slashCommand } from "../support/fake-slack/payloads.js";
import { TEST_APP_TOKEN, TEST_BOT_TOKEN } from "../support/fake-slack/sign.js";
import {
  deliverAsEnvelope,
  type FakeSocketMode,
  startFakeSocketMode,
} from "../support/fake-slack/socket-mode.js";
import { gate } from "../support/gate.js";

const GENEVA = "U0GENEVA";
const CHANNEL = "C0DELEGATES";
const QUESTION = "what's on Thursday afternoon";
const BOT_TOKEN = TEST_BOT_TOKEN;
const APP_TOKEN = TEST_APP_TOKEN;

/** The Slack test bot over Socket Mode with the real handlers, on Monday morning. */
const startSocketBot = (adapter?: SlackAdapterOptions) =>
  startSlackTestBot({ modules: handlerModules, now: "2024-03-04T08:00:00-05:00", socketMode: true, adapter });

describe("Slack over Socket Mode, with the real handlers", () => {
  let t: SlackTestBot;

  beforeEach(async () => {
    t = await startSocketBot();
  });
  afterEach(async () => {
    await t.stop();
  });

  it("connects with the app token (the bot token for everything else) and holds two connections", async () => {
    expect(t.fake.calls.map((call) => [call.method, call.token])).toEqual([
      ["auth.test", BOT_TOKEN],
      ["apps.connections.open", APP_TOKEN],
      ["apps.connections.open", APP_TOKEN],
    ]);
    expect(t.eventsUrl).toEqual("");
    expect([t.socket?.connectionCount(), t.socket?.openConnections()]).toEqual([2, 2]);
  });

  it("answers a DM once, in the DM, with the session and the asker's own time", async () => {
    const ack = await t.post(directMessage(t.ctx, "Ev-sm-dm", { text: QUESTION, user: GENEVA }));
    expect(ack.status).toEqual(200);
    const [answer] = await t.fake.waitForCalls("chat.postMessage", 1);
    await settle(150);
    expect(t.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(answer?.args.channel).toEqual(`D${GENEVA}`);
    expect(String(answer?.args.text)).toMatch(/Thursday 7 March afternoon: Regular institutional dialogue/);
    expect(String(answer?.args.text)).toContain("(Zurich)");
  });

  it("answers a mention once, in a thread under the question", async () => {
    const ts = nextTs();
    await t.post(
      mention(t.ctx, "Ev-sm-mention", { text: `${QUESTION}?`, user: GENEVA, channel: CHANNEL, ts }),
    );
    await t.fake.waitForCalls("chat.postMessage", 1);
    await settle(150);
    expect(
      t.fake.callsTo("chat.postMessage").map((call) => [call.args.channel, call.args.thread_ts]),
    ).toEqual([[CHANNEL, ts]]);
  });

  it("answers /oewg in a channel privately through the command's response_url", async () => {
    const body = slashCommand(t.ctx, {
      text: QUESTION,
      user: GENEVA,
      channel: CHANNEL,
      channelName: "delegates",
      triggerId: "21.22.sm",
    });
    expect((await t.post(body, { contentType: FORM })).status).toEqual(200);
    const [answer] = await t.fake.waitForCalls("response_url", 1);
    await settle(150);
    expect(t.fake.callsTo("chat.postMessage")).toEqual([]);
    expect([answer?.args.id, answer?.args.response_type]).toEqual(["command-21.22.sm", "ephemeral"]);
    expect(String(answer?.args.text)).toMatch(/Regular institutional dialogue/);
  });

  it("acknowledges every redelivery (retry_attempt 1–3) of an event and answers it once", async () => {
    const body = directMessage(t.ctx, "Ev-sm-retry", { text: QUESTION, user: GENEVA });
    const acks = [];
    for (const retryNum of [0, 1, 2, 3]) acks.push(await t.post(body, { retryNum }));
    expect(acks.map((ack) => ack.status)).toEqual([200, 200, 200, 200]);
    await t.fake.waitForCalls("chat.postMessage", 1);
    await settle(200);
    expect(t.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("reconnects when Slack asks it to, and answers on the new connections", async () => {
    t.socket?.requestReconnect("refresh_requested");
    await t.socket?.waitForConnections(4);
    expect(t.fake.callsTo("apps.connections.open")).toHaveLength(4);
    await t.post(directMessage(t.ctx, "Ev-sm-after", { text: QUESTION, user: GENEVA }));
    await t.fake.waitForCalls("chat.postMessage", 1);
    await settle(100);
    expect(t.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("closes its connections when the bot stops", async () => {
    await t.adapter.stop();
    await settle(100);
    expect(t.socket?.openConnections()).toEqual(0);
  });
});

/** Slack asks the oldest connection to go away; a question follows at once. */
async function recycleOldestThenAsk(t: SlackTestBot, eventId: string) {
  const socket = t.socket as FakeSocketMode;
  socket.requestReconnect("refresh_requested", "oldest");
  const started = performance.now();
  const ack = await deliverAsEnvelope(
    socket,
    directMessage(t.ctx, eventId, { text: QUESTION, user: GENEVA }),
    undefined,
  );
  return { ack, elapsedMs: performance.now() - started };
}

describe("Slack over Socket Mode while Slack recycles a connection", () => {
  let t: SlackTestBot;

  beforeEach(async () => {
    // A 3 s reconnect wait: an envelope that had to wait for the recycled connection would
    // be acknowledged only after it.
    t = await startSocketBot({ socketPingTimeoutMs: 3_000 });
  });
  afterEach(async () => {
    await t.stop();
  });

  it("answers at once on the other connection, then is back to two", async () => {
    const socket = t.socket as FakeSocketMode;
    const { ack, elapsedMs } = await recycleOldestThenAsk(t, "Ev-sm-recycle");
    expect(ack.connection).toEqual(2);
    expect(elapsedMs).toBeLessThan(500); // waiting for a usable connection included
    const [answer] = await t.fake.waitForCalls("chat.postMessage", 1);
    expect(String(answer?.args.text)).toMatch(/Regular institutional dialogue/);
    await socket.waitForConnections(3, 6_000);
    expect(socket.openConnections()).toEqual(2);
  });

  it("stopped in the middle of a reconnection, lets it finish first: no unhandled rejection from Bolt's client", async () => {
    await t.stop();
    t = await startSocketBot({ socketPingTimeoutMs: 1_000, socketConnections: 1 });
    const socket = t.socket as FakeSocketMode;
    socket.delayHello(1_000); // the reconnection stays "connecting" for a second
    socket.requestReconnect("refresh_requested", "oldest");
    await socket.waitForConnections(2, 5_000);
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason ?? "undefined");
    process.on("unhandledRejection", record);
    try {
      await t.stop();
      await settle(200);
    } finally {
      process.off("unhandledRejection", record);
    }
    expect(unhandled).toEqual([]);
    expect(socket.openConnections()).toEqual(0);
  });

  it("with one connection, the same envelope waits for the reconnect", async () => {
    await t.stop();
    t = await startSocketBot({ socketPingTimeoutMs: 1_000, socketConnections: 1 });
    const { ack, elapsedMs } = await recycleOldestThenAsk(t, "Ev-sm-single");
    expect([ack.connection, elapsedMs >= 900]).toEqual([2, true]);
  });
});

describe("Slack over Socket Mode when a connection is refused", () => {
  it("fails to start with a ConfigError and leaves no connection open", async () => {
    const socket = await startFakeSocketMode();
    const fake = await startFakeSlack({ socketModeUrl: socket.url });
    fake.fail("apps.connections.open", { kind: "error", error: "invalid_auth" }); // the second one
    const adapter = createSlackAdapter(
      parseSlackConfig({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: APP_TOKEN,
        SLACK_API_URL: fake.apiUrl,
      }),
    );
    const { error } = await startExpectingFailure(adapter);
    expect(error).toBeInstanceOf(ConfigError);
    // The other connection got its URL and opens after the refusal: it is closed again.
    await fake.waitForCalls("apps.connections.open", 2);
    const closedAgain = () => socket.connectionCount() === 1 && socket.openConnections() === 0;
    for (let waited = 0; !closedAgain() && waited < 3_000; waited += 20) await settle(20);
    await settle(200); // and stays closed (no reconnect)
    expect([socket.connectionCount(), socket.openConnections()]).toEqual([1, 0]);
    await fake.close();
    await socket.close();
  });
});

describe("Slack over Socket Mode acknowledges before slow work", () => {
  let t: SlackTestBot;
  let release: () => void = () => undefined;
  const finished: string[] = [];

  beforeEach(async () => {
    const held = gate(10_000);
    release = held.release;
    const slow: HandlerModule = {
      name: "slow",
      install(router) {
        router.use(async (ctx) => {
          await held.promise;
          finished.push(ctx.event.id);
          await ctx.reply("done");
        });
      },
    };
    t = await startSlackTestBot({ modules: [slow], socketMode: true });
  });
  afterEach(async () => {
    release();
    await t.stop();
  });

  it("acknowledges an event and a slash command in under 500 ms while a 10 s handler still runs", async () => {
    const event = await t.post(
      mention(t.ctx, "Ev-sm-slow", { text: "slow", user: GENEVA, channel: CHANNEL }),
    );
    const command = await t.post(
      slashCommand(t.ctx, {
        text: "slow",
        user: GENEVA,
        channel: CHANNEL,
        channelName: "delegates",
        triggerId: "9.9.sm",
      }),
      { contentType: FORM },
    );
    expect([event.elapsedMs < 500, command.elapsedMs < 500]).toEqual([true, true]);
    expect(finished).toEqual([]);
    release();
    await t.fake.waitForCalls("chat.postMessage", 1);
    await t.fake.waitForCalls("response_url", 1);
    expect(finished).toHaveLength(2);
  });
});
