/**
 * Which published revision a programme entry comes from: set by the programme source
 * (`bot/versions/source.ts`) when it puts a version in force, read by the answer footer so it
 * names the version in force ("version 2, revision of 5 Mar 2024"), not the letter's version.
 * Entries of the files in `data/` (version 1), and entries whose file no revision changed,
 * have none: their footer names the letter.
 */
import type { ProgrammeEntry } from "./catalogue.js";

/** The version that last changed a programme's file, and when it was published (ISO). */
export interface RevisionMark {
  readonly version: number;
  readonly at: string;
}

const marks = new WeakMap<ProgrammeEntry, RevisionMark>();

/**
 * Records the revision an entry comes from (undefined: from its letter).
 * @example markRevision(entry, { version: 2, at: "2024-03-05T14:00:00.000Z" })
 */
export function markRevision(entry: ProgrammeEntry, mark: RevisionMark | undefined): void {
  if (mark) marks.set(entry, mark);
  else marks.delete(entry);
}

/**
 * The revision an entry comes from, if any.
 * @example revisionOf(entry)?.version === 2
 */
export function revisionOf(entry: ProgrammeEntry): RevisionMark | undefined {
  return marks.get(entry);
}
