/**
 * "and the day after?" after a conversion ("what time is 10am New York in Tokyo?"): the same
 * clock time converted on the next day, not that day's programme. A delegate who has just
 * converted a time asks the same question again for the next day.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NO_ZONE = user("nozone");
const firstLine = (text: string) => text.split("\n")[0];
/** Tuesday 5 March 2024, 11 a.m. in New York. */
const NOW = "2024-03-05T11:00:00-05:00";

describe("'and the day after?' after a conversion keeps the conversion", () => {
  it.each([
    [
      "what time is 10am New York in Tokyo?",
      "and the day after?",
      /^10:00 AM New York time .*Wed 6 Mar is 12:00 AM Tokyo time .*Thu 7 Mar/,
    ],
    [
      "quelle heure à Tokyo s'il est 10h à New York ?",
      "et le lendemain ?",
      /^10:00 heure de New York.*mercredi 6 mars.*00:00 heure de Tokyo.*jeudi 7 mars/,
    ],
    [
      "qué hora es en Tokio si son las 10 en Nueva York",
      "¿y el día siguiente?",
      /^10:00 hora de Nueva York.*6 de marzo.*00:00 hora de Tokio.*7 de marzo/,
    ],
    [
      "который час в Токио в 10 утра по Нью-Йорку?",
      "а на следующий день?",
      /^10:00 \(Нью-Йорк\).*6 марта.*00:00 \(Токио\).*7 марта/,
    ],
    ["纽约上午10点是东京几点", "第二天呢？", /^10:00 纽约时间.*3月6日.*00:00 东京时间.*3月7日/],
    [
      "convert 10am thursday to tokyo time",
      "and the day after?",
      /^10:00 AM New York time .*Fri 8 Mar is 12:00 AM Tokyo time .*Sat 9 Mar/,
    ],
  ])("%s → %s", async (first, then, expected) => {
    const h = await harness({ now: NOW, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });

  it("asked again, one more day; 'the day before' goes back", async () => {
    const h = await harness({ now: NOW, modules: handlerModules });
    await h.say(NO_ZONE, "what time is 10am New York in Tokyo?");
    await h.say(NO_ZONE, "and the day after?");
    expect(firstLine(await h.say(NO_ZONE, "and the day after?"))).toMatch(
      /Thu 7 Mar is 12:00 AM Tokyo time .*Fri 8 Mar/,
    );
    expect(firstLine(await h.say(NO_ZONE, "and the day before?"))).toMatch(
      /Wed 6 Mar is 12:00 AM Tokyo time .*Thu 7 Mar/,
    );
  });

  it("'what's on the day after?' still asks for the programme", async () => {
    const h = await harness({ now: NOW, modules: handlerModules });
    await h.say(NO_ZONE, "what time is 10am New York in Tokyo?");
    expect(firstLine(await h.say(NO_ZONE, "what's on the day after?"))).toMatch(/^Wednesday 6 March/);
  });
});
