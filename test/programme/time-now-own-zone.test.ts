/**
 * "what time is it?" naming no place: the asker's own time beside the venue's, labelled by the
 * place they chose their zone by; at the venue, one line (tester8: it gave the venue's time only).
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const TUESDAY_1030_NEW_YORK = "2024-03-05T15:30:00Z";

async function askAs(timeZone: string, ...texts: string[]): Promise<string> {
  const h = await harness({ now: TUESDAY_1030_NEW_YORK, modules: handlerModules });
  const asker = user("ana", { timeZone });
  let answer = "";
  for (const text of texts) answer = await h.say(asker, text);
  return answer.replace(/[\u2066-\u2069]/g, "");
}

describe("the time now, in the asker's own zone", () => {
  it("gives the asker's time, then the venue's", async () => {
    expect(await askAs("Africa/Nairobi", "what time is it")).toBe(
      "It is 6:30 PM Nairobi time (UTC+3), Tue 5 Mar; at the venue, 10:30 AM New York time (EST, UTC−5), Tue 5 Mar.",
    );
  });

  it("at the venue, the venue's time alone", async () => {
    expect(await askAs("America/New_York", "what time is it now?")).toBe(
      "It is 10:30 AM New York time (EST, UTC−5), Tue 5 Mar at the venue.",
    );
  });

  it("labels the asker's zone by the place they chose it by", async () => {
    expect(await askAs("America/New_York", "my time zone is Geneva", "what time is it?")).toMatch(
      /^It is 4:30 PM Geneva time \(UTC\+1\), Tue 5 Mar; at the venue, 10:30 AM New York time/,
    );
  });

  it.each([
    ["quelle heure est-il ?", /^Il est 16:30 heure de Zurich/],
    ["现在几点", /^现在是16:30 苏黎世时间（UTC\+1），3月5日星期二；会场为10:30 纽约时间/],
  ])("in another language: %s", async (text, expected) => {
    expect(await askAs("Europe/Zurich", text)).toMatch(expected);
  });
});
