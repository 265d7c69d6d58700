import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { isFollowUp } from "../../handlers/programme/answer.js";
import { parseQuestion } from "../../handlers/programme/parse.js";
import { harness, user } from "../reminders/harness.js";

const ANA = user("ana", { timeZone: "America/New_York" });
const BEN = user("ben", { timeZone: "America/New_York" });
const MONDAY_8AM = "2024-03-04T13:00:00Z";

describe("follow-up questions", () => {
  it("'and the afternoon?' after a question about Thursday means Thursday afternoon, and says so", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    expect((await h.say(ANA, "what's on thursday morning?")).split("\n")[0]).toMatch(
      /^Thursday 7 March morning/,
    );
    const answer = await h.say(ANA, "and the afternoon?");
    expect(answer.split("\n")[0]).toBe("Thursday 7 March afternoon: Regular institutional dialogue");
    expect(answer).toContain('Following on from your last question (Thu 7 Mar); say "today" for today.');
    expect((await h.say(ANA, "what about 4pm?")).split("\n")[0]).toMatch(/^Thursday 7 March at 4:00 PM/);
  });

  it("is each person's own, ends after 15 minutes, and a named day always wins", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    await h.say(ANA, "what's on thursday?");
    // Ben asked nothing before: the afternoon is today's.
    expect((await h.say(BEN, "and the afternoon?")).split("\n")[0]).toMatch(/^Monday 4 March afternoon/);
    expect((await h.say(ANA, "this afternoon")).split("\n")[0]).toMatch(/^Monday 4 March afternoon/);
    expect((await h.say(ANA, "tuesday afternoon")).split("\n")[0]).toMatch(/^Tuesday 5 March afternoon/);
    expect((await h.say(ANA, "and the morning?")).split("\n")[0]).toMatch(/^Tuesday 5 March morning/);
    h.clock.set("2024-03-04T13:16:00Z");
    expect((await h.say(ANA, "and the morning?")).split("\n")[0]).toMatch(/^Monday 4 March morning/);
  });

  it("fills a subject, a day, a part of the day or a zone from the last question, and says what it carried", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    await h.say(ANA, "when is the reception?");
    const where = await h.say(ANA, "where is it?");
    expect(where.split("\n")[0]).toMatch(/^Cocktail reception: Permanent Mission of Singapore/);
    expect(where).toContain("Following on from your last question: about Cocktail reception.");
    const nairobi = await h.say(ANA, "and in Nairobi?");
    expect(nairobi).toContain("times in Nairobi time");
    expect(nairobi).toMatch(/Tue 5 Mar, 2:30 AM \(Nairobi\)/);

    await h.say(BEN, "when is capacity building?");
    expect((await h.say(BEN, "and after that?")).split("\n")[0]).toMatch(
      /^After the capacity-building: Regular institutional dialogue/,
    );
    await h.say(BEN, "what's on thursday morning?");
    const friday = await h.say(BEN, "what about Friday?");
    expect(friday.split("\n")[0]).toBe("Friday 8 March morning: Other matters");
    expect(friday).toContain("Following on from your last question: the morning.");
  });

  it("'and the next day?' is the day after the last answer's, with its part of the day; alone, tomorrow", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    await h.say(ANA, "what's on thursday morning?");
    const next = await h.say(ANA, "and the next day?");
    expect(next.split("\n")[0]).toBe("Friday 8 March morning: Other matters");
    expect(next).toContain("Following on from your last question: the morning.");
    expect((await h.say(ANA, "the day after?")).split("\n")[0]).toMatch(
      /^Saturday 9 March morning|^Nothing is scheduled on Saturday 9 March/,
    );
    // Ben asked nothing before: the next day is tomorrow; "the day after tomorrow" stays that.
    expect((await h.say(BEN, "the next day")).split("\n")[0]).toMatch(/^Tuesday 5 March/);
    expect((await h.say(BEN, "the day after tomorrow")).split("\n")[0]).toMatch(/^Wednesday 6 March/);
  });

  it("'the next day' follows the last answer's day in every language, also after a whole day", async () => {
    const TUESDAY_1230 = "2024-03-05T17:30:00Z";
    const turns: [string, string, RegExp, RegExp][] = [
      ["what is on thursday", "and the next day?", /^Thursday 7 March/, /^Friday 8 March/],
      ["et demain ?", "et le lendemain ?", /^mercredi 6 mars/, /^jeudi 7 mars/],
      ["que hay mañana", "¿y el día siguiente?", /^miércoles, 6 de marzo/, /^jueves, 7 de marzo/],
      ["что в четверг", "а на следующий день?", /^четверг, 7 марта/, /^пятница, 8 марта/],
      ["ماذا يوم الخميس", "واليوم التالي؟", /الخميس/, /الجمعة/],
      ["周四有什么", "那第二天呢？", /3月7日/, /3月8日/],
    ];
    for (const [first, then, day, next] of turns) {
      const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
      expect((await h.say(ANA, first)).split("\n")[0], first).toMatch(day);
      const answer = await h.say(ANA, then);
      expect(answer.split("\n")[0], then).toMatch(next);
    }
  });

  it("converts the same clock time again into another zone", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    expect((await h.say(ANA, "what is 10am NY in Tokyo")).split("\n")[0]).toMatch(
      /12:00 AM Tokyo time .*Tue 5 Mar/,
    );
    expect((await h.say(ANA, "what time is that in Nairobi")).split("\n")[0]).toMatch(
      /^10:00 AM NY time \(EST, UTC−5\), Mon 4 Mar is 6:00 PM Nairobi time/,
    );
  });

  it.each([
    [
      "what time is the reception?",
      "when does the session end?",
      /^OEWG 7th session ends Fri 8 Mar at 6:00 PM/,
    ],
    ["a qué hora es la recepción", "cuando termina la sesion", /termina el viernes, 8 de marzo a las 18:00/],
    ["招待会什么时候", "第5项议程什么时候讨论", /^现有和潜在威胁/],
  ])(
    "a follow-up naming its own subject (%s → %s) is about it, not the last answer's",
    async (first, then, line) => {
      const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
      await h.say(ANA, first);
      const answer = await h.say(ANA, then);
      expect(answer.split("\n")[0]).toMatch(line);
      expect(answer).not.toMatch(/last question|última pregunta|上一个问题/);
    },
  );

  it("does not carry a subject into a question of its own", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    await h.say(ANA, "when is the reception?");
    expect((await h.say(ANA, "what's next?")).split("\n")[0]).toMatch(/^Next: Opening of the session/);
    expect((await h.say(ANA, "what's on thursday?")).split("\n")[0]).toMatch(
      /^Thursday 7 March: Capacity-building/,
    );
  });

  it.each([
    ["en", "where is the reception", "and thursday morning?", /^Thursday 7 March morning: Capacity-building/],
    ["en", "where is the reception", "what about wednesday afternoon", /^Wednesday 6 March afternoon/],
    ["ru", "где прием", "а в четверг утром?", /^четверг, 7 марта, утро/],
    [
      "fr",
      "c qd la session de cloture",
      "et mercredi aprem",
      /^mercredi 6 mars, après-midi.*parties prenantes/,
    ],
  ])("%s: a new day after a one-day subject (%s → %s) asks what is on then", async (_l, first, then, day) => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    await h.say(ANA, first);
    const answer = await h.say(ANA, then);
    expect(answer.split("\n")[0]).toMatch(day);
    expect(answer).not.toMatch(/reception|Réception|приём|Прием|Clôture|n’a pas lieu/i);
  });

  it("keeps a subject that takes place on the new day", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    await h.say(ANA, "where is the regular institutional dialogue?");
    const answer = await h.say(ANA, "and thursday?");
    expect(answer).toContain("Following on from your last question: about Regular institutional dialogue.");
    expect(answer).toContain("Regular institutional dialogue");
  });

  it.each([
    ["and the afternoon?", true],
    ["what about 3pm", true],
    ["afternoon?", true],
    ["this afternoon", false],
    ["thursday afternoon", false],
    ["what's next this afternoon", false],
    ["capacity-building in the afternoon", false],
  ])("isFollowUp(%j) is %s", (text, expected) => {
    expect(isFollowUp(parseQuestion(text))).toBe(expected);
  });
});
