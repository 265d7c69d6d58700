import { describe, expect, it } from "vitest";
import { type DaySpec, readDayExpression as extractDayExpression } from "../../bot/language/dates.js";
import { contentWords, parseQuestion } from "../../handlers/programme/parse.js";
import { dayContext, resolveDays } from "../../handlers/programme/resolve-day.js";
import { catalogue } from "./support.js";

describe("day expressions", () => {
  it.each<{ text: string; day?: DaySpec; part?: string; clock?: number }>([
    { text: "what's on thursday?", day: { kind: "weekday", weekday: 4 } },
    {
      text: "next tuesday afternoon",
      day: { kind: "weekday", weekday: 2, modifier: "next" },
      part: "afternoon",
    },
    { text: "last monday", day: { kind: "weekday", weekday: 1, modifier: "last" } },
    { text: "wensday morning", day: { kind: "weekday", weekday: 3 }, part: "morning" },
    { text: "thrusday", day: { kind: "weekday", weekday: 4 } },
    { text: "today", day: { kind: "relative", offset: 0 } },
    { text: "tomorow", day: { kind: "relative", offset: 1 } },
    { text: "yesterday evening", day: { kind: "relative", offset: -1 }, part: "evening" },
    { text: "the day after tomorrow", day: { kind: "relative", offset: 2 } },
    { text: "tonight", day: { kind: "relative", offset: 0 }, part: "evening" },
    { text: "this afternoon", day: { kind: "relative", offset: 0 }, part: "afternoon" },
    { text: "in the afternoon", part: "afternoon" },
    { text: "day 3", day: { kind: "session-day", index: 3 } },
    { text: "the third day", day: { kind: "session-day", index: 3 } },
    { text: "closing day", day: { kind: "session-day", index: -1 } },
    { text: "this week", day: { kind: "week", offset: 0 } },
    { text: "next week", day: { kind: "week", offset: 1 } },
    { text: "7 march", day: { kind: "date", month: 3, day: 7, year: undefined } },
    { text: "march 7th", day: { kind: "date", month: 3, day: 7, year: undefined } },
    { text: "on the 9th of may 2024", day: { kind: "date", month: 5, day: 9, year: 2024 } },
    {
      text: "10/6",
      day: { kind: "date", month: 6, day: 10, year: undefined, monthFirst: { month: 10, day: 6 } },
    },
    { text: "2024-06-10", day: { kind: "date", month: 6, day: 10, year: 2024 } },
    { text: "in may", day: { kind: "month", month: 5, year: undefined } },
    { text: "at 3 pm", clock: 15 * 60 },
    { text: "at 10.30am", clock: 10 * 60 + 30 },
    { text: "15:00", clock: 15 * 60 },
    { text: "at noon", clock: 12 * 60 },
    // A bare hour after "at" is a clock time (tester6 N1); a count, a day or an item number is not.
    {
      text: "what's on 9 may at 11",
      day: { kind: "date", month: 5, day: 9, year: undefined },
      clock: 11 * 60,
    },
    { text: "at 11 on thursday", day: { kind: "weekday", weekday: 4 }, clock: 11 * 60 },
    { text: "around 15 in geneva", clock: 15 * 60 },
    { text: "agenda item 11" },
    { text: "at 10 minutes", clock: undefined },
    { text: "at 9 may", day: { kind: "date", month: 5, day: 9, year: undefined } },
    { text: "at 11th", day: { kind: "month-day", day: 11 } },
    // An ordinal day of the month alone (tester6 N2), not a session's, a day's or an item's number.
    { text: "what's on the 4th", day: { kind: "month-day", day: 4 } },
    { text: "on the 5th?", day: { kind: "month-day", day: 5 } },
    { text: "what's on 4th", day: { kind: "month-day", day: 4 } },
    { text: "the 8th session" },
    { text: "the 2nd day", day: { kind: "session-day", index: 2 } },
    { text: "the 4th of march", day: { kind: "date", month: 3, day: 4, year: undefined } },
    { text: "who may speak", day: undefined },
    { text: "7 march 5 before", day: undefined }, // chrono-node reads "5 BE(fore)" as a year: ignored
  ])("$text", ({ text, day, part, clock }) => {
    const found = extractDayExpression(text);
    expect(found.day).toEqual(day);
    expect(found.part).toEqual(part);
    expect(found.clock).toEqual(clock);
  });
});

describe("questions", () => {
  it.each([
    { text: "Who gives the opening statements?", facet: "who", words: ["opening", "statements"] },
    { text: "Where is the reception?", facet: "where", words: ["reception"] },
    { text: "When does the POC meeting open?", facet: "when", words: ["poc", "open"] },
    { text: "what time does the reception end?", facet: "end", words: ["reception"] },
    { text: "which room?", facet: "room", words: [] },
    { text: "How do I RSVP?", facet: "rsvp", words: [] },
    { text: "What's on Tuesday afternoon?", facet: "what", words: [] },
    { text: "agenda item 6", facet: "what", words: [] },
  ])("$text", ({ text, facet, words }) => {
    const query = parseQuestion(text);
    expect(query.facet).toEqual(facet);
    expect(contentWords(query.words).map((word) => word.surface)).toEqual(words);
  });

  it("reads agenda items, now/next and anchors", () => {
    expect(parseQuestion("agenda item no. 5").agendaItem).toEqual(5);
    expect(parseQuestion("item five").agendaItem).toEqual(5);
    expect(parseQuestion("what's happening now?").relative).toEqual("now");
    expect(parseQuestion("what's next").relative).toEqual("next");
    expect(parseQuestion("next tuesday").relative).toEqual(undefined);
    expect(parseQuestion("what's after the stakeholder session?").anchor).toEqual("after");
    expect(parseQuestion("what is on after this?").relative).toEqual("next");
    expect(parseQuestion("the previous session").relative).toEqual("previous");
  });

  it("notes facts the letters may not give", () => {
    expect(parseQuestion("what should I wear?").unstated).toEqual(["dress-code"]);
    expect(parseQuestion("is lunch provided?").unstated).toEqual(["meals"]);
  });

  it("strips markup and reads only the first 300 characters", () => {
    expect(contentWords(parseQuestion("<b>capacity</b> building").words).map((w) => w.surface)).toEqual([
      "capacity",
      "building",
    ]);
    expect(parseQuestion(`${"a ".repeat(200)}thursday`).day).toEqual(undefined);
  });
});

describe("resolving days against the programme", () => {
  const resolve = (spec: DaySpec, now: string) =>
    resolveDays(spec, dayContext(catalogue, catalogue.programmes, new Date(now)));

  it.each([
    {
      name: "Thursday asked on Monday of the session",
      spec: { kind: "weekday", weekday: 4 },
      now: "2024-03-04T08:00:00-05:00",
      dates: ["2024-03-07"],
    },
    {
      name: "Thursday asked weeks before",
      spec: { kind: "weekday", weekday: 4 },
      now: "2024-02-01T08:00:00-05:00",
      dates: ["2024-03-07"],
      movedFrom: "2024-02-01",
    },
    {
      name: "Monday asked on Thursday of the session: the session's Monday, no other date named",
      spec: { kind: "weekday", weekday: 1 },
      now: "2024-03-07T09:00:00-05:00",
      dates: ["2024-03-04"],
      movedFrom: undefined,
    },
    {
      name: "Wednesday asked on Thursday of the session",
      spec: { kind: "weekday", weekday: 3 },
      now: "2024-03-07T09:00:00-05:00",
      dates: ["2024-03-06"],
      movedFrom: undefined,
    },
    {
      name: "next Monday asked on Thursday of the session: a later programme Monday, and the coming one said empty",
      spec: { kind: "weekday", weekday: 1, modifier: "next" },
      now: "2024-03-07T09:00:00-05:00",
      dates: ["2024-06-10"],
      movedFrom: "2024-03-11",
    },
    {
      name: "Thursday asked the Sunday after",
      spec: { kind: "weekday", weekday: 4 },
      now: "2024-03-10T08:00:00-04:00",
      dates: ["2024-03-07"],
      movedFrom: "2024-03-14",
    },
    {
      name: "Thursday asked in late April: the POC meeting's Thursday",
      spec: { kind: "weekday", weekday: 4 },
      now: "2024-04-29T08:00:00-04:00",
      dates: ["2024-05-09"],
      movedFrom: "2024-05-02",
    },
    {
      name: "the 4th asked on 7 March: the session's Monday",
      spec: { kind: "month-day", day: 4 },
      now: "2024-03-07T08:00:00-05:00",
      dates: ["2024-03-04"],
    },
    {
      name: "the 9th asked in March: the only programme day that is a 9th (9 May)",
      spec: { kind: "month-day", day: 9 },
      now: "2024-03-07T08:00:00-05:00",
      dates: ["2024-05-09"],
    },
    {
      name: "the 20th asked in late April: the 20th of the coming programme's month",
      spec: { kind: "month-day", day: 20 },
      now: "2024-04-29T08:00:00-04:00",
      dates: ["2024-05-20"],
    },
    {
      name: "Sunday (never a programme day)",
      spec: { kind: "weekday", weekday: 0 },
      now: "2024-03-04T08:00:00-05:00",
      dates: ["2024-03-10"],
    },
    {
      name: "today, in New York, for a Tokyo evening",
      spec: { kind: "relative", offset: 0 },
      now: "2024-03-05T20:00:00+09:00",
      dates: ["2024-03-05"],
    },
    {
      name: "9 May without a year",
      spec: { kind: "date", month: 5, day: 9 },
      now: "2024-01-10T08:00:00-05:00",
      dates: ["2024-05-09"],
    },
    {
      name: "day 3",
      spec: { kind: "session-day", index: 3 },
      now: "2024-03-04T08:00:00-05:00",
      dates: ["2024-03-06"],
    },
    {
      name: "last day",
      spec: { kind: "session-day", index: -1 },
      now: "2024-03-04T08:00:00-05:00",
      dates: ["2024-03-08"],
    },
  ] satisfies { name: string; spec: DaySpec; now: string; dates: string[]; movedFrom?: string }[])(
    "$name",
    ({ spec, now, dates, ...rest }) => {
      const resolved = resolve(spec, now);
      expect(resolved.dates).toEqual(dates);
      if ("movedFrom" in rest) expect(resolved.movedFrom).toEqual(rest.movedFrom);
    },
  );
});
