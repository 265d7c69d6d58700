import { describe, expect, it } from "vitest";
import { rsvpRepository } from "../../handlers/rsvp/module.js";
import { parseRsvp } from "../../handlers/rsvp/parse.js";
import { harness, people, withRoster } from "../reminders/harness.js";

const RECEPTION = "oewg-7-reception-2024-03-04";

async function setup() {
  const h = await harness();
  await withRoster(h);
  return { ...h, rsvps: rsvpRepository(h.deps) };
}

describe("RSVP changes in plain words", () => {
  it("'cancel my rsvp' and 'I can't come to the reception' decline", async () => {
    const h = await setup();
    await h.say(people.claire, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
    expect(await h.say(people.claire, "cancel my rsvp")).toBe(
      "Thank you — noted on the Secretariat's list that you will not attend the Cocktail reception. This list is not the host's: if you answered the host at https://bit.ly/OEWG_4Mar24, please tell them there too.",
    );
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.status).toBe("declined");
    await h.say(people.ann, "rsvp attending");
    expect(await h.say(people.ann, "i can't come to the reception")).toBe(
      "Thank you — noted on the Secretariat's list that you will not attend the Cocktail reception. This list is not the host's: if you answered the host at https://bit.ly/OEWG_4Mar24, please tell them there too.",
    );
    expect((await h.rsvps.answer(RECEPTION, "test:ann"))?.status).toBe("declined");
  });

  it("'I will attend the reception' attends; without the event's name it says what to type", async () => {
    const h = await setup();
    expect(await h.say(people.li, "I will attend the reception")).toMatch(
      /^Thank you — noted on the Secretariat's list as attending the Cocktail reception .*\. This list is kept for the Secretariat/,
    );
    expect((await h.rsvps.answer(RECEPTION, "test:li"))?.status).toBe("attending");
    expect(await h.say(people.ann, "i can't come")).toBe(
      'If you mean the Cocktail reception (Mon 4 Mar), type "rsvp declined".',
    );
    expect(await h.rsvps.answer(RECEPTION, "test:ann")).toBeUndefined();
  });

  it("'change my rsvp to 1 expert' is 'rsvp attending with 1 expert', with the rules on names", async () => {
    const h = await setup();
    await h.say(people.claire, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
    expect(await h.say(people.claire, "change my rsvp to 1 expert")).toBe(
      'You named 2 experts before (Ana Lima, Raj Patel). Say who comes, e.g. "rsvp attending with 1 expert: Ana Lima". Nothing was changed.',
    );
    expect(await h.say(people.claire, "change my rsvp to 1 expert: Raj Patel")).toMatch(
      /with 1 accompanying expert \(Raj Patel\)\. This list is kept for the Secretariat/,
    );
    expect(await h.say(people.claire, "change my rsvp to tentative")).toMatch(/^Noted as tentative/);
    expect(await h.say(people.claire, "change my rsvp")).toBe(
      'Say what to change it to, e.g. "rsvp attending with 1 expert: Ana Lima", "rsvp tentative" or "rsvp declined".',
    );
  });

  it("'remove Taro from my rsvp' drops that expert, and says so when there is none", async () => {
    const h = await setup();
    await h.say(people.claire, "rsvp attending with 3 experts: Ana Lima, Taro Yamada");
    expect(await h.say(people.claire, "remove Taro from my rsvp")).toMatch(
      /^Thank you — noted on the Secretariat's list as attending .* with 2 accompanying experts \(Ana Lima; 1 name to follow\)\./,
    );
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.experts).toEqual({
      count: 2,
      names: ["Ana Lima"],
    });
    expect(await h.say(people.claire, "remove Raj Patel from my rsvp")).toBe(
      '"Raj Patel" is not among the experts you named (Ana Lima). Nothing was changed.',
    );
    expect(await h.say(people.ann, "remove Taro from my rsvp")).toBe(
      "You have not named any experts for the Cocktail reception. Nothing was changed.",
    );
  });

  it("'how do i rsvp' and 'help rsvp' give the organiser's link first, then the commands of the Secretariat's list here", async () => {
    const h = await setup();
    for (const question of ["how do i rsvp?", "help rsvp", "rsvp help"]) {
      const answer = await h.say(people.claire, question);
      expect(answer.split("\n").slice(0, 3)).toEqual([
        "The Cocktail reception (Mon 4 Mar) invites Heads of Delegation plus accompanying experts: the head of delegation answers and names the accompanying experts.",
        "This list is kept for the Secretariat; it is not an RSVP to the host. To confirm your participation, the invitation asks you to RSVP at https://bit.ly/OEWG_4Mar24.",
        "To put your answer on the Secretariat's list, type it here:",
      ]);
      expect(answer).toContain('"rsvp attending with 2 experts: Ana Lima, Raj Patel"');
      expect(answer).toContain('"cancel my rsvp"');
      expect(answer).not.toMatch(/place|deadline/i);
    }
  });
});

describe("RSVP phrases with more words", () => {
  it("reads 'with NAME and NAME', 'experts NAME', 'bringing N experts', 'w/', '+1' and 'not sure about experts'", () => {
    expect(parseRsvp("attending with experts Ana Lima and Raj Patel")).toEqual({
      status: "attending",
      eventWords: undefined,
      experts: { names: ["Ana Lima", "Raj Patel"] },
    });
    expect(parseRsvp("attending with Ana Lima and Raj Patel")).toEqual({
      status: "attending",
      eventWords: undefined,
      experts: { names: ["Ana Lima", "Raj Patel"] },
    });
    expect(parseRsvp("yes - bringing 2 experts")).toEqual({
      status: "attending",
      eventWords: undefined,
      experts: { count: 2, names: [] },
    });
    expect(parseRsvp("attending w/ 2 experts: Ab Cd, Ef Gh")).toMatchObject({
      eventWords: undefined,
      experts: { count: 2, names: ["Ab Cd", "Ef Gh"] },
    });
    expect(parseRsvp("yes +1")).toEqual({
      status: "attending",
      eventWords: undefined,
      experts: { count: 1, names: [] },
    });
    expect(parseRsvp("yes +2: Ana Lima, Raj Patel").experts).toEqual({
      count: 2,
      names: ["Ana Lima", "Raj Patel"],
    });
    expect(parseRsvp("yes but not sure about experts")).toEqual({
      status: "attending",
      eventWords: undefined,
      experts: undefined,
    });
  });

  it("answers words it cannot read with the command to type, and shows delegates no internal id", async () => {
    const h = await setup();
    const answer = await h.say(people.ann, "rsvp attending with ana lima and raj patel");
    expect(answer).toBe(
      'I didn\'t understand "with ana lima and raj patel" in your answer (it names no event that takes RSVPs: Cocktail reception, Mon 4 Mar). Write, e.g., "rsvp attending with 2 experts: Ana Lima, Raj Patel" or "rsvp declined".',
    );
    expect(answer).not.toContain(RECEPTION);
    expect(await h.rsvps.answer(RECEPTION, "test:ann")).toBeUndefined();
    expect(await h.say(people.ann, "rsvp yes but not sure about experts")).toMatch(
      /^Thank you — noted on the Secretariat's list as attending the Cocktail reception/,
    );
  });

  it("refuses an organisation counted as a name, duplicates and naming oneself; 1 expert is singular", async () => {
    const h = await setup();
    expect(
      await h.say(
        people.ann,
        "rsvp attending with 2 experts: Yuki Tanaka (MOFA), Taro Yamada, National Police Agency",
      ),
    ).toBe(
      '"National Police Agency" looks like an organisation, not a person: a comma separates people, and an affiliation goes in brackets after the name, e.g. "Taro Yamada (National Police Agency)". Nothing was changed.',
    );
    expect(await h.say(people.ann, "rsvp attending with 2 experts: Ana Lima, ana  lima")).toBe(
      '"Ana Lima" is named twice; name each expert once. Nothing was changed.',
    );
    expect(await h.say(people.claire, "rsvp attending with 1 expert: Claire Martin")).toBe(
      "You named yourself (Claire Martin) as an expert: you are counted already as the head of delegation. Name only the people who accompany you. Nothing was changed.",
    );
    expect(await h.say(people.ann, "rsvp attending with 0 experts: Ana Lima")).toBe(
      "You named 1 expert but said 0; give the right number, or fewer names.",
    );
    expect(await h.rsvps.answersFor(RECEPTION)).toEqual([]);
  });
});
