/**
 * A button's label typed as a message does what the button does, in six languages: people on
 * a console, or whose client hides a card's buttons, type what they see ("Accuser réception"
 * was read as a question about the cocktail reception; "Confirm the change" was not understood).
 */
import { describe, expect, it } from "vitest";
import { commandOf } from "../../bot/language/compile.js";
import { pocGrammar } from "../../bot/language/grammar.js";
import { LANGUAGES } from "../../bot/language/locales.js";
import { say } from "../../bot/language/messages.js";

describe.each(LANGUAGES)("%s: button labels typed", (lang) => {
  it("the ping's Acknowledge is the acknowledge command", () => {
    expect(commandOf(say(lang, "ping.card.button"))?.id).toBe("acknowledgePing");
  });

  it("a change preview's Confirm applies it and its Cancel drops it", () => {
    expect(pocGrammar().pendingAnswer(say(lang, "poc.preview.confirm"))).toBe("apply");
    expect(pocGrammar().pendingAnswer(say(lang, "poc.preview.cancel"))).toBe("cancel");
  });

  it("a change preview's Confirm names the change: it answers the preview even while a ping waits", () => {
    expect(pocGrammar().namesChange(say(lang, "poc.preview.confirm"))).toBe(true);
    expect(pocGrammar().namesChange(say(lang, "ping.card.button"))).toBe(false);
  });
});
