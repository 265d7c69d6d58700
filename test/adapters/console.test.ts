import { readFileSync } from "node:fs";
import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ConsoleAdapter } from "../../adapters/console/index.js";
import { CONSOLE_ADDRESS, createConsoleAdapter } from "../../adapters/console/index.js";
import { renderForConsole } from "../../adapters/console/render.js";
import { type Card, cardMessage } from "../../bot/cards.js";
import { silentLogger } from "../../bot/logger.js";
import type { HandlerModule } from "../../bot/module.js";
import { testCore } from "../support/core.js";
import type { ContractHarness, RecordedSend } from "./contract.js";
import { runAdapterContract } from "./contract.js";

/** The console user's verified email (the POC of the six-language suite). */
const CONSOLE_EMAIL = "amina.diallo@example.org";

/** Drives the console adapter by typing lines into its input stream. */
function consoleHarness(): ContractHarness {
  const input = new PassThrough();
  const sends: RecordedSend[] = [];
  // The adapter writes each message with one write() call, so each call is one message.
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString().replace(/\n\n$/, "");
      if (text !== "") sends.push({ address: CONSOLE_ADDRESS, text });
      done();
    },
  });
  const adapter: ConsoleAdapter = createConsoleAdapter({
    input,
    output,
    timeZone: "America/New_York",
    email: CONSOLE_EMAIL,
  });
  // The cards the adapter was given, to find a button's number as the console shows it.
  const cards: Card[] = [];
  const send = adapter.send.bind(adapter);
  adapter.send = async (to, message) => {
    if (message.card) cards.push(message.card);
    return send(to, message);
  };
  /** Types the number of a button of the latest card that has it. */
  const pick = async (actionId: string, value: string | undefined) => {
    const card = [...cards]
      .reverse()
      .find((candidate) =>
        candidate.buttons?.some((b) => b.actionId === actionId && (value === undefined || b.value === value)),
      );
    const index = card?.buttons?.findIndex(
      (b) => b.actionId === actionId && (value === undefined || b.value === value),
    );
    if (!card || index === undefined || index < 0) throw new Error(`no card with a button ${actionId}`);
    input.write(`${index + 1}\n`);
    return card;
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  // A form's prompts ("Field: ") ask for input; they are not messages.
  const messages = () => sends.filter((send) => !/^[^\n]*: $/.test(send.text));
  const waitForSends = async (count: number) => {
    for (let waited = 0; messages().length < count && waited < 2_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return {
    adapter,
    redeliversEvents: false,
    start: async (bot) => adapter.start({ sink: bot.core.sink, store: bot.store, log: silentLogger() }),
    // The console has no platform event ids: a line typed twice is two messages, so the
    // duplicate case is exercised by dispatching the same event through the sink.
    deliverDirectMessage: async (text) => {
      const before = messages().length;
      input.write(`${text}\n`);
      await waitForSends(before + 1);
    },
    deliverAction: async (actionId, value) => {
      await pick(actionId, value);
    },
    // The console asks for a card's inputs one by one after its button's number.
    deliverForm: async (actionId, value, inputs) => {
      const card = await pick(actionId, value);
      for (const field of card.inputs ?? []) {
        await sleep(30);
        input.write(`${inputs[field.id] ?? ""}\n`);
      }
    },
    verifiedEmail: CONSOLE_EMAIL,
    sent: () =>
      messages().map((send) => ({ ...send, text: send.text.replace(/\n\(type a number to choose\)$/, "") })),
    waitForSends,
    directAddress: () => CONSOLE_ADDRESS,
    stop: () => adapter.stop(),
  };
}

runAdapterContract("console", consoleHarness);

describe("console: pasted lines", () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function typing(options: { joinLinesWithinMs?: number; email?: string }) {
    const seen: string[] = [];
    const users: string[] = [];
    const recorder: HandlerModule = {
      name: "recorder",
      install: (router) =>
        router.use(async (ctx) => {
          if (ctx.event.kind === "message") seen.push(ctx.event.text);
          users.push(ctx.user.id);
        }),
    };
    const bot = await testCore({ modules: [recorder] });
    const input = new PassThrough();
    const adapter = createConsoleAdapter({ input, output: new PassThrough(), timeZone: null, ...options });
    await adapter.start({ sink: bot.core.sink, store: bot.store, log: silentLogger() });
    return { seen, users, input, adapter };
  }

  it("joins lines that arrive together (a pasted CSV) into one message; a line typed later is its own", async () => {
    const { seen, input, adapter } = await typing({ joinLinesWithinMs: 40 });
    input.write("import roster\nemail,name,roles\nana@mission.example,Ana,delegate\n");
    await sleep(150);
    input.write("help\n");
    await sleep(150);
    input.end();
    await adapter.closed();
    expect(seen).toEqual(["import roster\nemail,name,roles\nana@mission.example,Ana,delegate", "help"]);
  });

  it("/quit (or /exit) leaves the chat: nothing after it is read, and it is not sent to the bot", async () => {
    const { seen, input, adapter } = await typing({});
    input.write("help\n/quit\nwhen is the reception\n");
    await adapter.closed();
    expect(seen).toEqual(["help"]);
    const other = await typing({});
    other.input.write(" /EXIT \nhelp\n");
    await other.adapter.closed();
    expect(other.seen).toEqual([]);
  });

  it("is one user per email given, so rehearsing as several people keeps them apart", async () => {
    const first = await typing({ email: "Ann@Mission.example" });
    first.input.end("hello\n");
    await first.adapter.closed();
    const anonymous = await typing({});
    anonymous.input.end("hello\n");
    await anonymous.adapter.closed();
    expect([first.users, anonymous.users]).toEqual([["console:ann@mission.example"], ["console:me"]]);
  });

  it("a number picks a button of the card just shown, not of one shown before something else was written", async () => {
    const clicked: string[] = [];
    const texts: string[] = [];
    const withCard: HandlerModule = {
      name: "card",
      install: (router) =>
        router.use(async (ctx) => {
          if (ctx.event.kind === "action") clicked.push(ctx.event.actionId);
          else texts.push(ctx.event.text);
          if (ctx.event.kind === "message" && ctx.event.text === "preview")
            await ctx.reply(
              cardMessage(
                { title: "Change?", sections: [], buttons: [{ label: "Confirm", actionId: "confirm" }] },
                "en",
              ),
            );
          else await ctx.reply("ok");
        }),
    };
    const bot = await testCore({ modules: [withCard] });
    const input = new PassThrough();
    const adapter = createConsoleAdapter({ input, output: new PassThrough(), timeZone: null });
    bot.deps.messenger.add(adapter);
    await adapter.start({ sink: bot.core.sink, store: bot.store, log: silentLogger() });
    await adapter.say("preview");
    await adapter.say("1");
    expect(clicked).toEqual(["confirm"]);
    await adapter.say("preview");
    await adapter.say("what's on today?");
    await adapter.say("1");
    expect(clicked).toEqual(["confirm"]);
    expect(texts.at(-1)).toBe("1");
  });

  it("reads piped input (not a terminal) a line per message", async () => {
    const { seen, input, adapter } = await typing({});
    input.write("what's next?\nhelp\n");
    input.end();
    await adapter.closed();
    expect(seen).toEqual(["what's next?", "help"]);
  });
});

describe("console: /file", () => {
  it("sends a local file as an attachment, with what was typed after its path", async () => {
    const seen: Array<{ text: string; attachments?: unknown }> = [];
    const recorder: HandlerModule = {
      name: "recorder",
      install: (router) =>
        router.use(async (ctx) => {
          if (ctx.event.kind === "message")
            seen.push({ text: ctx.event.text, attachments: ctx.event.attachments });
        }),
    };
    const bot = await testCore({ modules: [recorder] });
    const adapter = createConsoleAdapter({
      input: new PassThrough(),
      output: new PassThrough(),
      timeZone: null,
    });
    await adapter.start({ sink: bot.core.sink, store: bot.store, log: silentLogger() });
    await adapter.say("/file data/templates/roster.csv import roster, removing missing");
    await adapter.say('/file "no such file.csv"');
    await adapter.say("/file package.json");
    expect(seen).toEqual([
      {
        text: "import roster, removing missing",
        attachments: [
          {
            name: "roster.csv",
            mediaType: "",
            size: readFileSync("data/templates/roster.csv").length,
            text: readFileSync("data/templates/roster.csv", "utf8"),
          },
        ],
      },
      { text: "", attachments: [{ name: "no such file.csv", mediaType: "", problem: "download-failed" }] },
      {
        text: "",
        attachments: [
          {
            name: "package.json",
            mediaType: "",
            size: readFileSync("package.json").length,
            problem: "unsupported-type",
          },
        ],
      },
    ]);
    await adapter.stop();
  });
});

describe("console rendering in the reader's language", () => {
  it("marks optional inputs and asks for a number in that language", () => {
    const text = renderForConsole({
      text: "Réception",
      locale: "fr",
      card: {
        title: "Réception",
        sections: [],
        inputs: [{ id: "experts", label: "Experts", optional: true }],
        buttons: [{ actionId: "rsvp:answer", label: "Je participe", value: "yes" }],
      },
    });
    expect(text).toContain("[Experts (facultatif)]");
    expect(text.endsWith("(tapez un numéro pour choisir)")).toBe(true);
    expect(text).not.toMatch(/optional|type a number/);
  });
});
