/**
 * "did he get it?": He is a surname, and a pronoun alone names nobody. After a question that
 * named one person, within the follow-up window (FOLLOW_UP_MS), "he", "she" or "they" mean
 * that person; otherwise the answer says it is not clear who is meant and asks for a name.
 * "did Wei He get it?" still finds the POC whose surname is He.
 */
import { describe, expect, it } from "vitest";
import { FOLLOW_UP_MS } from "../../bot/context.js";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import {
  button,
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

const CHN_DIPLO = user("hewei", "wei.he@mfa.example", "Asia/Shanghai");

/** Kenya's two POCs, Singapore's Li Wei and China's Wei He (surname He); one ping test of all. */
async function afterPing() {
  const b = await pocBot({ now: "2024-06-10T13:00:00.000Z", modules: handlerModules });
  await importDirectory(b, [
    { state: "KEN", type: "technical", name: "Peter Otieno", emails: KEN_TECH.email },
    { state: "KEN", type: "diplomatic", name: "Amina Njoroge", emails: KEN_DIPLO.email },
    { state: "SGP", type: "diplomatic", name: "Li Wei", emails: SGP_DIPLO.email },
    { state: "CHN", type: "diplomatic", name: "Wei He", emails: CHN_DIPLO.email },
  ]);
  await greet(b, [SECRETARIAT, KEN_TECH, KEN_DIPLO, CHN_DIPLO]);
  const preview = await b.say(SECRETARIAT, "start ping test all window 24h");
  await b.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
  await b.deps.scheduler.tick();
  return b;
}

const UNCLEAR = (pronoun: string) =>
  `It is not clear who "${pronoun}" is: you have not just asked about one person. Say their name, as in "did Li Wei get it".`;

describe("did he / she / they get it?", () => {
  it.each([
    ["did he get it?", "he"],
    ["did she get it?", "she"],
    ["did they get it?", "they"],
    ["has he acknowledged the ping?", "he"],
  ])("%s with no earlier question: not clear who, nobody called 'he' searched", async (question, pronoun) => {
    const b = await afterPing();
    const answer = textOf(await b.say(SECRETARIAT, question));
    expect(answer).toBe(UNCLEAR(pronoun));
    expect(answer).not.toContain("is called");
  });

  it("after 'did li wei get it?', a pronoun means Li Wei, within the follow-up window", async () => {
    const b = await afterPing();
    const first = textOf(await b.say(SECRETARIAT, "did li wei get it?"));
    expect(first).toContain("Li Wei (Singapore, diplomatic POC): not received yet;");
    for (const question of ["did he get it?", "did she acknowledge the ping?", "did they get it yet?"]) {
      b.clock.advance(60_000);
      const answer = textOf(await b.say(SECRETARIAT, question));
      expect(answer).toMatch(/^Ping test \S+, started /);
      expect(answer).toContain("Li Wei (Singapore, diplomatic POC): not received yet;");
    }
    // Each follow-up keeps the window open; past it, nobody is meant any more.
    b.clock.advance(FOLLOW_UP_MS + 60_000);
    expect(textOf(await b.say(SECRETARIAT, "did he get it?"))).toBe(UNCLEAR("he"));
  });

  it("a question that found several people, or nobody, leaves nobody to mean", async () => {
    const b = await afterPing();
    await b.say(SECRETARIAT, "did amina get it?");
    expect(textOf(await b.say(SECRETARIAT, "did wei get it?"))).toMatch(/^"wei" matches several people/);
    expect(textOf(await b.say(SECRETARIAT, "did he get it?"))).toBe(UNCLEAR("he"));
    await b.say(SECRETARIAT, "did amina get it?");
    expect(textOf(await b.say(SECRETARIAT, "did John Smith get it?"))).toMatch(/^No POC of ping test/);
    expect(textOf(await b.say(SECRETARIAT, "did she get it?"))).toBe(UNCLEAR("she"));
  });

  it("the surname He, written with the given name, is found; then 'he' means Wei He", async () => {
    const b = await afterPing();
    const answer = textOf(await b.say(SECRETARIAT, "did Wei He get it?"));
    expect(answer).toContain(
      "Wei He (China, diplomatic POC): received it Mon 10 Jun 2024, 9:00 AM New York time;",
    );
    expect(textOf(await b.say(SECRETARIAT, "did he get it?"))).toContain(
      "Wei He (China, diplomatic POC): received it",
    );
  });

  it("in the asker's language", async () => {
    const b = await afterPing();
    await b.say(SECRETARIAT, "language: français");
    expect(textOf(await b.say(SECRETARIAT, "did he get it?"))).toBe(
      "On ne sait pas qui est « he »\u202f: vous ne venez pas de poser une question sur une personne précise. Donnez son nom, comme dans « did Li Wei get it ».",
    );
    await b.say(SECRETARIAT, "did amina get it?");
    expect(textOf(await b.say(SECRETARIAT, "did she get it?"))).toContain(
      "Amina Njoroge (Kenya, POC diplomatique)\u202f: reçu ",
    );
  });
});
