/**
 * Programme files as text ↔ catalogue: the same validation as at start (`parseProgrammeFile`
 * for each file, then ids unique across files), so a revision is checked exactly as `data/` is.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { buildCatalogue, type Catalogue } from "../programme/catalogue.js";
import type { ProgrammeDataIssue } from "../programme/errors.js";
import {
  crossFileIssues,
  DEFAULT_DATA_DIR,
  type LoadedProgramme,
  parseProgrammeFile,
} from "../programme/load.js";
import type { ProgrammeFile } from "./model.js";

/**
 * The result of validating a set of files.
 * @example const built = catalogueFromFiles(files); if (!built.ok) built.issues[0]?.path
 */
export type BuiltFiles =
  | { ok: true; catalogue: Catalogue; loaded: LoadedProgramme[] }
  | { ok: false; issues: ProgrammeDataIssue[] };

/**
 * Validates every file and builds the catalogue, or returns every problem.
 * @example catalogueFromFiles([{ file: "data/x.yaml", text }]).ok
 */
export function catalogueFromFiles(files: readonly ProgrammeFile[]): BuiltFiles {
  // The same files are built at preview and again at publish (and on each replica): keep the last.
  const key = files.map((file) => `${file.file}\u0000${file.text}`).join("\u0001");
  if (lastBuilt?.key === key) return lastBuilt.built;
  const built = buildFiles(files);
  lastBuilt = { key, built };
  return built;
}

let lastBuilt: { key: string; built: BuiltFiles } | undefined;

function buildFiles(files: readonly ProgrammeFile[]): BuiltFiles {
  const issues: ProgrammeDataIssue[] = [];
  const loaded: LoadedProgramme[] = [];
  for (const { file, text } of files) {
    const result = parseProgrammeFile(text, file);
    if (result.ok) loaded.push({ programme: result.programme, file });
    else issues.push(...result.issues);
  }
  issues.push(...crossFileIssues(loaded));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, catalogue: buildCatalogue(loaded), loaded };
}

/**
 * The files of `data/` as text, named as the loader names them (`data/x.yaml`): version 1.
 * @example dataFiles()[0]?.file === "data/oewg-7th-session.yaml"
 */
export function dataFiles(dir: string = DEFAULT_DATA_DIR): ProgrammeFile[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => ({ file: `data/${name}`, text: readFileSync(join(dir, name), "utf8") }));
}

/**
 * Files that describe a catalogue built elsewhere (tests): each programme written as YAML.
 * @example filesOfCatalogue(catalogue).length === catalogue.programmes.length
 */
export function filesOfCatalogue(catalogue: Catalogue): ProgrammeFile[] {
  return catalogue.programmes.map((entry) => ({ file: entry.file, text: stringify(entry.programme) }));
}

/**
 * The programme id a file's text declares (`id: oewg-7` at the top level), if it parses that far.
 * @example programmeIdOf("id: oewg-7\nseries: …") === "oewg-7"
 */
export function programmeIdOf(text: string): string | undefined {
  return /^id:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(text)?.[1];
}

/**
 * Puts a revised file in place of the file of the same programme (by its `id`), or adds it
 * as a new file when no programme has that id.
 * @example withRevisedFile(files, "id: oewg-7\n…").replaced === "data/oewg-7th-session.yaml"
 */
export function withRevisedFile(
  files: readonly ProgrammeFile[],
  text: string,
  programmeIds: ReadonlyMap<string, string>,
): { files: ProgrammeFile[]; file: string; replaced: boolean } {
  const id = programmeIdOf(text);
  const existing = id === undefined ? undefined : programmeIds.get(id);
  if (existing !== undefined) {
    return {
      files: files.map((file) => (file.file === existing ? { file: existing, text } : file)),
      file: existing,
      replaced: true,
    };
  }
  const file = `data/${id ?? "revised-programme"}.yaml`;
  return { files: [...files, { file, text }], file, replaced: false };
}
