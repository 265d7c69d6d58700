/**
 * A cancelled session stays in the programme (marked cancelled) but is never the answer to
 * "what's next?", "what's on now?" or "what was the previous session?".
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "../reminders/harness.js";
import { THURSDAY_AFTERNOON_CANCELLED } from "./revision-samples.js";

async function withThursdayAfternoonCancelled() {
  const h = await harness({ now: "2024-03-05T14:00:00Z", modules: handlerModules });
  await withRoster(h);
  expect(await h.say(people.secretariat, `revise programme\n${THURSDAY_AFTERNOON_CANCELLED}`)).toContain(
    "preview",
  );
  expect(await h.say(people.secretariat, "publish")).toMatch(/^Published version 2/);
  return h;
}

describe("a cancelled session in answers about now and next", () => {
  it("is not what's next: the next session after it is", async () => {
    const h = await withThursdayAfternoonCancelled();
    h.clock.set("2024-03-07T14:00:00-05:00"); // Thursday, after the morning, before the cancelled afternoon
    const answer = await h.say(people.ann, "what's next?");
    expect(answer).not.toMatch(/Thu(?:rsday)? 7 Mar[^\n]*3:00 PM/);
    expect(answer).toMatch(/Fri(?:day)? 8 Mar/);
  });

  it("is not what's on now while its time runs", async () => {
    const h = await withThursdayAfternoonCancelled();
    h.clock.set("2024-03-07T16:00:00-05:00");
    const answer = await h.say(people.ann, "what's on now?");
    expect(answer).not.toMatch(/3:00 PM/);
    expect(answer).toMatch(/Fri(?:day)? 8 Mar/);
  });

  it("is not the previous session once its time is over", async () => {
    const h = await withThursdayAfternoonCancelled();
    h.clock.set("2024-03-07T19:00:00-05:00");
    const answer = await h.say(people.ann, "what was the previous session?");
    expect(answer).not.toMatch(/3:00 PM/);
    expect(answer).toMatch(/Thu(?:rsday)? 7 Mar/);
  });
});
