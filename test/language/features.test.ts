/**
 * The wording of the features in six languages: every key of English in every language
 * (plural keys in the forms `Intl.PluralRules` gives that language), the same placeholders,
 * and no string left in English; `say` picks the right plural form.
 */
import { describe, expect, it } from "vitest";
import { FEATURES, say } from "../../bot/language/messages.js";

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Leaf keys with their placeholders; plural keys are grouped under their base key. */
function leaves(messages: unknown, prefix = ""): Map<string, { placeholders: string; text: string }> {
  const found = new Map<string, { placeholders: string; text: string }>();
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      const placeholders = [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "");
      found.set(path, { placeholders: [...new Set(placeholders)].sort().join(","), text: value });
    } else for (const [inner, leaf] of leaves(value, path)) found.set(inner, leaf);
  }
  return found;
}

const english = leaves(FEATURES.en);
/** Words that are the same in English and that language. */
const SAME_WORD = new Set([
  "fr reminders.lead.minutes_one",
  "fr reminders.lead.minutes_other",
  "fr rsvp.card.title",
  "fr rsvp.card.places",
]);
const base = (key: string) => key.replace(PLURAL, "");

describe("feature wording", () => {
  it.each(Object.keys(FEATURES).filter((locale) => locale !== "en"))(
    "%s has every key and no extra",
    (locale) => {
      const theirs = leaves(FEATURES[locale]);
      expect([...new Set([...theirs.keys()].map(base))].sort()).toEqual(
        [...new Set([...english.keys()].map(base))].sort(),
      );
    },
  );

  it.each(Object.keys(FEATURES))("%s has the plural forms of its language", (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const theirs = [...leaves(FEATURES[locale]).keys()];
    for (const key of new Set(theirs.filter((k) => PLURAL.test(k)).map(base)))
      expect(
        theirs
          .filter((k) => base(k) === key)
          .map((k) => k.match(PLURAL)?.[1])
          .sort(),
        `${locale} ${key}`,
      ).toEqual([...categories].sort());
  });

  it.each(Object.keys(FEATURES).filter((locale) => locale !== "en"))(
    "%s keeps English's placeholders and leaves nothing in English",
    (locale) => {
      const theirs = leaves(FEATURES[locale]);
      for (const [key, { placeholders, text }] of english) {
        const matching = [...theirs].filter(([k]) => base(k) === base(key));
        for (const [theirKey, leaf] of matching) {
          // A plural form may spell its number out ("ساعة واحدة"): {{count}} may be left out.
          const expected = placeholders
            .split(",")
            .filter((p) => p && !(PLURAL.test(theirKey) && p === "count"));
          const got = leaf.placeholders
            .split(",")
            .filter((p) => p && !(PLURAL.test(theirKey) && p === "count"));
          expect(got, `${locale} ${theirKey}`).toEqual(expected);
          const words = (s: string) =>
            s
              .replace(/\{\{\w+\}\}/g, "")
              .replace(/[\s\p{P}]+/gu, " ")
              .trim();
          if (words(text) && !SAME_WORD.has(`${locale} ${theirKey}`))
            expect(words(leaf.text), `${locale} ${theirKey} left in English`).not.toBe(words(text));
        }
      }
    },
  );

  it("picks each language's plural form", () => {
    expect(say("en", "reminders.lead.minutes", { count: 1 })).toBe("1 minute");
    expect(say("ru", "reminders.lead.minutes", { count: 1 })).toBe("1 минуту");
    expect(say("ru", "reminders.lead.minutes", { count: 3 })).toBe("3 минуты");
    expect(say("ru", "reminders.lead.minutes", { count: 15 })).toBe("15 минут");
    expect(say("ar", "reminders.lead.minutes", { count: 2 })).toBe("دقيقتين");
    expect(say("ar", "reminders.lead.minutes", { count: 5 })).toBe("5 دقائق");
    expect(say("ar", "reminders.lead.minutes", { count: 15 })).toBe("15 دقيقة");
    expect(say("zh", "reminders.lead.minutes", { count: 15 })).toBe("15分钟");
  });

  it("isolates a time inside Arabic text, so it keeps its order", () => {
    expect(say("ar", "ping.recorded", { when: "3:00 PM" })).toContain("\u20683:00 PM\u2069");
  });
});
