/**
 * Parses a roster CSV (`email,name,state,roles`) into people, all or nothing: every row
 * is checked, and any invalid row rejects the whole file with a row-by-row report.
 */
import type { z } from "zod";
import { readCsv } from "./csv-text.js";
import { type Person, personSchema, type Role } from "./schema.js";

/** Words accepted in the roles column, mapped to roles. */
const ROLE_WORDS: Record<string, Role> = {
  head_of_delegation: "head_of_delegation",
  "head of delegation": "head_of_delegation",
  hod: "head_of_delegation",
  delegate: "delegate",
  poc: "poc",
  "point of contact": "poc",
  secretariat: "secretariat",
};

/** The outcome of checking a file: the people, or what is wrong row by row. */
export type ImportResult<T> = { ok: true; rows: T[] } | { ok: false; problems: string[] };

/** A checked roster file: its people and the columns it has. */
export type RosterFile = { ok: true; rows: Person[]; columns: string[] } | { ok: false; problems: string[] };

/** The roster's columns, in the template's order. */
export const ROSTER_COLUMNS = ["email", "name", "state", "roles"] as const;

/** Columns every roster file must have; `state` may be left out when nobody has one. */
const REQUIRED_COLUMNS = ["email", "name", "roles"];

/**
 * Turns zod issues of one row into one readable line.
 * @example "row 3: email: "bob@" is not a valid email address"
 */
export function describeRowIssues(row: number, error: z.ZodError): string {
  const parts = error.issues.map((issue) => `${issue.path.join(".") || "row"}: ${issue.message}`);
  return `row ${row}: ${parts.join("; ")}`;
}

/**
 * Tidies CSV pasted into a chat message: unifies line breaks, turns "smart" quotes back into
 * plain ones, and strips a code fence. Control and invisible characters are left in, so that
 * the import refuses them ({@link readCsv} through `bot/unsafe-text.ts`) instead of storing
 * a text other than the one pasted.
 * @example cleanPastedCsv("```\na,b\n```") === "a,b"
 */
export function cleanPastedCsv(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/^\s*```[a-z]*\s*\n?/i, "")
    .replace(/\n?\s*```\s*$/, "")
    .trim();
}

/**
 * @example
 * const result = parseRosterCsv("email,name,state,roles\nann@mission.ke,Ann,KEN,head of delegation");
 * // { ok: true, rows: [{ email: "ann@mission.ke", name: "Ann", state: "KEN", roles: ["head_of_delegation"] }], columns: ["email", "name", "state", "roles"] }
 */
export function parseRosterCsv(text: string): RosterFile {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  if (csv.rows.length === 0) return { ok: false, problems: ["The file has no rows under its header line."] };
  const missing = REQUIRED_COLUMNS.filter((column) => !csv.columns.includes(column));
  const unknown = csv.columns.filter((column) => !(ROSTER_COLUMNS as readonly string[]).includes(column));
  if (missing.length > 0 || unknown.length > 0)
    return {
      ok: false,
      problems: [
        ...(missing.length > 0 ? [`Missing column(s): ${missing.join(", ")}.`] : []),
        // Refused rather than ignored, as in the POC import: a "Phone" column the roster
        // does not keep would otherwise be dropped without a word.
        ...(unknown.length > 0 ? [`Unknown column(s): ${unknown.join(", ")}.`] : []),
        `Expected the columns of the template: ${ROSTER_COLUMNS.join(",")} (state may be empty for the Secretariat)`,
      ],
    };

  const people: Person[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  csv.rows.forEach(({ row: rowNumber, cells: row }) => {
    const roleWords = (row.roles ?? "")
      .split(/[;|,]/)
      .map((word) => word.trim().toLowerCase())
      .filter(Boolean);
    const unknown = roleWords.filter((word) => !(word in ROLE_WORDS));
    const parsed = personSchema.safeParse({
      email: row.email,
      name: row.name,
      state: row.state ? row.state : undefined,
      roles: roleWords.flatMap((word) => (ROLE_WORDS[word] ? [ROLE_WORDS[word]] : [])),
    });
    // One line per row: an unknown role word replaces the schema's "no role" complaint.
    const issues = parsed.success
      ? []
      : parsed.error.issues
          .filter((issue) => !(unknown.length > 0 && issue.path[0] === "roles"))
          .map((issue) => `${issue.path.join(".") || "row"}: ${issue.message}`);
    if (unknown.length > 0) {
      issues.push(
        `roles: unknown role(s) ${unknown.map((w) => `"${w}"`).join(", ")}; use head of delegation, delegate, poc or secretariat`,
      );
    }
    if (issues.length > 0) problems.push(`row ${rowNumber}: ${issues.join("; ")}`);
    else if (parsed.success && seen.has(parsed.data.email)) {
      problems.push(
        `row ${rowNumber}: email: ${parsed.data.email} already appears on row ${seen.get(parsed.data.email)}`,
      );
    } else if (parsed.success) {
      seen.set(parsed.data.email, rowNumber);
      people.push({ ...parsed.data, roles: [...new Set(parsed.data.roles)] });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: people, columns: csv.columns };
}
