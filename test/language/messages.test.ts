/**
 * The messages catalogue of the six languages: every locale has every key of English with
 * the same placeholders (plural keys: every category `Intl.PluralRules` has for the locale,
 * and no other), and no message of another locale is left in English.
 */
import { describe, expect, it } from "vitest";
import { withLocale } from "../../bot/language/current.js";
import { LEXICONS, MESSAGES, say } from "../../bot/language/index.js";
import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { tr } from "../../bot/language/messages.js";
import { leftInEnglish } from "../support/english.js";

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf key of a messages object, with the placeholders its text uses. */
function leaves(messages: unknown, prefix = ""): Map<string, { text: string; placeholders: string[] }> {
  const found = new Map<string, { text: string; placeholders: string[] }>();
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      const placeholders = [...new Set([...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ""))].sort();
      found.set(path, { text: value, placeholders });
    } else {
      for (const [inner, leaf] of leaves(value, path)) found.set(inner, leaf);
    }
  }
  return found;
}

/** Keys with their plural suffix taken off, with the categories each has. */
function baseKeys(all: Map<string, unknown>): Map<string, string[]> {
  const bases = new Map<string, string[]>();
  for (const key of all.keys()) {
    const category = PLURAL.exec(key)?.[1];
    const base = key.replace(PLURAL, "");
    bases.set(base, [...(bases.get(base) ?? []), ...(category ? [category] : [])]);
  }
  return bases;
}

describe("messages", () => {
  const english = leaves(MESSAGES.en);
  const englishBases = baseKeys(english);

  it("every locale has every key, with the same placeholders and its own plural categories", () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      const theirs = leaves(messages);
      const bases = baseKeys(theirs);
      expect([...bases.keys()].sort(), `${locale}: missing or extra keys`).toEqual(
        [...englishBases.keys()].sort(),
      );
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [base, plural] of englishBases) {
        if (plural.length > 0)
          expect([...(bases.get(base) ?? [])].sort(), `${locale} ${base}: plural forms`).toEqual(
            [...categories].sort(),
          );
        else expect(bases.get(base), `${locale} ${base}: plural forms where English has none`).toEqual([]);
      }
      for (const [key, leaf] of theirs) {
        const base = key.replace(PLURAL, "");
        const source = english.get(key) ?? english.get(`${base}_other`);
        const wanted = source?.placeholders ?? [];
        // A plural form may name its number in words ("ساعتان", two hours) and leave out {{count}}.
        const got = PLURAL.test(key)
          ? [...new Set([...leaf.placeholders, "count"])].sort()
          : leaf.placeholders;
        const expected = PLURAL.test(key) ? [...new Set([...wanted, "count"])].sort() : wanted;
        expect(got, `${locale} ${key}: placeholders`).toEqual(expected);
      }
    }
  });

  it("no message of another language is left in English", () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      if (locale === "en") continue;
      const left = [...leaves(messages)].flatMap(([key, leaf]) => {
        const source = english.get(key) ?? english.get(`${key.replace(PLURAL, "")}_other`);
        const why = source ? leftInEnglish(locale, leaf.text, source.text) : undefined;
        return why ? [`${key}: ${why}: ${leaf.text}`] : [];
      });
      expect(left, locale).toEqual([]);
    }
  });

  it("the check for English finds an English sentence (it can fail)", () => {
    const source = "Nothing is scheduled on {{day}}.";
    expect(leftInEnglish("fr", source, source)).toBe("same as English");
    expect(leftInEnglish("es", "Nada is scheduled el {{day}}.", source)).toMatch(/English word/);
    expect(leftInEnglish("ru", "На {{day}} ничего (nothing).", source)).toMatch(/English word|Latin/);
    expect(leftInEnglish("zh", "{{day}}没有安排 schedule", source)).toMatch(/Latin words/);
    expect(leftInEnglish("fr", "Rien n'est prévu le {{day}}.", source)).toBeUndefined();
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

  it("plural forms follow each language's rules (Russian three forms, Arabic six)", () => {
    const hours = (locale: string, count: number) =>
      withLocale(locale, () => tr("programme.hours", { count }));
    expect([1, 2, 5].map((n) => hours("en", n))).toEqual(["1 hour", "2 hours", "5 hours"]);
    expect([1, 2, 5, 21].map((n) => hours("ru", n))).toEqual(["1 час", "2 часа", "5 часов", "21 час"]);
    expect([1, 2, 3, 11, 100].map((n) => hours("ar", n).replace(/[\u2068\u2069]/g, ""))).toEqual([
      "ساعة واحدة",
      "ساعتان",
      "3 ساعات",
      "11 ساعة",
      "100 ساعة",
    ]);
    expect(hours("zh", 14)).toBe("14小时");
  });

  it("fills each placeholder as written: one period after an abbreviation, unknown ones kept, inflected after", () => {
    // The message's own period after a value ending in one ("2024 г.") is not doubled; "…" keeps its dots.
    expect(say("ru", "followUp.carried", { what: "22 марта 2024 г." })).toBe(
      "Продолжаю ваш предыдущий вопрос: 22 марта 2024 г.",
    );
    expect(say("ru", "followUp.carried", { what: "и так далее..." })).toBe(
      "Продолжаю ваш предыдущий вопрос: и так далее....",
    );
    // A feature's message too (they went through i18next, which doubled it: "2 мая 2025 г..").
    expect(say("ru", "poc.confirmed", { day: "пт, 2 мая 2025 г." })).toBe(
      "Спасибо: ваши данные подтверждены. Следующее подтверждение — пт, 2 мая 2025 г.",
    );
    // A value not given leaves its placeholder as written; numbers are written as numbers.
    expect(say("en", "gap.title", {})).toBe("The letters do not say {{what}}");
    expect(say("fr", "programme.dayAt", { date: "jeudi 7 mars", clock: 10 })).toBe("jeudi 7 mars à 10");
    // The filled message is inflected: a value after a preposition takes the form written there.
    expect(say("fr", "programme.onNowUntil", { what: "Réunion", clock: "18 h" })).toContain("(jusqu'à 18 h)");
    expect(say("fr", "programme.dayAt", { date: "mardi", clock: "Réception" })).toBe("mardi à la réception");
    // The same key twice gives the same text (constant messages are kept).
    expect(say("fr", "programme.listSeparator")).toBe(say("fr", "programme.listSeparator"));
  });

  it("in Arabic, isolates given values but not the count or an empty value", () => {
    expect(say("ar", "programme.where", { place: "" })).toBe("المكان: ");
    const hours = say("ar", "programme.hours", { count: 3 });
    expect(hours.startsWith("3 ") || hours.startsWith("\u20683\u2069")).toBe(true);
    expect(hours).not.toContain("\u2068\u2069");
  });

  it("isolates placeholders in Arabic so Latin names, times and URLs keep their order", () => {
    const text = say("ar", "programme.where", { place: "UNHQ, New York" });
    expect(text).toBe("المكان: \u2068UNHQ, New York\u2069");
    expect(say("fr", "programme.where", { place: "UNHQ" })).toBe("Lieu : UNHQ");
  });
});
