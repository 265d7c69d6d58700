/**
 * "and before that?" after an answer that named one item: the item before it, as "and after
 * that?" gives the one after (`movedOn`, `givenAt`); asked again, one further back.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NO_ZONE = user("nozone");
const firstLine = (text: string) => text.split("\n")[0];

/** Thursday 9 May 2024, 9 a.m. in New York: the POC meeting's day, before it opens. */
const POC_DAY_0900 = "2024-05-09T09:00:00-04:00";
/** Tuesday 5 March 2024, 12:30 in New York: the OEWG's morning meeting under way. */
const TUESDAY_1230 = "2024-03-05T12:30:00-05:00";

describe("'and before that?' after an answer about a clock time", () => {
  it.each([
    [
      "who speaks at 11?",
      "and before that?",
      /^Before the presentations by a panel of States.*: Presentation on preliminary findings.*10:45 AM/,
    ],
    [
      "qui parle à 11h ?",
      "et avant ?",
      /^Avant\s«\sexposés d'un panel d'États.*\s»\s:\s.*premières conclusions.*10:45/,
    ],
    [
      "¿quién habla a las 11?",
      "¿y antes de eso?",
      /^Antes de «exposiciones de un panel de Estados.*»: .*conclusiones preliminares.*10:45/,
    ],
    [
      "кто выступает в 11?",
      "а до этого?",
      /^Перед пунктом «Выступления группы государств.*»: .*предварительных выводов.*10:45/,
    ],
    ["11点谁发言？", "那之前呢？", /^“由国家和国家集团组成的小组.*”之前：.*初步结论.*10:45/],
    // Bare "之前呢" (and before that?), as "之后呢" is "and after that?".
    ["11点谁发言？", "之前呢？", /^“由国家和国家集团组成的小组.*”之前：.*初步结论.*10:45/],
    ["11点谁发言？", "之前呢", /^“由国家和国家集团组成的小组.*”之前：.*初步结论.*10:45/],
    ["من يتحدث الساعة 11؟", "وقبل ذلك؟", /^قبل «.*فريق من الدول ومجموعات الدول.*»: .*نتائج الأولية.*10:45/],
  ])("%s → %s gives the item before the one answered (10:45)", async (first, then, expected) => {
    const h = await harness({ now: POC_DAY_0900, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });

  it("asked twice, goes two items back (10:15)", async () => {
    const h = await harness({ now: POC_DAY_0900, modules: handlerModules });
    await h.say(NO_ZONE, "who speaks at 11?");
    await h.say(NO_ZONE, "and before that?");
    expect(firstLine(await h.say(NO_ZONE, "before that?"))).toMatch(
      /^Before the presentation on preliminary findings.*: Launch of the Global POC Directory.*10:15 AM/,
    );
  });

  it("after 'and after that?', back to the item answered first (11:00)", async () => {
    const h = await harness({ now: POC_DAY_0900, modules: handlerModules });
    await h.say(NO_ZONE, "who speaks at 11?");
    await h.say(NO_ZONE, "and after that?");
    expect(firstLine(await h.say(NO_ZONE, "and before that?"))).toMatch(
      /^Before the presentations by a panel of regional organisations.*: Presentations by a panel of States.*11:00 AM/,
    );
  });
});

describe("'what's next?' then 'and before that?'", () => {
  it("goes back from the item given, one item further each time, across days", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, "what's next?"))).toMatch(
      /^Next: How international law .*Tue 5 Mar, 3:00 PM/,
    );
    expect(firstLine(await h.say(NO_ZONE, "and before that?"))).toMatch(
      /Rules, norms and principles of responsible State behaviour, Tue 5 Mar, 10:00 AM/,
    );
    expect(firstLine(await h.say(NO_ZONE, "and before that?"))).toMatch(/Mon 4 Mar/);
  });
});

describe("'and before' naming something is still before that thing", () => {
  it.each([
    ["et avant la réception ?", /^Avant\s«\sRéception \(cocktail\)\s»\s:\s.*lundi 4 mars, 15:00/],
    ["¿y antes de la recepción?", /^Antes de «recepción \(cóctel\)»: .*4 de marzo, 15:00/],
    ["and before the reception?", /^Before the .*reception.*: .*Mon 4 Mar, 3:00 PM/i],
  ])("%s", async (question, expected) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, question))).toMatch(expected);
  });
});

/** Monday 4 March 2024, 8 a.m. in New York: the OEWG's first day, before it opens. */
const MONDAY_0800 = "2024-03-04T08:00:00-05:00";

describe("'and after' naming something after a day's answer is after that thing, not after the answer", () => {
  it.each([
    ["what's on monday?", "and after the reception?", /^After the .*reception.*: .*Tue 5 Mar, 10:00 AM/i],
    [
      "qu'y a-t-il lundi ?",
      "et après la réception ?",
      /^Après\s«\sRéception \(cocktail\)\s»\s:\s.*mardi 5 mars, 10:00/,
    ],
    [
      "¿qué hay el lunes?",
      "¿y después de la recepción?",
      /^Después de «recepción \(cóctel\)»: .*5 de marzo, 10:00/,
    ],
    ["что в понедельник?", "а после приёма?", /^После .*[Пп]ри[её]м.*5 марта, 10:00/],
  ])("%s → %s", async (first, then, expected) => {
    const h = await harness({ now: MONDAY_0800, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });

  it.each([
    ["qu'y a-t-il après la réception ?", /^Après\s«\sRéception \(cocktail\)\s»\s:\s.*mardi 5 mars, 10:00/],
    ["¿qué hay después de la recepción?", /^Después de «recepción \(cóctel\)»: .*5 de marzo, 10:00/],
  ])("asked alone: %s", async (question, expected) => {
    const h = await harness({ now: MONDAY_0800, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, question))).toMatch(expected);
  });
});
