import { describe, expect, it } from "vitest";
import { type DayExpression, momentAhead, readDayExpression, readMoment } from "../../bot/language/dates.js";
import { normalise } from "../../bot/language/normalise.js";

type Expected = Omit<DayExpression, "rest">;

/** The one date reader, phrase by phrase: what it reads, and what it leaves. */
describe("readDayExpression", () => {
  it.each<[string, Expected]>([
    ["what's on thursday afternoon?", { day: { kind: "weekday", weekday: 4 }, part: "afternoon" }],
    ["next tuesday", { day: { kind: "weekday", weekday: 2, modifier: "next" } }],
    ["coming friday", { day: { kind: "weekday", weekday: 5, modifier: "next" } }],
    ["thrusday", { day: { kind: "weekday", weekday: 4 } }],
    // A misspelt part of the day, as a misspelt weekday: "opening" is two edits from "evening".
    ["thursdy aftrnoon pls", { day: { kind: "weekday", weekday: 4 }, part: "afternoon" }],
    ["this evning", { day: { kind: "relative", offset: 0 }, part: "evening" }],
    ["friday mornig", { day: { kind: "weekday", weekday: 5 }, part: "morning" }],
    ["opening tomorrow", { day: { kind: "relative", offset: 1 } }],
    ["thursday's sessions", { day: { kind: "weekday", weekday: 4 } }],
    ["today", { day: { kind: "relative", offset: 0 } }],
    ["tonight", { day: { kind: "relative", offset: 0 }, part: "evening" }],
    ["tomorrow morning", { day: { kind: "relative", offset: 1 }, part: "morning" }],
    ["this afternoon", { day: { kind: "relative", offset: 0 }, part: "afternoon" }],
    ["day after tomorrow", { day: { kind: "relative", offset: 2 } }],
    ["the day before yesterday", { day: { kind: "relative", offset: -2 } }],
    ["what's on in 2 days", { day: { kind: "relative", offset: 2 } }],
    ["in a week", { day: { kind: "relative", offset: 7 } }],
    ["3 days from now", { day: { kind: "relative", offset: 3 } }],
    ["30 minutes from now", { minutesAhead: 30 }],
    ["in an hour", { minutesAhead: 60 }],
    ["in 2 hrs", { minutesAhead: 120 }],
    // Lengths of time said as a phrase (the lexicon's durations).
    ["in half an hour", { minutesAhead: 30 }],
    ["what's on in an hour and a half", { minutesAhead: 90 }],
    ["an hour and a half from now", { minutesAhead: 90 }],
    ["in a quarter of an hour", { minutesAhead: 15 }],
    ["in 1.5 hours", { minutesAhead: 90 }],
    // Hours and minutes written as one clock-like count: 90 minutes from now, not 1:30.
    ["in 1h30", { minutesAhead: 90 }],
    ["in 1 h 30", { minutesAhead: 90 }],
    ["what's on in 2h", { minutesAhead: 120 }],
    ["day 3", { day: { kind: "session-day", index: 3 } }],
    ["the closing day", { day: { kind: "session-day", index: -1 } }],
    ["day 4 at 3 pm", { day: { kind: "session-day", index: 4 }, clock: 900 }],
    ["at 14:30", { clock: 870 }],
    // A bare hour from 1 to 7 is the afternoon's (English is spoken on the 12-hour clock);
    // am/pm, a leading zero or a part of the day say otherwise; counts are no clock times.
    ["friday at 3", { day: { kind: "weekday", weekday: 5 }, clock: 900 }],
    ["the 4th at 6:30", { day: { kind: "month-day", day: 4 }, clock: 1110 }],
    ["at 7", { clock: 1140 }],
    ["at 3:00 am", { clock: 180 }],
    ["at 03:00", { clock: 180 }],
    ["at 9", { clock: 540 }],
    ["at 11:30", { clock: 690 }],
    ["tomorrow morning at 6", { day: { kind: "relative", offset: 1 }, part: "morning", clock: 360 }],
    ["friday evening at 8", { day: { kind: "weekday", weekday: 5 }, part: "evening", clock: 1200 }],
    ["in 3 days", { day: { kind: "relative", offset: 3 } }],
    ["room 3", {}],
    // Round the clock, never 24 July (nor 7/24 read month first).
    ["my 24/7 number changed", {}],
    ["telefono de guardia 24/7", {}],
    ["24x7 line", {}],
    ["7/24 support", {}],
    ["3 experts", {}],
    ["the 3rd", { day: { kind: "month-day", day: 3 } }],
    ["at noon", { clock: 720 }],
    ["12am", { clock: 0 }],
    ["thursday pm", { day: { kind: "weekday", weekday: 4 }, part: "afternoon" }],
    ["7 march pm", { day: { kind: "date", month: 3, day: 7 }, part: "afternoon" }],
    ["7 March", { day: { kind: "date", month: 3, day: 7 } }],
    ["March 7", { day: { kind: "date", month: 3, day: 7 } }],
    ["9 May 2024", { day: { kind: "date", month: 5, day: 9, year: 2024 } }],
    ["10/6", { day: { kind: "date", month: 6, day: 10, monthFirst: { month: 10, day: 6 } } }],
    ["25/3", { day: { kind: "date", month: 3, day: 25 } }],
    ["2024-06-10", { day: { kind: "date", month: 6, day: 10, year: 2024 } }],
    ["in may", { day: { kind: "month", month: 5 } }],
    ["this week", { day: { kind: "week", offset: 0 } }],
    ["next week", { day: { kind: "week", offset: 1 } }],
    ["later today", { day: { kind: "relative", offset: 0 }, slice: "rest" }],
    ["rest of the week", { day: { kind: "week", offset: 0 }, slice: "rest" }],
    ["what did i miss", { day: { kind: "relative", offset: 0 }, slice: "so-far" }],
    ["capacity building", {}],
  ])("%s", (phrase, expected) => {
    const { rest: _rest, ...read } = readDayExpression(normalise(phrase));
    expect(read).toEqual(expected);
  });

  it("leaves the other words", () => {
    expect(readDayExpression("who speaks on thursday afternoon?").rest.trim()).toBe("who speaks on ?");
  });
});

describe("momentAhead: relative phrases on the clock it is given", () => {
  it("is 30 minutes after the bot's now, in the venue's zone", () => {
    expect(momentAhead(new Date("2024-03-07T14:50:00-05:00"), 30, "America/New_York")).toEqual({
      date: "2024-03-07",
      clock: 15 * 60 + 20,
    });
  });
  it("crosses midnight and a DST change (10 March 2024 in New York)", () => {
    expect(momentAhead(new Date("2024-03-10T01:30:00-05:00"), 60, "America/New_York")).toEqual({
      date: "2024-03-10",
      clock: 3 * 60 + 30,
    });
  });
});

describe("readMoment: a whole phrase as one instant", () => {
  const now = new Date("2024-03-04T13:00:00Z"); // Mon 4 March, 8 AM in New York
  const zone = "America/New_York";
  it.each<[string, string | undefined]>([
    ["tomorrow 9am", "2024-03-05T14:00:00.000Z"],
    ["at 14:00", "2024-03-04T19:00:00.000Z"],
    ["on Thursday at 10am", "2024-03-07T15:00:00.000Z"],
    ["in 30 minutes", "2024-03-04T13:30:00.000Z"],
    ["10/6 at 9am", "2024-06-10T13:00:00.000Z"],
    ["Thursday", undefined],
    ["the Thursday afternoon meeting", undefined],
  ])("%s", (phrase, expected) => {
    expect(readMoment(phrase, { now, zone })?.instant.toISOString()).toBe(expected);
  });
});
