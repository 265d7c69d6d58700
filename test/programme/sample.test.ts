import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ask } from "./support.js";

const Sample = z.object({
  cases: z.array(
    z.object({
      q: z.string(),
      now: z.string(),
      tz: z.string(),
      must: z.array(z.string()),
      mustNot: z.array(z.string()).optional(),
    }),
  ),
});

const sample = Sample.parse(
  JSON.parse(readFileSync(new URL("../fixtures/programme-questions.sample.json", import.meta.url), "utf8")),
);

describe("the sample programme questions", () => {
  it.each(sample.cases)("$q (now $now, $tz)", ({ q, now, tz, must, mustNot }) => {
    const text = ask(q, now, tz) ?? "";
    for (const pattern of must) expect(text).toMatch(new RegExp(pattern, "i"));
    for (const pattern of mustNot ?? []) expect(text).not.toMatch(new RegExp(pattern, "i"));
  });
});
