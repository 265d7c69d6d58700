/**
 * The adapter contract, driven through Slack's real ingress, both ways Slack delivers:
 * signed HTTP requests into the real Bolt HTTPReceiver mounted on the core's HttpServer,
 * and envelopes over a fake Socket Mode WebSocket into the real SocketModeReceiver.
 * Replies are read from a fake Web API.
 */
import { expect } from "vitest";
import {
  createSlackAdapter,
  encodeAddress,
  parseSlackConfig,
  type SlackAdapter,
} from "../../adapters/slack/index.js";
import { HttpServer } from "../../bot/http.js";
import { silentLogger } from "../../bot/logger.js";
import type { Address } from "../../bot/types.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack/api.js";
import {
  blockAction,
  directMessage,
  FORM,
  type PayloadContext,
  type RenderedButton,
  viewSubmission,
} from "../support/fake-slack/payloads.js";
import {
  postToSlackEndpoint,
  TEST_APP_TOKEN,
  TEST_BOT_TOKEN,
  TEST_SIGNING_SECRET,
} from "../support/fake-slack/sign.js";
import {
  deliverAsEnvelope,
  type FakeSocketMode,
  startFakeSocketMode,
} from "../support/fake-slack/socket-mode.js";
import type { ContractHarness } from "./contract.js";
import { runAdapterContract } from "./contract.js";

const USER = "U0GENEVA";
/** The email Slack's `users.info` gives for USER (the POC of the six-language suite). */
const SLACK_EMAIL = "amina.diallo@example.org";

async function slackHarness(transport: "http" | "socket"): Promise<ContractHarness> {
  const socket: FakeSocketMode | undefined = transport === "socket" ? await startFakeSocketMode() : undefined;
  const fake: FakeSlack = await startFakeSlack({ socketModeUrl: socket?.url });
  const adapter: SlackAdapter = createSlackAdapter(
    parseSlackConfig({
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      ...(socket ? { SLACK_APP_TOKEN: TEST_APP_TOKEN } : {}),
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    }),
    { api: { timeoutMs: 2_000, sleep: async () => undefined } },
  );
  const http = new HttpServer(silentLogger());
  let url = "";
  const ctx: PayloadContext = {
    team: fake.team,
    botUserId: fake.botUserId,
    botId: fake.botId,
    responseUrl: fake.responseUrl,
  };
  const post = async (body: string, contentType?: string) => {
    if (socket) {
      // Over Socket Mode the same payloads arrive as envelopes, clicks as `interactive`.
      const ack = await deliverAsEnvelope(socket, body, contentType);
      expect(ack.message.envelope_id).toEqual(ack.envelopeId);
      return;
    }
    const response = await postToSlackEndpoint(url, body, { contentType });
    expect(response.status).toBe(200);
  };
  const posts = () => fake.callsTo("chat.postMessage");
  /** Clicks the latest rendered button with this action id (and value, when given). */
  const click = async (actionId: string, value: string | undefined, eventId: string) => {
    for (const call of [...posts()].reverse()) {
      const blocks = (call.args.blocks ?? []) as Array<{ type: string; elements?: RenderedButton[] }>;
      const button = blocks
        .flatMap((block) => (block.type === "actions" ? (block.elements ?? []) : []))
        .find((element) => {
          const decoded = JSON.parse(element.value ?? "{}") as { a?: string; v?: string };
          return decoded.a === actionId && (value === undefined || decoded.v === value);
        });
      if (!button) continue;
      const channel = String(call.args.channel);
      const messageTs = String(call.response?.ts);
      await post(blockAction(ctx, { user: USER, button, channel, messageTs, triggerId: eventId }), FORM);
      return;
    }
    throw new Error(`no rendered button ${actionId}=${value}`);
  };
  const displayed = (text: unknown) =>
    String(text).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

  return {
    adapter,
    redeliversEvents: true,
    async start(bot) {
      await adapter.start({
        sink: bot.core.sink,
        store: bot.store.namespace("adapter:slack"),
        log: silentLogger(),
        route: (method, path, handler) => http.route(method, path, handler),
      });
      if (!socket) url = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}/slack/events`;
    },
    deliverDirectMessage: (text, { eventId, userId }) =>
      post(directMessage(ctx, eventId, { text, user: userId ?? USER })),
    people: {
      secretariat: {
        userId: USER,
        email: "amina.diallo@example.org",
        address: encodeAddress({ kind: "conversation", team: fake.team, channel: `D${USER}` }),
      },
      delegate: {
        userId: "U0NEWYORK",
        email: "jon.park@example.org",
        address: encodeAddress({ kind: "conversation", team: fake.team, channel: "DU0NEWYORK" }),
      },
    },
    async deliverFile(file, { eventId, userId, text }) {
      const shared = fake.addFile({ name: file.name, mimetype: "text/plain", content: file.content });
      await post(directMessage(ctx, eventId, { text: text ?? "", user: userId ?? USER, files: [shared] }));
    },
    deliverAction: (actionId, value, { eventId }) => click(actionId, value, eventId),
    // A button of a card with inputs opens a modal; its submission is the action with inputs.
    async deliverForm(actionId, value, inputs, { eventId }) {
      const opened = fake.callsTo("views.open").length;
      await click(actionId, value, eventId);
      const open = (await fake.waitForCalls("views.open", opened + 1))[opened];
      const view = open?.args.view as { callback_id: string; private_metadata: string };
      await post(
        viewSubmission(ctx, { user: USER, view, values: inputs, triggerId: `${eventId}-submit` }),
        FORM,
      );
    },
    verifiedEmail: SLACK_EMAIL,
    deliverOwnMessage: (text, { eventId }) =>
      post(directMessage(ctx, eventId, { text, user: fake.botUserId, botId: fake.botId })),
    sent: () =>
      posts().map((call) => ({
        address: encodeAddress({
          kind: "conversation",
          team: fake.team,
          channel: String(call.args.channel),
          threadTs: call.args.thread_ts === undefined ? undefined : String(call.args.thread_ts),
        }),
        text: displayed(call.args.text),
      })),
    async waitForSends(count) {
      await fake.waitForCalls("chat.postMessage", count).catch(() => undefined);
    },
    directAddress: (): Address =>
      encodeAddress({ kind: "conversation", team: fake.team, channel: `D${USER}` }),
    async stop() {
      await adapter.stop();
      await http.close();
      await fake.close();
      await socket?.close();
    },
  };
}

runAdapterContract("slack", () => slackHarness("http"));
// The six-language journey runs over HTTP only: Socket Mode carries the same payloads, and
// Slack's one-post-a-second pacing makes each journey take about ten seconds.
runAdapterContract("slack (Socket Mode)", () => slackHarness("socket"), { languages: false });
