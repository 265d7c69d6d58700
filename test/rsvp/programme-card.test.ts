/**
 * The reception as a programme answer asks to RSVP only who has not answered, and no one once
 * it is over (issue 14, point 9).
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "../reminders/harness.js";

const ASK = 'RSVP required: say "rsvp attending" here';

describe("the reception's card in programme answers", () => {
  it("asks until the person answers, then shows their answer", async () => {
    const h = await harness({ now: "2024-03-04T14:00:00Z", modules: handlerModules }); // Mon 9:00 AM New York
    await withRoster(h);
    expect(await h.say(people.claire, "when is the reception?")).toContain(ASK);
    await h.say(people.claire, "rsvp tentative");
    const after = await h.say(people.claire, "when is the reception?");
    expect(after).not.toContain(ASK);
    expect(after).toContain("Your answer: tentative");
    expect(await h.say(people.claire, "do I need to register for the reception?")).toMatch(
      /^Cocktail reception: you answered tentative\. To change it, say "rsvp declined"/,
    );
    // Someone else who has not answered is still asked.
    expect(await h.say(people.ann, "when is the reception?")).toContain(ASK);
  });

  it("asks no one once the event is over", async () => {
    const h = await harness({ now: "2024-03-05T14:00:00Z", modules: handlerModules }); // Tuesday, the day after
    await withRoster(h);
    const card = await h.say(people.ann, "when is the reception?");
    expect(card).toContain("Cocktail reception");
    expect(card).not.toContain("RSVP required");
    expect(await h.say(people.ann, "do I need to register for the reception?")).toMatch(
      /^Cocktail reception is over: it takes no more answers\./,
    );
  });
});
