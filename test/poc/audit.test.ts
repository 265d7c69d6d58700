import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { IMPORT_ACTIONS } from "../../handlers/poc/held-import.js";
import { button, directoryCsv, KEN_TECH, pocBot, SECRETARIAT, textOf } from "./support.js";

describe("the audit trail", () => {
  it("records who, when, which field, before and after, for imports, changes and confirmations, in order", async () => {
    const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z" });
    const csv = (title: string) =>
      directoryCsv([
        { state: "KEN", type: "technical", title, emails: KEN_TECH.email ?? "", phone: "+254 20 123 4567" },
      ]);
    await bot.say(SECRETARIAT, `import poc directory\n${csv("Officer")}`);
    bot.clock.set("2024-06-02T08:00:00.000Z");
    const preview = await bot.say(KEN_TECH, "change my phone to +254 20 765 4321");
    await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
    bot.clock.set("2024-06-03T08:00:00.000Z");
    const card = await bot.say(KEN_TECH, "my details");
    await bot.click(KEN_TECH, button(card, ACTIONS.confirm));
    bot.clock.set("2024-06-04T08:00:00.000Z");
    const held = await bot.say(SECRETARIAT, `import poc directory\n${csv("Head of CERT")}`);
    expect(textOf(held)).toContain("Nothing imported yet");
    const reimport = await bot.click(SECRETARIAT, button(held, IMPORT_ACTIONS.file));
    expect(textOf(reimport)).toBe(
      "Imported 1 POC record (0 diplomatic, 1 technical): 0 new, 1 changed, 0 unchanged, 0 removed. 1 confirmed record was changed by the file and went back to unconfirmed; its POC is asked to confirm again within 30 days: KEN technical. As you chose, the file's values replaced 1 value the POCs had set themselves: KEN technical — phone: the POC set +254 20 7654321 (peter.otieno@cert.example, Sun 2 Jun 2024, 4:00 AM New York time); the file has +254 20 1234567. Every change is in the audit trail.",
    );

    const trail = await bot.directory.history("KEN:technical");
    expect(trail.map((e) => [e.at, e.by.email, e.source, e.field, e.before, e.after])).toEqual([
      ["2024-06-01T12:00:00.000Z", SECRETARIAT.email, "import", "record", null, "created by import"],
      [
        "2024-06-02T08:00:00.000Z",
        KEN_TECH.email,
        "self-service",
        "phone",
        "+254 20 1234567",
        "+254 20 7654321",
      ],
      [
        "2024-06-03T08:00:00.000Z",
        KEN_TECH.email,
        "confirmation",
        "lastConfirmedAt",
        null,
        "2024-06-03T08:00:00.000Z",
      ],
      [
        "2024-06-04T08:00:00.000Z",
        SECRETARIAT.email,
        "import",
        "phone",
        "+254 20 7654321",
        "+254 20 1234567",
      ],
      ["2024-06-04T08:00:00.000Z", SECRETARIAT.email, "import", "title", "Officer", "Head of CERT"],
      ["2024-06-04T08:00:00.000Z", SECRETARIAT.email, "import", "status", "confirmed", "unconfirmed"],
    ]);
    // The file still had the old phone: the Secretariat chose the file's values, and the summary says so.
    expect((await bot.directory.get("KEN:technical"))?.phone).toEqual({ number: "+254201234567" });

    const shown = textOf(await bot.say(SECRETARIAT, "poc history Kenya technical"));
    expect(shown.split("\n").slice(0, 3)).toEqual([
      "Audit trail: Kenya (KEN) — technical POC",
      "",
      "Sat 1 Jun 2024, 8:00 AM New York time — secretariat@un.example (import): record: — → created by import",
    ]);
    expect(shown).toContain(
      "peter.otieno@cert.example (self-service): phone: +254 20 1234567 → +254 20 7654321",
    );
    // Field names as the form says them, times as people read them.
    expect(shown).toContain(
      "peter.otieno@cert.example (confirmation): last confirmed: — → Mon 3 Jun 2024, 4:00 AM New York time",
    );
    expect(shown).not.toMatch(/lastConfirmedAt|T\d\d:\d\d:\d\d/);
  });

  it("is append-only: entries at the same instant get their own keys and none is ever overwritten", async () => {
    const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z" });
    const entry = {
      pocId: "KEN:technical",
      at: "2024-06-01T12:00:00.000Z",
      by: { email: "a@b.org" },
      source: "self-service" as const,
      field: "title",
      before: "A",
      after: "B",
    };
    await bot.directory.appendAudit([entry, { ...entry, before: "B", after: "C" }]);
    await bot.directory.appendAudit([{ ...entry, before: "C", after: "D" }]);
    const keys = (await bot.store.namespace("poc").list("audit:", z.unknown())).map((e) => e.key);
    expect(keys).toEqual([
      "audit:KEN:technical:2024-06-01T12:00:00.000Z:0000",
      "audit:KEN:technical:2024-06-01T12:00:00.000Z:0001",
      "audit:KEN:technical:2024-06-01T12:00:00.000Z:0002",
    ]);
    expect((await bot.directory.history("KEN:technical")).map((e) => `${e.before}→${e.after}`)).toEqual([
      "A→B",
      "B→C",
      "C→D",
    ]);
  });
});
