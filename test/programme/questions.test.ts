import { describe, expect, it } from "vitest";
import { zoneNamed } from "../../bot/programme/time.js";
import { answerProgrammeQuestion } from "../../handlers/programme/answer.js";
import { programmeHelp } from "../../handlers/programme/help.js";
import { ask, catalogue, firstLine, MONDAY_MORNING } from "./support.js";

interface Case {
  q: string;
  now?: string;
  tz?: string;
  must: RegExp[];
  mustNot?: RegExp[];
}

const TEN_AM = /10:00 AM/;
const THREE_PM = /3:00 PM/;

function check({ q, now = MONDAY_MORNING, tz, must, mustNot = [] }: Case): void {
  const text = ask(q, now, tz);
  expect(text, q).toBeTypeOf("string");
  for (const pattern of must) expect(text).toMatch(pattern);
  for (const pattern of mustNot) expect(text).not.toMatch(pattern);
}

describe("days and dates", () => {
  it.each<Case>([
    {
      q: "What's on Thursday?",
      must: [/^Thursday 7 March: Capacity-building; Regular institutional dialogue/],
    },
    {
      q: "what is happening on wednesday afternoon",
      must: [/^Wednesday 6 March afternoon/, /stakeholder/],
      mustNot: [/confidence/i],
    },
    { q: "Friday morning", must: [/^Friday 8 March morning: Other matters/], mustNot: [/closure/i] },
    { q: "what's on March 5?", must: [/^Tuesday 5 March/, /norms/, /international law/] },
    {
      q: "5 March afternoon",
      must: [/^Tuesday 5 March afternoon: How international law/],
      mustNot: [/norms/],
    },
    { q: "on the 8th of March", must: [/^Friday 8 March/, /Other matters/, /Closure/] },
    { q: "2024-03-06", must: [/^Wednesday 6 March/] },
    { q: "what's on 6/3?", must: [/^Wednesday 6 March/], mustNot: [/June/] },
    {
      q: "9 May",
      must: [
        /^Thursday 9 May/,
        /10:00 AM–10:15 AM Opening remarks/,
        /12:50 PM–1:00 PM Briefing on way forward/,
      ],
    },
    {
      q: "what's on 9 May in the afternoon?",
      must: [/12:40 PM–12:50 PM/, /12:50 PM–1:00 PM/],
      mustNot: [/Opening remarks/],
    },
    { q: "today", now: "2024-03-08T08:00:00-05:00", must: [/^Friday 8 March/] },
    {
      q: "what's on tomorrow afternoon?",
      now: "2024-03-06T09:00:00-05:00",
      must: [/^Thursday 7 March afternoon: Regular institutional dialogue/],
    },
    { q: "yesterday", now: "2024-03-06T09:00:00-05:00", must: [/^Tuesday 5 March/] },
    {
      q: "this afternoon",
      must: [/^Monday 4 March afternoon/, /threats/],
      mustNot: [/Organization of work/],
    },
    { q: "what's on tonight?", must: [/^Monday 4 March evening: Cocktail reception/, /6:30 PM/] },
    { q: "next Tuesday", must: [/^Tuesday 5 March/] },
    { q: "day 3", must: [/^Wednesday 6 March/] },
    { q: "second day", must: [/^Tuesday 5 March/] },
    { q: "last day", must: [/^Friday 8 March/] },
    { q: "day 5 afternoon", must: [/^Friday 8 March afternoon: Closure of the session/] },
    { q: "what's on Thrusday morning?", must: [/^Thursday 7 March morning: Capacity-building/] },
    {
      q: "what's on at 3pm on Wednesday?",
      must: [/^Wednesday 6 March at 3:00 PM: Dedicated stakeholder session/],
    },
    {
      q: "what's on this week?",
      must: [/^5 days with events, Mon 4 Mar – Fri 8 Mar/, /6:30 PM Cocktail reception/],
    },
    { q: "what's on in May?", must: [/Thu 9 May/, /First meeting of the POCs/] },
  ])("$q", check);

  it("selects the programme a qualifier names", () => {
    expect(ask("what's on Thursday at the POC meeting?")).toMatch(
      /^Thursday 9 May: [^\n]*\n\nNothing is scheduled on Thu 7 Mar for the first POC meeting; here is the programme's Thu 9 May\./,
    );
    expect(firstLine("what's on Thursday afternoon at the OEWG?")).toEqual(
      "Thursday 7 March afternoon: Regular institutional dialogue",
    );
    expect(firstLine("what's next at the POC meeting?")).toEqual(
      "Next: Opening remarks, Thu 9 May, 10:00 AM–10:15 AM New York time",
    );
  });

  it("reads 'Thursday' asked long before the session as the session's Thursday, and says so", () => {
    expect(ask("What's on Thursday?", "2024-02-01T09:00:00-05:00")).toMatch(
      /^Thursday 7 March: Capacity-building[^\n]*\n\nNothing is scheduled on Thu 1 Feb; here is the programme's Thu 7 Mar\./,
    );
  });

  it("reads 'Monday' asked on the session's Thursday as that week's Monday, naming no other date (tester6 H1)", () => {
    const answer = ask("What's on Monday?", "2024-03-07T09:00:00-05:00");
    expect(answer).toMatch(/^Monday 4 March: Opening of the session/);
    expect(answer).not.toMatch(/11 Mar|Nothing is scheduled/);
  });

  it("reads no part of the day into a greeting set apart by punctuation (tester7)", () => {
    const answer = ask("good evening, what's on at 11", "2024-03-05T09:00:00-05:00");
    expect(answer).toMatch(/^Tuesday 5 March at 11:00 AM: Rules, norms and principles/);
    expect(answer).not.toMatch(/evening/i);
  });

  it("reads 'Monday' asked the Saturday after as the session's Monday, and says the coming one is empty", () => {
    expect(ask("What's on Monday?", "2024-03-09T09:00:00-05:00")).toMatch(
      /Nothing is scheduled on Mon 11 Mar; here is the programme's Mon 4 Mar/,
    );
  });
});

describe("phone shorthand", () => {
  it.each<Case>([
    { q: "thursday pm", must: [/^Thursday 7 March afternoon: Regular institutional dialogue/] },
    { q: "hey where is the reception pls", must: [/^Cocktail reception: Permanent Mission of Singapore/] },
    { q: "wen is the reception", must: [/^Cocktail reception: Mon 4 Mar, 6:30 PM New York time/] },
    // A letter short in two words of one question.
    {
      q: "whn is the stakeholder sesion",
      must: [/^Dedicated stakeholder session: Wed 6 Mar, 3:00 PM–6:00 PM/],
    },
    { q: "wats on 2day", must: [/^Monday 4 March: Opening of the session/] },
    { q: "2moro", must: [/^Tuesday 5 March: Rules, norms and principles/] },
    { q: "nxt sess", must: [/^Next: Opening of the session/] },
    { q: "whats on rn", must: [/^Nothing is on right now/] },
    { q: "agenda itm 6", must: [/^Other matters: Fri 8 Mar/] },
    { q: "ping tst", must: [/^"Ping" test of the Global POC Directory/] },
    { q: "thu am", must: [/^Thursday 7 March morning: Capacity-building/] },
    {
      q: "tmrw am",
      must: [/^Tuesday 5 March morning: Rules, norms and principles/],
    },
    { q: "fri aftn", must: [/^Friday 8 March afternoon: Closure of the session/] },
    { q: "7 march pm", must: [/^Thursday 7 March afternoon/] },
    { q: "march 7 pm", must: [/^Thursday 7 March afternoon: Regular institutional dialogue/] },
    { q: "may 9 am", must: [/^Thursday 9 May morning: Opening remarks/] },
    { q: "march 4 7pm", must: [/^Monday 4 March at 7:00 PM: Cocktail reception/] },
    { q: "2024-03-07 pm", must: [/^Thursday 7 March afternoon: Regular institutional dialogue/] },
    { q: "day 4 pm", must: [/^Thursday 7 March afternoon: Regular institutional dialogue/] },
    {
      q: "day 2 pm",
      now: "2024-03-06T09:00:00-05:00",
      must: [/^Tuesday 5 March afternoon: How international law/],
    },
    { q: "day 3 am", must: [/^Wednesday 6 March morning: Confidence-building measures/] },
    { q: "day 3 at 4pm", must: [/^Wednesday 6 March at 4:00 PM: Dedicated stakeholder session/] },
    { q: "monday 4pm", must: [/^Monday 4 March at 4:00 PM: Existing and potential threats/] },
    { q: "June 10", must: [/^Monday 10 June: "Ping" test/] },
    { q: "jun 10", must: [/^Monday 10 June: "Ping" test/] },
    { q: "march 10", must: [/^Nothing is scheduled on Sunday 10 March\./] },
    {
      q: "what did I miss this morning",
      now: "2024-03-06T11:30:00-05:00",
      must: [/^Wednesday 6 March morning, so far: Confidence-building/],
    },
    {
      q: "what did I miss this morning",
      now: "2024-03-04T08:00:00-05:00",
      must: [/^Nothing has begun yet on Monday 4 March in the morning\.$/m, /That day has: 10:00 AM–1:00 PM/],
      mustNot: [/Opening statements/],
    },
    {
      q: "what have I missed so far today",
      now: "2024-03-05T16:00:00-05:00",
      must: [/^Tuesday 5 March, so far: Rules, norms and principles/, /3:00 PM–6:00 PM/],
    },
    {
      q: "what did i miss",
      now: "2024-03-04T12:00:00-05:00",
      must: [/^Monday 4 March, so far: Opening of the session/],
      mustNot: [/3:00 PM–6:00 PM/, /Cocktail/],
    },
    {
      q: "I missed monday, what happened",
      now: "2024-03-05T09:00:00-05:00",
      must: [/^Monday 4 March, so far: Opening of the session/],
      mustNot: [/^Cocktail/],
    },
    {
      q: "what's on today",
      now: "2024-03-05T19:00:00-05:00",
      tz: "America/Los_Angeles",
      must: [
        /^10:00 AM–1:00 PM · OEWG 7th session \(past\)$/m,
        /^3:00 PM–6:00 PM · OEWG 7th session \(past\)$/m,
      ],
    },
    {
      // Already Wednesday 09:00 in Tokyo: the asker's own today, said so.
      q: "what's on today",
      now: "2024-03-05T19:00:00-05:00",
      tz: "Asia/Tokyo",
      must: [/^Wednesday 6 March/, /Today for you in Tokyo is Wednesday 6 March\./],
      mustNot: [/\(past\)/],
    },
    {
      q: "this week",
      now: "2024-03-06T19:00:00-05:00",
      must: [
        /^• 3:00 PM–6:00 PM Existing and potential threats.* \(past\)$/m,
        /^• 3:00 PM–6:00 PM Regular institutional dialogue$/m,
      ],
    },
    {
      q: "what's left this week",
      now: "2024-03-06T19:00:00-05:00",
      must: [/^2 days with events, Thu 7 Mar – Fri 8 Mar/],
      mustNot: [/Mon 4 Mar/, /\(past\)/],
    },
    {
      q: "what's on at 6am my time on friday",
      tz: "Asia/Tokyo",
      must: [
        /^Thursday 7 March at 4:00 PM: Regular institutional dialogue/,
        /^6:00 AM on Fri 8 Mar in Tokyo is Thu 7 Mar, 4:00 PM New York time\.$/m,
      ],
    },
    { q: "what's on friday 6am JST", must: [/^Thursday 7 March at 4:00 PM: Regular institutional dialogue/] },
    // A place ending the message right after "what time" is the zone asked for (tester6 K3).
    {
      q: "reception what time geneva",
      now: "2024-03-07T09:00:00-05:00",
      must: [/^Cocktail reception: Mon 4 Mar, 6:30 PM New York time/, /12:30 AM \(Geneva\)/],
    },
    // An ordinal day of the month alone is that day of the programme's month (tester6 N2).
    {
      q: "what's on the 4th",
      now: "2024-03-07T09:00:00-05:00",
      must: [/^Monday 4 March: Opening of the session/],
    },
    { q: "what's on the 5th?", now: "2024-03-07T09:00:00-05:00", must: [/^Tuesday 5 March: /] },
    // A bare hour after "at" is that hour (tester6 N1), not the whole day.
    {
      q: "what's on 9 may at 11",
      now: "2024-03-07T09:00:00-05:00",
      must: [/^Thursday 9 May at 11:00 AM: Presentations by a panel of States/],
      mustNot: [/10:15 AM/],
    },
    {
      q: "what's on at 1am tokyo time on friday",
      must: [/^Thursday 7 March at 11:00 AM: Capacity-building/],
    },
    {
      q: "what's on at 5am tokyo time",
      now: "2024-03-04T14:00:00-05:00",
      must: [/^Monday 4 March at 3:00 PM: Existing and potential threats/],
    },
    {
      q: "what's on at 4pm my time on thursday",
      must: [/^Thursday 7 March at 4:00 PM: Regular/],
      mustNot: [/ is Thu/],
    },
    {
      q: "is the ping test today?",
      now: "2024-05-09T11:00:00-04:00",
      must: [/^"Ping" test of the Global POC Directory is not on Thu 9 May; it is on Mon 10 Jun/],
    },
    {
      q: "what's on 5/9",
      now: "2024-03-01T08:00:00-05:00",
      must: [
        /^Thursday 9 May: Opening remarks/,
        /Nothing is scheduled on Thu 5 Sep; here is the programme's Thu 9 May\./,
      ],
    },
    {
      q: "what's on 3/7",
      now: "2024-03-01T08:00:00-05:00",
      must: [
        /^Thursday 7 March: Capacity-building/,
        /Nothing is scheduled on Wed 3 Jul; here is the programme's Thu 7 Mar\./,
      ],
    },
    {
      q: "what's on 7/3",
      now: "2024-03-01T08:00:00-05:00",
      must: [/^Thursday 7 March: Capacity-building/],
      mustNot: [/Jul/],
    },
    {
      q: "what's on 5 September",
      now: "2024-03-01T08:00:00-05:00",
      must: [
        /^Nothing is scheduled on Thursday 5 September\./,
        /before: Mon 10 Jun \("Ping" test of the Global POC Directory\)/,
      ],
    },
    {
      q: "recap",
      now: "2024-03-06T14:00:00-05:00",
      must: [/^Wednesday 6 March, so far: Confidence-building/],
    },
    {
      q: "what's left",
      now: "2024-03-06T14:00:00-05:00",
      must: [/^Wednesday 6 March, rest of the day: Dedicated stakeholder/],
    },
    { q: "is it over?", must: [/^OEWG 7th session ends Fri 8 Mar at 6:00 PM/] },
    { q: "when does it end", must: [/^OEWG 7th session ends Fri 8 Mar at 6:00 PM/] },
    {
      q: "later today",
      now: "2024-03-07T16:30:00-05:00",
      must: [/^Thursday 7 March, rest of the day: Regular institutional dialogue/],
      mustNot: [/Capacity-building/],
    },
    {
      q: "what's left today",
      now: "2024-03-07T18:30:00-05:00",
      must: [/^Nothing more is scheduled on Thursday 7 March\./],
    },
    {
      q: "next week",
      now: "2024-02-15T11:30:00-05:00",
      must: [
        /^Nothing is scheduled from Mon 19 Feb to Sun 25 Feb\./,
        /after: Mon 4 Mar \(OEWG 7th session\)/,
      ],
    },
    { q: "what's on in April?", must: [/^Nothing is scheduled in April 2024\./, /after: Thu 9 May/] },
    {
      q: "item 5 thursday",
      must: [
        /^Agenda item 5: Thu 7 Mar, 10:00 AM–1:00 PM New York time \(and 1 more below\)/,
        /Regular institutional dialogue/,
      ],
      mustNot: [/Mon 4 Mar/],
    },
    {
      q: "item 5 on friday",
      must: [
        /^Agenda item 5 is not on Fri 8 Mar; it is on Mon 4 Mar, .* \(and 5 more below\)$/m,
        /Thu 7 Mar/,
      ],
      mustNot: [/^Not on Fri 8 Mar\.$/m],
    },
  ])("$q", check);

  it("says on the first line when the card holds more than one meeting", () => {
    expect(firstLine("agenda item 5")).toMatch(
      /^Existing and potential threats.*: Mon 4 Mar.* \(and 5 more below\)$/,
    );
    expect(firstLine("when is capacity building")).not.toMatch(/more below/);
  });

  it("says when a multi-day session opens, asked when it starts, and nothing more", () => {
    expect(ask("when does the session start")).toBe(
      "OEWG 7th session starts Mon 4 Mar at 10:00 AM New York time.\n\nTimes in New York time (EST, UTC−5). Provisional programme, version 1 (letter of 29 Jan 2024).",
    );
  });

  it("takes a lone one- or two-digit number for no topic", () => {
    expect(ask("1")).toBeUndefined();
    expect(firstLine("item 1")).toBe("Agenda item 1 is not in the programmes I know.");
  });
});

describe("a zone named in the question", () => {
  it.each<Case>([
    {
      q: "what time is the reception in Tokyo",
      must: [
        /^Cocktail reception: Mon 4 Mar, 6:30 PM New York time/,
        /Your time: Tue 5 Mar, 8:30 AM \(Tokyo\), next day/,
      ],
    },
    {
      q: "thursday afternoon in Nairobi time",
      must: [/^Thursday 7 March afternoon/, /\(Nairobi\)/],
      mustNot: [/Nairobi.*Regular/],
    },
    { q: "reception in Geneva time", must: [/\(Geneva\)/] },
    {
      q: "when is the reception in Tokyo time?",
      tz: "Europe/Paris",
      must: [/\(Tokyo\)/],
      mustNot: [/\(Paris\)/],
    },
    { q: "what's on in May", must: [/Thu 9 May/], mustNot: [/Your time/] },
  ])("$q", check);

  it("finds a city's zone, an alias for cities the zone database files elsewhere, or none", () => {
    expect(["Tokyo", "new york", "Geneva", "asia/kolkata", "Kolkata", "lunch", "may"].map(zoneNamed)).toEqual(
      [
        "Asia/Tokyo",
        "America/New_York",
        "Europe/Zurich",
        "Asia/Kolkata",
        "Asia/Kolkata",
        undefined,
        undefined,
      ],
    );
  });
});

describe("the reception, which has no end time, and events that are over", () => {
  it.each<Case>([
    { q: "monday 7pm", must: [/^Monday 4 March at 7:00 PM: Cocktail reception/, /No end time given/] },
    { q: "what's on now?", now: "2024-03-04T21:00:00-05:00", must: [/^Now .*: Cocktail reception/] },
    {
      q: "what's on now?",
      now: "2024-03-04T23:30:00-05:00",
      must: [/^Nothing is on right now/],
      mustNot: [/reception/i],
    },
    {
      q: "when is the reception?",
      now: "2024-05-20T11:30:00-04:00",
      must: [/6:30 PM New York time \(no end time given\) \(past\)/],
    },
    {
      q: "when is the reception?",
      now: "2024-03-04T19:00:00-05:00",
      must: [/no end time given/],
      mustNot: [/\(past\)/],
    },
    {
      q: "capacity building",
      now: "2024-03-07T13:30:00-05:00",
      must: [/10:00 AM–1:00 PM New York time \(past\)/],
    },
    {
      q: "capacity building",
      now: "2024-03-07T12:30:00-05:00",
      must: [/Capacity-building/],
      mustNot: [/\(past\)/],
    },
  ])("$q (now $now)", check);
});

describe("nothing scheduled", () => {
  it.each<Case>([
    {
      q: "What is on Sunday?",
      must: [
        /^Nothing is scheduled on Sunday 10 March\./,
        /before: Fri 8 Mar \(OEWG 7th session\)/,
        /after: Thu 9 May \(First POC meeting\)/,
      ],
    },
    { q: "Is anything on Saturday?", must: [/^Nothing is scheduled on Saturday 9 March\./] },
    { q: "today", now: "2024-03-09T09:00:00-05:00", must: [/^Nothing is scheduled on Saturday 9 March\./] },
    {
      q: "Tuesday evening",
      must: [
        /^Nothing is scheduled on Tuesday 5 March in the evening\./,
        /That day has: 10:00 AM–1:00 PM, 3:00 PM–6:00 PM/,
      ],
      mustNot: [/norms|international law/],
    },
    { q: "what's on 20 March?", must: [/^Nothing is scheduled on Wednesday 20 March\./] },
  ])("$q", check);
});

describe("now and next", () => {
  it.each<Case>([
    {
      q: "What's next?",
      now: "2024-03-07T12:30:00-05:00",
      must: [
        /^Next: Regular institutional dialogue, Thu 7 Mar, 3:00 PM–6:00 PM/,
        /On now: Capacity-building \(until 1:00 PM\)/,
      ],
    },
    {
      q: "what's happening now?",
      now: "2024-03-06T16:00:00-05:00",
      must: [/^Now \(Wed 6 Mar, 4:00 PM New York time\): Dedicated stakeholder session/],
    },
    {
      q: "current session",
      now: "2024-03-06T14:00:00-05:00",
      must: [
        /^Nothing is on right now \(Wed 6 Mar, 2:00 PM New York time\)\./,
        /Next: Dedicated stakeholder session/,
      ],
    },
    {
      q: "what is on now?",
      now: "2024-03-04T19:00:00-05:00",
      must: [/^Now \(Mon 4 Mar, 7:00 PM New York time\): Cocktail reception/, /no end time given/],
    },
    {
      q: "what's on now",
      now: "2024-05-09T10:20:00-04:00",
      tz: "Europe/Paris",
      must: [/^Now .*Launch of the Global POC Directory/, /Your time: Thu 9 May, 4:15 PM–4:45 PM \(Paris\)/],
    },
    {
      q: "after this",
      now: "2024-05-09T11:30:00-04:00",
      must: [/^Next: Reflections from States, Thu 9 May, 11:40 AM–12:40 PM/],
    },
    {
      q: "whats next",
      now: "2024-03-08T19:00:00-05:00",
      must: [/^Next: Opening remarks, Thu 9 May, 10:00 AM–10:15 AM/],
    },
    { q: "what's next?", now: "2024-06-11T09:00:00-04:00", must: [/^Nothing else is scheduled/] },
    {
      q: "what's next?",
      now: "2024-06-10T08:00:00-04:00",
      must: [/^Nothing else is scheduled/, /On now: "Ping" test of the Global POC Directory/, /date only/],
    },
    {
      q: "what's on now?",
      now: "2024-06-10T08:00:00-04:00",
      must: [/^Now .*: "Ping" test of the Global POC Directory/],
    },
    {
      q: "what's after the stakeholder session?",
      must: [/^After the dedicated stakeholder session: Capacity-building, Thu 7 Mar, 10:00 AM/],
    },
    {
      q: "what comes after the opening statements?",
      must: [/^After the opening statements: Organization of work/],
    },
    {
      q: "next capacity building session",
      now: "2024-03-08T08:00:00-05:00",
      must: [/^Capacity-building is not scheduled again; it took place Thu 7 Mar, 10:00 AM–1:00 PM/],
    },
    {
      q: "when is the next POC meeting",
      now: "2024-05-20T11:30:00-04:00",
      must: [
        /^No further meeting is scheduled in the programmes I know\. Next: "Ping" test of the Global POC Directory, Mon 10 Jun \(date only/,
      ],
      mustNot: [/^Next: "Ping"/],
    },
    {
      q: "next session",
      now: "2024-03-04T16:30:00-05:00",
      must: [/^Next: Rules, norms and principles/],
      mustNot: [/^Next: Cocktail/],
    },
    {
      q: "previous session",
      now: "2024-03-05T16:00:00-05:00",
      must: [/^Previously: Rules, norms and principles/],
    },
  ])("$q (now $now)", check);
});

describe("topics and agenda items", () => {
  it.each<Case>([
    {
      q: "when is capacity-building discussed?",
      must: [/^Capacity-building: Thu 7 Mar, 10:00 AM–1:00 PM New York time/],
      mustNot: [/Confidence/],
    },
    { q: "capasity bilding", must: [/^Capacity-building: Thu 7 Mar/] },
    { q: "agenda item 6", must: [/^Other matters: Fri 8 Mar, 10:00 AM–1:00 PM/] },
    {
      q: "item 5",
      must: [
        /threats/,
        /norms/,
        /international law/i,
        /Confidence-building/,
        /Capacity-building/,
        /institutional dialogue/,
      ],
    },
    { q: "agenda item no. 3", must: [/^Organization of work: Mon 4 Mar, 10:00 AM/] },
    { q: "agenda item 9", must: [/^Agenda item 9 is not in the programmes I know\./] },
    { q: "the stakeholder session", must: [/^Dedicated stakeholder session: Wed 6 Mar, 3:00 PM–6:00 PM/] },
    { q: "stakehlder sesion", must: [/^Dedicated stakeholder session/] },
    {
      q: "the live demo of the portal",
      must: [/^Launch of the Global POC Directory: Thu 9 May, 10:15 AM–10:45 AM/, /Live "demo"/],
    },
    { q: "when is the Q&A?", must: [/^Launch of the Global POC Directory/] },
    {
      q: "the ping test",
      must: [
        /^"Ping" test of the Global POC Directory: Mon 10 Jun \(date only, no time given\)/,
        /12:40 PM–12:50 PM/,
      ],
    },
    {
      q: "international law",
      must: [/^How international law applies to the use of ICTs by States: Tue 5 Mar, 3:00 PM–6:00 PM/],
    },
    {
      q: "norms",
      must: [/^Rules, norms and principles of responsible State behaviour: Tue 5 Mar, 10:00 AM/],
    },
    { q: "When are CBMs discussed?", must: [/^Confidence-building measures: Wed 6 Mar, 10:00 AM/] },
    { q: "confidence building", must: [/^Confidence-building measures/], mustNot: [/Capacity-building/] },
    { q: "regular institutional dialog", must: [/^Regular institutional dialogue: Thu 7 Mar, 3:00 PM/] },
    { q: "threats", must: [/^Existing and potential threats, including data security: Mon 4 Mar, 3:00 PM/] },
    {
      q: "closing",
      must: [
        /Closure of the session[\s\S]*Fri 8 Mar, 3:00 PM–6:00 PM/,
        /closing remarks[\s\S]*Thu 9 May, 12:50 PM/,
      ],
    },
    {
      q: "opening",
      must: [
        /Opening statements/,
        /Opening remarks[\s\S]*Thu 9 May, 10:00 AM–10:15 AM/,
        /Opening of the session/,
      ],
    },
    { q: "AOB", must: [/^Other matters/] },
    { q: "organisation of work", must: [/^Organization of work/] },
    { q: "<b>capacity building</b>", must: [/^Capacity-building: Thu 7 Mar/], mustNot: [/<b>/] },
  ])("$q", check);
});

describe("speakers", () => {
  it.each<Case>([
    {
      q: "who gives the opening statements?",
      must: [
        /^Opening statements: Ms\. Izumi Nakamitsu; H\.E\. Ambassador Burhan Gafoor/,
        /Under-Secretary-General and High Representative for Disarmament Affairs/,
      ],
    },
    {
      q: "who speaks at the POC meeting?",
      must: [
        /^Speakers at the first POC meeting: Ms Izumi Nakamitsu \(USG of Disarmament Affairs, pre-recorded\); H\.E\. Ambassador Burhan Gafoor \(OEWG Chair\); Secretariat; States; Regional organisations/,
      ],
    },
    {
      q: "when does Nakamitsu speak?",
      must: [
        /^Opening statements: Mon 4 Mar, 10:00 AM–1:00 PM/,
        /Opening remarks · First POC meeting\nThu 9 May, 10:00 AM–10:15 AM/,
      ],
    },
    {
      q: "Who gives the closing remarks at the POC meeting?",
      must: [
        /^Briefing on way forward for Global POC Directory and closing remarks: H\.E\. Ambassador Burhan Gafoor \(OEWG Chair\)/,
      ],
      mustNot: [/Fri 8 Mar/],
    },
    { q: "who presents the background paper?", must: [/: Secretariat$/m] },
    {
      q: "who hosts the reception?",
      must: [
        /^Cocktail reception: hosted by H\.E\. Ambassador Burhan Gafoor, for Heads of Delegation plus accompanying experts/,
      ],
    },
    {
      q: "who is invited to the reception?",
      must: [/Heads of Delegation plus accompanying experts/],
      mustNot: [/POC/],
    },
    {
      q: "who speaks on capacity-building?",
      must: [/^The letter names no speakers for Capacity-building\./],
    },
  ])("$q", check);
});

describe("places, rooms and links", () => {
  it.each<Case>([
    {
      q: "Where is the reception?",
      must: [
        /^Cocktail reception: Permanent Mission of Singapore to the United Nations, 318 East 48th Street, New York, NY 10017 \(between 1st and 2nd Avenues\)/,
      ],
    },
    {
      q: "Where is the POC meeting held?",
      must: [
        /^First POC meeting: United Nations Headquarters \(UNHQ\), New York, hybrid format \(no room given\)/,
        /connection link will be conveyed to delegations in due course/,
      ],
    },
    {
      q: "where is the OEWG held?",
      must: [/^OEWG 7th session: United Nations Headquarters \(UNHQ\), New York \(no room given\)/],
    },
    {
      q: "which room?",
      must: [/^The letters give no room for the OEWG 7th session or the first POC meeting\./],
    },
    {
      q: "which room is the stakeholder session in?",
      must: [/^The letters give no room for the dedicated stakeholder session\./],
    },
    { q: "room for Thursday morning?", must: [/^The letters give no room for the capacity-building\./] },
    {
      q: "zoom link for the POC meeting",
      must: [/^First POC meeting: The connection link will be conveyed to delegations in due course\.$/m],
      mustNot: [/\n\nFirst POC meeting\nThe connection link/],
    },
    {
      q: "How do I RSVP for the reception?",
      must: [
        /^Cocktail reception: RSVP required — answer here: say "rsvp attending" \(or "rsvp attending with 2 experts: Ana Lima, Raj Patel"\); the organiser's original link is https:\/\/bit\.ly\/OEWG_4Mar24\./,
      ],
    },
    {
      q: "where can I find the guiding questions?",
      must: [
        /^OEWG 7th session: Further preparatory materials .* will be circulated to delegations in due course\./,
      ],
    },
  ])("$q", check);
});

describe("what the letters do not say", () => {
  it.each<Case>([
    {
      q: "what's the dress code for the reception?",
      must: [/^The letters say nothing about a dress code for the cocktail reception\./],
    },
    { q: "Is there a dress code?", must: [/^The letters say nothing about a dress code\./] },
    {
      q: "is food served at the reception?",
      must: [/^The letters say nothing about catering or meals for the cocktail reception\./],
    },
    {
      q: "when is lunch?",
      must: [/^The letters say nothing about catering or meals\./],
      mustNot: [/Launch/],
    },
    {
      q: "what time does the reception finish?",
      must: [
        /^The letter gives no end time for the cocktail reception; it starts Mon 4 Mar, 6:30 PM New York time\./,
      ],
    },
    {
      q: "when does the POC meeting end?",
      must: [/^First POC meeting ends Thu 9 May at 1:00 PM New York time: 3 hours, from 10:00 AM\./],
    },
    {
      q: "when does the session end?",
      must: [/^OEWG 7th session ends Fri 8 Mar at 6:00 PM New York time: 5 days, from Mon 4 Mar\./],
    },
    {
      q: "how many days is the session?",
      must: [/^OEWG 7th session ends Fri 8 Mar at 6:00 PM New York time: 5 days, from Mon 4 Mar\./],
    },
    {
      q: "how long is the POC meeting",
      // How long: the length and the start too, not only the end.
      must: [/^First POC meeting ends Thu 9 May at 1:00 PM New York time: 3 hours, from 10:00 AM\.$/m],
      mustNot: [/days/],
    },
    { q: "will there be interpretation?", must: [/^The letters say nothing about interpretation\./] },
    {
      q: "where can I find the documents?",
      must: [/^OEWG 7th session: Further preparatory materials for the seventh substantive session/],
      mustNot: [/preliminary findings/],
    },
    {
      q: "can I bring a guest to the reception?",
      must: [/^Cocktail reception: hosted by .*, for Heads of Delegation plus accompanying experts$/m],
    },
    {
      q: "can my experts come to the reception",
      must: [/for Heads of Delegation plus accompanying experts$/m],
    },
  ])("$q", check);
});

describe("time zones and daylight-saving time", () => {
  it.each<Case>([
    {
      q: "What's on Thursday morning?",
      tz: "Asia/Tokyo",
      must: [/Your time: Fri 8 Mar, 12:00 AM–3:00 AM \(Tokyo\), next day/],
    },
    {
      q: "What's on Thursday morning?",
      tz: "America/Los_Angeles",
      must: [/Your time: Thu 7 Mar, 7:00 AM–10:00 AM \(Los Angeles\)/],
      mustNot: [/next day|previous day/],
    },
    {
      q: "When is the reception?",
      tz: "Europe/London",
      must: [/Your time: Mon 4 Mar, 11:30 PM \(London\)/],
      mustNot: [/next day/],
    },
    {
      q: "When is the reception?",
      tz: "Australia/Sydney",
      must: [/Your time: Tue 5 Mar, 10:30 AM \(Sydney\), next day/],
    },
    {
      q: "What's on Monday morning?",
      tz: "Pacific/Honolulu",
      must: [/Your time: Mon 4 Mar, 5:00 AM–8:00 AM \(Honolulu\)/],
    },
    {
      q: "When does the POC meeting open?",
      tz: "Europe/Zurich",
      must: [/Your time: Thu 9 May, 4:00 PM–4:15 PM \(Zurich\)/, /EDT, UTC−4/],
    },
    {
      q: "When does the POC meeting open?",
      tz: "Asia/Tokyo",
      must: [/Your time: Thu 9 May, 11:00 PM–11:15 PM \(Tokyo\)/],
    },
    {
      q: "closing remarks at the POC meeting",
      tz: "Pacific/Auckland",
      must: [/Your time: Fri 10 May, 4:50 AM–5:00 AM \(Auckland\), next day/],
    },
    { q: "What's on Monday afternoon?", must: [/EST, UTC−5/], mustNot: [/EDT/] },
    {
      q: "When is the OEWG session?",
      tz: "Asia/Tokyo",
      must: [/Your time \(Tokyo\) is 14 hours ahead of New York time\./],
    },
    {
      q: "What's on Tuesday morning?",
      tz: "Mars/Olympus",
      must: [/^Tuesday 5 March morning/],
      mustNot: [/your time/i],
    },
  ])("$q in $tz", check);

  it("uses the footer to name the zone, with both offsets when a list spans the change", () => {
    expect(ask("closing")).toMatch(
      /\n\nTimes in New York time \(EST, UTC−5; EDT, UTC−4\)\. Provisional programme, version 1 \(letter of 29 Jan 2024\)\. From the letter of 22 Mar 2024\.$/,
    );
  });
});

describe("not programme questions", () => {
  it.each([
    "",
    "   ",
    "?",
    "hi",
    "thank you",
    "ok",
    "🙂",
    "hello from Singapore",
    "what is the weather in new york?",
    "who are you?",
  ])("%j is left to the help and fallback", (q) => {
    expect(ask(q)).toEqual(undefined);
  });
});

describe("the answer shape", () => {
  it("sends a card whose text fallback is the card's own text", () => {
    const answer = answerProgrammeQuestion("What's on Tuesday afternoon?", {
      now: new Date(MONDAY_MORNING),
      catalogue,
    });
    expect(answer?.card?.title).toEqual(
      "Tuesday 5 March afternoon: How international law applies to the use of ICTs by States",
    );
    expect(answer?.card?.sections).toEqual([
      {
        heading: "3:00 PM–6:00 PM · OEWG 7th session",
        text: "• Agenda item 5 (continued): How international law applies to the use of ICTs by States",
      },
    ]);
    expect(answer?.card?.footer).toEqual(
      "Times in New York time (EST, UTC−5). Provisional programme, version 1 (letter of 29 Jan 2024).",
    );
    expect(answer?.text).toEqual(
      [
        "Tuesday 5 March afternoon: How international law applies to the use of ICTs by States",
        "",
        "3:00 PM–6:00 PM · OEWG 7th session",
        "• Agenda item 5 (continued): How international law applies to the use of ICTs by States",
        "",
        "Times in New York time (EST, UTC−5). Provisional programme, version 1 (letter of 29 Jan 2024).",
      ].join("\n"),
    );
  });

  it("keeps the first line short enough for a phone notification", () => {
    for (const q of [
      "When is the reception?",
      "What's next?",
      "agenda item 6",
      "which room?",
      "What is on Sunday?",
    ]) {
      expect(firstLine(q, "2024-03-07T12:30:00-05:00")?.length ?? 0).toBeLessThanOrEqual(140);
    }
  });

  it("uses 12-hour times in the venue's zone", () => {
    expect(ask("When is the session on rules, norms and principles?")).toMatch(TEN_AM);
    expect(ask("What's on Tuesday afternoon?")).toMatch(THREE_PM);
  });

  it("lists what can be asked", () => {
    expect(programmeHelp.title).toMatch(/programme/i);
    expect(programmeHelp.examples.length).toBeGreaterThanOrEqual(6);
    for (const example of programmeHelp.examples) {
      for (const question of example.split(" / "))
        expect(ask(question, "2024-03-07T12:30:00-05:00"), question).toBeTypeOf("string");
    }
  });
});
