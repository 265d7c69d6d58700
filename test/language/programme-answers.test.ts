/**
 * Programme questions in French, Spanish, Russian, Chinese and Arabic (48 or more each) through the
 * whole handler chain, as `npm run ask` runs them: the answer has the facts (`must`), and it
 * is in the asker's language — what stays as written (names of people and places,
 * addresses, URLs, zone names, document symbols, the "rsvp" command word) taken out,
 * no English sentence is left: no English-only word in French and Spanish and a word of the
 * language; no Latin word at all in Russian, Chinese and Arabic and the language's script.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadCatalogue } from "../../bot/programme/load.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const Cases = z.object({
  cases: z.array(
    z.object({
      lang: z.enum(["fr", "es", "ru", "zh", "ar"]),
      q: z.string(),
      followUp: z.string().optional(),
      now: z.string(),
      tz: z.string(),
      must: z.array(z.string()).min(1),
    }),
  ),
});

const cases = Cases.parse(
  JSON.parse(
    readFileSync(
      new URL("../fixtures/programme-questions.multilingual.answers.json", import.meta.url),
      "utf8",
    ),
  ),
).cases;

/** What stays as written in every language, from the data itself (longest first). */
const KEPT_TEXT: string[] = (() => {
  const catalogue = loadCatalogue(join(import.meta.dirname, "..", "..", "data"));
  const texts = catalogue.programmes.flatMap(({ programme }) => [
    programme.venue.name,
    programme.venue.shortName ?? "",
    programme.venue.city,
    ...programme.meetings.flatMap((meeting) =>
      meeting.items.flatMap((item) => item.speakers.map((speaker) => speaker.name ?? "")),
    ),
    ...programme.socialEvents.flatMap((event) => [
      event.host?.name ?? "",
      event.place.name,
      ...event.place.address,
    ]),
  ]);
  return [...new Set(texts.filter(Boolean))].sort((a, b) => b.length - a.length);
})();

/** Patterns of what stays as written: URLs, IANA zones, zone abbreviations, symbols, commands. */
const KEPT_PATTERNS = [
  /https?:\/\/\S+/g,
  /\b[A-Z][a-z]+\/[A-Za-z_]+\b/g,
  /\b(?:EST|EDT|CET|CEST|EAT|JST|MSK|UTC|GMT)\b/g,
  /\b[A-Z]\/[\w./-]+/g,
  // The RSVP command word, the same in every language ("rsvp oui", "rsvp да"), and its example names.
  /\brsvp\b/g,
  /Ana Lima, Raj Patel/g,
  /\bODA\/2024-003\/ Global intergovernmental points of contact directory ICT security/g,
  /\bhelp\b/g,
  /\bping\b/gi,
  /\bPOC\b/g,
];

/** The answer with everything that stays as written taken out. */
function ownWords(answer: string): string {
  let text = answer;
  for (const kept of KEPT_TEXT) text = text.split(kept).join(" ");
  for (const pattern of KEPT_PATTERNS) text = text.replace(pattern, " ");
  return text;
}

/** English words that are not French or Spanish words: one means an English sentence was left. */
const ENGLISH_ONLY =
  /\b(the|is|are|was|of|and|to|for|with|not|this|that|from|your|you|will|nothing|here|there|what|when|where|which|has|have|letter|letters|given|scheduled|sorry|time|morning|afternoon|reception|meeting|speakers?)\b/i;

const LANGUAGE: Record<string, { has: RegExp; hasNot: RegExp; name: string }> = {
  fr: {
    has: /\b(le|la|les|du|des|de|heure|lieu|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mars|mai|juin)\b/i,
    hasNot: ENGLISH_ONLY,
    name: "French",
  },
  es: {
    has: /\b(el|la|los|las|del|de|hora|lugar|lunes|martes|miércoles|jueves|viernes|sábado|domingo|marzo|mayo|junio)\b/i,
    hasNot: ENGLISH_ONLY,
    name: "Spanish",
  },
  ru: { has: /[\u0400-\u04ff]{3}/u, hasNot: /[A-Za-z]{2,}/, name: "Russian" },
  zh: { has: /[\u4e00-\u9fff]{2}/u, hasNot: /[A-Za-z]{2,}/, name: "Chinese" },
  ar: { has: /[\u0600-\u06ff]{3}/u, hasNot: /[A-Za-z]{2,}/, name: "Arabic" },
};

describe("programme answers in the asker's language", () => {
  it("has at least 40 questions per language", () => {
    for (const lang of ["fr", "es", "ru", "zh", "ar"])
      expect(cases.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(40);
  });

  it("the language check catches an English answer (it can fail)", () => {
    const english = "Cocktail reception: Mon 4 Mar, 6:30 PM New York time (no end time given)";
    expect(LANGUAGE.fr?.hasNot.test(ownWords(english))).toBe(true);
    expect(LANGUAGE.ru?.hasNot.test(ownWords(english))).toBe(true);
    const french = "Réception (cocktail) : lundi 4 mars, 18:30 heure de New York (heure de fin non indiquée)";
    expect(LANGUAGE.fr?.hasNot.test(ownWords(french))).toBe(false);
    expect(LANGUAGE.fr?.has.test(ownWords(french))).toBe(true);
  });

  it.each(cases)("$lang: $q $followUp", async ({ lang, q, followUp, now, tz, must }) => {
    const h = await harness({ now, modules: handlerModules });
    const asker = user("amal", { timeZone: tz });
    let answer = await h.say(asker, q);
    if (followUp) answer = await h.say(asker, followUp);
    for (const pattern of must) expect(answer).toMatch(new RegExp(pattern, "i"));
    const language = LANGUAGE[lang];
    if (!language) throw new Error(`no check for ${lang}`);
    const own = ownWords(answer);
    expect(own, `${language.name} words in: ${answer}`).toMatch(language.has);
    expect(own.match(language.hasNot)?.[0], `English left in: ${answer}`).toBeUndefined();
  });
});
