/**
 * Reading the Secretariat's CSV text (roster, POC directory) into cells by column, with the
 * row number of each record as a spreadsheet shows it: the header is row 1 and blank lines
 * count, so "row 10" is the 10th line from the header even when lines above it are empty.
 *
 * The separator is a comma, or a semicolon when the header line has semicolons and no comma:
 * Excel in locales whose decimal mark is a comma (most of Europe, Latin America) writes ";"
 * even under "CSV UTF-8 (Comma delimited)", so telling people to save it again would not
 * help. The header decides, because every file has several columns; a cell holding the
 * separator must be quoted either way (Excel does), else the row has too many cells and the
 * file is refused naming the row.
 */
import { CsvError, parse } from "csv-parse/sync";
import { currentLocale } from "../language/current.js";
import { say } from "../language/messages.js";
import { unsafeTextProblem } from "../unsafe-text.js";
import { encodingProblem } from "./text-file.js";

/** One record: its row number (header = 1) and its cells by lower-cased column name. */
export interface CsvRow {
  row: number;
  cells: Record<string, string>;
}

/** A file read: its columns (lower case, trimmed) and rows, or what is wrong with it. */
export type CsvText = { ok: true; columns: string[]; rows: CsvRow[] } | { ok: false; problems: string[] };

/**
 * The separator of a file, from its header line: ";" when it has ";" and no ",".
 * @example separatorOf("email;name;state;roles\n…") === ";"; separatorOf("email,name\n…") === ","
 */
export function separatorOf(text: string): "," | ";" {
  const header = firstLine(text);
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

function firstLine(text: string): string {
  return text.split("\n").find((line) => line.trim() !== "") ?? "";
}

/** Lines before the header (blank), so that row numbers start at the header. */
function linesBeforeHeader(text: string): number {
  return text.split("\n").findIndex((line) => line.trim() !== "");
}

const lineBreaks = (cells: Record<string, string>) =>
  Object.values(cells).reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0);

/**
 * Reads CSV text into rows keyed by header, reporting a malformed file as a problem.
 * @example readCsv("email,name\n\na@b.org,A") // { ok: true, columns: ["email", "name"], rows: [{ row: 3, cells: { email: "a@b.org", name: "A" } }] }
 */
export function readCsv(raw: string): CsvText {
  const encoding = encodingProblem(raw);
  if (encoding) return { ok: false, problems: [encoding] };
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const unsafe = unsafeTextProblem(text, "The file");
  if (unsafe) return { ok: false, problems: [unsafe] };
  if (text.trim() === "") return { ok: false, problems: ["The file is empty: no header line and no rows."] };
  const separator = separatorOf(text);
  const offset = linesBeforeHeader(text);
  let columns: string[] = [];
  // The line (from the top, 1-based) the last good record ended on: a bad one starts after it.
  let lastEnd = offset + 1;
  try {
    const records = parse(text, {
      on_record: (record: unknown, context: { lines: number }) => {
        lastEnd = context.lines;
        return record;
      },
      delimiter: separator,
      columns: (header: string[]) => {
        columns = header.map((h) => h.trim().toLowerCase());
        return columns;
      },
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
    const rows = records.map(({ record, info }) => ({
      // info.lines is the line the record ends on; a quoted cell may span several.
      row: info.lines - lineBreaks(record) - offset,
      cells: withoutExportApostrophes(record),
    }));
    return { ok: true, columns, rows };
  } catch (error) {
    return {
      ok: false,
      problems: [csvProblem(error, separator, offset, columns.length, startOfNext(text, lastEnd) - offset)],
    };
  }
}

/**
 * Cells as written, less the apostrophe the bot's own exports put before a cell a spreadsheet
 * would run as a formula (`bot/csv.ts`: "'+254 20 1234567"), so an exported file imports back.
 */
function withoutExportApostrophes(cells: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(cells).map(([column, value]) => [column, value.replace(/^'(?=[=+\-@])/, "")]),
  );
}

/** The first line with text after line `after` (1-based): where the record that failed starts. */
function startOfNext(text: string, after: number): number {
  const lines = text.split("\n");
  let line = after + 1;
  while (line <= lines.length && (lines[line - 1] ?? "").trim() === "") line += 1;
  return line;
}

/** Quote errors of csv-parse, in words, with the row the bad record starts on. */
function quoteProblem(error: CsvError, row: number): string | undefined {
  const locale = currentLocale();
  if (
    error.code === "CSV_INVALID_CLOSING_QUOTE" ||
    error.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE"
  ) {
    const got = /got "(.*?)"/.exec(error.message)?.[1] ?? "";
    return say(locale, "secretariat.csv.closingQuote", { row, got });
  }
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return say(locale, "secretariat.csv.quoteNotClosed", { row });
  if ((error.code as string) === "INVALID_OPENING_QUOTE")
    return say(locale, "secretariat.csv.openingQuote", { row });
  return undefined;
}

function csvProblem(error: unknown, separator: string, offset: number, columns: number, row: number): string {
  const quote = error instanceof CsvError ? quoteProblem(error, row) : undefined;
  if (quote) return quote;
  if (error instanceof CsvError && error.code === "CSV_RECORD_INCONSISTENT_COLUMNS") {
    const cells = Array.isArray(error.record) ? error.record.length : columns + 1;
    const hint =
      cells < columns
        ? "Every row needs a cell for each column, empty ones included"
        : separator === ";"
          ? `The file uses ";" as separator, so a cell holding ";" (several roles or emails) must be in double quotes`
          : 'A cell holding a comma must be in double quotes, e.g. "García, María"';
    return `row ${Number(error.lines) - offset} has ${cells} cells but the header has ${columns}. ${hint}.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `The file is not valid CSV: ${message}${separator === ";" ? ' (it uses ";" as separator)' : ""}`;
}
