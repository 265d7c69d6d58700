/**
 * CSV exports are neutralised against spreadsheet formulas in one place (`bot/csv.ts`); this
 * also checks, by reading the sources, that no exporter writes CSV another way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { exportCsv, neutraliseCell } from "../../bot/csv.js";

const ROOT = join(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [relative(ROOT, path)] : [];
  });
}

describe("CSV exports against spreadsheet formulas", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ["+41 58 463 00 00", "'+41 58 463 00 00"],
    ["+41-1", "'+41-1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["Ann Mwangi", "Ann Mwangi"],
    ["2024-03-04T13:00:00.000Z", "2024-03-04T13:00:00.000Z"],
    ["12", "12"],
    ["", ""],
    ["a=b", "a=b"],
  ])("%j → %j", (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  it("neutralises text cells only: numbers stay numbers, and the CSV reads back", () => {
    const csv = exportCsv([
      ["name", "count"],
      ["=1+1", 2],
      ["Ann, B.", -3],
    ]);
    expect(csv).toBe(`name,count\n'=1+1,2\n"Ann, B.",-3\n`);
    expect(parse(csv, { columns: true })).toEqual([
      { name: "'=1+1", count: "2" },
      { name: "Ann, B.", count: "-3" },
    ]);
  });

  it("every export writes its CSV through bot/csv.ts", () => {
    const writers = ["bot", "handlers", "schedules", "adapters"]
      .flatMap((dir) => sources(join(ROOT, dir)))
      .filter((file) => /from "csv-stringify/.test(readFileSync(join(ROOT, file), "utf8")));
    // The roster's YAML is turned into CSV to be imported, not exported: what people typed stays.
    expect(writers.sort()).toEqual(["bot/csv.ts", "handlers/roster/yaml.ts"]);
  });
});
