/**
 * Each extractor of a programme question, on its own, in a table: what it reads from a
 * message, what it leaves for the next one, and the order they run in.
 */
import { describe, expect, it } from "vitest";
import { normalise } from "../../bot/language/normalise.js";
import { agendaItem, anchor, dayAfter, dayAndTime, relative } from "../../handlers/programme/extract/day.js";
import {
  EXTRACTORS,
  type Extractor,
  greeting,
  startReading,
} from "../../handlers/programme/extract/index.js";
import { conversion, myTime, namedZone, timeNow, whereIAm } from "../../handlers/programme/extract/places.js";
import { lexicon } from "../../handlers/programme/extract/reading.js";
import {
  breaks,
  facet,
  isQuestion,
  mentionsSchedule,
  pointsBack,
  remainingWords,
  sessionAsked,
  startAsked,
  unstated,
} from "../../handlers/programme/extract/words.js";
import type { ProgrammeQuery } from "../../handlers/programme/query.js";

/** Runs the given extractors (in order) on a message and returns what they read. */
function read(text: string, ...extractors: Extractor[]) {
  const reading = startReading(text, normalise(text, lexicon));
  for (const extractor of extractors) {
    extractor.read(reading);
    if (reading.done) break;
  }
  return reading;
}

type Fields = Partial<ProgrammeQuery>;

describe("greeting", () => {
  it.each<[string, boolean]>([
    ["good evening", true],
    ["thanks!", true],
    ["good evening, what's on tomorrow?", false],
    ["what's on", false],
  ])("%s → greeting %s", (text, expected) => {
    const reading = read(text, greeting);
    expect(reading.query.greeting === true).toBe(expected);
    expect(reading.done === true).toBe(expected);
  });
});

describe("where I am", () => {
  it.each<[string, string | undefined]>([
    ["I'm in Nairobi", "Africa/Nairobi"],
    ["i am based in delhi", "Asia/Kolkata"],
    ["I'm in the plenary", undefined],
  ])("%s → %s", (text, zone) => {
    const reading = read(text, whereIAm);
    expect(reading.query.whereIAm?.zone).toBe(zone);
    if (zone) expect(reading.query.facet).toBe("where");
  });
});

describe("conversion", () => {
  it.each<[string, Fields["conversion"] | undefined]>([
    [
      "what is 10am NY in Tokyo",
      { clock: 600, from: "America/New_York", to: "Asia/Tokyo", toName: "Tokyo", fromName: "NY" },
    ],
    ["convert 3pm to Delhi time", { clock: 900, to: "Asia/Kolkata", toName: "Delhi" }],
    // Asking words after a zone, as a question read from another language comes out:
    // "10h à New York, quelle heure à Tokyo ?", "纽约上午10点是东京几点".
    [
      "10:00 new york, what time in tokyo?",
      { clock: 600, from: "America/New_York", to: "Asia/Tokyo", toName: "Tokyo", fromName: "New York" },
    ],
    [
      "10:00 new york in tokyo when",
      { clock: 600, from: "America/New_York", to: "Asia/Tokyo", toName: "Tokyo", fromName: "New York" },
    ],
    ["10:00 new york what time in the plenary", undefined],
    // The question before the clock time, or between its zone and the zone asked for.
    [
      "what time is it in madrid when it is 10am in new york",
      { clock: 600, from: "America/New_York", to: "Europe/Madrid", toName: "Madrid", fromName: "New York" },
    ],
    [
      "if it is 10:00 in New York, what time is it in Nairobi",
      { clock: 600, from: "America/New_York", to: "Africa/Nairobi", toName: "Nairobi", fromName: "New York" },
    ],
    ["what time is it in madrid when the reception starts at 6pm", undefined],
    ["what's on at 3pm in Conference Room 4", undefined],
    ["what's on Thursday at 3pm", undefined],
  ])("%s", (text, expected) => {
    const reading = read(text, conversion);
    expect(reading.query.conversion).toEqual(expected);
    expect(reading.done === true).toBe(expected !== undefined);
  });
});

describe("start asked", () => {
  it.each<[string, boolean]>([
    ["when does it start", true],
    ["what time does the reception begin?", true],
    ["when is the reception", false],
    // Not a "when" question: a command or a countdown has its own reader.
    ["start a ping test", false],
    ["how long till the reception starts", false],
  ])("%s → %s", (text, expected) => {
    expect(read(text, facet, startAsked).query.startAsked === true).toBe(expected);
  });
});

describe("time now", () => {
  it.each<[string, Fields["conversion"] | undefined]>([
    ["what time is it in Geneva?", { clock: "now", to: "Europe/Zurich", toName: "Geneva" }],
    ["what's the time now", { clock: "now", to: "" }],
    ["what's the time of the reception", undefined],
  ])("%s", (text, expected) => {
    expect(read(text, timeNow).query.conversion).toEqual(expected);
  });
});

describe("my time, then the named zone", () => {
  it.each<[string, { mine: boolean; zone?: string; place?: string; rest: string }]>([
    ["6am my time", { mine: true, rest: "6am" }],
    ["what's on in Tokyo time", { mine: false, zone: "Asia/Tokyo", place: "Tokyo", rest: "what's on" }],
    ["sessions at 9 JST", { mine: false, zone: "Asia/Tokyo", rest: "sessions at 9" }],
    ["agenda UTC+5:30", { mine: false, zone: "Asia/Kolkata", place: "UTC+5:30", rest: "agenda" }],
    ["what's on in the plenary", { mine: false, rest: "what's on in the plenary" }],
  ])("%s", (text, expected) => {
    const reading = read(text, myTime, namedZone);
    expect(reading.inAskersZone === true).toBe(expected.mine);
    expect(reading.query.zone).toBe(expected.zone);
    expect(reading.query.zonePlace).toBe(expected.place);
    expect(reading.rest.replace(/\s+/g, " ").trim()).toBe(expected.rest);
  });
});

describe("agenda item", () => {
  it.each<[string, number | undefined, string]>([
    ["when is item 5?", 5, "when is ?"],
    ["agenda item five", 5, ""],
    ["what's on Thursday", undefined, "what's on thursday"],
  ])("%s → %s", (text, number, rest) => {
    const reading = read(text, agendaItem);
    expect(reading.query.agendaItem).toBe(number);
    expect(reading.rest.replace(/\s+/g, " ").trim()).toBe(rest);
  });
});

describe("day and time", () => {
  it.each<[string, Fields]>([
    ["what's on thursday afternoon", { day: { kind: "weekday", weekday: 4 }, part: "afternoon" }],
    ["tomorrow at 3pm", { day: { kind: "relative", offset: 1 }, clock: 900 }],
    ["in 30 minutes", { minutesAhead: 30 }],
    ["who speaks", {}],
  ])("%s", (text, expected) => {
    const { query } = read(text, dayAndTime);
    expect({
      day: query.day,
      part: query.part,
      clock: query.clock,
      minutesAhead: query.minutesAhead,
    }).toMatchObject(expected);
    for (const field of ["day", "part", "clock", "minutesAhead"] as const) {
      if (!(field in expected)) expect(query[field]).toBeUndefined();
    }
  });

  it("keeps a clock time's zone: the one named before it, or the asker's", () => {
    expect(read("6am JST", namedZone, dayAndTime).query.clockZone).toBe("Asia/Tokyo");
    expect(read("6am my time", myTime, dayAndTime).query.clockInAskersZone).toBe(true);
    expect(read("6am", dayAndTime).query.clockZone).toBeUndefined();
  });
});

describe("the next day", () => {
  it.each<[string, Fields]>([
    ["and the next day?", { daysAfterPrevious: 1 }],
    ["the day after", { daysAfterPrevious: 1 }],
    ["what's on the following day", { daysAfterPrevious: 1 }],
    ["the day after tomorrow", { day: { kind: "relative", offset: 2 } }],
    ["what's next", {}],
  ])("%s", (text, expected) => {
    const { query, rest } = read(text, dayAndTime, dayAfter, anchor, relative);
    expect({ day: query.day, daysAfterPrevious: query.daysAfterPrevious }).toEqual({
      day: expected.day,
      daysAfterPrevious: expected.daysAfterPrevious,
    });
    // The words are consumed: "after" is not read as an anchor, "next" not as the next session.
    if (expected.daysAfterPrevious) {
      expect(query.anchor).toBeUndefined();
      expect(query.relative).toBeUndefined();
      expect(rest).not.toMatch(/day/);
    }
  });
});

describe("anchor and now/next/previous", () => {
  it.each<[string, Fields]>([
    ["what's after the stakeholder session", { anchor: "after" }],
    ["before the reception", { anchor: "before" }],
    ["what's on now", { relative: "now" }],
    ["what's next", { relative: "next" }],
    ["what was the previous session", { relative: "previous" }],
    ["what's next after the reception", { anchor: "after" }],
  ])("%s", (text, expected) => {
    const { query } = read(text, dayAndTime, anchor, relative);
    expect({ anchor: query.anchor, relative: query.relative }).toEqual({
      anchor: expected.anchor,
      relative: expected.relative,
    });
  });

  it("reads 'now' as the present only without a day", () => {
    expect(
      read("what's happening now on tuesday", dayAndTime, anchor, relative).query.relative,
    ).toBeUndefined();
  });
});

describe("words, facet, unstated facts and cues", () => {
  it.each<[string, string[]]>([
    ["who gives the closing remarks?", ["who", "gives", "the", "closing", "remarks"]],
    ["what's next", ["what"]],
  ])("remaining words of %s", (text, surfaces) => {
    expect(read(text, remainingWords).query.words.map((word) => word.surface)).toEqual(surfaces);
  });

  it.each<[string, ProgrammeQuery["facet"]]>([
    ["who speaks at the POC meeting?", "who"],
    ["where is the reception?", "where"],
    ["how long is the reception", "end"],
    ["is the Wi-Fi available", "what"],
    ["what's on Thursday", "what"],
  ])("facet of %s is %s", (text, expected) => {
    expect(read(text, facet).query.facet).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["is there a dress code?", true],
    ["what's on Thursday", false],
  ])("%s names an unstated fact: %s", (text, expected) => {
    expect(read(text, unstated).query.unstated.length > 0).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["when is the reception", true],
    ["reception?", true],
    ["the reception", false],
  ])("%s is a question: %s", (text, expected) => {
    expect(read(text, isQuestion).query.isQuestion).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["show me the agenda", true],
    ["when does it end?", true],
    ["the reception", false],
  ])("%s names the schedule: %s", (text, expected) => {
    expect(read(text, remainingWords, mentionsSchedule).query.mentionsSchedule).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["and on Friday?", true],
    ["where is it?", true],
    ["where is the reception?", false],
  ])("%s points back: %s", (text, expected) => {
    expect(read(text, pointsBack).query.pointsBack === true).toBe(expected);
  });
});

describe("countdown facet", () => {
  it.each<[string, ProgrammeQuery["facet"]]>([
    ["how long till the opening", "countdown"],
    ["how long until the reception", "countdown"],
    ["countdown to the POC meeting", "countdown"],
    ["hw long til the poc mtg", "countdown"],
    ["how many days until the ping test", "countdown"],
    ["how much time left", "countdown"],
    ["how long is the reception", "end"],
    ["when does it end", "end"],
  ])("facet of %s is %s", (text, expected) => {
    expect(read(text, facet).query.facet).toBe(expected);
  });

  it.each<[string, string[]]>([
    ["how long till the opening", ["the", "opening"]],
    ["how many days until the ping test", ["the", "ping", "test"]],
    ["time remaining", []],
  ])("the countdown words of %s leave %j", (text, surfaces) => {
    expect(read(text, remainingWords).query.words.map((word) => word.surface)).toEqual(surfaces);
  });
});

describe("breaks", () => {
  it.each<[string, boolean]>([
    ["what time is the lunch break", true],
    ["is there a lunch break", true],
    ["lunch?", true],
    ["break between sessions friday?", true],
    ["is there a recess", true],
    ["what's on after lunch", false],
    ["what's on Thursday", false],
  ])("%s asks for a break: %s", (text, expected) => {
    expect(read(text, dayAndTime, breaks).query.breaks === true).toBe(expected);
  });
});

describe("session asked", () => {
  it.each<[string, { number?: number; later: boolean }]>([
    ["when is the 8th session", { number: 8, later: false }],
    ["8th session dates?", { number: 8, later: false }],
    ["when is the eighth substantive session", { number: 8, later: false }],
    ["when is the second poc meeting", { number: 2, later: false }],
    ["next session of the OEWG after this one", { later: true }],
    ["whens the next oewg session", { later: true }],
    ["what's next", { later: false }],
    ["two meetings today?", { later: false }],
    ["what's after this one", { later: true }],
  ])("%s", (text, expected) => {
    const { query } = read(text, sessionAsked);
    expect(query.sessionNumber).toBe(expected.number);
    expect(query.laterSession === true).toBe(expected.later);
  });
});

describe("a place after a follow-up opener", () => {
  it.each<[string, { zone?: string; place?: string }]>([
    ["what about paris", { zone: "Europe/Paris", place: "Paris" }],
    ["and nairobi?", { zone: "Africa/Nairobi", place: "Nairobi" }],
    ["and in bangkok?", { zone: "Asia/Bangkok", place: "Bangkok" }],
    ["and capacity building?", {}],
    ["and tomorrow?", {}],
  ])("%s", (text, expected) => {
    const { query } = read(text, namedZone);
    expect(query.zone).toBe(expected.zone);
    expect(query.zonePlace).toBe(expected.place);
  });
});

describe("the order", () => {
  it("reads breaks after the day and time ('after lunch' is the afternoon)", () => {
    const names = EXTRACTORS.map((extractor) => extractor.name);
    expect(names.indexOf("day and time")).toBeLessThan(names.indexOf("breaks"));
    expect(names.indexOf("remaining words")).toBeLessThan(names.indexOf("session asked"));
  });

  it("runs whole-message readings first and reads the zone before the day", () => {
    const names = EXTRACTORS.map((extractor) => extractor.name);
    expect(names.slice(0, 4)).toEqual(["greeting", "where I am", "conversion", "time now"]);
    expect(names.indexOf("named zone")).toBeLessThan(names.indexOf("day and time"));
    expect(names.indexOf("remaining words")).toBeLessThan(names.indexOf("mentions the schedule"));
  });
});
