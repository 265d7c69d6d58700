/**
 * Follow-ups an exploratory tester found not understood (tester11, M5): "the day before",
 * "what time is that for me?", and a new clock time after a conversion ("and 3pm?").
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const TOKYO = user("tokyo", { timeZone: "Asia/Tokyo" });
const NO_ZONE = user("nozone");
const TUESDAY_1230 = "2024-03-05T17:30:00Z";
const firstLine = (text: string) => text.split("\n")[0];

describe("the day before the last answer's", () => {
  it.each([
    ["what's on thursday morning?", "what about the day before", /^Wednesday 6 March morning/],
    ["qu'y a-t-il jeudi matin ?", "et la veille ?", /^mercredi 6 mars, matin/],
    ["¿qué hay el jueves por la mañana?", "¿y el día anterior?", /^miércoles, 6 de marzo, por la mañana/],
    ["что в четверг утром?", "а накануне?", /^среда, 6 марта, утро/],
    ["星期四上午有什么？", "前一天呢？", /^3月6日星期三上午/],
    ["ماذا يوجد يوم الخميس صباحا؟", "وفي اليوم السابق؟", /الأربعاء، 6 آذار\/مارس/],
  ])("%s → %s", async (first, then, expected) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(TOKYO, first);
    expect(firstLine(await h.say(TOKYO, then))).toMatch(expected);
  });

  it("is a day only at the end of a question: 'the day before the reception' is not yesterday", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(TOKYO, "what's on thursday morning?");
    expect(firstLine(await h.say(TOKYO, "what's on the day before the reception?"))).not.toMatch(
      /^Wednesday 6 March/,
    );
  });
});

describe("the asker's own time asked after an answer", () => {
  it.each([
    ["what's on friday afternoon?", "what time is that here", /times in Tokyo time/],
    ["what's on friday afternoon?", "what time is that for me?", /times in Tokyo time/],
    ["what's on friday afternoon?", "and in my time?", /times in Tokyo time/],
    ["qu'y a-t-il vendredi après-midi ?", "et chez moi ?", /heure de Tokyo/],
    ["¿qué hay el viernes por la tarde?", "¿y en mi hora?", /hora de Tokio/],
  ])("%s → %s shows the last answer in the asker's zone", async (first, then, note) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(TOKYO, first);
    const answer = await h.say(TOKYO, then);
    expect(answer).toMatch(note);
    expect(answer).toMatch(/Sat 9 Mar|samedi 9 mars|sábado, 9 de marzo/);
  });

  it("a clock time 'in my time' in each language is in the asker's zone", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    // 6:00 on Wednesday in Tokyo is 4:00 PM on Tuesday in New York.
    for (const question of [
      "what's on at 6am my time",
      "qu'y a-t-il à 6h chez moi ?",
      "¿qué hay a las 6 de la mañana en mi hora?",
      "что в 6 утра по моему времени?",
      "我这里早上6点有什么？",
      "ماذا يوجد الساعة 6 صباحا بتوقيتي؟",
    ]) {
      expect(firstLine(await h.say(TOKYO, question)), question).toMatch(/16:00|4:00 PM/);
    }
  });

  it("with no zone known, 'for me' changes nothing", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(NO_ZONE, "what's on friday afternoon?");
    expect(await h.say(NO_ZONE, "and for me?")).not.toMatch(/times in .* time/);
  });
});

describe("a new clock time after a conversion", () => {
  it.each([
    [
      "what is 10am NY in Tokyo",
      "and 3pm?",
      /^3:00 PM NY time .* is 5:00 AM Tokyo time .*Wed 6 Mar/,
      /same two places/,
    ],
    ["纽约上午10点是东京几点", "那下午3点呢？", /^15:00 纽约时间.*即05:00 东京时间/, /同样的两个地点/],
  ])("%s → %s keeps both places", async (first, then, expected, note) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(TOKYO, first);
    const answer = await h.say(TOKYO, then);
    expect(firstLine(answer)).toMatch(expected);
    expect(answer).toMatch(note);
  });
});

describe("a part of the day said in Chinese before an hour", () => {
  it("'早上6点' is 6 in the morning, not 18:00", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(TOKYO, "早上6点有什么？"))).toMatch(/06:00/);
    expect(firstLine(await h.say(TOKYO, "下午3点有什么？"))).toMatch(/15:00/);
  });
});

describe("a fact the letters do not give is no subject to point back to", () => {
  it("'is there a dress code?' then 'when does it end' is not about a 'dress code'", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    await h.say(TOKYO, "is there a dress code?");
    expect(await h.say(TOKYO, "when does it end")).not.toMatch(/dress code/);
  });

  it("'reception dress code' then 'when does it end' is about the reception", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    await h.say(TOKYO, "reception dress code");
    expect(firstLine(await h.say(TOKYO, "when does it end"))).toMatch(
      /no end time for the cocktail reception/,
    );
  });
});

describe("'what time in Beijing?'", () => {
  it("alone gives the time there now; after an answer, that answer in Beijing time", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, "what time in beijing?"))).toMatch(
      /^It is 1:30 AM on Wed 6 Mar in Beijing/,
    );
    await h.say(TOKYO, "what's on thursday afternoon?");
    expect(await h.say(TOKYO, "what time in beijing?")).toMatch(
      /times in Beijing time[\s\S]*Fri 8 Mar, 4:00 AM–7:00 AM \(Beijing\)/,
    );
  });
});

describe("a clock time given with 'if' or 'when' in French and Spanish", () => {
  it.each([
    "quelle heure à Tokyo s'il est 10h à New York ?",
    "quelle heure est-il à Tokyo quand il est 10h à New York ?",
    "qué hora es en Tokio si son las 10 en Nueva York",
  ])("%s converts 10:00 in New York to Tokyo", async (question) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, question))).toMatch(
      /^10:00 (heure|hora) de (New York|Nueva York).*00:00 (heure|hora) de (Tokyo|Tokio)/,
    );
  });
});

describe("a time question's place before a clock time, and the clock's own place after it", () => {
  it.each([
    "quelle heure à Tokyo à 10h à New York ?",
    "¿qué hora es en Tokio a las 10 en Nueva York?",
    "который час в Токио в 10 утра по Нью-Йорку?",
  ])("%s converts 10:00 in New York to Tokyo, not Tokyo's 10:00 to New York", async (question) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, question))).toMatch(
      /^10:00 (heure de New York|hora de Nueva York|\(Нью-Йорк\)).*00:00 (heure de Tokyo|hora de Tokio|\(Токио\))/,
    );
  });

  it("with no place after the clock, the place before it is still the clock's (« à quelle heure à New York à 10h ? »)", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, "à quelle heure à New York à 10h ?"))).not.toMatch(/correspond/);
  });
});

describe("'what's next?' then 'and after that?'", () => {
  it("goes on from the item given, one item further each time, across days", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, "what's next?"))).toMatch(
      /^Next: How international law .*Tue 5 Mar, 3:00 PM/,
    );
    expect(firstLine(await h.say(NO_ZONE, "and after that?"))).toMatch(
      /Confidence-building measures, Wed 6 Mar, 10:00 AM/,
    );
    expect(firstLine(await h.say(NO_ZONE, "and after that?"))).toMatch(
      /Dedicated stakeholder session, Wed 6 Mar, 3:00 PM/,
    );
    expect(firstLine(await h.say(NO_ZONE, "and after that?"))).toMatch(
      /Capacity-building, Thu 7 Mar, 10:00 AM/,
    );
  });

  it.each([
    ["fr", "qu'est-ce qui suit ?", "et après ?", /Mesures de confiance.*mercredi 6 mars/i],
    ["es", "¿qué sigue?", "¿y después?", /medidas de fomento de la confianza.*6 de marzo/i],
  ])("%s: %s then %s", async (_lang, first, then, expected) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });

  it("'when does it end?' after 'what's next?' is still the next item's end", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(NO_ZONE, "what's next?");
    expect(firstLine(await h.say(NO_ZONE, "when does it end?"))).toMatch(
      /^How international law .* ends at 6:00 PM/,
    );
  });
});

describe("'the day after' after a topic's answer counts from the topic's day", () => {
  const FRIDAY_BEFORE = "2024-03-01T16:00:00Z";
  it.each([
    ["what time is the reception?", "and the day after?", /^Tuesday 5 March: Rules, norms/],
    ["quand est la réception ?", "et le lendemain ?", /^mardi 5 mars\u202f: Règles, normes/],
    ["где будет приём?", "а на следующий день?", /^вторник, 5 марта: Правила, нормы/],
    ["when is capacity-building?", "and the day after?", /^Friday 8 March: Other matters/],
  ])("%s then %s", async (first, then, expected) => {
    const h = await harness({ now: FRIDAY_BEFORE, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });
});
