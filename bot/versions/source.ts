/**
 * The programme source: the catalogue every handler reads (`deps.catalogue`) comes from here.
 * Versions live in the store (`programme` namespace): `v:000001`… hold each version's files,
 * author, time and changes; `current` points at the one in force. The files in `data/` are
 * version 1 (written to the store the first time anything is published). Each replica polls
 * `current` every few seconds and swaps its catalogue when the version changed, so every
 * replica on one Redis answers from the same version within one polling interval.
 */
import { ConflictError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { Catalogue } from "../programme/catalogue.js";
import { describeIssue } from "../programme/errors.js";
import { markRevision, type RevisionMark } from "../programme/revision-of.js";
import type { Store } from "../store/port.js";
import { catalogueFromFiles } from "./files.js";
import {
  type Change,
  currentSchema,
  type ProgrammeFile,
  type VersionRecord,
  versionRecordSchema,
} from "./model.js";

/** Default polling interval of the `current` pointer. */
export const DEFAULT_REFRESH_MS = 2_000;

/**
 * When an occurrence last changed: the change, its version and when it was published.
 * @example source.lastChange("oewg-7-2024-03-07-pm") // { change: { kind: "moved", before: "Thu 7 Mar, 3:00 PM–6:00 PM", … }, version: 2, at: "2024-03-05T14:00:00.000Z" }
 */
export interface DatedChange {
  change: Change;
  version: number;
  at: string;
}

const versionKey = (version: number) => `v:${String(version).padStart(6, "0")}`;

/**
 * @example
 * const source = new ProgrammeSource(store.namespace("programme"), { catalogue, files: () => dataFiles() }, log);
 * await source.refresh(); source.start();
 * source.catalogue.byId.get("oewg-7-2024-03-07-pm");
 */
export class ProgrammeSource {
  private current: { version: number; catalogue: Catalogue; files?: ProgrammeFile[] };
  private changes = new Map<string, DatedChange[]>();
  /** Per file name: the last version that changed its text (version 1 = data/ not counted). */
  private fileRevisions = new Map<string, RevisionMark>();
  /** The version whose change history was last read (undefined: never). */
  private changesFor?: number;
  private timer?: NodeJS.Timeout;
  private refreshing?: Promise<boolean>;
  private readonly listeners: Array<(version: number) => void> = [];

  constructor(
    private readonly store: Store,
    private readonly initial: { catalogue: Catalogue; files: () => ProgrammeFile[] },
    private readonly log?: Logger,
  ) {
    this.current = { version: 1, catalogue: initial.catalogue };
  }

  /** Version 1's files, read (or written out) only when first needed. */
  private firstFiles(): ProgrammeFile[] {
    this.firstFilesMemo ??= this.initial.files();
    return this.firstFilesMemo;
  }

  private firstFilesMemo?: ProgrammeFile[];

  /** The catalogue in force on this replica. */
  get catalogue(): Catalogue {
    return this.current.catalogue;
  }

  /** Its version number (1 = the files in `data/`). */
  get version(): number {
    return this.current.version;
  }

  /** The text of every programme file of the version in force. */
  files(): readonly ProgrammeFile[] {
    return this.current.files ?? this.firstFiles();
  }

  /** Calls `listener` after this replica switched to another version. */
  onChange(listener: (version: number) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Reads the `current` pointer and, when it names another version, loads that version.
   * Returns true when the catalogue was swapped. Concurrent calls share one read.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async load(): Promise<boolean> {
    const pointer = await this.store.get("current", currentSchema);
    const wanted = pointer?.version ?? 1;
    if (wanted === this.current.version && this.changesFor === wanted) return false;
    await this.loadChanges();
    this.changesFor = wanted;
    if (wanted === this.current.version) return false;
    if (wanted === 1) {
      this.swap(1, this.initial.catalogue, this.firstFiles());
      return true;
    }
    const record = await this.store.get(versionKey(wanted), versionRecordSchema);
    if (record === undefined) {
      this.log?.error({ version: wanted }, "programme version record missing");
      return false;
    }
    const built = catalogueFromFiles(record.files);
    if (!built.ok) {
      this.log?.error(
        { version: wanted, issues: built.issues.map(describeIssue) },
        "stored programme version is invalid",
      );
      return false;
    }
    this.swap(wanted, built.catalogue, record.files);
    return true;
  }

  private swap(version: number, catalogue: Catalogue, files: ProgrammeFile[]): void {
    this.current = { version, catalogue, files };
    for (const entry of catalogue.programmes) {
      const mark = this.fileRevisions.get(entry.file);
      markRevision(entry, mark && mark.version <= version ? mark : undefined);
    }
    this.log?.info({ version }, "programme version in force");
    for (const listener of this.listeners) listener(version);
  }

  private async loadChanges(): Promise<void> {
    const records = await this.store.list("v:", versionRecordSchema);
    const changes = new Map<string, DatedChange[]>();
    for (const { value } of records) {
      for (const change of value.changes) {
        changes.set(change.id, [
          ...(changes.get(change.id) ?? []),
          { change, version: value.version, at: value.at },
        ]);
      }
    }
    this.changes = changes;
    // Which version last changed each file's text: the footer names it, not the letter's version.
    const fileRevisions = new Map<string, RevisionMark>();
    const previous = new Map<string, string>();
    const sorted = records.map((entry) => entry.value).sort((a, b) => a.version - b.version);
    if (sorted.some((record) => record.version > 1))
      for (const file of this.firstFiles()) previous.set(file.file, file.text);
    for (const record of sorted) {
      if (record.version === 1) continue;
      for (const file of record.files) {
        if (previous.get(file.file) !== file.text)
          fileRevisions.set(file.file, { version: record.version, at: record.at });
        previous.set(file.file, file.text);
      }
    }
    this.fileRevisions = fileRevisions;
  }

  /** Polls `current` every `intervalMs` (default 2 s) until {@link stop}. */
  start(intervalMs: number = DEFAULT_REFRESH_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.log?.warn({ err: error }, "programme refresh failed"));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Every published version, oldest first (version 1, the files of `data/`, included).
   * @example (await source.history()).map((v) => v.version) // [1, 2, 3]
   */
  async history(): Promise<VersionRecord[]> {
    const records = (await this.store.list("v:", versionRecordSchema)).map((entry) => entry.value);
    if (!records.some((record) => record.version === 1)) records.unshift(this.firstRecord());
    return records.sort((a, b) => a.version - b.version);
  }

  /** One version, or undefined. */
  async record(version: number): Promise<VersionRecord | undefined> {
    if (version === 1)
      return (await this.store.get(versionKey(1), versionRecordSchema)) ?? this.firstRecord();
    return this.store.get(versionKey(version), versionRecordSchema);
  }

  private firstRecord(): VersionRecord {
    return {
      version: 1,
      author: "data/",
      at: new Date(0).toISOString(),
      note: "the programme files in data/",
      files: this.firstFiles(),
      changes: [],
    };
  }

  /**
   * Publishes a new version made from `base`. Refused (ConflictError) when another version was
   * published since `base`: the author previews again. The new version is in force on this
   * replica at once and on the others at their next poll.
   * @example await source.publish({ base: 1, files, changes, author: "desk@un.example", at: now, note: "moved Thursday afternoon" })
   */
  async publish(input: {
    base: number;
    files: ProgrammeFile[];
    changes: Change[];
    author: string;
    at: Date;
    note: string;
    restores?: number;
  }): Promise<VersionRecord> {
    const built = catalogueFromFiles(input.files);
    if (!built.ok)
      throw new Error(`refusing to publish invalid files: ${built.issues.map(describeIssue).join("; ")}`);
    const pointer = await this.store.get("current", currentSchema);
    const inForce = pointer?.version ?? 1;
    if (inForce !== input.base) {
      throw new ConflictError(
        `Version ${inForce} was published after the one this revision was prepared from (${input.base}). Nothing was published: preview the revision again.`,
      );
    }
    await this.store.setIfAbsent(versionKey(1), this.firstRecord());
    const record: VersionRecord = versionRecordSchema.parse({
      version: inForce + 1,
      author: input.author,
      at: input.at.toISOString(),
      note: input.note,
      base: input.base,
      restores: input.restores,
      files: input.files,
      changes: input.changes,
    });
    if (!(await this.store.setIfAbsent(versionKey(record.version), record))) {
      throw new ConflictError(
        `Someone published version ${record.version} at the same moment. Nothing was published: preview the revision again.`,
      );
    }
    await this.store.set("current", { version: record.version, at: record.at });
    await this.loadChanges();
    this.changesFor = record.version;
    this.swap(record.version, built.catalogue, record.files);
    return record;
  }

  /**
   * The changes published for an occurrence (or a programme id), oldest first.
   * @example source.changesOf("oewg-7-2024-03-07-pm").at(-1)?.change.kind === "moved"
   */
  changesOf(id: string): readonly DatedChange[] {
    return this.changes.get(id) ?? [];
  }

  /**
   * The last change of an occurrence's time, room or link (what "changed on … (was …)" reports).
   * @example source.lastChange("oewg-7-2024-03-07-pm")?.change.before === "Thu 7 Mar, 3:00 PM–6:00 PM"
   */
  lastChange(id: string): DatedChange | undefined {
    const relevant = this.changesOf(id).filter((dated) =>
      ["moved", "room", "link", "cancelled", "reinstated"].includes(dated.change.kind),
    );
    return relevant.at(-1);
  }
}
