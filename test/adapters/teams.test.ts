/**
 * The Teams adapter end to end: the real CloudAdapter on the bot's HTTP server, tokens
 * signed by a local OpenID server, replies recorded by a fake Bot Connector. No internet.
 */
import { afterEach, describe, expect, it } from "vitest";
import { conversationAddress, TeamsDeliveryError } from "../../adapters/teams/index.js";
import { cardMessage } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import type { HandlerModule } from "../../bot/module.js";
import { escapeRegExp } from "../../bot/regexp.js";
import { handlerModules } from "../../handlers/index.js";
import { testCore } from "../support/core.js";
import {
  BOT_ID,
  CHANNEL_THREAD,
  createTeamsRig,
  PERSONAL_CONVERSATION,
  startTeamsRig,
  TENANT_ID,
  type TeamsRig,
  USER_ID,
} from "../support/fake-connector/harness.js";
import { gate } from "../support/gate.js";
import type { ContractHarness } from "./contract.js";
import { runAdapterContract } from "./contract.js";

const DELEGATE_ID = "29:1jonParkDelegateBotScopedId";
const DELEGATE_CHAT = "a:1JonParkPersonalChatWithTheBot";
/** The email Teams verifies for the default user (the POC of the six-language suite). */
const TEAMS_EMAIL = "amina.diallo@mfa.example";

/** Drives the Teams adapter through signed activities; reads what the fake connector got. */
async function teamsContractHarness(): Promise<ContractHarness> {
  const rig = await createTeamsRig();
  const secretariat = { userId: USER_ID, email: "amina.diallo@mfa.example", address: rig.personalAddress() };
  const delegate = {
    userId: DELEGATE_ID,
    email: "jon.park@mfa.example",
    address: conversationAddress(TENANT_ID, DELEGATE_CHAT),
  };
  /** Each user has their own personal chat with the bot. */
  const chatOf = (userId: string | undefined) =>
    userId === DELEGATE_ID
      ? { userId, conversationId: DELEGATE_CHAT, userName: "Jon Park" }
      : userId
        ? { userId }
        : {};
  rig.connector.setMember({ id: USER_ID, name: "Amina Diallo", email: TEAMS_EMAIL });
  /** The `value` of the latest rendered Action.Submit with this action id. */
  const latestValue = (actionId: string): string | undefined => {
    for (const sent of [...rig.connector.activities()].reverse()) {
      const found = JSON.stringify(sent.activity).match(
        new RegExp(`"data":\\{"actionId":"${escapeRegExp(actionId)}","value":"([^"]*)"`),
      );
      if (found) return found[1];
    }
    return undefined;
  };
  return {
    verifiedEmail: TEAMS_EMAIL,
    adapter: rig.adapter,
    redeliversEvents: true,
    async start(bot) {
      await rig.attach(bot);
      rig.connector.setMember({ id: USER_ID, name: "Amina Diallo", email: secretariat.email });
      rig.connector.setMember({ id: DELEGATE_ID, name: "Jon Park", email: delegate.email });
    },
    async deliverDirectMessage(text, options) {
      await rig.post(rig.personalMessage(text, { id: options.eventId, ...chatOf(options.userId) }));
    },
    people: { secretariat, delegate },
    async deliverFile(file, options) {
      const activity = rig.personalMessage(options.text ?? "", {
        id: options.eventId,
        ...chatOf(options.userId),
      });
      await rig.post({ ...activity, attachments: [rig.connector.hostFile(file.name, file.content)] });
    },
    async deliverAction(actionId, value, options) {
      await rig.post(
        rig.cardSubmit({ actionId, value: value ?? latestValue(actionId) }, { id: options.eventId }),
      );
    },
    // An Adaptive Card submits its inputs with the button's data, ids prefixed "input:".
    async deliverForm(actionId, value, inputs, options) {
      const fields = Object.fromEntries(Object.entries(inputs).map(([id, text]) => [`input:${id}`, text]));
      await rig.post(
        rig.cardSubmit(
          { actionId, value: value ?? latestValue(actionId), ...fields },
          { id: options.eventId },
        ),
      );
    },
    async deliverOwnMessage(text, options) {
      const activity = rig.personalMessage(text, { id: options.eventId });
      await rig.post({ ...activity, from: { id: BOT_ID, name: "Delegate", role: "bot" } });
    },
    sent: () =>
      rig.connector.activities().map((activity) => ({
        address: conversationAddress(activity.tenantId, activity.conversationId),
        text: activity.text,
      })),
    waitForSends: async (count) => {
      await rig.connector.waitForActivities(count);
    },
    directAddress: () => rig.personalAddress(),
    stop: () => rig.stop(),
  };
}

runAdapterContract("teams", teamsContractHarness);

let rig: TeamsRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

/** A module whose replies show what the adapter delivered. */
function probe(reply: (ctx: TurnContext) => string): HandlerModule {
  return {
    name: "probe",
    install(router) {
      router.use(async (ctx) => {
        await ctx.reply(reply(ctx));
      });
    },
  };
}

describe("Teams adapter: questions get the right answer", () => {
  it("answers a question in a personal chat exactly once, in the chat, as an Adaptive Card with its text", async () => {
    const bot = await testCore({ modules: handlerModules, now: "2024-03-04T08:00:00-05:00" });
    rig = await startTeamsRig(bot);
    const question = rig.personalMessage("what's on Thursday afternoon?", { id: "1709540400001" });

    const response = await rig.post(question);

    expect(response.status).toEqual(200);
    const sent = rig.connector.activities();
    expect(sent.map((activity) => [activity.conversationId, activity.replyToId])).toEqual([
      [PERSONAL_CONVERSATION, "1709540400001"],
    ]);
    expect(sent[0]?.text).toContain("Regular institutional dialogue");
    expect(sent[0]?.text).toContain("Thursday 7 March");
    const attachments = sent[0]?.activity.attachments as Array<{
      contentType: string;
      content: { version: string };
    }>;
    expect(attachments.map((attachment) => [attachment.contentType, attachment.content.version])).toEqual([
      ["application/vnd.microsoft.card.adaptive", "1.5"],
    ]);
  });

  it("answers a channel @mention once, in its thread, with the mention removed from the question", async () => {
    const bot = await testCore({ modules: handlerModules, now: "2024-03-04T08:00:00-05:00" });
    rig = await startTeamsRig(bot);

    const response = await rig.post(rig.channelMention("what's on Thursday afternoon?"));

    expect(response.status).toEqual(200);
    const sent = rig.connector.activities();
    expect(sent.map((activity) => activity.conversationId)).toEqual([CHANNEL_THREAD]);
    expect(sent[0]?.text).toContain("Regular institutional dialogue");
  });

  it("ignores channel messages that do not mention the bot", async () => {
    const bot = await testCore({ modules: handlerModules });
    rig = await startTeamsRig(bot);
    const mention = rig.channelMention("what's next?");

    const response = await rig.post({ ...mention, text: "what's next?", entities: [] });

    expect(response.status).toEqual(200);
    expect(rig.connector.activities()).toEqual([]);
  });
});

describe("Teams adapter: inbound", () => {
  it("handles the same activity id delivered twice once", async () => {
    let turns = 0;
    const bot = await testCore({
      modules: [
        probe(() => {
          turns += 1;
          return `turn ${turns}`;
        }),
      ],
    });
    rig = await startTeamsRig(bot);
    const activity = rig.personalMessage("hello", { id: "1709540400777" });

    const first = await rig.post(activity);
    const second = await rig.post(activity);

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(rig.connector.activities().map((sent) => sent.text)).toEqual(["turn 1"]);
  });

  it("gives handlers the user's zone from localTimezone and the email Teams verified (looked up once)", async () => {
    const bot = await testCore({
      modules: [
        probe(
          (ctx) =>
            `${ctx.timeZone} ${ctx.user.verifiedEmail} ${ctx.user.displayName} direct=${ctx.event.isDirect}`,
        ),
      ],
    });
    rig = await startTeamsRig(bot);
    rig.connector.setMember({
      id: USER_ID,
      name: "Amina Diallo",
      email: "amina.diallo@mfa.example",
      userPrincipalName: "adiallo@mfa.example",
    });

    await rig.post(rig.personalMessage("one", { localTimezone: "Asia/Tokyo" }));
    await rig.post(rig.personalMessage("two", { localTimezone: "Asia/Tokyo" }));

    expect(rig.connector.activities().map((sent) => sent.text)).toEqual([
      "Asia/Tokyo amina.diallo@mfa.example Amina Diallo direct=true",
      "Asia/Tokyo amina.diallo@mfa.example Amina Diallo direct=true",
    ]);
    expect(rig.connector.memberLookups).toEqual(1);
  });

  it("routes an Adaptive Card submit to its action with the button's value and the card's inputs", async () => {
    const bot = await testCore({
      modules: [
        {
          name: "rsvp",
          install(router) {
            router.action("rsvp:experts", async (ctx) => {
              await ctx.reply(
                `${ctx.event.value} experts=${ctx.event.inputs?.experts} names=${ctx.event.inputs?.names}`,
              );
            });
          },
        },
      ],
    });
    rig = await startTeamsRig(bot);

    await rig.post(
      rig.cardSubmit({
        actionId: "rsvp:experts",
        value: "reception",
        "input:experts": "2",
        "input:names": "Ana, Ben",
      }),
    );

    expect(rig.connector.activities().map((sent) => sent.text)).toEqual([
      "reception experts=2 names=Ana, Ben",
    ]);
  });

  it("answers an Action.Execute invoke with an invoke response and routes it as an action", async () => {
    const bot = await testCore({
      modules: [
        {
          name: "execute",
          install(router) {
            router.action("poc:confirm", async (ctx) => {
              await ctx.reply(`confirmed ${ctx.event.value}`);
            });
          },
        },
      ],
    });
    rig = await startTeamsRig(bot);
    const activity = rig.personalMessage("");

    const response = await rig.post({
      ...activity,
      type: "invoke",
      name: "adaptiveCard/action",
      text: undefined,
      value: {
        action: { type: "Action.Execute", verb: "poc:confirm", data: { value: "CHE" } },
        trigger: "manual",
      },
    });

    expect(response.status).toEqual(200);
    expect(JSON.parse(response.body)).toEqual({
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: "",
    });
    expect(rig.connector.activities().map((sent) => sent.text)).toEqual(["confirmed CHE"]);
  });

  it("acknowledges a slow turn at the budget; its reply then goes out proactively", async () => {
    const { promise: held, release } = gate();
    const bot = await testCore({
      modules: [
        {
          name: "slow",
          install(router) {
            router.use(async (ctx) => {
              await held;
              await ctx.reply("report ready");
            });
          },
        },
      ],
    });
    rig = await startTeamsRig(bot, { adapter: { turnBudgetMs: 50 } });

    const response = await rig.post(rig.personalMessage("run the report"));
    expect(response.status).toEqual(200);
    expect(rig.connector.activities()).toEqual([]);

    release();
    const [sent] = await rig.connector.waitForActivities(1);
    expect([sent?.conversationId, sent?.replyToId, sent?.text]).toEqual([
      PERSONAL_CONVERSATION,
      undefined,
      "report ready",
    ]);
  });
});

describe("Teams adapter: Emulator mode (TEAMS_DEV=1)", () => {
  it("answers an unauthenticated Emulator conversation and sends without a token", async () => {
    const bot = await testCore({
      modules: [probe((ctx) => `echo ${ctx.event.kind === "message" ? ctx.event.text : ""}`)],
    });
    rig = await startTeamsRig(bot, {
      replaceEnv: { TEAMS_DEV: "1" },
      adapter: { credentialsFactory: undefined },
      connector: { verifyAuth: async (header) => header === undefined },
    });
    const activity = rig.personalMessage("hello emulator");

    const response = await rig.post(
      {
        ...activity,
        channelId: "emulator",
        conversation: { id: "emulator-conversation-1" },
        channelData: {},
      },
      { authorization: null },
    );

    expect(response.status).toEqual(200);
    expect(rig.connector.activities().map((sent) => [sent.conversationId, sent.text])).toEqual([
      ["emulator-conversation-1", "echo hello emulator"],
    ]);
    expect(rig.connector.unauthorized).toEqual(0);
    expect(rig.connector.memberLookups).toEqual(0);
  });
});

describe("Teams adapter: outbound", () => {
  const hello: HandlerModule = {
    name: "hello",
    install: (router) => router.use(async (ctx) => void (await ctx.reply("hi"))),
  };

  it("sends proactively to a stored reference, also after a restart", async () => {
    const bot = await testCore({ modules: [hello] });
    rig = await startTeamsRig(bot);
    await rig.post(rig.personalMessage("hello"));

    const restarted = await rig.restart();
    const sent = await bot.deps.messenger.send(rig.personalAddress(), {
      text: "The reception starts at 6:30 PM.",
    });

    expect(restarted).not.toBe(undefined);
    expect(sent.address).toEqual(rig.personalAddress());
    const activities = rig.connector.activities();
    expect(
      activities.map((activity) => [activity.conversationId, activity.replyToId, activity.text]),
    ).toEqual([
      [PERSONAL_CONVERSATION, expect.any(String), "hi"],
      [PERSONAL_CONVERSATION, undefined, "The reception starts at 6:30 PM."],
    ]);
    expect(sent.messageId).toEqual(activities[1]?.id);
  });

  it("sends a card as an Adaptive Card whose buttons submit actionId and value", async () => {
    const bot = await testCore({ modules: [hello] });
    rig = await startTeamsRig(bot);
    await rig.post(rig.personalMessage("hello"));

    await bot.deps.messenger.send(
      rig.personalAddress(),
      cardMessage({
        title: "Reception",
        sections: [{ text: "Monday 4 March, 6:30 PM" }],
        buttons: [{ actionId: "rsvp:answer", label: "Attending", value: "yes", style: "primary" }],
      }),
    );

    const attachments = rig.connector.activities()[1]?.activity.attachments as
      | Array<{ content: { actions: unknown } }>
      | undefined;
    const card = attachments?.[0];
    expect(card?.content.actions).toEqual([
      {
        type: "Action.Submit",
        title: "Attending",
        data: { actionId: "rsvp:answer", value: "yes" },
        style: "positive",
      },
    ]);
    expect(rig.connector.activities()[1]?.text).toEqual(
      "Reception\n\nMonday 4 March, 6:30 PM\n\n• Attending",
    );
  });

  it("edits a sent message in place (progress reports)", async () => {
    const bot = await testCore({ modules: [hello] });
    rig = await startTeamsRig(bot);
    await rig.post(rig.personalMessage("hello"));

    const sent = await bot.deps.messenger.send(rig.personalAddress(), {
      text: "Ping test: 3 of 40 answered",
    });
    await bot.deps.messenger.update(sent, { text: "Ping test: 40 of 40 answered" });

    expect(
      rig.connector
        .activities()
        .map((activity) => [activity.kind, activity.id === sent.messageId, activity.text]),
    ).toEqual([
      ["send", false, "hi"],
      ["send", true, "Ping test: 3 of 40 answered"],
      ["update", true, "Ping test: 40 of 40 answered"],
    ]);
  });

  it("opens a direct chat for a private reply to a channel mention", async () => {
    const bot = await testCore({
      modules: [
        {
          name: "private",
          install: (router) => router.use(async (ctx) => void (await ctx.replyPrivately("your POC record"))),
        },
      ],
    });
    rig = await startTeamsRig(bot);

    await rig.post(rig.channelMention("show my contact details"));

    const created = rig.connector.conversationsCreated();
    expect(
      created.map((conversation) => [conversation.parameters.members, conversation.parameters.tenantId]),
    ).toEqual([[[{ id: USER_ID, name: "" }], TENANT_ID]]);
    expect(rig.connector.activities().map((activity) => [activity.conversationId, activity.text])).toEqual([
      [created[0]?.id, "your POC record"],
    ]);
  });

  it("paces 10 messages to one conversation so that the connector records no limit violation", async () => {
    const bot = await testCore({ modules: [hello] });
    rig = await startTeamsRig(bot);
    await rig.post(rig.personalMessage("hello"));

    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        bot.deps.messenger.send(rig?.personalAddress() ?? "teams:x", { text: `update ${index + 1}` }),
      ),
    );

    expect(rig.connector.activities().length).toEqual(11);
    expect(rig.connector.violations()).toEqual([]);
    expect(rig.connector.attempts).toEqual(11);
  });

  it("paces answers in 40 conversations of one tenant under the tenant's 30 per second", async () => {
    const bot = await testCore({ modules: [hello] });
    rig = await startTeamsRig(bot);

    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        rig?.post(
          rig.personalMessage("hello", {
            conversationId: `a:conversation-${index}`,
            userId: `29:user-${index}`,
          }),
        ),
      ),
    );

    expect(responses.map((response) => response?.status)).toEqual(Array.from({ length: 40 }, () => 200));
    expect(rig.connector.activities().length).toEqual(40);
    expect(rig.connector.violations()).toEqual([]);
  });
});

describe("Teams adapter: delivery failures", () => {
  const hello: HandlerModule = {
    name: "hello",
    install: (router) => router.use(async (ctx) => void (await ctx.reply("hi"))),
  };

  async function rigWithWaits(waits: number[]) {
    const bot = await testCore({ modules: [hello] });
    rig = await startTeamsRig(bot, {
      adapter: {
        retry: {
          sleep: async (ms) => {
            waits.push(ms);
          },
          random: () => 0.5,
        },
      },
    });
    await rig.post(rig.personalMessage("hello"));
    return { bot, rig };
  }

  it.each([
    ["429 without Retry-After", { status: 429 }],
    ["429 with Retry-After", { status: 429, retryAfter: "2" }],
    ["412", { status: 412 }],
    ["502", { status: 502 }],
    ["504", { status: 504 }],
  ])("retries %s and delivers once", async (_name, fault) => {
    const waits: number[] = [];
    const { bot, rig: current } = await rigWithWaits(waits);
    current.connector.failNext(fault);

    await bot.deps.messenger.send(current.personalAddress(), { text: "retried" });

    expect(current.connector.activities().map((activity) => activity.text)).toEqual(["hi", "retried"]);
    expect(current.connector.attempts).toEqual(3);
    // Retry-After: 2 s plus up to 10 % jitter (random() = 0.5 → 5 %); otherwise backoff from 5 ms.
    expect(waits).toEqual(["retryAfter" in fault ? 2_100 : 3.75]);
  });

  it("records 403 MessageWritesBlocked as a permanent 'blocked' failure without retrying", async () => {
    const waits: number[] = [];
    const { bot, rig: current } = await rigWithWaits(waits);
    current.connector.failNext({
      status: 403,
      body: { error: { code: "MessageWritesBlocked", message: "Thread is blocked for message writes" } },
    });

    const failure = await bot.deps.messenger
      .send(current.personalAddress(), { text: "reminder" })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TeamsDeliveryError);
    const error = failure as TeamsDeliveryError;
    expect([error.reason, error.permanent, error.status, error.code]).toEqual([
      "blocked",
      true,
      403,
      "DELIVERY_PERMANENT",
    ]);
    expect(error.message).toMatch(/^blocked: .*MessageWritesBlocked/);
    expect(current.connector.attempts).toEqual(2);
    expect(waits).toEqual([]);
  });

  it("treats 404 (conversation not found) as permanent", async () => {
    const { bot, rig: current } = await rigWithWaits([]);
    current.connector.failNext({
      status: 404,
      body: { error: { code: "ConversationNotFound", message: "gone" } },
    });

    const failure = (await bot.deps.messenger
      .send(current.personalAddress(), { text: "x" })
      .catch((error: unknown) => error)) as TeamsDeliveryError;

    expect([failure.reason, failure.permanent]).toEqual(["not-found", true]);
  });

  it("gives up after 5 attempts with a transient error the outbox can reschedule", async () => {
    const waits: number[] = [];
    const { bot, rig: current } = await rigWithWaits(waits);
    current.connector.failNext(...Array.from({ length: 5 }, () => ({ status: 429 })));

    const failure = (await bot.deps.messenger
      .send(current.personalAddress(), { text: "x" })
      .catch((error: unknown) => error)) as TeamsDeliveryError;

    expect([failure.reason, failure.permanent, failure.status]).toEqual(["throttled", false, 429]);
    expect(current.connector.attempts).toEqual(6);
    expect(waits).toEqual([3.75, 7.5, 15, 30]);
    expect(failure.retryAfterMs).toEqual(37.5);
  });

  it("does not sleep through a Retry-After longer than 30 s: hands it back instead", async () => {
    const waits: number[] = [];
    const { bot, rig: current } = await rigWithWaits(waits);
    current.connector.failNext({ status: 429, retryAfter: "120" });

    const failure = (await bot.deps.messenger
      .send(current.personalAddress(), { text: "x" })
      .catch((error: unknown) => error)) as TeamsDeliveryError;

    expect([failure.reason, failure.permanent, failure.retryAfterMs]).toEqual(["throttled", false, 120_000]);
    expect(waits).toEqual([]);
  });

  it("refuses an address it has no reference for, permanently", async () => {
    const bot = await testCore({ modules: [hello] });
    rig = await startTeamsRig(bot);

    const failure = (await bot.deps.messenger
      .send(rig.personalAddress(), { text: "x" })
      .catch((error: unknown) => error)) as TeamsDeliveryError;

    expect([failure.reason, failure.permanent]).toEqual(["no-reference", true]);
  });
});
