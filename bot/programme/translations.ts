/**
 * Translations of programme text given in `data/` beside the English source
 * (`title: { en: "Cocktail reception", fr: "Réception", … }`). The schema keeps the English
 * text as the value every part of the bot reads and searches (so matching, ids and English
 * answers are unchanged) and records its translations here; renderers show {@link local}
 * of it, the turn's language with English as the fallback.
 */
import { currentLocale } from "../language/current.js";

const translations = new Map<string, Readonly<Record<string, string>>>();

/**
 * Records the translations of one English text (same text, same translations: the last
 * file loaded wins, which a test keeps honest by loading each file alone too).
 * @example remember({ en: "Opening statements", fr: "Déclarations liminaires" }) === "Opening statements"
 */
export function remember(text: Readonly<Record<string, string>> & { en: string }): string {
  const english = text.en.trim();
  const others = Object.fromEntries(
    Object.entries(text)
      .filter(([locale]) => locale !== "en")
      .map(([locale, value]) => [locale, value.trim()]),
  );
  if (Object.keys(others).length > 0) translations.set(english, { ...translations.get(english), ...others });
  return english;
}

/**
 * A programme text in the turn's language (or `locale`), English when no translation is given.
 * @example withLocale("fr", () => local("Opening statements")) === "Déclarations liminaires"
 */
export function local(english: string, locale = currentLocale()): string {
  if (locale === "en") return english;
  return translations.get(english)?.[locale] ?? english;
}

/**
 * Whether a text has a translation into `locale` (tests and data checks).
 * @example isTranslated("Opening statements", "fr") === true
 */
export function isTranslated(english: string, locale: string): boolean {
  return translations.get(english)?.[locale] !== undefined;
}
