/**
 * Stopping a reminder for, or adding to one's calendar, something the programme does not hold,
 * in each of the six languages: the answer says so in the person's language, quotes what they
 * wrote (never the pivot's English reading) or nothing, changes nothing (the reminders they had
 * are all still there), and each command it quotes, typed back, does what it says.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";
import { leftInEnglish } from "../support/english.js";

const NOW = "2024-03-01T14:00:00Z";
const env = { PUBLIC_URL: "https://bot.example.org/" };

/** The quoted parts of a text: «…», “…”, "…". */
function quotes(text: string): string[] {
  return [...text.replace(/[\u2066-\u2069]/g, "").matchAll(/«\s?([^»]*?)\s?»|“([^”]*)”|"([^"]*)"/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? "",
  );
}

describe("stopping a reminder for something not in the programme", () => {
  it.each([
    [
      "en",
      "remind me about the reception",
      "stop reminders about the zorglub",
      /^I couldn't find "the zorglub" in the programme/,
    ],
    [
      "fr",
      "rappelle-moi la réception",
      "arrête le rappel de la fête des cerises",
      /^Je n’ai pas trouvé cela dans le programme/,
    ],
    [
      "fr",
      "rappelle-moi la réception",
      "arrête les rappels pour le zorglub",
      /^Je n’ai pas trouvé cela dans le programme/,
    ],
    ["es", "recuérdame la recepción", "deja de recordarme el almuerzo", /^No encontré eso en el programa/],
    ["ru", "напомни мне о приёме", "отмени напоминания об обеде", /^Я не нашёл этого в программе/],
    ["zh", "招待会提醒我", "取消午餐的提醒", /^在日程中找不到该内容/],
    ["ar", "ذكرني بحفل الاستقبال", "أوقف تذكيرات الغداء", /^لم أجد ذلك في البرنامج/],
  ])("%s: %s, then %s: not found, in the language, nothing stopped", async (locale, remind, stop, answer) => {
    const h = await harness({ modules: handlerModules, now: NOW });
    const person = user(`p-${locale}`);
    expect(await h.say(person, remind)).not.toMatch(/^Sorry|^Désolé/);
    const reply = (await h.say(person, stop)).replace(/[\u2066-\u2069]/g, "");
    expect(reply).toMatch(answer);
    if (locale !== "en") expect(leftInEnglish(locale, reply), reply).toBeUndefined();
    if (locale !== "en") expect(reply).not.toMatch(/\b(?:lunch|party|cherry|reminders?)\b/i);
    // The command it quotes lists the person's reminders: the reception's is still there.
    const [listCommand] = quotes(reply).slice(-1);
    const list = await h.say(person, listCommand ?? "");
    expect(list).toMatch(/[Rr]eception|[Rr]éception|[Rr]ecepción|[Пп]ри[её]м|招待会|استقبال/);
  });
});

describe("adding to one's calendar something not in the programme", () => {
  it.each([
    ["en", "add the zorglub to my calendar", /^I couldn't find "the zorglub" in the programme/],
    ["fr", "ajoute la fête des cerises à mon calendrier", /^Je n’ai pas trouvé cela dans le programme/],
    ["es", "añade el almuerzo a mi calendario", /^No encontré eso en el programa/],
    ["ru", "добавь обед в мой календарь", /^Я не нашёл этого в программе/],
    ["zh", "把午餐加入我的日历", /^在日程中找不到该内容/],
    ["ar", "أضف الغداء إلى تقويمي", /^لم أجد ذلك في البرنامج/],
  ])(
    "%s: %s: not found, in the language; the examples it quotes give calendar links",
    async (locale, add, answer) => {
      const h = await harness({ modules: handlerModules, now: NOW, env });
      const person = user(`p-${locale}`);
      const reply = (await h.say(person, add)).replace(/[\u2066-\u2069]/g, "");
      expect(reply).toMatch(answer);
      if (locale !== "en") expect(leftInEnglish(locale, reply), reply).toBeUndefined();
      if (locale !== "en") expect(reply).not.toMatch(/\b(?:lunch|party|cherry|add|calendar)\b/i);
      // The English answer quotes the words first, then the three examples.
      const examples = quotes(reply).slice(-3);
      expect(examples).toHaveLength(3);
      for (const example of examples)
        expect(await h.say(person, example), example).toContain("https://bot.example.org/calendar/");
    },
  );
});
