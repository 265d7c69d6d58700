import { describe, expect, it } from "vitest";
import { readLanguageChoice } from "../../bot/language/choice.js";
import { detectLanguage, isTaggedText } from "../../bot/language/detect.js";
import { MESSAGES, say } from "../../bot/language/index.js";
import { normalizeText } from "../../bot/language/normalise.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const MONDAY = "2024-03-04T13:00:00Z";

describe("which language a person gets", () => {
  it.each([
    ["language: français", "fr"],
    ["en español por favor", "es"],
    ["по-русски", "ru"],
    ["请用中文", "zh"],
    ["بالعربية", "ar"],
    ["English please", "en"],
    ["Langue : Français", "fr"],
  ])("%j chooses %s", (text, tag) => {
    expect(readLanguageChoice(text)).toBe(tag);
  });

  it.each(["what's on?", "where is the English briefing?", "français et anglais au programme ?"])(
    "%j is not a choice",
    (text) => {
      expect(readLanguageChoice(text)).toBeUndefined();
    },
  );

  it.each([
    ["Qu'y a-t-il mercredi matin ?", "fr"],
    ["¿Qué hay el lunes?", "es"],
    ["Что в среду?", "ru"],
    ["星期一有什么？", "zh"],
    ["ماذا يوجد اليوم؟", "ar"],
    ["what's on this afternoon?", "en"],
    ["今日の予定は？", "other"],
    ["programme d'aujourd'hui", "fr"],
    ["c quoi le programme aujourdhui", "fr"],
    ["bonjour, mes coordonnees", "fr"],
    ["and thursday?", "en"],
    ["and thursday morning?", "en"],
    // One question word of a language among words of none (tester10: answered in English).
    ["test ping quand ?", "fr"],
    ["prueba ping cuando", "es"],
    ["reception where", "en"],
    ["ok", undefined],
    ["10:00", undefined],
    ["KEN", undefined],
  ])("%j is in %s", (text, tag) => {
    expect(detectLanguage(text)).toBe(tag);
  });

  it("an explicit choice is kept and wins over the message's language; short messages keep it", async () => {
    const h = await harness({ now: MONDAY, modules: handlerModules });
    const ana = user("ana");
    expect(await h.say(ana, "en español por favor")).toMatch(/^Le responderé en español/);
    expect(await h.say(ana, "what's on Wednesday morning?")).toMatch(/^miércoles, 6 de marzo/);
    expect(await h.say(ana, "asdf")).toMatch(/^Lo siento, no lo he entendido/);
    expect(await h.say(ana, "English please")).toMatch(/^I will answer you in English/);
    expect(await h.say(ana, "what's on Wednesday morning?")).toMatch(/^Wednesday 6 March/);
  });

  it("without a choice: the message's language, then the language in use, then the platform's", async () => {
    const h = await harness({ now: MONDAY, modules: handlerModules });
    const boris = { ...user("boris"), locale: "ru-RU" };
    expect(await h.say(boris, "xyzzy")).toMatch(/^Извините, я не понял/);
    expect(await h.say(boris, "¿Qué hay el miércoles por la mañana?")).toMatch(/^miércoles/);
    expect(await h.say(boris, "asdf")).toMatch(/^Lo siento/);
    expect(await h.say(boris, "what's on Wednesday morning?")).toMatch(/^Wednesday/);
  });

  it("the language button of help chooses a language", async () => {
    const h = await harness({ now: MONDAY, modules: handlerModules });
    const li = user("li");
    expect(await h.press(li, "language:choose", "zh")).toMatch(/^我将用中文回答您/);
    expect(await h.say(li, "asdf")).toMatch(/^抱歉，我没有理解/);
  });
});

describe("an explicit choice among other words", () => {
  it.each([
    ["please answer in français", "fr"],
    ["switch to english please", "en"],
    ["responde en español por favor", "es"],
    ["ответь по-русски, пожалуйста", "ru"],
    ["请用中文", "zh"],
    ["من فضلك بالعربية", "ar"],
  ])("%s: the filler around the choice is set aside", (text, locale) => {
    expect(readLanguageChoice(text)).toBe(locale);
  });

  it("a question naming a language is no choice", () => {
    expect(readLanguageChoice("where is the English-language briefing?")).toBeUndefined();
    expect(readLanguageChoice("is the session in français or english?")).toBeUndefined();
  });
});

describe("Arabic text", () => {
  it("folds digits, harakat, tatweel and alef forms", () => {
    expect(normalizeText("١٠:٣٠ ۱۵")).toBe("10:30 15");
    expect(normalizeText("الإثنين")).toBe(normalizeText("الاثنين"));
    expect(normalizeText("الخَمِيـــس")).toBe("الخميس");
  });

  it("isolates placeholders so Latin names and times read in order inside right-to-left text", () => {
    expect(say("ar", "gap.title", { what: "Wi-Fi" })).toBe("لا تذكر الرسائل \u2068Wi-Fi\u2069");
  });
});

describe("messages", () => {
  /**
   * Texts with fewer than two words once placeholders are taken out ("{{clock}} {{fromLabel}} = …",
   * ". ", "{{count}} minutes") may be the same in another language; the word-level check is
   * in `messages.test.ts`.
   */
  const languageFree = (text: string) =>
    text
      .replace(/\{\{\w+\}\}/g, " ")
      .split(/[^A-Za-z]+/)
      .filter((word) => word.length > 1).length < 2;
  const leaves = (value: unknown, prefix = ""): [string, string][] =>
    typeof value === "string"
      ? [[prefix, value]]
      : Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
          leaves(inner, prefix ? `${prefix}.${key}` : key),
        );
  const english = new Map(leaves(MESSAGES.en));

  it("no string is left in English in another language", () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      if (locale === "en") continue;
      for (const [key, text] of leaves(messages)) {
        if (languageFree(english.get(key) ?? "")) continue;
        expect(text, `${locale} ${key}`).not.toBe(english.get(key));
      }
    }
  });
});

describe("text tagged with a language for someone else", () => {
  it.each([
    ["fr: La séance a lieu en salle 4", true],
    ["ES: Sala 4", true],
    ["  zh：会议室4", false],
    ["Genève: 10h ?", false],
    ["fr la séance", false],
    ["original: fr", false],
  ])("%s → %s", (text, tagged) => {
    expect(isTaggedText(text)).toBe(tagged);
  });
});
