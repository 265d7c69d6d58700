/**
 * The Secretariat's RSVP report narrowed in its own words: "who is coming to the reception with
 * experts?" (the answers that bring experts) and, as a follow-up within 15 minutes, "and
 * France's?" (that State's answers). Both used to get the programme's answer about the
 * reception, or "I didn't understand".
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "../reminders/harness.js";

/** Ann (Kenya) brings two experts, Claire (France) comes alone, Li Wei (Singapore) has not answered. */
async function setup() {
  const h = await harness({ modules: handlerModules });
  await withRoster(h);
  await h.say(people.ann, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
  await h.say(people.claire, "rsvp attending");
  return h;
}

describe("the RSVP report narrowed", () => {
  it.each([
    "who is coming to the reception with experts?",
    "who's coming to the reception bringing experts",
    "rsvps for the reception with experts",
  ])("%s → only the answers that bring experts", async (question) => {
    const h = await setup();
    const report = (await h.say(people.secretariat, question)).split("\n");
    expect(report[0]).toBe("RSVPs — Cocktail reception (Mon 4 Mar) — answers bringing experts");
    expect(report).toContain("Confirmed: 3 people (1 head of delegation + 2 experts)");
    expect(report).toContain("• Ann Mwangi (Kenya) + 2: Ana Lima, Raj Patel");
    expect(report.join("\n")).not.toContain("Claire Martin");
  });

  it("'and France's?' after a report: France's answers and who of France has not answered", async () => {
    const h = await setup();
    await h.say(people.secretariat, "who is coming to the reception with experts?");
    const report = (await h.say(people.secretariat, "and France's?")).split("\n");
    expect(report[0]).toBe("RSVPs — Cocktail reception (Mon 4 Mar) — France");
    expect(report).toContain("Confirmed: 1 person (1 head of delegation + 0 experts)");
    expect(report).toContain("• Claire Martin (France)");
    expect(report).toContain("Not answered: 0 of 1 heads of delegation in the invitation's scope");
    expect(report.join("\n")).not.toContain("Ann Mwangi");
    const singapore = (await h.say(people.secretariat, "what about Singapore?")).split("\n");
    expect(singapore[0]).toBe("RSVPs — Cocktail reception (Mon 4 Mar) — Singapore");
    expect(singapore).toContain("Not answered: 1 of 1 heads of delegation in the invitation's scope");
    // "and with experts?" narrows the last report (Singapore's) to the answers with experts.
    const narrowed = (await h.say(people.secretariat, "and with experts?")).split("\n");
    expect(narrowed[0]).toBe("RSVPs — Cocktail reception (Mon 4 Mar) — answers bringing experts · Singapore");
  });

  it("'who is coming to the reception from Kenya?' names the State in the question", async () => {
    const h = await setup();
    const report = await h.say(people.secretariat, "who is coming to the reception from Kenya?");
    expect(report).toContain("RSVPs — Cocktail reception (Mon 4 Mar) — Kenya");
    expect(report).toContain("• Ann Mwangi (Kenya) + 2");
    expect(await h.say(people.secretariat, "who is coming to the reception from Atlantis?")).toBe(
      '"Atlantis" is not the name or code of a UN Member State or observer State',
    );
  });

  it("without a report just before, 'and France's?' is not an RSVP question; after 15 minutes neither", async () => {
    const h = await setup();
    expect(await h.say(people.secretariat, "and France's?")).not.toContain("RSVPs —");
    await h.say(people.secretariat, "who is coming to the reception?");
    h.clock.advance(16 * 60_000);
    expect(await h.say(people.secretariat, "and France's?")).not.toContain("RSVPs —");
    // A delegate's "and France's?" is never the report.
    expect(await h.say(people.ann, "and France's?")).not.toContain("RSVPs —");
  });
});
