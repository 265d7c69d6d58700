/**
 * The pivot's phrase scanner (`phrase-scan.ts`) finds what one regular expression of all a
 * language's keys as alternatives finds (its definition): the same matches, in the same
 * order, on every fixture question of every language and on texts made from every key
 * (alone, inside sentences, run together, inflected, glued to other letters, with a prefix).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { normalizeText } from "../../bot/language/normalise.js";
import {
  collapseSpaces,
  keySource,
  type PhraseMatch,
  phraseScanner,
} from "../../bot/language/phrase-scan.js";
import { pivotKeys } from "../../bot/language/pivot.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");

/** Every question of the multilingual fixtures, in any language. */
const questions: string[] = [
  "programme-questions.multilingual.answers.json",
  "programme-questions.multilingual.more.json",
  "programme-questions.multilingual.sample.json",
].flatMap((name) =>
  (JSON.parse(readFileSync(join(fixtures, name), "utf8")) as { cases: Array<{ q: string }> }).cases.map(
    (testCase) => testCase.q,
  ),
);

/** The regular expression the scanner stands for: the pivot's keys as alternatives, longest first. */
function definition(keys: readonly string[], prefixes: readonly string[], spaced: boolean): RegExp {
  const body = keys.map(keySource).join("|");
  const prefix = prefixes.length > 0 ? `(?:${prefixes.join("|")})?` : "";
  return spaced
    ? new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(?:${body})(?![\\p{L}\\p{N}])`, "gu")
    : new RegExp(`(?:${body})`, "gu");
}

function byDefinition(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`);
}

function byScanner(scan: (text: string, from: number) => PhraseMatch | undefined, text: string): string[] {
  const found: string[] = [];
  for (let match = scan(text, 0); match; match = scan(text, match.index + match.length))
    found.push(`${match.index}:${text.slice(match.index, match.index + match.length)}`);
  return found;
}

/** Texts made from the keys: each alone, in a sentence, inflected, glued, beside the next, with a prefix. */
function textsOf(keys: readonly string[], prefixes: readonly string[]): string[] {
  const spelt = keys.map((key) => key.replace(/\*/g, "ами"));
  const texts: string[] = [];
  for (const [index, key] of spelt.entries()) {
    const next = spelt[(index * 7 + 3) % spelt.length] ?? "";
    texts.push(
      key,
      `quoi ${key} ? 10:00`,
      `${key}s ${next}`,
      `x${key} ${next}x`,
      `${key} ${next}`,
      `${key}  \t${next}`,
      `${key}-${next}`,
      `${key}${next}`,
      ...prefixes.map((prefix) => `${prefix}${key} ${prefix}${next}`),
    );
  }
  return texts;
}

describe("the pivot's phrase scanner", () => {
  for (const [locale, words] of Object.entries(LOCALE_WORDS)) {
    it(`finds what the alternatives' expression finds, in ${locale}`, () => {
      const { keys, prefixes, spaced } = pivotKeys(words);
      expect(keys.length).toBeGreaterThan(100);
      const pattern = definition(keys, prefixes, spaced);
      const scanner = phraseScanner(keys, { spaced, prefixes });
      const texts = [...questions, ...textsOf(keys, prefixes)].map((text) =>
        collapseSpaces(normalizeText(text)),
      );
      let matched = 0;
      for (const text of texts) {
        const expected = byDefinition(pattern, text);
        matched += expected.length;
        expect(byScanner(scanner.find, text), text).toEqual(expected);
      }
      // The texts exercise the keys: most of them find something.
      expect(matched).toBeGreaterThan(texts.length);
    });
  }

  it("tells which stem a found text fits, the first in the keys' order", () => {
    const scanner = phraseScanner(["международн* прав*", "встреч*", "встреча"], {
      spaced: true,
      prefixes: [],
    });
    expect(scanner.firstStem("международного права")).toBe(0);
    expect(scanner.firstStem("встречи")).toBe(1);
    expect(scanner.firstStem("собрание")).toBeUndefined();
    expect(scanner.find("на встрече", 0)).toEqual({ index: 3, length: 7 });
    expect(scanner.find("навстрече", 0)).toBeUndefined();
  });

  it("reads the words of a language written without spaces anywhere in the text", () => {
    const scanner = phraseScanner(["星期四下午", "星期四", "下午"], { spaced: false, prefixes: [] });
    const scan = scanner.find.bind(scanner);
    expect(byScanner(scan, "星期四下午有什么")).toEqual(["0:星期四下午"]);
    expect(byScanner(scan, "周四下午")).toEqual(["2:下午"]);
  });
});
