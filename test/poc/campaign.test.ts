import { describe, expect, it } from "vitest";
import { stateName } from "../../bot/people/states.js";
import { confirmationProducer, REMINDER_CAMPAIGN } from "../../handlers/poc/campaign.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import {
  button,
  directoryCsv,
  dmOf,
  FRA_TECH,
  greet,
  importDirectory,
  KEN_DIPLO,
  KEN_TECH,
  pocBot,
  SECRETARIAT,
  someStates,
  textOf,
} from "./support.js";

const ROWS = [
  { state: "KEN", type: "technical", emails: KEN_TECH.email ?? "", last_confirmed: "2023-06-10" },
  { state: "KEN", type: "diplomatic", emails: KEN_DIPLO.email ?? "", last_confirmed: "2023-12-01" },
  { state: "FRA", type: "technical", emails: FRA_TECH.email ?? "", last_confirmed: "2023-06-20" },
  { state: "SGP", type: "diplomatic", emails: "nobody.yet@mission.example", last_confirmed: "2023-06-10" },
];

async function setup() {
  const bot = await pocBot({ now: "2024-05-01T12:00:00.000Z" });
  await importDirectory(bot, ROWS);
  await greet(bot, [KEN_TECH, KEN_DIPLO, FRA_TECH]);
  return bot;
}

async function tickAt(bot: Awaited<ReturnType<typeof setup>>, at: string) {
  bot.clock.set(at);
  const before = bot.sent.length;
  await bot.deps.scheduler.tick();
  return bot.sent.slice(before);
}

describe("the confirmation campaign", () => {
  it("reminds 30 days before the due date and on it, once each, to the POC's own chat account", async () => {
    const bot = await setup();
    expect(await tickAt(bot, "2024-05-11T11:59:00.000Z")).toEqual([]);
    const first = await tickAt(bot, "2024-05-11T12:00:00.000Z");
    expect(first.map((m) => m.to)).toEqual([dmOf(KEN_TECH)]);
    expect(textOf(first)).toMatch(
      /^Your entry in the POC directory: Kenya \(KEN\) — technical POC\n\nYour yearly confirmation is due on Mon 10 Jun 2024\./,
    );
    expect(await tickAt(bot, "2024-05-11T12:05:00.000Z")).toEqual([]);
    expect((await tickAt(bot, "2024-05-21T12:00:00.000Z")).map((m) => m.to)).toEqual([dmOf(FRA_TECH)]);
    const onTheDay = await tickAt(bot, "2024-06-10T12:00:00.000Z");
    expect(onTheDay.map((m) => m.to)).toEqual([dmOf(KEN_TECH)]);
    expect(textOf(onTheDay)).toContain("Your yearly confirmation is due today (Mon 10 Jun 2024).");
    expect(await tickAt(bot, "2024-06-11T12:00:00.000Z")).toEqual([]);
    expect((await bot.deps.outbox.campaign(REMINDER_CAMPAIGN)).map((d) => [d.id, d.status])).toEqual([
      ["poc-confirmation/FRA:technical|2024-06-20|t-30", "sent"],
      ["poc-confirmation/KEN:technical|2024-06-10|t-30", "sent"],
      ["poc-confirmation/KEN:technical|2024-06-10|t0", "sent"],
      // Without a chat account, the request goes by e-mail (no e-mail channel runs here).
      ["poc-confirmation/SGP:diplomatic|2024-06-10|t-30", "failed"],
      ["poc-confirmation/SGP:diplomatic|2024-06-10|t0", "failed"],
    ]);
  });

  it("a POC who confirms from the reminder gets no more reminders; one confirmed before sending is cancelled", async () => {
    const bot = await setup();
    const reminder = await tickAt(bot, "2024-05-21T12:00:00.000Z");
    const fra = reminder.filter((m) => m.to === dmOf(FRA_TECH));
    await bot.click(FRA_TECH, button(fra, ACTIONS.confirm));
    expect((await bot.directory.get("FRA:technical"))?.nextDueAt).toBe("2025-05-21T12:00:00.000Z");

    bot.clock.set("2024-06-10T12:00:00.000Z");
    await confirmationProducer(bot.deps, bot.directory).produce(bot.clock.now()); // queued, not sent yet
    const ken = await bot.say(KEN_TECH, "my details");
    await bot.click(KEN_TECH, button(ken, ACTIONS.confirm));
    expect(await tickAt(bot, "2024-06-20T00:00:00.000Z")).toEqual([]);
    expect((await bot.deps.outbox.get("poc-confirmation/KEN:technical|2024-06-10|t0"))?.status).toBe(
      "cancelled",
    );
  });

  it("a re-import changing a confirmed record unconfirms it, says so, and asks its POC to confirm again", async () => {
    const bot = await setup();
    bot.clock.set("2024-05-02T12:00:00.000Z");
    const changed = directoryCsv([
      { state: "KEN", type: "technical", emails: KEN_TECH.email ?? "", last_confirmed: "2023-06-10" },
      {
        state: "KEN",
        type: "diplomatic",
        emails: KEN_DIPLO.email ?? "",
        last_confirmed: "2023-12-01",
        title: "Counsellor",
      },
      // The file itself dates a newer confirmation of its values: still confirmed.
      {
        state: "FRA",
        type: "technical",
        emails: FRA_TECH.email ?? "",
        last_confirmed: "2024-05-02",
        title: "Cheffe",
      },
      {
        state: "SGP",
        type: "diplomatic",
        emails: "nobody.yet@mission.example",
        last_confirmed: "2023-06-10",
      },
    ]);
    expect(textOf(await bot.say(SECRETARIAT, `import poc directory\n${changed}`))).toBe(
      "Imported 4 POC records (2 diplomatic, 2 technical): 0 new, 2 changed, 2 unchanged, 0 removed. 1 confirmed record was changed by the file and went back to unconfirmed; its POC is asked to confirm again within 30 days: KEN diplomatic. Every change is in the audit trail.",
    );
    expect(await bot.directory.get("KEN:diplomatic")).toMatchObject({
      title: "Counsellor",
      status: "unconfirmed",
      lastConfirmedAt: "2023-12-01T12:00:00.000Z",
      nextDueAt: "2024-06-01T12:00:00.000Z",
    });
    expect(await bot.directory.get("FRA:technical")).toMatchObject({ title: "Cheffe", status: "confirmed" });
    expect(await bot.directory.get("KEN:technical")).toMatchObject({ status: "confirmed" });
    expect(
      (await bot.directory.history("KEN:diplomatic")).slice(1).map((e) => [e.field, e.before, e.after]),
    ).toEqual([
      ["title", "Officer", "Counsellor"],
      ["status", "confirmed", "unconfirmed"],
    ]);

    const asked = await tickAt(bot, "2024-05-02T12:01:00.000Z");
    expect(asked.map((m) => m.to)).toEqual([dmOf(KEN_DIPLO)]);
    expect(textOf(asked)).toContain(
      "The Secretariat changed your entry after you last confirmed it (Fri 1 Dec 2023). Please check these details and confirm them by Sat 1 Jun 2024, or change what is wrong.",
    );
    expect(textOf(asked)).toContain(
      "Status: changed by the Secretariat since the POC last confirmed it; not confirmed again yet",
    );
    expect(textOf(await bot.say(SECRETARIAT, "who hasn't confirmed?"))).toContain(
      "Due within 30 days (1)\nKEN diplomatic — Kenya — due Sat 1 Jun 2024, changed by an import since its confirmation of Fri 1 Dec 2023\n",
    );
    await bot.click(KEN_DIPLO, button(asked, ACTIONS.confirm));
    expect(await bot.directory.get("KEN:diplomatic")).toMatchObject({
      status: "confirmed",
      lastConfirmedAt: "2024-05-02T12:01:00.000Z",
    });
  });

  it("after 14 days overdue a record is on the Secretariat's escalation list, unreachable ones flagged", async () => {
    const bot = await setup();
    bot.clock.set("2024-06-25T12:00:00.000Z");
    const list = await bot.say(SECRETARIAT, "who hasn't confirmed?");
    expect(list.map((m) => m.to)).toEqual([dmOf(SECRETARIAT)]);
    expect(textOf(list)).toBe(
      [
        "Who hasn't confirmed their POC details",
        "",
        "Escalation — more than 14 days overdue (2)",
        "KEN technical — Kenya — due Mon 10 Jun 2024, 15 days overdue",
        "SGP diplomatic — Singapore — due Mon 10 Jun 2024, 15 days overdue — NOT REACHABLE in chat (no account with a matching verified email)",
        "",
        "Overdue (1)",
        "FRA technical — France — due Thu 20 Jun 2024, 5 days overdue",
        "",
        "Due within 30 days (0)",
        "None.",
        "",
        "Never confirmed, not due yet (oldest first) (0)",
        "None.",
        "",
        "Not reachable in chat (no reminder can be sent) (1)",
        "SGP diplomatic",
        "",
        "4 records in the directory: 1 confirmed and up to date, 3 confirmed but overdue, 0 never confirmed, 0 changed by an import since their POC confirmed. Sorted by State and type.",
      ].join("\n"),
    );
  });

  it("a freshly imported directory lists every never-confirmed record, oldest import first, with its age", async () => {
    const bot = await pocBot({ now: "2024-05-01T12:00:00.000Z" });
    const states = someStates(20);
    await bot.say(
      SECRETARIAT,
      `import poc directory\n${directoryCsv(states.slice(0, 15).map((state) => ({ state, type: "diplomatic" })))}`,
    );
    bot.clock.set("2024-05-04T12:00:00.000Z");
    await bot.say(
      SECRETARIAT,
      `import poc directory\n${directoryCsv(states.map((state) => ({ state, type: "diplomatic" })))}`,
    );
    bot.clock.set("2024-05-11T12:00:00.000Z");
    const text = textOf(await bot.say(SECRETARIAT, "who hasn't confirmed?"));
    expect(text).toContain("Never confirmed, not due yet (oldest first) (20)\n");
    const lines = text.split("\n").filter((line) => line.includes("never confirmed, due"));
    expect(lines).toHaveLength(20);
    const first = states[0] ?? "";
    expect(lines).toContain(
      `${first} diplomatic — ${stateName(first)} — imported Wed 1 May 2024 (10 days ago), never confirmed, due Thu 1 May 2025 — NOT REACHABLE in chat (no account with a matching verified email)`,
    );
    expect(
      lines.map((line) => /imported (\w+ \d+ \w+ \d+) \((\d+) days ago\)/.exec(line)?.slice(1).join(" / ")),
    ).toEqual([...Array(15).fill("Wed 1 May 2024 / 10"), ...Array(5).fill("Sat 4 May 2024 / 7")]);
    expect(text).toContain(
      "20 records in the directory: 0 confirmed and up to date, 0 confirmed but overdue, 20 never confirmed, 0 changed by an import since their POC confirmed.",
    );
  });

  it("a record past its due date is not shown as confirmed, to the POC or the Secretariat", async () => {
    const bot = await setup();
    bot.clock.set("2024-06-25T12:00:00.000Z");
    const own = textOf(await bot.say(KEN_TECH, "my details"));
    expect(own).toContain("Status: confirmation overdue (was due Mon 10 Jun 2024)");
    expect(own).not.toContain("Status: confirmed");
    const list = textOf(await bot.say(SECRETARIAT, "who hasn't confirmed?"));
    expect(list).toContain("1 confirmed and up to date, 3 confirmed but overdue");
    // Before its due date the same record is confirmed.
    bot.clock.set("2024-06-09T12:00:00.000Z");
    expect(textOf(await bot.say(KEN_TECH, "my details"))).toContain("Status: confirmed\n");
  });

  it("registers the poc audiences for broadcasts", async () => {
    const bot = await setup();
    expect((await bot.deps.audiences.resolve("poc:technical")).map((r) => [r.key, r.userId])).toEqual([
      [FRA_TECH.email, FRA_TECH.id],
      [KEN_TECH.email, KEN_TECH.id],
    ]);
    expect(
      (await bot.deps.audiences.resolve("poc:diplomatic")).map((r) => [r.key, r.userId ?? null]),
    ).toEqual([
      [KEN_DIPLO.email, KEN_DIPLO.id],
      ["nobody.yet@mission.example", null],
    ]);
    expect(await bot.deps.audiences.resolve("poc:all")).toHaveLength(4);
    await expect(bot.deps.audiences.resolve("poc:strategic")).rejects.toThrow(
      'Unknown POC audience "poc:strategic"',
    );
  });
});
