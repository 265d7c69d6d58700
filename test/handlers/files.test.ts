/**
 * Files as attachments, in the core: a roster or directory CSV imports exactly as a paste
 * of it does, a programme YAML is previewed exactly as a paste; a file that cannot be read
 * gets a specific answer and changes nothing. (The adapters' downloads are tested with the
 * fakes: test/adapters/slack-files.test.ts, test/adapters/teams-files.test.ts.)
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Attachment, MessageEvent, UserRef } from "../../bot/types.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, ROSTER_CSV, withRoster } from "../reminders/harness.js";
import { thursdayAfternoonAt } from "../revisions/revision-samples.js";

const DIRECTORY_CSV = readFileSync(
  new URL("../../data/templates/poc-directory.csv", import.meta.url),
  "utf8",
);

function withFile(from: UserRef, text: string, ...attachments: Attachment[]): MessageEvent {
  return {
    kind: "message",
    id: randomUUID(),
    text,
    attachments,
    user: from,
    address: `test:dm-${from.id.slice(5)}` as MessageEvent["address"],
    isDirect: true,
  };
}

const file = (name: string, text: string, mediaType = "text/plain"): Attachment => ({
  name,
  mediaType,
  size: Buffer.byteLength(text),
  text,
});

async function setUp() {
  const h = await harness({ now: "2024-03-05T14:00:00Z", modules: handlerModules });
  const send = async (event: MessageEvent) => {
    const before = h.platform.sent.length;
    await h.core.sink.dispatch(event);
    return h.platform.sent
      .slice(before)
      .map((sent) => sent.text)
      .join("\n---\n");
  };
  return { ...h, send };
}

describe("a file sent to the bot", () => {
  it("imports a roster CSV exactly as the same CSV pasted after 'import roster'", async () => {
    const pasted = await setUp();
    const byPaste = await pasted.say(people.secretariat, `import roster\n${ROSTER_CSV}`);
    const h = await setUp();
    const byFile = await h.send(
      withFile(people.secretariat, "", file("roster.csv", `${ROSTER_CSV}\n`, "text/csv")),
    );
    expect(byFile).toBe(byPaste);
    expect(byFile).toMatch(/^Roster imported \(version 1\): 6 people/);
    expect((await h.deps.people.roster())?.people).toEqual((await pasted.deps.people.roster())?.people);
  });

  it("keeps the command typed with the file ('import roster, removing missing')", async () => {
    const h = await setUp();
    await withRoster(h);
    const shorter = ROSTER_CSV.split("\n").slice(0, -1).join("\n");
    const answer = await h.send(
      withFile(
        people.secretariat,
        "import roster, removing missing",
        file("people.csv", shorter, "text/csv"),
      ),
    );
    expect(answer).toMatch(/^Roster imported \(version 2\)/);
    expect((await h.deps.people.roster())?.people).toHaveLength(5);
  });

  it("reports a bad roster file's rows as a paste does, and imports nothing", async () => {
    const h = await setUp();
    const bad = ["email,name,state,roles", "bob@,Bob,XKX,delegate"].join("\n");
    const byFile = await h.send(withFile(people.secretariat, "", file("roster.csv", bad)));
    expect(byFile).toBe(await h.say(people.secretariat, `import roster\n${bad}`));
    expect(byFile).toMatch(/^Nothing was imported: the roster has 1 problem/);
    expect(await h.deps.people.roster()).toBeUndefined();
  });

  it("refuses a roster file from anyone but the Secretariat, as a paste is refused", async () => {
    const h = await setUp();
    const answer = await h.send(withFile(people.ann, "", file("roster.csv", ROSTER_CSV)));
    expect(answer).toBe("Sorry, only the Secretariat can import the roster.");
    expect(await h.deps.people.roster()).toBeUndefined();
  });

  it("imports a POC directory CSV exactly as a paste after 'import poc directory'", async () => {
    const pasted = await setUp();
    const byPaste = await pasted.say(people.secretariat, `import poc directory\n${DIRECTORY_CSV}`);
    const h = await setUp();
    const byFile = await h.send(
      withFile(people.secretariat, "", file("directory.csv", DIRECTORY_CSV, "text/csv")),
    );
    expect(byFile).toBe(byPaste);
    expect(byFile).not.toMatch(/didn't understand|can't tell/);
  });

  it("previews a programme YAML exactly as a paste after 'revise programme', publishing nothing", async () => {
    const moved = thursdayAfternoonAt("15:30", "18:30");
    const pasted = await setUp();
    const byPaste = await pasted.say(people.secretariat, `revise programme\n${moved}`);
    const h = await setUp();
    const byFile = await h.send(
      withFile(people.secretariat, "", file("oewg-7th-session.yaml", moved, "application/x-yaml")),
    );
    expect(byFile).toBe(byPaste);
    expect(byFile).toMatch(/moved to Thu 7 Mar, 3:30 PM–6:30 PM New York time/);
    expect(h.deps.programmes.version).toBe(1);
    expect(await h.say(people.secretariat, "publish")).toMatch(/^Published version 2/);
  });

  it("names where a malformed programme file is wrong, and changes nothing", async () => {
    const h = await setUp();
    const broken = thursdayAfternoonAt("15:00", "14:00");
    const answer = await h.send(withFile(people.secretariat, "", file("programme.yml", broken)));
    expect(answer).toMatch(/^Nothing was changed: the revised file has 1 problem\./);
    expect(answer).toMatch(/meetings\[\d+\]\.end: must be after start/);
    expect(h.deps.programmes.version).toBe(1);
  });

  it.each([
    [
      { name: "huge.csv", mediaType: "text/csv", size: 3_400_000, problem: "too-large" } as Attachment,
      "huge.csv is 3.4 MB; I take files of up to 1 MB. Nothing was changed. Split it, or import it with the command-line tool.",
    ],
    [
      { name: "photo.png", mediaType: "image/png", size: 10, problem: "unsupported-type" } as Attachment,
      "I read only CSV files (the roster or the POC directory) and YAML files (a programme); photo.png is neither. Nothing was changed.",
    ],
    [
      { name: "roster.csv", mediaType: "text/csv", size: 10, problem: "not-text" } as Attachment,
      "roster.csv is not a text file: save it as CSV or YAML in UTF-8 and send it again. Nothing was changed.",
    ],
    [
      { name: "roster.csv", mediaType: "text/csv", problem: "download-failed" } as Attachment,
      "I couldn't download roster.csv. Nothing was changed; please send it again.",
    ],
    [
      file("notes.csv", "a,b,c\n1,2,3"),
      'I can\'t tell what notes.csv is: its header is neither the roster\'s (email,name,state,roles) nor the POC directory\'s (state,type,name,…). Send it again with "import roster" or "import poc directory" in the same message. Nothing was changed.',
    ],
  ])("answers %o specifically and changes nothing", async (attachment, expected) => {
    const h = await setUp();
    expect(await h.send(withFile(people.secretariat, "", attachment))).toBe(expected);
    expect(await h.deps.people.roster()).toBeUndefined();
    expect(h.deps.programmes.version).toBe(1);
  });

  it("shows a file name back without control, bidi or invisible characters", async () => {
    const h = await setUp();
    const answer = await h.send(
      withFile(people.secretariat, "", {
        name: "\u001b[41mroster\u202Evsc.exe\u200B.png",
        mediaType: "image/png",
        problem: "unsupported-type",
      }),
    );
    expect(answer).toContain(" [41mrostervsc.exe.png is neither");
    for (const unsafe of ["\u001b", "\u202e", "\u200b"]) expect(answer).not.toContain(unsafe);
  });

  it("takes one file at a time", async () => {
    const h = await setUp();
    const answer = await h.send(
      withFile(people.secretariat, "", file("a.csv", ROSTER_CSV), file("b.yaml", "id: x")),
    );
    expect(answer).toBe("Please send one file at a time (2 arrived together). Nothing was changed.");
    expect(await h.deps.people.roster()).toBeUndefined();
  });

  it("answers in the language the sender chose", async () => {
    const h = await setUp();
    await h.say(people.secretariat, "en español por favor");
    const answer = await h.send(
      withFile(people.secretariat, "", { name: "x.csv", mediaType: "", problem: "download-failed" }),
    );
    expect(answer).toBe("No pude descargar x.csv. No se ha cambiado nada; envíelo de nuevo, por favor.");
  });

  it("answers in the sender's platform language", async () => {
    const h = await setUp();
    const french = { ...people.secretariat, locale: "fr-FR" };
    const answer = await h.send(
      withFile(french, "", { name: "x.pdf", mediaType: "application/pdf", problem: "unsupported-type" }),
    );
    expect(answer).toMatch(/^Je ne lis que des fichiers CSV/);
  });
});
