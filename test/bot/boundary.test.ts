/**
 * The boundary: nothing outside adapters/ may import a platform SDK or name a platform in
 * code. Reads every source file and fails with the offending file and line.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const CORE_FOLDERS = ["bot", "handlers", "schedules", "dashboard"];
const PLATFORM_IMPORT =
  /from\s+["'](@slack\/[^"']+|botbuilder[^"']*|botframework-[^"']+|@microsoft\/[^"']+)["']|import\(\s*["'](@slack\/|botbuilder|botframework-|@microsoft\/)/;
const PLATFORM_WORD = /\b(slack|teams|botbuilder|block kit|adaptive ?card)\b/i;

function sourceFiles(folder: string): string[] {
  const absolute = join(root, folder);
  let entries: string[];
  try {
    entries = readdirSync(absolute);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(absolute, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return /\.(ts|js|mjs|cjs)$/.test(name) ? [relative(root, path)] : [];
  });
}

/** Code lines only: comments are allowed to mention platforms. */
function codeLines(file: string): Array<{ line: number; text: string }> {
  const lines = readFileSync(join(root, file), "utf8").split("\n");
  return lines
    .map((text, index) => ({ line: index + 1, text }))
    .filter(({ text }) => !/^\s*(\/\/|\*|\/\*)/.test(text));
}

describe("platform boundary", () => {
  const files = CORE_FOLDERS.flatMap(sourceFiles);

  it("finds the core's source files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("no file outside adapters/ imports a platform SDK", () => {
    const offenders = files.flatMap((file) =>
      codeLines(file)
        .filter(({ text }) => PLATFORM_IMPORT.test(text))
        .map(({ line, text }) => `${file}:${line}: ${text.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it("no code outside adapters/ names a platform (no platform if)", () => {
    const offenders = files.flatMap((file) =>
      codeLines(file)
        .filter(({ text }) => PLATFORM_WORD.test(text))
        .map(({ line, text }) => `${file}:${line}: ${text.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the checks catch a violation (self-test on a sample line)", () => {
    expect(PLATFORM_IMPORT.test('import { App } from "@slack/bolt";')).toBe(true);
    expect(PLATFORM_IMPORT.test('import { CloudAdapter } from "botbuilder";')).toBe(true);
    expect(PLATFORM_WORD.test('if (platformOf(address) === "teams") {')).toBe(true);
    expect(PLATFORM_WORD.test("const steams = 1;")).toBe(false);
  });
});
