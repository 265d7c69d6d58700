/**
 * Control, bidi and terminal-escape characters are refused on every path into the
 * directory: the CLI import, the chat import, a typed change and the "Change a field" form.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../bot/clock.js";
import { openStore } from "../../bot/store/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { runPocCli } from "../../handlers/poc/cli.js";
import { PocRepository } from "../../handlers/poc/repository.js";
import { button, directoryCsv, KEN_TECH, pocBot, SECRETARIAT, textOf } from "./support.js";

const FILE = directoryCsv([{ state: "KEN", type: "technical", emails: KEN_TECH.email ?? "" }]);

describe("unsafe characters on every input path of the directory", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["NUL", "\u0000"],
    ["ESC [41m", "\u001b[41m"],
    ["U+202E", "\u202e"],
    ["U+200B", "\u200b"],
  ])("the CLI refuses a file with %s in a name, writes nothing, and says where", async (_name, char) => {
    dir = mkdtempSync(join(tmpdir(), "poc-unsafe-"));
    const file = join(dir, "d.csv");
    writeFileSync(file, FILE.replace("technical POC of KEN", `technical POC${char} of KEN`));
    const storeUrl = `sqlite:${join(dir, "bot.sqlite")}`;
    const err: string[] = [];
    const io = {
      out: () => undefined,
      err: (l: string) => err.push(l),
      clock: fixedClock("2024-06-01T12:00:00Z"),
    };
    expect(await runPocCli(["import", file, "--store", storeUrl], io)).toBe(1);
    expect(err.join("\n")).toMatch(
      /The file contains the invisible character U\+[0-9A-F]{4} \(.*\) at line 2, column \d+\./,
    );
    const store = await openStore(storeUrl);
    expect(await new PocRepository(store.namespace("poc")).all()).toEqual([]);
    await store.close();
  });

  it("the chat import refuses a paste with a right-to-left override instead of cleaning it", async () => {
    const bot = await pocBot();
    const reply = textOf(
      await bot.say(SECRETARIAT, `import poc directory\n${FILE.replace("Officer", "Off\u202eicer")}`),
    );
    expect(reply).toContain("U+202E (right-to-left override) at line 2");
    expect(await bot.directory.all()).toEqual([]);
  });

  it("a typed change and the Change a field form refuse them; the record stays as it was", async () => {
    const bot = await pocBot();
    await bot.say(SECRETARIAT, `import poc directory\n${FILE}`);
    const before = await bot.directory.get("KEN:technical");
    const typed = textOf(await bot.say(KEN_TECH, "change my title to Head\u001b[2J of CERT"));
    expect(typed).toMatch(
      /^That message contains the invisible character U\+001B \(escape, which starts terminal control sequences\) at character 24\./,
    );
    const card = await bot.say(KEN_TECH, "my details");
    const form = await bot.click(KEN_TECH, button(card, ACTIONS.edit));
    const submitted = textOf(
      await bot.click(KEN_TECH, button(form, ACTIONS.editSubmit), {
        field: "name",
        value: "Peter \u202eonetiO",
      }),
    );
    expect(submitted).toMatch(
      /^The form's "value" field contains the invisible character U\+202E \(right-to-left override\) at character 7\./,
    );
    expect(submitted).toContain("Nothing was changed.");
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
    expect(await bot.store.namespace("poc").list("pending:", (await import("zod")).z.unknown())).toEqual([]);
  });
});
