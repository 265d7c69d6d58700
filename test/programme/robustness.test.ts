import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerProgrammeQuestion } from "../../handlers/programme/answer.js";
import { catalogue, MONDAY_MORNING } from "./support.js";

const ZONES = [
  "America/New_York",
  "Asia/Tokyo",
  "Europe/London",
  "Pacific/Kiritimati",
  "UTC",
  "Not/AZone",
  "",
  "+05:00",
];
const WORDS = [
  "what's",
  "on",
  "when",
  "who",
  "where",
  "is",
  "the",
  "next",
  "now",
  "Thursday",
  "afternoon",
  "7 March",
  "9 May",
  "day 3",
  "agenda item",
  "5",
  "POC",
  "meeting",
  "reception",
  "room",
  "ping",
  "capacity-building",
  "after",
  "before",
  "tonight",
  "3pm",
  "?",
  "<script>",
  "'; DROP TABLE",
  "😀",
  "\u0000",
  "\u202e",
];

function answer(text: string, now: Date, timeZone?: string) {
  return answerProgrammeQuestion(text, { now, timeZone, catalogue });
}

function expectWellFormed(result: ReturnType<typeof answer>): void {
  if (result === undefined) return;
  expect(typeof result.text).toEqual("string");
  expect(result.text.length).toBeGreaterThan(0);
  expect(result.text.length).toBeLessThan(6000);
  expect(result.text).not.toMatch(/<script|undefined|NaN|\[object/i);
}

describe("any input", () => {
  it("never throws and answers well-formed text, for arbitrary strings, instants and zones", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: "grapheme", maxLength: 200 }),
          fc.string({ unit: "binary", maxLength: 200 }),
        ),
        fc.date({
          min: new Date("1970-01-01T00:00:00Z"),
          max: new Date("2100-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
        (text, now, zone) => {
          expectWellFormed(answer(text, now, zone));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("never throws for sentences made of programme words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }),
        fc.date({
          min: new Date("2024-01-01T00:00:00Z"),
          max: new Date("2024-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (words, now, zone) => {
          expectWellFormed(answer(words.join(" "), now, zone));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("reads only the start of 10 KB of text (timing is left to the benchmark)", () => {
    const huge = `${"what's on thursday? ".repeat(500)}${"x".repeat(2000)}`;
    const result = answer(huge, new Date(MONDAY_MORNING));
    expect(result?.text.split("\n")[0]).toEqual(
      "Thursday 7 March: Capacity-building; Regular institutional dialogue",
    );
  });

  it("does not echo markup or injection syntax back (at most plain words)", () => {
    for (const text of [
      "<img src=x onerror=alert(1)> when is <b>lunch</b>?",
      "when is <script>alert('x')</script>?",
      "when is '; DROP TABLE sessions; --?",
      "when is {{constructor.constructor('return process')()}}?",
    ]) {
      const result = answer(text, new Date(MONDAY_MORNING));
      const firstLine = result?.text.split("\n")[0] ?? "";
      expect(firstLine).not.toMatch(/[<>{}();=]|--|onerror|script/i);
    }
  });

  it("ignores an invalid clock instead of throwing", () => {
    expect(answer("what's next?", new Date(Number.NaN))).toEqual(undefined);
  });
});
