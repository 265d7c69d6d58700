import { describe, expect, it } from "vitest";
import { rsvpRepository } from "../../handlers/rsvp/module.js";
import { harness, people, user, withRoster } from "../reminders/harness.js";

const RECEPTION = "oewg-7-reception-2024-03-04";

async function setup() {
  const h = await harness();
  await withRoster(h);
  return { ...h, rsvps: rsvpRepository(h.deps) };
}

describe("experts named by their head of delegation", () => {
  it("tells a named expert who named them and where the party stands, in 'my RSVPs' and on 'rsvp …'", async () => {
    const h = await setup();
    await h.say(people.ann, "rsvp attending with 1 expert: Péter otieno");
    const mine = await h.say(people.peter, "my RSVPs");
    expect(mine).toContain(
      "Your answer: named as an accompanying expert by Ann Mwangi (Kenya) — the party is on the Secretariat's list; changes go through Ann Mwangi",
    );
    expect(mine).not.toContain("not yours to give");
    expect(await h.say(people.peter, "rsvp declined")).toBe(
      'Ann Mwangi (Kenya), your head of delegation, has named you as an accompanying expert for the Cocktail reception: the party is on the Secretariat\'s list. Changes go through Ann Mwangi; to take you off, they can say "remove Peter Otieno from my rsvp".',
    );
    expect((await h.rsvps.answer(RECEPTION, "test:ann"))?.experts.names).toEqual(["Péter otieno"]);
  });

  it("counts only a name given by the person's own State, and shows a waitlisted party as such", async () => {
    const h = await setup();
    await h.say(people.claire, "rsvp attending with 1 expert: Peter Otieno");
    expect(await h.say(people.peter, "my RSVPs")).toContain("not yours to give");
    await h.say(people.secretariat, "set reception capacity 2");
    h.clock.advance(60_000);
    await h.say(people.ann, "rsvp attending with 1 expert: Peter Otieno");
    expect(await h.say(people.peter, "my RSVPs")).toContain(
      "Your answer: named as an accompanying expert by Ann Mwangi (Kenya) — the party is number 1 on the Secretariat's waitlist; changes go through Ann Mwangi",
    );
  });
});

describe("after the deadline", () => {
  it("lets a head of delegation keep or reduce the party, refuses growth, and says so in 'my RSVPs'", async () => {
    const h = await setup();
    await h.say(people.secretariat, "set reception deadline 2024-03-02 17:00");
    await h.say(people.claire, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
    expect(await h.say(people.claire, "my RSVPs")).toContain(
      "Answer by: Sat 2 Mar, 5:00 PM New York time; Sat 2 Mar, 11:00 PM your time (Paris)",
    );
    h.clock.set("2024-03-03T12:00:00Z");
    expect(await h.say(people.claire, "rsvp attending with 1 expert: Ana Lima")).toMatch(
      /as attending .* with 1 accompanying expert \(Ana Lima\)\. This list is kept for the Secretariat/,
    );
    expect(await h.say(people.claire, "rsvp attending with 2 experts: Ana Lima, Raj Patel")).toBe(
      "The RSVP deadline (Sat 2 Mar, 5:00 PM New York time; Sat 2 Mar, 11:00 PM your time (Paris)) has passed: you can still decline, or answer with fewer experts; to bring more, please contact the Secretariat. Nothing was changed.",
    );
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.experts.count).toBe(1);
    const mine = await h.say(people.claire, "my RSVPs");
    expect(mine).toContain("(passed)");
    expect(mine).not.toContain("You can change an answer until the event starts");
    expect(mine).toContain(
      'The "Answer by" time has passed: until the event starts you can still decline or answer with fewer experts, e.g. "rsvp declined".',
    );
  });

  it("refuses a past deadline, and reads a date-only one as the end of that day", async () => {
    const h = await setup();
    expect(await h.say(people.secretariat, "set reception deadline 2024-02-01")).toBe(
      'That deadline (end of Thu 1 Feb (11:59 PM New York time)) has already passed, so answers would close at once. Give a later one, e.g. "set reception deadline 2024-03-02 17:00", or "set reception deadline now" to close answers now. Nothing was changed.',
    );
    expect(await h.rsvps.settings(RECEPTION)).toBeUndefined();
    expect(await h.say(people.secretariat, "set reception deadline 2024-03-02")).toBe(
      "RSVP deadline of the Cocktail reception: end of Sat 2 Mar (11:59 PM New York time).",
    );
    h.clock.set("2024-03-03T04:59:00Z");
    expect(await h.say(people.li, "rsvp attending")).toMatch(
      /^Thank you — noted on the Secretariat's list as attending/,
    );
    h.clock.set("2024-03-03T05:00:01Z");
    expect(await h.say(people.ann, "rsvp attending")).toBe(
      "The RSVP deadline (end of Sat 2 Mar (11:59 PM New York time); Sun 3 Mar, 7:59 AM your time (Nairobi), next day) has passed. You can still decline; to attend, please contact the Secretariat.",
    );
    h.clock.set("2024-03-01T12:00:00Z");
    expect(await h.say(people.secretariat, "set reception deadline now")).toBe(
      "RSVP deadline of the Cocktail reception: Fri 1 Mar, 7:00 AM New York time.",
    );
  });
});

describe("the reply to an answer", () => {
  it("leads with the waitlist when the event is full", async () => {
    const h = await setup();
    await h.say(people.secretariat, "set reception capacity 1");
    await h.say(people.ann, "rsvp attending");
    expect(await h.say(people.li, "rsvp attending")).toBe(
      "You are on the Secretariat's waitlist (number 1) for the Cocktail reception (Mon 4 Mar, 6:30 PM New York time; Tue 5 Mar, 7:30 AM your time (Singapore), next day): its list is full. I will tell you as soon as a place on it frees up. This list is kept for the Secretariat; it is not an RSVP to the host. To confirm your participation, the invitation asks you to RSVP at https://bit.ly/OEWG_4Mar24.",
    );
  });

  it("does not promise a reminder whose moment has passed", async () => {
    const h = await harness({ now: "2024-03-04T22:45:00Z" });
    await withRoster(h);
    const reply = await h.say(user("li", { email: "li@sgp.example" }), "rsvp attending");
    expect(reply).toBe(
      "Thank you — noted on the Secretariat's list as attending the Cocktail reception (Mon 4 Mar, 6:30 PM New York time). This list is kept for the Secretariat; it is not an RSVP to the host. To confirm your participation, the invitation asks you to RSVP at https://bit.ly/OEWG_4Mar24. It starts in 45 minutes.",
    );
  });
});
