/**
 * The pure part of an import: the new generation's records, the audit entries and the
 * summary, from the checked rows and the records as they stand. Fields come from the file;
 * confirmation dates, status and the due date are kept from the record when it has them,
 * except that a confirmed record whose fields the file changes is unconfirmed again (its
 * POC confirmed other values) and due within {@link RECONFIRM_DAYS}.
 */
import { displayField, EDITABLE_FIELDS } from "./fields.js";
import type { PocImportRow } from "./import.js";
import type { Actor, AuditEntry, PocRecord } from "./schema.js";
import { addDaysUtc, addMonthsUtc } from "./time.js";

/** What an import did. */
export interface ImportSummary {
  count: number;
  created: number;
  changed: number;
  unchanged: number;
  removed: number;
  byType: { diplomatic: number; technical: number };
  /** Values the POCs had set themselves that the file replaced (the Secretariat chose the file's). */
  overwritten: string[];
  /** Values the POCs had set themselves kept instead of the file's (the Secretariat's choice). */
  kept: string[];
  /** Confirmed records ("KEN diplomatic") whose fields the file changed: unconfirmed again. */
  unconfirmed: string[];
}

/** How long a confirmation holds. */
export const CONFIRMATION_MONTHS = 12;

/**
 * Days a POC has to confirm a record an import changed after they had confirmed it: the
 * campaign's first reminder is due at once (30 days before), then the usual cycle follows.
 */
export const RECONFIRM_DAYS = 30;

/**
 * What an import will write.
 * @example const { records, audit, summary } = mergeImport(rows, existing, actor, "2024-06-01T12:00:00.000Z");
 */
export interface MergedImport {
  records: PocRecord[];
  audit: AuditEntry[];
  /** `overwritten` and `kept` are left empty: they need the audit trail (see the repository). */
  summary: ImportSummary;
}

/**
 * Merges checked rows with the current records.
 * @example mergeImport(rows, new Map(), { email: "sec@un.org" }, "2024-06-01T12:00:00.000Z").summary.created // rows.length
 */
export function mergeImport(
  rows: readonly PocImportRow[],
  existing: ReadonlyMap<string, PocRecord>,
  actor: Actor,
  at: string,
): MergedImport {
  const audit: AuditEntry[] = [];
  const summary: ImportSummary = {
    count: rows.length,
    created: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    byType: { diplomatic: 0, technical: 0 },
    overwritten: [],
    kept: [],
    unconfirmed: [],
  };
  const records: PocRecord[] = rows.map((row) => {
    const before = existing.get(row.id);
    const lastConfirmedAt = latest(row.lastConfirmedAt, before?.lastConfirmedAt);
    const changes = EDITABLE_FIELDS.flatMap((field) => {
      const after = displayField(field, row.details);
      const was = before ? displayField(field, before) : undefined;
      return was === after ? [] : [{ field: field as string, before: was ?? null, after }];
    });
    if (before && lastConfirmedAt !== before.lastConfirmedAt) {
      changes.push({
        field: "lastConfirmedAt",
        before: before.lastConfirmedAt ?? null,
        after: lastConfirmedAt ?? "",
      });
    }
    // The POC confirmed the values the file replaces, not the file's: unless the file dates a
    // later confirmation itself, the record needs the POC's confirmation again.
    const fieldsChanged = changes.some((change) => change.field !== "lastConfirmedAt");
    const fileConfirms =
      row.lastConfirmedAt !== undefined &&
      row.lastConfirmedAt === lastConfirmedAt &&
      row.lastConfirmedAt !== before?.lastConfirmedAt;
    const unconfirm = before?.status === "confirmed" && fieldsChanged && !fileConfirms;
    if (unconfirm) {
      summary.unconfirmed.push(`${row.state} ${row.type}`);
      changes.push({ field: "status", before: "confirmed", after: "unconfirmed" });
    }
    summary.byType[row.type] += 1;
    if (!before) summary.created += 1;
    else if (changes.length > 0) summary.changed += 1;
    else summary.unchanged += 1;
    if (!before) audit.push(entry(row.id, at, actor, "record", null, "created by import"));
    else
      for (const change of changes)
        audit.push(entry(row.id, at, actor, change.field, change.before, change.after));
    return {
      id: row.id,
      state: row.state,
      type: row.type,
      ...row.details,
      status: unconfirm ? "unconfirmed" : lastConfirmedAt ? "confirmed" : (before?.status ?? "unconfirmed"),
      lastConfirmedAt,
      nextDueAt: unconfirm
        ? earliest(addDaysUtc(at, RECONFIRM_DAYS), before.nextDueAt)
        : lastConfirmedAt
          ? addMonthsUtc(lastConfirmedAt, CONFIRMATION_MONTHS)
          : (before?.nextDueAt ?? addMonthsUtc(at, CONFIRMATION_MONTHS)),
      version: before ? before.version + (changes.length > 0 ? 1 : 0) : 1,
      updatedAt: before && changes.length === 0 ? before.updatedAt : at,
    } satisfies PocRecord;
  });
  const kept = new Set(records.map((record) => record.id));
  for (const id of existing.keys()) {
    if (kept.has(id)) continue;
    summary.removed += 1;
    audit.push(entry(id, at, actor, "record", "present", "removed by import"));
  }

  return { records, audit, summary };
}

function entry(
  pocId: string,
  at: string,
  by: Actor,
  field: string,
  before: string | null,
  after: string | null,
): AuditEntry {
  return { pocId, at, by, source: "import", field, before, after };
}

function earliest(a: string, b: string): string {
  return a < b ? a : b;
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
