/**
 * "What time is it in Geneva?": the time now by the bot's clock, in the place named and at
 * the venue; only when nothing else is asked.
 */
import { describe, expect, it } from "vitest";
import { firstLine } from "./support.js";

const THURSDAY_2PM = "2024-03-07T14:03:00-05:00";

describe("the time now", () => {
  it.each<[string, RegExp]>([
    [
      "what time is it in Geneva",
      /^It is 8:03 PM Geneva time \(UTC\+1\), Thu 7 Mar; at the venue, 2:03 PM New York time/,
    ],
    [
      "whats the time in tokyo now",
      /^It is 4:03 AM Tokyo time \(.*UTC\+9\), Fri 8 Mar; at the venue, 2:03 PM/,
    ],
    ["current time in Nairobi?", /^It is 10:03 PM Nairobi time \(.*UTC\+3\), Thu 7 Mar/],
    ["what time is it?", /^It is 2:03 PM New York time \(EST, UTC−5\), Thu 7 Mar at the venue\.$/],
  ])("%s", (question, expected) => {
    expect(firstLine(question, THURSDAY_2PM)).toMatch(expected);
  });

  it("follows the bot's clock, not the machine's", () => {
    expect(firstLine("what time is it in Geneva", "2024-05-09T09:30:00-04:00")).toMatch(
      /^It is 3:30 PM Geneva time \(.*UTC\+2\), Thu 9 May; at the venue, 9:30 AM New York time \(EDT, UTC−4\)/,
    );
  });

  it("leaves questions about something else to the programme", () => {
    expect(firstLine("what's the time of the reception", THURSDAY_2PM)).toMatch(
      /^Cocktail reception: Mon 4 Mar, 6:30 PM/,
    );
  });
});
