/**
 * The adapter contract: behaviour every chat adapter must show, run by each adapter's own
 * test file with a harness that drives the platform's real ingress (signed HTTP for
 * Slack, authenticated activities for Teams, typed lines for the console).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardMessage } from "../../bot/cards.js";
import type { HandlerModule } from "../../bot/module.js";
import type { Address, ChatAdapter } from "../../bot/types.js";
import { handlerModules } from "../../handlers/index.js";
import { OEWG } from "../revisions/revision-samples.js";
import { testCore } from "../support/core.js";
import { runLanguageContract } from "./languages.js";

/** Something the fake platform received from the bot. */
export interface RecordedSend {
  /** The core address the message went to (as the adapter would write it). */
  address: Address;
  text: string;
}

/** A person of the real-feature cases, as the platform knows them. */
export interface ContractPerson {
  /** What `deliverDirectMessage`'s `userId` takes for them. */
  userId: string;
  /** The e-mail the platform verifies for them. */
  email: string;
  /** Their direct conversation with the bot. */
  address: Address;
}

/** What a test file provides so the contract can drive its adapter. */
export interface ContractHarness {
  adapter: ChatAdapter;
  /** False for platforms without event ids (the console): the redelivery case is skipped. */
  redeliversEvents: boolean;
  /** Starts the adapter on the given core (HTTP servers, fakes). */
  start(core: Awaited<ReturnType<typeof testCore>>): Promise<void>;
  /** Delivers a direct message from a user through the platform's ingress. Resolves when the platform got its answer (ack). */
  deliverDirectMessage(text: string, options: { eventId: string; userId?: string }): Promise<void>;
  /** Delivers a click on a card button previously sent to the user (no `value`: the latest button with that id). */
  deliverAction(actionId: string, value: string | undefined, options: { eventId: string }): Promise<void>;
  /**
   * Submits a card's form: the button with its inputs filled, as the platform does it (a
   * modal on Slack, the card's inputs on Teams, answers typed one by one on the console).
   * Without it the six-language suite (`languages.ts`) is skipped.
   */
  deliverForm?(
    actionId: string,
    value: string | undefined,
    inputs: Record<string, string>,
    options: { eventId: string },
  ): Promise<void>;
  /** The email the platform verifies for the default user (the POC of the language suite). */
  verifiedEmail?: string;
  /** Delivers a message the bot itself sent (an echo), if the platform echoes them. */
  deliverOwnMessage?(text: string, options: { eventId: string }): Promise<void>;
  /**
   * Two people for the cases that run the real features (programme revisions): a
   * Secretariat member and a delegate, each with a verified e-mail. Absent on a platform
   * with one user (the console): those cases are skipped.
   */
  people?: { secretariat: ContractPerson; delegate: ContractPerson };
  /** Sends a file in a direct message, as the platform delivers a shared file. */
  deliverFile?(
    file: { name: string; content: string },
    options: { eventId: string; userId?: string; text?: string },
  ): Promise<void>;
  /** Everything the bot sent so far, in order. */
  sent(): RecordedSend[];
  /** Waits until `count` messages were sent (or a timeout). */
  waitForSends(count: number): Promise<void>;
  /** The address of the direct conversation with the default user after one message. */
  directAddress(): Address;
  stop(): Promise<void>;
}

const echo: HandlerModule = {
  name: "contract-echo",
  install(router) {
    router.message(/^boom$/, async () => {
      throw new Error("secret internal detail");
    });
    router.message(/^card$/, async (ctx) => {
      await ctx.reply(
        cardMessage({
          title: "Reception",
          sections: [{ text: "Monday 4 March, 6:30 PM" }],
          buttons: [{ actionId: "contract:pick", label: "Attending", value: "yes" }],
        }),
      );
    });
    router.message(/.*/s, async (ctx) => {
      await ctx.reply(`echo: ${ctx.event.text} (direct=${ctx.event.isDirect})`);
    });
    router.action("contract:pick", async (ctx) => {
      await ctx.reply(`picked ${ctx.event.value}`);
    });
  },
};

/**
 * Runs the contract against an adapter, and the six-language journey (`languages.ts`) unless
 * `languages: false`.
 * @example runAdapterContract("console", () => consoleHarness());
 */
export function runAdapterContract(
  name: string,
  makeHarness: () => ContractHarness | Promise<ContractHarness>,
  options: { languages?: boolean } = {},
): void {
  if (options.languages !== false) runLanguageContract(name, makeHarness);
  describe(`adapter contract: ${name}`, () => {
    let harness: ContractHarness;
    let testBot: Awaited<ReturnType<typeof testCore>>;

    beforeEach(async () => {
      harness = await makeHarness();
      testBot = await testCore({ modules: [echo] });
      testBot.deps.messenger.add(harness.adapter);
      await harness.start(testBot);
    });

    afterEach(async () => {
      await harness.stop();
      await testBot.store.close();
    });

    it("answers a direct message exactly once, in the same conversation", async () => {
      await harness.deliverDirectMessage("hello there", { eventId: "evt-1" });
      await harness.waitForSends(1);
      expect(harness.sent()).toEqual([
        { address: harness.directAddress(), text: "echo: hello there (direct=true)" },
      ]);
    });

    it("handles a redelivered event once", async () => {
      if (!harness.redeliversEvents) return;
      await harness.deliverDirectMessage("once", { eventId: "evt-dup" });
      await harness.deliverDirectMessage("once", { eventId: "evt-dup" });
      await harness.waitForSends(1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(harness.sent().map((send) => send.text)).toEqual(["echo: once (direct=true)"]);
    });

    it("sends cards with a text fallback that carries their content", async () => {
      await harness.deliverDirectMessage("card", { eventId: "evt-card" });
      await harness.waitForSends(1);
      const [sent] = harness.sent();
      expect(sent?.text).toContain("Reception");
      expect(sent?.text).toContain("Monday 4 March, 6:30 PM");
    });

    it("routes a button click to its action handler with its value", async () => {
      await harness.deliverDirectMessage("card", { eventId: "evt-card-2" });
      await harness.waitForSends(1);
      await harness.deliverAction("contract:pick", "yes", { eventId: "evt-click" });
      await harness.waitForSends(2);
      expect(harness.sent()[1]?.text).toBe("picked yes");
    });

    it("gives a plain apology, never internals, when a handler fails", async () => {
      await harness.deliverDirectMessage("boom", { eventId: "evt-boom" });
      await harness.waitForSends(1);
      const text = harness.sent()[0]?.text ?? "";
      expect(text).toMatch(/something went wrong/i);
      expect(text).not.toContain("secret internal detail");
      expect(text).not.toMatch(/at .*\.ts:\d+/);
    });

    it("delivers a proactive send to a known conversation", async () => {
      await harness.deliverDirectMessage("hi", { eventId: "evt-hi" });
      await harness.waitForSends(1);
      await testBot.deps.messenger.send(harness.directAddress(), { text: "Reminder: session at 3 PM" });
      await harness.waitForSends(2);
      expect(harness.sent()[1]).toEqual({
        address: harness.directAddress(),
        text: "Reminder: session at 3 PM",
      });
    });

    it("ignores the bot's own messages", async () => {
      if (!harness.deliverOwnMessage) return;
      await harness.deliverOwnMessage("echo: loop?", { eventId: "evt-self" });
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(harness.sent()).toEqual([]);
    });
  });

  describe(`adapter contract: ${name}, programme revisions through the real features`, () => {
    let harness: ContractHarness;
    let testBot: Awaited<ReturnType<typeof testCore>>;

    beforeEach(async () => {
      harness = await makeHarness();
      const people = harness.people;
      testBot = await testCore({
        modules: handlerModules,
        secretariatEmails: people ? [people.secretariat.email] : [],
      });
      testBot.deps.messenger.add(harness.adapter);
      await harness.start(testBot);
    });

    afterEach(async () => {
      await harness.stop();
      await testBot.store.close();
    });

    /** Says something as a person and returns the bot's answers to them that follow. */
    const say = async (who: ContractPerson, text: string, eventId: string) => {
      const before = harness.sent().length;
      await harness.deliverDirectMessage(text, { eventId, userId: who.userId });
      await harness.waitForSends(before + 1);
      return harness
        .sent()
        .slice(before)
        .filter((send) => send.address === who.address)
        .map((send) => send.text)
        .join("\n");
    };

    it("a Secretariat member revises, sees the preview, publishes; the delegate gets the new time", async () => {
      const people = harness.people;
      if (!people) return;
      const { secretariat, delegate } = people;
      expect(await say(delegate, "remind me about regular institutional dialogue", "rev-1")).toMatch(
        /remind/i,
      );
      const preview = await say(secretariat, "move Thursday afternoon to 3:30 PM", "rev-2");
      expect(preview).toContain("preview, not published yet");
      expect(preview).toMatch(
        /moved to Thu 7 Mar, 3:30 PM–6:30 PM New York time \(was Thu 7 Mar, 3:00 PM–6:00 PM\)/,
      );
      expect(testBot.deps.programmes.version).toBe(1);

      const published = await say(secretariat, "publish", "rev-3");
      expect(published).toMatch(/^Published version 2 \(1 change\)/);
      expect(testBot.deps.programmes.version).toBe(2);

      // The change notice goes through the outbox and this adapter to the delegate's DM.
      const before = harness.sent().length;
      await testBot.deps.outbox.drain();
      await harness.waitForSends(before + 1);
      const notice = harness
        .sent()
        .slice(before)
        .filter((send) => send.address === delegate.address)
        .map((send) => send.text)
        .join("\n");
      expect(notice).toContain("The programme has changed (version 2");
      expect(notice).toContain("moved to Thu 7 Mar, 3:30 PM–6:30 PM New York time");
      expect(await say(delegate, "what's on Thursday afternoon?", "rev-4")).toContain("3:30");
    });

    it("a malformed revised file changes nothing and says where it is wrong", async () => {
      const people = harness.people;
      if (!people || !harness.deliverFile) return;
      const broken = OEWG.replace('start: "15:00"\n    end: "18:00"', 'start: "15:00"\n    end: "14:00"');
      const before = harness.sent().length;
      await harness.deliverFile(
        { name: "oewg-7th-session.yaml", content: broken },
        { eventId: "rev-bad", userId: people.secretariat.userId },
      );
      await harness.waitForSends(before + 1);
      const answer = harness.sent()[before]?.text ?? "";
      expect(answer).toMatch(/^Nothing was changed: the revised file has 1 problem\./);
      expect(answer).toMatch(/data\/oewg-7th-session\.yaml: meetings\[1\]\.end: must be after start/);
      expect(testBot.deps.programmes.version).toBe(1);
      expect(await say(people.secretariat, "publish", "rev-bad-2")).toMatch(/There is no revision waiting/);
    });
  });
}
