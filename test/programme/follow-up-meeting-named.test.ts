/**
 * A follow-up that names "the meeting" or "the session" names its own subject: after a
 * question about the reception (no meeting), "when does the meeting end?" is not about the
 * reception. After a question about a meeting, "the meeting" is still that one.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NO_ZONE = user("nozone");

/** Monday 4 March 2024, 8 a.m. in New York: the OEWG's first day, before it opens. */
const MONDAY_0800 = "2024-03-04T08:00:00-05:00";

describe("'when does the meeting end?' after a question about the reception", () => {
  it.each([
    ["when is the reception?", "when does the meeting end?", /reception/i],
    ["when is the reception?", "when does the session end?", /reception/i],
    ["招待会是什么时候？", "会议什么时候结束？", /招待会/],
    ["متى حفل الاستقبال؟", "متى ينتهي الاجتماع؟", /استقبال/],
  ])("%s → %s does not carry the reception over", async (first, then, notExpected) => {
    const h = await harness({ now: MONDAY_0800, modules: handlerModules });
    await h.say(NO_ZONE, first);
    const firstLine = (await h.say(NO_ZONE, then)).split("\n")[0];
    expect(firstLine).not.toMatch(notExpected);
    expect(firstLine).toMatch(/18:00|6:00 PM/);
  });

  it("after a question about a meeting, 'the meeting' is still that meeting", async () => {
    const h = await harness({ now: MONDAY_0800, modules: handlerModules });
    await h.say(NO_ZONE, "when is the POC meeting?");
    expect(await h.say(NO_ZONE, "when does the meeting end?")).toMatch(/POC.*1:00 PM/s);
  });
});
