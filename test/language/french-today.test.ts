/**
 * tester4 items 18, 19, 25: French "today" typed without its apostrophe or as texting
 * ("aujourdhui", "ajd"), "programme d'aujourd'hui" (French by its elision), a greeting before
 * a command ("bonjour, mes coordonnees"), and a clearly English follow-up from a French
 * speaker ("and thursday?"), which the message's own language answers.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const MONDAY_8AM = "2024-03-04T13:00:00Z";

describe("French today, greetings and short English", () => {
  it.each([
    "programme d'aujourd'hui",
    "qu'est ce qu'il y a aujourdhui",
    "quoi de prevu ajd",
    "c quoi le programme aujourdhui",
  ])("%j is Monday's programme, in French", async (text) => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    expect((await h.say(user("ana"), text)).split("\n")[0]).toMatch(/^lundi 4 mars/);
  });

  it("reads the command after a greeting, in the greeting's language", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    expect(await h.say(user("ana"), "bonjour, mes coordonnees")).toMatch(
      /^Je n’ai pas de fiche de point de contact/,
    );
    expect(await h.say(user("ben"), "hello, my details")).toMatch(/^I don't have a POC record/);
  });

  it("answers a clearly English follow-up in English after French", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    const ana = user("ana");
    expect((await h.say(ana, "qu'y a-t-il mercredi ?")).split("\n")[0]).toMatch(/^mercredi 6 mars/);
    expect((await h.say(ana, "and thursday?")).split("\n")[0]).toMatch(/^Thursday 7 March/);
  });
});
