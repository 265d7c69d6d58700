import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseRosterCsv } from "../../bot/people/roster-import.js";
import { rosterSchema } from "../../bot/people/schema.js";
import { stateCodeFor, stateName } from "../../bot/people/states.js";
import { openStore } from "../../bot/store/index.js";
import { runRosterCli } from "../../handlers/roster/cli.js";
import { importCommandCsv } from "../../handlers/roster/parse.js";
import { harness, people, ROSTER_CSV, SECRETARIAT, user, withRoster } from "../reminders/harness.js";

function sink() {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

describe("roster import in chat", () => {
  it("imports a CSV pasted after 'import roster', keeping its line breaks", async () => {
    const h = await harness();
    const answer = await h.say(people.secretariat, `import roster\n${ROSTER_CSV}`);
    expect(answer).toBe(
      "Roster imported (version 1): 6 people: 3 heads of delegation, 2 delegates, 1 POC, 1 Secretariat; 4 States (Brazil, France, Kenya, Singapore).",
    );
    expect(await h.deps.people.identify(people.ann)).toMatchObject({
      roles: ["head_of_delegation"],
      person: { name: "Ann Mwangi", state: "KEN" },
    });
  });

  it("reports invalid rows one by one and imports nothing", async () => {
    const h = await harness();
    await withRoster(h);
    const bad = [
      "email,name,state,roles",
      "ok@ken.example,Ok Person,KEN,delegate",
      "bob@,Bob,XKX,delegate",
      "eve@fra.example,Eve,FRA,king",
    ].join("\n");
    const answer = await h.say(people.secretariat, `import roster\n${bad}`);
    expect(answer.split("\n")).toEqual([
      "Nothing was imported: the roster has 2 problems. Fix them and send the whole file again.",
      '• row 3: email: "bob@" is not a valid email address; state: "XKX" is a user-assigned code, not a UN Member State or observer State',
      '• row 4: roles: unknown role(s) "king"; use head of delegation, delegate, poc or secretariat',
    ]);
    expect((await h.deps.people.roster())?.version).toBe(1);
    expect(await h.deps.people.personByEmail("ok@ken.example")).toBeUndefined();
  });

  it("numbers rows as the lines of the file from the header, blank lines included", async () => {
    const h = await harness();
    const lines = ROSTER_CSV.split("\n");
    const withGaps = [...lines.slice(0, 3), "", "", ...lines.slice(3), "", "bad@,Bad,KEN,delegate"].join(
      "\n",
    );
    expect(await h.say(people.secretariat, `import roster\n${withGaps}`)).toBe(
      [
        "Nothing was imported: the roster has 1 problem. Fix it and send the whole file again.",
        '• row 11: email: "bad@" is not a valid email address',
      ].join("\n"),
    );
    const cells = (row: string) => `import roster\n${[...lines.slice(0, 3), "", row].join("\n")}`;
    expect(await h.say(people.secretariat, cells("x@y.example,García, María,MEX,delegate"))).toBe(
      [
        "Nothing was imported: the roster has 1 problem. Fix it and send the whole file again.",
        '• row 5 has 5 cells but the header has 4. A cell holding a comma must be in double quotes, e.g. "García, María".',
      ].join("\n"),
    );
    expect(await h.say(people.secretariat, cells("x@y.example,X,delegate"))).toMatch(
      /• row 5 has 3 cells but the header has 4\. Every row needs a cell for each column, empty ones included\.$/,
    );
  });

  it("reads a file saved with ';' as separator (Excel in many European locales), quoted cells and all", async () => {
    const h = await harness();
    const semicolons = [
      "email;name;state;roles",
      'ann@ken.example;"Mwangi, Ann";KEN;"head of delegation;poc"',
      "peter@ken.example;Peter Otieno;KEN;delegate",
    ].join("\n");
    expect(await h.say(people.secretariat, `import roster\n${semicolons}`)).toMatch(
      /^Roster imported \(version 1\): 2 people: 1 head of delegation, 1 delegate, 1 POC/,
    );
    expect(await h.deps.people.personByEmail("ann@ken.example")).toEqual({
      email: "ann@ken.example",
      name: "Mwangi, Ann",
      state: "KEN",
      roles: ["head_of_delegation", "poc"],
    });
    const unquoted = semicolons.replace('"head of delegation;poc"', "head of delegation;poc");
    expect(await h.say(people.secretariat, `import roster\n${unquoted}`)).toBe(
      [
        "Nothing was imported: the roster has 1 problem. Fix it and send the whole file again.",
        '• row 2 has 5 cells but the header has 4. The file uses ";" as separator, so a cell holding ";" (several roles or emails) must be in double quotes.',
      ].join("\n"),
    );
  });

  it("refuses a file that would drop people, unless the message says 'removing missing'", async () => {
    const h = await harness();
    await withRoster(h);
    const partial = ROSTER_CSV.split("\n")
      .filter((line) => !line.startsWith("li@") && !line.startsWith("sam@"))
      .join("\n");
    expect(await h.say(people.secretariat, `import roster\n${partial}`)).toBe(
      [
        "Nothing was imported: the roster has 1 problem. Fix it and send the whole file again.",
        '• This file lacks 2 people the roster holds (li@sgp.example, sam@bra.example), who would be dropped with their roles. If they should go, send the same message starting "import roster, removing missing".',
      ].join("\n"),
    );
    expect((await h.deps.people.roster())?.people).toHaveLength(6);
    expect(await h.say(people.secretariat, `import roster, removing missing\n${partial}`)).toMatch(
      /^Roster imported \(version 2\): 4 people/,
    );
  });

  it("refuses a file without a column the roster has values in, even 'removing missing', and says how to clear it", async () => {
    const h = await harness();
    await withRoster(h);
    const withoutState = ROSTER_CSV.split("\n")
      .map((line) =>
        line
          .split(",")
          .filter((_, column) => column !== 2)
          .join(","),
      )
      .join("\n");
    const refusal = [
      "Nothing was imported: the roster has 1 problem. Fix it and send the whole file again.",
      '• This file has no state column, but 5 people on the roster have a State, which they would lose (and with it "delegates of Kenya" and the like). Add the column and send the whole file again; to clear States on purpose, keep the column and leave its cells empty.',
    ].join("\n");
    expect(await h.say(people.secretariat, `import roster\n${withoutState}`)).toBe(refusal);
    expect(await h.say(people.secretariat, `import roster, removing missing\n${withoutState}`)).toBe(refusal);
    expect((await h.deps.people.roster())?.version).toBe(1);
    expect((await h.deps.people.personByEmail("ann@ken.example"))?.state).toBe("KEN");
    const emptyState = ROSTER_CSV.replace(/,(KEN|FRA|SGP|BRA),/g, ",,");
    expect(await h.say(people.secretariat, `import roster\n${emptyState}`)).toMatch(
      /^Roster imported \(version 2\): 6 people: .*; 0 States\./,
    );
  });

  it("refuses unknown columns, naming them and the roster's columns", async () => {
    const h = await harness();
    await withRoster(h);
    const extra = ROSTER_CSV.split("\n")
      .map((line, index) => `${line},${index === 0 ? " Phone ,Notes" : "+1 212 555 0100,"}`)
      .join("\n");
    expect(await h.say(people.secretariat, `import roster\n${extra}`)).toBe(
      [
        "Nothing was imported: the roster has 2 problems. Fix them and send the whole file again.",
        "• Unknown column(s): phone, notes.",
        "• Expected the columns of the template: email,name,state,roles (state may be empty for the Secretariat)",
      ].join("\n"),
    );
    expect((await h.deps.people.roster())?.version).toBe(1);
  });

  it("says what a re-import changed, field by field, and makes no new version when nothing did", async () => {
    const h = await harness();
    await withRoster(h);
    const changed = `${ROSTER_CSV.replace(
      "peter@ken.example,Peter Otieno,KEN",
      "peter@ken.example,Peter Otieno,AUT",
    )
      .replace("Ann Mwangi,KEN,head of delegation", "Ann Mwangi,KEN,head of delegation;poc")
      .replace("Li Wei,", "Li Wei Tan,")}\nzoe@deu.example,Zoë Müller,DEU,delegate`;
    expect(await h.say(people.secretariat, `import roster\n${changed}`)).toBe(
      "Roster imported (version 2): 7 people: 3 heads of delegation, 3 delegates, 2 POCs, 1 Secretariat; 6 States (Austria, Brazil, France, Germany, Kenya, Singapore).\n" +
        "Compared with version 1: 1 added, 3 changed, 3 unchanged, 0 removed.\n" +
        "• Ann Mwangi: roles head of delegation → head of delegation, POC\n" +
        "• Li Wei Tan: name Li Wei → Li Wei Tan\n" +
        "• Peter Otieno: state KEN → AUT\n" +
        "• Added: Zoë Müller",
    );
    expect(await h.say(people.secretariat, `import roster\n${changed}`)).toBe(
      "Nothing changed: the file matches roster version 2 (7 people), so no new version was made.",
    );
    expect((await h.deps.people.roster())?.version).toBe(2);
    const partial = changed
      .split("\n")
      .filter((line) => !line.startsWith("sam@"))
      .join("\n");
    expect(await h.say(people.secretariat, `import roster, removing missing\n${partial}`)).toMatch(
      /\nCompared with version 2: 0 added, 0 changed, 6 unchanged, 1 removed\.\n• Removed: Sam Souza$/,
    );
  });

  it("names Côte d'Ivoire with its circumflex, and still reads it without", async () => {
    const h = await harness();
    await h.say(people.secretariat, `import roster\n${ROSTER_CSV}\naya@civ.example,Aya Koné,CIV,delegate`);
    expect(await h.say(people.secretariat, "roster")).toContain(
      "5 States (Brazil, Côte d'Ivoire, France, Kenya, Singapore)",
    );
    expect(stateName("CIV")).toBe("Côte d'Ivoire");
    expect(stateName("ALA")).toBe("Åland Islands");
    expect([stateCodeFor("Cote d'Ivoire"), stateCodeFor("côte d'ivoire")]).toEqual(["CIV", "CIV"]);
  });

  it("lets only the Secretariat import, and says so", async () => {
    const h = await harness();
    const answer = await h.say(people.ann, `import roster\n${ROSTER_CSV}`);
    expect(answer).toBe("Sorry, only the Secretariat can import the roster.");
    expect(await h.deps.people.roster()).toBeUndefined();
  });

  it("asks for the CSV when the message has none", async () => {
    const h = await harness();
    expect(await h.say(people.secretariat, "import roster")).toBe(
      'Send "import roster" followed, in the same message, by the CSV lines (header: email,name,state,roles). Type "roster template" for an example.',
    );
  });

  it("matches people only by the email the platform verified", async () => {
    const h = await harness();
    await withRoster(h);
    const typedEmail = user("impostor");
    await h.say(typedEmail, "I am ann@ken.example");
    expect(await h.deps.people.identify(typedEmail)).toEqual({ person: undefined, roles: ["delegate"] });
    expect(await h.deps.people.identify({ ...typedEmail, displayName: "ann@ken.example" })).toEqual({
      person: undefined,
      roles: ["delegate"],
    });
    expect((await h.deps.people.identify(people.claire)).roles).toEqual(["head_of_delegation", "poc"]);
  });

  it("strips a code fence and smart quotes from a pasted CSV", () => {
    expect(
      importCommandCsv("import roster:\n```\nemail,name,state,roles\n“a@b.example”,A,KEN,delegate\n```")?.csv,
    ).toBe('email,name,state,roles\n"a@b.example",A,KEN,delegate');
    expect(importCommandCsv("import rosters")).toBeUndefined();
    expect(importCommandCsv("what is the roster?")).toBeUndefined();
  });

  it("shows the roster's status to the Secretariat only, and the template to anyone", async () => {
    const h = await harness();
    await withRoster(h);
    await h.say(people.ann, "hello");
    expect(await h.say(people.secretariat, "roster")).toBe(
      `Roster version 1, imported Fri 1 Mar 2024, 7:00 AM New York time by ${SECRETARIAT}: 6 people: 3 heads of delegation, 2 delegates, 1 POC, 1 Secretariat; 4 States (Brazil, France, Kenya, Singapore). 2 of 6 have talked to me (so I can message them).`,
    );
    expect(await h.say({ ...people.secretariat, timeZone: "Asia/Tokyo" }, "roster")).toMatch(
      /^Roster version 1, imported Fri 1 Mar 2024, 7:00 AM New York time \(Fri 1 Mar 2024, 9:00 PM your time \(Tokyo\)\) by /,
    );
    expect(await h.say(people.ann, "roster")).toBe("Sorry, only the Secretariat can see the roster.");
    expect(await h.say(people.ann, "roster template")).toMatch(
      /^Roster CSV template .*\nemail,name,state,roles\nann\.mwangi@/s,
    );
  });

  it("has a template that imports cleanly", () => {
    const template = readFileSync(new URL("../../data/templates/roster.csv", import.meta.url), "utf8");
    const result = parseRosterCsv(template);
    expect(result.ok).toBe(true);
    expect(result.ok && result.rows.map((person) => person.roles)).toEqual([
      ["head_of_delegation"],
      ["delegate"],
      ["head_of_delegation", "poc"],
      ["delegate", "poc"],
      ["secretariat"],
    ]);
  });
});

describe("roster audiences", () => {
  it("resolves everyone, roles and States; unknown chat users count as delegates", async () => {
    const h = await harness();
    await withRoster(h);
    await h.say(people.ann, "hello");
    await h.say(user("stranger", { email: "stranger@example.org" }), "hello");
    const keys = async (selector: string) =>
      (await h.deps.audiences.resolve(selector))
        .map((r) => `${r.key}${r.userId ? `=${r.userId}` : ""}`)
        .sort();
    expect(await keys("role:head_of_delegation")).toEqual([
      "ann@ken.example=test:ann",
      "claire@fra.example",
      "li@sgp.example",
    ]);
    expect(await keys("role:delegate")).toEqual([
      "peter@ken.example",
      "sam@bra.example",
      "stranger@example.org=test:stranger",
    ]);
    expect(await keys("role:secretariat")).toEqual([`${SECRETARIAT}=test:desk`]);
    expect(await keys("state:KEN,France")).toEqual([
      "ann@ken.example=test:ann",
      "claire@fra.example",
      "peter@ken.example",
    ]);
    expect((await keys("everyone")).length).toBe(7);
    await expect(h.deps.audiences.resolve("state:Atlantis")).rejects.toThrow(
      'Unknown State in state:<codes>: "Atlantis" is not the name or code of a UN Member State or observer State.',
    );
    await expect(h.deps.audiences.resolve("role:king")).rejects.toThrow('Unknown role "king"');
  });
});

describe("roster CLI", () => {
  it("imports a CSV file into a SQLite store, and rejects a bad one with the rows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-cli-"));
    const storeUrl = `sqlite:${join(dir, "bot.sqlite")}`;
    writeFileSync(join(dir, "roster.csv"), ROSTER_CSV);
    writeFileSync(join(dir, "bad.csv"), "email,name,state,roles\nx@y.example,X,ZZZ,delegate\n");
    const out = sink();
    const err = sink();
    expect(
      await runRosterCli(
        ["import", join(dir, "roster.csv"), "--store", storeUrl],
        {},
        out.stream,
        err.stream,
      ),
    ).toBe(0);
    expect(out.text()).toMatch(/^Roster imported into sqlite:.*\(version 1\): 6 people/);
    expect(
      await runRosterCli(["import", join(dir, "bad.csv"), "--store", storeUrl], {}, out.stream, err.stream),
    ).toBe(1);
    expect(err.text()).toBe(
      'Nothing was imported: 1 problem(s).\n  row 2: state: "ZZZ" is a user-assigned code, not a UN Member State or observer State\n',
    );
    const store = await openStore(storeUrl);
    expect((await store.namespace("people").get("roster", rosterSchema))?.people.length).toBe(6);
    await store.close();
  });

  it("refuses files not saved as UTF-8 (Windows-1252, UTF-16), and text already garbled, importing nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-cli-"));
    const storeUrl = `sqlite:${join(dir, "bot.sqlite")}`;
    const csv = "email,name,state,roles\nzoe@mission.example,Zoë Müller,FRA,delegate\n";
    writeFileSync(join(dir, "latin1.csv"), Buffer.from(csv, "latin1"));
    writeFileSync(
      join(dir, "utf16.csv"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")]),
    );
    writeFileSync(join(dir, "garbled.csv"), csv.replace("ë", "\uFFFD"));
    writeFileSync(join(dir, "bom.csv"), `\uFEFF${csv}`);
    const attempt = async (name: string) => {
      const out = sink();
      const err = sink();
      const code = await runRosterCli(
        ["import", join(dir, name), "--store", storeUrl],
        {},
        out.stream,
        err.stream,
      );
      return { code, out: out.text(), err: err.text() };
    };
    expect(await attempt("latin1.csv")).toMatchObject({
      code: 2,
      err: expect.stringMatching(/the file is not UTF-8 .* Save it as "CSV UTF-8"/),
    });
    expect((await attempt("utf16.csv")).err).toMatch(/the file is UTF-16/);
    expect((await attempt("garbled.csv")).err).toMatch(/The text contains � \(line 2\)/);
    const store = await openStore(storeUrl);
    expect(await store.namespace("people").get("roster", rosterSchema)).toBeUndefined();
    await store.close();
    expect(await attempt("bom.csv")).toMatchObject({ code: 0 });
    const after = await openStore(storeUrl);
    expect((await after.namespace("people").get("roster", rosterSchema))?.people[0]?.name).toBe("Zoë Müller");
    await after.close();
  });

  it("drops people the file lacks only with --remove-missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-cli-"));
    const storeUrl = `sqlite:${join(dir, "bot.sqlite")}`;
    writeFileSync(join(dir, "full.csv"), ROSTER_CSV);
    writeFileSync(join(dir, "partial.csv"), ROSTER_CSV.split("\n").slice(0, 3).join("\n"));
    const run = async (...args: string[]) => {
      const out = sink();
      const err = sink();
      const code = await runRosterCli(["import", ...args, "--store", storeUrl], {}, out.stream, err.stream);
      return { code, out: out.text(), err: err.text() };
    };
    expect((await run(join(dir, "full.csv"))).code).toBe(0);
    const refused = await run(join(dir, "partial.csv"));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /This file lacks 4 people the roster holds .* run the same command with --remove-missing\./,
    );
    expect(await run(join(dir, "partial.csv"), "--remove-missing")).toMatchObject({
      code: 0,
      out: expect.stringMatching(/\(version 2\): 2 people/),
    });
  });

  it("refuses a YAML file whose entries have no state when the roster has States", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-cli-"));
    const storeUrl = `sqlite:${join(dir, "bot.sqlite")}`;
    writeFileSync(
      join(dir, "states.yaml"),
      "- { email: a@ken.example, name: A, state: KEN, roles: [hod] }\n",
    );
    writeFileSync(join(dir, "stateless.yaml"), "- { email: a@ken.example, name: A, roles: [hod] }\n");
    const err = sink();
    const run = (name: string) =>
      runRosterCli(["import", join(dir, name), "--store", storeUrl], {}, sink().stream, err.stream);
    expect(await run("states.yaml")).toBe(0);
    expect(await run("stateless.yaml")).toBe(1);
    expect(err.text()).toMatch(/This file has no state column, but 1 person on the roster has a State/);
  });

  it("imports YAML and names bad entries", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-cli-"));
    const storeUrl = `sqlite:${join(dir, "bot.sqlite")}`;
    writeFileSync(
      join(dir, "ok.yaml"),
      "people:\n  - { email: a@ken.example, name: A, state: KEN, roles: [hod, poc] }\n",
    );
    writeFileSync(
      join(dir, "bad.yaml"),
      "- { email: a@ken.example, name: A, state: KEN, roles: [hod] }\n- { email: nope, name: B, roles: delegate }\n",
    );
    const out = sink();
    const err = sink();
    expect(
      await runRosterCli(["import", join(dir, "ok.yaml"), "--store", storeUrl], {}, out.stream, err.stream),
    ).toBe(0);
    expect(out.text()).toMatch(/1 person: 1 head of delegation, 0 delegates, 1 POC/);
    expect(
      await runRosterCli(["import", join(dir, "bad.yaml"), "--store", storeUrl], {}, out.stream, err.stream),
    ).toBe(1);
    expect(err.text()).toContain('entry 2: email: "nope" is not a valid email address');
  });
});

describe("control, bidi and terminal-escape characters in a roster", () => {
  it.each([
    [
      "roster.csv",
      "email,name,state,roles\nann@mission.example,Ann \u001b[41mMwangi,KEN,delegate\n",
      "U+001B",
      "line 2, column 25",
    ],
    [
      "roster.csv",
      "email,name,state,roles\nann@mission.example,\u202eignaweM nnA,KEN,delegate\n",
      "U+202E",
      "line 2, column 21",
    ],
    [
      "roster.yaml",
      'people:\n  - email: ann@mission.example\n    name: "Ann\\u200b"\n    name2: x\u0000\n',
      "U+0000",
      "line 4, column 13",
    ],
  ])("the CLI refuses %s holding %s, naming where, and changes nothing", async (name, text, code, where) => {
    const dir = mkdtempSync(join(tmpdir(), "roster-cli-"));
    const storeUrl = `sqlite:${join(dir, "bot.sqlite")}`;
    writeFileSync(join(dir, "roster.csv.ok"), ROSTER_CSV);
    writeFileSync(join(dir, name), text);
    const err = sink();
    expect(
      await runRosterCli(["import", join(dir, name), "--store", storeUrl], {}, sink().stream, err.stream),
    ).toBe(1);
    expect(err.text()).toContain(`contains the invisible character ${code}`);
    expect(err.text()).toContain(where);
    const store = await openStore(storeUrl);
    expect(await store.namespace("people").get("roster", rosterSchema)).toBeUndefined();
    await store.close();
  });

  it("a roster pasted in chat with a zero-width space is refused, not silently cleaned", async () => {
    const h = await harness();
    const answer = await h.say(
      people.secretariat,
      `import roster\n${ROSTER_CSV.replace("Ann Mwangi", "Ann\u200b Mwangi")}`,
    );
    expect(answer).toMatch(
      /^Nothing was imported|contains the invisible character U\+200B \(zero-width space\)/,
    );
    expect(answer).toContain("U+200B (zero-width space) at line 2");
    expect(await h.deps.people.roster()).toBeUndefined();
  });
});
