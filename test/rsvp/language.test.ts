/**
 * RSVP answers a French or Arabic reader sees carry no English: the validation errors of an
 * answer and the place notices the outbox sends later, each in the recipient's language.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "../reminders/harness.js";

async function setup() {
  const h = await harness({ modules: handlerModules });
  await withRoster(h);
  return h;
}

/** English words that would mean a sentence left in English (names and quoted commands aside). */
function englishLeft(text: string): string[] {
  const unquoted = text
    .replace(/«[^»]*»|"[^"]*"/g, " ")
    .replace(/Ana Lima|Raj Patel|Cocktail reception/g, " ");
  return (unquoted.match(/\b(?:the|you|your|is|are|was|not|nothing|changed|place|list|named)\b/gi) ?? []).map(
    (w) => w.toLowerCase(),
  );
}

describe("RSVP in the reader's language", () => {
  it("French: the errors of a bad answer are in French and change nothing", async () => {
    const h = await setup();
    await h.say(people.ann, "language: français");
    await h.say(people.secretariat, "set reception capacity 3");
    const errors = [await h.say(people.ann, "rsvp oui avec 3 experts : Ana Lima, Raj Patel, Li Na")];
    expect(errors[0]).toBe(
      "Cocktail reception compte 3 places en tout : un groupe de 4 personnes ne peut donc jamais en obtenir. Répondez avec moins d’experts, ou contactez le Secrétariat. Rien n’a été modifié.",
    );
    for (const error of errors) {
      expect(error).toMatch(/Rien n’a été modifié|par exemple/);
      expect(englishLeft(error), error).toEqual([]);
    }
    // Nothing was recorded: the first answer was refused.
    expect(await h.say(people.ann, "rsvp non")).toMatch(/^Merci/);
  });

  it("French and Arabic: the place notices the outbox sends later are in each recipient's language", async () => {
    const h = await setup();
    await h.say(people.claire, "language: français");
    await h.say(people.li, "بالعربية");
    await h.say(people.secretariat, "set reception capacity 2");
    await h.say(people.ann, "rsvp attending");
    h.clock.advance(60_000);
    await h.say(people.claire, "rsvp oui");
    h.clock.advance(60_000);
    await h.say(people.li, "rsvp نعم");
    await h.deps.scheduler.tick();
    // Claire loses her place, then Li gets one.
    await h.say(people.secretariat, "set reception capacity 1");
    await h.deps.scheduler.tick();
    expect(h.textsTo("claire").at(-1)).toBe(
      "Le nombre de places sur la liste du Secrétariat pour la réception (cocktail) a changé : vous êtes désormais numéro 1 sur sa liste d’attente. Je vous préviendrai dès qu’une place s’y libère.",
    );
    await h.say(people.secretariat, "set reception capacity 3");
    await h.deps.scheduler.tick();
    const toLi = h.textsTo("li").at(-1) ?? "";
    expect(toLi).toMatch(/^شغر مقعد في قائمة الأمانة العامة/);
    expect(toLi).toContain("«rsvp لا»");
  });
});
