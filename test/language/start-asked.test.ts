/**
 * "when does it start", "what time does the reception begin" in the six languages, through
 * the whole bot: the start time alone (and the asker's time), not the whole listing; alone,
 * the programme under way or next (its next meeting once under way); after a question about
 * a meeting, that meeting.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const ANA = user("ana");
const MONDAY_8AM = "2024-03-04T13:00:00Z";
const TUESDAY_11AM = "2024-03-05T16:00:00Z";

async function ask(texts: string[], now = MONDAY_8AM): Promise<string> {
  const h = await harness({ now, modules: handlerModules });
  let answer = "";
  for (const text of texts) answer = await h.say(ANA, text);
  return answer;
}

describe("when something starts: the start time alone", () => {
  it.each([
    ["when does the reception start", /^Cocktail reception starts Mon 4 Mar at 6:30 PM New York time\./],
    [
      "à quelle heure commence la réception",
      /^Réception \(cocktail\)\u202f: début le lundi 4 mars à 18:30 heure de New York\./,
    ],
    [
      "¿a qué hora empieza la recepción?",
      /^Recepción \(cóctel\): empieza el lunes, 4 de marzo a las 18:30 hora de Nueva York\./,
    ],
    [
      "во сколько начинается приём",
      /^Приём \(коктейль\): начало — понедельник, 4 марта, 18:30 \(Нью-Йорк\)\./,
    ],
    ["招待会几点开始", /^鸡尾酒招待会将于3月4日星期一 18:30 纽约时间开始。/],
    [
      "متى يبدأ حفل الاستقبال",
      /^موعد بدء \u2068حفل استقبال\u2069: \u2068الاثنين، 4 آذار\/مارس\u2069، الساعة \u206818:30\u2069/,
    ],
    ["when does the POC meeting start", /^First POC meeting starts Thu 9 May at 10:00 AM New York time\./],
  ])("%s", async (text, expected) => {
    const answer = await ask([text]);
    expect(answer).toMatch(expected);
    // Not the listing: no address, host or programme of the day.
    expect(answer).not.toMatch(/318 East 48th Street|Burhan Gafoor|•/);
  });

  // The first meeting of the POCs, the ordinal and "of" written each language's way (Arabic
  // "ل" on the noun after the ordinal, Chinese by "联络人"), during the 7th session: not its next meeting.
  it.each([
    ["when does the first meeting of the POCs start", /^First POC meeting starts Thu 9 May at 10:00 AM/],
    [
      "متى يبدأ الاجتماع الأول لجهات الاتصال",
      /^موعد بدء \u2068الاجتماع الأول لجهات الاتصال\u2069: \u2068الخميس، 9 أيار\/مايو/,
    ],
    [
      "متى يبدأ اجتماع جهات الاتصال الأول",
      /^موعد بدء \u2068الاجتماع الأول لجهات الاتصال\u2069: \u2068الخميس، 9 أيار\/مايو/,
    ],
    [
      "quand commence la première réunion des points de contact",
      /^Première réunion des points de contact\u202f: début le jeudi 9 mai/,
    ],
    [
      "cuándo empieza la primera reunión de los puntos de contacto",
      /^Primera reunión de puntos de contacto: empieza el jueves, 9 de mayo/,
    ],
    [
      "когда начинается первая встреча контактных лиц",
      /^Первое совещание контактных лиц: начало — четверг, 9 мая/,
    ],
    ["联络人第一次会议什么时候开始", /^第一次联络点会议将于5月9日星期四 10:00 纽约时间开始。/],
  ])("the first POC meeting: %s", async (text, expected) => {
    expect(await ask([text], TUESDAY_11AM)).toMatch(expected);
  });

  it.each([
    ["when does it start", /^OEWG 7th session starts Mon 4 Mar at 10:00 AM New York time\.\n/],
    ["what time does it start", /^OEWG 7th session starts Mon 4 Mar at 10:00 AM New York time\.\n/],
    ["¿cuándo empieza?", /^Séptimo período de sesiones del GTCA: empieza el lunes, 4 de marzo a las 10:00/],
    ["几点开始", /^不限成员名额工作组第七届会议将于3月4日星期一 10:00 纽约时间开始。/],
  ])("alone, before the session: %s", async (text, expected) => {
    const answer = await ask([text]);
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/•/);
  });

  it("alone, while the session is under way: its next meeting, and when it opened", async () => {
    expect(await ask(["when does it start"], TUESDAY_11AM)).toMatch(
      /^Next meeting of the OEWG 7th session: Tue 5 Mar at 3:00 PM New York time \(it opened Mon 4 Mar at 10:00 AM\)\./,
    );
  });

  it.each([
    [
      ["what is the POC meeting?", "when does it start"],
      /^First POC meeting starts Thu 9 May at 10:00 AM New York time\./,
    ],
    [
      ["where is the reception?", "what time does it start"],
      /^Cocktail reception starts Mon 4 Mar at 6:30 PM New York time\./,
    ],
  ])("after a question about a meeting: %j", async (texts, expected) => {
    const answer = await ask(texts);
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/•/);
  });
});
