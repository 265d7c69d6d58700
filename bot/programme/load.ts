/**
 * Reads `data/*.yaml`, validates every file and builds the {@link Catalogue}. Problems are
 * collected across all files and thrown together as one {@link ProgrammeDataError}.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { buildCatalogue, type Catalogue } from "./catalogue.js";
import { ProgrammeDataError, type ProgrammeDataIssue } from "./errors.js";
import { idsOf, Programme } from "./schema.js";
import { wallTimeToInstant } from "./time.js";
import { keepYaml, keptYaml } from "./yaml-cache.js";

/**
 * The repository's `data/` folder, found from this file rather than the working directory.
 * @example loadCatalogue(DEFAULT_DATA_DIR) // same as loadCatalogue()
 */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/**
 * A validated programme and the file it came from.
 * @example loadProgrammes()[0] // { programme: { id: "oewg-7", ... }, file: "data/oewg-7th-session.yaml" }
 */
export interface LoadedProgramme {
  programme: Programme;
  /** As shown in errors: `data/oewg-7th-session.yaml`. */
  file: string;
}

/**
 * Loads and validates every `*.yaml`/`*.yml` file of a folder (synchronously) into a catalogue.
 * @throws {ProgrammeDataError} naming each file and the path inside it.
 * @example
 * const catalogue = loadCatalogue(); // <repo>/data
 * catalogue.programmes.map((p) => p.programme.id); // ["oewg-7", "poc-meeting-1"]
 */
export function loadCatalogue(dir: string = DEFAULT_DATA_DIR): Catalogue {
  return buildCatalogue(loadProgrammes(dir));
}

/**
 * Loads and validates the programme files of a folder, in file-name order.
 * @throws {ProgrammeDataError}
 * @example loadProgrammes("/tmp/data")[0]?.file // "data/first.yaml"
 */
export function loadProgrammes(dir: string = DEFAULT_DATA_DIR): LoadedProgramme[] {
  const shownDir = basename(dir.replace(/[\\/]+$/, "")) || dir;
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => /\.ya?ml$/i.test(name))
      .sort();
  } catch (cause) {
    throw new ProgrammeDataError([{ file: shownDir, path: "", message: "cannot read the data folder" }], {
      cause,
    });
  }
  if (names.length === 0) {
    throw new ProgrammeDataError([
      { file: shownDir, path: "", message: "no programme files (*.yaml) found" },
    ]);
  }
  const issues: ProgrammeDataIssue[] = [];
  const loaded: LoadedProgramme[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const shownFile = relative(dirname(dir.replace(/[\\/]+$/, "")), file).replaceAll("\\", "/");
    const result = parseProgrammeFile(readFileSync(file, "utf8"), shownFile);
    if (result.ok) loaded.push({ programme: result.programme, file: shownFile });
    else issues.push(...result.issues);
  }
  issues.push(...crossFileIssues(loaded));
  if (issues.length > 0) throw new ProgrammeDataError(issues);
  return loaded;
}

/**
 * Parses and validates the text of one programme file.
 * @example
 * const result = parseProgrammeFile("id: x\n", "data/x.yaml");
 * if (!result.ok) result.issues[0]; // { file: "data/x.yaml", path: "series", message: "…" }
 */
export function parseProgrammeFile(
  text: string,
  file: string,
): { ok: true; programme: Programme } | { ok: false; issues: ProgrammeDataIssue[] } {
  // Read before (and valid then): no YAML to read. An invalid value is read again below, for
  // the lines of its errors.
  const kept = keptYaml(text);
  if (kept !== undefined) {
    const parsed = Programme.safeParse(kept);
    if (parsed.success) return checkedWallTimes(parsed.data, file);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      issues: document.errors.map((error) => ({
        file,
        path: error.linePos ? `line ${error.linePos[0].line}` : "",
        message: `invalid YAML: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  const value: unknown = document.toJS();
  const parsed = Programme.safeParse(value);
  if (!parsed.success) {
    const lineOf = (path: readonly PropertyKey[]): number | undefined => {
      const node = document.getIn(path.map(String), true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    };
    return { ok: false, issues: parsed.error.issues.map((issue) => toIssue(file, issue, lineOf)) };
  }
  const checked = checkedWallTimes(parsed.data, file);
  if (checked.ok) keepYaml(text, value);
  return checked;
}

/** The programme, unless a time it names does not exist on its venue's clock. */
function checkedWallTimes(
  programme: Programme,
  file: string,
): { ok: true; programme: Programme } | { ok: false; issues: ProgrammeDataIssue[] } {
  const gaps = nonexistentWallTimes(programme).map((gap) => ({ file, ...gap }));
  return gaps.length > 0 ? { ok: false, issues: gaps } : { ok: true, programme };
}

/**
 * Renders a zod path as `meetings[2].end`.
 * @example formatPath(["meetings", 2, "end"]) === "meetings[2].end"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

function toIssue(
  file: string,
  issue: z.core.$ZodIssue,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ProgrammeDataIssue {
  const line = lineOf(issue.path);
  let message =
    issue.code === "unrecognized_keys" ? `unknown field(s): ${issue.keys.join(", ")}` : issue.message;
  if (issue.code === "invalid_type" && issue.input === undefined) message = "is required";
  return {
    file,
    path: formatPath(issue.path),
    message: line === undefined ? message : `${message} (line ${line})`,
  };
}

function nonexistentWallTimes(programme: Programme): { path: string; message: string }[] {
  const zone = programme.timeZone;
  const problems: { path: string; message: string }[] = [];
  const check = (path: string, date: string, time: string | undefined) => {
    if (time !== undefined && wallTimeToInstant(date, time, zone) === undefined) {
      problems.push({ path, message: `${date} ${time} does not exist in ${zone} (clocks skip that hour)` });
    }
  };
  programme.meetings.forEach((meeting, m) => {
    check(`meetings[${m}].start`, meeting.date, meeting.start);
    check(`meetings[${m}].end`, meeting.date, meeting.end);
    meeting.items.forEach((item, i) => {
      check(`meetings[${m}].items[${i}].start`, meeting.date, item.start);
      check(`meetings[${m}].items[${i}].end`, meeting.date, item.end);
    });
  });
  programme.socialEvents.forEach((event, e) => {
    check(`socialEvents[${e}].start`, event.date, event.start);
    check(`socialEvents[${e}].end`, event.date, event.end);
  });
  return problems;
}

/**
 * Ids used in more than one file.
 * @example crossFileIssues(loaded) // [{ file: "data/b.yaml", path: "meetings[0].id", message: 'id "x" is already used in data/a.yaml' }]
 */
export function crossFileIssues(loaded: readonly LoadedProgramme[]): ProgrammeDataIssue[] {
  const owners = new Map<string, string>();
  const issues: ProgrammeDataIssue[] = [];
  for (const { programme, file } of loaded) {
    for (const { id, path } of idsOf(programme)) {
      const owner = owners.get(id);
      if (owner === undefined) owners.set(id, file);
      else
        issues.push({
          file,
          path: path ? `${path}.id` : "id",
          message: `id "${id}" is already used in ${owner}`,
        });
    }
  }
  return issues;
}
