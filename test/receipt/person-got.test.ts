/**
 * "did li wei get it?": after a ping test or a broadcast, the Secretariat asks whether one
 * named person received (and acknowledged) the latest one — the latest of the two when the
 * question names neither — read from the same records as the reports; a name that matches
 * no one, or several people, is said as such.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import {
  button,
  DELEGATE,
  dmOf,
  greet,
  importDirectory,
  KEN_DIPLO,
  KEN_TECH,
  pocBot,
  SECRETARIAT,
  SGP_DIPLO,
  textOf,
  user,
} from "../poc/support.js";

const CHN_TECH = user("zhang", "zhang.wei@cert.example", "Asia/Shanghai");

/** Kenya's two POCs, Singapore's (Li Wei, never met in chat) and China's (Wei Zhang). */
async function bot() {
  const b = await pocBot({ now: "2024-06-10T13:00:00.000Z", modules: handlerModules });
  await importDirectory(b, [
    {
      state: "KEN",
      type: "technical",
      name: "Peter Otieno",
      emails: KEN_TECH.email,
      time_zone: "Africa/Nairobi",
    },
    { state: "KEN", type: "diplomatic", name: "Amina Njoroge", emails: KEN_DIPLO.email },
    { state: "SGP", type: "diplomatic", name: "Li Wei", emails: SGP_DIPLO.email },
    {
      state: "CHN",
      type: "technical",
      name: "Wei Zhang",
      emails: CHN_TECH.email,
      time_zone: "Asia/Shanghai",
    },
  ]);
  await greet(b, [SECRETARIAT, KEN_TECH, KEN_DIPLO, CHN_TECH]);
  return b;
}

/** A ping test of every POC, acknowledged by Peter ten minutes after it went out. */
async function afterPing() {
  const b = await bot();
  const preview = await b.say(SECRETARIAT, "start ping test all window 24h");
  await b.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
  const before = b.sent.length;
  await b.deps.scheduler.tick();
  const pings = b.sent.slice(before);
  b.clock.advance(10 * 60_000);
  await b.click(
    KEN_TECH,
    button(
      pings.filter((m) => m.to === dmOf(KEN_TECH)),
      PING_ACTIONS.ack,
    ),
  );
  return b;
}

describe("did <someone> get the latest ping test?", () => {
  it.each([
    "did peter otieno get it?",
    "Did Peter Otieno get the ping?",
    "has Otieno acknowledged the ping test yet?",
    "did peter answer it",
  ])("%s → Peter's line, as the report has it", async (question) => {
    const b = await afterPing();
    const answer = textOf(await b.say(SECRETARIAT, question));
    expect(answer).toMatch(/^Ping test \S+, started Mon 10 Jun 2024, 9:00 AM New York time:\n/);
    expect(answer).toContain(
      "Peter Otieno (Kenya, technical POC): received it Mon 10 Jun 2024, 9:00 AM New York time and acknowledged it Mon 10 Jun 2024, 9:10 AM New York time, in time.",
    );
    expect(answer).not.toContain("Amina");
  });

  it("someone who has not answered yet, and someone never reached, from the report's outcomes", async () => {
    const b = await afterPing();
    expect(textOf(await b.say(SECRETARIAT, "did amina get it?"))).toContain(
      "Amina Njoroge (Kenya, diplomatic POC): received it Mon 10 Jun 2024, 9:00 AM New York time; not acknowledged yet (the window is open until Tue 11 Jun 2024, 9:00 AM New York time).",
    );
    const report = textOf(await b.say(SECRETARIAT, "ping test report"));
    // Li Wei was never met in chat: the report counts the ping as still being delivered.
    expect(report).toMatch(/^poc,SGP:diplomatic,Li Wei,Singapore,diplomatic,1,0,0,0,0,0,1,0,/m);
    expect(textOf(await b.say(SECRETARIAT, "did li wei get it?"))).toContain(
      "Li Wei (Singapore, diplomatic POC): not received yet; the ping is still being delivered.",
    );
  });

  it("a name that matches no one, or several people, is said as such", async () => {
    const b = await afterPing();
    const nobody = textOf(await b.say(SECRETARIAT, "did John Smith get it?"));
    expect(nobody).toMatch(/^No POC of ping test \S+ is called "John Smith"\./);
    const several = textOf(await b.say(SECRETARIAT, "did wei get the ping?"));
    expect(several).toBe(
      [
        '"wei" matches several people; say the full name of the one you mean:',
        "• Li Wei (Singapore, diplomatic POC)",
        "• Wei Zhang (China, technical POC)",
      ].join("\n"),
    );
  });

  it("words that name nobody ('did the chair read it?', 'did everyone else get it?') are not this question", async () => {
    const b = await afterPing();
    for (const question of ["did the chair read it?", "did everyone else get it?"])
      expect(textOf(await b.say(SECRETARIAT, question))).not.toMatch(/^(Ping test|No POC|Broadcast)/);
  });

  it("only the Secretariat; and with nothing sent yet, says so", async () => {
    const b = await bot();
    expect(textOf(await b.say(SECRETARIAT, "did li wei get it?"))).toBe(
      "No broadcast or ping test has gone out yet.",
    );
    expect(textOf(await b.say(DELEGATE, "did li wei get it?"))).toBe(
      "Sorry, only the Secretariat can see who received a broadcast or a ping test.",
    );
  });
});

describe("did <someone> get the latest broadcast?", () => {
  it("'it' after a broadcast: the person's delivery and acknowledgement, with their State", async () => {
    const b = await afterPing();
    b.clock.advance(60 * 60_000);
    const preview = await b.say(
      SECRETARIAT,
      "broadcast to all POCs requiring acknowledgement: Fire drill at 11:00.",
    );
    await b.click(SECRETARIAT, button(preview, "broadcast:confirm"));
    await b.deps.scheduler.tick();
    const answer = textOf(await b.say(SECRETARIAT, "did amina get it?"));
    expect(answer).toMatch(
      /^Broadcast \S+ to all POCs .*, confirmed Mon 10 Jun 2024, 10:10 AM New York time:\n/,
    );
    expect(answer).toContain(
      "Amina Njoroge (Kenya, diplomatic POC): received it Mon 10 Jun 2024, 10:10 AM New York time (in chat).",
    );
    expect(answer).toContain("Amina Njoroge (Kenya, diplomatic POC): has not acknowledged it yet.");
    // The ping test is still there when named.
    expect(textOf(await b.say(SECRETARIAT, "did amina get the ping?"))).toMatch(/^Ping test /);
    expect(textOf(await b.say(SECRETARIAT, "did John Smith get the broadcast?"))).toMatch(
      /^No recipient of broadcast \S+ is called "John Smith"\./,
    );
  });

  it("the same question in French gets the answer in French", async () => {
    const b = await afterPing();
    await b.say(SECRETARIAT, "language: français");
    const answer = textOf(await b.say(SECRETARIAT, "did peter otieno get it?"));
    expect(answer).toContain("Peter Otieno (Kenya, POC technique)\u202f: reçu ");
  });
});
