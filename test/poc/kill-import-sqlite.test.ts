import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KILLS, killImportRepeatedly, RECORDS } from "./kill-import.js";

const dir = mkdtempSync(join(tmpdir(), "poc-kill-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a directory import killed at random moments, on SQLite", () => {
  it(`after each of ${KILLS} SIGKILLs of the CLI importing ${RECORDS} renamed records, the directory and its audit trail agree, and a re-import completes it`, async () => {
    const report = await killImportRepeatedly(
      [1, 2, 3, 4].map((lane) => `sqlite:${join(dir, `lane${lane}.sqlite`)}`),
      KILLS,
    );
    expect(report.kills).toBe(KILLS);
    // Kills fell on both sides of the switch: some left the old directory, some the new one.
    expect(report.before).toBeGreaterThan(0);
    console.log(`SQLite kill test: ${JSON.stringify(report)}`);
  }, 900_000);
});
