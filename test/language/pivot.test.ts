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
    ["fr", "Quand se termine la session ?", "when end session ?"],
    ["fr", "Où se tient la réunion POC ?", "where poc ?"],
    ["fr", "Quand est le test ping ?", "when test ping ?"],
    ["fr", "point 6 de l'ordre du jour", "agenda item 6"],
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
    ["fr", "Qu'y a-t-il jeudi après-midi à Tokyo ?", "what's on thursday afternoon in tokyo ?"],
    ["es", "¿Qué hay el jueves por la tarde en Nairobi?", "what's on thursday afternoon in nairobi ?"],
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
