/**
 * The records of programme versions: the complete text of every programme file at that
 * version, who published it, when, and what changed, item by item.
 */
import { z } from "zod";

/**
 * One programme file as text (a version holds every file, so a restore is a copy).
 * @example const file: ProgrammeFile = { file: "data/oewg-7th-session.yaml", text: "id: oewg-7\n…" };
 */
export const programmeFileSchema = z.object({ file: z.string(), text: z.string() });
export type ProgrammeFile = z.output<typeof programmeFileSchema>;

/**
 * What changed about one occurrence (or about a whole programme, for its links and notices).
 * @example { kind: "moved", id: "oewg-7-2024-03-07-pm", label: "Thursday afternoon", before: "15:00–18:00", beforeStart: 1709841600000, afterStart: 1709843400000 }
 */
export const changeKindSchema = z.enum([
  "added",
  "removed",
  "moved",
  "room",
  "link",
  "title",
  "cancelled",
  "reinstated",
  "details",
]);
export type ChangeKind = z.output<typeof changeKindSchema>;

export const changeSchema = z.object({
  kind: changeKindSchema,
  /** The occurrence's id, or the programme's id for programme-wide changes (links, notices). */
  id: z.string(),
  programmeId: z.string(),
  /** "occurrence" or "programme". */
  scope: z.enum(["occurrence", "programme"]).default("occurrence"),
  /** The occurrence's label (as it is now, or as it was when removed). */
  label: z.string(),
  /** The previous and new value, in words ("10:00–13:00", "Conference Room 4", a URL). */
  before: z.string().optional(),
  after: z.string().optional(),
  /** Starts before and after (epoch ms), for moves. */
  beforeStart: z.number().optional(),
  beforeEnd: z.number().optional(),
  afterStart: z.number().optional(),
  afterEnd: z.number().optional(),
  /** The programme's zone, to say times in it. */
  zone: z.string().optional(),
});
export type Change = z.output<typeof changeSchema>;

/**
 * A published version.
 * @example (await source.history())[0] // { version: 1, author: "data/", at: "…", note: "the files in data/", changes: [] }
 */
export const versionRecordSchema = z.object({
  version: z.number().int().positive(),
  author: z.string(),
  at: z.string(),
  note: z.string(),
  /** The version this one was made from (undefined for version 1). */
  base: z.number().int().positive().optional(),
  /** Set when the version restores an earlier one. */
  restores: z.number().int().positive().optional(),
  files: z.array(programmeFileSchema),
  changes: z.array(changeSchema),
});
export type VersionRecord = z.output<typeof versionRecordSchema>;

/** The pointer every replica polls. */
export const currentSchema = z.object({ version: z.number().int().positive(), at: z.string() });
