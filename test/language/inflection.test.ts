/**
 * Russian answers put a weekday after "на"/"в" in the accusative ("на субботу", "в среду"),
 * not in the nominative Intl writes ("суббота, 9 марта"): the forms are data
 * (`afterPrepositions` in `locales/ru/words.ts`), applied by `say` to every answer.
 */
import { describe, expect, it } from "vitest";
import { inflected, say } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { KEN_TECH, pocBot, textOf } from "../poc/support.js";

describe("a weekday after a preposition in Russian", () => {
  it.each([
    ["На суббота, 9 марта ничего не запланировано.", "На субботу, 9 марта ничего не запланировано."],
    ["вот программа на среда, 6 марта.", "вот программа на среду, 6 марта."],
    ["в пятница", "в пятницу"],
    // Unchanged: masculine weekdays, a weekday after no preposition, a word that only starts alike.
    ["на четверг, 7 марта", "на четверг, 7 марта"],
    ["суббота, 9 марта: ничего", "суббота, 9 марта: ничего"],
    ["на средах", "на средах"],
    // After "от", "до", "с", "после": the genitive ("сообщение от понедельника, 10 июня").
    ["сообщение от понедельник, 10 июня", "сообщение от понедельника, 10 июня"],
    ["до среда", "до среды"],
    ["с воскресенье", "с воскресенья"],
    ["после пятница", "после пятницы"],
    ["на понедельник", "на понедельник"],
  ])("%s → %s", (text, wanted) => {
    expect(inflected("ru", text)).toBe(wanted);
  });

  it("a broadcast waiting for acknowledgement, named by its weekday: 'сообщение от понедельника'", () => {
    expect(say("ru", "broadcast.waiting", { when: "понедельник, 10 июня, 12:00", text: "Учения" })).toBe(
      "сообщение от понедельника, 10 июня, 12:00 («Учения»)",
    );
  });

  it("other languages are left as they are", () => {
    expect(inflected("fr", "на суббота")).toBe("на суббота");
  });

  it("a catalogue message: say() writes the accusative", () => {
    expect(say("ru", "programme.nothingOn.whole", { day: "суббота, 9 марта" })).toBe(
      "На субботу, 9 марта ничего не запланировано.",
    );
  });

  it("through the bot: 'что запланировано в субботу?' on a day with nothing", async () => {
    const bot = await pocBot({ now: "2024-03-07T14:50:00-05:00", modules: handlerModules });
    await bot.say(KEN_TECH, "по-русски");
    const answer = textOf(await bot.say(KEN_TECH, "что запланировано в субботу?"));
    expect(answer).toContain("На субботу, 9 марта ничего не запланировано.");
    // "в среду" asked on the session's Thursday is that week's Wednesday (no other date named,
    // tester6 H1); the coming one, asked for, is said empty in the accusative.
    expect(textOf(await bot.say(KEN_TECH, "что в следующую среду?"))).toContain(
      "На среду, 13 марта ничего не запланировано.",
    );
  });
});
