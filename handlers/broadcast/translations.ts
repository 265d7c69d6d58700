/**
 * A broadcast in several languages: the Secretariat's original, in the language it is written
 * in, and the translations it gives ("fr: <texte>" after drafting, or the form's Translations
 * field). Each recipient gets the text of their language; with none, the original and one line,
 * in their language, naming the original's.
 */
import { InputError } from "../../bot/errors.js";
import { detectLanguage, lacksScriptOf } from "../../bot/language/detect.js";
import { LANGUAGES } from "../../bot/language/locales.js";
import { say } from "../../bot/language/messages.js";
import type { Composition } from "./schema.js";

/** The language of a broadcast record that predates translations. */
const DEFAULT_LANGUAGE = "en";

/**
 * A language tag of the six at the start of a line or message, then a colon: "fr: …".
 * @example TAGGED.test("fr: Salle 4") === true
 */
export const TAGGED = new RegExp(`^\\s*(${LANGUAGES.join("|")})\\s*:\\s*`, "i");

/**
 * "fr: La séance…" as one translation: the tag (lower case) and the text; `undefined` when the
 * message does not start with a tag of the six and a colon.
 * @example readTagged("FR: Salle 4") // { language: "fr", text: "Salle 4" }
 */
export function readTagged(message: string): { language: string; text: string } | undefined {
  const match = TAGGED.exec(message);
  if (!match?.[1]) return undefined;
  return { language: match[1].toLowerCase(), text: message.slice(match[0].length).trim() };
}

/**
 * The form's Translations field: blocks that each start with a tag and a colon at the start of
 * a line ("fr: …" then "es: …"); a block runs to the next one, line breaks kept.
 * @throws {InputError} for text before the first tag, or a language given twice.
 * @example readTranslationBlocks("fr: Salle 4\nes: Sala 4") // { fr: "Salle 4", es: "Sala 4" }
 */
export function readTranslationBlocks(field: string): Record<string, string> {
  const blocks: Record<string, string> = {};
  let current: string | undefined;
  const lines: string[] = [];
  const close = () => {
    if (current === undefined) return;
    const text = lines.join("\n").trim();
    if (text === "")
      throw new InputError(`the ${current} block is empty: write its text after "${current}:".`);
    blocks[current] = text;
    lines.length = 0;
  };
  for (const line of field.split(/\r?\n/)) {
    const tagged = readTagged(line);
    if (tagged) {
      close();
      if (tagged.language in blocks)
        throw new InputError(`${tagged.language} is given twice; give each language once.`);
      current = tagged.language;
      lines.push(tagged.text);
      continue;
    }
    if (current === undefined) {
      if (line.trim() === "") continue;
      throw new InputError(
        `start each translation with its language and a colon ("fr: …", "es: …"; the tags are ${LANGUAGES.join(" ")}).`,
      );
    }
    lines.push(line);
  }
  close();
  return blocks;
}

/**
 * The language a broadcast text is written in: the one its words or script clearly show (the
 * bot's language detection), else English; "original: <tag>" (or the form's field) says
 * otherwise. Not the author's chat language: it follows the last message they wrote, and a
 * Secretariat member who just gave the Spanish text would make the next draft "Spanish".
 * @example originalLanguage("La séance de l'après-midi est déplacée") === "fr"
 */
export function originalLanguage(text: string): string {
  const detected = detectLanguage(text);
  return detected && LANGUAGES.includes(detected) ? detected : DEFAULT_LANGUAGE;
}

/**
 * Checks one translation of a text written in `original`.
 * @throws {InputError} when the language is the original's, the text is empty, too long, or
 * clearly in another language ("zh: Hello everyone…": English, or no Chinese characters).
 * @example checkTranslation("en", "fr", "Salle 4", 3000) // passes
 */
export function checkTranslation(original: string, language: string, text: string, maxLength: number): void {
  if (language === original)
    throw new InputError(
      `the message itself is written in ${languageNameIn(original, "en")} (${original}): give the other languages. If it is in another language, say "original: <tag>" (${LANGUAGES.join(" ")}).`,
    );
  if (text === "") throw new InputError(`the ${language} text is empty: write it after "${language}:".`);
  const named = (tag: string) => `${languageNameIn(tag, "en")} (${tag})`;
  const seen = detectLanguage(text);
  if (seen && seen !== language && LANGUAGES.includes(seen))
    throw new InputError(
      `it appears to be in ${named(seen)}, not ${named(language)}: give the ${languageNameIn(language, "en")} text after "${language}:".`,
    );
  if (lacksScriptOf(language, text))
    throw new InputError(
      `it has no ${language === "zh" ? "Chinese characters" : `letters of the ${languageNameIn(language, "en")} alphabet`}: give the ${languageNameIn(language, "en")} text after "${language}:".`,
    );
  if (text.length > maxLength)
    throw new InputError(
      `the ${language} text is ${text.length.toLocaleString("en-US")} characters long; a broadcast can have up to ${maxLength.toLocaleString("en-US")}.`,
    );
}

/**
 * A composition with one more translation (or a replaced one).
 * @throws {InputError} as {@link checkTranslation}.
 * @example withTranslation(composition, "fr", "Salle 4", 3000).translations?.fr === "Salle 4"
 */
export function withTranslation<T extends Composition>(
  composition: T,
  language: string,
  text: string,
  maxLength: number,
): T {
  checkTranslation(composition.language ?? DEFAULT_LANGUAGE, language, text, maxLength);
  return { ...composition, translations: { ...composition.translations, [language]: text } };
}

/**
 * A composition whose original is said to be in another language; a translation given in
 * that language is dropped (the original is that language's text now).
 * @example withOriginalLanguage(composition, "fr").language === "fr"
 */
export function withOriginalLanguage<T extends Composition>(composition: T, language: string): T {
  const { [language]: _dropped, ...others } = composition.translations ?? {};
  return {
    ...composition,
    language,
    ...(Object.keys(others).length > 0 ? { translations: others } : { translations: undefined }),
  };
}

/**
 * A language's name in another language, by the runtime's Unicode data ("anglais" in French).
 * @example languageNameIn("en", "fr") === "anglais"
 */
export function languageNameIn(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * What a recipient reading `locale` gets: the text of their language, the original when it is
 * theirs, else the original with a line in their language naming the original's language.
 * @example textFor({ text: "Room 4", language: "en", translations: { fr: "Salle 4" } }, "fr") // { text: "Salle 4" }
 * @example textFor({ text: "Room 4" }, "es").note === "Este mensaje está en inglés: no se ha facilitado traducción a su idioma."
 */
export function textFor(
  broadcast: Pick<Composition, "text" | "language" | "translations">,
  locale: string,
): { text: string; note?: string } {
  const original = broadcast.language ?? DEFAULT_LANGUAGE;
  if (locale === original) return { text: broadcast.text };
  const translated = broadcast.translations?.[locale];
  if (translated) return { text: translated };
  return {
    text: broadcast.text,
    note: say(locale, "broadcast.originalIn", { language: languageNameIn(original, locale) }),
  };
}
