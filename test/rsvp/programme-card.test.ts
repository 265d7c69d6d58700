/**
 * The reception as a programme answer asks to RSVP only who has not answered, and no one once
 * it is over (issue 14, point 9).
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, user, withRoster } from "../reminders/harness.js";

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

  it("invites no one to answer who may not (only heads of delegation are invited; tester6 E3)", async () => {
    const h = await harness({ now: "2024-03-04T14:00:00Z", modules: handlerModules });
    await withRoster(h);
    const delegate = user("delegate1", { email: "delegate1@mission.example" });
    const card = await h.say(delegate, "when is the reception?");
    expect(card).toContain("Cocktail reception");
    expect(card).not.toContain("rsvp attending");
    expect(card).toContain("RSVP required: those invited answer here");
    expect(await h.say(delegate, "do I need to register for the reception?")).not.toContain("rsvp attending");
    // A rostered delegate, in French: no « rsvp oui » either.
    const french = await h.say(people.peter, "quand est la réception ?");
    expect(french).toContain("Réponse demandée");
    expect(french).not.toContain("rsvp oui");
    // A head of delegation is still asked.
    expect(await h.say(people.ann, "when is the reception?")).toContain(ASK);
  });

  it("asks no one once the event has started, and shows an answer as final (tester6 H3)", async () => {
    const h = await harness({ now: "2024-03-04T14:00:00Z", modules: handlerModules });
    await withRoster(h);
    await h.say(people.claire, "rsvp attending");
    h.clock.set("2024-03-05T00:00:00Z"); // Mon 7:00 PM New York: the reception began at 6:30 PM
    const during = await h.say(people.ann, "what's on now?");
    expect(during).toContain("Cocktail reception");
    expect(during).not.toContain("rsvp attending");
    expect(during).not.toContain("RSVP required");
    expect(await h.say(people.ann, "do I need to register for the reception?")).toMatch(
      /^Cocktail reception has started: it takes no more answers\./,
    );
    const answered = await h.say(people.claire, "when is the reception?");
    expect(answered).toContain("Your answer: attending (answers are closed)");
    expect(answered).not.toContain("rsvp");
  });
});
