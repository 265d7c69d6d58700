/**
 * The authorisation matrix: every command of the POC directory and ping tests, tried by a
 * delegate, another State's POC, the POC concerned and the Secretariat. Refused attempts
 * must change nothing; the allowed actor runs last on the same bot.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { NOT_ADDRESSED_TO_YOU } from "../../handlers/ping/handlers.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { LOOKUP_REFUSAL } from "../../handlers/poc/secretariat.js";
import { notYours } from "../../handlers/poc/self-service.js";

const NOT_YOURS = notYours("en");

import {
  button,
  DELEGATE,
  directoryCsv,
  FRA_TECH,
  greet,
  KEN_TECH,
  pocBot,
  SECRETARIAT,
  type Sent,
  textOf,
  type User,
} from "./support.js";

type Bot = Awaited<ReturnType<typeof pocBot>>;
type Actor = "delegate" | "other State's POC" | "the POC" | "Secretariat";
const ACTORS: Record<Actor, User> = {
  delegate: DELEGATE,
  "other State's POC": FRA_TECH,
  "the POC": KEN_TECH,
  Secretariat: SECRETARIAT,
};

const CSV = directoryCsv([
  {
    state: "KEN",
    type: "technical",
    name: "Peter Otieno",
    emails: KEN_TECH.email ?? "",
    phone: "+254 20 123 4567",
  },
  {
    state: "FRA",
    type: "technical",
    name: "Claire Martin",
    emails: FRA_TECH.email ?? "",
    phone: "+33 1 23 45 67 89",
  },
]);
const FORBIDDEN = "Sorry, only the Secretariat can do that.";
const PING_FORBIDDEN = "Sorry, only the Secretariat can run ping tests.";
const NO_RECORD = /^I don't have a POC record for your chat account/;

async function freshBot(): Promise<Bot> {
  const bot = await pocBot({ now: "2024-06-10T13:00:00.000Z" });
  await bot.say(SECRETARIAT, `import poc directory\n${CSV}`);
  await greet(bot, Object.values(ACTORS));
  return bot;
}

/** Everything a command could change. */
async function snapshot(bot: Bot) {
  const ping = bot.store.namespace("ping");
  return JSON.stringify({
    records: await bot.directory.all(),
    kenHistory: await bot.directory.history("KEN:technical"),
    tests: await ping.list("test:", z.unknown()),
    acks: await ping.list("ack:", z.unknown()),
  });
}

interface Command {
  name: string;
  /** Prepares what the command needs (a pending change, a preview…), as its rightful owner would. */
  setup?: (bot: Bot) => Promise<Sent[]>;
  run: (bot: Bot, who: User, prepared: Sent[]) => Promise<Sent[]>;
  expected: Record<Actor, string | RegExp>;
  /** Who may do it (their turn may change state); everyone else must change nothing. */
  allowed: Actor[];
}

const COMMANDS: Command[] = [
  {
    name: "my details",
    allowed: ["other State's POC", "the POC"],
    run: (bot, who) => bot.say(who, "my details"),
    expected: {
      delegate: NO_RECORD,
      "other State's POC": /^Your entry in the POC directory: France \(FRA\) — technical POC/,
      "the POC": /^Your entry in the POC directory: Kenya \(KEN\) — technical POC/,
      Secretariat: NO_RECORD,
    },
  },
  {
    name: "change my phone to …",
    allowed: ["other State's POC", "the POC"],
    run: (bot, who) => bot.say(who, "change my title to Director"),
    expected: {
      delegate: NO_RECORD,
      "other State's POC": /^Change your title\?\n\nFrance \(FRA\) — technical POC/,
      "the POC": /^Change your title\?\n\nKenya \(KEN\) — technical POC/,
      Secretariat: NO_RECORD,
    },
  },
  {
    name: "Confirm (record still correct)",
    allowed: ["the POC"],
    run: (bot, who) => bot.click(who, { actionId: ACTIONS.confirm, value: "KEN:technical|1" }),
    expected: {
      delegate: NOT_YOURS,
      "other State's POC": NOT_YOURS,
      "the POC": /^Thank you: your details are confirmed/,
      Secretariat: NOT_YOURS,
    },
  },
  {
    name: "Change a field (form)",
    allowed: ["the POC"],
    run: (bot, who) => bot.click(who, { actionId: ACTIONS.edit, value: "KEN:technical" }),
    expected: {
      delegate: NOT_YOURS,
      "other State's POC": NOT_YOURS,
      "the POC": /^Change a field: Kenya/,
      Secretariat: NOT_YOURS,
    },
  },
  {
    name: "Confirm a previewed change",
    allowed: ["the POC"],
    setup: (bot) => bot.say(KEN_TECH, "change my title to Director"),
    run: (bot, who, prepared) => bot.click(who, button(prepared, ACTIONS.changeConfirm)),
    expected: {
      delegate: /^That change is no longer pending/,
      "other State's POC": /^That change is no longer pending/,
      "the POC": "Done: your title is now Director. The Secretariat will be notified.",
      Secretariat: /^That change is no longer pending/,
    },
  },
  {
    name: "import poc directory",
    allowed: ["Secretariat"],
    run: (bot, who) =>
      bot.say(who, `import poc directory\n${CSV.replace("Peter Otieno", "Peter O. Otieno")}`),
    expected: {
      delegate: FORBIDDEN,
      "other State's POC": FORBIDDEN,
      "the POC": FORBIDDEN,
      Secretariat: /^Imported 2 POC records/,
    },
  },
  {
    name: "who hasn't confirmed?",
    allowed: ["Secretariat"],
    run: (bot, who) => bot.say(who, "who hasn't confirmed?"),
    expected: {
      delegate: FORBIDDEN,
      "other State's POC": FORBIDDEN,
      "the POC": FORBIDDEN,
      Secretariat: /^Who hasn't confirmed their POC details/,
    },
  },
  {
    name: "what is Kenya's technical POC's phone?",
    allowed: ["the POC", "Secretariat"],
    run: (bot, who) => bot.say(who, "what is Kenya's technical POC's phone?"),
    expected: {
      delegate: LOOKUP_REFUSAL,
      "other State's POC": LOOKUP_REFUSAL,
      "the POC":
        /^Your entry in the POC directory: Kenya \(KEN\) — technical POC[\s\S]*Phone: \+254 20 1234567/,
      Secretariat: /^Kenya \(KEN\) — technical POC[\s\S]*Phone: \+254 20 1234567[\s\S]*this view is logged/,
    },
  },
  {
    name: "show poc KEN technical",
    allowed: ["the POC", "Secretariat"],
    run: (bot, who) => bot.say(who, "show poc KEN technical"),
    expected: {
      delegate: LOOKUP_REFUSAL,
      "other State's POC": LOOKUP_REFUSAL,
      "the POC": /^Your entry in the POC directory: Kenya/,
      Secretariat: /^Kenya \(KEN\) — technical POC/,
    },
  },
  {
    name: "poc history KEN technical",
    allowed: ["Secretariat"],
    run: (bot, who) => bot.say(who, "poc history KEN technical"),
    expected: {
      delegate: FORBIDDEN,
      "other State's POC": FORBIDDEN,
      "the POC": FORBIDDEN,
      Secretariat: /^Audit trail: Kenya \(KEN\) — technical POC/,
    },
  },
  {
    name: "start ping test all",
    allowed: ["Secretariat"],
    run: (bot, who) => bot.say(who, "start ping test all"),
    expected: {
      delegate: PING_FORBIDDEN,
      "other State's POC": PING_FORBIDDEN,
      "the POC": PING_FORBIDDEN,
      Secretariat: /^Ping test preview: all POCs/,
    },
  },
  {
    name: "Confirm a ping test preview",
    allowed: ["Secretariat"],
    setup: (bot) => bot.say(SECRETARIAT, "start ping test all"),
    run: (bot, who, prepared) => bot.click(who, button(prepared, PING_ACTIONS.start)),
    expected: {
      delegate: PING_FORBIDDEN,
      "other State's POC": PING_FORBIDDEN,
      "the POC": PING_FORBIDDEN,
      Secretariat: /^Ping test \S+ started for all POCs: 2 POCs are being pinged/,
    },
  },
  {
    name: "Acknowledge a ping",
    allowed: ["the POC"],
    setup: async (bot) => {
      const preview = await bot.say(SECRETARIAT, "start ping test all");
      await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
      const before = bot.sent.length;
      await bot.deps.outbox.drain();
      return bot.sent.slice(before).filter((m) => m.message.text.includes("Kenya"));
    },
    run: (bot, who, prepared) => bot.click(who, button(prepared, PING_ACTIONS.ack)),
    expected: {
      delegate: NOT_ADDRESSED_TO_YOU,
      "other State's POC": NOT_ADDRESSED_TO_YOU,
      "the POC": /^Thank you: your acknowledgement was recorded at/,
      Secretariat: NOT_ADDRESSED_TO_YOU,
    },
  },
  {
    name: "ping test report",
    allowed: ["Secretariat"],
    setup: async (bot) => {
      const preview = await bot.say(SECRETARIAT, "start ping test technical");
      return bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    },
    run: (bot, who) => bot.say(who, "ping test report"),
    expected: {
      delegate: PING_FORBIDDEN,
      "other State's POC": PING_FORBIDDEN,
      "the POC": PING_FORBIDDEN,
      Secretariat: /^Ping test \S+ — interim report/,
    },
  },
];

describe("authorisation matrix", () => {
  it.each(COMMANDS.map((command) => [command.name, command] as const))("%s", async (_name, command) => {
    const bot = await freshBot();
    const prepared = command.setup ? await command.setup(bot) : [];
    const permitted = command.allowed;
    const order = (Object.keys(ACTORS) as Actor[]).sort(
      (a, b) => Number(permitted.includes(a)) - Number(permitted.includes(b)),
    );
    for (const actor of order) {
      const before = await snapshot(bot);
      const replies = await command.run(bot, ACTORS[actor], prepared);
      const text = replies.map((m) => m.message.text).join("\n");
      const expected = command.expected[actor];
      if (typeof expected === "string") expect(text, `${actor}: ${command.name}`).toBe(expected);
      else expect(text, `${actor}: ${command.name}`).toMatch(expected);
      if (!permitted.includes(actor)) {
        expect(await snapshot(bot), `${actor} changed something with: ${command.name}`).toBe(before);
        if (actor !== "the POC") expect(text).not.toContain("+254 20 1234567");
      }
    }
  });

  it("a delegate gets the same refusal whether or not the record exists, and nothing about it", async () => {
    const bot = await freshBot();
    const asks = [
      "what is Kenya's technical POC's phone?",
      "what is Chad's technical POC's phone?",
      "what is Kenya's diplomatic POC's email?",
      "show poc TCD technical",
    ];
    for (const who of [DELEGATE, FRA_TECH]) {
      const answers = [];
      for (const ask of asks) answers.push(textOf(await bot.say(who, ask)));
      expect(answers).toEqual(asks.map(() => LOOKUP_REFUSAL));
    }
    expect(await bot.directory.get("KEN:technical")).toBeDefined();
    expect(await bot.directory.get("TCD:technical")).toBeUndefined();
  });
});
