/**
 * Reading a message in another language into the English lexicon's words (`pivot.ts`), as a
 * table: what a delegate writes, what the programme grammar reads. Words the locale does not
 * know are dropped unless they are numbers, places, zones or words of the programmes' data.
 * "How long" reads as the "end" facet's English word, as "how long" does in English.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../bot/language/detect.js";
import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { toPivot } from "../../bot/language/pivot.js";
import { loadCatalogue } from "../../bot/programme/load.js";
import { dataVocabulary } from "../../bot/programme/vocabulary.js";

const vocabulary = dataVocabulary(loadCatalogue(join(import.meta.dirname, "..", "..", "data")));
const read = (lang: string, text: string) => {
  const words = LOCALE_WORDS[lang];
  if (!words) throw new Error(lang);
  return toPivot(text, words, (token) => vocabulary.has(token)).text;
};

describe("the pivot", () => {
  it.each([
    ["fr", "Combien de temps dure la réception ?", "end end reception ?"],
    // "la session" is the session the data's alias names (the OEWG's; the POC meeting is a meeting).
    ["fr", "Quand se termine la session ?", "when end the session ?"],
    ["es", "a que hora empieza la sesion el lunes", "when start the session monday"],
    // Phone shorthand ("kan", "qd": quand) and a slip in one of the language's own words.
    ["fr", "kan est la reseption", "when reception"],
    ["fr", "qd commence la sesion", "when start session"],
    // "à 11 heures" is 11 o'clock (it was "9 may 11": 9 May 2011); "à 2 heures avant" stays a lead.
    ["fr", "qu'y a-t-il le 9 mai à 11 heures", "what's on 9 may 11:00"],
    ["fr", "à 11 heures 30", "11:30"],
    ["fr", "change mon rappel à 2 heures avant", "change my reminder to 2 hours before"],
    ["fr", "Où se tient la réunion POC ?", "where poc ?"],
    ["fr", "Quand est le test ping ?", "when test ping ?"],
    ["fr", "point 6 de l'ordre du jour", "agenda item 6"],
    // "Quoi de neuf" is "what's new", not the number nine (which also sent the day reader to chrono-node).
    ["fr", "quoi de neuf cet aprem", "what's on afternoon"],
    ["es", "¿Cuánto dura la recepción?", "end reception ?"],
    ["es", "tema 6 del programa", "agenda item 6 what's on"],
    ["ru", "Сколько длится приём?", "end reception ?"],
    ["ru", "когда международное право", "when international law"],
    ["ru", "Когда встреча контактных лиц?", "when points of contact ?"],
    ["ru", "Кто выступает со вступительными заявлениями?", "who who opening statements ?"],
    ["zh", "招待会持续多长时间？", "reception end end ?"],
    ["zh", "ping测试是什么时候？", "ping test when ?"],
    ["ar", "كم يستغرق حفل الاستقبال؟", "end reception ?"],
    ["ar", "وغدا؟", "tomorrow ?"],
    ["ar", "وأين؟", "where ?"],
    // "ل" (of) on a noun in construct, and merged with the article ("للفريق العامل").
    ["ar", "متى يبدأ الاجتماع الأول لجهات الاتصال", "when start meeting points of contact"],
    ["ar", "متى الاجتماع الأول للفريق العامل", "when meeting working group"],
    ["zh", "联络人第一次会议什么时候开始", "points of contact when start"],
    ["fr", "Qu'y a-t-il jeudi après-midi à Tokyo ?", "what's on thursday afternoon in tokyo ?"],
    ["es", "¿Qué hay el jueves por la tarde en Nairobi?", "what's on thursday afternoon in nairobi ?"],
    // Places in the language's own spelling or script, and a clock time's own zone.
    ["fr", "Quelle heure est-il à Genève ?", "what time is it in geneva ?"],
    ["fr", "10h à New York, quelle heure à Tokyo ?", "10:00 new york when in tokyo ?"],
    // « heure de » before any place is read as one ("new york", the clock's own zone): the
    // conversion is the same as with the English "new york time".
    ["fr", "convertis 15 h 30 heure de New York à Delhi", "convert 15:30 new york in delhi"],
    ["fr", "jeudi 10h du matin", "thursday 10:00am"],
    ["es", "¿Qué hora es en Tokio?", "what time is it in tokyo ?"],
    ["es", "convierte 3 pm a hora de Delhi", "convert 3pm in delhi"],
    ["es", "10:00 en Nueva York, ¿qué hora es en Moscú?", "10:00 new york what time is it in moscow ?"],
    ["ru", "15:00 по Нью-Йорку в Москве", "15:00 new york in moscow"],
    ["ru", "Который час в Пекине?", "what time is it in beijing ?"],
    ["ru", "из Женевы", "in geneva"],
    ["zh", "纽约上午10点是东京几点", "10:00 new york in tokyo when"],
    ["zh", "日内瓦现在几点", "in geneva what time is it"],
    ["zh", "罗马尼亚", "in romania"],
    ["zh", "星期四十点有什么？", "thursday 10:00 what's on ?"],
    ["zh", "下午两点半有什么", "14:30 what's on"],
    ["zh", "三十分钟后有什么？", "30 minutes from now what's on ?"],
    ["ar", "الساعة 10 صباحا في نيويورك كم في طوكيو", "at 10am new york in tokyo"],
    ["ar", "كم الساعة في القاهرة؟", "what time is it in cairo ?"],
    ["ar", "وماذا عن الجمعة؟", "what about friday ?"],
    ["ar", "ماذا يوجد يوم ٧ آذار؟", "what's on 7 march ?"],
    ["ar", "ماذا يوجد يوم ٨ حزيران مساء", "what's on 8 june evening"],
    ["ar", "ماذا يوجد بعد غد؟", "what's on day after tomorrow ?"],
    ["fr", "Et le lendemain ?", "and the next day ?"],
    ["ru", "а на следующий день?", "and the next day ?"],
    ["zh", "那第二天呢？", "and the next day ?"],
    // "是" before a place: the zone asked for, the time itself in the venue's (or asker's) zone.
    ["zh", "下午三点是莫斯科几点", "15:00 in moscow when"],
    ["zh", "下午3点是莫斯科几点", "15:00 in moscow when"],
    ["zh", "招待会是什么时候", "reception when"],
    // Russian: a part of the day in the genitive after an hour gives its side of noon.
    ["ru", "что будет в 10 утра", "what's on 10am"],
    ["ru", "в четверг в 3 часа дня", "thursday 3pm"],
    ["ru", "в 9 вечера", "9pm"],
    ["ru", "в 10:30 утра", "10:30am"],
    ["ru", "в 2 ночи", "2am"],
    ["ru", "завтра утром", "tomorrow morning"],
    // Arabic: a part of the day in construct state before a weekday.
    ["ar", "ماذا يحدث صباح الاثنين؟", "morning monday ?"],
    ["ar", "مساء الخميس", "evening thursday"],
    ["ar", "بعد ظهر الخميس", "afternoon thursday"],
    ["ar", "صباح الخير", "hello"],
    // A number before a part of the day is a clock time only as one: "le 7 au matin" is a day (the 7th).
    ["fr", "le 7 au matin", "7th morning"],
    // French "à 11" is a clock time (tester6 N1); "à 2 heures avant" a reminder's lead, "il y a 2" a count.
    ["fr", "qu'y a-t-il le 9 mai à 11", "what's on 9 may 11:00"],
    [
      "fr",
      "modifie le rappel de la réception à 2 heures avant",
      "change the reminder for reception 2 hours before",
    ],
    ["fr", "il y a 2 séances", "2 sessions"],
    ["ru", "что будет 9 мая в 11", "what's on 9 may 11:00"],
    // French and Russian write the 24-hour clock: a one-digit hour keeps its zero ("03:00",
    // read as written), where Spanish "a las 3" is "3:00" (the afternoon, as in English).
    ["fr", "qu'y a-t-il vendredi à 3h", "what's on friday 03:00"],
    ["fr", "vendredi à 6h30", "friday 06:30"],
    ["fr", "vendredi à 3:00 du matin", "friday 03:00am"],
    ["ru", "что будет в пятницу в 3", "what's on friday 03:00"],
    ["ru", "в пятницу в 3 часа дня", "friday 3pm"],
    ["ru", "в 2 зала", "2 which room"],
    // An hour after "las"/"la" is a clock time unless a word no clock time takes follows it.
    ["es", "las 2 sesiones", "2 sessions"],
    ["es", "la 1 reunión", "1"],
    ["es", "las 3 sesiones del jueves", "3 sessions thursday"],
    ["es", "las 10", "10:00"],
    ["es", "a las 3 de la tarde", "3:00pm"],
    ["es", "las 10 en Madrid", "10:00 madrid"],
    ["es", "qué hay a las 3 el jueves", "what's on 3:00 thursday"],
    ["es", "las 10 nueva york en madrid", "10:00 new york in madrid"],
    // Time counted from now: a lead only before a number (or a one) and a unit of time.
    ["ru", "что будет через 2 дня", "what's on in 2 days"],
    ["ru", "через два часа", "in 2 hours"],
    ["ru", "через неделю", "in 1 week"],
    ["ru", "через 30 мин", "in 30 minutes"],
    ["ru", "через 2 ч", "in 2 hours"],
    ["ru", "что в 2 часа дня", "what's on 2pm"],
    ["fr", "qu'y a-t-il dans 2h ?", "what's on in 2 hours ?"],
    ["fr", "d'ici une heure", "in 1 hour"],
    ["fr", "dans la salle 4", "which room 4"],
    ["fr", "à 10h dans Genève", "10:00 geneva"],
    ["es", "¿qué hay en una hora?", "what's on in 1 hour ?"],
    ["es", "dentro de 2 semanas", "in 2 weeks"],
    ["es", "¿qué hay en Nairobi?", "what's on in nairobi ?"],
    ["es", "a las 10 en Madrid", "10:00 madrid"],
    ["es", "¿qué hay en 2024?", "what's on 2024 ?"],
    ["zh", "两个小时以后有什么", "2 hours from now what's on"],
    ["zh", "3天后有什么", "3 days from now what's on"],
    ["zh", "前一天", "the day before"],
    ["ar", "ماذا يوجد بعد 3 أيام", "what's on in 3 days"],
    ["ar", "بعد ساعة", "in 1 hour"],
    ["ar", "بعد يوم الخميس", "thursday"],
    // Half an hour, an hour and a half; "dans 1h30" is 90 minutes from now, not 1:30.
    ["fr", "dans une demi-heure", "in 30 minutes"],
    ["fr", "qu'y a-t-il dans une heure et demie ?", "what's on in 90 minutes ?"],
    ["fr", "dans 1h30", "in 90 minutes"],
    ["fr", "dans 1 h 30", "in 90 minutes"],
    ["es", "en media hora", "in 30 minutes"],
    ["es", "qué hay en una hora y media", "what's on in 90 minutes"],
    ["es", "en 1h30", "in 90 minutes"],
    ["ru", "через полчаса", "in 30 minutes"],
    ["ru", "что будет через полтора часа", "what's on in 90 minutes"],
    ["zh", "半小时后", "30 minutes from now"],
    ["zh", "一个半小时后有什么", "90 minutes from now what's on"],
    ["ar", "بعد نصف ساعة", "in 30 minutes"],
    ["ar", "ماذا يوجد بعد ساعة ونصف", "what's on in 90 minutes"],
    ["ar", "ماذا يوجد بعد يوم؟", "what's on in 1 day ?"],
    ["ar", "بعد يوم واحد", "in 1 day"],
    ["ar", "بعد يوم 4", "4th"],
    // "ماذا بعد" is "what's next" unless a count of time follows it.
    ["ar", "ماذا بعد نصف ساعة", "in 30 minutes"],
    ["ar", "ماذا بعد ساعتين", "in 2 hours"],
    ["ar", "ماذا بعد ذلك", "next"],
    // The time in a place, "now" said or not.
    ["zh", "现在北京几点", "what time is it in beijing"],
    ["zh", "现在北京是几点", "what time is it in beijing"],
    ["ar", "كم الوقت الآن في بكين", "what time is it in beijing"],
    // A place named as a time ("Beijing time") and "what time", no "now": English "what time
    // in Beijing?", which after an answer shows it in Beijing time.
    ["zh", "北京时间几点", "what time in beijing"],
    ["zh", "现在北京时间几点", "what time is it in beijing"],
    ["zh", "北京几点", "what time is it in beijing"],
    ["fr", "à quelle heure, heure de Pékin ?", "what time in beijing ?"],
    ["fr", "quelle heure à Pékin ?", "what time is it in beijing ?"],
    ["es", "¿a qué hora en hora de Pekín?", "what time in beijing ?"],
    ["es", "¿qué hora es en Pekín?", "what time is it in beijing ?"],
  ])("%s: %s → %s", (lang, text, expected) => {
    expect(read(lang, text)).toBe(expected);
  });

  it("drops words neither the locale nor the data knows (no guessing)", () => {
    expect(read("fr", "Quand est la fête de Zorglub ?")).toBe("when ?");
  });
});

describe("telling short questions apart", () => {
  it.each([
    ["Et demain ?", "fr"],
    ["Et ensuite ?", "fr"],
    ["Qui organise la réception ?", "fr"],
    ["¿Y mañana?", "es"],
    ["¿y después?", "es"],
    ["what's next?", "en"],
    ["ok", undefined],
  ])("%s → %s", (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe("the pivot: countdowns, breaks, the signatory, later sessions", () => {
  it.each([
    ["fr", "combien de temps avant la réception ?", /^how long until reception \?$/],
    ["es", "¿cuánto falta para la recepción?", /^how long until .*reception \?$/],
    ["ru", "сколько осталось до приёма?", /^how long until .*reception \?$/],
    ["zh", "招待会还有多久？", /reception how long until \?/],
    ["ar", "كم تبقى على حفل الاستقبال؟", /^how long until .*reception \?$/],
    ["fr", "y a-t-il une pause déjeuner ?", /lunch break/],
    ["ru", "есть ли обеденный перерыв?", /lunch break/],
    ["zh", "有午休吗？", /lunch break/],
    ["fr", "qui a signé la lettre ?", /^who .*signed/],
    ["es", "¿quién firmó la carta?", /^who signed/],
    ["zh", "谁签署了信函？", /who signed/],
    ["fr", "quand est la 8e session ?", /8th session/],
  ])("%s: %s", (lang, text, expected) => {
    expect(read(lang, text)).toMatch(expected);
  });
});
