/**
 * Conversions and a city's time asked in the other languages, through the whole bot: the
 * language told from the message's own words (a place it spells its own way, "nueva york"),
 * the clock time and the place read into the English words the programme reader knows.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const ANA = user("ana");
const TUESDAY_9AM = "2024-03-05T14:00:00Z";

async function ask(text: string): Promise<string> {
  const h = await harness({ now: TUESDAY_9AM, modules: handlerModules });
  return h.say(ANA, text);
}

describe("Spanish conversions", () => {
  it.each([
    ["convierte 10am nueva york a madrid", /^10:00 hora de Nueva York .* son 16:00 hora de Madrid/],
    ["10am nueva york en madrid", /^10:00 hora de Nueva York .* son 16:00 hora de Madrid/],
    ["convierte 10am nueva york a tokio", /^10:00 hora de Nueva York .* son 00:00 hora de Tokio/],
    // "las 10": an hour after "las" is a clock time.
    [
      "convierte las 10 de nueva york a hora de madrid",
      /^10:00 hora de Nueva York .* son 16:00 hora de Madrid/,
    ],
    // The zone asked for before the clock time, its own zone after it.
    [
      "que hora es en madrid cuando son las 10 en nueva york",
      /^10:00 hora de Nueva York .* son 16:00 hora de Madrid/,
    ],
  ])("%s", async (text, expected) => {
    expect((await ask(text)).split("\n")[0]).toMatch(expected);
  });
});

describe("a conversion with the question and the clock time in either order", () => {
  it.each([
    [
      "what time is it in madrid when it is 10am in new york",
      /^10:00 AM New York time .* is 4:00 PM Madrid time/,
    ],
    ["when it's 3pm in Geneva what time is it in Tokyo", /^3:00 PM Geneva time .* is 11:00 PM Tokyo time/],
    [
      "if it is 10:00 in New York, what time is it in Nairobi",
      /^10:00 AM New York time .* is 6:00 PM Nairobi time/,
    ],
    [
      "quelle heure est-il à Madrid quand il est 10h à New York",
      /^10:00 heure de New York .* 16:00 heure de Madrid/,
    ],
    [
      "qué hora es en Madrid cuando son las 10 en Nueva York",
      /^10:00 hora de Nueva York .* son 16:00 hora de Madrid/,
    ],
    ["сколько времени в Мадриде, когда в Нью-Йорке 10 утра", /^10:00 \(Нью-Йорк\), .* 16:00 \(Мадрид\)/],
    ["纽约上午10点时马德里几点", /^10:00 纽约时间（.*16:00 马德里时间/],
    [
      "كم الساعة في مدريد عندما تكون الساعة 10 صباحا في نيويورك",
      /10:00\u2069 \u2068توقيت \u2068نيويورك\u2069\u2069 .* يساوي \u2068\u206816:00\u2069 \u2068توقيت \u2068مدريد/,
    ],
  ])("%s", async (text, expected) => {
    expect((await ask(text)).split("\n")[0]).toMatch(expected);
  });
});

describe("a place whose name is also an everyday word, where it cannot be the word", () => {
  it.each([
    ["quelle heure est-il à La Réunion", /^Il est 18:00 heure de La Réunion \(UTC\+4\)/],
    ["quelle heure à Maurice ?", /^Il est 18:00 heure de Maurice \(UTC\+4\)/],
    ["qué hora es en la isla de Navidad", /^Son las 21:00 hora de Isla de Navidad \(UTC\+7\)/],
    [
      "qu'y a-t-il jeudi après-midi heure de la Réunion",
      /Chez vous\u202f: vendredi 8 mars, 00:00–03:00 \(La Réunion\)/,
    ],
  ])("%s", async (text, expected) => {
    expect(await ask(text)).toMatch(expected);
  });
});

describe("a city's time named in the question", () => {
  const WEDNESDAY_11AM = "2024-03-06T16:00:00Z";
  it.each([
    ["周四下午东京时间", /您的时间：3月8日星期五 05:00–08:00（东京）/],
    // The zone is labelled by the place the asker named, not the zone's own city (Shanghai, Zurich).
    ["周四下午北京时间几点", /您的时间：3月8日星期五 04:00–07:00（北京）/],
    [
      "what's on thursday afternoon geneva time",
      /Your time: Thu 7 Mar, 9:00 PM – Fri 8 Mar, 12:00 AM \(Geneva\)/,
    ],
    [
      "qu'y a-t-il jeudi après-midi heure de Genève",
      /Chez vous\u202f: jeudi 7 mars, 21:00 – vendredi 8 mars, 00:00 \(Genève\)/,
    ],
    [
      "que hay el jueves en la tarde hora de ginebra",
      /Su hora: jueves, 7 de marzo, 21:00 – viernes, 8 de marzo, 00:00 \(Ginebra\)/,
    ],
    [
      "что в четверг днём по женевскому времени",
      /Ваше время: четверг, 7 марта, 21:00 – пятница, 8 марта, 00:00 \(Женева\)/,
    ],
    ["ماذا يوجد يوم الخميس بعد الظهر بتوقيت جنيف", /\(\u2068جنيف\u2069\)/],
    ["周四下午日内瓦时间", /您的时间：3月7日星期四 21:00 – 3月8日星期五 00:00（日内瓦）/],
    ["when is the 7th session in geneva time", /Your time \(Geneva\) is 6 hours ahead of New York time/],
    ["que hay el jueves en la tarde hora de tokio", /Su hora: viernes, 8 de marzo, 05:00–08:00 \(Tokio\)/],
    ["во сколько прием по московскому времени", /Ваше время: вторник, 5 марта, 02:30 \(Москва\)/],
    ["what's on thursday afternoon tokyo time", /Your time: Fri 8 Mar, 5:00 AM–8:00 AM \(Tokyo\)/],
  ])("%s", async (text, expected) => {
    const h = await harness({ now: WEDNESDAY_11AM, modules: handlerModules });
    expect(await h.say(ANA, text)).toMatch(expected);
  });
});
