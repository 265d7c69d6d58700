import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ProgrammeDataError } from "../../bot/programme/errors.js";
import { DEFAULT_DATA_DIR, loadCatalogue, loadProgrammes } from "../../bot/programme/load.js";
import { catalogue } from "./support.js";

const realOewg = readFileSync(join(DEFAULT_DATA_DIR, "oewg-7th-session.yaml"), "utf8");
const realPoc = readFileSync(join(DEFAULT_DATA_DIR, "poc-meeting-1.yaml"), "utf8");

const minimal = `
id: test-session
series: Test series
title: Test session
shortTitle: Test
status: provisional
version: 1
timeZone: America/New_York
venue: { name: Somewhere, city: New York }
source: { kind: letter, date: 2024-01-01, from: The Chair }
meetings:
  - id: test-am
    date: 2024-03-04
    start: "10:00"
    end: "13:00"
    items: [{ id: test-am-opening, title: Opening, types: [opening] }]
  - id: test-pm
    date: 2024-03-04
    start: "15:00"
    end: "18:00"
    items: [{ id: test-pm-closing, title: Closing, types: [closure] }]
`;

const directories: string[] = [];

function dataDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "programme-"));
  directories.push(root);
  const dir = join(root, "data");
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function loadError(files: Record<string, string>): ProgrammeDataError {
  try {
    loadProgrammes(dataDir(files));
  } catch (error) {
    if (error instanceof ProgrammeDataError) return error;
    throw error;
  }
  throw new Error("expected a ProgrammeDataError");
}

afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the real data", () => {
  it("loads both programmes from data/", () => {
    expect(catalogue.programmes.map((p) => p.id)).toEqual(["oewg-7", "poc-meeting-1"]);
    expect(catalogue.programmes.map((p) => p.file)).toEqual([
      "data/oewg-7th-session.yaml",
      "data/poc-meeting-1.yaml",
    ]);
  });

  it("has the ten OEWG meetings, the reception and the POC meeting with its eight items", () => {
    const kinds = (id: string) =>
      catalogue.programmes.find((p) => p.id === id)?.occurrences.map((o) => o.kind);
    expect(kinds("oewg-7")).toEqual([...Array(2).fill("meeting"), "social", ...Array(8).fill("meeting")]);
    expect(kinds("poc-meeting-1")).toEqual(["meeting", "milestone"]);
    const poc = catalogue.byId.get("poc-meeting-1-2024-05-09");
    expect(poc?.kind === "meeting" ? poc.items.map((item) => item.startTime) : []).toEqual([
      "10:00",
      "10:15",
      "10:45",
      "11:00",
      "11:20",
      "11:40",
      "12:40",
      "12:50",
    ]);
  });

  it("stores New York wall times and converts with the right offset: EST in March, EDT in May and June", () => {
    const instant = (id: string) => {
      const occurrence = catalogue.byId.get(id);
      return occurrence && occurrence.kind !== "notice"
        ? new Date(occurrence.start).toISOString()
        : undefined;
    };
    expect(instant("oewg-7-2024-03-04-am")).toEqual("2024-03-04T15:00:00.000Z");
    expect(instant("oewg-7-2024-03-08-pm")).toEqual("2024-03-08T20:00:00.000Z");
    expect(instant("oewg-7-reception-2024-03-04")).toEqual("2024-03-04T23:30:00.000Z");
    expect(instant("poc-meeting-1-2024-05-09")).toEqual("2024-05-09T14:00:00.000Z");
    expect(instant("poc-meeting-1-way-forward-closing")).toEqual("2024-05-09T16:50:00.000Z");
    expect(instant("poc-ping-test-2024-06-10")).toEqual("2024-06-10T04:00:00.000Z");
  });

  it("leaves absent what the letters do not give: rooms, the reception's end, the connection link", () => {
    const reception = catalogue.byId.get("oewg-7-reception-2024-03-04");
    expect(
      reception?.kind === "social" ? [reception.end, reception.event.end] : "not a social event",
    ).toEqual([undefined, undefined]);
    expect(reception?.kind === "social" ? reception.event.rsvp?.originalLink : undefined).toEqual(
      "https://bit.ly/OEWG_4Mar24",
    );
    const rooms = catalogue.occurrences.flatMap((o) =>
      o.kind === "meeting" && o.meeting.room ? [o.meeting.room] : [],
    );
    expect(rooms).toEqual([]);
    expect(catalogue.programmes.map((p) => p.programme.venue.room)).toEqual([undefined, undefined]);
    expect(catalogue.programmes.map((p) => p.programme.links.map((link) => link.label))).toEqual([
      ["Additional information"],
      [],
    ]);
  });

  it("gives every meeting, item, event and milestone a unique slug id", () => {
    const ids = catalogue.occurrences.map((o) => o.id);
    expect(new Set(ids).size).toEqual(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("sorts occurrences by start, meetings before their items", () => {
    const starts = catalogue.occurrences.map((o) => o.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(catalogue.occurrences.slice(0, 2).map((o) => o.kind)).toEqual(["meeting", "item"]);
  });

  it("loads from another folder, found by path rather than the working directory", () => {
    const copy = loadCatalogue(dataDir({ "a.yaml": realOewg, "b.yml": realPoc }));
    expect(copy.occurrences.length).toEqual(catalogue.occurrences.length);
  });

  it("adds a programme when a file is dropped into the folder", () => {
    const more = loadCatalogue(dataDir({ "a.yaml": realOewg, "b.yaml": realPoc, "c.yaml": minimal }));
    expect(more.programmes.map((p) => p.id)).toEqual(["oewg-7", "poc-meeting-1", "test-session"]);
    expect(more.byDate.get("2024-03-04")?.map((o) => o.id)).toContain("test-am");
  });
});

describe("broken data", () => {
  it.each([
    {
      name: "end before start",
      text: minimal.replace('end: "18:00"', 'end: "14:00"'),
      message: "data/x.yaml: meetings[1].end: must be after start",
    },
    {
      name: "an item outside its meeting",
      text: minimal.replace("{ id: test-pm-closing,", '{ id: test-pm-closing, start: "17:00", end: "19:00",'),
      message: "data/x.yaml: meetings[1].items[0].end: must not be after the meeting ends",
    },
    {
      name: "an unknown zone",
      text: minimal.replace("America/New_York", "America/Gotham"),
      message: "data/x.yaml: timeZone: must be an IANA time zone",
    },
    {
      name: "an impossible date",
      text: minimal.replace('date: 2024-03-04\n    start: "15:00"', 'date: 2024-02-30\n    start: "15:00"'),
      message: "data/x.yaml: meetings[1].date: must be a date written YYYY-MM-DD",
    },
    {
      name: "a time that is not HH:mm",
      text: minimal.replace('start: "10:00"', 'start: "10am"'),
      message: 'data/x.yaml: meetings[0].start: must be a 24-hour time written "HH:mm"',
    },
    {
      name: "a duplicate id",
      text: minimal.replace("id: test-pm-closing", "id: test-am-opening"),
      message:
        'data/x.yaml: meetings[1].items[0].id: duplicate id "test-am-opening" (first used at meetings[0].items[0])',
    },
    {
      name: "an id that is not a slug",
      text: minimal.replace("id: test-am\n", "id: Test AM\n"),
      message: "data/x.yaml: meetings[0].id: must be a slug (lower-case letters, digits, hyphens)",
    },
    {
      name: "an unknown field",
      text: minimal.replace("shortTitle: Test", "shortTitle: Test\ndressCode: formal"),
      message: "data/x.yaml: unknown field(s): dressCode",
    },
    {
      name: "a missing field",
      text: minimal.replace("series: Test series\n", ""),
      message: "data/x.yaml: series: is required",
    },
    {
      name: "a wall time skipped by daylight-saving time",
      text: minimal.replace('date: 2024-03-04\n    start: "10:00"', 'date: 2024-03-10\n    start: "02:30"'),
      message:
        "data/x.yaml: meetings[0].start: 2024-03-10 02:30 does not exist in America/New_York (clocks skip that hour)",
    },
  ])("names the file and the path for $name", ({ text, message }) => {
    const error = loadError({ "x.yaml": text });
    expect(error.code).toEqual("PROGRAMME_DATA");
    expect(error.name).toEqual("ProgrammeDataError");
    expect(error.message.split("\n")[0]?.replace(/ \(line \d+\)$/, "")).toEqual(message);
  });

  it("gives the YAML line of the offending value", () => {
    const error = loadError({ "x.yaml": minimal.replace('end: "18:00"', 'end: "14:00"') });
    expect(error.message).toMatch(/must be after start \(line 20\)$/);
  });

  it("reports invalid YAML with its line", () => {
    const error = loadError({ "x.yaml": `${minimal}\n  - : [unclosed\n` });
    expect(error.issues[0]?.file).toEqual("data/x.yaml");
    expect(error.issues[0]?.message).toMatch(/^invalid YAML/);
    expect(error.issues[0]?.path).toMatch(/^line \d+$/);
  });

  it("collects the issues of every file, and ids reused across files", () => {
    const error = loadError({
      "a.yaml": minimal,
      "b.yaml": minimal.replace("id: test-session", "id: other-session"),
      "c.yaml": "id: [",
    });
    expect(error.issues.map((issue) => `${issue.file}: ${issue.path}`)).toEqual([
      "data/c.yaml: line 1",
      "data/b.yaml: meetings[0].id",
      "data/b.yaml: meetings[0].items[0].id",
      "data/b.yaml: meetings[1].id",
      "data/b.yaml: meetings[1].items[0].id",
    ]);
    expect(error.issues[1]?.message).toEqual('id "test-am" is already used in data/a.yaml');
  });

  it("refuses an empty or missing folder", () => {
    expect(() => loadProgrammes(dataDir({}))).toThrow(/no programme files/);
    expect(() => loadProgrammes("/nonexistent/data")).toThrow(ProgrammeDataError);
  });
});
