/**
 * Pure Slack parsing: addresses, message text, payloads → core events, and the header
 * checks made before Bolt.
 */
import { describe, expect, it } from "vitest";
import { decodeAddress, encodeAddress, type SlackTarget, userOf } from "../../adapters/slack/address.js";
import { parseCommand, parseEventCallback } from "../../adapters/slack/parse.js";
import { plainText } from "../../adapters/slack/text.js";
import { checkSlackHeaders } from "../../adapters/slack/verify.js";
import { DeliveryError } from "../../bot/errors.js";

const bot = { userId: "U0BOT", botId: "B0BOT" };

describe("Slack addresses", () => {
  it.each<[SlackTarget, string]>([
    [{ kind: "conversation", team: "T1", channel: "C2" }, "slack:T1/C2"],
    [
      { kind: "conversation", team: "T1", channel: "C2", threadTs: "1709560800.000100" },
      "slack:T1/C2/1709560800.000100",
    ],
    [{ kind: "user", team: "T1", user: "U3" }, "slack:T1/@U3"],
    [{ kind: "home", team: "T1", user: "U3" }, "slack:T1/home/U3"],
    [
      { kind: "respond", team: "T1", user: "U3", key: "command:1.2/3" },
      "slack:T1/respond/U3/command%3A1.2%2F3",
    ],
  ])("encodes %o as %s and back", (target, address) => {
    expect(encodeAddress(target)).toBe(address);
    expect(decodeAddress(address)).toEqual(target);
  });

  it.each([
    "teams:abc",
    "slack:",
    "slack:T1",
    "slack:T1/",
    "slack:T1/C2/1.2/x",
    "slack:T1/@",
    "slack:T1/home",
    "slack:T1/%E0%A4%A",
  ])("refuses %s permanently", (address) => {
    expect(() => decodeAddress(address)).toThrow(DeliveryError);
    try {
      decodeAddress(address);
    } catch (error) {
      expect((error as DeliveryError).permanent).toBe(true);
    }
  });

  it("finds the user of user, home and respond addresses only", () => {
    expect(userOf("slack:T1/@U3")).toEqual({ team: "T1", user: "U3" });
    expect(userOf("slack:T1/respond/U3/k")).toEqual({ team: "T1", user: "U3" });
    expect(() => userOf("slack:T1/C2")).toThrow(DeliveryError);
  });
});

describe("plainText", () => {
  it.each([
    ["<@U0BOT> what's on Thursday afternoon?", "what's on Thursday afternoon?"],
    ["<@U0BOT|delegate-bot>   help", "help"],
    ["ask <@U0OTHER> or <@U0BOT>", "ask @U0OTHER or"],
    ["see <#C1|delegates> and <https://un.org/ict|the page>", "see #delegates and the page"],
    ["<!here> Q&amp;A &lt;3 PM&gt;", "@here Q&A <3 PM>"],
    ["<https://example.org>", "https://example.org"],
  ])("%s → %s", (text, expected) => {
    expect(plainText(text, "U0BOT")).toBe(expected);
  });
});

describe("parseEventCallback", () => {
  const envelope = (event: Record<string, unknown>) => ({
    event_id: "Ev1",
    team_id: "T1",
    type: "event_callback",
    event,
  });

  it("reads a DM as a direct message in the DM", () => {
    expect(
      parseEventCallback(
        envelope({ type: "message", channel_type: "im", channel: "D1", user: "U1", text: "hi", ts: "1.1" }),
        bot,
      ),
    ).toEqual({
      sender: { team: "T1", userId: "U1", isMe: false, isBot: false },
      event: {
        kind: "message",
        id: "Ev1",
        text: "hi",
        isDirect: true,
        address: "slack:T1/D1",
        raw: expect.anything(),
      },
    });
  });

  it("reads a mention as a message in the thread under it", () => {
    const draft = parseEventCallback(
      envelope({ type: "app_mention", channel: "C1", user: "U1", text: "<@U0BOT> hi", ts: "2.2" }),
      bot,
    );
    expect([
      draft?.event.address,
      draft?.event.isDirect,
      draft?.event.kind === "message" && draft.event.text,
    ]).toEqual(["slack:T1/C1/2.2", false, "hi"]);
  });

  it("marks the bot's own messages and other bots' messages", () => {
    const own = parseEventCallback(
      envelope({
        type: "message",
        channel_type: "im",
        channel: "D1",
        user: "U0BOT",
        bot_id: "B0BOT",
        text: "x",
        ts: "3.3",
      }),
      bot,
    );
    expect(own?.sender).toEqual({ team: "T1", userId: "U0BOT", isMe: true, isBot: true });
    const other = parseEventCallback(
      envelope({
        type: "message",
        subtype: "bot_message",
        channel_type: "im",
        channel: "D1",
        bot_id: "B9",
        text: "x",
        ts: "3.4",
      }),
      bot,
    );
    expect(other?.sender).toEqual({ team: "T1", userId: "B9", isMe: false, isBot: true });
  });

  it.each([
    { type: "message", channel_type: "channel", channel: "C1", user: "U1", text: "hi", ts: "1.1" },
    { type: "message", channel_type: "im", subtype: "message_changed", channel: "D1", ts: "1.1", user: "U1" },
    { type: "message", channel_type: "im", subtype: "channel_join", channel: "D1", user: "U1", ts: "1.1" },
    { type: "app_home_opened", user: "U1", tab: "messages" },
    { type: "reaction_added", user: "U1" },
  ])("ignores %o", (event) => {
    expect(parseEventCallback(envelope(event), bot)).toBeUndefined();
  });

  it("ignores a body that is not an event callback", () => {
    expect(parseEventCallback({ type: "url_verification" }, bot)).toBeUndefined();
  });
});

describe("parseCommand", () => {
  it("reads the text, stripped of a mention of the bot, and where it was used", () => {
    expect(
      parseCommand(
        {
          team_id: "T1",
          user_id: "U1",
          user_name: "amina",
          channel_id: "C1",
          channel_name: "delegates",
          command: "/oewg",
          text: "<@U0BOT> what's on Thursday afternoon",
          response_url: "https://hooks.slack.com/commands/T1/1/abc",
          trigger_id: "1.2.3",
        },
        bot,
      ),
    ).toEqual({
      team: "T1",
      userId: "U1",
      userName: "amina",
      channel: "C1",
      inDirectMessage: false,
      text: "what's on Thursday afternoon",
      responseUrl: "https://hooks.slack.com/commands/T1/1/abc",
      triggerId: "1.2.3",
    });
  });
});

describe("checkSlackHeaders", () => {
  const now = 1_709_560_800_000;
  const signature = `v0=${"a".repeat(64)}`;
  const headers = (timestamp: number, extra: Record<string, string> = {}) => ({
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": signature,
    ...extra,
  });

  it.each([
    [0, true],
    [-300, true],
    [300, true],
    [-301, false],
    [301, false],
    [3600, false],
  ])("a timestamp %i s from now is accepted: %s", (offset, ok) => {
    expect(checkSlackHeaders(headers(now / 1000 + offset), now).ok).toBe(ok);
  });

  it.each([
    [{}, 401],
    [{ "x-slack-signature": signature }, 401],
    [{ "x-slack-request-timestamp": "1709560800" }, 401],
    [{ "x-slack-request-timestamp": "soon", "x-slack-signature": signature }, 401],
    [{ "x-slack-request-timestamp": "1709560800", "x-slack-signature": "v0=zz" }, 401],
    [{ ...headers(now / 1000), "content-length": String(1024 * 1024 + 1) }, 413],
    [{ ...headers(now / 1000), "content-length": "lots" }, 413],
  ])("refuses %o with %i", (given, status) => {
    expect(checkSlackHeaders(given, now)).toMatchObject({ ok: false, status });
  });

  it("accepts exactly 1 MiB", () => {
    expect(checkSlackHeaders({ ...headers(now / 1000), "content-length": String(1024 * 1024) }, now)).toEqual(
      { ok: true },
    );
  });
});
