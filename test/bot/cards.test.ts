import { describe, expect, it } from "vitest";
import { type Card, cardMessage, cardToText } from "../../bot/cards.js";
import { toOutgoing, withLocale } from "../../bot/context.js";

const card: Card = {
  title: "Reception",
  sections: [{ fields: [{ label: "Quand", value: "lundi 4 mars" }] }],
  inputs: [{ id: "note", label: "Note", optional: true }],
};

describe("a card's text in its reader's language", () => {
  it("is written once in that language when cardMessage is given it, and passes the reply path as it is", () => {
    const message = cardMessage(card, "fr");
    expect(message.locale).toBe("fr");
    expect(message.text).toBe(cardToText(card, { locale: "fr" }));
    expect(message.text).toContain("Quand\u202f: lundi 4 mars");
    expect(toOutgoing(message, "fr")).toBe(message);
  });

  it("is the same text as a card given its language later, by the turn", () => {
    expect(cardMessage(card, "zh").text).toBe(toOutgoing(cardMessage(card), "zh").text);
    expect(cardMessage(card, "ar").text).toBe(withLocale(cardMessage(card), "ar").text);
  });

  it("keeps English's bare fallback, as a message given English by the turn does", () => {
    expect(cardMessage(card, "en").text).toBe(cardToText(card));
    expect(cardMessage(card, "en").text).toBe(toOutgoing(cardMessage(card), "en").text);
  });

  it("keeps a text the handler wrote, or changed after cardMessage, as written", () => {
    expect(withLocale({ ...cardMessage(card), text: "Mine" }, "fr").text).toBe("Mine");
    const changed = cardMessage(card);
    changed.text = "Changed";
    expect(withLocale(changed, "fr").text).toBe("Changed");
    expect(withLocale({ text: "Hand-made", card }, "fr").text).toBe("Hand-made");
    expect(withLocale({ text: cardToText(card), card }, "fr").text).toBe(cardToText(card, { locale: "fr" }));
  });
});
