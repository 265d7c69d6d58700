/**
 * "how do I rsvp?" after the event has begun: answers are closed, as "rsvp yes" then says; the
 * how-to no longer invites "rsvp attending". Tester 15 item 5.
 */
import { describe, expect, it } from "vitest";
import { say } from "../../bot/language/messages.js";
import { rsvpHelpText } from "../../handlers/rsvp/plain.js";
import { harness, people, withRoster } from "../reminders/harness.js";

async function at(now: string) {
  const h = await harness({ now });
  await withRoster(h);
  return h;
}

describe("the RSVP how-to once the reception has begun", () => {
  it("the day after (5 March), 'how do i rsvp?' says what 'rsvp yes' says: answers are closed", async () => {
    const h = await at("2024-03-05T16:00:00Z");
    const closed = "The Cocktail reception took place on Mon 4 Mar 2024; answers are closed.";
    const answer = await h.say(people.claire, "how do i rsvp?");
    expect(answer.split("\n")[0]).toBe(closed);
    expect(answer).not.toMatch(/rsvp attending|type it here/i);
    expect(await h.say(people.claire, "rsvp yes")).toBe(closed);
  });

  it.each([
    ["fr", /a eu lieu le lundi 4 mars 2024\u202f; les réponses sont closes\./],
    ["es", /2024/],
    ["ru", /2024/],
    ["zh", /2024年3月4日/],
    ["ar", /2024/],
  ])("in %s too (the catalogue's 'took place' answer, no command to answer)", async (locale, closed) => {
    const h = await at("2024-03-05T16:00:00Z");
    const answer = rsvpHelpText(h.deps, h.clock.now(), locale);
    expect(answer.split("\n")[0]).toMatch(closed);
    expect(answer).not.toContain(say(locale, "rsvp.howTo.attending"));
    expect(answer).toContain(say(locale, "rsvp.howTo.mine"));
  });

  it("during the reception: it has begun, answers are closed", async () => {
    const h = await at("2024-03-04T23:45:00Z");
    const answer = await h.say(people.claire, "help rsvp");
    expect(answer).toMatch(/^The Cocktail reception has already begun, so answers are closed\./);
    expect(answer).not.toMatch(/rsvp attending/);
  });

  it("before it, the how-to still gives the commands", async () => {
    const h = await at("2024-03-04T12:00:00Z");
    expect(await h.say(people.claire, "how do i rsvp?")).toContain(
      '"rsvp attending with 2 experts: Ana Lima, Raj Patel"',
    );
  });
});
