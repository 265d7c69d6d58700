/**
 * Slack surfaces beyond plain replies: the App Home tab, buttons that open a modal form and
 * its submission, where clicks are answered, private replies and proactive sends.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { HOME_ACTION_ID } from "../../adapters/slack/index.js";
import { cardMessage } from "../../bot/cards.js";
import type { HandlerModule } from "../../bot/module.js";
import type { ActionEvent, IncomingEvent } from "../../bot/types.js";
import type { FakeCall } from "../support/fake-slack/api.js";
import { type SlackTestBot, settle, startSlackTestBot } from "../support/fake-slack/harness.js";
import {
  blockAction,
  directMessage,
  FORM,
  homeBlockAction,
  homeOpened,
  mention,
  nextTs,
  type RenderedButton,
  slashCommand,
  viewSubmission,
} from "../support/fake-slack/payloads.js";

const USER = "U0GENEVA";
const CHANNEL = "C0DELEGATES";

/** A stand-in for the core's handlers: App Home, a card with a form, a plain card, private replies. */
function stubModule(seen: IncomingEvent[]): HandlerModule {
  return {
    name: "stub",
    install(router) {
      router.use(async (ctx, next) => {
        seen.push(ctx.event);
        return next();
      });
      router.action(HOME_ACTION_ID, async (ctx) => {
        await ctx.reply(
          cardMessage({
            title: "Your next sessions",
            sections: [
              { heading: "Monday 4 March", text: `10:00 AM Opening (your time: 4:00 PM, ${ctx.timeZone})` },
            ],
            buttons: [{ actionId: "reminders:on", label: "Remind me", value: "opening" }],
          }),
        );
      });
      router.action("reminders:on", async (ctx) => {
        await ctx.reply(`Reminder set for ${ctx.event.value}`);
      });
      router.action("rsvp:experts", async (ctx) => {
        await ctx.reply(
          `RSVP ${ctx.event.value} with ${ctx.event.inputs?.experts} experts: ${ctx.event.inputs?.names}`,
        );
      });
      router.action("rsvp:answer", async (ctx) => {
        await ctx.reply(`You answered ${ctx.event.value}`);
      });
      router.message(/^rsvp form$/, async (ctx) => {
        await ctx.reply(
          cardMessage({
            title: "Reception RSVP",
            sections: [{ text: "Monday 4 March, 6:30 PM" }],
            inputs: [
              { id: "experts", label: "Accompanying experts", placeholder: "0" },
              { id: "names", label: "Their names", multiline: true, optional: true },
            ],
            buttons: [{ actionId: "rsvp:experts", label: "Attending", value: "yes", style: "primary" }],
          }),
        );
      });
      router.message(/^rsvp$/, async (ctx) => {
        await ctx.reply(
          cardMessage({
            title: "Reception",
            sections: [{ text: "Monday 4 March, 6:30 PM" }],
            buttons: [
              { actionId: "rsvp:answer", label: "Attending", value: "yes" },
              { actionId: "rsvp:answer", label: "Not attending", value: "no" },
            ],
          }),
        );
      });
      router.message(/^my contact$/, async (ctx) => {
        await ctx.replyPrivately("Your contact details: +41 22 917 1234");
      });
    },
  };
}

const buttonsOf = (call: FakeCall | undefined): RenderedButton[] =>
  ((call?.args.blocks ?? []) as Array<{ type: string; elements?: RenderedButton[] }>).flatMap((block) =>
    block.type === "actions" ? (block.elements ?? []) : [],
  );

describe("Slack surfaces", () => {
  let t: SlackTestBot;
  let seen: IncomingEvent[];

  beforeEach(async () => {
    seen = [];
    t = await startSlackTestBot({ modules: [stubModule(seen)] });
  });
  afterEach(async () => {
    await t.stop();
  });

  describe("App Home", () => {
    it("publishes the handler's card as the Home tab view of the user who opened it", async () => {
      await t.post(homeOpened(t.ctx, "Ev-home", USER));
      const [publish] = await t.fake.waitForCalls("views.publish", 1);
      expect(
        seen.map((event) => [event.kind, (event as ActionEvent).actionId, event.address, event.isDirect]),
      ).toEqual([["action", "app.home", `slack:T0TEAM/home/${USER}`, false]]);
      expect(publish?.args.user_id).toBe(USER);
      const view = publish?.args.view as { type: string; blocks: Array<{ type: string }> };
      expect(view.type).toBe("home");
      expect(view.blocks.map((block) => block.type)).toEqual(["header", "section", "actions"]);
      expect(JSON.stringify(view.blocks)).toContain("your time: 4:00 PM, Europe/Zurich");
      expect(t.fake.callsTo("chat.postMessage")).toEqual([]);
    });

    it("ignores the Messages tab being opened", async () => {
      const body = JSON.parse(homeOpened(t.ctx, "Ev-msgs", USER));
      body.event.tab = "messages";
      await t.post(JSON.stringify(body));
      await settle(150);
      expect(seen).toEqual([]);
      expect(t.fake.callsTo("views.publish")).toEqual([]);
    });

    it("answers a button clicked in the Home tab in the user's DM", async () => {
      await t.post(homeOpened(t.ctx, "Ev-home-2", USER));
      const [publish] = await t.fake.waitForCalls("views.publish", 1);
      const view = publish?.args.view as { blocks: Array<{ type: string; elements?: RenderedButton[] }> };
      const button = view.blocks.find((block) => block.type === "actions")?.elements?.[0] as RenderedButton;
      await t.post(homeBlockAction(t.ctx, { user: USER, button, triggerId: "7.7.home" }), {
        contentType: FORM,
      });
      const [reply] = await t.fake.waitForCalls("chat.postMessage", 1);
      expect([reply?.args.channel, reply?.args.text]).toEqual([`D${USER}`, "Reminder set for opening"]);
    });
  });

  describe("forms", () => {
    it("opens a modal with the card's inputs when its button is clicked, and dispatches nothing yet", async () => {
      await t.post(directMessage(t.ctx, "Ev-form", { text: "rsvp form", user: USER }));
      const [card] = await t.fake.waitForCalls("chat.postMessage", 1);
      const [button] = buttonsOf(card);
      await t.post(
        blockAction(t.ctx, {
          user: USER,
          button: button as RenderedButton,
          channel: `D${USER}`,
          messageTs: String(card?.response?.ts),
          triggerId: "9.9.open",
        }),
        { contentType: FORM },
      );
      const [open] = await t.fake.waitForCalls("views.open", 1);
      await settle(100);
      expect(open?.args.trigger_id).toBe("9.9.open");
      const view = open?.args.view as Record<string, unknown>;
      expect(view).toMatchObject({
        type: "modal",
        callback_id: "delegate.form",
        title: { type: "plain_text", text: "Reception RSVP" },
        submit: { type: "plain_text", text: "Attending" },
      });
      expect(view.blocks).toEqual([
        {
          type: "input",
          block_id: "experts",
          optional: false,
          label: { type: "plain_text", text: "Accompanying experts" },
          element: {
            type: "plain_text_input",
            action_id: "value",
            multiline: false,
            placeholder: { type: "plain_text", text: "0" },
          },
        },
        {
          type: "input",
          block_id: "names",
          optional: true,
          label: { type: "plain_text", text: "Their names" },
          element: { type: "plain_text_input", action_id: "value", multiline: true },
        },
      ]);
      expect(seen.map((event) => event.id)).toEqual(["Ev-form"]);
    });

    it("turns the modal's submission into the card's action with inputs, answered where the card was", async () => {
      await t.post(directMessage(t.ctx, "Ev-form-2", { text: "rsvp form", user: USER }));
      const [card] = await t.fake.waitForCalls("chat.postMessage", 1);
      await t.post(
        blockAction(t.ctx, {
          user: USER,
          button: buttonsOf(card)[0] as RenderedButton,
          channel: `D${USER}`,
          messageTs: String(card?.response?.ts),
          triggerId: "9.9.a",
        }),
        { contentType: FORM },
      );
      const [open] = await t.fake.waitForCalls("views.open", 1);
      const view = open?.args.view as { callback_id: string; private_metadata: string };
      const submitted = await t.post(
        viewSubmission(t.ctx, {
          user: USER,
          view,
          values: { experts: "2", names: "A. Expert, B. Expert" },
          triggerId: "9.9.b",
        }),
        { contentType: FORM },
      );
      expect(submitted).toMatchObject({ status: 200, body: "" }); // an empty ack closes the modal
      const posts = await t.fake.waitForCalls("chat.postMessage", 2);
      const action = seen.find((event) => event.kind === "action") as ActionEvent;
      expect({
        id: action.id,
        actionId: action.actionId,
        value: action.value,
        inputs: action.inputs,
        address: action.address,
        isDirect: action.isDirect,
      }).toEqual({
        id: "view:9.9.b",
        actionId: "rsvp:experts",
        value: "yes",
        inputs: { experts: "2", names: "A. Expert, B. Expert" },
        address: `slack:T0TEAM/D${USER}`,
        isDirect: true,
      });
      expect([posts[1]?.args.channel, posts[1]?.args.text]).toEqual([
        `D${USER}`,
        "RSVP yes with 2 experts: A. Expert, B. Expert",
      ]);
    });

    it("tells the user when the modal could not be opened (trigger expired)", async () => {
      t.fake.fail("views.open", { kind: "error", error: "expired_trigger_id" });
      await t.post(directMessage(t.ctx, "Ev-form-3", { text: "rsvp form", user: USER }));
      const [card] = await t.fake.waitForCalls("chat.postMessage", 1);
      await t.post(
        blockAction(t.ctx, {
          user: USER,
          button: buttonsOf(card)[0] as RenderedButton,
          channel: `D${USER}`,
          messageTs: String(card?.response?.ts),
          triggerId: "9.9.c",
        }),
        { contentType: FORM },
      );
      const posts = await t.fake.waitForCalls("chat.postMessage", 2);
      expect(posts[1]?.args.text).toBe("Sorry, I couldn't open that form. Please click the button again.");
    });
  });

  describe("where clicks are answered", () => {
    it("in the thread of a card posted in a channel, with the value of the button clicked", async () => {
      const question = nextTs();
      await t.post(mention(t.ctx, "Ev-rsvp", { text: "rsvp", user: USER, channel: CHANNEL, ts: question }));
      const [card] = await t.fake.waitForCalls("chat.postMessage", 1);
      expect(card?.args.thread_ts).toBe(question);
      const buttons = buttonsOf(card);
      expect(buttons.map((button) => button.action_id)).toEqual(["0:rsvp:answer", "1:rsvp:answer"]);
      await t.post(
        blockAction(t.ctx, {
          user: USER,
          button: buttons[1] as RenderedButton,
          channel: CHANNEL,
          messageTs: String(card?.response?.ts),
          threadTs: question,
          triggerId: "5.5.no",
        }),
        { contentType: FORM },
      );
      const posts = await t.fake.waitForCalls("chat.postMessage", 2);
      expect([posts[1]?.args.channel, posts[1]?.args.thread_ts, posts[1]?.args.text]).toEqual([
        CHANNEL,
        question,
        "You answered no",
      ]);
    });

    it("through the response_url when the card was an ephemeral slash-command answer", async () => {
      await t.post(
        slashCommand(t.ctx, {
          text: "rsvp",
          user: USER,
          channel: CHANNEL,
          channelName: "delegates",
          triggerId: "6.6.cmd",
        }),
        { contentType: FORM },
      );
      const [card] = await t.fake.waitForCalls("response_url", 1);
      await t.post(
        blockAction(t.ctx, {
          user: USER,
          button: buttonsOf(card)[0] as RenderedButton,
          channel: CHANNEL,
          messageTs: "1709560999.000001",
          triggerId: "6.6.click",
          ephemeral: true,
        }),
        { contentType: FORM },
      );
      const answers = await t.fake.waitForCalls("response_url", 2);
      expect([answers[1]?.args.id, answers[1]?.args.response_type, answers[1]?.args.text]).toEqual([
        "action-6.6.click",
        "ephemeral",
        "You answered yes",
      ]);
      expect(t.fake.callsTo("chat.postMessage")).toEqual([]);
    });
  });

  describe("private replies and proactive sends", () => {
    it("sends a private reply to a mention in the user's DM, opening it once for good", async () => {
      await t.post(mention(t.ctx, "Ev-priv-1", { text: "my contact", user: USER, channel: CHANNEL }));
      await t.fake.waitForCalls("chat.postMessage", 1);
      await t.post(mention(t.ctx, "Ev-priv-2", { text: "my contact", user: USER, channel: CHANNEL }));
      const posts = await t.fake.waitForCalls("chat.postMessage", 2);
      expect(posts.map((call) => [call.args.channel, call.args.thread_ts])).toEqual([
        [`D${USER}`, undefined],
        [`D${USER}`, undefined],
      ]);
      expect(t.fake.callsTo("conversations.open")).toHaveLength(1);
      expect(await t.bot.store.namespace("adapter:slack").get(`dm:T0TEAM/${USER}`, z.string())).toBe(
        `D${USER}`,
      );
    });

    it("delivers a proactive DM to a user address, and answers a slash command in the DM once its response_url expired", async () => {
      const sent = await t.bot.deps.messenger.sendDirect(`slack:T0TEAM/@${USER}`, {
        text: "The session starts in 15 minutes.",
      });
      expect(sent.address).toBe(`slack:T0TEAM/D${USER}`);
      const expired = await t.bot.deps.messenger.send(`slack:T0TEAM/respond/${USER}/command:gone`, {
        text: "Late answer",
      });
      expect(expired.address).toBe(`slack:T0TEAM/D${USER}`);
      const posts = await t.fake.waitForCalls("chat.postMessage", 2);
      expect(posts.map((call) => [call.args.channel, call.args.text])).toEqual([
        [`D${USER}`, "The session starts in 15 minutes."],
        [`D${USER}`, "Late answer"],
      ]);
    });

    it("edits a sent message in place with chat.update", async () => {
      const sent = await t.bot.deps.messenger.send(`slack:T0TEAM/${CHANNEL}`, {
        text: "Ping test: 0 of 3 answered",
      });
      await t.bot.deps.messenger.update(sent, { text: "Ping test: 2 of 3 answered" });
      const [update] = await t.fake.waitForCalls("chat.update", 1);
      expect(update?.args).toMatchObject({
        channel: CHANNEL,
        ts: sent.messageId,
        text: "Ping test: 2 of 3 answered",
      });
    });
  });
});
