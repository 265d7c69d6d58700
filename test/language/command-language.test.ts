/**
 * A clear English command is answered in English like a question is, whatever the language in
 * use (tester 11, S2); a broadcast's text after the colon does not tell the Secretariat's
 * language (S3): the command words do.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, user, withRoster } from "../reminders/harness.js";

const ARABIC = /\p{Script=Arabic}/u;

describe("an English command after Arabic", () => {
  it("'remind me 15 minutes before every session' is answered in English", async () => {
    const h = await harness({ modules: handlerModules, now: "2024-03-04T13:00:00Z" });
    const omar = user("omar", { timeZone: "Africa/Cairo" });
    expect(await h.say(omar, "ما هو برنامج الغد؟")).toMatch(ARABIC);
    const answer = await h.say(omar, "remind me 15 minutes before every session");
    expect(answer).toMatch(/^I'll remind you/);
    expect(answer).not.toMatch(ARABIC);
  });
});

describe("an English whole-message command after Arabic", () => {
  it("'stop all reminders' is answered in English; 'help' alone keeps Arabic", async () => {
    const h = await harness({ modules: handlerModules, now: "2024-03-04T13:00:00Z" });
    const omar = user("omar", { timeZone: "Africa/Cairo" });
    await h.say(omar, "ما هو برنامج الغد؟");
    expect(await h.say(omar, "help")).toMatch(ARABIC);
    expect(await h.say(omar, "stop all reminders")).not.toMatch(ARABIC);
  });
});

describe("a broadcast's French text", () => {
  it("leaves the Secretariat's turn and language English", async () => {
    const h = await harness({ modules: handlerModules, now: "2024-06-01T13:00:00Z" });
    await withRoster(h);
    const preview = await h.say(
      people.secretariat,
      "broadcast to heads of delegation by e-mail too: Le test ping aura lieu le 10 juin. Merci de votre attention.",
    );
    expect(preview).not.toMatch(/tapez|\u202f:/u);
    expect(preview).toMatch(/Le test ping aura lieu le 10 juin/);
    expect((await h.deps.people.contact(people.secretariat.id))?.languageInUse ?? "en").toBe("en");
  });
});
