/**
 * Programme files kept parsed between runs. The `yaml` reader takes 50–150 ms for the two
 * letters' files (it builds a document with every node's position, for the line numbers of
 * errors), and every start of the bot or of the `ask` CLI read them again; the same data as
 * JSON takes about a millisecond.
 *
 * A text is kept by the SHA-256 of its bytes, so an edited file is read afresh, and only once
 * it read without errors and survives JSON unchanged (no `.nan`, no dates). Nothing here is
 * needed: when the folder cannot be read or written, files are parsed as before.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { projectRoot } from "../paths.js";

/** `node_modules/.cache/delegate-bot/yaml` of the project, or `undefined` outside one. */
function cacheFolder(): string | undefined {
  try {
    return join(projectRoot(import.meta.url), "node_modules", ".cache", "delegate-bot", "yaml");
  } catch {
    return undefined;
  }
}

let folder: string | null | undefined;

/** Texts kept at most; past it the folder starts again (tests write many programme variants). */
const MOST_KEPT = 200;

function fileFor(text: string): string | undefined {
  if (folder === undefined) folder = cacheFolder() ?? null;
  if (folder === null) return undefined;
  return join(folder, `${createHash("sha256").update(text).digest("hex")}.json`);
}

/**
 * The value this YAML text was read as before, or `undefined` (never read, or unreadable).
 * @example keptYaml(readFileSync("data/poc-meeting-1.yaml", "utf8"))?.id // "poc-meeting-1"
 */
export function keptYaml(text: string): unknown {
  const file = fileFor(text);
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Keeps what a YAML text was read as, for the next run; a value JSON would change is not kept.
 * @example keepYaml(text, document.toJS());
 */
export function keepYaml(text: string, value: unknown): void {
  const file = fileFor(text);
  if (!file) return;
  try {
    const json = JSON.stringify(value);
    if (!isDeepStrictEqual(JSON.parse(json), value)) return;
    const dir = join(file, "..");
    mkdirSync(dir, { recursive: true });
    if (readdirSync(dir).length >= MOST_KEPT) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
    // Written aside and renamed: a run reading at the same moment sees all of it or nothing.
    const staging = `${file}.${process.pid}.tmp`;
    writeFileSync(staging, json);
    renameSync(staging, file);
  } catch {
    // A read-only install: files are parsed on each run, as without the cache.
  }
}
