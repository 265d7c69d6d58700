/**
 * The Teams adapter's pure parts: addresses, activity parsing, card rendering, pacing
 * (fake clock) and retry classification (fake sleep).
 */
import { describe, expect, it } from "vitest";
import {
  conversationAddress,
  decodeAddress,
  pacingConversation,
  userAddress,
} from "../../adapters/teams/address.js";
import { isLoopback } from "../../adapters/teams/http.js";
import { CONVERSATION_WINDOWS, Pacer, tenantWindows } from "../../adapters/teams/pacing.js";
import { activityToEvent, textWithoutBotMention } from "../../adapters/teams/parse.js";
import {
  EMAIL_KEPT_MS,
  EMAIL_TTL_MS,
  REWRITE_AFTER_MS,
  ReferenceStore,
} from "../../adapters/teams/references.js";
import { renderAdaptiveCard, toActivity } from "../../adapters/teams/render.js";
import {
  backoffMs,
  classifyFailure,
  DEFAULT_RETRY_POLICY,
  TeamsDeliveryError,
  withRetry,
} from "../../adapters/teams/retry.js";
import { openStore } from "../../bot/store/index.js";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const BOT = "28:5a1f3d0e-8a5e-4a3b-9a62-1f1de0c0ffee";

type TeamsActivity = Parameters<typeof activityToEvent>[0];

function activity(fields: Record<string, unknown>): TeamsActivity {
  return {
    type: "message",
    id: "1709540400001",
    channelId: "msteams",
    serviceUrl: "https://smba.trafficmanager.net/amer/",
    from: { id: "29:user", name: "Amina Diallo" },
    recipient: { id: BOT, name: "Delegate" },
    conversation: {
      id: "a:personal",
      conversationType: "personal",
      tenantId: TENANT,
      isGroup: false,
      name: "",
    },
    ...fields,
  } as TeamsActivity;
}

describe("Teams addresses", () => {
  it.each([
    ["a personal chat", "a:1Fz6XvtqGXqk8mL-Qxu5PXy8bI0wqnIDMmZ-L3c7mQk8lP9s2bYn6fQ"],
    ["a channel thread", "19:5e8d1b7c8b5a4b0c9a3f@thread.tacv2;messageid=1709539200000"],
    ["a group chat", "19:meeting_Zjc2NjM0@thread.v2"],
  ])("encodes %s opaquely and decodes it back", (_name, conversationId) => {
    const address = conversationAddress(TENANT, conversationId);
    expect(address).toMatch(/^teams:[A-Za-z0-9_-]+$/);
    expect(decodeAddress(address)).toEqual({ kind: "conversation", tenantId: TENANT, conversationId });
  });

  it("tells users from conversations, and rejects what it did not make", () => {
    expect(decodeAddress(userAddress(TENANT, "29:1GcS4"))).toEqual({
      kind: "user",
      tenantId: TENANT,
      userId: "29:1GcS4",
    });
    expect(
      [
        "slack:T1/C2",
        "teams:not-base64-json",
        `teams:${Buffer.from(JSON.stringify(["x", "t", "id"])).toString("base64url")}`,
        `teams:${Buffer.from(JSON.stringify(["c", "t", ""])).toString("base64url")}`,
      ].map((address) => decodeAddress(address as `${string}:${string}`)),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("paces a channel thread against its channel", () => {
    expect(pacingConversation("19:abc@thread.tacv2;messageid=1712")).toEqual("19:abc@thread.tacv2");
    expect(pacingConversation("a:personal")).toEqual("a:personal");
  });
});

describe("Teams activities → core events", () => {
  it("reads a personal message with the user's zone, locale and a conversation-scoped event id", () => {
    const event = activityToEvent(
      activity({ text: "what's next?", localTimezone: "Europe/Zurich", locale: "fr-CH" }),
      () => "unused",
    );
    expect(event).toEqual({
      kind: "message",
      id: "a:personal|1709540400001",
      text: "what's next?",
      isDirect: true,
      address: conversationAddress(TENANT, "a:personal"),
      user: {
        id: userAddress(TENANT, "29:user"),
        displayName: "Amina Diallo",
        timeZone: "Europe/Zurich",
        locale: "fr-CH",
        isBot: false,
        isMe: false,
      },
      raw: expect.any(Object),
    });
  });

  it("removes every mention of the bot, keeps other people's names, and decodes &nbsp;", () => {
    const mentioned = activity({
      text: "<at>Delegate</at>&nbsp;ask <at>Ben Ortiz</at> about <at>Delegate</at> lunch",
      entities: [
        { type: "mention", mentioned: { id: BOT, name: "Delegate" }, text: "<at>Delegate</at>" },
        { type: "mention", mentioned: { id: "29:ben", name: "Ben Ortiz" }, text: "<at>Ben Ortiz</at>" },
      ],
    });
    expect(textWithoutBotMention(mentioned)).toEqual({ text: "ask Ben Ortiz about lunch", mentioned: true });
  });

  it("keeps the line breaks of a pasted file, collapsing only spaces", () => {
    const pasted = activity({
      text: "import roster\r\nemail,name,state,roles  \r\n  ann@ken.example,Ann,KEN,delegate",
    });
    expect(textWithoutBotMention(pasted).text).toBe(
      "import roster\nemail,name,state,roles\nann@ken.example,Ann,KEN,delegate",
    );
  });

  it("answers in channels and group chats only when mentioned", () => {
    const channel = {
      conversation: {
        id: "19:c@thread.tacv2;messageid=1",
        conversationType: "channel",
        isGroup: true,
        tenantId: TENANT,
      },
    };
    expect(activityToEvent(activity({ ...channel, text: "lunch?" }), () => "x")).toEqual(undefined);
    const mention = activityToEvent(
      activity({
        ...channel,
        text: "<at>Delegate</at> what's on today?",
        entities: [{ type: "mention", mentioned: { id: BOT }, text: "<at>Delegate</at>" }],
      }),
      () => "x",
    );
    expect(mention?.kind === "message" ? [mention.text, mention.isDirect] : []).toEqual([
      "what's on today?",
      false,
    ]);
  });

  it("reads an Action.Submit as an action with value and inputs (input ids prefixed)", () => {
    const event = activityToEvent(
      activity({
        text: undefined,
        value: { actionId: "rsvp:experts", value: "reception", "input:experts": "2", stray: "x" },
      }),
      () => "x",
    );
    expect(event?.kind === "action" ? [event.actionId, event.value, event.inputs] : []).toEqual([
      "rsvp:experts",
      "reception",
      { experts: "2" },
    ]);
  });

  it("reads an Action.Execute invoke as an action named by its verb", () => {
    const event = activityToEvent(
      activity({
        type: "invoke",
        name: "adaptiveCard/action",
        value: {
          action: {
            type: "Action.Execute",
            verb: "poc:confirm",
            data: { value: "CHE", "input:phone": "+41 22 917 1234" },
          },
        },
      }),
      () => "x",
    );
    expect(event?.kind === "action" ? [event.actionId, event.value, event.inputs] : []).toEqual([
      "poc:confirm",
      "CHE",
      { phone: "+41 22 917 1234" },
    ]);
  });

  it("marks the bot's own and other bots' messages, drops unknown zones, ignores non-messages", () => {
    const own = activityToEvent(activity({ text: "x", from: { id: BOT } }), () => "x");
    const otherBot = activityToEvent(
      activity({ text: "x", from: { id: "28:other", role: "bot" }, localTimezone: "Mars/Olympus" }),
      () => "x",
    );
    expect([
      own?.user.isMe,
      own?.user.isBot,
      otherBot?.user.isMe,
      otherBot?.user.isBot,
      otherBot?.user.timeZone,
    ]).toEqual([true, false, false, true, undefined]);
    expect(
      ["typing", "conversationUpdate", "messageReaction"].map((type) =>
        activityToEvent(activity({ type }), () => "x"),
      ),
    ).toEqual([undefined, undefined, undefined]);
  });

  it("treats the Emulator's conversation (no type, not a group) as personal and its tenant as empty", () => {
    const event = activityToEvent(
      activity({ channelId: "emulator", text: "hi", conversation: { id: "c1" } }),
      () => "x",
    );
    expect([event?.isDirect, event?.address]).toEqual([true, conversationAddress("", "c1")]);
  });
});

describe("core cards → Adaptive Cards", () => {
  it("renders every part of a card to Adaptive Card 1.5 with its text fallback", () => {
    const card = renderAdaptiveCard(
      {
        title: "RSVP: reception",
        sections: [
          {
            heading: "When",
            text: "Monday 4 March, 6:30 PM",
            fields: [{ label: "Where", value: "UN Delegates' Dining Room" }],
          },
          { text: "Heads of delegation plus accompanying experts." },
        ],
        inputs: [
          {
            id: "experts",
            label: "Accompanying experts",
            placeholder: "0",
            initial: "1",
            missing: "Please fill in Accompanying experts.",
          },
          { id: "names", label: "Their names", multiline: true, optional: true },
        ],
        buttons: [
          { actionId: "rsvp:yes", label: "Attending", value: "reception", style: "primary" },
          { actionId: "rsvp:no", label: "Not attending", style: "danger" },
        ],
        footer: "Times in New York time (EST).",
      },
      "fallback text",
    );
    expect(card).toEqual({
      type: "AdaptiveCard",
      $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
      version: "1.5",
      body: [
        { type: "TextBlock", text: "RSVP: reception", size: "Medium", weight: "Bolder", wrap: true },
        { type: "TextBlock", text: "When", weight: "Bolder", wrap: true, spacing: "Medium" },
        { type: "TextBlock", text: "Monday 4 March, 6:30 PM", wrap: true },
        { type: "FactSet", facts: [{ title: "Where", value: "UN Delegates' Dining Room" }] },
        {
          type: "TextBlock",
          text: "Heads of delegation plus accompanying experts.",
          wrap: true,
          spacing: "Medium",
        },
        {
          type: "Input.Text",
          id: "input:experts",
          label: "Accompanying experts",
          placeholder: "0",
          value: "1",
          isRequired: true,
          errorMessage: "Please fill in Accompanying experts.",
        },
        { type: "Input.Text", id: "input:names", label: "Their names", isMultiline: true, isRequired: false },
        {
          type: "TextBlock",
          text: "Times in New York time (EST).",
          isSubtle: true,
          size: "Small",
          wrap: true,
          spacing: "Medium",
        },
      ],
      actions: [
        {
          type: "Action.Submit",
          title: "Attending",
          data: { actionId: "rsvp:yes", value: "reception" },
          style: "positive",
        },
        {
          type: "Action.Submit",
          title: "Not attending",
          data: { actionId: "rsvp:no" },
          style: "destructive",
        },
      ],
      fallbackText: "fallback text",
    });
  });

  it("sends plain text as plain text, and a card with a summary for notifications", () => {
    expect(toActivity({ text: "See you at 3 PM." })).toEqual({
      type: "message",
      text: "See you at 3 PM.",
      textFormat: "plain",
    });
    const withCard = toActivity({
      text: "Reception\n\nMonday",
      card: { title: "Reception", sections: [{ text: "Monday" }] },
    });
    expect([withCard.text, withCard.summary, withCard.attachments?.[0]?.content.fallbackText]).toEqual([
      undefined,
      "Reception",
      "Reception\n\nMonday",
    ]);
  });
});

describe("Teams pacing (fake clock)", () => {
  function fakeClock() {
    let now = 0;
    const slept: number[] = [];
    return {
      now: () => now,
      sleep: async (ms: number) => {
        slept.push(ms);
      },
      slept,
      set: (ms: number) => {
        now = ms;
      },
    };
  }

  it("spaces 10 sends to one conversation as 7 per second and 8 per 2 seconds, plus a 50 ms margin", async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ now: clock.now, sleep: clock.sleep });
    const keys = [{ key: "conversation:a:1", windows: CONVERSATION_WINDOWS }];
    const slots: number[] = [];
    for (let index = 0; index < 10; index += 1) {
      slots.push(pacer.plan(keys).at);
      (await pacer.acquire(keys)).release();
    }
    expect(slots).toEqual([0, 0, 0, 0, 0, 0, 0, 1_050, 2_050, 2_050]);
    expect(clock.slept).toEqual([1_050, 2_050, 2_050]);
  });

  it("counts a send from when it finished: the 8th waits for the 1st to be answered", async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ now: clock.now, sleep: clock.sleep, marginMs: 0 });
    const keys = [{ key: "conversation:a:1", windows: CONVERSATION_WINDOWS }];
    const first = await pacer.acquire(keys);
    for (let index = 0; index < 6; index += 1) (await pacer.acquire(keys)).release();
    let eighthSlot: number | undefined;
    const eighth = pacer.acquire(keys).then((slot) => {
      eighthSlot = clock.now();
      return slot;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(eighthSlot).toEqual(undefined);

    clock.set(300);
    first.release();
    await eighth;

    expect(clock.slept).toEqual([1_000]);
  });

  it("keeps a tenant under its rate across conversations, and frees slots as time passes", async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ now: clock.now, sleep: clock.sleep, marginMs: 0 });
    for (let index = 0; index < 31; index += 1) {
      const slot = await pacer.acquire([
        { key: `conversation:${index}`, windows: CONVERSATION_WINDOWS },
        { key: "tenant:t", windows: tenantWindows(30) },
      ]);
      slot.release();
    }
    expect(clock.slept).toEqual([1_000]);
    clock.set(5_000);
    expect(pacer.plan([{ key: "tenant:t", windows: tenantWindows(30) }])).toEqual({ at: 5_000 });
  });
});

describe("Teams send failures", () => {
  const restError = (status: number, headers: Record<string, string> = {}, body?: unknown) => ({
    name: "RestError",
    statusCode: status,
    response: {
      status,
      headers: { get: (name: string) => headers[name.toLowerCase()] },
      bodyAsText: body ? JSON.stringify(body) : "",
    },
  });

  it.each([
    [429, {}, undefined, { retry: true, reason: "throttled", retryAfterMs: undefined }],
    [429, { "retry-after": "3" }, undefined, { retry: true, reason: "throttled", retryAfterMs: 3_000 }],
    [
      429,
      { "retry-after": "Thu, 01 Jan 1970 00:00:10 GMT" },
      undefined,
      { retry: true, reason: "throttled", retryAfterMs: 9_000 },
    ],
    [412, {}, undefined, { retry: true, reason: "unavailable" }],
    [502, {}, undefined, { retry: true, reason: "unavailable" }],
    [504, {}, undefined, { retry: true, reason: "unavailable" }],
  ])("retries %s %j", (status, headers, body, expected) => {
    const classified = classifyFailure(restError(status, headers, body), 1_000);
    expect(classified).toMatchObject(expected);
  });

  it.each([
    [403, { error: { code: "MessageWritesBlocked" } }, "blocked", true],
    [403, { error: { code: "ConversationBlockedByUser" } }, "blocked", true],
    [403, { error: { code: "BotNotInConversationRoster" } }, "rejected", true],
    [404, { error: { code: "ConversationNotFound" } }, "not-found", true],
    [400, { error: { code: "BadArgument" } }, "rejected", true],
    [401, undefined, "unauthorized", false],
    [500, undefined, "failed", false],
  ])("does not retry %s %j", (status, body, reason, permanent) => {
    const classified = classifyFailure(restError(status, {}, body));
    expect(classified.retry ? [] : [classified.error.reason, classified.error.permanent]).toEqual([
      reason,
      permanent,
    ]);
  });

  it("backs off exponentially with equal jitter, capped, and adds up to 10 % to Retry-After", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, random: () => 1 };
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffMs(attempt, undefined, policy))).toEqual([
      250, 500, 1_000, 2_000, 4_000, 8_000, 8_000,
    ]);
    expect(backoffMs(1, 2_000, { ...policy, random: () => 0 })).toEqual(2_000);
    expect(backoffMs(1, 2_000, policy)).toEqual(2_200);
  });

  it("stops at the first permanent failure and passes its own errors through", async () => {
    let calls = 0;
    const failure = await withRetry(
      async () => {
        calls += 1;
        throw restError(
          calls === 1 ? 502 : 403,
          {},
          calls === 1 ? undefined : { error: { code: "MessageWritesBlocked" } },
        );
      },
      { ...DEFAULT_RETRY_POLICY, sleep: async () => undefined },
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TeamsDeliveryError);
    expect([calls, (failure as TeamsDeliveryError).reason]).toEqual([2, "blocked"]);
  });

  it("knows loopback callers (the only ones allowed in Emulator mode)", () => {
    expect(
      ["127.0.0.1", "::1", "::ffff:127.0.0.1", "10.0.0.4", "::ffff:192.168.1.2", undefined].map(isLoopback),
    ).toEqual([true, true, true, false, false, false]);
  });
});

describe("Teams references: written when they change", () => {
  const reference = (serviceUrl: string) => ({
    serviceUrl,
    channelId: "msteams",
    conversation: { id: "a:1", conversationType: "personal", tenantId: "t1" },
    agent: { id: "28:bot", name: "Delegate" },
    user: { id: "29:u1", name: "Amina" },
    activityId: "1712",
  });

  it("skips the same reference, writes a changed one, and rewrites an unchanged one after ten minutes", async () => {
    const store = await openStore("memory:");
    let now = 1_000_000;
    const references = new ReferenceStore(store, () => now);
    const address = conversationAddress("t1", "a:1");
    await references.saveReference(address, reference("https://smba.one/"));
    expect((await references.reference(address))?.serviceUrl).toBe("https://smba.one/");
    // Someone else (another replica, an outage) removed it: the same reference is not written again at once…
    await store.delete(`ref:${address}`);
    await references.saveReference(address, { ...reference("https://smba.one/"), activityId: "1713" });
    expect(await references.reference(address)).toBeUndefined();
    // …but a changed one is,
    await references.saveReference(address, reference("https://smba.two/"));
    expect((await references.reference(address))?.serviceUrl).toBe("https://smba.two/");
    // and an unchanged one is written again once ten minutes have passed.
    await store.delete(`ref:${address}`);
    now += REWRITE_AFTER_MS;
    await references.saveReference(address, reference("https://smba.two/"));
    expect((await references.reference(address))?.serviceUrl).toBe("https://smba.two/");
    await store.close();
  });
});

describe("Teams verified emails kept for a minute in the process", () => {
  it("answers from the process for a minute after a read or a write, then reads the store again", async () => {
    const store = await openStore("memory:");
    let now = 5_000_000;
    const references = new ReferenceStore(store, () => now);
    const user = userAddress("t1", "29:u1");
    expect(references.knownEmail(user)).toBeUndefined();
    await references.saveEmail(user, "amina.diallo@mfa.example", EMAIL_TTL_MS);
    expect(references.knownEmail(user)).toBe("amina.diallo@mfa.example");
    // What the process keeps is what it read or wrote; the store is asked again after a minute.
    await store.delete(`email:${user}`);
    now += EMAIL_KEPT_MS - 1;
    expect(await references.email(user)).toBe("amina.diallo@mfa.example");
    now += 1;
    expect(references.knownEmail(user)).toBeUndefined();
    expect(await references.email(user)).toBeUndefined();
    // A failed look-up (null) is kept no longer than its own TTL.
    await references.saveEmail(user, null, 10);
    expect(references.knownEmail(user)).toBeNull();
    now += 10;
    expect(references.knownEmail(user)).toBeUndefined();
    await store.close();
  });
});
