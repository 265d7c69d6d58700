/**
 * Cancelling one's RSVP and saying one no longer goes, in Chinese: "取消我的回复" cancels the
 * RSVP like "cancel my rsvp" (it once stopped the person's automatic reception reminder and
 * left the RSVP as it was), and "我不去招待会了" records a decline like "我不参加招待会".
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { reminderRepository } from "../../handlers/reminders/kit.js";
import { rsvpRepository } from "../../handlers/rsvp/module.js";
import { harness, people, withRoster } from "../reminders/harness.js";

const RECEPTION = "oewg-7-reception-2024-03-04";

async function setup() {
  const h = await harness({ modules: handlerModules, now: "2024-03-04T08:00:00-05:00" });
  await withRoster(h);
  return { ...h, rsvps: rsvpRepository(h.deps) };
}

describe("cancelling one's RSVP in Chinese", () => {
  it.each(["取消我的回复", "取消我的答复", "撤回我的回复"])(
    "%s declines the reception and stops no reminder of one's own",
    async (text) => {
      const h = await setup();
      await h.say(people.claire, "rsvp yes");
      await h.say(people.claire, "招待会前15分钟提醒我");
      const reply = await h.say(people.claire, text);
      expect(reply).toMatch(/^谢谢——已在秘书处名单上记下您不出席鸡尾酒招待会/);
      expect(reply).not.toMatch(/已停止/);
      expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.status).toBe("declined");
      // The reminder the person set is still there.
      const own = await reminderRepository(h.deps).remindersOf("test:claire");
      expect(own).toHaveLength(1);
    },
  );

  it("English 'cancel my rsvp' after a Chinese message declines (it was read through the Chinese words as 'rsvp')", async () => {
    const h = await setup();
    await h.say(people.claire, "rsvp yes");
    await h.say(people.claire, "我的提醒");
    expect(await h.say(people.claire, "cancel my rsvp")).not.toMatch(/请告诉我您的答复/);
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.status).toBe("declined");
  });
});

describe("saying in Chinese that one is no longer going", () => {
  it.each(["我不去招待会了", "我不去招待会", "我不参加招待会"])("%s records a decline", async (text) => {
    const h = await setup();
    await h.say(people.claire, "rsvp yes");
    expect(await h.say(people.claire, text)).toMatch(/^谢谢——已在秘书处名单上记下您不出席鸡尾酒招待会/);
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.status).toBe("declined");
  });

  it("我去招待会怎么走 (how do I get to the reception) records nothing", async () => {
    const h = await setup();
    await h.say(people.claire, "我去招待会怎么走");
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toBeUndefined();
  });
});
