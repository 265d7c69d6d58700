/**
 * Follow-ups an exploratory tester found answered wrongly (tester13): "and after that?" after
 * a clock time's answer.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NO_ZONE = user("nozone");
const firstLine = (text: string) => text.split("\n")[0];

/** Thursday 9 May 2024, 9 a.m. in New York: the POC meeting's day, before it opens. */
const POC_DAY_0900 = "2024-05-09T09:00:00-04:00";

describe("'and after that?' after an answer about a clock time", () => {
  it.each([
    [
      "who speaks at 11?",
      "and after that?",
      /^After the presentations by a panel of States.*: Presentations by a panel of regional organisations.*11:20 AM/,
    ],
    [
      "qui parle à 11h ?",
      "et après ?",
      /^Après\s«\sexposés d'un panel d'États.*\s»\s:\s.*organisations régionales.*11:20/,
    ],
    [
      "¿quién habla a las 11?",
      "¿y después?",
      /^Después de «exposiciones de un panel de Estados.*»: .*organizaciones regionales.*11:20/,
    ],
    [
      "кто выступает в 11?",
      "а после этого?",
      /^После пункта «Выступления группы государств.*»: .*региональных организаций.*11:20/,
    ],
    ["11点谁发言？", "之后呢？", /^“由国家和国家集团组成的小组.*”之后：.*区域组织.*11:20/],
    [
      "من يتحدث الساعة 11؟",
      "وبعد ذلك؟",
      /^بعد «.*فريق من الدول ومجموعات الدول.*»: .*المنظمات الإقليمية.*11:20/,
    ],
  ])("%s → %s gives the item after the one answered (11:20)", async (first, then, expected) => {
    const h = await harness({ now: POC_DAY_0900, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });

  it("asked again, goes on to the item after that one (11:40)", async () => {
    const h = await harness({ now: POC_DAY_0900, modules: handlerModules });
    await h.say(NO_ZONE, "who speaks at 11?");
    await h.say(NO_ZONE, "and after that?");
    expect(firstLine(await h.say(NO_ZONE, "and after that?"))).toMatch(
      /^After the presentations by a panel of regional organisations.*: Reflections from States, .*11:40 AM/,
    );
  });

  it("the day before, about the POC meeting named: its 11:20 item, not the whole meeting", async () => {
    const h = await harness({ now: "2024-05-08T09:00:00-04:00", modules: handlerModules });
    await h.say(NO_ZONE, "who speaks at 11 on 9 May?");
    expect(firstLine(await h.say(NO_ZONE, "and after that?"))).toMatch(/regional organisations.*11:20 AM/);
  });
});
