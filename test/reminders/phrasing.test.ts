/**
 * Reminder phrasings of issue 14 through the real pipeline (every module installed, a real
 * store, the producer and the outbox), on the bot's clock.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { reminderRepository } from "../../handlers/reminders/module.js";
import { REMINDER_CAMPAIGN } from "../../schedules/reminders/producer.js";
import { harness, people, user, withRoster } from "./harness.js";

const nairobi = user("nia", { timeZone: "Africa/Nairobi" });
/** Thursday 7 March 2024, 2:50 PM in New York: the 3 PM session is next. */
const THURSDAY_2_50 = "2024-03-07T14:50:00-05:00";

type Harness = Awaited<ReturnType<typeof harness>>;

const targetsOf = async (h: Harness, name: string) =>
  (await reminderRepository(h.deps).remindersOf(`test:${name}`)).map((subscription) => [
    subscription.target.type === "occurrence" ? subscription.target.occurrenceId : subscription.target.type,
    subscription.leadMinutes,
  ]);

/** Runs the producer and outbox minute by minute up to `until`; returns the reminders' first lines. */
async function runUntil(h: Harness, until: string, name: string): Promise<string[]> {
  const end = Date.parse(until);
  await h.deps.scheduler.tick();
  while (h.clock.now().getTime() < end) {
    h.clock.advance(Math.min(60_000, end - h.clock.now().getTime()));
    await h.deps.scheduler.tick();
  }
  return h
    .textsTo(name)
    .filter((text) => text.startsWith("Reminder:"))
    .map((text) => text.split("\n")[0] ?? "");
}

describe("'the next session' on the bot's clock", () => {
  it("at Thursday 2:50 PM means the 3 PM session, never the 9 May item about 'next steps'", async () => {
    const h = await harness({ now: THURSDAY_2_50, modules: handlerModules });
    const answer = await h.say(nairobi, "remind me 10 minutes before the next session");
    expect(answer).toBe(
      "OEWG 7th session: Agenda item 5 (continued): Regular institutional dialogue starts in 10 minutes (Thu 7 Mar, 3:00 PM–6:00 PM New York time (Thu 7 Mar, 11:00 PM – Fri 8 Mar, 2:00 AM your time (Nairobi))) — 10 minutes before is now, so this is your reminder.",
    );
    expect(answer).not.toMatch(/9 May|way forward/i);
    expect(await targetsOf(h, "nia")).toEqual([]);
    expect(await h.say(nairobi, "remind me 5 minutes before the next session")).toMatch(
      /^I'll remind you about OEWG 7th session: Agenda item 5 \(continued\): Regular institutional dialogue: 5 minutes before Thu 7 Mar, 3:00 PM/,
    );
    expect(await targetsOf(h, "nia")).toEqual([["oewg-7-2024-03-07-pm", 5]]);
    expect(await runUntil(h, "2024-03-07T15:00:00-05:00", "nia")).toEqual([
      "Reminder: OEWG 7th session: Agenda item 5 (continued): Regular institutional dialogue starts in 5 minutes",
    ]);
  });

  it("ten minutes earlier, sets the reminder and sends it at 2:50 PM", async () => {
    const h = await harness({ now: "2024-03-07T14:40:00-05:00", modules: handlerModules });
    expect(await h.say(nairobi, "remind me 10 minutes before the next session")).toMatch(
      /^I'll remind you about .*Regular institutional dialogue: 10 minutes before Thu 7 Mar, 3:00 PM/,
    );
    expect(await runUntil(h, THURSDAY_2_50, "nia")).toEqual([
      "Reminder: OEWG 7th session: Agenda item 5 (continued): Regular institutional dialogue starts in 10 minutes",
    ]);
  });

  it("after the last session says nothing is left, instead of searching for the word", async () => {
    const h = await harness({ now: "2024-06-01T12:00:00-04:00", modules: handlerModules });
    expect(await h.say(nairobi, "remind me about the next session")).toBe(
      "Nothing is left in the programme after now, so there is no next session to remind you of.",
    );
  });
});

describe("one session, one reminder, whatever the words", () => {
  it("'the next session' then its topic with another lead: the second replaces the first, one reminder comes", async () => {
    const h = await harness({ now: "2024-03-07T08:00:00-05:00", modules: handlerModules });
    await h.say(nairobi, "remind me 15 minutes before every session");
    expect(await h.say(nairobi, "remind me about the next session")).toMatch(
      /^I'll remind you about OEWG 7th session: Agenda item 5 \(continued\): Capacity-building: 15 minutes before Thu 7 Mar, 10:00 AM/,
    );
    expect(await h.say(nairobi, "remind me about capacity-building 30 minutes before")).toMatch(
      /^I'll remind you about Agenda item 5 \(continued\): Capacity-building: 30 minutes before Thu 7 Mar, 10:00 AM.* \(was 15 minutes before; the same session as your reminder about OEWG 7th session: Agenda item 5 \(continued\): Capacity-building, which it replaces; instead of your every-session reminder 15 minutes before\)\.$/,
    );
    expect(await targetsOf(h, "nia")).toEqual([
      ["every-session", 15],
      ["oewg-7-capacity-building", 30],
    ]);
    expect(await h.say(nairobi, "pls remind me about capacity building 30 min before")).toMatch(
      /\(you already had this reminder; instead of your every-session reminder 15 minutes before\)\.$/,
    );
    expect(await runUntil(h, "2024-03-07T10:05:00-05:00", "nia")).toEqual([
      "Reminder: Agenda item 5 (continued): Capacity-building starts in 30 minutes",
    ]);
    const deliveries = (await h.deps.outbox.campaign(REMINDER_CAMPAIGN)).filter(
      (delivery) => delivery.status === "sent",
    );
    expect(deliveries.map((delivery) => delivery.id)).toEqual([
      "reminders/test:nia|oewg-7-capacity-building|30|2024-03-07T15:00:00.000Z",
    ]);
  });

  it("a reminder queued under one lead is not sent once the session is asked for under another", async () => {
    const h = await harness({ now: "2024-03-07T09:40:00-05:00", modules: handlerModules });
    await h.say(nairobi, "remind me 15 minutes before every session");
    await h.deps.scheduler.tick();
    // The every-session reminder is due at 9:45; the outbox holds it back once another lead is chosen.
    h.platform.faults.set("test:nia", { transientTimes: 1, retryAfterMs: 60_000 });
    h.clock.set("2024-03-07T09:45:00-05:00");
    await h.deps.scheduler.tick();
    expect(await h.say(nairobi, "remind me 5 minutes before the next session")).toMatch(/5 minutes before/);
    expect(await runUntil(h, "2024-03-07T10:00:00-05:00", "nia")).toEqual([
      "Reminder: OEWG 7th session: Agenda item 5 (continued): Capacity-building starts in 5 minutes",
    ]);
  });
});

describe("stopping in few words", () => {
  it("'stop' alone stops every reminder, automatic ones included; 'unsubscribe' then has nothing left", async () => {
    const h = await harness({ now: "2024-03-01T12:00:00Z", modules: handlerModules });
    await withRoster(h);
    await h.say(people.ann, "rsvp attending");
    await h.say(people.ann, "remind me before every session");
    expect(await h.say(people.ann, "stop")).toBe(
      `Done: 2 reminders stopped (including the automatic one for an event you RSVP'd to), and no automatic reminders for events you RSVP to. Say "remind me …" to start again.`,
    );
    expect(await h.say(people.ann, "unsubscribe")).toBe(
      'You had no reminders, so there was nothing to stop. Say "remind me …" to have one.',
    );
    expect(await runUntil(h, "2024-03-04T23:30:00Z", "ann")).toEqual([]);
  });

  it("'stop the ping reminders' stops the ping test's reminder and keeps the others", async () => {
    const h = await harness({ now: "2024-05-01T12:00:00Z", modules: handlerModules });
    await h.say(nairobi, "remind me the day before the ping test");
    await h.say(nairobi, "remind me about the POC meeting");
    expect(await h.say(nairobi, "stop the ping reminders")).toBe(
      'Done: no more reminders about "Ping" test of the Global POC Directory.',
    );
    expect(await targetsOf(h, "nia")).toEqual([["poc-meeting-1-2024-05-09", 15]]);
  });
});

describe("'the day before' and changing the lead", () => {
  it("'the day before' reminds 24 hours ahead", async () => {
    const h = await harness({ now: "2024-03-01T12:00:00Z", modules: handlerModules });
    expect(await h.say(nairobi, "remind me the day before the reception")).toMatch(
      /^I'll remind you about Cocktail reception: the day before Mon 4 Mar, 6:30 PM New York time/,
    );
    expect(await targetsOf(h, "nia")).toEqual([["oewg-7-reception-2024-03-04", 1440]]);
    expect(await runUntil(h, "2024-03-03T23:30:00Z", "nia")).toEqual([
      "Reminder: Cocktail reception starts in 24 hours",
    ]);
  });

  it("'change my reminder to 30 minutes before' changes the one reminder, asks which of several, changes all when told", async () => {
    const h = await harness({ now: "2024-03-07T08:00:00-05:00", modules: handlerModules });
    expect(await h.say(nairobi, "change my reminder to 30 minutes before")).toBe(
      'You have no upcoming reminder to change. Say, e.g., "remind me 30 minutes before the next session".',
    );
    await h.say(nairobi, "remind me 10 minutes before the next session");
    expect(await h.say(nairobi, "change my reminder to 30 minutes before")).toMatch(
      /^I'll remind you about .*Capacity-building: 30 minutes before Thu 7 Mar, 10:00 AM.*\(was 10 minutes before\)\.$/,
    );
    await h.say(nairobi, "remind me about the closure of the session");
    const which = await h.say(nairobi, "change my reminder to an hour before");
    expect(which).toMatch(/^Your reminders:\n/);
    expect(which).toMatch(/Nothing was changed\.$/);
    expect(await targetsOf(h, "nia")).toEqual([
      ["oewg-7-2024-03-07-am", 30],
      ["oewg-7-closure", 15],
    ]);
    expect((await h.say(nairobi, "change all my reminders to 1 hour before")).split("\n")).toHaveLength(2);
    expect(await targetsOf(h, "nia")).toEqual([
      ["oewg-7-2024-03-07-am", 60],
      ["oewg-7-closure", 60],
    ]);
    expect(await h.say(nairobi, "change my reminder for the closure to 5 minutes before")).toMatch(
      /Closure of the session: 5 minutes before .*\(was 1 hour before\)\.$/,
    );
    expect(await h.say(nairobi, "change my reminder to 2 days before")).toBe(
      'Reminders can come from the start time up to 24 hours before; "2 days before" is outside that.',
    );
  });
});

describe("phrasings nobody planned for", () => {
  it.each([
    [
      "remmind me about the next session",
      /^I'll remind you about .*Capacity-building: 15 minutes before Thu 7 Mar/,
    ],
    ["Could you pls remind me when the next session starts?", /Capacity-building: at the start Thu 7 Mar/],
    ["set a reminder for the next session", /Capacity-building: 15 minutes before Thu 7 Mar/],
    [
      "hey bot, remind me 20 mins before the next meeting please",
      /Capacity-building: 20 minutes before Thu 7 Mar/,
    ],
    ["remind me about next steps", /^I'll remind you about Briefing on way forward/],
    ["remind me about the next session on Friday", /Other matters: 15 minutes before Fri 8 Mar, 10:00 AM/],
  ])("%j", async (text, answer) => {
    const h = await harness({ now: "2024-03-07T08:00:00-05:00", modules: handlerModules });
    expect(await h.say(nairobi, text)).toMatch(answer);
  });

  it("'pls remind me before the reception': an hour before while it is ahead, a clear answer once it is over", async () => {
    const h = await harness({ now: "2024-03-01T12:00:00Z", modules: handlerModules });
    expect(await h.say(nairobi, "pls remind me before the reception")).toMatch(
      /^I'll remind you about Cocktail reception: 1 hour before Mon 4 Mar, 6:30 PM New York time/,
    );
    h.clock.set(THURSDAY_2_50);
    expect(await h.say(nairobi, "remind me before the reception")).toMatch(
      /^Cocktail reception \(Mon 4 Mar, 6:30 PM New York time .*\) has already begun or taken place\.$/,
    );
  });
});

describe("a lead without a word for 'before' (Russian 'за 30 минут')", () => {
  it.each([
    ["напомни мне о приеме за 30 минут", /^Я напомню вам: Приём \(коктейль\): за 30 минут до начала/, 30],
    ["напомни о приёме за 2 часа", /^Я напомню вам: Приём \(коктейль\): за 2 часа до начала/, 120],
    ["напомни мне за 15 минут о приёме", /^Я напомню вам: Приём \(коктейль\): за 15 минут до начала/, 15],
    ["напомни мне о приеме за 30 минут до начала", /: за 30 минут до начала/, 30],
    ["rappelle-moi la réception 30 minutes avant", /^Je vous préviendrai pour .*: 30 minutes avant/, 30],
    ["recuérdame la recepción 30 minutos antes", /^Le avisaré de la recepción .*: 30 minutos antes/, 30],
    ["招待会提前30分钟提醒我", /^我会提醒您：鸡尾酒招待会：开始前30分钟/, 30],
    ["ذكرني بحفل الاستقبال قبل 30 دقيقة", /^سأذكّرك بـ/, 30],
  ])("%s", async (text, answer, lead) => {
    const h = await harness({ now: "2024-03-01T12:00:00Z", modules: handlerModules });
    expect(await h.say(nairobi, text)).toMatch(answer);
    expect(await targetsOf(h, "nia")).toEqual([["oewg-7-reception-2024-03-04", lead]]);
  });

  it.each([
    "remind me about the reception in 30 minutes",
    "напомни мне о приеме через 30 минут",
    "rappelle-moi la réception dans 30 minutes",
  ])("%s: a moment from now is still no lead", async (text) => {
    const h = await harness({ now: "2024-03-01T12:00:00Z", modules: handlerModules });
    await h.say(nairobi, text);
    expect(await targetsOf(h, "nia")).toEqual([]);
  });
});
