/**
 * The language boundary: no English word for understanding (a weekday, a month, a relative
 * day, a part of the day, a facet's question word, "now"/"next") appears in a pattern outside
 * the English lexicon. Reads every regular-expression literal and `new RegExp("…")` string in
 * `bot/` and `handlers/` with the TypeScript parser.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { phraseVariants } from "../../bot/language/compile.js";
import { englishCommands } from "../../bot/language/locales/en/commands.js";
import { englishGrammar } from "../../bot/language/locales/en/grammar.js";
import { english } from "../../bot/language/locales/en/lexicon.js";

const root = join(import.meta.dirname, "..", "..");

/**
 * Files that still read commands with patterns of their own, each with why. Keep it short:
 * moving one onto the lexicon removes its line.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Delegate- and POC-facing commands said as a whole message ("help", "my reminders", "stop",
  // "my details", "received", "calendar link", "my rsvps"; in all six languages) are data in
  // `bot/language/locales/<tag>/commands.ts`; the reminder and RSVP grammars with slots are
  // data in `bot/language/locales/<tag>/grammar.ts` (compiled by `bot/language/grammar.ts`).
  // Secretariat-only commands: "Secretariat-only reports may stay in English" (issue 16); the
  // ping-test, roster, broadcast, revision and POC directory commands are English data in
  // `bot/language/locales/en/grammar.ts`.
};

/** English words of understanding: the lexicon's own lists (words of four letters or more). */
const WORDS = [
  ...english.weekdayNames,
  ...[...english.months.keys()].filter((word) => word.length > 4),
  ...english.relativeDays.keys(),
  ...english.partsOfDay.keys(),
  ...english.facets.flatMap(({ phrases }) => phrases),
  ...english.nowWords,
  ...english.nextWords,
  ...english.previousWords,
  ...english.greetings,
].filter((word) => word.length >= 4 && /^[a-z ]+$/.test(word));
const WORD_PATTERN = new RegExp(`(?<![a-z])(?:${[...new Set(WORDS)].join("|")})(?![a-z])`, "i");

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => `${folder}/${name}`);
}

/** What `collect` finds in each node of a file's syntax tree, in order. */
function collectFrom(file: string, collect: (node: ts.Node, found: string[]) => void): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(root, file), "utf8"),
    ts.ScriptTarget.ES2022,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    collect(node, found);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A template's own text: its \${…} parts are code (names such as `lx.greetings`). */
function templateText(template: ts.TemplateLiteral): string {
  return ts.isNoSubstitutionTemplateLiteral(template)
    ? template.text
    : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join(" ");
}

/**
 * The text of every pattern in a file: regex literals, string arguments of `new RegExp`, and
 * `String.raw` templates (how this code writes a pattern's source kept in a constant).
 */
function patternsOf(file: string): string[] {
  return collectFrom(file, (node, found) => {
    if (ts.isRegularExpressionLiteral(node)) found.push(node.text);
    if (ts.isNewExpression(node) && node.expression.getText() === "RegExp") {
      const [first] = node.arguments ?? [];
      if (first && ts.isStringLiteralLike(first)) found.push(first.text);
      if (first && ts.isTemplateExpression(first)) found.push(templateText(first));
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === "String.raw")
      found.push(templateText(node.template));
  });
}

/** Every string a file writes: string literals and the text parts of templates. */
function stringsOf(file: string): string[] {
  return collectFrom(file, (node, found) => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    )
      found.push(node.text);
  });
}

/**
 * The English command data of several words ("reset my time zone", "24/7 phone", "my time zone
 * is"): whole-message commands, the POC field names and the time-zone statement's words.
 */
const COMMAND_PHRASES = new Set(
  [
    ...Object.values(englishCommands.commands).flat(),
    ...Object.keys(englishCommands.pocFields ?? {}),
    ...englishGrammar.timeZone.set,
  ]
    .flatMap(phraseVariants)
    .map((phrase) => phrase.toLowerCase())
    .filter((phrase) => phrase.includes(" ")),
);

/** The strings of every set a file builds from an array literal (a table of words: `new Set(["meeting", …])`). */
function setStringsOf(file: string): string[] {
  return collectFrom(file, (node, found) => {
    const array = node.parent;
    if (
      ts.isStringLiteralLike(node) &&
      ts.isArrayLiteralExpression(array) &&
      ts.isNewExpression(array.parent) &&
      array.parent.expression.getText() === "Set"
    )
      found.push(node.text);
  });
}

/** The lexicon's nouns for a meeting or session ("meeting", "sessions"), of one word. */
const MEETING_NOUNS = new Set(english.sessionNouns.filter((noun) => !noun.includes(" ")));

describe("the language boundary", () => {
  const files = [...sourceFiles("bot"), ...sourceFiles("handlers")].filter(
    (file) => !file.startsWith("bot/language/locales/"),
  );

  it("finds patterns to check (the scan itself works)", () => {
    expect(patternsOf("bot/language/compile.ts").length).toBeGreaterThan(5);
    expect(WORD_PATTERN.test("/\\b(thursday|tomorrow)\\b/")).toBe(true);
  });

  it("no English word for understanding in a pattern outside the English lexicon", () => {
    const offending = files
      .filter((file) => !Object.keys(ALLOWED).some((allowed) => file.startsWith(allowed)))
      .flatMap((file) =>
        patternsOf(file)
          .filter((pattern) => WORD_PATTERN.test(pattern))
          .map((pattern) => `${relative(root, join(root, file))}: ${pattern.slice(0, 80)}`),
      );
    expect(offending).toEqual([]);
  });

  it("the grammars moved onto the lexicon hold no word at all in a pattern", () => {
    // Flags, escapes (\b, \s), Unicode properties (\p{L}) and group names are not words.
    const wordless = (pattern: string) =>
      pattern
        .replace(/\/[a-z]*$/, "")
        .replace(/\\p\{[^}]*\}|\\[a-zA-Z]|\(\?<[a-zA-Z]+>/g, "")
        .match(/[a-z]{2,}/i) === null;
    const offending = [
      ...sourceFiles("handlers/rsvp"),
      ...sourceFiles("handlers/reminders"),
      ...sourceFiles("handlers/broadcast"),
      ...sourceFiles("handlers/revisions"),
      "handlers/ping/parse.ts",
      "handlers/roster/parse.ts",
      "handlers/poc/parse.ts",
      "handlers/poc/fields.ts",
      "handlers/time-zone.ts",
      "handlers/language.ts",
    ].flatMap((file) =>
      patternsOf(file)
        .filter((pattern) => !wordless(pattern))
        .map((pattern) => `${file}: ${pattern.slice(0, 80)}`),
    );
    expect(wordless("/\\b(?:stop|cancel)\\s+reminders/")).toBe(false);
    expect(offending).toEqual([]);
  });

  it("no handler or core file writes the English command words as a string (a table of words, a help example)", () => {
    // The scan itself: the English data holds the phrases, and a word table would be found.
    expect(COMMAND_PHRASES.has("reset my time zone")).toBe(true);
    expect(COMMAND_PHRASES.has("24/7 phone")).toBe(true);
    const offending = files.flatMap((file) =>
      stringsOf(file)
        .filter((text) => COMMAND_PHRASES.has(text.trim().toLowerCase()))
        .map((text) => `${file}: "${text}"`),
    );
    expect(offending).toEqual([]);
  });

  it("no handler or core file keeps a table of the English nouns for a meeting (the lexicon's meetingWords)", () => {
    const offending = files
      .filter((file) => !file.startsWith("bot/language/"))
      .flatMap((file) =>
        setStringsOf(file)
          .filter((text) => MEETING_NOUNS.has(text))
          .map((text) => `${file}: "${text}"`),
      );
    expect(offending).toEqual([]);
  });
});
