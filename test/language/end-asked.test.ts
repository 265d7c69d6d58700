/**
 * "when does it end", "what time does the reception finish" in the six languages, through the
 * whole bot: the end time, in the asker's language; alone, the programme under way or next;
 * after a question about a meeting, that meeting; an event the letter gives no end for says so.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const ANA = user("ana");
const MONDAY_8AM = "2024-03-04T13:00:00Z";

async function ask(texts: string[], now = MONDAY_8AM): Promise<string> {
  const h = await harness({ now, modules: handlerModules });
  let answer = "";
  for (const text of texts) answer = await h.say(ANA, text);
  return answer.replace(/[\u2066-\u2069]/g, "");
}

const NOT_UNDERSTOOD = /didn't understand|pas compris|no lo he entendido|не понял|没有理解|لم أفهم/;

describe("when something ends: its end time, in the language", () => {
  it.each([
    ["what time does the POC meeting finish", /^First POC meeting ends Thu 9 May at 1:00 PM New York time/],
    [
      "à quelle heure finit la réunion des points de contact ?",
      /^Première réunion des points de contact\u202f: fin le jeudi 9 mai à 13:00 heure de New York/,
    ],
    [
      "¿a qué hora termina la reunión de puntos de contacto?",
      /^Primera reunión de puntos de contacto: termina el jueves, 9 de mayo a las 13:00/,
    ],
    [
      "когда заканчивается совещание контактных лиц?",
      /^Первое совещание контактных лиц: окончание четверг, 9 мая в 13:00/,
    ],
    ["联络点会议几点结束？", /^第一次联络点会议于5月9日星期四 13:00（纽约时间）结束/],
    [
      "متى ينتهي اجتماع جهات الاتصال؟",
      /^الاجتماع الأول لجهات الاتصال: موعد الانتهاء يوم الخميس، 9 أيار\/مايو الساعة 13:00/,
    ],
    [
      "à quelle heure se termine la réception ?",
      /^La lettre n'indique pas d'heure de fin \(Réception \(cocktail\)\)/,
    ],
    ["¿a qué hora termina la recepción?", /^La carta no indica hora de finalización/],
    ["когда заканчивается приём?", /^В письме не указано время окончания/],
    ["招待会几点结束？", /^信函未说明“鸡尾酒招待会”的结束时间/],
    ["متى ينتهي حفل الاستقبال؟", /^لا تذكر الرسالة وقت انتهاء/],
  ])("%s", async (text, expected) => {
    const answer = await ask([text]);
    expect(answer).toMatch(expected);
  });

  it.each([
    ["when does it end", /^OEWG 7th session ends Fri 8 Mar at 6:00 PM New York time: 5 days/],
    [
      "quand est-ce que ça finit ?",
      /^7e session de fond du GTCNL\u202f: fin le vendredi 8 mars à 18:00 heure de New York/,
    ],
    ["ça se termine à quelle heure ?", /^7e session de fond du GTCNL\u202f: fin le vendredi 8 mars à 18:00/],
    ["c'est fini à quelle heure ?", /^7e session de fond du GTCNL\u202f: fin le vendredi 8 mars à 18:00/],
    [
      "¿hasta qué hora dura?",
      /^Séptimo período de sesiones del GTCA: termina el viernes, 8 de marzo a las 18:00/,
    ],
    ["¿cuándo termina?", /^Séptimo período de sesiones del GTCA: termina el viernes, 8 de marzo a las 18:00/],
    [
      "¿a qué hora se acaba?",
      /^Séptimo período de sesiones del GTCA: termina el viernes, 8 de marzo a las 18:00/,
    ],
    ["когда это заканчивается?", /^Седьмая сессия РГОС: окончание пятница, 8 марта в 18:00/],
    ["когда заканчивается?", /^Седьмая сессия РГОС: окончание пятница, 8 марта в 18:00/],
    ["什么时候结束？", /^不限成员名额工作组第七届会议于3月8日星期五 18:00（纽约时间）结束/],
    ["几点结束", /^不限成员名额工作组第七届会议于3月8日星期五 18:00（纽约时间）结束/],
    [
      "متى ينتهي؟",
      /^الدورة السابعة للفريق العامل المفتوح العضوية: موعد الانتهاء يوم الجمعة، 8 آذار\/مارس الساعة 18:00/,
    ],
  ])("alone, before the session: %s", async (text, expected) => {
    const answer = await ask([text]);
    expect(answer).not.toMatch(NOT_UNDERSTOOD);
    expect(answer).toMatch(expected);
  });

  it.each([
    [
      ["où sont les déclarations liminaires ?", "et ça se termine quand ?"],
      /^Déclarations liminaires\u202f: fin à 13:00/,
    ],
    [
      ["¿dónde son las declaraciones de apertura?", "¿y cuándo termina?"],
      /^Declaraciones de apertura: termina a las 13:00/,
    ],
    [
      ["где вступительные заявления?", "а когда это заканчивается?"],
      /^«Вступительные заявления» заканчивается в 13:00/,
    ],
    [["开幕发言在哪里？", "什么时候结束？"], /^“开幕发言”于13:00（纽约时间）结束/],
    [["أين البيانات الافتتاحية؟", "ومتى تنتهي؟"], /^«البيانات الافتتاحية»: موعد الانتهاء الساعة 13:00/],
  ])("after a question about a meeting: %j", async (texts, expected) => {
    expect(await ask(texts)).toMatch(expected);
  });

  // Tuesday 5 March, 11:00 New York time: the day's meetings are 10:00–13:00 and 15:00–18:00.
  const TUESDAY_11AM = "2024-03-05T16:00:00Z";

  it.each([
    ["when does the session end today", /^OEWG 7th session ends Tue 5 Mar at 6:00 PM New York time/],
    [
      "quand finit la séance aujourd'hui ?",
      /^7e session de fond du GTCNL\u202f: fin le mardi 5 mars à 18:00/,
    ],
    [
      "¿cuándo termina la sesión hoy?",
      /^Séptimo período de sesiones del GTCA: termina el martes, 5 de marzo a las 18:00/,
    ],
    ["когда заканчивается заседание сегодня?", /^Седьмая сессия РГОС: окончание вторник, 5 марта в 18:00/],
    ["今天会议几点结束？", /^不限成员名额工作组第七届会议于3月5日星期二 18:00（纽约时间）结束/],
    [
      "متى تنتهي الجلسة اليوم؟",
      /^الدورة السابعة للفريق العامل المفتوح العضوية: موعد الانتهاء يوم الثلاثاء، 5 آذار\/مارس الساعة 18:00/,
    ],
  ])("on a day named: %s", async (text, expected) => {
    expect(await ask([text], TUESDAY_11AM)).toMatch(expected);
  });

  it.each([
    [["what's on today?", "when does it end?"], /^OEWG 7th session ends Tue 5 Mar at 6:00 PM/],
    [
      ["qu'y a-t-il aujourd'hui ?", "et ça finit quand ?"],
      /^7e session de fond du GTCNL\u202f: fin le mardi 5 mars à 18:00/,
    ],
    [
      ["¿qué hay hoy?", "¿cuándo termina?"],
      /^Séptimo período de sesiones del GTCA: termina el martes, 5 de marzo a las 18:00/,
    ],
    [["что сегодня?", "когда заканчивается?"], /^Седьмая сессия РГОС: окончание вторник, 5 марта в 18:00/],
    [["今天有什么？", "什么时候结束？"], /^不限成员名额工作组第七届会议于3月5日星期二 18:00（纽约时间）结束/],
    [
      ["ماذا يوجد اليوم؟", "متى ينتهي؟"],
      /^الدورة السابعة للفريق العامل المفتوح العضوية: موعد الانتهاء يوم الثلاثاء، 5 آذار\/مارس الساعة 18:00/,
    ],
    // The morning asked about: its meeting's end, not the day's.
    [["what's on this morning?", "when does it end?"], /^OEWG 7th session ends Tue 5 Mar at 1:00 PM/],
  ])("after a day's programme: %j", async (texts, expected) => {
    expect(await ask(texts, TUESDAY_11AM)).toMatch(expected);
  });

  it.each([
    [
      ["what's on now?", "when does it end?"],
      /^Rules, norms and principles of responsible State behaviour ends at 1:00 PM/,
    ],
    [
      ["what's next?", "when does it end?"],
      /^How international law applies to the use of ICTs by States ends at 6:00 PM/,
    ],
    [
      ["when does the current session end?"],
      /^Rules, norms and principles of responsible State behaviour ends at 1:00 PM/,
    ],
    [
      ["qu'y a-t-il maintenant ?", "et ça finit quand ?"],
      /^Règles, normes et principes de comportement responsable des États\u202f: fin à 13:00/,
    ],
    [
      ["¿qué hay ahora?", "¿cuándo termina?"],
      /^Reglas, normas y principios de comportamiento responsable de los Estados: termina a las 13:00/,
    ],
    [
      ["что дальше?", "когда заканчивается?"],
      /^«Применение международного права к использованию ИКТ государствами» заканчивается в 18:00/,
    ],
    [["接下来是什么？", "什么时候结束？"], /^“国际法如何适用于国家使用信通技术”于18:00（纽约时间）结束/],
    [
      ["ماذا بعد؟", "متى ينتهي؟"],
      /^«كيفية انطباق القانون الدولي على استخدام الدول لتكنولوجيا المعلومات والاتصالات»: موعد الانتهاء الساعة 18:00/,
    ],
  ])("after what is on now or next: %j", async (texts, expected) => {
    expect(await ask(texts, TUESDAY_11AM)).toMatch(expected);
  });

  // Nothing on at the moment asked, the day's programme not over: "it" is the day's programme.
  const TUESDAY_LUNCH = "2024-03-05T18:30:00Z";
  const TUESDAY_1145 = "2024-03-05T16:45:00Z";
  it.each([
    [["what's on now?", "when does it end?"], TUESDAY_LUNCH, /^OEWG 7th session ends Tue 5 Mar at 6:00 PM/],
    [
      ["qu'y a-t-il maintenant ?", "et ça finit quand ?"],
      TUESDAY_LUNCH,
      /^7e session de fond du GTCNL\u202f: fin le mardi 5 mars à 18:00/,
    ],
    [
      ["что сейчас?", "когда заканчивается?"],
      TUESDAY_LUNCH,
      /^Седьмая сессия РГОС: окончание вторник, 5 марта в 18:00/,
    ],
    [
      ["what's on in 1h30?", "when does it end?"],
      TUESDAY_1145,
      /^OEWG 7th session ends Tue 5 Mar at 6:00 PM/,
    ],
    [
      ["dans 1h30", "quand ça se termine ?"],
      TUESDAY_1145,
      /^7e session de fond du GTCNL\u202f: fin le mardi 5 mars à 18:00/,
    ],
    [
      ["что будет через полтора часа?", "когда заканчивается?"],
      TUESDAY_1145,
      /^Седьмая сессия РГОС: окончание вторник, 5 марта в 18:00/,
    ],
  ])("nothing on at the moment asked: %j, the day's end", async (texts, now, expected) => {
    expect(await ask(texts, now)).toMatch(expected);
  });
});
