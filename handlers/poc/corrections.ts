/**
 * A POC's own corrections against a re-imported file. A field is the POC's own when the
 * latest change of it in the audit trail is a self-service one (the POC typed it in chat):
 * that stays true after an import that kept it, and stops being true once an import took
 * the file's value or the file itself carries the POC's value. Before an import writes
 * anything, every field where the file differs from such a value is listed, and the
 * Secretariat chooses: keep the POCs' values (the default) or take the file's.
 */
import { displayField, EDITABLE_FIELDS, type EditableField, fieldLabel } from "./fields.js";
import type { PocImportRow } from "./import.js";
import type { AuditEntry, PocDetails, PocRecord } from "./schema.js";
import { formatMoment } from "./time.js";

/** A field the file would overwrite although the POC set it themselves. */
export interface PocCorrection {
  pocId: string;
  state: string;
  type: string;
  field: EditableField;
  /** The value the POC set, as shown to people. */
  pocValue: string;
  /** The file's value, as shown to people. */
  fileValue: string;
  /** Who set it (their verified email) and when (ISO). */
  by: string;
  at: string;
}

/** What the Secretariat chose for the POCs' corrections. */
export type CorrectionChoice = "keep" | "file";

/**
 * The identity of a correction as shown: a choice made on one list does not cover a
 * correction made after it was shown (or a changed file).
 * @example correctionKey(c) === "KEN:technical|phone|+254 20 1234567|+254 20 7654321"
 */
export function correctionKey(correction: PocCorrection): string {
  return [correction.pocId, correction.field, correction.pocValue, correction.fileValue].join("|");
}

/**
 * Every field of the rows that differs from a value its POC set themselves.
 * @example findCorrections(rows, existing, await repository.allHistory()) // [{ pocId: "KEN:technical", field: "phone", … }]
 */
export function findCorrections(
  rows: readonly PocImportRow[],
  existing: ReadonlyMap<string, PocRecord>,
  trail: readonly AuditEntry[],
): PocCorrection[] {
  const latest = new Map<string, AuditEntry>();
  for (const entry of trail) latest.set(`${entry.pocId}|${entry.field}`, entry);
  const found: PocCorrection[] = [];
  for (const row of rows) {
    const record = existing.get(row.id);
    if (!record) continue;
    for (const field of EDITABLE_FIELDS) {
      const pocValue = displayField(field, record);
      const fileValue = displayField(field, row.details);
      if (pocValue === fileValue) continue;
      const last = latest.get(`${row.id}|${field}`);
      if (last?.source !== "self-service") continue;
      found.push({
        pocId: row.id,
        state: row.state,
        type: row.type,
        field,
        pocValue,
        fileValue,
        by: last.by.email ?? last.by.name ?? last.by.userId ?? "the POC",
        at: last.at,
      });
    }
  }
  return found;
}

/**
 * The rows with the POCs' values put back in the corrected fields ("keep the POCs' values").
 * @example keepPocValues(rows, corrections, existing)[0].details.phone // the POC's phone
 */
export function keepPocValues(
  rows: readonly PocImportRow[],
  corrections: readonly PocCorrection[],
  existing: ReadonlyMap<string, PocRecord>,
): PocImportRow[] {
  const kept = new Map<string, EditableField[]>();
  for (const correction of corrections) {
    kept.set(correction.pocId, [...(kept.get(correction.pocId) ?? []), correction.field]);
  }
  return rows.map((row) => {
    const fields = kept.get(row.id);
    const record = existing.get(row.id);
    if (!fields || !record) return row;
    const details: PocDetails = { ...row.details };
    for (const field of fields) {
      const value = record[field];
      if (value === undefined) delete details[field];
      else (details as Record<string, unknown>)[field] = value;
    }
    return { ...row, details };
  });
}

/**
 * One line per correction, for chat and the CLI.
 * @example describeCorrection(c) // "KEN technical — 24/7 phone: the POC set +254 20 1234567 (ann@ict.go.ke, Tue 3 Dec 2024, 10:00 AM New York time); the file has +254 20 7654321"
 */
export function describeCorrection(correction: PocCorrection, zone?: string): string {
  return `${correction.state} ${correction.type} — ${fieldLabel(correction.field, "en")}: the POC set ${correction.pocValue} (${correction.by}, ${formatMoment(correction.at, zone)}); the file has ${correction.fileValue}`;
}
