/**
 * Four eyes (APPROVALS_REQUIRED=2): a directory import, and a broadcast of more messages than
 * APPROVAL_THRESHOLD, wait for a second Secretariat member's approval in chat; the one who
 * asked cannot approve their own; a pending approval survives a restart (SQLite store).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { approvals } from "../../handlers/approvals/module.js";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { ACTIONS as POC_ACTIONS } from "../../handlers/poc/cards.js";
import { IMPORT_ACTIONS } from "../../handlers/poc/held-import.js";
import {
  SECRETARIAT_EMAIL as BROADCAST_SEC_EMAIL,
  broadcastCore,
  dmOf as broadcastDm,
  draftIdOf,
  makePeople,
  secretariatUser,
} from "../broadcast/support/core.js";
import {
  button,
  directoryCsv,
  dmOf,
  KEN_TECH,
  POC_MODULES,
  pocBot,
  SECRETARIAT,
  SECRETARIAT_EMAIL,
  textOf,
  user,
} from "../poc/support.js";

const SECOND = user("second", "second.sec@un.example", "Europe/Zurich");
const dir = mkdtempSync(join(tmpdir(), "approvals-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FOUR_EYES = { APPROVALS_REQUIRED: "2" };
const idOf = (text: string) => /approve ([0-9a-f]{6})/.exec(text)?.[1] ?? "";

function fourEyesBot(storeUrl: string) {
  // After the identity module (roles), as in handlers/index.ts.
  const at = POC_MODULES.findIndex((module) => module.name === "identity") + 1;
  return pocBot({
    now: "2024-06-01T12:00:00.000Z",
    storeUrl,
    env: FOUR_EYES,
    secretariatEmails: [SECRETARIAT_EMAIL, SECOND.email ?? ""],
    modules: [...POC_MODULES.slice(0, at), approvals, ...POC_MODULES.slice(at)],
  });
}

const CSV = directoryCsv([{ state: "KEN", type: "technical", emails: KEN_TECH.email ?? "" }]);

describe("four eyes: a directory import", () => {
  it("waits for a second member, who approves it in a DM after a restart; the asker cannot approve their own", async () => {
    const storeUrl = `sqlite:${join(dir, "import.sqlite")}`;
    const bot = await fourEyesBot(storeUrl);
    await bot.say(SECOND, "hello");
    const held = textOf(await bot.say(SECRETARIAT, `import poc directory\n${CSV}`));
    const id = idOf(held);
    expect(held).toBe(
      `Held for a second Secretariat member's approval: an import of the POC directory (1 record): 1 POC record (0 diplomatic, 1 technical): 1 new, 0 changed, 0 unchanged, 0 removed. Nothing is done until another member of the Secretariat says "approve ${id}" (or "reject ${id}") in a direct message to me; it waits 24 hours.`,
    );
    expect(await bot.directory.all()).toEqual([]);
    // The other member is told, through the outbox.
    await bot.deps.scheduler.tick();
    expect(textOf(bot.sent.filter((m) => m.to === dmOf(SECOND)))).toContain(
      `sec asks for an import of the POC directory (1 record): 1 POC record (0 diplomatic, 1 technical): 1 new, 0 changed, 0 unchanged, 0 removed. A second member of the Secretariat must approve it: say "approve ${id}"`,
    );
    expect(textOf(await bot.say(SECRETARIAT, `approve ${id}`))).toBe(
      `You asked for ${id} yourself: another member of the Secretariat must approve it. Nothing was done.`,
    );
    expect(await bot.directory.all()).toEqual([]);
    await bot.store.close();

    // A restart: the request is in the store.
    const again = await fourEyesBot(storeUrl);
    const listed = textOf(await again.say(SECOND, "pending approvals"));
    expect(listed).toMatch(
      new RegExp(
        `^Waiting for a second Secretariat member's approval:\\n• ${id}: an import of the POC directory \\(1 record\\): 1 POC record \\(0 diplomatic, 1 technical\\): 1 new, 0 changed, 0 unchanged, 0 removed, asked for by sec`,
      ),
    );
    expect(textOf(await again.say(SECOND, `approve ${id}`, { channel: true }))).toBe(
      "Approvals are decided in a direct message to me, not in a channel. Nothing was done.",
    );
    const approved = textOf(await again.say(SECOND, `approve ${id}`));
    expect(approved).toBe(
      `Approved ${id} (an import of the POC directory (1 record): 1 POC record (0 diplomatic, 1 technical): 1 new, 0 changed, 0 unchanged, 0 removed, asked for by sec). Doing it now:\n---\nImported 1 POC record (0 diplomatic, 1 technical): 1 new, 0 changed, 0 unchanged, 0 removed. Every change is in the audit trail.`,
    );
    expect((await again.directory.all()).map((record) => record.id)).toEqual(["KEN:technical"]);
    // Approved once: a second approval finds nothing waiting.
    expect(textOf(await again.say(SECOND, `approve ${id}`))).toMatch(
      new RegExp(`^No approval ${id} is waiting`),
    );
    await again.deps.scheduler.tick();
    expect(textOf(again.sent.filter((m) => m.to === dmOf(SECRETARIAT)))).toContain(
      `second approved ${id} (an import of the POC directory (1 record): 1 POC record (0 diplomatic, 1 technical): 1 new, 0 changed, 0 unchanged, 0 removed); it is being done.`,
    );
    await again.store.close();
  });

  it("a rejection writes nothing and tells the asker; without the setting an import runs at once", async () => {
    const bot = await fourEyesBot(`sqlite:${join(dir, "reject.sqlite")}`);
    const id = idOf(textOf(await bot.say(SECRETARIAT, `import poc directory\n${CSV}`)));
    expect(textOf(await bot.say(SECOND, `reject ${id}`))).toBe(
      `Rejected ${id} (an import of the POC directory (1 record): 1 POC record (0 diplomatic, 1 technical): 1 new, 0 changed, 0 unchanged, 0 removed, asked for by sec); nothing was done.`,
    );
    expect(await bot.directory.all()).toEqual([]);
    expect(textOf(await bot.say(SECOND, `approve ${id}`))).toMatch(/^No approval/);
    await bot.store.close();

    const plain = await pocBot({ now: "2024-06-01T12:00:00.000Z" });
    expect(textOf(await plain.say(SECRETARIAT, `import poc directory\n${CSV}`))).toMatch(
      /^Imported 1 POC record/,
    );
  });
});

describe("four eyes: a large broadcast", () => {
  const second = { ...secretariatUser(), id: "alpha:sec2", verifiedEmail: "sec2@un.org" } as const;

  it("more messages than APPROVAL_THRESHOLD wait for a second member; as many or fewer go at once", async () => {
    const t = await broadcastCore({
      people: makePeople(3, ["alpha"]),
      env: { ...FOUR_EYES, APPROVAL_THRESHOLD: "2" },
      secretariatEmails: [BROADCAST_SEC_EMAIL, "sec2@un.org"],
      before: [approvals],
    });
    const sec = secretariatUser();
    const [preview] = await t.say(sec, "broadcast to everyone: Plenary resumes at 15:00");
    const draftId = draftIdOf(preview?.message.card);
    const [held] = await t.click(sec, ACTIONS.confirm, draftId);
    const id = idOf(held?.text ?? "");
    // Confirm clicked again: the same request, not a second one.
    const [again] = await t.click(sec, ACTIONS.confirm, draftId);
    expect(idOf(again?.text ?? "")).toBe(id);
    expect(held?.text).toMatch(
      /^Held for a second Secretariat member's approval: a broadcast to everyone \(3 messages\)\./,
    );
    await t.runUntilQuiet();
    expect(
      t.first.sent.filter((s) => s.text.includes("Plenary resumes") && s.to !== broadcastDm(sec.id)),
    ).toEqual([]);
    expect((await t.say(sec, `approve ${id}`)).map((s) => s.text)).toEqual([
      `You asked for ${id} yourself: another member of the Secretariat must approve it. Nothing was done.`,
    ]);
    const approved = (await t.say(second, `approve ${id}`)).map((s) => s.text);
    expect(approved[0]).toBe(
      `Approved ${id} (a broadcast to everyone (3 messages), asked for by Secretariat). Doing it now:`,
    );
    expect(approved[1]).toMatch(new RegExp(`^Broadcast ${draftId} to everyone: sending now, to 3 people`));
    await t.runUntilQuiet();
    expect(
      t.first.sent.filter((s) => s.text.includes("Plenary resumes") && s.to !== broadcastDm(sec.id)),
    ).toHaveLength(3);

    // Two people: at the threshold, sent on the first confirmation.
    t.setPeople(makePeople(2, ["alpha"]));
    const [small] = await t.say(sec, "broadcast to everyone: Small one");
    const [sent] = await t.click(sec, ACTIONS.confirm, draftIdOf(small?.message.card));
    expect(sent?.text).toMatch(/: sending now, to 2 people/);
  });
});

describe("four eyes: an import over POCs' own corrections", () => {
  const OLD_FILE = directoryCsv([
    { state: "KEN", type: "technical", emails: KEN_TECH.email ?? "", phone: "+254 20 123 4567" },
    { state: "FRA", type: "technical" },
  ]);
  const NEW_FILE = OLD_FILE.replace("Ministry of KEN", "Ministry of ICT");

  async function correctedFourEyes() {
    const bot = await fourEyesBot(`sqlite:${join(dir, `corrections-${Math.random()}.sqlite`)}`);
    await bot.say(SECOND, "hello");
    const first = idOf(textOf(await bot.say(SECRETARIAT, `import poc directory\n${OLD_FILE}`)));
    await bot.say(SECOND, `approve ${first}`);
    bot.clock.set("2024-06-02T08:00:00.000Z");
    const preview = await bot.say(KEN_TECH, "change my phone to +254 20 765 4321");
    await bot.click(KEN_TECH, button(preview, POC_ACTIONS.changeConfirm));
    bot.clock.set("2024-06-04T08:00:00.000Z");
    return bot;
  }

  it("the member who imports chooses about the corrections first; the approver sees what that choice imports, and gets it", async () => {
    const bot = await correctedFourEyes();
    const asked = await bot.say(SECRETARIAT, `import poc directory\n${NEW_FILE}`);
    expect(textOf(asked)).toContain("Nothing imported yet: the file would overwrite POCs' own corrections");
    const held = textOf(await bot.click(SECRETARIAT, button(asked, IMPORT_ACTIONS.keep)));
    const id = idOf(held);
    expect(held).toMatch(
      /^Held for a second Secretariat member's approval: an import of the POC directory \(2 records\): 2 POC records \(0 diplomatic, 2 technical\): 0 new, 1 changed, 1 unchanged, 0 removed\. Kept 1 value the POCs had set themselves instead of the file's: KEN technical — phone: /,
    );
    expect((await bot.directory.get("KEN:technical"))?.organisation).toBe("Ministry of KEN");
    const approved = textOf(await bot.say(SECOND, `approve ${id}`));
    expect(approved).toContain(
      "Doing it now:\n---\nImported 2 POC records (0 diplomatic, 2 technical): 0 new, 1 changed, 1 unchanged, 0 removed. Kept 1 value the POCs had set themselves",
    );
    const record = await bot.directory.get("KEN:technical");
    expect([record?.organisation, record?.phone.number]).toEqual(["Ministry of ICT", "+254207654321"]);
    await bot.store.close();
  });

  it("taking the file's values: the approval says so, and a correction made while it waits is asked about again", async () => {
    const bot = await correctedFourEyes();
    const asked = await bot.say(SECRETARIAT, `import poc directory\n${OLD_FILE}`);
    const held = textOf(await bot.click(SECRETARIAT, button(asked, IMPORT_ACTIONS.file)));
    expect(held).toContain(
      "0 new, 1 changed, 1 unchanged, 0 removed. As you chose, the file's values replaced 1 value the POCs had set themselves",
    );
    const id = idOf(held);
    const preview = await bot.say(KEN_TECH, "change my phone to +254 20 999 9999");
    await bot.click(KEN_TECH, button(preview, POC_ACTIONS.changeConfirm));
    const approved = await bot.say(SECOND, `approve ${id}`);
    expect(textOf(approved)).toContain(
      "POCs corrected more fields since this import was asked for. Nothing was imported; please choose.",
    );
    expect((await bot.directory.get("KEN:technical"))?.phone.number).toBe("+254209999999");
    // The approver's choice runs it: approved already, it is not held again.
    expect(textOf(await bot.click(SECOND, button(approved, IMPORT_ACTIONS.keep)))).toMatch(
      /^Imported 2 POC records \(0 diplomatic, 2 technical\): 0 new, 0 changed, 2 unchanged, 0 removed\. Kept 1 value/,
    );
    expect((await bot.directory.get("KEN:technical"))?.phone.number).toBe("+254209999999");
    await bot.store.close();
  });
});
