/**
 * Conversations over Slack with the real handler modules: a question by DM, by mention and
 * by slash command each gets exactly one answer with the right content, in the right place;
 * the asker's zone comes from users.info; DMs are opened once.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import type { FakeCall } from "../support/fake-slack/api.js";
import { type SlackTestBot, settle, startSlackTestBot } from "../support/fake-slack/harness.js";
import {
  channelMessage,
  directMessage,
  FORM,
  homeOpened,
  mention,
  nextTs,
  slashCommand,
} from "../support/fake-slack/payloads.js";

const GENEVA = "U0GENEVA";
const NEW_YORK = "U0NEWYORK";
const CHANNEL = "C0DELEGATES";
const QUESTION = "what's on Thursday afternoon";

/** Every call the bot made to deliver something (not look-ups). */
const deliveries = (calls: FakeCall[]) =>
  calls
    .filter((call) =>
      ["chat.postMessage", "response_url", "views.publish", "chat.update"].includes(call.method),
    )
    .map((call) => ({
      method: call.method,
      channel: call.args.channel,
      thread_ts: call.args.thread_ts,
      response_type: call.args.response_type,
      id: call.args.id,
    }));

describe("Slack conversations with the real handlers", () => {
  let t: SlackTestBot;

  beforeEach(async () => {
    t = await startSlackTestBot({ modules: handlerModules, now: "2024-03-04T08:00:00-05:00" });
  });
  afterEach(async () => {
    await t.stop();
  });

  it("answers a DM once, in the DM, with Thursday afternoon's session and the asker's own time", async () => {
    expect((await t.post(directMessage(t.ctx, "Ev-dm", { text: QUESTION, user: GENEVA }))).status).toBe(200);
    const [answer] = await t.fake.waitForCalls("chat.postMessage", 1);
    await settle(150);
    expect(deliveries(t.fake.calls)).toEqual([
      {
        method: "chat.postMessage",
        channel: `D${GENEVA}`,
        thread_ts: undefined,
        response_type: undefined,
        id: undefined,
      },
    ]);
    expect(String(answer?.args.text)).toMatch(/Thursday 7 March afternoon: Regular institutional dialogue/);
    expect(String(answer?.args.text)).toContain("3:00 PM–6:00 PM");
    expect(String(answer?.args.text)).toContain("(Zurich)");
  });

  it("answers a mention once, in a thread under the question, without the mention in the text", async () => {
    const ts = nextTs();
    await t.post(
      mention(t.ctx, "Ev-mention", { text: `${QUESTION}?`, user: NEW_YORK, channel: CHANNEL, ts }),
    );
    const [answer] = await t.fake.waitForCalls("chat.postMessage", 1);
    await settle(150);
    expect(deliveries(t.fake.calls)).toEqual([
      {
        method: "chat.postMessage",
        channel: CHANNEL,
        thread_ts: ts,
        response_type: undefined,
        id: undefined,
      },
    ]);
    expect(String(answer?.args.text)).toMatch(/Regular institutional dialogue/);
    expect(String(answer?.args.text)).not.toContain("Your time"); // New York asker: venue time is theirs
  });

  it("paces answers to one busy channel a second apart (no limit violation), without holding other channels back", async () => {
    for (const n of [1, 2, 3, 4]) {
      await t.post(mention(t.ctx, `Ev-busy-${n}`, { text: QUESTION, user: GENEVA, channel: "C0BUSY" }));
    }
    await t.post(mention(t.ctx, "Ev-quiet", { text: QUESTION, user: GENEVA, channel: "C0QUIET" }));
    const posts = await t.fake.waitForCalls("chat.postMessage", 5, 8_000);
    const busy = posts.filter((post) => post.args.channel === "C0BUSY").map((post) => post.at);
    const quiet = posts.find((post) => post.args.channel === "C0QUIET");
    expect(busy).toHaveLength(4);
    expect(t.fake.violations).toEqual([]);
    expect(busy.slice(1).every((at, index) => at - (busy[index] ?? 0) >= 1_000)).toBe(true);
    expect(quiet?.at).toBeLessThan(busy[1] ?? 0);
  });

  it("answers a mention made inside a thread in that thread", async () => {
    const threadTs = nextTs();
    await t.post(
      mention(t.ctx, "Ev-in-thread", { text: QUESTION, user: GENEVA, channel: CHANNEL, threadTs }),
    );
    await t.fake.waitForCalls("chat.postMessage", 1);
    expect(
      t.fake.callsTo("chat.postMessage").map((call) => [call.args.channel, call.args.thread_ts]),
    ).toEqual([[CHANNEL, threadTs]]);
  });

  it("answers a mention once even when the same post also arrives as a channel message", async () => {
    const ts = nextTs();
    await t.post(mention(t.ctx, "Ev-m1", { text: QUESTION, user: GENEVA, channel: CHANNEL, ts }));
    await t.post(channelMessage(t.ctx, "Ev-m2", { text: QUESTION, user: GENEVA, channel: CHANNEL, ts }));
    await t.fake.waitForCalls("chat.postMessage", 1);
    await settle(200);
    expect(t.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("answers /oewg in a channel once, privately to the asker through the command's response_url", async () => {
    const body = slashCommand(t.ctx, {
      text: QUESTION,
      user: GENEVA,
      channel: CHANNEL,
      channelName: "delegates",
      triggerId: "11.22.aa",
    });
    const response = await t.post(body, { contentType: FORM });
    expect(response).toMatchObject({ status: 200, body: "" });
    const [answer] = await t.fake.waitForCalls("response_url", 1);
    await settle(150);
    expect(deliveries(t.fake.calls)).toEqual([
      {
        method: "response_url",
        channel: undefined,
        thread_ts: undefined,
        response_type: "ephemeral",
        id: "command-11.22.aa",
      },
    ]);
    expect(String(answer?.args.text)).toMatch(/Regular institutional dialogue/);
    expect(String(answer?.args.text)).toContain("(Zurich)");
  });

  it("answers /oewg help with the help card (blocks and fallback text)", async () => {
    const body = slashCommand(t.ctx, {
      text: "help",
      user: GENEVA,
      channel: CHANNEL,
      channelName: "delegates",
      triggerId: "11.22.help",
    });
    await t.post(body, { contentType: FORM });
    const [answer] = await t.fake.waitForCalls("response_url", 1);
    expect(String(answer?.args.text)).toContain("Here is what you can ask me");
    const blocks = answer?.args.blocks as Array<{ type: string; text?: { text: string } }>;
    expect(blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "Here is what you can ask me", emoji: true },
    });
  });

  it("answers /oewg used in the bot's own DM in the DM itself (a lasting message, not an ephemeral one)", async () => {
    const body = slashCommand(t.ctx, {
      text: QUESTION,
      user: GENEVA,
      channel: `D${GENEVA}`,
      channelName: "directmessage",
      triggerId: "11.22.dm",
    });
    await t.post(body, { contentType: FORM });
    await t.fake.waitForCalls("chat.postMessage", 1);
    await settle(150);
    expect(deliveries(t.fake.calls)).toEqual([
      {
        method: "chat.postMessage",
        channel: `D${GENEVA}`,
        thread_ts: undefined,
        response_type: undefined,
        id: undefined,
      },
    ]);
    expect(t.fake.callsTo("conversations.open").map((call) => call.args.users)).toEqual([GENEVA]);
  });

  it("answers /oewg used in a DM between two people through the response_url (the bot cannot post there)", async () => {
    const body = slashCommand(t.ctx, {
      text: QUESTION,
      user: GENEVA,
      channel: "D0PEOPLE",
      channelName: "directmessage",
      triggerId: "11.22.ppl",
    });
    await t.post(body, { contentType: FORM });
    await t.fake.waitForCalls("response_url", 1);
    await settle(150);
    expect(deliveries(t.fake.calls).map((delivery) => delivery.method)).toEqual(["response_url"]);
  });

  it("answers in the language of the user's Slack locale (users.info include_locale), unless the message is clearly in another", async () => {
    const geneva = t.fake.users.get(GENEVA);
    if (geneva) t.fake.users.set(GENEVA, { ...geneva, locale: "fr-FR" });
    await t.post(directMessage(t.ctx, "Ev-loc-1", { text: "help", user: GENEVA }));
    const [help] = await t.fake.waitForCalls("chat.postMessage", 1);
    expect(String(help?.args.text)).toContain("Voici ce que vous pouvez me demander");
    await t.post(directMessage(t.ctx, "Ev-loc-2", { text: "what's on Thursday afternoon?", user: GENEVA }));
    const [, answer] = await t.fake.waitForCalls("chat.postMessage", 2);
    expect(String(answer?.args.text)).toMatch(/Thursday/);
  });

  it("looks the asker up with users.info once and caches the answer", async () => {
    await t.post(directMessage(t.ctx, "Ev-a", { text: QUESTION, user: GENEVA }));
    await t.fake.waitForCalls("chat.postMessage", 1);
    await t.post(directMessage(t.ctx, "Ev-b", { text: "what's next?", user: GENEVA }));
    await t.fake.waitForCalls("chat.postMessage", 2);
    expect(t.fake.callsTo("users.info").map((call) => call.args)).toEqual([
      { user: GENEVA, include_locale: "true" },
    ]);
  });

  it("still answers, in venue time only, when users.info fails", async () => {
    t.fake.fail("users.info", { kind: "error", error: "missing_scope" });
    await t.post(directMessage(t.ctx, "Ev-noscope", { text: QUESTION, user: GENEVA }));
    const [answer] = await t.fake.waitForCalls("chat.postMessage", 1);
    expect(String(answer?.args.text)).toMatch(/Regular institutional dialogue/);
    expect(String(answer?.args.text)).not.toContain("Your time");
  });

  it("publishes the core's home view (next sessions in the user's zone) when the Home tab is opened", async () => {
    await t.post(homeOpened(t.ctx, "Ev-home", GENEVA));
    const [publish] = await t.fake.waitForCalls("views.publish", 1);
    await settle(150);
    expect(deliveries(t.fake.calls).map((delivery) => delivery.method)).toEqual(["views.publish"]);
    expect(publish?.args.user_id).toBe(GENEVA);
    const view = publish?.args.view as {
      type: string;
      blocks: Array<{ type: string; text?: { text: string } }>;
    };
    expect(view.type).toBe("home");
    expect(view.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "Coming up", emoji: true },
    });
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain("your time (Zurich)");
    expect(shown).toContain("New York time");
  });

  it("ignores message edits, joins and other non-user subtypes", async () => {
    const base = JSON.parse(directMessage(t.ctx, "Ev-edit", { text: QUESTION, user: GENEVA }));
    base.event.subtype = "message_changed";
    await t.post(JSON.stringify(base));
    await settle(200);
    expect(deliveries(t.fake.calls)).toEqual([]);
  });
});
