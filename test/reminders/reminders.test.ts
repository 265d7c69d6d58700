import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../bot/store/index.js";
import { handlerModules } from "../../handlers/index.js";
import { reminderRepository } from "../../handlers/reminders/module.js";
import { REMINDER_CAMPAIGN } from "../../schedules/reminders/producer.js";
import { publishCatalogue } from "../support/revise.js";
import { harness, people, testCatalogue, user, withRoster } from "./harness.js";

const paris = user("paul", { timeZone: "Europe/Paris" });
const THURSDAY_DUE = "2024-03-07T14:45:00Z";
const sqliteUrl = () => `sqlite:${join(mkdtempSync(join(tmpdir(), "reminders-")), "bot.sqlite")}`;

/** Texts of reminders a user received. */
const remindersTo = (h: Awaited<ReturnType<typeof harness>>, name: string) =>
  h.textsTo(name).filter((text) => text.startsWith("Reminder:"));

describe("opting in", () => {
  it("reminds 15 minutes before every session, once, in the reader's zone", async () => {
    const h = await harness({ now: "2024-03-07T14:30:00Z", env: { PUBLIC_URL: "https://bot.example" } });
    expect(await h.say(paris, "remind me 15 minutes before every session")).toBe(
      "I'll remind you 15 minutes before every session. The next one: OEWG 7th session: Agenda item 5 (continued): Capacity-building, Thu 7 Mar, 10:00 AM–1:00 PM New York time (Thu 7 Mar, 4:00 PM–7:00 PM your time (Paris)).",
    );
    await h.deps.scheduler.tick();
    h.clock.set("2024-03-07T14:44:59Z");
    await h.deps.scheduler.tick();
    expect(remindersTo(h, "paul")).toEqual([]);
    h.clock.set(THURSDAY_DUE);
    await h.deps.scheduler.tick();
    await h.deps.scheduler.tick();
    expect(remindersTo(h, "paul")).toEqual([
      [
        "Reminder: OEWG 7th session: Agenda item 5 (continued): Capacity-building starts in 15 minutes",
        "",
        "When: Thu 7 Mar, 10:00 AM–1:00 PM New York time",
        "Your time: Thu 7 Mar, 4:00 PM–7:00 PM (Paris)",
        "Where: United Nations Headquarters",
        "",
        "• Add to my calendar",
        "• Stop these reminders",
      ].join("\n"),
    ]);
    expect((await h.deps.outbox.campaign(REMINDER_CAMPAIGN)).map((d) => [d.id, d.status, d.dueAt])).toEqual([
      [
        "reminders/test:paul|oewg-7-2024-03-07-am|15|2024-03-07T15:00:00.000Z",
        "sent",
        "2024-03-07T14:45:00.000Z",
      ],
    ]);
  });

  it("understands a day: its meetings and social events, and stops them the same way", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    expect((await h.say(paris, "remind me 10 minutes before Thursday's sessions")).split("\n")).toEqual([
      "I'll remind you about:",
      "• OEWG 7th session: Agenda item 5 (continued): Capacity-building: 10 minutes before Thu 7 Mar, 10:00 AM–1:00 PM New York time (Thu 7 Mar, 4:00 PM–7:00 PM your time (Paris))",
      expect.stringMatching(/^• .+: 10 minutes before Thu 7 Mar, 3:00 PM–6:00 PM New York time/),
    ]);
    const monday = (await h.say(paris, "remind me about Monday")).split("\n");
    expect(monday.map((line) => line.replace(/: 15 minutes before .*| before .*$/, ""))).toEqual([
      "I'll remind you about:",
      "• OEWG 7th session: Opening of the session; Opening statements; Agenda item 3: Organization of work",
      "• OEWG 7th session: Agenda item 5: Existing and potential threats, including data security",
      "• Cocktail reception: 1 hour",
    ]);
    const subscribed = (await reminderRepository(h.deps).remindersOf("test:paul")).map((s) =>
      s.target.type === "occurrence" ? s.target.occurrenceId : s.target.type,
    );
    expect(subscribed).toEqual(
      expect.arrayContaining(["oewg-7-2024-03-07-am", "oewg-7-2024-03-07-pm", "oewg-7-reception-2024-03-04"]),
    );
    expect(await h.say(paris, "stop reminders about thursday")).toMatch(
      /^Done: no more reminders about .+; .+\.$/,
    );
    const left = (await reminderRepository(h.deps).remindersOf("test:paul")).map((s) =>
      s.target.type === "occurrence" ? s.target.occurrenceId : s.target.type,
    );
    expect(left.filter((id) => id.startsWith("oewg-7-2024-03-07"))).toEqual([]);
    expect(await h.say(paris, "remind me about Saturday")).toMatch(
      /^I couldn't find "Saturday" in the programme/,
    );
  });

  it("understands topics, the reception and lead times, and lists them", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    expect(await h.say(paris, "remind me about capacity-building 30 minutes before")).toBe(
      "I'll remind you about Agenda item 5 (continued): Capacity-building: 30 minutes before Thu 7 Mar, 10:00 AM–1:00 PM New York time (Thu 7 Mar, 4:00 PM–7:00 PM your time (Paris)).",
    );
    expect(await h.say(paris, "remind me about the reception")).toMatch(
      /^I'll remind you about Cocktail reception: 1 hour before Mon 4 Mar, 6:30 PM New York time/,
    );
    expect(await h.say(paris, "remind me half an hour before the closure of the session")).toMatch(
      /^I'll remind you about Closure of the session: 30 minutes before Fri 8 Mar/,
    );
    const mine = await h.say(paris, "my reminders");
    expect(mine.split("\n").slice(0, 5)).toEqual([
      "Your reminders",
      "",
      "• Cocktail reception, Mon 4 Mar, 6:30 PM New York time (Tue 5 Mar, 12:30 AM your time (Paris), next day) — 1 hour before",
      "• Agenda item 5 (continued): Capacity-building, Thu 7 Mar, 10:00 AM–1:00 PM New York time (Thu 7 Mar, 4:00 PM–7:00 PM your time (Paris)) — 30 minutes before",
      "• Closure of the session, Fri 8 Mar, 3:00 PM–6:00 PM New York time (Fri 8 Mar, 9:00 PM – Sat 9 Mar, 12:00 AM your time (Paris)) — 30 minutes before",
    ]);
    expect(mine).toContain("Next\nCocktail reception — 1 hour before Mon 4 Mar, 6:30 PM New York time");
    expect((await reminderRepository(h.deps).remindersOf("test:paul")).length).toBe(3);
  });

  it("takes the event a title begins with, not every item that mentions it ('the ping test', not its briefing)", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    const answer = await h.say(paris, "remind me about the ping test");
    expect(answer).toMatch(
      /^I'll remind you about "Ping" test of the Global POC Directory: at 9:00 AM New York time on the day \(Mon 10 Jun/,
    );
    expect(answer).not.toContain("Briefing");
    const targets = (await reminderRepository(h.deps).remindersOf("test:paul")).map((entry) => entry.target);
    expect(targets).toEqual([{ type: "occurrence", occurrenceId: "poc-ping-test-2024-06-10" }]);
    // Words that only the briefing's title begins with still find the briefing.
    expect(await h.say(paris, "remind me about the briefing on the ping test")).toMatch(
      /^I'll remind you about Briefing on "ping" test scheduled for 10 June 2024:/,
    );
  });

  it("offers no calendar button, and help no calendar section, where calendars cannot be served (no PUBLIC_URL)", async () => {
    const h = await harness({ now: "2024-03-07T14:30:00Z", modules: handlerModules });
    await h.say(paris, "remind me 15 minutes before every session");
    h.clock.set(THURSDAY_DUE);
    await h.deps.scheduler.tick();
    await h.deps.scheduler.tick();
    const [reminder] = remindersTo(h, "paul");
    expect(reminder).toMatch(/^Reminder: .*Capacity-building starts in 15 minutes/);
    expect(reminder).toContain("• Stop these reminders");
    expect(reminder).not.toContain("Add to my calendar");
    const help = await h.say(paris, "help");
    expect(help).toContain("Reminders");
    expect(help).not.toContain("Calendar");
    const served = await harness({ modules: handlerModules, env: { PUBLIC_URL: "https://bot.example" } });
    expect(await served.say(paris, "help")).toContain("Calendar\n• add Thursday to my calendar");
  });

  it("reads 'ping me before sessions' and 'notify me about …' as 'remind me'", async () => {
    const h = await harness({ now: "2024-03-01T12:00:00Z" });
    expect(await h.say(paris, "ping me before sessions")).toMatch(
      /^I'll remind you 15 minutes before every session\./,
    );
    expect(await h.say(paris, "notify me about the reception")).toMatch(
      /^I'll remind you about Cocktail reception: 1 hour before/,
    );
    expect((await reminderRepository(h.deps).remindersOf("test:paul")).length).toBe(2);
  });

  const NOT_FOUND = (what: string) =>
    `I couldn't find "${what}" in the programme. Try "the next session", a topic ("capacity-building"), a day ("Thursday"), "the reception", "agenda item 5" or "every session".`;
  const OUT_OF_RANGE = (lead: string) =>
    `Reminders can come from the start time up to 24 hours before; "${lead}" is outside that.`;

  it.each([
    [
      "remind me",
      'Remind you of what? e.g. "remind me 15 minutes before every session", "remind me before the next session" or "remind me about the reception".',
    ],
    ["remind me 3 hours 20 before every session", NOT_FOUND("3 hours 20 before every session")],
    ["remind me 2000 minutes before every session", OUT_OF_RANGE("2000 minutes before")],
    ["remind me 3 days before the reception", OUT_OF_RANGE("3 days before")],
    ["remind me -5 minutes before every session", OUT_OF_RANGE("-5 minutes before")],
    [
      "remind me at 9am about the reception",
      'I remind you a set time before a session starts (from its start up to 24 hours before), not at a clock time: e.g. "remind me about the reception 2 hours before".',
    ],
    ["remind me about quantum gravity", NOT_FOUND("quantum gravity")],
  ])("answers %j clearly and records nothing", async (text, answer) => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    expect(await h.say(paris, text)).toBe(answer);
    expect(await reminderRepository(h.deps).remindersOf("test:paul")).toEqual([]);
  });

  it("answers a session that is over, and records nothing", async () => {
    const h = await harness({ now: "2024-03-09T12:00:00Z" });
    expect(await h.say(paris, "remind me about capacity-building")).toMatch(
      /has already begun or taken place\.$/,
    );
    expect(await reminderRepository(h.deps).remindersOf("test:paul")).toEqual([]);
  });

  it("'my reminders' leaves out sessions already begun, and counts them", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    await h.say(paris, "remind me before every session");
    await h.say(paris, "remind me about Monday");
    await h.say(paris, "remind me about Thursday");
    h.clock.set("2024-03-06T13:00:00Z");
    const mine = await h.say(paris, "my reminders");
    expect(mine).toContain("• Every session — 15 minutes before");
    expect(mine).toContain("Thu 7 Mar");
    expect(mine).not.toContain("Mon 4 Mar");
    expect(mine).toContain("(3 for sessions already begun or over, not shown)");
  });

  it("'my reminders' says there are none upcoming when all are past", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    await h.say(paris, "remind me about Monday");
    h.clock.set("2024-03-06T13:00:00Z");
    expect(await h.say(paris, "my reminders")).toContain(
      "No upcoming reminders.\n(3 for sessions already begun or over, not shown)",
    );
  });

  it("reads a lead in decimal hours or a day", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    expect(await h.say(paris, "remind me 1.5 hours before every session")).toMatch(
      /^I'll remind you 1 hour 30 minutes before every session\./,
    );
    h.clock.set("2024-03-02T12:00:00Z"); // more than a day before the reception
    expect(await h.say(paris, "remind me a day before the reception")).toMatch(
      /^I'll remind you about Cocktail reception: the day before Mon 4 Mar, 6:30 PM/,
    );
  });

  it("sets no reminder whose moment has passed, says when it starts, and suggests a shorter lead", async () => {
    const h = await harness({ now: "2024-03-04T23:13:00Z" }); // 6:13 PM in New York, 17 minutes before
    expect(await h.say(paris, "remind me about the reception")).toBe(
      "Cocktail reception starts in 17 minutes (Mon 4 Mar, 6:30 PM New York time (Tue 5 Mar, 12:30 AM your time (Paris), next day)), sooner than 1 hour before: no reminder was set. For a shorter one, ask for 8 minutes before.",
    );
    expect(await reminderRepository(h.deps).remindersOf("test:paul")).toEqual([]);
    expect(await h.say(paris, "remind me about the reception 8 minutes before")).toMatch(
      /^I'll remind you about Cocktail reception: 8 minutes before/,
    );
  });

  it("says a day that is over is over, rather than not in the programme", async () => {
    const h = await harness({ now: "2024-03-06T13:00:00Z" });
    expect(await h.say(paris, "remind me about Monday")).toMatch(
      /^These have already begun or taken place:\n• OEWG 7th session: .*Mon 4 Mar.*\n• .*\n• Cocktail reception \(Mon 4 Mar/,
    );
    expect(await reminderRepository(h.deps).remindersOf("test:paul")).toEqual([]);
  });

  it("keeps a reminder's own lead when a wider request covers it, and says when a lead changes", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    await h.say(paris, "remind me about the reception 30 minutes before");
    expect(await h.say(paris, "remind me about today")).toMatch(/Cocktail reception: 30 minutes before/);
    expect(await h.say(paris, "remind me about the reception 2 hours before")).toMatch(
      /^I'll remind you about Cocktail reception: 2 hours before .* \(was 30 minutes before\)\.$/,
    );
  });

  it("stops reminders about a topic that came with its day's meeting, and says what every-session still covers", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    await h.say(paris, "remind me about Thursday");
    await h.say(paris, "remind me about capacity-building 30 minutes before");
    expect(await h.say(paris, "stop reminders about capacity-building")).toMatch(
      /^Done: no more reminders about /,
    );
    expect(await h.say(paris, "my reminders")).not.toMatch(/Capacity-building/);
    expect(await h.say(paris, "my reminders")).toMatch(/Regular institutional dialogue/);
    await h.say(paris, "remind me before every session");
    expect(await h.say(paris, "stop reminders about Friday")).toBe(
      'You had no reminder about OEWG 7th session: Agenda item 6: Other matters; OEWG 7th session: Closure of the session on its own. You still have reminders before every session, which include it; say "stop reminders for every session" to end those.',
    );
  });

  it("stops reminders, all or one, including reminders already queued for a retry", async () => {
    const h = await harness({ now: "2024-03-07T14:30:00Z" });
    await h.say(paris, "remind me before every session");
    await h.say(paris, "remind me about the closure of the session");
    await h.deps.scheduler.tick();
    h.platform.faults.set("test:paul", { transientTimes: 1, retryAfterMs: 60_000 });
    h.clock.set(THURSDAY_DUE);
    await h.deps.scheduler.tick();
    expect(remindersTo(h, "paul")).toEqual([]);
    expect(await h.say(paris, "stop reminders about the closure of the session")).toBe(
      'Done: no more reminders about Closure of the session. You still have reminders before every session, which include it; say "stop reminders for every session" to end those.',
    );
    expect(await h.say(paris, "stop reminders")).toBe(
      'Done: 1 reminder stopped, and no automatic reminders for events you RSVP to. Say "remind me …" to start again.',
    );
    h.clock.advance(60_000);
    await h.deps.scheduler.tick();
    expect(remindersTo(h, "paul")).toEqual([]);
    expect(
      (await h.deps.outbox.get("reminders/test:paul|oewg-7-2024-03-07-am|15|2024-03-07T15:00:00.000Z"))
        ?.status,
    ).toBe("cancelled");
  });

  it("reminds those who RSVP'd attending an hour before, unless they stop it", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    await withRoster(h);
    await h.say(people.ann, "rsvp attending");
    await h.say(people.claire, "rsvp attending");
    await h.say(people.li, "rsvp tentative");
    expect(await h.say(people.claire, "stop reminders about the reception")).toBe(
      "Done: no more reminders about Cocktail reception.",
    );
    await h.deps.scheduler.tick();
    h.clock.set("2024-03-04T22:30:00Z");
    await h.deps.scheduler.tick();
    expect(remindersTo(h, "ann")).toEqual([
      expect.stringMatching(
        /^Reminder: Cocktail reception starts in 1 hour\n\nWhen: Mon 4 Mar, 6:30 PM New York time\nYour time: Tue 5 Mar, 2:30 AM \(Nairobi\), next day\nWhere: Permanent Mission of Singapore/,
      ),
    ]);
    expect(remindersTo(h, "claire")).toEqual([]);
    expect(remindersTo(h, "li")).toEqual([]);
  });

  it("names the subscribers of a session for broadcasts", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z" });
    await h.say(paris, "remind me before every session");
    await h.say(user("rita"), "remind me about capacity-building");
    await h.say(user("sol"), "remind me about the reception");
    const names = async (selector: string) =>
      (await h.deps.audiences.resolve(selector)).map((r) => r.name).sort();
    expect(await names("subscribers:capacity-building")).toEqual(["paul", "rita"]);
    expect(await names("subscribers:oewg-7-reception-2024-03-04")).toEqual(["sol"]);
    expect(await names("subscribers")).toEqual(["paul", "rita", "sol"]);
  });
});

describe("a session that moved", () => {
  const version = (start: string) =>
    testCatalogue({
      zone: "America/New_York",
      meetings: [{ id: "budget-session", date: "2024-03-07", start, end: "13:00", topic: "Budget review" }],
    });

  it("is reminded at its new time and says it moved", async () => {
    const h = await harness({
      now: "2024-03-07T14:00:00Z",
      catalogue: version("10:00"),
      env: { PUBLIC_URL: "https://bot.example" },
    });
    expect(await h.say(paris, "remind me about the budget review")).toMatch(
      /^I'll remind you about Budget review: 15 minutes before Thu 7 Mar, 10:00 AM/,
    );
    await h.deps.scheduler.tick();
    await publishCatalogue(h.deps, version("11:00"));
    h.clock.set("2024-03-07T14:45:00Z");
    await h.deps.scheduler.tick();
    expect(remindersTo(h, "paul")).toEqual([]);
    h.clock.set("2024-03-07T15:45:00Z");
    await h.deps.scheduler.tick();
    expect(remindersTo(h, "paul")).toEqual([
      [
        "Reminder: Budget review starts in 15 minutes",
        "",
        "⚠ This has moved: it was first announced for Thu 7 Mar, 10:00 AM Testville time. The time below is the current one.",
        "",
        "When: Thu 7 Mar, 11:00 AM–1:00 PM Testville time",
        "Your time: Thu 7 Mar, 5:00 PM–7:00 PM (Paris)",
        "Where: Test Venue",
        "",
        "• Add to my calendar",
        "• Stop these reminders",
      ].join("\n"),
    ]);
  });

  it("is still reminded when it moved earlier, past its reminder time, but has not begun", async () => {
    const h = await harness({ now: "2024-03-07T14:00:00Z", catalogue: version("10:00") });
    await h.say(paris, "remind me about the budget review");
    await h.deps.scheduler.tick();
    h.clock.set("2024-03-07T14:35:00Z");
    await h.deps.scheduler.tick();
    await publishCatalogue(h.deps, version("09:50"));
    h.clock.set("2024-03-07T14:40:00Z");
    await h.deps.scheduler.tick();
    expect(remindersTo(h, "paul").map((text) => text.split("\n")[0])).toEqual([
      "Reminder: Budget review starts in 10 minutes",
    ]);
  });
});

describe("durable across restarts (SQLite; a new store, outbox, scheduler and core = a restart)", () => {
  async function subscribedThenStopped(url: string) {
    const first = await harness({ now: "2024-03-07T14:30:00Z", storeUrl: url });
    await first.say(paris, "remind me 15 minutes before every session");
    await first.deps.scheduler.tick();
    await first.store.close();
    return first;
  }

  it("restarted before the due time: sent once", async () => {
    const url = sqliteUrl();
    const first = await subscribedThenStopped(url);
    const second = await harness({ now: "2024-03-07T14:40:00Z", storeUrl: url });
    await second.deps.scheduler.tick();
    second.clock.set(THURSDAY_DUE);
    await second.deps.scheduler.tick();
    await second.store.close();
    const third = await harness({ now: "2024-03-07T14:46:00Z", storeUrl: url });
    await third.deps.scheduler.tick();
    expect(remindersTo(first, "paul")).toEqual([]);
    expect(remindersTo(second, "paul").length).toBe(1);
    expect(remindersTo(third, "paul")).toEqual([]);
    expect((await third.deps.outbox.campaign(REMINDER_CAMPAIGN)).map((d) => d.status)).toEqual(["sent"]);
    await third.store.close();
  });

  it("down across the due time, back within the grace window: sent late, once", async () => {
    const url = sqliteUrl();
    await subscribedThenStopped(url);
    const second = await harness({ now: "2024-03-07T14:55:00Z", storeUrl: url });
    await second.deps.scheduler.tick();
    await second.deps.scheduler.tick();
    expect(remindersTo(second, "paul").map((text) => text.split("\n")[0])).toEqual([
      "Reminder: OEWG 7th session: Agenda item 5 (continued): Capacity-building starts in 5 minutes",
    ]);
    await second.store.close();
  });

  it("down beyond the grace window: recorded as missed, never sent", async () => {
    const url = sqliteUrl();
    await subscribedThenStopped(url);
    const second = await harness({ now: "2024-03-07T15:05:00Z", storeUrl: url });
    await second.deps.scheduler.tick();
    expect(remindersTo(second, "paul")).toEqual([]);
    expect(
      await second.deps.outbox.get("reminders/test:paul|oewg-7-2024-03-07-am|15|2024-03-07T15:00:00.000Z"),
    ).toMatchObject({
      status: "missed",
      expiresAt: "2024-03-07T15:00:00.000Z",
    });
    await second.store.close();
    const third = await harness({ now: "2024-03-07T15:06:00Z", storeUrl: url });
    await third.deps.scheduler.tick();
    expect(remindersTo(third, "paul")).toEqual([]);
    await third.store.close();
  });

  it("honours a configured grace window (REMINDER_GRACE_MINUTES=30)", async () => {
    const url = sqliteUrl();
    await subscribedThenStopped(url);
    const second = await harness({
      now: "2024-03-07T15:05:00Z",
      storeUrl: url,
      env: { REMINDER_GRACE_MINUTES: "30" },
    });
    await second.deps.scheduler.tick();
    expect(remindersTo(second, "paul").map((text) => text.split("\n")[0])).toEqual([
      "Reminder: OEWG 7th session: Agenda item 5 (continued): Capacity-building started 5 minutes ago",
    ]);
    await second.store.close();
  });

  it("two cores ticking the same SQLite file at once send each reminder once", async () => {
    const url = sqliteUrl();
    await subscribedThenStopped(url);
    const a = await harness({ now: THURSDAY_DUE, store: await openStore(url) });
    const b = await harness({ now: THURSDAY_DUE, store: await openStore(url) });
    await Promise.all([a.deps.scheduler.tick(), b.deps.scheduler.tick()]);
    await Promise.all([a.deps.scheduler.tick(), b.deps.scheduler.tick()]);
    expect(remindersTo(a, "paul").length + remindersTo(b, "paul").length).toBe(1);
    await a.store.close();
    await b.store.close();
  });
});

describe("installed with every module", () => {
  it("reminder, RSVP and calendar phrases reach their modules before the programme questions", async () => {
    const h = await harness({ now: "2024-03-04T12:00:00Z", modules: handlerModules });
    expect(await h.say(paris, "remind me about the reception")).toMatch(
      /^I'll remind you about Cocktail reception: 1 hour before/,
    );
    expect(await h.say(paris, "my reminders")).toMatch(/^Your reminders/);
    expect(await h.say(paris, "my RSVPs")).toMatch(/^Your RSVPs/);
    expect(await h.say(paris, "add Thursday to my calendar")).toMatch(/PUBLIC_URL/);
  });
});
