/**
 * A re-import never silently overwrites what a POC corrected: the fields where the file
 * differs from a value the POC set themselves are listed before anything is written, and
 * the Secretariat chooses (chat buttons; CLI question or flag).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../bot/clock.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { runPocCli } from "../../handlers/poc/cli.js";
import { IMPORT_ACTIONS } from "../../handlers/poc/held-import.js";
import { button, buttonsOf, directoryCsv, KEN_TECH, pocBot, SECRETARIAT, textOf } from "./support.js";

const OLD_FILE = directoryCsv([
  {
    state: "KEN",
    type: "technical",
    emails: KEN_TECH.email ?? "",
    phone: "+254 20 123 4567",
    phone_24_7: "+254 20 111 1111",
  },
  { state: "FRA", type: "technical" },
]);

/** Kenya's technical POC corrects their phone and 24/7 phone in chat. */
async function correctedDirectory(storeUrl?: string) {
  const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z", ...(storeUrl ? { storeUrl } : {}) });
  await bot.say(SECRETARIAT, `import poc directory\n${OLD_FILE}`);
  bot.clock.set("2024-06-02T08:00:00.000Z");
  for (const change of ["change my phone to +254 20 765 4321", "change my 24/7 phone to +254 20 222 2222"]) {
    const preview = await bot.say(KEN_TECH, change);
    await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
  }
  bot.clock.set("2024-06-04T08:00:00.000Z");
  return bot;
}

const phones = async (bot: Awaited<ReturnType<typeof pocBot>>) => {
  const record = await bot.directory.get("KEN:technical");
  return [record?.phone.number, record?.phone247?.number];
};

describe("re-importing over a POC's own corrections, in chat", () => {
  it("lists both corrected fields before writing anything, with keep the POC's values first", async () => {
    const bot = await correctedDirectory();
    const trailBefore = await bot.directory.history("KEN:technical");
    const held = await bot.say(SECRETARIAT, `import poc directory\n${OLD_FILE}`);
    const text = textOf(held);
    expect(text).toContain("Nothing imported yet: the file would overwrite POCs' own corrections");
    expect(text).toContain(
      "• KEN technical — phone: the POC set +254 20 7654321 (peter.otieno@cert.example, Sun 2 Jun 2024, 4:00 AM New York time); the file has +254 20 1234567",
    );
    expect(text).toContain("• KEN technical — 24/7 phone: the POC set +254 20 2222222");
    expect(buttonsOf(held).map((b) => b.label)).toEqual([
      "Keep the POCs' values",
      "Take the file's values",
      "Cancel the import",
    ]);
    expect(await phones(bot)).toEqual(["+254207654321", "+254202222222"]);
    expect(await bot.directory.history("KEN:technical")).toEqual(trailBefore);
  });

  it("keep: the POC's values stay, nothing is audited for them, and they are still protected at the next import", async () => {
    const bot = await correctedDirectory();
    const changed = OLD_FILE.replace("Ministry of KEN", "Ministry of ICT");
    const held = await bot.say(SECRETARIAT, `import poc directory\n${changed}`);
    const done = await bot.click(SECRETARIAT, button(held, IMPORT_ACTIONS.keep));
    expect(textOf(done)).toMatch(
      /^Imported 2 POC records \(0 diplomatic, 2 technical\): 0 new, 1 changed, 1 unchanged, 0 removed\. Kept 2 values the POCs had set themselves instead of the file's: KEN technical — phone: /,
    );
    expect(await phones(bot)).toEqual(["+254207654321", "+254202222222"]);
    expect((await bot.directory.get("KEN:technical"))?.organisation).toBe("Ministry of ICT");
    const imported = (await bot.directory.history("KEN:technical")).filter(
      (e) => e.at === "2024-06-04T08:00:00.000Z",
    );
    expect(imported.map((e) => e.field)).toEqual(["organisation"]);
    // The same old file again: still asked.
    bot.clock.set("2024-06-05T08:00:00.000Z");
    expect(textOf(await bot.say(SECRETARIAT, `import poc directory\n${changed}`))).toContain(
      "Nothing imported yet",
    );
  });

  it("take the file's: the file's values replace the POC's, and the summary names them", async () => {
    const bot = await correctedDirectory();
    const held = await bot.say(SECRETARIAT, `import poc directory\n${OLD_FILE}`);
    const done = await bot.click(SECRETARIAT, button(held, IMPORT_ACTIONS.file));
    expect(textOf(done)).toContain(
      "As you chose, the file's values replaced 2 values the POCs had set themselves",
    );
    expect(await phones(bot)).toEqual(["+254201234567", "+254201111111"]);
    // Now the file's values are the latest: a further import of the same file asks nothing.
    expect(textOf(await bot.say(SECRETARIAT, `import poc directory\n${OLD_FILE}`))).toMatch(/^Imported /);
  });

  it("cancel, a second click, and a correction made after the list was shown", async () => {
    const bot = await correctedDirectory();
    const held = await bot.say(SECRETARIAT, `import poc directory\n${OLD_FILE}`);
    expect(textOf(await bot.click(SECRETARIAT, button(held, IMPORT_ACTIONS.cancel)))).toBe(
      "Cancelled. Nothing was imported.",
    );
    expect(textOf(await bot.click(SECRETARIAT, button(held, IMPORT_ACTIONS.file)))).toMatch(
      /^That import is no longer waiting/,
    );
    expect(await phones(bot)).toEqual(["+254207654321", "+254202222222"]);

    const again = await bot.say(SECRETARIAT, `import poc directory\n${OLD_FILE}`);
    const preview = await bot.say(KEN_TECH, "change my title to Head of CERT");
    await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
    const asked = await bot.click(SECRETARIAT, button(again, IMPORT_ACTIONS.file));
    expect(textOf(asked)).toContain("POCs corrected more fields since the list you answered");
    expect(textOf(asked)).toContain("KEN technical — title: the POC set Head of CERT");
    expect((await bot.directory.get("KEN:technical"))?.title).toBe("Head of CERT");
    // Only the Secretariat can answer.
    expect(textOf(await bot.click(KEN_TECH, button(asked, IMPORT_ACTIONS.file)))).toBe(
      "Sorry, only the Secretariat can do that.",
    );
  });
});

describe("re-importing over a POC's own corrections, with the CLI", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("without a terminal or a flag: lists them, writes nothing, exit 3; with --poc-corrections keep: imports", async () => {
    dir = mkdtempSync(join(tmpdir(), "poc-corrections-"));
    const storeUrl = `sqlite:${join(dir, "bot.sqlite")}`;
    const bot = await correctedDirectory(storeUrl);
    await bot.store.close();
    const file = join(dir, "old.csv");
    writeFileSync(file, OLD_FILE);
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      clock: fixedClock("2024-06-04T08:00:00Z"),
    };
    expect(await runPocCli(["import", file, "--store", storeUrl], io)).toBe(3);
    expect(out.slice(1)).toEqual([
      "The file would overwrite 2 values the POCs set themselves since they were imported:",
      "  KEN technical — phone: the POC set +254 20 7654321 (peter.otieno@cert.example, Sun 2 Jun 2024, 4:00 AM New York time); the file has +254 20 1234567",
      "  KEN technical — 24/7 phone: the POC set +254 20 2222222 (peter.otieno@cert.example, Sun 2 Jun 2024, 4:00 AM New York time); the file has +254 20 1111111",
    ]);
    expect(err.join("\n")).toContain("Nothing was imported. Run it again with --poc-corrections keep");
    expect(await runPocCli(["import", file, "--store", storeUrl, "--poc-corrections", "maybe"], io)).toBe(2);

    const asked: string[] = [];
    const answers = ["x", ""];
    const interactive = {
      ...io,
      ask: async (q: string) => {
        asked.push(q);
        return answers.shift() ?? "c";
      },
    };
    expect(await runPocCli(["import", file, "--store", storeUrl], interactive)).toBe(0);
    expect(asked).toHaveLength(2);
    expect(err.at(-1)).toBe('"x" is not one of k, f or c.');
    expect(out.at(-1)).toContain("Kept 2 values the POCs had set themselves");

    const after = await pocBot({ storeUrl, now: "2024-06-04T09:00:00.000Z" });
    expect(await phones(after)).toEqual(["+254207654321", "+254202222222"]);
    expect(await runPocCli(["import", file, "--store", storeUrl, "--poc-corrections", "file"], io)).toBe(0);
    expect(await phones(after)).toEqual(["+254201234567", "+254201111111"]);
  });
});
