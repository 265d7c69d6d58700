/**
 * Slack's HTTP ingress: signatures, timestamps, body size, url_verification, retries and
 * the ack-before-work rule, through the real Bolt HTTPReceiver on the core's HttpServer.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardMessage } from "../../bot/cards.js";
import type { HandlerModule } from "../../bot/module.js";
import type { IncomingEvent } from "../../bot/types.js";
import { type SlackTestBot, settle, startSlackTestBot } from "../support/fake-slack/harness.js";
import {
  blockAction,
  directMessage,
  FORM,
  mention,
  type RenderedButton,
  slashCommand,
  urlVerification,
} from "../support/fake-slack/payloads.js";
import { slackSignature, TEST_SIGNING_SECRET } from "../support/fake-slack/sign.js";
import { gate } from "../support/gate.js";

const USER = "U0GENEVA";
const now = () => Math.floor(Date.now() / 1000);

/** Records every event that reaches the core's handlers, and answers it. */
function spyModule(seen: IncomingEvent[]): HandlerModule {
  return {
    name: "spy",
    install(router) {
      router.use(async (ctx) => {
        seen.push(ctx.event);
        if (ctx.event.kind === "message" && ctx.event.text === "card") {
          await ctx.reply(
            cardMessage({
              title: "Reception",
              sections: [{ text: "Mon 4 March" }],
              buttons: [{ actionId: "rsvp", label: "Attending", value: "yes" }],
            }),
          );
          return;
        }
        await ctx.reply(
          ctx.event.kind === "message" ? `ok: ${ctx.event.text}` : `clicked ${ctx.event.actionId}`,
        );
      });
    },
  };
}

describe("Slack HTTP ingress", () => {
  let t: SlackTestBot;
  let seen: IncomingEvent[];

  beforeEach(async () => {
    seen = [];
    t = await startSlackTestBot({ modules: [spyModule(seen)] });
  });
  afterEach(async () => {
    await t.stop();
  });

  const dm = (eventId: string, text = "hello") => directMessage(t.ctx, eventId, { text, user: USER });

  it("answers url_verification with the challenge", async () => {
    const response = await t.post(urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
  });

  it("accepts a correctly signed event and answers it", async () => {
    const response = await t.post(dm("Ev-ok"));
    expect(response.status).toBe(200);
    await t.fake.waitForCalls("chat.postMessage", 1);
    expect(seen.map((event) => event.id)).toEqual(["Ev-ok"]);
  });

  describe("refuses with 401, and runs no handler, when", () => {
    const refused = async (response: { status: number }) => {
      expect(response.status).toBe(401);
      await settle(100);
      expect(seen).toEqual([]);
      expect(t.fake.calls.filter((call) => call.method !== "auth.test")).toEqual([]);
    };

    it("the signature is forged", async () => {
      await refused(
        await t.post(dm("Ev-forged"), { headers: { "x-slack-signature": `v0=${"ab".repeat(32)}` } }),
      );
    });

    it("the request was signed with another secret", async () => {
      await refused(await t.post(dm("Ev-other"), { secret: "0123456789abcdef0123456789abcdef" }));
    });

    it("the body was edited after signing", async () => {
      const body = dm("Ev-edit", "hello");
      await refused(await t.post(body, { bodyAfterSigning: body.replace("hello", "HELLO") }));
    });

    it("the signature header is missing", async () => {
      await refused(await t.post(dm("Ev-nosig"), { omitHeaders: ["x-slack-signature"] }));
    });

    it("the timestamp header is missing", async () => {
      await refused(await t.post(dm("Ev-nots"), { omitHeaders: ["x-slack-request-timestamp"] }));
    });

    it("both headers are missing", async () => {
      await refused(
        await t.post(dm("Ev-none"), { omitHeaders: ["x-slack-signature", "x-slack-request-timestamp"] }),
      );
    });

    it("the signature has an unknown version", async () => {
      const body = dm("Ev-v1");
      const signature = slackSignature(TEST_SIGNING_SECRET, now(), body).replace(/^v0=/, "v1=");
      await refused(await t.post(body, { headers: { "x-slack-signature": signature } }));
    });

    it("the timestamp is 301 s old (correctly signed)", async () => {
      await refused(await t.post(dm("Ev-old"), { timestamp: now() - 301 }));
    });

    it("the timestamp is 1 h in the future (correctly signed; Bolt alone accepts it)", async () => {
      await refused(await t.post(dm("Ev-future"), { timestamp: now() + 3600 }));
    });

    it("the timestamp is 301 s in the future", async () => {
      await refused(await t.post(dm("Ev-future-301"), { timestamp: now() + 301 }));
    });

    it("a slash command is forged", async () => {
      const body = slashCommand(t.ctx, {
        text: "help",
        user: USER,
        channel: "C0DELEGATES",
        channelName: "delegates",
        triggerId: "1.2.forged",
      });
      await refused(await t.post(body, { contentType: FORM, secret: "0123456789abcdef0123456789abcdef" }));
    });
  });

  it("accepts a timestamp 290 s away in either direction", async () => {
    expect((await t.post(dm("Ev-past-290"), { timestamp: now() - 290 })).status).toBe(200);
    expect((await t.post(dm("Ev-future-290"), { timestamp: now() + 290 })).status).toBe(200);
    await t.fake.waitForCalls("chat.postMessage", 2);
    expect(seen.map((event) => event.id).sort()).toEqual(["Ev-future-290", "Ev-past-290"]);
  });

  it("answers the same event_id delivered 4 times (X-Slack-Retry-Num 1–3) once", async () => {
    const body = mention(t.ctx, "Ev-retried", { text: "what's next?", user: USER, channel: "C0DELEGATES" });
    const statuses = [];
    statuses.push((await t.post(body)).status);
    for (const retryNum of [1, 2, 3]) statuses.push((await t.post(body, { retryNum })).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    await t.fake.waitForCalls("chat.postMessage", 1);
    await settle(200);
    expect(seen.map((event) => event.id)).toEqual(["Ev-retried"]);
    expect(t.fake.callsTo("chat.postMessage").map((call) => call.args.text)).toEqual(["ok: what's next?"]);
  });

  it("answers the same event_id delivered 4 times concurrently once", async () => {
    const body = dm("Ev-burst");
    const responses = await Promise.all(
      [0, 1, 2, 3].map((retryNum) => t.post(body, retryNum ? { retryNum } : {})),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    await t.fake.waitForCalls("chat.postMessage", 1);
    await settle(200);
    expect(t.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  describe("body size", () => {
    const over = 1024 * 1024 + 1;

    it("refuses a declared body over 1 MiB with 413 without reading it", async () => {
      const body = `{${"x".repeat(over - 1)}`; // not even JSON: it must never be parsed
      const response = await t.post(body);
      expect(response.status).toBe(413);
      await settle(100);
      expect(seen).toEqual([]);
    });

    it("refuses a chunked body over 1 MiB with 413 (Bolt's body limit, before parsing)", async () => {
      const body = `{${"x".repeat(over - 1)}`;
      const response = await t.post(body, { chunked: true });
      expect(response.status).toBe(413);
      await settle(100);
      expect(seen).toEqual([]);
    });

    it("accepts a signed event of exactly 1 MiB", async () => {
      const small = dm("Ev-big");
      const padded = `${small.slice(0, -1)},"padding":"${"p".repeat(1024 * 1024 - small.length - 13)}"}`;
      expect(Buffer.byteLength(padded)).toBe(1024 * 1024);
      const response = await t.post(padded);
      expect(response.status).toBe(200);
      await t.fake.waitForCalls("chat.postMessage", 1);
      expect(seen.map((event) => event.id)).toEqual(["Ev-big"]);
    });
  });
});

describe("Slack acknowledges before slow work", () => {
  let t: SlackTestBot;
  let release: () => void = () => undefined;
  let started: string[];
  let finished: string[];

  beforeEach(async () => {
    started = [];
    finished = [];
    // A handler that takes 10 s (or until the test releases it, to keep the suite fast).
    const held = gate(10_000);
    release = held.release;
    const slow: HandlerModule = {
      name: "slow",
      install(router) {
        router.message(/^card$/, async (ctx) => {
          await ctx.reply(
            cardMessage({
              title: "Pick",
              sections: [],
              buttons: [{ actionId: "slow:click", label: "Go", value: "1" }],
            }),
          );
        });
        router.use(async (ctx) => {
          started.push(ctx.event.id);
          await held.promise;
          finished.push(ctx.event.id);
          await ctx.reply("done");
        });
      },
    };
    t = await startSlackTestBot({ modules: [slow] });
  });
  afterEach(async () => {
    release();
    await t.stop();
  });

  it("gives an event, a slash command and a click their 200 in under 500 ms while the handler still runs", async () => {
    // A card to click on, posted before the slow turns start.
    await t.post(directMessage(t.ctx, "Ev-card", { text: "card", user: USER }));
    const [cardPost] = await t.fake.waitForCalls("chat.postMessage", 1);
    const blocks = cardPost?.args.blocks as Array<{ type: string; elements?: RenderedButton[] }>;
    const button = blocks.find((block) => block.type === "actions")?.elements?.[0] as RenderedButton;

    const event = await t.post(
      mention(t.ctx, "Ev-slow", { text: "slow question", user: USER, channel: "C0DELEGATES" }),
    );
    const command = await t.post(
      slashCommand(t.ctx, {
        text: "slow",
        user: USER,
        channel: "C0DELEGATES",
        channelName: "delegates",
        triggerId: "1.2.slow",
      }),
      { contentType: FORM },
    );
    const click = await t.post(
      blockAction(t.ctx, {
        user: USER,
        button,
        channel: `D${USER}`,
        messageTs: String(cardPost?.response?.ts),
        triggerId: "3.4.slow",
      }),
      { contentType: FORM },
    );
    expect([event.status, command.status, click.status]).toEqual([200, 200, 200]);
    for (const response of [event, command, click]) expect(response.elapsedMs).toBeLessThan(500);
    await settle(100);
    expect(started.sort()).toEqual(["action:3.4.slow", "command:1.2.slow", "Ev-slow"].sort());
    expect(finished).toEqual([]);
    release();
    await t.fake.waitForCalls("chat.postMessage", 3);
  });
});
