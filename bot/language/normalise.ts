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
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, arabicDigit)
      // Arabic: harakat and tatweel go; alef forms (their hamza and madda went with NFKD) fold
      // to bare alef, alef maqsura to ya, ta marbuta to ha, as Arabic search does.
      .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/\u0671/g, "\u0627")
      .replace(/\u0649/g, "\u064a")
      .replace(/\u0629/g, "\u0647")
      .replace(/\u061f/g, "?")
      .replace(/\u060c/g, ",")
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/[\p{Cc}\p{Cf}]/gu, " ")
  );
}

/** "٣" (Arabic-Indic) and "۳" (Persian) → "3". */
function arabicDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
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
