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
 *
 * It runs several times on every message (language choice, command, detection, pivot,
 * extractors), so it is written for speed: the last texts' spellings are kept; printable
 * ASCII only needs lower case and the backtick; other text takes three passes (decomposition, one pass for the marks and Arabic
 * letter forms, lower case, one pass for quotes, dashes and control characters), each the
 * same replacements, in the same order, as one `replace` per rule would make.
 * @example normalizeText("Où est la Réception") === "ou est la reception"
 */
export function normalizeText(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const normal = spell(text);
  if (text.length <= MAX_MESSAGE_LENGTH) {
    if (recent.size >= RECENT) recent.clear();
    recent.set(text, normal);
  }
  return normal;
}

/** The last texts spelt: a message is spelt by each step of its turn (choice, command, detection, pivot). */
const recent = new Map<string, string>();
const RECENT = 256;

function spell(text: string): string {
  if (PRINTABLE_ASCII.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes("`") ? lower.replace(/`/g, "'") : lower;
  }
  return text
    .normalize("NFKD")
    .replace(BEFORE_LOWER_CASE, beforeLowerCase)
    .toLowerCase()
    .replace(AFTER_LOWER_CASE, afterLowerCase);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Combining diacritics go; Arabic-Indic and Persian digits become ASCII digits; Arabic
 * harakat and tatweel go; alef wasla folds to bare alef (the other alef forms' hamza and madda
 * went with NFKD), alef maqsura to ya, ta marbuta to ha, as Arabic search does; the Arabic
 * question mark and comma become "?" and ",".
 */
const BEFORE_LOWER_CASE =
  /[\u0300-\u036f\u0660-\u0669\u06f0-\u06f9\u064b-\u065f\u0670\u0640\u0671\u0649\u0629\u061f\u060c]/g;

function beforeLowerCase(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0) return String(code - 0x06f0);
  switch (code) {
    case 0x0671:
      return "\u0627";
    case 0x0649:
      return "\u064a";
    case 0x0629:
      return "\u0647";
    case 0x061f:
      return "?";
    case 0x060c:
      return ",";
    default:
      return "";
  }
}

/** Curly and other quotes become plain ones, dashes and the minus sign "-", control and format characters a space. */
const AFTER_LOWER_CASE =
  /[\u2018\u2019\u02bc`\u00b4\u201c\u201d\u00ab\u00bb\u2010-\u2015\u2212\p{Cc}\p{Cf}]/gu;

function afterLowerCase(char: string): string {
  switch (char) {
    case "\u2018":
    case "\u2019":
    case "\u02bc":
    case "`":
    case "\u00b4":
      return "'";
    case "\u201c":
    case "\u201d":
    case "\u00ab":
    case "\u00bb":
      return '"';
    default:
      return /[\u2010-\u2015\u2212]/.test(char) ? "-" : " ";
  }
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
