/**
 * Leads said in the ways testers wrote them: Arabic names the lead after the event ("ذكرني قبل
 * الاستقبال بـ 15 دقيقة": before the reception by 15 minutes), and Chinese changes the latest
 * reminder with "改成10分钟前" like English "make it 10 minutes before".
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { reminderRepository } from "../../handlers/reminders/kit.js";
import { harness, people, withRoster } from "./harness.js";

async function setup() {
  const h = await harness({ modules: handlerModules, now: "2024-03-04T08:00:00-05:00" });
  await withRoster(h);
  return h;
}

async function leadsOf(h: Awaited<ReturnType<typeof setup>>): Promise<number[]> {
  return (await reminderRepository(h.deps).remindersOf("test:claire")).map((s) => s.leadMinutes);
}

describe("an Arabic lead after the event", () => {
  it.each([
    ["ذكرني قبل الاستقبال بـ 15 دقيقة", 15],
    ["ذكرني قبل الاستقبال ب 15 دقيقة", 15],
    ["ذكرني قبل حفل الاستقبال بـ 30 دقيقة", 30],
    ["ذكرني قبل الاستقبال بساعتين", 120],
    ["ذكرني قبل الاستقبال بنصف ساعة", 30],
    ["ذكرني قبل 15 دقيقة من حفل الاستقبال", 15],
    // "بـ" before the event is "of" (remind me of the reception): the default lead.
    ["ذكرني بـ حفل الاستقبال", 60],
  ])("%s sets the reminder %i minutes before", async (text, minutes) => {
    const h = await setup();
    const reply = await h.say(people.claire, text);
    expect(reply).toMatch(/^سأذكّرك/);
    expect(await leadsOf(h)).toEqual([minutes]);
  });

  it("an English lead after the event: 'remind me before the reception by 15 minutes'", async () => {
    const h = await setup();
    expect(await h.say(people.claire, "remind me before the reception by 15 minutes")).toMatch(
      /^I'll remind you .*15 minutes before/,
    );
    expect(await leadsOf(h)).toEqual([15]);
  });
});

describe("changing the latest reminder in Chinese", () => {
  it.each(["改成10分钟前", "改为10分钟前", "改成提前10分钟", "把它改成10分钟前"])(
    "%s after a reception reminder: 10 minutes before",
    async (text) => {
      const h = await setup();
      await h.say(people.claire, "招待会前15分钟提醒我");
      const reply = await h.say(people.claire, text);
      expect(reply).toMatch(/^我会提醒您：鸡尾酒招待会：开始前10分钟.*原为开始前15分钟/);
      expect(await leadsOf(h)).toEqual([10]);
    },
  );
});
