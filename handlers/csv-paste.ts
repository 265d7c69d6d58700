/**
 * CSV lines pasted with no command ("KEN,Jane Doe,jane@example.org,+254 …"): no feature reads
 * them, and read as a question they would get a programme answer. They get one answer, in
 * the person's language, saying how to import a roster or POC directory (a file, or the
 * lines under "import roster" / "import poc directory"); nothing is changed. Placed after the
 * language module (the answer's language) and before every feature.
 */
import { say } from "../bot/language/messages.js";
import type { HandlerModule } from "../bot/module.js";
import { ROSTER_COLUMNS } from "../bot/people/roster-import.js";
import { EXPORT_ONLY_COLUMNS, POC_COLUMNS } from "./poc/import.js";

/** Fewest cells that make a line a CSV row (the roster has 4 columns, the directory 12). */
const MIN_CELLS = 4;

/** One e-mail address. */
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/**
 * The message is lines of a CSV file: at least {@link MIN_CELLS} cells split by commas,
 * semicolons or tabs, most of them not followed by a space (a file's are not, a sentence's
 * are), the first cell a single token (a State code, an e-mail, a column name), and an e-mail
 * address among the cells (a pasted file's line breaks may have been folded into spaces); or
 * the message starts with the header line of a roster or directory file ({@link startsWithCsvHeader}).
 * Sentences with commas and commands with lists ("my email is a@x.org; b@y.org") are not.
 * @example looksLikeCsvLines("KEN,Jane Doe,jane@example.org,+254 712 345678") === true
 */
export function looksLikeCsvLines(text: string): boolean {
  // A message without a separator is no file's line (every message is asked).
  if (!CELL_SEPARATOR.test(text)) return false;
  const trimmed = text.trim();
  if (startsWithCsvHeader(trimmed)) return true;
  const cells = trimmed.split(/[,;\t]/);
  if (cells.length < MIN_CELLS) return false;
  const spaced = trimmed.match(/[,;]\s/g)?.length ?? 0;
  if (spaced * 2 > cells.length - 1) return false;
  const first = cells[0]?.trim() ?? "";
  if (first === "" || /\s/.test(first)) return false;
  return cells.some((cell) =>
    cell
      .trim()
      .split(/\s+/)
      .some((word) => EMAIL.test(word)),
  );
}

const CELL_SEPARATOR = /[,;\t]/;

/** The column names of the roster's and the POC directory's files (template and export). */
const FILE_COLUMNS: ReadonlySet<string> = new Set<string>([
  ...ROSTER_COLUMNS,
  ...POC_COLUMNS,
  ...EXPORT_ONLY_COLUMNS,
]);

/** Fewest column names that make a header line (a sentence rarely starts with three, comma-joined). */
const MIN_HEADER_COLUMNS = 3;

/**
 * The message starts with the header line of a roster or POC directory file: at least
 * {@link MIN_HEADER_COLUMNS} of their column names, in any case and optionally quoted, joined by
 * commas, semicolons or tabs with no space after (a sentence's list has one), and no question
 * mark at the end. The line may go on into a first row when the paste's line breaks were
 * folded into spaces ("state,type,name,title KEN,technical,…"). Finds a file whose rows hold
 * no e-mail address, which {@link looksLikeCsvLines} needs otherwise.
 * @example startsWithCsvHeader("email,name,state,roles\n,Ann Mwangi,KEN,delegate") === true
 * @example startsWithCsvHeader("name, state and roles please") === false
 */
export function startsWithCsvHeader(text: string): boolean {
  if (text.endsWith("?")) return false;
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  if (/[,;] /.test(header)) return false;
  const cells = header.split(/[,;\t]/).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .toLowerCase(),
  );
  let columns = 0;
  while (columns < cells.length && FILE_COLUMNS.has(cells[columns] ?? "")) columns += 1;
  return columns >= MIN_HEADER_COLUMNS;
}

/** Answers CSV lines pasted alone with how to import them; changes nothing. */
export const csvPaste: HandlerModule = {
  name: "csv-paste",
  install(router) {
    router.useOnMessages(
      (ctx) => looksLikeCsvLines(ctx.event.asWritten ?? ctx.event.text),
      async (ctx) => {
        await ctx.reply(say(ctx.locale, "file.pastedCsv"));
      },
    );
  },
};
