import { describe, expect, it } from "vitest";
import type { Outgoing } from "../../bot/cards.js";
import { fixedClock } from "../../bot/clock.js";
import { InputError, StoreError } from "../../bot/errors.js";
import { silentLogger } from "../../bot/logger.js";
import { Messenger } from "../../bot/messenger.js";
import type { HandlerModule } from "../../bot/module.js";
import { createPipeline } from "../../bot/pipeline.js";
import { openStore } from "../../bot/store/index.js";
import type { Store } from "../../bot/store/port.js";
import type { Address, ChatAdapter, IncomingEvent, SentRef } from "../../bot/types.js";
import { testCore } from "../support/core.js";

/** An adapter that records what it sends; the platform side of these tests. */
function recordingAdapter() {
  const sent: Array<{ to: Address; text: string; locale?: string }> = [];
  const adapter: ChatAdapter = {
    name: "test",
    start: async () => undefined,
    stop: async () => undefined,
    send: async (to: Address, message: Outgoing): Promise<SentRef> => {
      // The language is recorded when it is not English (most tests here speak English).
      sent.push({ to, text: message.text, ...(message.locale !== "en" ? { locale: message.locale } : {}) });
      return { address: to, messageId: String(sent.length) };
    },
    openDirect: async (userAddress) => `test:dm-${userAddress.slice(5)}` as Address,
  };
  return { adapter, sent };
}

const event = (overrides: Partial<IncomingEvent> & { text?: string } = {}): IncomingEvent =>
  ({
    kind: "message",
    id: "evt-1",
    text: "hello",
    user: { id: "test:u1", displayName: "U1", isBot: false, isMe: false },
    address: "test:channel-1",
    isDirect: false,
    ...overrides,
  }) as IncomingEvent;

async function setup(install: HandlerModule["install"]) {
  const bot = await testCore({ modules: [{ name: "t", install }] });
  const { adapter, sent } = recordingAdapter();
  bot.deps.messenger.add(adapter);
  return { ...bot, sent };
}

describe("pipeline", () => {
  it("handles each event id once, even when delivered concurrently", async () => {
    let runs = 0;
    const { core } = await setup((router) =>
      router.use(async () => {
        runs += 1;
      }),
    );
    await Promise.all(Array.from({ length: 10 }, () => core.sink.dispatch(event())));
    await core.sink.dispatch(event({ id: "evt-2" }));
    expect(runs).toBe(2);
  });

  it("ignores the bot's own messages and other bots", async () => {
    let runs = 0;
    const { core } = await setup((router) =>
      router.use(async () => {
        runs += 1;
      }),
    );
    await core.sink.dispatch(
      event({ id: "self", user: { id: "test:me", displayName: "bot", isBot: true, isMe: true } }),
    );
    await core.sink.dispatch(
      event({ id: "bot", user: { id: "test:b", displayName: "other", isBot: true, isMe: false } }),
    );
    expect(runs).toBe(0);
  });

  it("shows an InputError's own words, and a plain apology for anything else", async () => {
    const { core, sent } = await setup((router) => {
      router.message(/^bad$/, async () => {
        throw new InputError("The phone number needs a country code, e.g. +41 22 917 1234.");
      });
      router.message(/^crash$/, async () => {
        throw new TypeError("cannot read properties of undefined (reading 'x') at handler.ts:12");
      });
    });
    await core.sink.dispatch(event({ id: "1", text: "bad" }));
    await core.sink.dispatch(event({ id: "2", text: "crash" }));
    expect(sent.map((s) => s.text)).toEqual([
      "The phone number needs a country code, e.g. +41 22 917 1234.",
      "Sorry, something went wrong on my side. Nothing was changed; please try again.",
    ]);
  });

  it("replies where the event came from, and privately by DM when asked in a channel", async () => {
    const { core, sent } = await setup((router) =>
      router.use(async (ctx) => {
        await ctx.reply("public");
        await ctx.replyPrivately("private");
      }),
    );
    await core.sink.dispatch(event());
    expect(sent).toEqual([
      { to: "test:channel-1", text: "public" },
      { to: "test:dm-u1", text: "private" },
    ]);
  });

  it("tells the platform the reply's language: the turn's, as it is when the reply is sent", async () => {
    const { core, sent } = await setup((router) =>
      router.use(async (ctx) => {
        ctx.locale = "fr";
        await ctx.reply("Bonjour");
        await ctx.replyPrivately({ text: "Réception", card: { sections: [] } });
        await ctx.reply({ text: "Hola", locale: "es" });
      }),
    );
    await core.sink.dispatch(event());
    expect(sent).toEqual([
      { to: "test:channel-1", text: "Bonjour", locale: "fr" },
      { to: "test:dm-u1", text: "Réception", locale: "fr" },
      { to: "test:channel-1", text: "Hola", locale: "es" },
    ]);
  });

  it("tells the user when the store is down, and runs no handler", async () => {
    const { adapter, sent } = recordingAdapter();
    const healthy = await openStore("memory:");
    const down: Store = {
      ...healthy,
      namespace: () => down,
      setIfAbsent: async () => {
        throw new StoreError("connection refused");
      },
    };
    let runs = 0;
    const sink = createPipeline({
      handler: async () => {
        runs += 1;
      },
      store: down,
      clock: fixedClock("2024-03-04T13:00:00Z"),
      log: silentLogger(),
      messenger: new Messenger([adapter]),
    });
    await sink.dispatch(event({ id: "x" }));
    expect(runs).toBe(0);
    expect(sent).toEqual([
      {
        to: "test:channel-1",
        text: "Sorry, I can't reach my records right now. Nothing was changed; please try again in a minute.",
      },
    ]);
  });
});
