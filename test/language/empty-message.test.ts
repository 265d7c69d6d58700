/**
 * An empty message (spaces only, or nothing left once the mention is stripped) says nothing:
 * it is not greeted ("Hello!" to someone who said nothing), it gets the short prompt of what
 * can be asked, the same in every language, in the asker's language.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../bot/language/locales.js";
import { say } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";
import { CHOOSE_LANGUAGE } from "../support/choose-language.js";

describe.each(LANGUAGES)("%s: an empty message", (lang) => {
  it("gets the prompt of what can be asked, not a greeting", async () => {
    const h = await harness({ modules: handlerModules });
    const anne = user("anne");
    await h.say(anne, CHOOSE_LANGUAGE[lang] ?? "");
    for (const empty of ["   ", ""]) {
      const answer = await h.say(anne, empty);
      expect(answer).toBe(say(lang, "fallback.empty"));
      expect(answer).not.toBe(say(lang, "greeting.hello"));
    }
  });
});

describe("the prompt of an empty message", () => {
  it("is the greeting's examples without the greeting, in every language", () => {
    for (const lang of LANGUAGES) {
      const prompt = say(lang, "fallback.empty");
      expect(say(lang, "greeting.hello").endsWith(prompt.slice(-12))).toBe(true);
      expect(prompt.length).toBeLessThan(say(lang, "greeting.hello").length);
    }
  });

  it("a greeting alone is still greeted", async () => {
    const h = await harness({ modules: handlerModules });
    expect(await h.say(user("anne"), "hello")).toBe(say("en", "greeting.hello"));
  });
});
