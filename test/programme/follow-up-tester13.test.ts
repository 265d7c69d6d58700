/**
 * Follow-ups an exploratory tester found answered wrongly (tester13): "and after that?" after
 * a clock time's answer.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NO_ZONE = user("nozone");
const firstLine = (text: string) => text.split("\n")[0];

/** Thursday 9 May 2024, 9 a.m. in New York: the POC meeting's day, before it opens. */
const POC_DAY_0900 = "2024-05-09T09:00:00-04:00";

describe("'and after that?' after an answer about a clock time", () => {
  it.each([
    [
      "who speaks at 11?",
      "and after that?",
      /^After the presentations by a panel of States.*: Presentations by a panel of regional organisations.*11:20 AM/,
    ],
    [
      "qui parle à 11h ?",
      "et après ?",
      /^Après\s«\sexposés d'un panel d'États.*\s»\s:\s.*organisations régionales.*11:20/,
    ],
    [
      "¿quién habla a las 11?",
      "¿y después?",
      /^Después de «exposiciones de un panel de Estados.*»: .*organizaciones regionales.*11:20/,
    ],
    [
      "кто выступает в 11?",
      "а после этого?",
      /^После пункта «Выступления группы государств.*»: .*региональных организаций.*11:20/,
    ],
    ["11点谁发言？", "之后呢？", /^“由国家和国家集团组成的小组.*”之后：.*区域组织.*11:20/],
    [
      "من يتحدث الساعة 11؟",
      "وبعد ذلك؟",
      /^بعد «.*فريق من الدول ومجموعات الدول.*»: .*المنظمات الإقليمية.*11:20/,
    ],
  ])("%s → %s gives the item after the one answered (11:20)", async (first, then, expected) => {
    const h = await harness({ now: POC_DAY_0900, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });

  it("asked again, goes on to the item after that one (11:40)", async () => {
    const h = await harness({ now: POC_DAY_0900, modules: handlerModules });
    await h.say(NO_ZONE, "who speaks at 11?");
    await h.say(NO_ZONE, "and after that?");
    expect(firstLine(await h.say(NO_ZONE, "and after that?"))).toMatch(
      /^After the presentations by a panel of regional organisations.*: Reflections from States, .*11:40 AM/,
    );
  });

  it("the day before, about the POC meeting named: its 11:20 item, not the whole meeting", async () => {
    const h = await harness({ now: "2024-05-08T09:00:00-04:00", modules: handlerModules });
    await h.say(NO_ZONE, "who speaks at 11 on 9 May?");
    expect(firstLine(await h.say(NO_ZONE, "and after that?"))).toMatch(/regional organisations.*11:20 AM/);
  });
});

const TOKYO = user("tokyo", { timeZone: "Asia/Tokyo" });
/** Tuesday 5 March 2024, 12:30 in New York (01:30 on Wednesday in Beijing). */
const TUESDAY_1230 = "2024-03-05T17:30:00Z";

describe("a place's time asked with 'what time' after an answer", () => {
  it.each([
    ["星期四下午有什么？", "北京时间几点", /3月8日星期五 04:00–07:00（北京）/],
    ["星期四下午有什么？", "北京时间几点？", /3月8日星期五 04:00–07:00（北京）/],
    [
      "qu'y a-t-il jeudi après-midi ?",
      "à quelle heure, heure de Pékin ?",
      /vendredi 8 mars, 04:00–07:00 \(Pékin\)/,
    ],
    [
      "¿qué hay el jueves por la tarde?",
      "¿a qué hora en hora de Pekín?",
      /viernes, 8 de marzo, 04:00–07:00 \(Pekín\)/,
    ],
  ])("%s → %s shows that answer in Beijing time", async (first, then, expected) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(TOKYO, first);
    expect(await h.say(TOKYO, then)).toMatch(expected);
  });

  it("alone, '北京时间几点' is the time in Beijing now", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, "北京时间几点"))).toMatch(/^北京现在是3月6日星期三 01:30/);
  });

  it("with 'now' said ('现在北京时间几点'), or the place alone ('北京几点'), the time there now even after an answer", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(TOKYO, "星期四下午有什么？");
    expect(firstLine(await h.say(TOKYO, "现在北京时间几点"))).toMatch(/01:30 北京时间/);
    await h.say(TOKYO, "星期四下午有什么？");
    expect(firstLine(await h.say(TOKYO, "北京几点"))).toMatch(/01:30 北京时间/);
  });
});

describe("'the day after' after a time question about a named day counts from that day", () => {
  it.each([
    ["¿a qué hora empieza el jueves?", "¿y el siguiente día?", /^viernes, 8 de marzo/],
    ["¿a qué hora empieza el jueves?", "¿y el día después?", /^viernes, 8 de marzo/],
    ["¿a qué hora empieza el jueves?", "¿y al otro día?", /^viernes, 8 de marzo/],
    ["à quelle heure ça commence jeudi ?", "et le jour d'après ?", /^vendredi 8 mars/],
    ["во сколько начинается в четверг?", "а на другой день?", /^пятница, 8 марта/],
    ["星期四几点开始？", "后一天呢？", /^3月8日星期五/],
    ["متى يبدأ يوم الخميس؟", "واليوم الذي يليه؟", /الجمعة، 8 آذار\/مارس/],
  ])("%s → %s", async (first, then, expected) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });

  it.each([
    // After a conversion, the same clock converted on the next day (Friday), counted from the
    // Thursday it named (follow-up-conversion-day.test.ts); it was Friday's programme.
    [
      "convierte las 10 del jueves a hora de Tokio",
      "¿y el día siguiente?",
      /^10:00 hora de Nueva York.*8 de marzo.*00:00 hora de Tokio.*9 de marzo/,
    ],
    ["¿cuánto falta para el jueves?", "¿y el día siguiente?", /^viernes, 8 de marzo/],
    [
      "convert 10am thursday to tokyo time",
      "and the day after?",
      /^10:00 AM New York time .*Fri 8 Mar is 12:00 AM Tokyo time .*Sat 9 Mar/,
    ],
    ["how long until thursday?", "and the day after?", /^Friday 8 March/],
  ])("%s (its answer about no one day) → %s", async (first, then, expected) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });
});

describe("the OEWG named by its acronym in its own language keeps the facet of a follow-up", () => {
  it.each([
    ["when does the OEWG end on thursday?", "and friday?", /^OEWG 7th session ends Fri 8 Mar at 6:00 PM/],
    [
      "когда заканчивается РГОС в четверг?",
      "а в пятницу?",
      /^Седьмая сессия РГОС: окончание пятница, 8 марта в 18:00/,
    ],
    [
      "quand se termine le GTCNL jeudi ?",
      "et vendredi ?",
      /^7e session de fond du GTCNL.*vendredi 8 mars.*18:00/,
    ],
    [
      "¿cuándo termina el GTCA el jueves?",
      "¿y el viernes?",
      /^Séptimo período de sesiones del GTCA.*viernes, 8 de marzo.*18:00/,
    ],
    // The start asked is carried as the end is.
    [
      "when does the OEWG start on thursday?",
      "and friday?",
      /^OEWG 7th session starts Fri 8 Mar at 10:00 AM/,
    ],
    [
      "когда начинается РГОС в четверг?",
      "а в пятницу?",
      /^Седьмая сессия РГОС: начало — пятница, 8 марта, 10:00/,
    ],
  ])("%s → %s: the end or start that day, as asked", async (first, then, expected) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });
});

describe("a place the asker named labels its times in the next follow-ups too", () => {
  it.each([
    ["what's on thursday?", "and in geneva?", "the next day?", /\(Geneva\)/],
    ["qu'y a-t-il jeudi ?", "et à Genève ?", "le lendemain ?", /\(Genève\)/],
    ["¿qué hay el jueves?", "¿y en Ginebra?", "¿y el día siguiente?", /\(Ginebra\)/],
    ["что в четверг?", "а в Женеве?", "а на следующий день?", /\(Женева\)/],
    ["星期四有什么？", "日内瓦呢？", "第二天呢？", /（日内瓦）/],
    ["ماذا يوجد يوم الخميس؟", "وفي جنيف؟", "وفي اليوم التالي؟", /جنيف/],
  ])("%s → %s → %s", async (first, second, third, place) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(await h.say(NO_ZONE, second)).toMatch(place);
    const answer = await h.say(NO_ZONE, third);
    expect(answer).toMatch(place);
    expect(answer).not.toMatch(/Zurich|Zúrich|Цюрих|苏黎世|زيورخ/);
  });
});

/** 15 April 2024: the OEWG session is over, the POC meeting (9 May) is next. */
const BETWEEN = "2024-04-15T14:00:00Z";

describe("'the session' is the OEWG's in every language", () => {
  it.each([
    ["when does the session end?", /^OEWG 7th session ends Fri 8 Mar at 6:00 PM/],
    ["quand se termine la session ?", /^7e session de fond du GTCNL\s:\sfin le vendredi 8 mars/],
    ["¿cuándo termina la sesión?", /^Séptimo período de sesiones del GTCA.*viernes, 8 de marzo/],
    ["когда заканчивается сессия?", /^Седьмая сессия РГОС: окончание пятница, 8 марта/],
    ["когда конец сессии?", /^Седьмая сессия РГОС: окончание пятница, 8 марта/],
    ["届会什么时候结束？", /^不限成员名额工作组第七届会议于3月8日星期五 18:00/],
    ["متى تنتهي الدورة؟", /الدورة السابعة للفريق العامل المفتوح العضوية.*الجمعة، 8 آذار\/مارس/],
  ])("%s, asked after it, is its end, not the POC meeting's", async (question, expected) => {
    const h = await harness({ now: BETWEEN, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, question))).toMatch(expected);
  });

  it.each([
    ["when does the meeting end?", /^First POC meeting ends Thu 9 May/],
    ["会议什么时候结束", /^第一次联络点会议于5月9日星期四 13:00/],
    ["когда заканчивается заседание?", /^Первое совещание контактных лиц: окончание четверг, 9 мая/],
  ])("'the meeting' (%s) stays the one under way or next", async (question, expected) => {
    const h = await harness({ now: BETWEEN, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, question))).toMatch(expected);
  });
});
