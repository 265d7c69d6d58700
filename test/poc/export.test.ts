/**
 * "export poc directory": the whole directory as CSV, for the Secretariat, in a direct
 * message only; formula-like cells escaped (bot/csv.ts); the file imports back unchanged.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DELEGATE, directoryCsv, dmOf, KEN_TECH, pocBot, SECRETARIAT, textOf } from "./support.js";

async function setup() {
  const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z" });
  const csv = directoryCsv([
    { state: "KEN", type: "technical", emails: KEN_TECH.email ?? "", phone: "+254 20 123 4567 ext. 12" },
    { state: "KEN", type: "diplomatic", name: '=HYPERLINK("http://evil.example","x")' },
    { state: "CIV", type: "diplomatic", phone: "+225 27 20 21 22 23" },
  ]);
  expect(textOf(await bot.say(SECRETARIAT, `import poc directory\n${csv}`))).toMatch(
    /^Imported 3 POC records/,
  );
  return bot;
}

describe("export poc directory", () => {
  it("the Secretariat gets every record as CSV in the DM, formula-like cells escaped, and it imports back unchanged", async () => {
    const bot = await setup();
    const [answer, ...more] = await bot.say(SECRETARIAT, "export poc directory");
    expect(more).toEqual([]);
    expect(answer?.to).toBe(dmOf(SECRETARIAT));
    const text = answer?.message.text ?? "";
    expect(text.split("\n")[0]).toBe("The POC directory, 3 records (CSV; it imports back as it is):");
    const csv = text.slice(text.indexOf("\n") + 1);
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => `${row.state} ${row.type}`)).toEqual([
      "CIV diplomatic",
      "KEN diplomatic",
      "KEN technical",
    ]);
    expect(rows[1]?.name).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(rows[2]).toMatchObject({
      emails: KEN_TECH.email,
      phone: "'+254 20 1234567 ext. 12",
      status: "unconfirmed",
      next_due: "2025-06-01",
    });
    expect(rows[0]?.phone).toBe("'+225 27 20 21 22 23");
    // The exported file is a directory file: importing it changes nothing.
    expect(textOf(await bot.say(SECRETARIAT, `import poc directory\n${csv}`))).toMatch(
      /^Imported 3 POC records \(2 diplomatic, 1 technical\): 0 new, 0 changed, 3 unchanged, 0 removed/,
    );
  });

  it("is refused in a channel (nothing posted there) and to anyone but the Secretariat", async () => {
    const bot = await setup();
    const inChannel = await bot.say(SECRETARIAT, "export poc directory", { channel: true });
    expect(textOf(inChannel)).toBe(
      "The POC directory holds contact details: ask for its export in a direct message to me, not in a channel. Nothing was sent.",
    );
    expect(textOf(inChannel)).not.toContain("@");
    for (const who of [DELEGATE, KEN_TECH]) {
      const refused = textOf(await bot.say(who, "export poc directory"));
      expect(refused).not.toContain("state,type");
      expect(refused).toMatch(/^Sorry/);
    }
  });
});
