/**
 * The free-form question fixture of issue 14 (`test/fixtures/programme-questions.understanding.json`):
 * other phrasings, follow-up sequences, conversions across DST, relative dates under a
 * rehearsal clock, honest gaps whose answer must not invent a fact, greetings.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuery, type ProgrammeAnswer } from "../../handlers/programme/answer.js";
import type { PreviousQuery } from "../../handlers/programme/follow-up.js";
import { parseQuestion } from "../../handlers/programme/parse.js";
import { catalogue, MONDAY_MORNING } from "./support.js";

interface Case {
  q: string;
  before?: string[];
  now?: string;
  tz?: string;
  must: string[];
  mustNot?: string[];
}

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "fixtures", "programme-questions.understanding.json"), "utf8"),
) as { cases: Case[] };

function textOf(answer: ProgrammeAnswer | undefined): string | undefined {
  if (!answer) return undefined;
  const { card } = answer;
  return [card.title, ...card.sections.flatMap((s) => [s.heading, s.text]), card.footer]
    .filter(Boolean)
    .join("\n");
}

/** Asks the questions in turn as one person, each following on from the previous answer. */
function askInTurn(
  questions: readonly string[],
  now: Date,
  timeZone: string | undefined,
): string | undefined {
  let previous: PreviousQuery | undefined;
  let text: string | undefined;
  for (const question of questions) {
    const answer = answerQuery(parseQuestion(question), {
      now,
      timeZone,
      catalogue,
      ...(previous ? { previous } : {}),
    });
    text = textOf(answer);
    if (answer) previous = { query: answer.query, ...(answer.day ? { day: answer.day } : {}) };
  }
  return text;
}

describe("free-form questions written from the letters", () => {
  it("holds at least 150 questions", () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(fixture.cases)("$q", ({ q, before = [], now = MONDAY_MORNING, tz, must, mustNot = [] }) => {
    const text = askInTurn([...before, q], new Date(now), tz);
    if (must.length === 0) {
      expect(text, q).toBeUndefined();
      return;
    }
    expect(text, q).toBeTypeOf("string");
    for (const pattern of must) expect(text).toMatch(new RegExp(pattern, "i"));
    for (const pattern of mustNot) expect(text).not.toMatch(new RegExp(pattern, "i"));
  });
});
