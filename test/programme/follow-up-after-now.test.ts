/**
 * "and after that?" after "what's on now?" (tester15): the answer showed what is on and what
 * comes next ("Then: …"); the follow-up goes on from the one shown next, not back to it, and
 * "and before that?" goes back from the one on now.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const DELEGATE = user("delegate", { timeZone: "America/New_York" });
/** Tue 5 Mar, 11:00 in New York: the morning meeting is on, the afternoon one is next. */
const TUESDAY_11 = "2024-03-05T16:00:00Z";
const firstLine = (text: string) => text.split("\n")[0];

describe("a follow-up after 'what's on now?'", () => {
  it.each([
    [
      "what's on now",
      "and after that?",
      /^After “How international law applies to the use of ICTs by States”: Confidence-building measures, Wed 6 Mar/,
    ],
    ["qu'y a-t-il maintenant ?", "et après ?", /^Après .*Mesures de confiance, mercredi 6 mars/],
    [
      "¿qué hay ahora?",
      "¿y después?",
      /^Después de .*Medidas de fomento de la confianza, miércoles, 6 de marzo/,
    ],
    ["что сейчас?", "а что дальше", /^После пункта .*Меры укрепления доверия, среда, 6 марта/],
    ["现在有什么？", "然后呢？", /之后：建立信任措施，3月6日星期三/],
  ])("%s → %s: the item after the one shown next", async (first, then, expected) => {
    const h = await harness({ now: TUESDAY_11, modules: handlerModules });
    await h.say(DELEGATE, first);
    expect(firstLine(await h.say(DELEGATE, then))).toMatch(expected);
  });

  it("asked again, goes one further each time", async () => {
    const h = await harness({ now: TUESDAY_11, modules: handlerModules });
    await h.say(DELEGATE, "what's on now");
    await h.say(DELEGATE, "and after that?");
    expect(firstLine(await h.say(DELEGATE, "and after that?"))).toMatch(
      /^After the confidence-building measures: Dedicated stakeholder session, Wed 6 Mar, 3:00 PM/,
    );
  });

  it("'and before that?' goes back from the item on now, not from the one shown next", async () => {
    const h = await harness({ now: TUESDAY_11, modules: handlerModules });
    await h.say(DELEGATE, "what's on now");
    expect(firstLine(await h.say(DELEGATE, "and before that?"))).toMatch(
      /^Before the rules, norms and principles of responsible State behaviour: /,
    );
  });

  it("'when does it end?' after 'what's on now?' is still the end of what is on", async () => {
    const h = await harness({ now: TUESDAY_11, modules: handlerModules });
    await h.say(DELEGATE, "what's on now");
    expect(firstLine(await h.say(DELEGATE, "when does it end?"))).toMatch(/1:00 PM/);
  });
});
