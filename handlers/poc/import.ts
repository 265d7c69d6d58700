/**
 * Reads the POC directory CSV (template: data/templates/poc-directory.csv), all or nothing:
 * every row is checked, and any problem rejects the whole file with a row-by-row report.
 */
import { z } from "zod";
import { readCsv } from "../../bot/people/csv-text.js";
import { describeRowIssues, type ImportResult } from "../../bot/people/roster-import.js";
import { stateCodeSchema } from "../../bot/people/schema.js";
import {
  emailListInputSchema,
  fingerprintInputSchema,
  hoursInputSchema,
  missingForType,
  type PocDetails,
  type PocType,
  phoneInputSchema,
  pocId,
  pocTypeSchema,
  textFieldSchema,
  timeZoneInputSchema,
} from "./schema.js";

/** Columns of the template, in order. */
export const POC_COLUMNS = [
  "state",
  "type",
  "name",
  "title",
  "organisation",
  "emails",
  "phone",
  "phone_24_7",
  "time_zone",
  "hours",
  "pgp_fingerprint",
  "last_confirmed",
] as const;

/**
 * Columns the directory export adds after the template's (the record's standing): an import
 * of an exported file reads past them.
 */
export const EXPORT_ONLY_COLUMNS = ["status", "next_due"] as const;

/** Columns every file must have (the others may be left out when no row needs them). */
export const REQUIRED_COLUMNS = [
  "state",
  "type",
  "name",
  "title",
  "organisation",
  "emails",
  "phone",
  "time_zone",
  "hours",
];

/** One valid row of the file. */
export interface PocImportRow {
  id: string;
  state: string;
  type: PocType;
  details: PocDetails;
  /**
   * From the optional last_confirmed column: a date, read as 12:00 UTC so that it shows as
   * the same calendar date in every zone from UTC−11 to UTC+11.
   */
  lastConfirmedAt?: string;
  row: number;
}

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

function rowSchema(state: string | undefined, now: Date) {
  return z.object({
    state: stateCodeSchema,
    type: pocTypeSchema,
    name: textFieldSchema("name"),
    title: textFieldSchema("title"),
    organisation: textFieldSchema("organisation"),
    emails: emailListInputSchema,
    phone: phoneInputSchema(state),
    phone_24_7: z.preprocess(blankToUndefined, phoneInputSchema(state).optional()),
    time_zone: timeZoneInputSchema,
    hours: hoursInputSchema,
    pgp_fingerprint: z.preprocess(blankToUndefined, fingerprintInputSchema.optional()),
    last_confirmed: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        // One reason per date: a wrong format is neither a calendar date nor in the future.
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "write the date as YYYY-MM-DD, e.g. 2024-05-09", abort: true })
        .refine(
          (date) =>
            !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
            new Date(`${date}T00:00:00Z`).toISOString().startsWith(date),
          {
            error: (issue) => `${String(issue.input)} is not a calendar date`,
            abort: true,
          },
        )
        .refine((date) => Date.parse(`${date}T00:00:00Z`) <= now.getTime(), {
          error: (issue) => `${String(issue.input)} is in the future`,
        })
        .optional(),
    ),
  });
}

/**
 * Checks a whole file. Row numbers are those of a spreadsheet (the header is row 1).
 * @example
 * const result = parsePocCsv(text, new Date());
 * if (!result.ok) console.log(result.problems.join("\n")); // "row 3: phone: "12345" is too short for a phone number in Kenya"
 */
export function parsePocCsv(text: string, now: Date): ImportResult<PocImportRow> {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  if (csv.rows.length === 0) return { ok: false, problems: ["The file has no rows under its header line."] };
  const header = csv.columns;
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  const known: readonly string[] = [...POC_COLUMNS, ...EXPORT_ONLY_COLUMNS];
  const unknown = header.filter((column) => !known.includes(column));
  const headerProblems: string[] = [];
  if (missing.length > 0) headerProblems.push(`Missing column(s): ${missing.join(", ")}.`);
  if (unknown.length > 0) headerProblems.push(`Unknown column(s): ${unknown.join(", ")}.`);
  if (headerProblems.length > 0) {
    return {
      ok: false,
      problems: [...headerProblems, `Expected the columns of the template: ${POC_COLUMNS.join(",")}`],
    };
  }

  const rows: PocImportRow[] = [];
  const problems: string[] = [];
  const rowOfId = new Map<string, number>();
  const stateOfEmail = new Map<string, { state: string; row: number }>();
  csv.rows.forEach(({ row: rowNumber, cells: raw }) => {
    const state = stateCodeSchema.safeParse(raw.state ?? "");
    // Duplicates and shared emails are found from the cells as written, so that they are
    // reported in the same round as the other problems, even when a row is invalid.
    const conflicts = conflictsOf(raw, rowNumber, rowOfId, stateOfEmail);
    const parsed = rowSchema(state.success ? state.data : undefined, now).safeParse(raw);
    if (!parsed.success) {
      const issues = describeRowIssues(rowNumber, parsed.error);
      problems.push(conflicts.length > 0 ? `${issues}; ${conflicts.join("; ")}` : issues);
      return;
    }
    const row = parsed.data;
    const details: PocDetails = {
      name: row.name,
      title: row.title,
      organisation: row.organisation,
      emails: row.emails,
      phone: row.phone,
      phone247: row.phone_24_7,
      timeZone: row.time_zone,
      hours: row.hours,
      pgpFingerprint: row.pgp_fingerprint,
    };
    const rowProblems = missingForType(row.type, details).map((message) =>
      message.includes("24/7") ? `phone_24_7: ${message}` : `pgp_fingerprint: ${message}`,
    );
    rowProblems.push(...conflicts);
    const id = pocId(row.state, row.type);
    if (rowProblems.length > 0) {
      problems.push(`row ${rowNumber}: ${rowProblems.join("; ")}`);
      return;
    }
    rows.push({
      id,
      state: row.state,
      type: row.type,
      details,
      lastConfirmedAt: row.last_confirmed ? `${row.last_confirmed}T12:00:00.000Z` : undefined,
      row: rowNumber,
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/**
 * A row's conflicts with the rows above it (one POC per State and type; an email of one
 * State only), read from the cells as written, valid or not; records the row's own for
 * the rows below.
 */
function conflictsOf(
  raw: Record<string, string>,
  rowNumber: number,
  rowOfId: Map<string, number>,
  stateOfEmail: Map<string, { state: string; row: number }>,
): string[] {
  const state = (raw.state ?? "").trim().toUpperCase();
  const type = (raw.type ?? "").trim().toLowerCase();
  const emails = (raw.emails ?? "")
    .split(/[;,\s]+/)
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email.includes("@"));
  const found: string[] = [];
  const id = `${state}:${type}`;
  const earlier = state && type ? rowOfId.get(id) : undefined;
  if (earlier !== undefined) {
    found.push(
      `${state} ${type} already appears on row ${earlier} (the directory holds one POC per State and type)`,
    );
  } else if (state && type) rowOfId.set(id, rowNumber);
  for (const email of new Set(emails)) {
    const owner = stateOfEmail.get(email);
    if (owner && owner.state !== state) {
      found.push(
        `emails: ${email} is already an email of ${owner.state}'s POC on row ${owner.row}; an email can belong to one State only`,
      );
    } else if (!owner) stateOfEmail.set(email, { state, row: rowNumber });
  }
  return found;
}
