import { describe, expect, it } from "vitest";
import { LEXICONS, MESSAGES, say } from "../../bot/language/index.js";
import { LOCALE_WORDS } from "../../bot/language/locales.js";

/** Every leaf key of a messages object, with the placeholders its text uses. */
function leaves(messages: unknown, prefix = ""): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      found.set(path, [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "").sort());
    } else {
      for (const [inner, placeholders] of leaves(value, path)) found.set(inner, placeholders);
    }
  }
  return found;
}

describe("messages", () => {
  const english = leaves(MESSAGES.en);

  it("every locale has every key, with the same placeholders", () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      const theirs = leaves(messages);
      expect([...theirs.keys()].sort(), locale).toEqual([...english.keys()].sort());
      for (const [key, placeholders] of english)
        expect(theirs.get(key), `${locale} ${key}`).toEqual(placeholders);
    }
  });

  it("every locale with messages has a lexicon, and the other way round", () => {
    expect(Object.keys(MESSAGES).sort()).toEqual(
      [...Object.keys(LEXICONS), ...Object.keys(LOCALE_WORDS)].sort(),
    );
  });

  it("fills placeholders, and names every fact a lexicon can ask about", () => {
    expect(say("en", "gap.title", { what: "a room" })).toBe("The letters do not say a room");
    for (const { label } of LEXICONS.en?.unstatedFacts ?? [])
      expect(english.has(`fact.${label}`), label).toBe(true);
  });
});
