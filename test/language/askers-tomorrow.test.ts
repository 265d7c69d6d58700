/**
 * "Tomorrow" is the asker's own tomorrow. At 23:30 on Tuesday 5 March in New York (the venue)
 * it is already Wednesday 05:30 in Madrid: a delegate there asking for tomorrow's programme
 * means Thursday 7 March, and the answer says which day it took, in the asker's language.
 * Asked where the two calendars agree, or by an asker in the venue's zone, nothing changes.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

/** 23:30 on Tuesday 5 March in New York: Wednesday 05:30 in Madrid. */
const LATE_TUESDAY_IN_NEW_YORK = "2024-03-06T04:30:00Z";
/** 10:00 on Tuesday 5 March in New York: 16:00 the same day in Madrid. */
const TUESDAY_MORNING_IN_NEW_YORK = "2024-03-05T15:00:00Z";

/** "Tomorrow" in each language, the Thursday the Madrid asker means, and the note naming it. */
const TOMORROW: readonly { tag: string; question: string; thursday: RegExp; note: RegExp }[] = [
  {
    tag: "en",
    question: "what's on tomorrow?",
    thursday: /^Thursday 7 March/,
    note: /Tomorrow for you in Madrid is Thursday 7 March/,
  },
  {
    tag: "fr",
    question: "programme de demain",
    thursday: /^jeudi 7 mars/,
    note: /Demain chez vous \(Madrid\), c'est le jeudi 7 mars/,
  },
  {
    tag: "es",
    question: "programa de mañana",
    thursday: /^jueves, 7 de marzo/,
    note: /Para usted \(Madrid\), mañana es el jueves, 7 de marzo/,
  },
  {
    tag: "ru",
    question: "программа на завтра",
    thursday: /^четверг, 7 марта/,
    note: /Завтра по вашему времени \(Мадрид\) — четверг, 7 марта/,
  },
  {
    tag: "zh",
    question: "明天的日程",
    thursday: /^3月7日星期四/,
    note: /按您所在地（马德里）的日期，明天是3月7日星期四。/,
  },
  {
    tag: "ar",
    question: "ماذا يوجد غدا؟",
    thursday: /^\u2068?الخميس، 7 آذار\/مارس/,
    note: /غدا بتوقيتك \(\u2068?مدريد\u2069?\) هو \u2068?الخميس، 7 آذار\/مارس/,
  },
];

describe("relative days on the asker's own calendar", () => {
  for (const { tag, question, thursday, note } of TOMORROW) {
    it(`${tag}: ${question} asked from Madrid late on the venue's Tuesday is Thursday, and says so`, async () => {
      const h = await harness({ now: LATE_TUESDAY_IN_NEW_YORK, modules: handlerModules });
      const answer = await h.say(user("ana", { timeZone: "Europe/Madrid" }), question);
      expect(answer.split("\n")[0]).toMatch(thursday);
      expect(answer).toMatch(note);
    });
  }

  it("reads today as the asker's today, and says so", async () => {
    const h = await harness({ now: LATE_TUESDAY_IN_NEW_YORK, modules: handlerModules });
    const answer = await h.say(user("ana", { timeZone: "Europe/Madrid" }), "what's on today?");
    expect(answer.split("\n")[0]).toMatch(/^Wednesday 6 March/);
    expect(answer).toMatch(/Today for you in Madrid is Wednesday 6 March/);
  });

  it.each([
    ["what's on tonight?", /^Nothing is scheduled on Tuesday 5 March in the evening/],
    ["what's on tomorrow morning?", /^Wednesday 6 March morning/],
  ])(
    "keeps the venue's day for a part of the day, read in the venue's wall time (%j)",
    async (question, day) => {
      const h = await harness({ now: LATE_TUESDAY_IN_NEW_YORK, modules: handlerModules });
      const answer = await h.say(user("ana", { timeZone: "Europe/Madrid" }), question);
      expect(answer.split("\n")[0]).toMatch(day);
      expect(answer).not.toMatch(/for you/);
    },
  );

  it("reads 'later today' as the rest of the asker's today", async () => {
    const h = await harness({ now: LATE_TUESDAY_IN_NEW_YORK, modules: handlerModules });
    const answer = await h.say(user("ana", { timeZone: "Europe/Madrid" }), "what's on later today?");
    expect(answer.split("\n")[0]).toMatch(/^Wednesday 6 March, rest of the day/);
    expect(answer).toMatch(/Today for you in Madrid is Wednesday 6 March/);
  });

  it("keeps the venue's tomorrow for an asker in the venue's zone, with no note", async () => {
    const h = await harness({ now: LATE_TUESDAY_IN_NEW_YORK, modules: handlerModules });
    const answer = await h.say(user("ben", { timeZone: "America/New_York" }), "what's on tomorrow?");
    expect(answer.split("\n")[0]).toMatch(/^Wednesday 6 March/);
    expect(answer).not.toMatch(/for you/);
  });

  it("says nothing more when both calendars name the same day", async () => {
    const h = await harness({ now: TUESDAY_MORNING_IN_NEW_YORK, modules: handlerModules });
    const answer = await h.say(user("ana", { timeZone: "Europe/Madrid" }), "what's on tomorrow?");
    expect(answer.split("\n")[0]).toMatch(/^Wednesday 6 March/);
    expect(answer).not.toMatch(/for you/);
  });
});
