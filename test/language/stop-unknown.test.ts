/**
 * A reminder stop whose object words the pivot did not know stops nothing: "取消我的东西"
 * (cancel my things) is read "stop …", which once stopped every reminder (the whole-message
 * "stop" once the unknown words were left out).
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { reminderRepository } from "../../handlers/reminders/kit.js";
import { harness, people, withRoster } from "../reminders/harness.js";

async function setup() {
  const h = await harness({ modules: handlerModules, now: "2024-03-04T08:00:00-05:00" });
  await withRoster(h);
  await h.say(people.claire, "rsvp yes");
  await h.say(people.claire, "招待会前15分钟提醒我");
  return h;
}

describe("a stop whose object was not understood", () => {
  it.each(["取消我的东西", "停止那个东西", "取消我的午餐"])("%s stops no reminder", async (text) => {
    const h = await setup();
    const reply = await h.say(people.claire, text);
    expect(reply).not.toMatch(/已停止|已完成/);
    expect(await reminderRepository(h.deps).remindersOf("test:claire")).toHaveLength(1);
    expect(await h.say(people.claire, "我的提醒")).toMatch(/开始前15分钟/);
  });

  it.each([
    "取消",
    "停止",
    "取消所有提醒",
    "取消全部提醒",
    "取消我的提醒",
    "请取消所有提醒",
    "取消所有提醒吧",
  ])("%s still stops every reminder", async (text) => {
    const h = await setup();
    expect(await h.say(people.claire, text)).toMatch(/^已完成：已停止/);
    expect(await reminderRepository(h.deps).remindersOf("test:claire")).toHaveLength(0);
  });
});
