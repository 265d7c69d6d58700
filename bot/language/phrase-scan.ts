/**
 * Finds a language's known words and phrases in a text: the same matches, in the same order,
 * as one regular expression of all of them as alternatives, longest first,
 * `(?<![\p{L}\p{N}])(?:prefix)?(?:key1|key2|…)(?![\p{L}\p{N}])` (or `(?:key1|key2|…)` for a
 * language written without spaces) run with `exec` from one match to the next. Such an
 * expression tries its hundreds of alternatives at every character: with Russian's 400-odd
 * stems it cost 0.2–0.35 ms a message, the slowest step of a Russian answer. Here a plain key
 * is one `Map` look-up per place a word can end, and a stem is tried only where the text has
 * its first letter.
 *
 * A key is written as the pivot's data is: words separated by spaces (any run of white space
 * in the text), `*` in a word for any letters or marks (`международн* прав*`).
 */

import { escapeRegExp } from "../regexp.js";

/** A known word or phrase found: where it starts in the scanned text, and its length. */
export interface PhraseMatch {
  index: number;
  length: number;
}

/** The keys of one language, ready to scan texts. */
export interface PhraseScanner {
  /**
   * The first match at or after `from` in `text` (white space already collapsed: see
   * {@link collapseSpaces}), or `undefined`.
   */
  find(text: string, from: number): PhraseMatch | undefined;
  /**
   * The position in the keys' order of the key the whole of `found` is: a plain key written so,
   * else the first stem (a key with `*`) it fits.
   */
  keyOf(found: string): number | undefined;
  /** The position in the keys' order of the first stem (a key with `*`) that the whole of `found` fits. */
  firstStem(found: string): number | undefined;
}

interface Stem {
  /** Position in the keys' order: earlier wins. */
  order: number;
  /** Its letters before the first `*`: the text must start with them where it matches. */
  literal: string;
  /** Its pattern source (`*` as letters or marks), then its expressions, made when first needed. */
  source: string;
  /** Anchored at `lastIndex`, with the word boundary after it. */
  sticky?: RegExp;
  /** The whole of a found text. */
  whole?: RegExp;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/uy;

const NO_LENGTHS: readonly number[] = [];

/** The bucket of stems that begin with `*` (none in today's data): tried everywhere. */
const ANY_LEAD = -1;

/**
 * Every run of white space as one space: what `\s+` between a key's words matches, so a key's
 * words can be looked up as written.
 * @example collapseSpaces("quoi  de\tneuf") === "quoi de neuf"
 */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ");
}

/**
 * A scanner for `keys`, listed in the order the alternatives would be tried (longest first);
 * `prefixes` may be written onto a key (Arabic "و", "ف"); `spaced` languages match whole words only.
 * @example phraseScanner(["apres midi", "midi"], { spaced: true, prefixes: [] }).find("l'apres midi", 0) // { index: 2, length: 10 }
 */
export function phraseScanner(
  keys: readonly string[],
  options: { spaced: boolean; prefixes: readonly string[] },
): PhraseScanner {
  const exact = new Map<string, number>();
  /**
   * By the first UTF-16 unit of the plain keys, their lengths, longest first: at a place, only
   * the texts as long as a key that starts with its letter are looked up (a Chinese message has
   * no word ends to skip, and tried every length up to the longest key's at each character).
   */
  const lengthsByLead = new Map<number, number[]>();
  const stemsByLead = new Map<number, Stem[]>();
  for (const [order, raw] of keys.entries()) {
    const key = raw.trim().split(/\s+/).join(" ");
    if (key === "") continue;
    if (!key.includes("*")) {
      if (!exact.has(key)) exact.set(key, order);
      const lengths = lengthsByLead.get(key.charCodeAt(0)) ?? [];
      if (!lengths.includes(key.length)) lengths.push(key.length);
      lengthsByLead.set(key.charCodeAt(0), lengths);
      continue;
    }
    // The expressions are made when a text first has the stem's letters: a `\p{…}` class costs
    // ~0.3 ms to build, and Russian has 400-odd stems (most of them place names).
    const stem: Stem = { order, literal: key.slice(0, key.indexOf("*")), source: keySource(key) };
    const lead = key.startsWith("*") ? ANY_LEAD : (key.codePointAt(0) ?? 0);
    const list = stemsByLead.get(lead) ?? [];
    list.push(stem);
    stemsByLead.set(lead, list);
  }
  for (const lengths of lengthsByLead.values()) lengths.sort((a, b) => b - a);
  const anyLead = stemsByLead.get(ANY_LEAD) ?? [];
  const { spaced, prefixes } = options;

  // What `find` learnt of the last text it scanned: it is called once per match on the same text.
  let scanned = "";
  /** `[at]`: whether a match may start at `at` (a spaced language: no letter or digit just before it). */
  let mayStart = new Uint8Array(0);
  /** `[at]`: whether a match may end at `at` (a spaced language: no letter or digit at `at`). */
  let mayEnd = new Uint8Array(0);
  const learn = (text: string): void => {
    scanned = text;
    mayStart = new Uint8Array(text.length + 1);
    mayEnd = new Uint8Array(text.length + 1);
    let wordBefore = false;
    for (let at = 0; at <= text.length; at += 1) {
      const code = text.charCodeAt(at);
      if (at < text.length && isLowSurrogate(code) && at > 0 && isHighSurrogate(text.charCodeAt(at - 1)))
        continue;
      const word = at < text.length && isWordCharacter(text, at, code);
      mayStart[at] = !spaced || !wordBefore ? 1 : 0;
      mayEnd[at] = !spaced || !word ? 1 : 0;
      wordBefore = word;
    }
  };

  /** The length of the first key (in order) that matches at `at`, or -1. */
  const keyAt = (text: string, at: number): number => {
    let bestOrder = Number.POSITIVE_INFINITY;
    let bestLength = -1;
    for (const length of lengthsByLead.get(text.charCodeAt(at)) ?? NO_LENGTHS) {
      const end = at + length;
      if (end > text.length || mayEnd[end] === 0) continue;
      const order = exact.get(text.slice(at, end));
      if (order !== undefined) {
        bestOrder = order;
        bestLength = length;
        break;
      }
    }
    for (const list of [stemsByLead.get(text.codePointAt(at) ?? 0), anyLead]) {
      for (const stem of list ?? []) {
        if (stem.order >= bestOrder) break;
        if (!text.startsWith(stem.literal, at)) continue;
        stem.sticky ??= new RegExp(`(?:${stem.source})${spaced ? "(?![\\p{L}\\p{N}])" : ""}`, "uy");
        stem.sticky.lastIndex = at;
        if (stem.sticky.test(text)) {
          bestOrder = stem.order;
          bestLength = stem.sticky.lastIndex - at;
          break;
        }
      }
    }
    return bestLength;
  };

  const firstStem = (found: string): number | undefined => {
    let first: number | undefined;
    for (const list of [stemsByLead.get(found.codePointAt(0) ?? 0), anyLead]) {
      const stem = list?.find((candidate) => fitsWhole(candidate, found));
      if (stem && (first === undefined || stem.order < first)) first = stem.order;
    }
    return first;
  };

  return {
    find(text, from) {
      if (text !== scanned) learn(text);
      for (let at = from; at < text.length; at += 1) {
        if (mayStart[at] === 0) continue;
        for (const prefix of prefixes) {
          if (!text.startsWith(prefix, at)) continue;
          const length = keyAt(text, at + prefix.length);
          if (length > 0) return { index: at, length: prefix.length + length };
        }
        const length = keyAt(text, at);
        if (length > 0) return { index: at, length };
      }
      return undefined;
    },
    keyOf: (found) => exact.get(found) ?? firstStem(found),
    firstStem,
  };
}

/** Whether the whole of `found` is a form of `stem`. */
function fitsWhole(stem: Stem, found: string): boolean {
  if (!found.startsWith(stem.literal)) return false;
  stem.whole ??= new RegExp(`^(?:${stem.source})$`, "u");
  return stem.whole.test(found);
}

/**
 * A key as pattern source: its words apart by white space, `*` any letters or marks (what the
 * key stands for in the alternatives' expression).
 * @example keySource("международн* прав*") === "международн[\\p{L}\\p{M}]*\\s+прав[\\p{L}\\p{M}]*"
 */
export function keySource(key: string): string {
  return key
    .split(/\s+/)
    .map((part) =>
      part
        .split("*")
        .map((piece) => escapeRegExp(piece))
        .join("[\\p{L}\\p{M}]*"),
    )
    .join("\\s+");
}

/** Whether the code point at `at` (its first code unit `code`) is a letter or digit. */
function isWordCharacter(text: string, at: number, code: number): boolean {
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  // The letters of the bot's other scripts, without a regular expression: Russian's alphabet,
  // Arabic's letters (tatweel is one) and digits, the CJK ideographs. Anything else asks one.
  if ((code >= 0x0410 && code <= 0x044f) || code === 0x0401 || code === 0x0451) return true;
  if ((code >= 0x0620 && code <= 0x064a) || (code >= 0x0660 && code <= 0x0669)) return true;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  WORD_CHARACTER.lastIndex = at;
  return WORD_CHARACTER.test(text);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
