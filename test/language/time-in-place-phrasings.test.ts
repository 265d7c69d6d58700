/**
 * The time in a place asked in more ways: "the time" without a question word (French
 * « l'heure à Pékin », Spanish "hora en Pekín", English "time in beijing now"), Chinese
 * "现在北京时间" (now, Beijing time), Arabic "كم الساعة ببكين" (the بـ, "in", written onto the
 * place), French « heure de Pékin ? » (a place's time, asked: with its question mark; without
 * it, a zone, as "北京时间" alone). Each is answered with the time in Beijing, as "what time is
 * it in tokyo" is; "北京时间" or « en heure de Pékin » in a programme question still gives the
 * zone of its answer.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { toPivot } from "../../bot/language/pivot.js";
import { loadCatalogue } from "../../bot/programme/load.js";
import { dataVocabulary } from "../../bot/programme/vocabulary.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const vocabulary = dataVocabulary(loadCatalogue(join(import.meta.dirname, "..", "..", "data")));
const read = (lang: string, text: string) => {
  const words = LOCALE_WORDS[lang];
  if (!words) throw new Error(lang);
  return toPivot(text, words, (token) => vocabulary.has(token)).text;
};

describe("the time in a place, asked without a question word", () => {
  it.each([
    ["fr", "l'heure à Pékin", "what time is it in beijing"],
    ["fr", "l'heure à Pékin ?", "what time is it in beijing ?"],
    ["fr", "quelle est l'heure à Pékin", "what time is it in beijing"],
    ["es", "hora en Pekín", "what time is it in beijing"],
    ["es", "la hora en Pekín ahora", "what time is it in beijing"],
    ["ar", "كم الساعة ببكين", "what time is it in beijing"],
    ["ar", "كم الساعة بطوكيو؟", "what time is it in tokyo ?"],
    ["zh", "现在北京时间", "what time is it in beijing"],
    ["ru", "время в Пекине", "what time is it in beijing"],
    ["ar", "الوقت في القاهرة", "what time is it in cairo"],
    // A place's time alone is a place (maybe a follow-up's zone), as English "Beijing time" is.
    ["zh", "北京时间", "in beijing"],
    ["fr", "heure de Pékin", "in beijing"],
    // Asked, with its question mark, it is the time there now, as « l'heure à Pékin ? ».
    ["fr", "heure de Pékin ?", "what time is it in beijing ?"],
    ["fr", "heure de Tokyo ?", "what time is it in tokyo ?"],
    ["es", "¿hora de Pekín?", "what time is it in beijing ?"],
    // In a programme question it is the zone to show its times in.
    ["fr", "le programme de jeudi en heure de Pékin", "what's on thursday in beijing"],
    ["fr", "le programme de jeudi en heure de Pékin ?", "what's on thursday in beijing ?"],
    ["fr", "jeudi après-midi, heure de Pékin ?", "thursday afternoon in beijing ?"],
    // A programme question in Beijing time keeps its reading.
    ["zh", "北京时间明天上午有什么", "in beijing tomorrow morning what's on"],
    ["zh", "巴黎时间21点有什么", "21:00 paris what's on"],
    // An hour of a reminder stays an hour.
    ["fr", "rappelle-moi 1 heure avant la réception", "remind me 1 hour before reception"],
  ])("%s: %s → %s", (lang, text, expected) => {
    expect(read(lang, text)).toBe(expected);
  });

  it.each([
    ["time in beijing now", /^It is 9:00 PM Beijing time/],
    ["the time in Beijing?", /^It is 9:00 PM Beijing time/],
    ["Beijing time now", /^It is 9:00 PM Beijing time/],
    ["l'heure à Pékin", /^Il est 21:00 heure de Pékin/],
    ["heure de Pékin ?", /^Il est 21:00 heure de Pékin/],
    ["heure de Tokyo ?", /^Il est 22:00 heure de Tokyo/],
    ["¿hora de Pekín?", /^Son las 21:00 hora de Pekín/],
    ["quelle heure est-il à Pékin", /^Il est 21:00 heure de Pékin/],
    ["hora en Pekín", /^Son las 21:00 hora de Pekín/],
    ["كم الساعة ببكين", /^الساعة الآن .*21:00.*بكين/],
    ["现在北京时间", /^现在是21:00 北京时间/],
  ])("%s is answered with the time in Beijing", async (text, expected) => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    expect(await h.say(user("zoe"), text)).toMatch(expected);
  });

  it("shows a French programme question's times in the zone it names (« en heure de Pékin »)", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    const answer = await h.say(user("zoe"), "le programme de jeudi en heure de Pékin ?");
    expect(answer).toMatch(/^jeudi 7 mars/);
    expect(answer).toMatch(/jeudi 7 mars, 23:00 – vendredi 8 mars, 02:00 \(Pékin\)/);
  });

  it("keeps « heure de Pékin » without its question mark a zone: the follow-up's, else the zone prompt", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    expect(await h.say(user("ana"), "heure de Tokyo")).toMatch(/^Il est 22:00 le lundi 4 mars à Tokyo\./);
    const zoe = user("zoe");
    await h.say(zoe, "programme de jeudi");
    const shown = await h.say(zoe, "heure de Pékin");
    expect(shown).toMatch(/^jeudi 7 mars/);
    expect(shown).toMatch(/jeudi 7 mars, 23:00 – vendredi 8 mars, 02:00 \(Pékin\)/);
  });

  it.each([
    // Not the time now: the programme, or the time of something.
    ["北京时间明天上午有什么", /^3月5日星期二上午/],
    ["what time?", /^(?!It is)/],
    ["time of the reception", /^(?!It is)/],
  ])("%s is no question of the time now", async (text, expected) => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    expect(await h.say(user("zoe"), text)).toMatch(expected);
  });
});
