/**
 * `normalizeText` is written for speed (an ASCII path, merged passes); it must spell every
 * text exactly as the plain rule-by-rule version does, which this file keeps as the reference.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../bot/language/normalise.js";

/** The rules one `replace` each, in their order: what `normalizeText` must equal. */
function reference(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
      const code = digit.charCodeAt(0);
      return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
    })
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/\u0671/g, "\u0627")
    .replace(/\u0649/g, "\u064a")
    .replace(/\u0629/g, "\u0647")
    .replace(/\u061f/g, "?")
    .replace(/\u060c/g, ",")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\p{Cc}\p{Cf}]/gu, " ");
}

describe("normalizeText", () => {
  it.each([
    ["Où est la Réception", "ou est la reception"],
    ["WHAT'S ON `TODAY`?", "what's on 'today'?"],
    ["¿Qué hay el MIÉRCOLES?", "¿que hay el miercoles?"],
    ["Что в ИЮЛЕ?", "что в июле?"],
    ["ماذا يوجد يوم الخميس؟", "ماذا يوجد يوم الخميس?"],
    ["الساعة ١٠:٣٠ و ۱۵", "الساعه 10:30 و 15"],
    ["\u201cquoted\u201d \u00abguillemets\u00bb l\u2019heure", '"quoted" "guillemets" l\'heure'],
    ["10\u201312 \u2212 3", "10-12 - 3"],
    ["a\tb\u200bc\u0007d", "a b c d"],
    ["ﬁn ＡＢＣ", "fin abc"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  it("spells every fixture question as the rule-by-rule version does", () => {
    const folder = new URL("../fixtures/", import.meta.url);
    const questions = readdirSync(folder)
      .filter((name) => name.startsWith("programme-questions"))
      .flatMap((name) => {
        const { cases } = JSON.parse(readFileSync(new URL(name, folder), "utf8")) as {
          cases: Array<{ q: string; followUp?: string }>;
        };
        return cases.flatMap(({ q, followUp }) => (followUp ? [q, followUp] : [q]));
      });
    expect(questions.length).toBeGreaterThan(400);
    for (const question of questions) expect(normalizeText(question)).toBe(reference(question));
  });

  it("spells any text as the rule-by-rule version does", () => {
    // Characters every rule touches, their neighbours, and anything else.
    const special = fc.constantFrom(
      ..."aZ`´'\"-\t\n\u007f\u0085\u00ad\u200b\u200e\u2060\ufeffÀéÑçİıẞ\u0301\u0308ﬁＡ①",
      ..."\u0600\u060c\u061f\u0627\u0629\u0640\u064a\u064b\u0651\u065f\u0660\u0669\u066a\u0670\u0671\u0649\u06f0\u06f9\u06fa",
      ..."\u2010\u2013\u2015\u2016\u2018\u2019\u201c\u201d\u00ab\u00bb\u02bc\u2212",
      "\u{e0001}",
      "\u{1d173}",
      "\ud800",
    );
    const unit = fc.oneof(
      special,
      fc.string({ unit: "grapheme", maxLength: 1 }),
      fc.string({ maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
