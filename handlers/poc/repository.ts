/**
 * Where the POC directory lives, in its own store namespace:
 *
 *   directory                      the pointer: which generation of records is current (written last)
 *   rec:<generation>:<pocId>       one record per POC of that generation
 *   audit:<pocId>:<iso>:<seq>      one field change, append-only (claimed with setIfAbsent)
 *   view:<pocId>:<iso>:<seq>       one view of a record by the Secretariat, append-only
 *
 * An import writes a new generation's records, then the pointer: a crash before the pointer
 * leaves only invisible records of an unused generation.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { ConflictError, InputError, StoreError } from "../../bot/errors.js";
import { missingList, REMOVE_MISSING, type RemovalPolicy } from "../../bot/people/removals.js";
import type { Store } from "../../bot/store/port.js";
import {
  type CorrectionChoice,
  correctionKey,
  describeCorrection,
  findCorrections,
  keepPocValues,
  type PocCorrection,
} from "./corrections.js";
import type { PocImportRow } from "./import.js";
import { type ImportSummary, type MergedImport, mergeImport, RECONFIRM_DAYS } from "./merge.js";

export { CONFIRMATION_MONTHS, type ImportSummary } from "./merge.js";

import {
  type Actor,
  type AuditEntry,
  auditEntrySchema,
  type DirectoryPointer,
  directoryPointerSchema,
  type PocRecord,
  pocRecordSchema,
  type ViewEntry,
  viewEntrySchema,
} from "./schema.js";

/**
 * An import's summary in words.
 * @example describeSummary({ count: 1, created: 1, changed: 0, unchanged: 0, removed: 0, byType: { diplomatic: 0, technical: 1 }, overwritten: [], kept: [], unconfirmed: [] })
 * // "1 POC record (0 diplomatic, 1 technical): 1 new, 0 changed, 0 unchanged, 0 removed"
 */
export function describeSummary(s: ImportSummary): string {
  const counts = `${s.count} POC record${s.count === 1 ? "" : "s"} (${s.byType.diplomatic} diplomatic, ${s.byType.technical} technical): ${s.created} new, ${s.changed} changed, ${s.unchanged} unchanged, ${s.removed} removed`;
  const n = s.unconfirmed.length;
  const unconfirmed =
    n === 0
      ? ""
      : `. ${n} confirmed record${n === 1 ? " was" : "s were"} changed by the file and went back to unconfirmed; ${n === 1 ? "its POC is" : "their POCs are"} asked to confirm again within ${RECONFIRM_DAYS} days: ${missingList(s.unconfirmed)}`;
  const kept =
    s.kept.length === 0
      ? ""
      : `. Kept ${s.kept.length} value${s.kept.length === 1 ? "" : "s"} the POCs had set themselves instead of the file's: ${s.kept.join("; ")}`;
  const overwritten =
    s.overwritten.length === 0
      ? ""
      : `. As you chose, the file's values replaced ${s.overwritten.length} value${s.overwritten.length === 1 ? "" : "s"} the POCs had set themselves: ${s.overwritten.join("; ")}`;
  return `${counts}${unconfirmed}${kept}${overwritten}`;
}

/** What an import did, or the POCs' corrections it needs a choice on before writing anything. */
export type ImportOutcome =
  | { kind: "imported"; summary: ImportSummary }
  | { kind: "choose"; corrections: PocCorrection[] };

/** How an import treats fields the POCs set themselves that the file would change. */
export interface CorrectionsPolicy {
  /** "ask": write nothing and list them; "keep" (the POCs' values) or "file": the Secretariat's choice. */
  corrections: "ask" | CorrectionChoice;
  /**
   * The corrections the Secretariat was shown (by {@link correctionKey}) when choosing: one
   * not among them (a POC corrected a field since) is asked about again. Absent: the choice
   * holds for whatever corrections there are (the CLI's `--poc-corrections`).
   */
  seen?: readonly string[];
}

/**
 * Thrown by {@link PocRepository.replaceDirectory} when POCs' own corrections need the
 * Secretariat's choice; nothing was written.
 */
export class CorrectionsNeedChoiceError extends InputError {
  constructor(readonly corrections: PocCorrection[]) {
    super(
      `Nothing was imported: the file would overwrite ${corrections.length} value(s) the POCs set themselves (${corrections.map((c) => describeCorrection(c)).join("; ")}). Choose to keep the POCs' values or take the file's.`,
    );
  }
}

/** How often an import merges again when POC records changed while it ran. */
const IMPORT_ATTEMPTS = 3;

/**
 * @example
 * const directory = new PocRepository(store.namespace("poc"));
 * const mine = await directory.forEmail(ctx.user.verifiedEmail);
 */
export class PocRepository {
  constructor(private readonly store: Store) {}

  /** The current generation, or undefined before the first import. */
  pointer(): Promise<DirectoryPointer | undefined> {
    return this.store.get("directory", directoryPointerSchema);
  }

  /** Every current record, by State then type. */
  async all(): Promise<PocRecord[]> {
    return this.recordsOf(await this.pointer());
  }

  /** One current record by id (`"KEN:technical"`). */
  async get(id: string): Promise<PocRecord | undefined> {
    const pointer = await this.pointer();
    return pointer ? this.store.get(`rec:${pointer.generation}:${id}`, pocRecordSchema) : undefined;
  }

  /** The records one of whose emails is `email` (a verified email; never one somebody typed). */
  async forEmail(email: string | undefined): Promise<PocRecord[]> {
    const wanted = email?.trim().toLowerCase();
    if (!wanted) return [];
    return (await this.all()).filter((record) => record.emails.includes(wanted));
  }

  /**
   * Writes one record of the current generation (a test fixture, or a change made without
   * reading first). Changes that depend on what is stored go through {@link update}.
   */
  async save(record: PocRecord): Promise<void> {
    const pointer = await this.pointer();
    if (!pointer) throw new StoreError("The POC directory has not been imported yet");
    await this.store.set(`rec:${pointer.generation}:${record.id}`, pocRecordSchema.parse(record));
  }

  /**
   * Changes one record of the current generation without losing a concurrent change (two
   * POCs sharing a record, confirming at the same moment): `change` gets the record as
   * stored and returns the new one, or `undefined` to leave it; the write happens only if
   * the record is still what `change` saw (the store's compare-and-replace), else `change`
   * runs again on the newer record. `trail` gives the change's audit entries: they are
   * written with the record in one atomic store operation (`Store.updateTogether`), so a
   * change is never stored without its entries, nor entries without their change. Resolves
   * with what was written, or `undefined` (also when an import replaced the directory first).
   * @example const saved = await directory.update("KEN:technical", (r) => r?.version === 3 ? { ...r, phone, version: 4 } : undefined);
   */
  async update(
    id: string,
    change: (record: PocRecord | undefined) => PocRecord | undefined,
    trail: (written: PocRecord) => readonly AuditEntry[] = () => [],
  ): Promise<PocRecord | undefined> {
    const pointer = await this.pointer();
    if (!pointer) throw new StoreError("The POC directory has not been imported yet");
    // The change and its audit entries in one atomic write, made only if the record is still
    // what `change` saw and the directory still this generation (an import switching
    // meanwhile makes it decline: reported as not done).
    return this.store.updateTogether(
      `rec:${pointer.generation}:${id}`,
      pocRecordSchema,
      (current, watched) => {
        if ((watched.directory as DirectoryPointer | undefined)?.generation !== pointer.generation)
          return undefined;
        const next = change(current);
        if (next === undefined) return undefined;
        const written = pocRecordSchema.parse(next);
        const tag = randomUUID().slice(0, 8);
        return {
          value: written,
          also: trail(written).map((item, index) => ({
            // Unique to this write (its tag), so no claim is needed; after a claimed entry of the same instant.
            key: `audit:${item.pocId}:${item.at}:${String(index).padStart(4, "0")}-${tag}`,
            value: auditEntrySchema.parse(item),
          })),
        };
      },
      ["directory"],
    );
  }

  /**
   * What importing `rows` with `policy` would do now, writing nothing (shown before a held
   * import): the same plan {@link importDirectory} makes, so the approver reads the counts the
   * import will give; or the POCs' corrections still needing a choice.
   * @example await directory.previewImport(rows, actor, now) // { kind: "imported", summary } ("3 POC records (…): 1 new, 2 changed, …" by describeSummary)
   */
  async previewImport(
    rows: readonly PocImportRow[],
    actor: Actor,
    now: Date,
    policy: CorrectionsPolicy = { corrections: "ask" },
  ): Promise<ImportOutcome> {
    const existing = await this.byId(await this.pointer());
    const plan = await this.planImport(rows, existing, actor, now.toISOString(), policy);
    return plan.kind === "choose" ? plan : { kind: "imported", summary: plan.merged.summary };
  }

  /**
   * The records, trail and summary importing `rows` over `existing` gives under `policy`, or
   * the POCs' corrections that still need the Secretariat's choice.
   */
  private async planImport(
    rows: readonly PocImportRow[],
    existing: ReadonlyMap<string, PocRecord>,
    actor: Actor,
    at: string,
    policy: CorrectionsPolicy,
  ): Promise<{ kind: "choose"; corrections: PocCorrection[] } | { kind: "plan"; merged: MergedImport }> {
    const corrections = await this.correctionsOf(rows, existing);
    const seen = policy.seen === undefined ? undefined : new Set(policy.seen);
    if (
      corrections.length > 0 &&
      (policy.corrections === "ask" || (seen && corrections.some((c) => !seen.has(correctionKey(c)))))
    ) {
      return { kind: "choose", corrections };
    }
    const keep = policy.corrections === "keep";
    const applied = keep ? keepPocValues(rows, corrections, existing) : rows;
    const merged = mergeImport(applied, existing, actor, at);
    const described = corrections.map((c) => describeCorrection(c));
    if (keep) merged.summary.kept = described;
    else merged.summary.overwritten = described;
    return { kind: "plan", merged };
  }

  /**
   * {@link importDirectory} for callers that have made their choice on the POCs'
   * corrections (or hold none): throws {@link CorrectionsNeedChoiceError} when a choice is
   * still needed, writing nothing.
   */
  async replaceDirectory(
    rows: readonly PocImportRow[],
    actor: Actor,
    now: Date,
    removals: RemovalPolicy = REMOVE_MISSING,
    policy: CorrectionsPolicy = { corrections: "ask" },
  ): Promise<ImportSummary> {
    const outcome = await this.importDirectory(rows, actor, now, removals, policy);
    if (outcome.kind === "choose") throw new CorrectionsNeedChoiceError(outcome.corrections);
    return outcome.summary;
  }

  /**
   * Replaces the directory with checked rows, all or nothing. The new generation's records
   * are written first (invisible), then the pointer and every audit entry of the import in
   * one atomic write of the store ({@link Store.setAll}): a crash or a kill at any moment
   * leaves either the old directory with its trail, or the new one with all of its entries.
   * Confirmation dates of records that stay are kept.
   *
   * Before writing, fields where the file differs from a value the POC set themselves are
   * looked for: with `policy.corrections` "ask" (or a correction not in `policy.seen`)
   * nothing is written and they are returned for the Secretariat to choose.
   *
   * A POC who confirms or corrects their record while the import runs writes to the
   * generation the import read. So before switching, the import reads the records again;
   * if any changed, it merges again from them (a new correction the file overwrites is
   * asked about), up to 3 times, then gives up with a ConflictError and changes nothing.
   */
  async importDirectory(
    rows: readonly PocImportRow[],
    actor: Actor,
    now: Date,
    removals: RemovalPolicy = REMOVE_MISSING,
    policy: CorrectionsPolicy = { corrections: "ask" },
  ): Promise<ImportOutcome> {
    const at = now.toISOString();
    for (let attempt = 1; ; attempt += 1) {
      const previous = await this.pointer();
      const existing = await this.byId(previous);
      const plan = await this.planImport(rows, existing, actor, at, policy);
      if (plan.kind === "choose") return plan;
      const { records, audit, summary } = plan.merged;
      if (summary.removed > 0 && !removals.removeMissing) {
        const kept = new Set(records.map((record) => record.id));
        const missing = [...existing.values()].filter((record) => !kept.has(record.id));
        throw new InputError(
          `This file lacks ${missing.length} record${missing.length === 1 ? "" : "s"} the directory holds (${missingList(missing.map((record) => `${record.state} ${record.type}`))}), which the import would remove, so nothing was imported. If they should go, ${removals.retryHint}.`,
        );
      }
      const tag = randomUUID().slice(0, 8);
      const generation = `${at.replace(/[-:.]/g, "")}-${tag}`;
      for (const record of records)
        await this.store.set(`rec:${generation}:${record.id}`, pocRecordSchema.parse(record));
      const pointer: DirectoryPointer = {
        generation,
        importedAt: at,
        importedBy: actor.email ?? actor.name ?? "unknown",
        count: records.length,
      };
      // The switch and the trail together, in one atomic write made only if the pointer and
      // every record the merge read are still as read: a POC's change written meanwhile
      // makes it decline, and the import merges again from it (never loses it).
      const ids = [...existing.keys()];
      const watched = previous ? ids.map((id) => `rec:${previous.generation}:${id}`) : [];
      const switched = await this.store.updateTogether(
        "directory",
        directoryPointerSchema,
        (current, seen) => {
          if (current?.generation !== previous?.generation) return undefined;
          for (const [index, key] of watched.entries()) {
            const stored = seen[key] as { version?: number } | undefined;
            if (stored?.version !== existing.get(ids[index] ?? "")?.version) return undefined;
          }
          return {
            value: pointer,
            also: audit.map((item, index) => ({
              // Unique to this import (its tag), so no claim is needed; sorted after entries of the same instant.
              key: `audit:${item.pocId}:${item.at}:${String(index).padStart(6, "0")}-${tag}`,
              value: auditEntrySchema.parse(item),
            })),
          };
        },
        watched,
      );
      if (!switched) {
        for (const record of records) await this.store.delete(`rec:${generation}:${record.id}`);
        if (attempt < IMPORT_ATTEMPTS) continue;
        throw new ConflictError(
          "POC records kept changing while the directory was being imported (POCs confirming or correcting theirs). Nothing was imported; please import the file again.",
        );
      }
      if (previous) {
        for (const id of existing.keys()) await this.store.delete(`rec:${previous.generation}:${id}`);
      }
      return { kind: "imported", summary };
    }
  }

  /** The POCs' own corrections the rows would overwrite (reads the trail only when a row differs). */
  private async correctionsOf(
    rows: readonly PocImportRow[],
    existing: ReadonlyMap<string, PocRecord>,
  ): Promise<PocCorrection[]> {
    const differs = rows.some((row) => existing.has(row.id));
    if (!differs) return [];
    const trail = (await this.store.list("audit:", auditEntrySchema)).map((item) => item.value);
    return findCorrections(rows, existing, trail);
  }

  /** The records of the generation a pointer names (none without one). */
  private async recordsOf(pointer: DirectoryPointer | undefined): Promise<PocRecord[]> {
    if (!pointer) return [];
    return (await this.store.list(`rec:${pointer.generation}:`, pocRecordSchema)).map((entry) => entry.value);
  }

  /** The same, by id. */
  private async byId(pointer: DirectoryPointer | undefined): Promise<Map<string, PocRecord>> {
    return new Map((await this.recordsOf(pointer)).map((record) => [record.id, record]));
  }

  /** Appends audit entries; never overwrites one (each key is claimed atomically). */
  async appendAudit(entries: readonly AuditEntry[]): Promise<void> {
    for (const item of entries) await this.append("audit", auditEntrySchema.parse(item));
  }

  /** A record's audit trail, oldest first. */
  async history(pocId: string): Promise<AuditEntry[]> {
    return (await this.store.list(`audit:${pocId}:`, auditEntrySchema)).map((item) => item.value);
  }

  /** Records one view of a record's contact details by the Secretariat. */
  async logView(view: ViewEntry): Promise<void> {
    await this.append("view", viewEntrySchema.parse(view));
  }

  /** Views of one record (or of every record), oldest first. */
  async views(pocId?: string): Promise<ViewEntry[]> {
    return (await this.store.list(pocId ? `view:${pocId}:` : "view:", viewEntrySchema)).map(
      (item) => item.value,
    );
  }

  private async append(
    kind: "audit" | "view",
    value: z.output<typeof auditEntrySchema> | ViewEntry,
  ): Promise<void> {
    for (let seq = 0; seq < 10_000; seq += 1) {
      const key = `${kind}:${value.pocId}:${value.at}:${String(seq).padStart(4, "0")}`;
      if (await this.store.setIfAbsent(key, value)) return;
    }
    throw new StoreError(`Could not append a ${kind} entry for ${value.pocId}`);
  }
}
