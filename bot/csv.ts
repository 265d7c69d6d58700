/**
 * CSV for the Secretariat's exports (broadcast, RSVP and ping reports), made safe to open in
 * a spreadsheet: a text cell that a spreadsheet would read as a formula (it starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, as OWASP advises
 * against CSV injection. A roster name such as `=HYPERLINK("http://evil.example","Click")`
 * then shows as text, not as a live link.
 *
 * Every exporter writes its CSV through {@link exportCsv}, so the rule is kept in one place.
 * Cells given as numbers are left alone; text cells are all checked, whatever their column:
 * a phone number such as "+41-1" is a formula too, so phone numbers are prefixed as well.
 * Counts and ISO timestamps start with a digit and never change. Imports are not affected:
 * they read what people typed.
 */
import { type Input, type Options, stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One text cell, neutralised: a leading apostrophe when a spreadsheet would read it as a formula.
 * @example neutraliseCell('=HYPERLINK("http://evil.example")') === `'=HYPERLINK("http://evil.example")`
 * @example neutraliseCell("+41 58 463 00 00") === "'+41 58 463 00 00"
 * @example neutraliseCell("2024-03-04T13:00:00.000Z") === "2024-03-04T13:00:00.000Z"
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * csv-stringify with every text cell passed through {@link neutraliseCell} (numbers untouched).
 * Takes csv-stringify's options (header, columns…); its `cast` is this function's own.
 * @example exportCsv([["name", "count"], ["=1+1", 2]]) === "name,count\n'=1+1,2\n"
 */
export function exportCsv(rows: Input, options: Omit<Options, "cast"> = {}): string {
  return stringify(rows, { ...options, cast: { string: neutraliseCell } });
}
