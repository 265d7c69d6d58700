/**
 * "did amina get the 10 June ping?", "did amina get the broadcast about the venue?": the
 * Secretariat names which ping test or broadcast (its day, its id, a broadcast's words); with
 * none named the latest is taken and the answer says so, with how many there are and how to
 * name another, so that the count can be trusted.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { pingServices } from "../../handlers/ping/service.js";
import {
  button,
  dmOf,
  greet,
  importDirectory,
  KEN_DIPLO,
  pocBot,
  SECRETARIAT,
  textOf,
} from "../poc/support.js";

type Bot = Awaited<ReturnType<typeof pocBot>>;

async function pingTest(b: Bot, ack: boolean): Promise<string> {
  const preview = await b.say(SECRETARIAT, "start ping test all window 24h");
  await b.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
  const before = b.sent.length;
  await b.deps.scheduler.tick();
  if (ack) {
    b.clock.advance(10 * 60_000);
    const pings = b.sent.slice(before).filter((m) => m.to === dmOf(KEN_DIPLO));
    await b.click(KEN_DIPLO, button(pings, PING_ACTIONS.ack));
  }
  return (await pingServices(b.deps).tests.latest()) ?? "";
}

async function broadcast(b: Bot, text: string): Promise<void> {
  const preview = await b.say(SECRETARIAT, `broadcast to all POCs: ${text}`);
  await b.click(SECRETARIAT, button(preview, "broadcast:confirm"));
  await b.deps.scheduler.tick();
}

/**
 * Amina Njoroge (Kenya's diplomatic POC): a ping test on Mon 10 June she acknowledged, a
 * broadcast about the venue on Tue 11 June, a ping test on Wed 12 June she did not answer,
 * then a broadcast about a fire drill.
 */
async function history() {
  const b = await pocBot({ now: "2024-06-10T13:00:00.000Z", modules: handlerModules });
  await importDirectory(b, [
    { state: "KEN", type: "diplomatic", name: "Amina Njoroge", emails: KEN_DIPLO.email },
  ]);
  await greet(b, [SECRETARIAT, KEN_DIPLO]);
  const first = await pingTest(b, true);
  b.clock.set("2024-06-11T14:00:00.000Z");
  await b.deps.scheduler.tick();
  await broadcast(b, "Venue change: the meeting moves to Conference Room 4.");
  b.clock.set("2024-06-12T13:00:00.000Z");
  const second = await pingTest(b, false);
  b.clock.set("2024-06-12T15:00:00.000Z");
  await broadcast(b, "Fire drill at 11:00 tomorrow.");
  return { b, first, second };
}

describe("which ping test or broadcast 'did … get it?' is about", () => {
  it("none named: the latest of its kind, said as such with how to name another", async () => {
    const { b, second } = await history();
    const answer = textOf(await b.say(SECRETARIAT, "did amina get the ping?"));
    expect(answer).toBe(
      [
        `Ping test ${second}, started Wed 12 Jun 2024, 9:00 AM New York time:`,
        "Amina Njoroge (Kenya, diplomatic POC): received it Wed 12 Jun 2024, 9:00 AM New York time; not acknowledged yet (the window is open until Thu 13 Jun 2024, 9:00 AM New York time).",
        'This is the latest of 2 ping tests. To ask about another, name it by its day or id: "did Amina Njoroge get the ping of 2024-06-10" ("ping tests" lists them).',
      ].join("\n"),
    );
    // "it": the latest of the two kinds, a broadcast here, with its title.
    const it = textOf(await b.say(SECRETARIAT, "did amina get it?"));
    expect(it).toMatch(
      /^Broadcast \S+ to all POCs .*\("Fire drill at 11:00 tomorrow\."\), confirmed Wed 12 Jun 2024, 11:00 AM New York time:\n/,
    );
    expect(it).toContain(
      'This is the latest of 2 broadcasts. To ask about another, name it by its day, id or words of its text: "did Amina Njoroge get the broadcast of 2024-06-11" ("broadcasts" lists them).',
    );
  });

  it.each([
    "did amina get the 10 June ping?",
    "did amina get the June 10 ping test?",
    "has amina acknowledged the ping of 2024-06-10?",
    "did amina get the ping test from 10 June?",
  ])("%s → the first test, no note", async (question) => {
    const { b, first } = await history();
    const answer = textOf(await b.say(SECRETARIAT, question));
    expect(answer).toBe(
      [
        `Ping test ${first}, started Mon 10 Jun 2024, 9:00 AM New York time:`,
        "Amina Njoroge (Kenya, diplomatic POC): received it Mon 10 Jun 2024, 9:00 AM New York time and acknowledged it Mon 10 Jun 2024, 9:10 AM New York time, in time.",
      ].join("\n"),
    );
  });

  it("by the test's id, or the start of it", async () => {
    const { b, first } = await history();
    expect(textOf(await b.say(SECRETARIAT, `did amina get the ping ${first}?`))).toMatch(
      new RegExp(`^Ping test ${first}, started Mon 10 Jun`),
    );
    expect(textOf(await b.say(SECRETARIAT, `did amina get the ping test ${first.slice(0, 13)}?`))).toMatch(
      new RegExp(`^Ping test ${first}, started Mon 10 Jun`),
    );
  });

  it.each([
    "did amina get the broadcast about the venue?",
    "did amina get the broadcast about conference room 4?",
    "did amina get the broadcast of 11 June?",
    "did amina get the 11 June broadcast?",
  ])("%s → the venue broadcast", async (question) => {
    const { b } = await history();
    const answer = textOf(await b.say(SECRETARIAT, question));
    expect(answer).toMatch(
      /^Broadcast \S+ to all POCs .*\("Venue change: the meeting moves to Conference Room 4\."\), confirmed Tue 11 Jun 2024, 10:00 AM New York time:\n/,
    );
    expect(answer).toContain(
      "Amina Njoroge (Kenya, diplomatic POC): received it Tue 11 Jun 2024, 10:00 AM New York time (in chat).",
    );
    expect(answer).not.toContain("latest of");
  });

  it("one that does not exist: said, with the recent ones", async () => {
    const { b, first, second } = await history();
    expect(textOf(await b.say(SECRETARIAT, "did amina get the 9 June ping?"))).toBe(
      `No ping test matches "9 June". Recent ping tests: ${second} (2024-06-12), ${first} (2024-06-10).`,
    );
    expect(textOf(await b.say(SECRETARIAT, "did amina get the broadcast about the reception?"))).toMatch(
      /^No broadcast matches "reception"\. Recent broadcasts: [0-9a-f]+ \(2024-06-12\), [0-9a-f]+ \(2024-06-11\)\.$/,
    );
  });

  it("naming one when none has gone out: said as before", async () => {
    const b = await pocBot({ now: "2024-06-10T13:00:00.000Z", modules: handlerModules });
    expect(textOf(await b.say(SECRETARIAT, "did amina get the 10 June ping?"))).toBe(
      "No ping test has been run yet.",
    );
    expect(textOf(await b.say(SECRETARIAT, "did amina get the broadcast about the venue?"))).toBe(
      "No broadcast has been sent yet.",
    );
  });

  it("in the asker's language", async () => {
    const { b } = await history();
    await b.say(SECRETARIAT, "language: français");
    const answer = textOf(await b.say(SECRETARIAT, "did amina get the ping?"));
    expect(answer).toContain(
      "C'est le dernier de 2 tests de contact. Pour un autre, nommez-le par sa date ou son identifiant\u202f: « did Amina Njoroge get the ping of 2024-06-10 » (« ping tests » les liste).",
    );
    expect(textOf(await b.say(SECRETARIAT, "did amina get the 9 June ping?"))).toMatch(
      /^Aucun test de contact ne correspond à « 9 June »\. Tests récents\u202f: /,
    );
  });
});
