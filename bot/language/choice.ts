/**
 * An explicit choice of language: "language: français", "en español por favor", "по-русски",
 * "请用中文", "بالعربية", "English please". Only a message that is that and nothing more
 * counts, so "where is the English-language briefing?" is a question, not a choice.
 */
import { alternation } from "./compile.js";
import { ENGLISH_CHOICE, LOCALE_WORDS } from "./locales.js";
import { normalizeText } from "./normalise.js";

/**
 * Words around a choice that carry nothing ("please", "language:", "answer in"), as
 * `normalizeText` spells them: it takes the breve off "й" ("пожалуйста" is read "пожалуиста").
 */
const FILLER =
  /(?<![\p{L}'])(?:please|pls|language|lang|answer in|reply in|speak|switch to|in|langue|en|s'il (?:vous|te) plait|svp|parle|idioma|por favor|habla|responde en|язык|пожалуиста|говори|ответь|من فضلك|اللغه)(?![\p{L}'])|[:!.,]|请|用/gu;

const choices = new Map<string, string>();
for (const phrase of ENGLISH_CHOICE.choicePhrases) choices.set(normalizeText(phrase), "en");
for (const words of Object.values(LOCALE_WORDS))
  for (const phrase of words.choicePhrases) choices.set(normalizeText(phrase), words.locale);

/**
 * The longest run without spaces of every choice: taking the filler out only takes words and
 * signs away, so a message whose rest is a choice holds that choice's runs as they are. A
 * message with none of them (every question) is no choice, and is not stripped of its filler.
 */
const CHOICE_CUE = new RegExp(
  alternation(
    [...choices.keys()].map((phrase) => phrase.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? ""),
  ),
  "u",
);

/**
 * The language a message chooses, if it only chooses one.
 * @example readLanguageChoice("en español por favor") === "es"; readLanguageChoice("what's on?") === undefined
 */
export function readLanguageChoice(text: string): string | undefined {
  const normal = normalizeText(text).trim();
  if (normal.length > 60) return undefined;
  const whole = choices.get(normal);
  if (whole) return whole;
  if (!CHOICE_CUE.test(normal)) return undefined;
  const bare = normal.replace(FILLER, " ").replace(/\s+/g, " ").trim();
  return choices.get(bare);
}
