import { describe, expect, it } from "vitest";
import { withLocale } from "../../bot/language/current.js";
import { loadCatalogue } from "../../bot/programme/load.js";
import { reminderCard } from "../../handlers/reminders/render.js";
import { dueReminders, type ReminderSubscription, stillDue } from "../../schedules/reminders/due.js";
import { testCatalogue } from "./harness.js";

const every = (leadMinutes: number, userId = "test:u1"): ReminderSubscription => ({
  userId,
  target: { type: "every-session" },
  leadMinutes,
});
const iso = (ms: number) => new Date(ms).toISOString();
const ALL_TIME: [number, number] = [Date.parse("2024-01-01T00:00:00Z"), Date.parse("2025-01-01T00:00:00Z")];

describe("due reminders across the New York switch to daylight time (10 March 2024)", () => {
  const catalogue = testCatalogue({
    zone: "America/New_York",
    meetings: [
      { id: "sat-9-1000", date: "2024-03-09", start: "10:00", end: "11:00" },
      { id: "sun-10-0130", date: "2024-03-10", start: "01:30", end: "01:45" },
      { id: "sun-10-0330", date: "2024-03-10", start: "03:30", end: "04:00" },
      { id: "mon-11-1000", date: "2024-03-11", start: "10:00", end: "11:00" },
    ],
  });

  it.each([
    // session, lead, start (UTC), due (UTC)
    ["sat-9-1000", 15, "2024-03-09T15:00:00.000Z", "2024-03-09T14:45:00.000Z"],
    ["sat-9-1000", 60, "2024-03-09T15:00:00.000Z", "2024-03-09T14:00:00.000Z"],
    ["sun-10-0130", 15, "2024-03-10T06:30:00.000Z", "2024-03-10T06:15:00.000Z"],
    // 03:30 EDT is one real hour after 01:30 EST: a 60-minute lead falls at 01:30 EST.
    ["sun-10-0330", 60, "2024-03-10T07:30:00.000Z", "2024-03-10T06:30:00.000Z"],
    ["sun-10-0330", 120, "2024-03-10T07:30:00.000Z", "2024-03-10T05:30:00.000Z"],
    ["mon-11-1000", 15, "2024-03-11T14:00:00.000Z", "2024-03-11T13:45:00.000Z"],
    ["mon-11-1000", 24 * 60, "2024-03-11T14:00:00.000Z", "2024-03-10T14:00:00.000Z"],
  ])("%s with a %i-minute lead starts %s and is due %s", (id, lead, start, due) => {
    const reminders = dueReminders([every(lead)], catalogue, ...ALL_TIME).filter(
      (reminder) => reminder.occurrenceId === id,
    );
    expect(
      reminders.map((reminder) => [iso(reminder.anchor), iso(reminder.dueAt), reminder.localId]),
    ).toEqual([[start, due, `test:u1|${id}|${lead}|${start}`]]);
    const window = dueReminders([every(lead)], catalogue, Date.parse(due) - 1, Date.parse(due));
    expect(window.map((reminder) => reminder.occurrenceId)).toEqual([id]);
    expect(dueReminders([every(lead)], catalogue, Date.parse(due), Date.parse(due) + 60_000)).toEqual([]);
  });

  it.each([
    [
      "sun-10-0130",
      "Reminder: Test session: Discussion sun-10-0130 starts in 15 minutes",
      "Sun 10 Mar, 1:30 AM–1:45 AM Testville time",
    ],
    [
      "sun-10-0330",
      "Reminder: Test session: Discussion sun-10-0330 starts in 1 hour",
      "Sun 10 Mar, 3:30 AM–4:00 AM Testville time",
    ],
  ])("renders %s in local wall time at its due time", (id, title, when) => {
    const occurrence = catalogue.byId.get(id);
    if (!occurrence || occurrence.kind === "notice") throw new Error("missing");
    const lead = id === "sun-10-0130" ? 15 : 60;
    const card = reminderCard(occurrence, {
      now: new Date(occurrence.start - lead * 60_000),
      zone: "America/New_York",
    });
    expect(card.title).toBe(title);
    expect(card.sections[0]?.fields?.[0]).toEqual({ label: "When", value: when });
  });
});

describe("due reminders across the European switches (31 March and 27 October 2024, Paris)", () => {
  const catalogue = testCatalogue({
    id: "paris",
    zone: "Europe/Paris",
    meetings: [
      { id: "sat-30-1000", date: "2024-03-30", start: "10:00", end: "11:00" },
      { id: "sun-31-0130", date: "2024-03-31", start: "01:30", end: "01:45" },
      { id: "sun-31-0330", date: "2024-03-31", start: "03:30", end: "04:00" },
      { id: "mon-01-1000", date: "2024-04-01", start: "10:00", end: "11:00" },
      { id: "sat-26-oct-1000", date: "2024-10-26", start: "10:00", end: "11:00" },
      { id: "mon-28-oct-1000", date: "2024-10-28", start: "10:00", end: "11:00" },
    ],
  });

  it.each([
    ["sat-30-1000", 15, "2024-03-30T09:00:00.000Z", "2024-03-30T08:45:00.000Z"],
    ["sun-31-0130", 15, "2024-03-31T00:30:00.000Z", "2024-03-31T00:15:00.000Z"],
    ["sun-31-0330", 60, "2024-03-31T01:30:00.000Z", "2024-03-31T00:30:00.000Z"],
    ["mon-01-1000", 15, "2024-04-01T08:00:00.000Z", "2024-04-01T07:45:00.000Z"],
    ["sat-26-oct-1000", 15, "2024-10-26T08:00:00.000Z", "2024-10-26T07:45:00.000Z"],
    ["mon-28-oct-1000", 24 * 60, "2024-10-28T09:00:00.000Z", "2024-10-27T09:00:00.000Z"],
  ])("%s with a %i-minute lead starts %s and is due %s", (id, lead, start, due) => {
    const reminders = dueReminders([every(lead)], catalogue, ...ALL_TIME).filter(
      (reminder) => reminder.occurrenceId === id,
    );
    expect(reminders.map((reminder) => [iso(reminder.anchor), iso(reminder.dueAt)])).toEqual([[start, due]]);
  });
});

describe("a New York session in a Paris reader's zone (the offset is 5 h, then 4 h from 10 to 31 March)", () => {
  const catalogue = testCatalogue({
    zone: "America/New_York",
    meetings: [
      { id: "fri-8-mar", date: "2024-03-08", start: "10:00", end: "11:00" },
      { id: "mon-11-mar", date: "2024-03-11", start: "10:00", end: "11:00" },
      { id: "tue-2-apr", date: "2024-04-02", start: "10:00", end: "11:00" },
    ],
  });
  it.each([
    ["fri-8-mar", "Fri 8 Mar, 4:00 PM–5:00 PM (Paris)"],
    ["mon-11-mar", "Mon 11 Mar, 3:00 PM–4:00 PM (Paris)"],
    ["tue-2-apr", "Tue 2 Apr, 4:00 PM–5:00 PM (Paris)"],
  ])("%s shows %s", (id, yourTime) => {
    const occurrence = catalogue.byId.get(id);
    if (!occurrence || occurrence.kind === "notice") throw new Error("missing");
    const card = reminderCard(occurrence, {
      now: new Date(occurrence.start - 15 * 60_000),
      zone: "Europe/Paris",
    });
    expect(card.sections[0]?.fields).toContainEqual({ label: "Your time", value: yourTime });
  });
});

describe("dueReminders on the real programme", () => {
  const catalogue = loadCatalogue();

  it("reminds every session once per person, keeping the specific item when both fall together", () => {
    const subscriptions: ReminderSubscription[] = [
      every(15),
      {
        userId: "test:u1",
        target: { type: "occurrence", occurrenceId: "oewg-7-capacity-building" },
        leadMinutes: 15,
      },
      {
        userId: "test:u2",
        target: { type: "occurrence", occurrenceId: "oewg-7-reception-2024-03-04" },
        leadMinutes: 60,
        origin: "rsvp",
      },
    ];
    const thursday = dueReminders(
      subscriptions,
      catalogue,
      Date.parse("2024-03-07T00:00:00Z"),
      Date.parse("2024-03-08T00:00:00Z"),
    );
    expect(thursday.map((reminder) => [reminder.localId, iso(reminder.dueAt)])).toEqual([
      ["test:u1|oewg-7-capacity-building|15|2024-03-07T15:00:00.000Z", "2024-03-07T14:45:00.000Z"],
      ["test:u1|oewg-7-2024-03-07-pm|15|2024-03-07T20:00:00.000Z", "2024-03-07T19:45:00.000Z"],
    ]);
    const monday = dueReminders(
      subscriptions,
      catalogue,
      Date.parse("2024-03-04T22:00:00Z"),
      Date.parse("2024-03-04T23:00:00Z"),
    );
    expect(monday.map((reminder) => [reminder.localId, iso(reminder.dueAt), reminder.origin])).toEqual([
      ["test:u2|oewg-7-reception-2024-03-04|60|2024-03-04T23:30:00.000Z", "2024-03-04T22:30:00.000Z", "rsvp"],
    ]);
  });

  it("gives one session one reminder however it was asked for: slot and item, two leads, every session", () => {
    const on = (occurrenceId: string, leadMinutes: number, origin?: "rsvp"): ReminderSubscription => ({
      userId: "test:u1",
      target: { type: "occurrence", occurrenceId },
      leadMinutes,
      ...(origin ? { origin } : {}),
    });
    // Thursday afternoon asked for as "the next session" (the slot, 10 minutes before) and as
    // "regular institutional dialogue" (its item, 30 minutes before), on top of every session at 15.
    const subscriptions = [
      every(15),
      on("oewg-7-2024-03-07-pm", 10),
      on("oewg-7-regular-institutional-dialogue", 30),
      on("oewg-7-capacity-building", 5),
    ];
    const thursday = dueReminders(subscriptions, catalogue, ...ALL_TIME).filter((reminder) =>
      iso(reminder.anchor).startsWith("2024-03-07"),
    );
    expect(thursday.map((reminder) => [reminder.localId, iso(reminder.dueAt)])).toEqual([
      ["test:u1|oewg-7-capacity-building|5|2024-03-07T15:00:00.000Z", "2024-03-07T14:55:00.000Z"],
      [
        "test:u1|oewg-7-regular-institutional-dialogue|30|2024-03-07T20:00:00.000Z",
        "2024-03-07T19:30:00.000Z",
      ],
    ]);
    // Window by window (as the producer runs), the every-session reminder at 15 never comes either.
    const ticks: string[] = [];
    for (let t = Date.parse("2024-03-07T14:00:00Z"); t < Date.parse("2024-03-07T21:00:00Z"); t += 60_000) {
      for (const reminder of dueReminders(subscriptions, catalogue, t, t + 60_000))
        ticks.push(reminder.localId);
    }
    expect(ticks).toEqual([
      "test:u1|oewg-7-capacity-building|5|2024-03-07T15:00:00.000Z",
      "test:u1|oewg-7-regular-institutional-dialogue|30|2024-03-07T20:00:00.000Z",
    ]);
    expect(stillDue(subscriptions, catalogue, "oewg-7-2024-03-07-pm", 15)).toBe(false);
    expect(stillDue(subscriptions, catalogue, "oewg-7-regular-institutional-dialogue", 30)).toBe(true);
    expect(stillDue([every(15)], catalogue, "oewg-7-2024-03-07-pm", 15)).toBe(true);
    // A person's own reminder for the reception wins over the automatic one from an RSVP.
    const reception = dueReminders(
      [on("oewg-7-reception-2024-03-04", 60, "rsvp"), on("oewg-7-reception-2024-03-04", 120)],
      catalogue,
      ...ALL_TIME,
    );
    expect(reception.map((reminder) => reminder.localId)).toEqual([
      "test:u1|oewg-7-reception-2024-03-04|120|2024-03-04T23:30:00.000Z",
    ]);
  });

  it("counts the whole programme: 10 OEWG slots and the POC meeting (in May, EDT)", () => {
    const all = dueReminders([every(15)], catalogue, ...ALL_TIME);
    expect(all.length).toBe(11);
    expect(all.at(-1)).toMatchObject({
      occurrenceId: "poc-meeting-1-2024-05-09",
      dueAt: Date.parse("2024-05-09T13:45:00Z"),
    });
  });

  it("reminds a date-only milestone at 9:00 venue time on the day", () => {
    const milestone = catalogue.occurrences.find((occurrence) => occurrence.kind === "milestone");
    if (!milestone) throw new Error("the programme has no milestone");
    const due = dueReminders(
      [{ userId: "u", target: { type: "occurrence", occurrenceId: milestone.id }, leadMinutes: 0 }],
      catalogue,
      ...ALL_TIME,
    );
    expect(due.map((reminder) => iso(reminder.dueAt))).toEqual([`${milestone.date}T13:00:00.000Z`]);
  });
});

describe("the reminder card's place", () => {
  it("names the venue in the reader's language, as programme answers do", () => {
    const catalogue = loadCatalogue();
    const occurrence = catalogue.byId.get("oewg-7-2024-03-07-pm");
    if (!occurrence || occurrence.kind === "notice") throw new Error("missing");
    const card = withLocale("ru", () =>
      reminderCard(occurrence, { now: new Date(occurrence.start - 15 * 60_000), zone: "Europe/Moscow" }),
    );
    const where = card.sections[0]?.fields?.find((field) => field.label === "Где");
    expect(where?.value).toMatch(/^Центральные учреждения Организации Объединенных Наций/);
    expect(where?.value).not.toContain("United Nations Headquarters");
  });
});

describe("the reminder card's items", () => {
  it("are listed as the data translates them, in the reader's language", () => {
    const catalogue = loadCatalogue();
    const occurrence = catalogue.byId.get("poc-meeting-1-2024-05-09");
    if (occurrence?.kind !== "meeting") throw new Error("missing");
    const card = withLocale("fr", () =>
      reminderCard(occurrence, { now: new Date(occurrence.start - 15 * 60_000), zone: "Europe/Paris" }),
    );
    const items = card.sections.map((section) => section.text ?? "").join("\n");
    expect(items).toMatch(/^• /m);
    expect(items).not.toMatch(/Opening remarks|Launch of the Global POC Directory/);
  });
});
