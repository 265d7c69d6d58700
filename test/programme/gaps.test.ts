/**
 * The answers of `match-gaps.ts` and `render-gaps.ts`: countdowns on the bot's clock, the
 * gaps between meetings, sessions the letters do not give, a zone named alone; in English
 * and in the turn's language (`locale`).
 */
import { describe, expect, it } from "vitest";
import { answerQuery } from "../../handlers/programme/answer.js";
import { parseQuestion } from "../../handlers/programme/parse.js";
import { durationText } from "../../handlers/programme/render-gaps.js";
import { catalogue } from "./support.js";

const THURSDAY = new Date("2024-03-07T14:50:00-05:00");

function answer(question: string, now: Date = THURSDAY, locale?: string): string {
  const found = answerQuery(parseQuestion(question), { now, catalogue, ...(locale ? { locale } : {}) });
  if (!found) return "";
  const { card } = found;
  return [card.title, ...card.sections.map((section) => section.text), card.footer]
    .filter(Boolean)
    .join("\n");
}

describe("durationText", () => {
  it.each<[number, string, string]>([
    [5 * 60_000, "en", "5 minutes"],
    [30_000, "en", "1 minute"],
    [90 * 60_000, "en", "1 hour, 30 minutes"],
    [2 * 3_600_000, "en", "2 hours"],
    [(24 * 60 + 10) * 60_000, "en", "1 day, 10 minutes"],
    [(62 * 24 + 18) * 3_600_000 + 7 * 60_000, "en", "62 days, 18 hours"],
    [3 * 24 * 3_600_000, "fr", "3 jours"],
  ])("%d ms in %s is %s", (ms, locale, expected) => {
    // Intl separates a number from its unit with a no-break space in French.
    expect(durationText(locale, ms).replace(/\s/g, " ")).toBe(expected);
  });
});

describe("countdowns", () => {
  it("counts to the start, says what is under way, and what is over, on the bot's clock", () => {
    expect(answer("how long until the reception", new Date("2024-03-04T18:00:00-05:00"))).toMatch(
      /^Cocktail reception starts in 30 minutes\./,
    );
    expect(answer("how much time left", new Date("2024-03-07T17:30:00-05:00"))).toMatch(
      /^Regular institutional dialogue is under way: 30 minutes left \(until 6:00 PM\)\./,
    );
    expect(answer("how long till the closing", new Date("2024-03-09T12:00:00-05:00"))).toMatch(
      /Closure of the session is over\./,
    );
  });

  it("answers in the turn's language", () => {
    const french = answer("how long till the POC meeting", THURSDAY, "fr");
    expect(french).toMatch(/^Première réunion des points de contact\u202f: début dans 62\sjours/);
    expect(french).toMatch(/Compté depuis le/);
  });
});

describe("breaks, sessions not given, a zone alone", () => {
  it("gives the gap between meetings, or says a day has none", () => {
    expect(answer("is there a lunch break")).toMatch(
      /1:00 PM to 3:00 PM New York time on Mon 4 Mar – Fri 8 Mar/,
    );
    expect(answer("is there a break on 9 may")).toMatch(/Thu 9 May: 10:00 AM–1:00 PM, with no gap/);
  });

  it("names what the letters cover when a session is not in them, and a session they give is answered", () => {
    expect(answer("when is the 8th session")).toMatch(/^The letters give no session or meeting number 8/);
    expect(answer("when is the 7th session")).not.toMatch(/give no session/);
    expect(answer("who speaks in the second session on thursday")).not.toMatch(/give no session/);
  });

  it("asks what to show in a zone named alone, with the time there now", () => {
    expect(answer("and in bangkok?")).toMatch(/^It is 2:50 AM on Fri 8 Mar in Bangkok\./);
    expect(answer("and in bangkok?", THURSDAY, "es")).toMatch(/^Son las .* en Bangkok\./);
    expect(answer("thanks")).toBe("");
  });
});

describe("the letters' signatory, from each programme's source", () => {
  it("is a notice the search finds by source.keywords, written from source.from and date, shown only when asked", () => {
    for (const entry of catalogue.programmes) {
      const found = catalogue.byId.get(`${entry.id}-source`);
      const { source } = entry.programme;
      expect(found?.kind).toBe("notice");
      if (found?.kind !== "notice") continue;
      expect(found.notice.onlyWhenAsked).toBe(true);
      expect(found.notice.keywords).toEqual(source.keywords);
      expect(found.notice.text).toContain(source.from);
    }
    expect(answer("who signed the letter")).toMatch(
      /22 March 2024 is signed by H\.E\. Ambassador Burhan Gafoor/,
    );
    expect(answer("when is the POC meeting")).not.toMatch(/signed by/);
  });
});
