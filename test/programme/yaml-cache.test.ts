/**
 * Programme files kept parsed between runs (`yaml-cache.ts`): the same programme with or
 * without the kept copy, an edited text read afresh, a kept copy that no longer validates
 * ignored (the YAML is read again, and its errors keep their lines), a value JSON would change
 * never kept.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR, parseProgrammeFile } from "../../bot/programme/load.js";
import { keepYaml, keptYaml } from "../../bot/programme/yaml-cache.js";

const poc = readFileSync(join(DEFAULT_DATA_DIR, "poc-meeting-1.yaml"), "utf8");

describe("programme files kept parsed", () => {
  it("gives the same programme from the kept copy as from the YAML", () => {
    // A text no run has read yet (a comment makes it new), so the first read is the YAML's.
    const text = `${poc}\n# ${Date.now()}-${Math.random()}\n`;
    expect(keptYaml(text)).toBeUndefined();
    const first = parseProgrammeFile(text, "data/poc.yaml");
    expect(first.ok).toBe(true);
    expect(keptYaml(text)).toBeDefined();
    const second = parseProgrammeFile(text, "data/poc.yaml");
    expect(second).toEqual(first);
  });

  it("reads an edited file afresh", () => {
    const text = `${poc}\n# ${Date.now()}-${Math.random()}\n`;
    parseProgrammeFile(text, "data/poc.yaml");
    const edited = `${text.replace("title:", "title: ")}\n# edited\n`;
    expect(keptYaml(edited)).toBeUndefined();
  });

  it("ignores a kept copy that does not validate, and reports the YAML's errors with their lines", () => {
    const text = `${poc.replace(/^version: \d+$/m, "version: -1")}\n# ${Math.random()}\n`;
    // As if an older run had kept something for this text.
    keepYaml(text, { id: "nothing" });
    const result = parseProgrammeFile(text, "data/poc.yaml");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        path: "version",
        message: expect.stringMatching(/\(line 44\)$/),
      });
  });

  it("never keeps a value JSON would change", () => {
    const text = `weird: .nan # ${Math.random()}\n`;
    keepYaml(text, { weird: Number.NaN });
    expect(keptYaml(text)).toBeUndefined();
  });
});
