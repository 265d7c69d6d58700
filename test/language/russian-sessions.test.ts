/**
 * Russian "сессии" in the plural ("какие сессии", "начинаются сессии", "расписание сессий") is
 * the day's meetings, as English "sessions" is, not "the session" (the OEWG's, the data's
 * alias), which the singular and its genitive ("конец сессии") still name.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NO_ZONE = user("nozone");
const firstLine = (text: string) => text.split("\n")[0];
/** Tuesday 5 March 2024, 11 a.m. in New York. */
const NOW = "2024-03-05T11:00:00-05:00";

describe("Russian plural 'сессии' reads as English 'sessions'", () => {
  it.each([
    // As "what sessions are there on 9 May?": the POC meeting that day.
    ["какие сессии 9 мая?", /^четверг, 9 мая.*Первое совещание контактных лиц|^четверг, 9 мая/],
    ["какие сессии будут 9 мая?", /^четверг, 9 мая/],
    // As "what time do sessions start on 9 May?".
    ["когда начинаются сессии 9 мая?", /^Первое совещание контактных лиц: начало — четверг, 9 мая, 10:00/],
    [
      "во сколько сессии начинаются 9 мая?",
      /^Первое совещание контактных лиц: начало — четверг, 9 мая, 10:00/,
    ],
    // As "sessions schedule": both programmes.
    ["расписание сессий", /Седьмая сессия РГОС.*Первое совещание контактных лиц/s],
    ["расписание заседаний", /Седьмая сессия РГОС.*Первое совещание контактных лиц/s],
  ])("%s", async (question, expected) => {
    const h = await harness({ now: NOW, modules: handlerModules });
    const answer = await h.say(NO_ZONE, question);
    expect(answer).toMatch(expected);
    expect(firstLine(answer)).not.toMatch(/ничего не запланировано/);
  });

  it.each([
    ["когда конец сессии?", /Седьмая сессия РГОС/],
    ["когда заканчивается сессия?", /Седьмая сессия РГОС/],
  ])("the singular is still the session: %s", async (question, expected) => {
    const h = await harness({ now: NOW, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, question))).toMatch(expected);
  });
});
