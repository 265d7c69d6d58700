/**
 * The first step of reading any message: one spelling for the same text. Diacritics go,
 * letters are lower case, quotes and dashes are plain, markup and control characters are
 * spaces, phone shorthand becomes its word ("2moro" → "tomorrow") and filler goes ("pls").
 */
import { compiled } from "./compile.js";
import type { Lexicon } from "./lexicon.js";
import { english } from "./locales/en/lexicon.js";

/**
 * Questions are read up to this many characters; the rest is ignored.
 * @example normalise("x".repeat(10_000)).length <= MAX_MESSAGE_LENGTH
 */
export const MAX_MESSAGE_LENGTH = 300;

/**
 * Lower case, no diacritics, plain quotes and dashes, control characters as spaces. The
 * same function builds the catalogue's search terms, so both sides compare alike.
 * @example normalizeText("Où est la Réception") === "ou est la reception"
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\p{Cc}\p{Cf}]/gu, " ");
}

/**
 * A message as the extractors read it: {@link normalizeText}, markup stripped, shorthand
 * read, whitespace collapsed, at most {@link MAX_MESSAGE_LENGTH} characters.
 * @example normalise("Wen is the recep 2moro pls?") === "when is the reception tomorrow ?"
 */
export function normalise(text: string, lexicon: Lexicon = english): string {
  const c = compiled(lexicon);
  return normalizeText(text.slice(0, MAX_MESSAGE_LENGTH))
    .replace(/<\/?[a-z][^<>]{0,40}>/g, " ")
    .replace(c.shorthand, (word) => lexicon.shorthand.get(word) ?? word)
    .replace(/\s+/g, " ")
    .trim();
}
