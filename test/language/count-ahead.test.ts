/**
 * Time counted from now in the five other languages, as English reads "in 2 days", "in 30
 * minutes", "2 hours from now": the whole bot, asked on Tuesday 5 March 2024 at 09:00 in
 * New York, answers for Thursday 7 March, 09:30 and 11:00 in the asker's language. Only a
 * lead word with a number and a unit of time is a count: Russian "в 2 часа дня" stays 2 pm,
 * French "dans la salle 4" and Spanish "en Nairobi", "en la sala 4" are no counts.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NOW = "2024-03-05T09:00:00-05:00";
const ZONE = "America/New_York";

/** The asker's script, or for French and Spanish a word of the language. */
const LANGUAGE: Record<string, RegExp> = {
  fr: /\b(mardi|jeudi|mars|rien|heure)\b/i,
  es: /\b(martes|jueves|marzo|nada|hora)\b/i,
  ru: /[\u0400-\u04ff]{3}/u,
  zh: /[\u4e00-\u9fff]{2}/u,
  ar: /[\u0600-\u06ff]{3}/u,
};

/** English answer words that must not be left in an answer in another language. */
const ENGLISH = /\b(Tuesday|Thursday|March|Nothing|scheduled|Agenda item|AM|PM)\b/;

/** Thursday 7 March, as each language's answer writes it. */
const THURSDAY: Record<string, RegExp> = {
  fr: /jeudi 7 mars/i,
  es: /jueves,? 7 de marzo/i,
  ru: /четверг, 7 марта/i,
  zh: /3月7日星期四/,
  ar: /الخميس، 7 آذار\/مارس/,
};
/** Tuesday 5 March at 09:30 (nothing then: the 10:00 session is that day's next). */
const HALF_PAST_NINE = /0?9:30/;
/** Tuesday 5 March at 11:00, during the 10:00–13:00 meeting. */
const ELEVEN = /11:00/;

const ASKED: [lang: string, question: string, answer: RegExp][] = [
  ["ru", "что будет через 2 дня", THURSDAY.ru as RegExp],
  ["ru", "что будет через два дня?", THURSDAY.ru as RegExp],
  ["ru", "что будет через 30 минут", HALF_PAST_NINE],
  ["ru", "что будет через 2 часа", ELEVEN],
  ["fr", "qu'y a-t-il dans 30 minutes", HALF_PAST_NINE],
  ["fr", "qu'y a-t-il dans 2 jours", THURSDAY.fr as RegExp],
  ["fr", "qu'y a-t-il dans deux heures ?", ELEVEN],
  // Alone, too short for the detector: "dans" before a count is French.
  ["fr", "dans 1h30", /10:30/],
  ["es", "¿qué hay en 2 días?", THURSDAY.es as RegExp],
  ["es", "¿qué hay dentro de 30 minutos?", HALF_PAST_NINE],
  ["es", "¿qué hay en dos horas?", ELEVEN],
  ["zh", "两天后有什么", THURSDAY.zh as RegExp],
  ["zh", "两小时后有什么", ELEVEN],
  ["zh", "三十分钟后有什么", HALF_PAST_NINE],
  ["ar", "ماذا يوجد بعد يومين", THURSDAY.ar as RegExp],
  ["ar", "ماذا يوجد بعد ساعتين", ELEVEN],
  ["ar", "ماذا يوجد بعد 30 دقيقة", HALF_PAST_NINE],
  ["ar", "ماذا يوجد بعد يوم", /الأربعاء، 6 آذار\/مارس/],
];

async function ask(question: string): Promise<string> {
  const h = await harness({ now: NOW, modules: handlerModules });
  return h.say(user("amal", { timeZone: ZONE }), question);
}

describe("time counted from now, in every language", () => {
  it.each(ASKED)("%s: %s", async (lang, question, answer) => {
    const said = await ask(question);
    expect(said).toMatch(answer);
    expect(said).toMatch(LANGUAGE[lang] as RegExp);
    expect(said.match(ENGLISH)?.[0], said).toBeUndefined();
  });

  it("English 'in 1h30' is 90 minutes from now, not 1:30", async () => {
    const said = await ask("in 1h30");
    expect(said).toMatch(/10:30/);
    expect(said).not.toMatch(/1:30 (AM|PM)/);
  });

  it("Russian 'в 2 часа дня' stays 2 pm on the day asked", async () => {
    const said = await ask("что в 2 часа дня");
    expect(said).toMatch(/вторник, 5 марта, 14:00/);
    expect(said).not.toMatch(THURSDAY.ru as RegExp);
  });

  it("French 'dans la salle 4' is a room, not a count", async () => {
    const said = await ask("qu'y a-t-il dans la salle 4 ?");
    expect(said).toMatch(/salle/);
    expect(said).not.toMatch(/0?9:30|11:00|jeudi 7 mars/);
  });

  it("Spanish 'en Nairobi' is a place, 'en la sala 4' a room: no counts", async () => {
    const nairobi = await ask("¿qué hay en Nairobi?");
    expect(nairobi).toMatch(/Nairobi/);
    expect(nairobi).not.toMatch(/0?9:30|jueves,? 7 de marzo/);
    const room = await ask("¿qué hay en la sala 4?");
    expect(room).toMatch(/sala/);
    expect(room).not.toMatch(/0?9:30|11:00/);
  });
});
