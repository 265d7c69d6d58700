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

const PLURAL_SUFFIX = /_(?:zero|one|two|few|many|other)$/;

/** The keys that are not plural forms. */
function withoutPlurals(keys: Map<string, string[]>): Map<string, string[]> {
  return new Map([...keys].filter(([key]) => !PLURAL_SUFFIX.test(key)));
}

/** The keys of plurals (without their form). */
function pluralBases(keys: Map<string, string[]>): string[] {
  return [
    ...new Set(
      [...keys.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, "")),
    ),
  ];
}

describe("messages", () => {
  const english = leaves(MESSAGES.en);

  it("every locale has every key, with the same placeholders; a plural in exactly its language's plural forms", () => {
    const englishPlain = withoutPlurals(english);
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      const theirs = leaves(messages);
      const plain = withoutPlurals(theirs);
      expect([...plain.keys()].sort(), locale).toEqual([...englishPlain.keys()].sort());
      for (const [key, placeholders] of englishPlain)
        expect(plain.get(key), `${locale} ${key}`).toEqual(placeholders);
      // A plural (i18next's `key_one`, `key_other`…) has the forms Intl.PluralRules gives the language.
      const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.map(String).sort();
      for (const base of pluralBases(english)) {
        const found = [...theirs.keys()]
          .filter((key) => key.startsWith(`${base}_`) && PLURAL_SUFFIX.test(key))
          .map((key) => key.slice(base.length + 1))
          .sort();
        expect(found, `${locale} ${base}`).toEqual(forms);
        for (const form of found)
          expect(theirs.get(`${base}_${form}`), `${locale} ${base}_${form}`).toEqual(
            english.get(`${base}_other`),
          );
      }
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
