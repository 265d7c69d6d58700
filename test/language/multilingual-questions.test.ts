/**
 * Programme questions in French, Spanish, Russian, Chinese and Arabic through the whole
 * handler chain (the language middleware, the programme module, the fallback), as
 * `npm run ask` runs them: the facts must be there, and a weekday or month word of the
 * asker's language, since the answer must be in it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const Cases = z.object({
  cases: z.array(
    z.object({
      lang: z.string(),
      q: z.string(),
      followUp: z.string().optional(),
      now: z.string(),
      tz: z.string(),
      must: z.array(z.string()),
      mustNot: z.array(z.string()).optional(),
    }),
  ),
});

const load = (name: string) =>
  Cases.parse(JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"))).cases;

const cases = [
  ...load("programme-questions.multilingual.sample.json"),
  ...load("programme-questions.multilingual.more.json"),
];

describe("programme questions in the other five languages", () => {
  it.each(cases)("$lang: $q $followUp", async ({ q, followUp, now, tz, must, mustNot }) => {
    const h = await harness({ now, modules: handlerModules });
    const asker = user("amal", { timeZone: tz });
    let answer = await h.say(asker, q);
    if (followUp) answer = await h.say(asker, followUp);
    for (const pattern of must) expect(answer).toMatch(new RegExp(pattern, "i"));
    for (const pattern of mustNot ?? []) expect(answer).not.toMatch(new RegExp(pattern, "i"));
    expect(answer).not.toMatch(/only answer in English|didn't understand/);
  });
});
