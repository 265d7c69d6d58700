import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../bot/clock.js";
import { openStore } from "../../bot/store/index.js";
import type { Store } from "../../bot/store/port.js";
import { runPocCli } from "../../handlers/poc/cli.js";
import { parsePocCsv } from "../../handlers/poc/import.js";
import { PocRepository } from "../../handlers/poc/repository.js";
import { DELEGATE, directoryCsv, KEN_TECH, pocBot, SECRETARIAT, textOf } from "./support.js";

const TEMPLATE = readFileSync(join(import.meta.dirname, "../../data/templates/poc-directory.csv"), "utf8");
const NOW = new Date("2024-06-01T12:00:00.000Z");
const SECRETARY = { email: "secretariat@un.example", name: "Sec" };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the directory CSV", () => {
  it("the template in the repository imports cleanly", () => {
    const result = parsePocCsv(TEMPLATE, NOW);
    expect(result.ok && result.rows.map((row) => row.id)).toEqual([
      "KEN:diplomatic",
      "KEN:technical",
      "FRA:technical",
    ]);
  });

  it("reports every problem row by row, and refuses the whole file", () => {
    const csv = [
      "state,type,name,title,organisation,emails,phone,phone_24_7,time_zone,hours,pgp_fingerprint,last_confirmed",
      "KEN,technical,Peter,Head,CERT,peter@cert.example,020 123 4567,+254 712 345678,Africa/Nairobi,08:00-17:00,0123456789ABCDEF0123456789ABCDEF01234567,",
      "XKX,diplomatic,A,B,C,bob@,12345,,Mars/Base,17:00-09:00,,2030-01-01",
      "FRA,technical,Claire,Cheffe,ANSSI,claire@cert.example,+33 1 23 45 67 89,,Europe/Paris,09:00-18:00,,",
      "KEN,technical,Paul,Deputy,CERT,paul@cert.example,020 123 4567,+254 712 345678,Africa/Nairobi,08:00-17:00,0123456789ABCDEF0123456789ABCDEF01234567,",
      "SGP,diplomatic,Lee,Counsellor,Mission,peter@cert.example,+65 6123 4567,,Asia/Singapore,09:00-17:00,,",
    ].join("\n");
    const result = parsePocCsv(csv, NOW);
    expect(result).toEqual({
      ok: false,
      problems: [
        'row 3: state: "XKX" is a user-assigned code, not a UN Member State or observer State; name: the name needs at least two letters; title: the title needs at least two letters; organisation: the organisation needs at least two letters; emails: "bob@" is not a valid email address; phone: "12345" has no country code; write it in international format, starting with + and the country code (e.g. +41 22 917 1234); time_zone: "Mars/Base" is not an IANA time zone; write it like Africa/Nairobi or Europe/Paris; hours: the end (09:00) must be after the start (17:00); for round-the-clock cover write 00:00-24:00 Mon-Sun; last_confirmed: 2030-01-01 is in the future',
        "row 4: phone_24_7: a technical POC needs a 24/7 phone line; pgp_fingerprint: a technical POC needs a PGP fingerprint",
        "row 5: KEN technical already appears on row 2 (the directory holds one POC per State and type)",
        "row 6: emails: peter@cert.example is already an email of KEN's POC on row 2; an email can belong to one State only",
      ],
    });
  });

  it("reports duplicates and shared emails in the same round even when the row they conflict with is invalid", () => {
    const csv = [
      "state,type,name,title,organisation,emails,phone,phone_24_7,time_zone,hours,pgp_fingerprint,last_confirmed",
      "KEN,technical,Peter,Head,CERT,peter@cert.example,12345,+254 712 345678,Africa/Nairobi,08:00-17:00,0123456789ABCDEF0123456789ABCDEF01234567,",
      "KEN,technical,Paul,Deputy,CERT,paul@cert.example,020 123 4567,+254 712 345678,Africa/Nairobi,08:00-17:00,0123456789ABCDEF0123456789ABCDEF01234567,",
      "SGP,diplomatic,Lee,Counsellor,Mission,PETER@cert.example,+65 6123 4567,,Asia/Singapore,09:00-17:00,,",
    ].join("\n");
    const result = parsePocCsv(csv, NOW);
    expect(result.ok ? [] : result.problems).toEqual([
      'row 2: phone: "12345" is too short for a phone number in Kenya',
      "row 3: KEN technical already appears on row 2 (the directory holds one POC per State and type)",
      "row 4: emails: peter@cert.example is already an email of KEN's POC on row 2; an email can belong to one State only",
    ]);
  });

  it("numbers rows as the lines of the file from the header, blank lines and multi-line cells included", () => {
    const [header, ...rows] = directoryCsv([
      { state: "KEN", type: "technical" },
      { state: "FRA", type: "technical", organisation: "Agence\nnationale" },
      { state: "SGP", type: "diplomatic", phone: "12345" },
    ]).split("\n");
    const csv = ["", header, rows[0], "", "", ...rows.slice(1)].join("\n");
    expect(parsePocCsv(csv, NOW)).toEqual({
      ok: false,
      problems: [
        "row 5: organisation: the organisation must be on one line",
        'row 7: phone: "12345" is too short for a phone number in Singapore',
      ],
    });
  });

  it("reads a file saved with ';' as separator (Excel in many European locales), quoted cells and all", () => {
    const csv = [
      "state;type;name;title;organisation;emails;phone;phone_24_7;time_zone;hours;pgp_fingerprint;last_confirmed",
      'KEN;technical;Peter Otieno;Head;"CERT; Nairobi";"a@cert.example;b@cert.example";+254 20 4242000;+254 712 345678;Africa/Nairobi;08:00-17:00;0123456789ABCDEF0123456789ABCDEF01234567;',
      "FRA;diplomatic;Claire Martin;Conseillère;Ministère, Paris;claire@fra.example;+33 1 23 45 67 89;;Europe/Paris;09:00-18:00;;2024-01-15",
    ].join("\n");
    const result = parsePocCsv(csv, NOW);
    expect(
      result.ok && result.rows.map((row) => [row.id, row.details.organisation, row.details.emails]),
    ).toEqual([
      ["KEN:technical", "CERT; Nairobi", ["a@cert.example", "b@cert.example"]],
      ["FRA:diplomatic", "Ministère, Paris", ["claire@fra.example"]],
    ]);
  });

  it("gives one reason per bad last_confirmed date: its format, else the calendar, else the future", () => {
    const csv = directoryCsv([
      { state: "KEN", type: "technical", last_confirmed: "01/05/2024" },
      { state: "FRA", type: "technical", last_confirmed: "2024-02-30" },
      { state: "SGP", type: "diplomatic", last_confirmed: "2024-06-02" },
    ]);
    expect(parsePocCsv(csv, NOW)).toEqual({
      ok: false,
      problems: [
        "row 2: last_confirmed: write the date as YYYY-MM-DD, e.g. 2024-05-09",
        "row 3: last_confirmed: 2024-02-30 is not a calendar date",
        "row 4: last_confirmed: 2024-06-02 is in the future",
      ],
    });
  });

  it("refuses pasted text garbled by a wrong encoding (U+FFFD) before reading any row", () => {
    const garbled = TEMPLATE.replace(/\n([^\n]*?),/, "\n$1\uFFFD,");
    expect(parsePocCsv(garbled, NOW)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^The text contains � \(line 2\): .* Save it as "CSV UTF-8"/)],
    });
  });

  it("a quote in the wrong place: a clear reason naming the row the bad record starts on, not the parser's text", () => {
    const [header, first, second] = directoryCsv([
      { state: "KEN", type: "technical", emails: "a@ke.example" },
      { state: "FRA", type: "technical", emails: "b@fr.example" },
    ]).split("\n");
    const broken = (second ?? "").replace("technical POC of FRA", '"Claire "N" Martin"');
    // Two blank lines above the header, one between the rows: the bad record is row 4.
    const result = parsePocCsv(`\n\n${header}\n${first}\n\n${broken}`, NOW);
    expect(result).toEqual({
      ok: false,
      problems: [
        'row 4: a cell in double quotes goes on after its closing quote (at "N"). Inside a quoted cell, write a double quote twice: "Peter ""Kip"" Otieno".',
      ],
    });
    const unclosed = parsePocCsv(
      `${header}\n${first}\n${(second ?? "").replace("Officer", '"Officer')}`,
      NOW,
    );
    expect(unclosed).toEqual({
      ok: false,
      problems: [
        'row 3: a cell opens with a double quote (") that is never closed. Close it, or write a double quote inside a quoted cell twice ("").',
      ],
    });
    const bare = parsePocCsv(`${header}\n${(first ?? "").replace("Officer", 'The "Officer"')}`, NOW);
    expect(bare.ok ? [] : bare.problems).toEqual([
      'row 2: a cell holds a double quote (") but is not itself in double quotes. Put the whole cell in double quotes and write the quote twice: "Peter ""Kip"" Otieno".',
    ]);
  });

  it("names missing and unknown columns", () => {
    expect(parsePocCsv("state,type,name,phone_247\nKEN,technical,A,+254 712 345678", NOW)).toEqual({
      ok: false,
      problems: [
        "Missing column(s): title, organisation, emails, phone, time_zone, hours.",
        "Unknown column(s): phone_247.",
        "Expected the columns of the template: state,type,name,title,organisation,emails,phone,phone_24_7,time_zone,hours,pgp_fingerprint,last_confirmed",
      ],
    });
    expect(parsePocCsv("", NOW)).toEqual({
      ok: false,
      problems: ["The file is empty: no header line and no rows."],
    });
    expect(parsePocCsv("state,type,name,title,organisation,emails,phone,time_zone,hours\n", NOW)).toEqual({
      ok: false,
      problems: ["The file has no rows under its header line."],
    });
  });
});

/** A store that fails on the n-th write of a POC record: a crash in the middle of an import. */
/** A temporary folder (removed after the tests) and the CLI's output, collected. */
function cliWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), "poc-cli-"));
  dirs.push(dir);
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (line: string) => out.push(line),
    err: (line: string) => err.push(line),
    clock: fixedClock(NOW),
  };
  return { dir, out, err, io };
}

function crashingAfter(store: Store, writes: number): Store {
  let count = 0;
  const wrap = (inner: Store): Store => ({
    ...inner,
    get: inner.get.bind(inner),
    list: inner.list.bind(inner),
    delete: inner.delete.bind(inner),
    setIfAbsent: inner.setIfAbsent.bind(inner),
    ping: inner.ping.bind(inner),
    close: inner.close.bind(inner),
    async set(key, value, ttl) {
      if (key.startsWith("rec:")) {
        count += 1;
        if (count > writes) throw new Error("process killed");
      }
      return inner.set(key, value, ttl);
    },
    namespace: (name) => wrap(inner.namespace(name)),
  });
  return wrap(store);
}

describe("importing, all or nothing", () => {
  const first = directoryCsv([
    { state: "KEN", type: "technical" },
    { state: "KEN", type: "diplomatic" },
    { state: "FRA", type: "technical" },
  ]);
  const second = directoryCsv([
    { state: "KEN", type: "technical", title: "Director" },
    { state: "SGP", type: "diplomatic" },
    { state: "FRA", type: "technical" },
  ]);

  it("a crash in the middle of writing leaves the previous directory as it was, and a retry succeeds", async () => {
    const store = (await openStore("memory:")).namespace("poc");
    const directory = new PocRepository(store);
    const rows = (csv: string) => {
      const result = parsePocCsv(csv, NOW);
      if (!result.ok) throw new Error(result.problems.join("\n"));
      return result.rows;
    };
    await directory.replaceDirectory(rows(first), SECRETARY, NOW);
    const crashing = new PocRepository(crashingAfter(store, 2));
    await expect(crashing.replaceDirectory(rows(second), SECRETARY, NOW)).rejects.toThrow("process killed");
    expect((await directory.all()).map((r) => [r.id, r.title])).toEqual([
      ["FRA:technical", "Officer"],
      ["KEN:diplomatic", "Officer"],
      ["KEN:technical", "Officer"],
    ]);
    expect(await directory.history("SGP:diplomatic")).toEqual([]);
    await directory.replaceDirectory(rows(second), SECRETARY, NOW);
    expect((await directory.all()).map((r) => [r.id, r.title])).toEqual([
      ["FRA:technical", "Officer"],
      ["KEN:technical", "Director"],
      ["SGP:diplomatic", "Officer"],
    ]);
  });

  it("a re-import keeps confirmation dates, unconfirms changed records, audits each changed field and removal, and bumps versions of changed records only", async () => {
    const store = (await openStore("memory:")).namespace("poc");
    const directory = new PocRepository(store);
    const firstRows = parsePocCsv(first, NOW);
    if (!firstRows.ok) throw new Error("bad fixture");
    await directory.replaceDirectory(firstRows.rows, SECRETARY, NOW);
    const ken = await directory.get("KEN:technical");
    if (!ken) throw new Error("missing");
    await directory.save({
      ...ken,
      status: "confirmed",
      lastConfirmedAt: "2024-06-01T13:00:00.000Z",
      nextDueAt: "2025-06-01T13:00:00.000Z",
    });
    const later = new Date("2024-06-02T09:00:00.000Z");
    const secondRows = parsePocCsv(second, later);
    if (!secondRows.ok) throw new Error("bad fixture");
    const summary = await directory.replaceDirectory(secondRows.rows, SECRETARY, later);
    expect(summary).toEqual({
      count: 3,
      created: 1,
      changed: 1,
      unchanged: 1,
      removed: 1,
      byType: { diplomatic: 1, technical: 2 },
      overwritten: [],
      kept: [],
      unconfirmed: ["KEN technical"],
    });
    expect(await directory.get("KEN:technical")).toMatchObject({
      title: "Director",
      status: "unconfirmed",
      lastConfirmedAt: "2024-06-01T13:00:00.000Z",
      nextDueAt: "2024-07-02T09:00:00.000Z",
      version: 2,
    });
    expect((await directory.get("FRA:technical"))?.version).toBe(1);
    expect((await directory.get("SGP:diplomatic"))?.nextDueAt).toBe("2025-06-02T09:00:00.000Z");
    expect(
      (await directory.history("KEN:technical")).map((e) => [
        e.at,
        e.source,
        e.field,
        e.before,
        e.after,
        e.by.email,
      ]),
    ).toEqual([
      ["2024-06-01T12:00:00.000Z", "import", "record", null, "created by import", "secretariat@un.example"],
      ["2024-06-02T09:00:00.000Z", "import", "title", "Officer", "Director", "secretariat@un.example"],
      ["2024-06-02T09:00:00.000Z", "import", "status", "confirmed", "unconfirmed", "secretariat@un.example"],
    ]);
    expect((await directory.history("KEN:diplomatic")).map((e) => [e.field, e.before, e.after])).toEqual([
      ["record", null, "created by import"],
      ["record", "present", "removed by import"],
    ]);
  });
});

describe("importing from chat", () => {
  const csv = directoryCsv([{ state: "KEN", type: "technical", emails: KEN_TECH.email ?? "" }]);

  it("the Secretariat pastes the CSV in a direct message, line breaks and all", async () => {
    const bot = await pocBot();
    const reply = await bot.say(SECRETARIAT, `import poc directory\n${csv}`);
    expect(textOf(reply)).toBe(
      "Imported 1 POC record (0 diplomatic, 1 technical): 1 new, 0 changed, 0 unchanged, 0 removed. Every change is in the audit trail.",
    );
    expect((await bot.directory.all()).map((r) => r.id)).toEqual(["KEN:technical"]);
  });

  it("refuses a file that would remove records unless the message says 'removing missing'", async () => {
    const bot = await pocBot();
    const full = directoryCsv([
      { state: "KEN", type: "technical", emails: KEN_TECH.email ?? "" },
      { state: "KEN", type: "diplomatic", emails: "amina@mission.example" },
      { state: "FRA", type: "technical", emails: "claire@cert.example" },
    ]);
    await bot.say(SECRETARIAT, `import poc directory\n${full}`);
    expect(textOf(await bot.say(SECRETARIAT, `import poc directory\n${csv}`))).toBe(
      'This file lacks 2 records the directory holds (FRA technical, KEN diplomatic), which the import would remove, so nothing was imported. If they should go, send the same message starting "import poc directory, removing missing".',
    );
    expect((await bot.directory.all()).map((r) => r.id).sort()).toEqual([
      "FRA:technical",
      "KEN:diplomatic",
      "KEN:technical",
    ]);
    expect(textOf(await bot.say(SECRETARIAT, `import poc directory, removing missing\n${csv}`))).toBe(
      "Imported 1 POC record (0 diplomatic, 1 technical): 0 new, 0 changed, 1 unchanged, 2 removed. Every change is in the audit trail.",
    );
    expect((await bot.directory.all()).map((r) => r.id)).toEqual(["KEN:technical"]);
  });

  it("a rejected paste says what is wrong row by row and imports nothing", async () => {
    const bot = await pocBot();
    const reply = await bot.say(
      SECRETARIAT,
      `import poc directory\n${csv}\nKEN,technical,Xu Li,Head,CERT,x@y.org,12345,,UTC,09:00-17:00,,`,
    );
    expect(textOf(reply)).toBe(
      [
        "Nothing was imported: 1 problem(s) to fix, row by row (row 1 is the header):",
        '• row 3: phone: "12345" is too short for a phone number in Kenya; KEN technical already appears on row 2 (the directory holds one POC per State and type)',
      ].join("\n"),
    );
    expect(await bot.directory.all()).toEqual([]);
  });

  it("refuses a paste in a channel (contact details) and anyone but the Secretariat", async () => {
    const bot = await pocBot();
    expect(textOf(await bot.say(SECRETARIAT, `import poc directory\n${csv}`, { channel: true }))).toBe(
      "The POC directory holds contact details: paste it in a direct message to me, not in a channel. Nothing was imported.",
    );
    expect(textOf(await bot.say(DELEGATE, `import poc directory\n${csv}`))).toBe(
      "Sorry, only the Secretariat can do that.",
    );
    expect(await bot.directory.all()).toEqual([]);
  });

  it("without CSV lines, explains the format", async () => {
    const bot = await pocBot();
    expect(textOf(await bot.say(SECRETARIAT, "import poc directory"))).toBe(
      'Paste the directory under the words "import poc directory", as CSV with this header line (template: data/templates/poc-directory.csv):\nstate,type,name,title,organisation,emails,phone,phone_24_7,time_zone,hours,pgp_fingerprint,last_confirmed',
    );
  });
});

describe("the import CLI", () => {
  it("imports a file into a SQLite store that the bot then reads", async () => {
    const { dir, out, io } = cliWorkspace();
    const file = join(dir, "directory.csv");
    writeFileSync(file, TEMPLATE);
    const storeUrl = `sqlite:${join(dir, "bot.sqlite")}`;
    expect(await runPocCli(["import", file, "--store", storeUrl, "--by", "secretariat@un.example"], io)).toBe(
      0,
    );
    expect(out).toEqual([
      `${file}: 3 rows, all valid; importing into ${storeUrl}…`,
      `Imported into ${storeUrl}: 3 POC records (1 diplomatic, 2 technical): 3 new, 0 changed, 0 unchanged, 0 removed.`,
    ]);

    const bot = await pocBot({ storeUrl, now: "2024-06-01T13:00:00.000Z" });
    expect(textOf(await bot.say({ ...KEN_TECH, email: "peter.otieno@cert.example" }, "my details"))).toMatch(
      /Peter Otieno/,
    );
    await bot.store.close();
  });

  it("rejects a bad file with the row-by-row report and exit code 1, and a bad call with 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poc-cli-"));
    dirs.push(dir);
    const file = join(dir, "bad.csv");
    writeFileSync(file, TEMPLATE.replace("+33 1 23 45 67 89", "+33 1 23"));
    const err: string[] = [];
    const io = { out: () => undefined, err: (line: string) => err.push(line), clock: fixedClock(NOW) };
    expect(await runPocCli(["import", file, "--store", `sqlite:${join(dir, "bot.sqlite")}`], io)).toBe(1);
    expect(err).toEqual([
      "Nothing was imported: 1 problem(s), row by row (row 1 is the header):",
      '  row 4: phone: "+33 1 23" is too short for a phone number',
    ]);
    expect(await runPocCli(["export"], io)).toBe(2);
  });

  it("refuses to remove records the file lacks without --remove-missing", async () => {
    const { dir, out, err, io } = cliWorkspace();
    const full = join(dir, "full.csv");
    const partial = join(dir, "partial.csv");
    writeFileSync(full, TEMPLATE);
    writeFileSync(partial, TEMPLATE.split("\n").slice(0, 2).join("\n"));
    const store = ["--store", `sqlite:${join(dir, "bot.sqlite")}`];
    expect(await runPocCli(["import", full, ...store], io)).toBe(0);
    expect(await runPocCli(["import", partial, ...store], io)).toBe(1);
    expect(err.at(-1)).toMatch(
      /^This file lacks 2 records the directory holds .* run the same command with --remove-missing\.$/,
    );
    expect(await runPocCli(["import", partial, ...store, "--remove-missing"], io)).toBe(0);
    expect(out.at(-1)).toMatch(/: 1 POC record .* 2 removed\.$/);
  });
});
