/**
 * One word for an RSVP answer in each language: what "my rsvps" says a person answered is
 * what the programme card says ("Votre réponse : peut-être"), not a second wording of the same
 * answer ("réponse provisoire").
 */
import { describe, expect, it } from "vitest";
import { say } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "../reminders/harness.js";
import { CHOOSE_LANGUAGE } from "../support/choose-language.js";

const CHOOSE = CHOOSE_LANGUAGE;

describe("an RSVP answer is named the same way everywhere", () => {
  it.each(
    Object.keys(CHOOSE).flatMap((lang) =>
      (["attending", "tentative", "declined"] as const).map((status) => [lang, status] as const),
    ),
  )("%s: %s", async (lang, status) => {
    const h = await harness({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
    await withRoster(h);
    const head = people.claire;
    await h.say(head, CHOOSE[lang] as string);
    await h.say(head, `rsvp ${status}`);
    const word = say(lang, `programme.rsvpStatus.${status}`);
    const card = await h.say(head, "where is the reception?");
    expect(card).toContain(word);
    expect(await h.say(head, "my rsvps")).toContain(word);
  });
});
