import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { allocate } from "../../handlers/rsvp/allocation.js";
import { RSVP_ACTION } from "../../handlers/rsvp/cards.js";
import { rsvpRepository } from "../../handlers/rsvp/module.js";
import { parseRsvp } from "../../handlers/rsvp/parse.js";
import { harness, people, ROSTER_CSV, user, withRoster } from "../reminders/harness.js";

const RECEPTION = "oewg-7-reception-2024-03-04";

async function setup() {
  const h = await harness();
  await withRoster(h);
  return { ...h, rsvps: rsvpRepository(h.deps) };
}

/** Heads of delegation for concurrency tests: a roster of n HoDs. */
async function manyHeads(h: Awaited<ReturnType<typeof setup>>, n: number) {
  const rows = Array.from(
    { length: n },
    (_, i) => `hod${i}@mission.example,Head ${i},KEN,head of delegation`,
  );
  await h.say(
    people.secretariat,
    `import roster, removing missing\nemail,name,state,roles\n${rows.join("\n")}\ndesk@un.example,Desk,,secretariat`,
  );
  return Array.from({ length: n }, (_, i) => user(`hod${i}`, { email: `hod${i}@mission.example` }));
}

describe("RSVP answers", () => {
  it("records an answer typed in words, with experts, and shows it in 'my RSVPs'", async () => {
    const h = await setup();
    const answer = await h.say(people.claire, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
    expect(answer).toBe(
      "Thank you — noted on the Secretariat's list as attending the Cocktail reception (Mon 4 Mar, 6:30 PM New York time; Tue 5 Mar, 12:30 AM your time (Paris), next day) with 2 accompanying experts (Ana Lima, Raj Patel). This list is kept for the Secretariat; it is not an RSVP to the host. To confirm your participation, the invitation asks you to RSVP at https://bit.ly/OEWG_4Mar24. I will remind you an hour before it starts.",
    );
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: 2, names: ["Ana Lima", "Raj Patel"] },
      email: "claire@fra.example",
      state: "FRA",
      name: "Claire Martin",
    });
    const mine = await h.say(people.claire, "my RSVPs");
    expect(mine).toContain(
      "Your answer: attending with 2 accompanying experts (Ana Lima, Raj Patel) — on the Secretariat's list",
    );
  });

  it("'my RSVPs' says what is still possible: open until the event, closed after, not for the uninvited", async () => {
    const h = await setup();
    expect(await h.say(people.ann, "my RSVPs")).toMatch(
      /Your answer: not answered yet[\s\S]*You can change an answer here until the event starts/,
    );
    const delegate = await h.say(people.peter, "my RSVPs");
    expect(delegate).toContain(
      "Your answer: not yours to give (the invitation is for Heads of Delegation plus accompanying experts)",
    );
    expect(delegate).toContain("Answers are closed or not yours to give for these events.");
    expect(delegate).not.toContain("You can change");
    await h.say(people.ann, "rsvp attending");
    h.clock.set("2024-03-05T15:00:00Z");
    const after = await h.say(people.ann, "my RSVPs");
    expect(after).toContain("Your answer: attending");
    expect(after).toContain("Answers are closed or not yours to give for these events.");
  });

  it("keeps the experts' names when only the count changes, and asks who comes when there are fewer places", async () => {
    const h = await setup();
    await h.say(people.claire, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
    expect(await h.say(people.claire, "rsvp attending with 1 expert")).toBe(
      'You named 2 experts before (Ana Lima, Raj Patel). Say who comes, e.g. "rsvp attending with 1 expert: Ana Lima". Nothing was changed.',
    );
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.experts).toEqual({
      count: 2,
      names: ["Ana Lima", "Raj Patel"],
    });
    await h.say(people.claire, "rsvp attending with 3 experts");
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.experts).toEqual({
      count: 3,
      names: ["Ana Lima", "Raj Patel"],
    });
    await h.say(people.claire, "rsvp attending alone");
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.experts).toEqual({ count: 0, names: [] });
  });

  it("records a click on the invitation card with its inputs", async () => {
    const h = await setup();
    const answer = await h.press(people.ann, RSVP_ACTION, `${RECEPTION}|tentative`, {
      experts_count: "1",
      experts_names: "",
    });
    expect(answer).toMatch(/^Noted as tentative for the Cocktail reception/);
    expect(await h.rsvps.answer(RECEPTION, "test:ann")).toMatchObject({
      status: "tentative",
      experts: { count: 1, names: [] },
    });
  });

  it("answers 'rsvp link for the cocktail' with the invitation's link and how to answer here, in the asker's language", async () => {
    const h = await harness({ modules: handlerModules });
    await withRoster(h);
    const answer = await h.say(people.ann, "rsvp link for the cocktail");
    expect(answer).toMatch(/^Cocktail reception: RSVP required — answer here: say "rsvp attending"/);
    expect(answer).toContain("the organiser's original link is https://bit.ly/OEWG_4Mar24.");
    // "rsvp" alone still asks for an answer.
    expect(await h.say(people.ann, "rsvp")).toMatch(/^Tell me your answer: "rsvp attending"/);
    expect(await h.say(people.ann, "rsvp 链接")).toMatch(/^鸡尾酒招待会：.*https:\/\/bit\.ly\/OEWG_4Mar24/);
    expect(await h.say(people.ann, "lien pour répondre à l'invitation")).toMatch(
      /^Réception \(cocktail\).*https:\/\/bit\.ly\/OEWG_4Mar24/,
    );
  });

  it("rejects bad expert input with a clear answer and changes nothing", async () => {
    const h = await setup();
    await h.say(people.ann, "rsvp attending");
    expect(
      await h.press(people.ann, RSVP_ACTION, `${RECEPTION}|attending`, {
        experts_count: "1",
        experts_names: "Ana Lima, Raj Patel",
      }),
    ).toBe("You named 2 experts but said 1; give the right number, or fewer names.");
    expect(
      await h.press(people.ann, RSVP_ACTION, `${RECEPTION}|attending`, {
        experts_count: "lots",
        experts_names: "",
      }),
    ).toBe('"lots" is not a number of experts; write a number from 0 to 10.');
    expect(await h.say(people.ann, "rsvp attending with 2 experts: Ana Lima, R2D2")).toBe(
      'Expert name "R2D2": an expert\'s name may contain letters, spaces, dots, apostrophes and hyphens only, and an affiliation in brackets at the end.',
    );
    expect(await h.say(people.ann, "rsvp attending with 11 experts")).toBe(
      "Experts: at most 10 accompanying experts.",
    );
    expect(await h.say(people.ann, "rsvp whatever")).toMatch(/^Tell me your answer: "rsvp attending"/);
    expect(await h.rsvps.answer(RECEPTION, "test:ann")).toMatchObject({
      status: "attending",
      experts: { count: 0, names: [] },
      answers: 1,
    });
  });

  it("lets only heads of delegation (and those invited) answer", async () => {
    const h = await setup();
    expect(await h.say(people.peter, "rsvp attending")).toBe(
      "The Cocktail reception invites Heads of Delegation plus accompanying experts. If you accompany your head of delegation, ask them to name you as an expert when they answer.",
    );
    expect(await h.say(user("stranger"), "rsvp yes")).toMatch(
      /^The Cocktail reception invites Heads of Delegation/,
    );
    expect(await h.rsvps.answersFor(RECEPTION)).toEqual([]);
  });

  it("closes attending answers after the deadline but still takes a decline", async () => {
    const h = await setup();
    expect(await h.say(people.secretariat, "set reception deadline 2024-03-02 17:00")).toBe(
      "RSVP deadline of the Cocktail reception: Sat 2 Mar, 5:00 PM New York time.",
    );
    await h.say(people.ann, "rsvp attending");
    h.clock.set("2024-03-02T22:00:01Z");
    expect(await h.say(people.li, "rsvp attending")).toBe(
      "The RSVP deadline (Sat 2 Mar, 5:00 PM New York time; Sun 3 Mar, 6:00 AM your time (Singapore), next day) has passed. You can still decline; to attend, please contact the Secretariat.",
    );
    expect(await h.say(people.ann, "rsvp declined")).toBe(
      "Thank you — noted on the Secretariat's list that you will not attend the Cocktail reception. This list is not the host's: if you answered the host at https://bit.ly/OEWG_4Mar24, please tell them there too.",
    );
    expect(await h.say(people.secretariat, "set reception deadline next week")).toMatch(
      /^"next week" is not a deadline I can read/,
    );
    h.clock.set("2024-03-05T00:00:00Z");
    expect(await h.say(people.ann, "rsvp declined")).toBe(
      "The Cocktail reception has already begun, so answers are closed.",
    );
    h.clock.set("2024-03-05T14:00:00Z"); // the morning after
    expect(await h.say(people.ann, "rsvp declined")).toBe(
      "The Cocktail reception took place on Mon 4 Mar 2024; answers are closed.",
    );
    h.clock.set("2026-12-03T12:00:00Z");
    expect(await h.say(people.ann, "rsvp attending")).toBe(
      "The Cocktail reception took place on Mon 4 Mar 2024; answers are closed.",
    );
  });

  it("says in French, with the event named whole, that answers are closed", async () => {
    // « Réception (cocktail) a déjà commencé » lacked its article: the title is quoted after its noun.
    const h = await harness({ modules: handlerModules });
    await withRoster(h);
    await h.say(people.claire, "language: français");
    h.clock.set("2024-03-05T00:00:00Z");
    expect(await h.say(people.claire, "rsvp oui")).toBe(
      "L’événement «\u202fRéception (cocktail)\u202f» a déjà commencé\u202f: les réponses sont closes.",
    );
    h.clock.set("2024-03-05T14:00:00Z");
    expect(await h.say(people.claire, "rsvp non")).toBe(
      "L’événement «\u202fRéception (cocktail)\u202f» a eu lieu le lundi 4 mars 2024\u202f; les réponses sont closes.",
    );
  });

  it("understands the usual ways of answering", () => {
    expect(parseRsvp("yes to the reception")).toEqual({
      status: "attending",
      eventWords: "the reception",
      experts: undefined,
    });
    expect(parseRsvp("no")).toMatchObject({ status: "declined" });
    expect(parseRsvp("can’t make it")).toMatchObject({ status: "declined" });
    expect(parseRsvp("maybe")).toMatchObject({ status: "tentative" });
    expect(parseRsvp("attending with no experts")).toMatchObject({
      status: "attending",
      experts: { count: 0, names: [] },
    });
    expect(parseRsvp("attending, experts: Ana Lima and Li Na")).toMatchObject({
      experts: { names: ["Ana Lima", "Li Na"] },
    });
  });

  it("keeps brackets inside a name and drops the list's own", () => {
    expect(parseRsvp("attending with 1 expert: Dr. Ana Lima (Ministry of ICT)").experts).toEqual({
      count: 1,
      names: ["Dr. Ana Lima (Ministry of ICT)"],
    });
    expect(parseRsvp("attending with 2 experts (Ana Lima, Raj Patel)").experts).toEqual({
      count: 2,
      names: ["Ana Lima", "Raj Patel"],
    });
  });

  it("reads 'no' as the answer only when it is the answer, and leaves filler out of the event's name", () => {
    expect(parseRsvp("attending, no experts")).toEqual({
      status: "attending",
      eventWords: undefined,
      experts: { count: 0, names: [] },
    });
    expect(parseRsvp("yes to the reception, no guests")).toEqual({
      status: "attending",
      eventWords: "the reception",
      experts: { count: 0, names: [] },
    });
    expect(parseRsvp("I can't come, sorry")).toEqual({
      status: "declined",
      eventWords: undefined,
      experts: undefined,
    });
    expect(parseRsvp("no, sorry")).toMatchObject({ status: "declined", eventWords: undefined });
    expect(parseRsvp("attending, not sure about experts yet")).toMatchObject({ status: "attending" });
    expect(parseRsvp("not attending")).toMatchObject({ status: "declined" });
  });
});

describe("concurrent clicks", () => {
  it("many clicks by one person at the same moment leave one answer and a right count", async () => {
    const h = await setup();
    const statuses = ["attending", "declined", "tentative"] as const;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        h.press(people.ann, RSVP_ACTION, `${RECEPTION}|${statuses[i % 3]}`, {
          experts_count: "1",
          experts_names: "",
        }),
      ),
    );
    const answers = await h.rsvps.answersFor(RECEPTION);
    expect(answers.map((answer) => answer.userId)).toEqual(["test:ann"]);
    const allocation = allocate(answers);
    const counted =
      allocation.confirmed.length +
      allocation.waitlisted.length +
      allocation.tentative.length +
      allocation.declined.length;
    expect(counted).toBe(1);
  });

  it("many people clicking at once against a capacity: one answer each, never over capacity", async () => {
    const h = await setup();
    const heads = await manyHeads(h, 40);
    expect(await h.say(people.secretariat, "set reception capacity 25")).toBe(
      "Capacity of the Cocktail reception: 25 places. Now 0 confirmed, 0 on the waitlist; anyone whose place changed will be told.",
    );
    await Promise.all(
      heads.flatMap((head, i) => [
        h.press(head, RSVP_ACTION, `${RECEPTION}|attending`, {
          experts_count: String(i % 2),
          experts_names: "",
        }),
        h.press(head, RSVP_ACTION, `${RECEPTION}|attending`, {
          experts_count: String(i % 2),
          experts_names: "",
        }),
      ]),
    );
    const answers = await h.rsvps.answersFor(RECEPTION);
    expect(answers.length).toBe(40);
    const allocation = allocate(answers, 25);
    expect(allocation.confirmedPeople).toBeLessThanOrEqual(25);
    expect(allocation.confirmed.length + allocation.waitlisted.length).toBe(40);
    expect(allocation.confirmedPeople + allocation.waitlistedPeople).toBe(60);
    const report = await h.say(people.secretariat, "reception RSVPs");
    expect(report).toContain(
      `Confirmed: ${allocation.confirmedPeople} people (${allocation.confirmed.length} heads of delegation`,
    );
    expect(report).toContain(
      `Waitlist: ${allocation.waitlistedPeople} people (${allocation.waitlisted.length} answers)`,
    );
  });
});

describe("capacity and waitlist", () => {
  it("promotes the waitlist in order of response when a place frees up, and tells them", async () => {
    const h = await setup();
    await h.say(people.secretariat, "set reception capacity 3");
    await h.say(people.ann, "rsvp attending with 1 expert: Ana Lima");
    h.clock.advance(60_000);
    await h.say(people.claire, "rsvp attending");
    h.clock.advance(60_000);
    expect(await h.say(people.li, "rsvp attending")).toMatch(
      /^You are on the Secretariat's waitlist \(number 1\) for the Cocktail reception .*: its list is full\. I will tell you as soon as a place on it frees up\. This list is kept for the Secretariat; it is not an RSVP to the host\. To confirm your participation, the invitation asks you to RSVP at https:\/\/bit\.ly\/OEWG_4Mar24\.$/,
    );
    await h.deps.scheduler.tick();
    const before = h.textsTo("li").length;
    expect(before).toBe(1);
    h.clock.advance(60_000);
    await h.say(people.claire, "rsvp declined");
    await h.deps.scheduler.tick();
    expect(h.textsTo("li").slice(before)).toEqual([
      `A place has freed up on the Secretariat's list for the Cocktail reception (Mon 4 Mar, 6:30 PM New York time; Tue 5 Mar, 7:30 AM your time (Singapore), next day): you are now on it. This list is kept for the Secretariat; it is not an RSVP to the host. To confirm your participation, the invitation asks you to RSVP at https://bit.ly/OEWG_4Mar24. If you can no longer come, reply "rsvp declined".`,
    ]);
    await h.deps.scheduler.tick();
    expect(h.textsTo("li")).toHaveLength(2);
    expect(await h.say(people.li, "my rsvps")).toContain("attending — on the Secretariat's list");
  });

  it("refuses a party larger than all the places, instead of queueing it for ever", async () => {
    const h = await setup();
    await h.say(people.secretariat, "set reception capacity 3");
    expect(await h.say(people.ann, "rsvp attending with 3 experts: Ana Lima, Raj Patel, Li Na")).toBe(
      "The Cocktail reception has 3 places in all, so a party of 4 can never get one. Answer with fewer experts, or contact the Secretariat. Nothing was changed.",
    );
    expect(await h.rsvps.answer(RECEPTION, "test:ann")).toBeUndefined();
    expect(await h.say(people.ann, "rsvp attending with 2 experts: Ana Lima, Raj Patel")).toMatch(
      /noted on the Secretariat's list as attending/,
    );
  });

  it("keeps the queue position when someone says attending again, and sends to the back after a change of mind", async () => {
    const h = await setup();
    await h.say(people.secretariat, "set reception capacity 1");
    await h.say(people.ann, "rsvp attending");
    h.clock.advance(60_000);
    await h.say(people.claire, "rsvp attending");
    h.clock.advance(60_000);
    await h.say(people.li, "rsvp attending");
    h.clock.advance(60_000);
    expect(await h.say(people.ann, "rsvp attending with 0 experts")).toMatch(
      /noted on the Secretariat's list as attending/,
    );
    await h.say(people.claire, "rsvp tentative");
    h.clock.advance(60_000);
    expect(await h.say(people.claire, "rsvp attending")).toMatch(
      /^You are on the Secretariat's waitlist \(number 2\)/,
    );
    const allocation = allocate(await h.rsvps.answersFor(RECEPTION), 1);
    expect(allocation.waitlisted.map((answer) => answer.name)).toEqual(["Li Wei", "Claire Martin"]);
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.firstRespondedAt).toBe(
      "2024-03-01T12:01:00.000Z",
    );
  });

  it("tells people who lose their place when the capacity shrinks", async () => {
    const h = await setup();
    await h.say(people.ann, "rsvp attending");
    h.clock.advance(60_000);
    await h.say(people.claire, "rsvp attending");
    await h.deps.scheduler.tick();
    expect(await h.say(people.secretariat, "set reception capacity 1")).toMatch(
      /Now 1 confirmed, 1 on the waitlist/,
    );
    await h.deps.scheduler.tick();
    expect(h.textsTo("claire").at(-1)).toBe(
      "The number of places on the Secretariat's list for the Cocktail reception changed: you are now number 1 on its waitlist. I will tell you as soon as a place on it frees up.",
    );
    expect(await h.say(people.secretariat, "set reception capacity -3")).toBe(
      '"-3" is not a capacity; give a whole number of places from 1 to 99999, or "none" for no limit.',
    );
  });
});

describe("invitations", () => {
  it("sends the invitation card to the heads of delegation who can be reached, once", async () => {
    const h = await setup();
    await h.say(people.ann, "hello");
    await h.say(people.claire, "hello");
    await h.say(people.peter, "hello");
    expect(await h.say(people.ann, "send reception invitations")).toBe(
      "Sorry, only the Secretariat can send invitations.",
    );
    expect(await h.say(people.secretariat, "send reception invitations")).toBe(
      "Invitations to the Cocktail reception (role:head_of_delegation): 2 queued now, 0 sent earlier. 1 in scope have not talked to me yet, so I cannot message them: Li Wei. Send the invitations again once they have; nobody gets it twice.",
    );
    await h.deps.scheduler.tick();
    const card = h.platform.sent.find(
      (sent) => sent.to === "test:dm-claire" && sent.message.card?.title?.startsWith("Invitation"),
    )?.message.card;
    expect(card?.title).toBe("Invitation: Cocktail reception");
    expect(card?.buttons?.map((button) => [button.label, button.value])).toEqual([
      ["Attending", `${RECEPTION}|attending`],
      ["Tentative", `${RECEPTION}|tentative`],
      ["Declined", `${RECEPTION}|declined`],
    ]);
    expect(card?.inputs?.map((input) => input.id)).toEqual(["experts_count", "experts_names"]);
    expect(card?.sections[0]?.fields).toContainEqual({
      label: "Your time",
      value: "Tue 5 Mar, 12:30 AM (Paris), next day",
    });
    expect(h.textsTo("peter").filter((text) => text.startsWith("Invitation"))).toEqual([]);
    await h.say(people.li, "hello");
    expect(await h.say(people.secretariat, "send reception invitations")).toMatch(
      /: 1 queued now, 2 sent earlier\.$/,
    );
    await h.deps.scheduler.tick();
    expect(
      h.platform.sent.filter((sent) => sent.message.card?.title === "Invitation: Cocktail reception").length,
    ).toBe(3);
  });

  it("lets someone invited outside the default scope answer", async () => {
    const h = await setup();
    await h.say(people.peter, "hello");
    await h.say(people.secretariat, "send reception invitations to state:KEN");
    await h.deps.scheduler.tick();
    expect(await h.say(people.peter, "rsvp attending")).toMatch(
      /^Thank you — noted on the Secretariat's list as attending/,
    );
  });
});

describe("Secretariat report and export", () => {
  it("says one person and one answer in the singular, in every count of the report", async () => {
    const h = await setup();
    await h.say(people.ann, "rsvp maybe");
    const report = (await h.say(people.secretariat, "reception RSVPs")).split("\n");
    expect(report).toContain("Tentative: 1 person (1 answer)");
    expect(report).toContain("Confirmed: 0 people (0 heads of delegation + 0 experts)");
  });

  it("shows counts and the list in a direct message, and exports CSV", async () => {
    const h = await setup();
    await h.say(people.ann, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
    await h.say(people.claire, "rsvp declined");
    expect(await h.say(people.ann, "reception RSVPs")).toBe(
      "Sorry, only the Secretariat can see the RSVP list.",
    );
    const report = await h.say(people.secretariat, "who is coming to the reception?");
    expect(report.split("\n")).toEqual([
      "RSVPs — Cocktail reception (Mon 4 Mar)",
      "",
      "Confirmed: 3 people (1 head of delegation + 2 experts)",
      "Waitlist: 0 people (0 answers)",
      "Tentative: 0 people (0 answers)",
      "Declined: 1",
      "Not answered: 1 of 3 heads of delegation in the invitation's scope",
      "",
      "Confirmed",
      "• Ann Mwangi (Kenya) + 2: Ana Lima, Raj Patel",
      "",
      "Declined",
      "• Claire Martin (France)",
      "",
      "Not answered yet",
      "• Li Wei (Singapore)",
      "",
      'Party sizes count each invitee plus their experts (3 confirmed). Type "export reception RSVPs" for a CSV.',
    ]);
    const exported = await h.say(people.secretariat, "export reception RSVPs");
    const [heading, ...csv] = exported.split("\n");
    expect(heading).toBe("RSVPs for the Cocktail reception as CSV — copy it into a .csv file:");
    const rows = parse(csv.join("\n"), { columns: true }) as Array<Record<string, string>>;
    expect(
      rows.map((row) => [
        row.name,
        row.answer,
        row.place,
        row.experts_count,
        row.expert_names,
        row.party_size,
      ]),
    ).toEqual([
      ["Ann Mwangi", "attending", "confirmed", "2", "Ana Lima; Raj Patel", "3"],
      ["Claire Martin", "declined", "", "0", "", "0"],
    ]);
    expect(await h.say(people.ann, "export reception RSVPs")).toBe(
      "Sorry, only the Secretariat can export the RSVP list.",
    );
  });

  it("counts someone invited outside the invitation's scope as another invitee, not as a head of delegation", async () => {
    const h = await setup();
    await h.say(people.peter, "hello");
    await h.say(people.secretariat, "send reception invitations to state:KEN");
    await h.deps.scheduler.tick();
    await h.say(people.peter, "rsvp attending with 1 expert: Ana Lima");
    await h.say(people.ann, "rsvp attending with 2 experts: Raj Patel, Li Na");
    await h.say(people.claire, "rsvp attending");
    await h.say(people.li, "rsvp declined");
    const report = (await h.say(people.secretariat, "reception RSVPs")).split("\n");
    // 2 heads of delegation confirmed + 1 declined + 0 not answered = the 3 in scope.
    expect(report.slice(2, 7)).toEqual([
      "Confirmed: 6 people (2 heads of delegation, 1 other invitee + 3 experts)",
      "Waitlist: 0 people (0 answers)",
      "Tentative: 0 people (0 answers)",
      "Declined: 1",
      "Not answered: 0 of 3 heads of delegation in the invitation's scope",
    ]);
  });

  it("the export opens safely in a spreadsheet: names that read as formulas get a leading apostrophe", async () => {
    const h = await setup();
    const rows = [
      'evil@che.example,"=HYPERLINK(""http://evil.example"",""Click"")",CHE,head of delegation',
      "plus@che.example,+41 Test-Delegate,CHE,head of delegation",
    ];
    await h.say(people.secretariat, `import roster\n${ROSTER_CSV}\n${rows.join("\n")}`);
    await h.say(user("evil", { email: "evil@che.example" }), "rsvp attending with 1 expert: Ana Lima");
    await h.say(user("plus", { email: "plus@che.example" }), "rsvp yes");
    const exported = await h.say(people.secretariat, "export reception RSVPs");
    const csv = exported.slice(exported.indexOf("\n") + 1);
    expect(csv).toContain(
      `,"'=HYPERLINK(""http://evil.example"",""Click"")",evil@che.example,CHE,attending,`,
    );
    const parsed = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(
      parsed.map((row) => [row.name, row.experts_count, row.party_size, row.first_responded_at]),
    ).toEqual([
      [`'=HYPERLINK("http://evil.example","Click")`, "1", "2", "2024-03-01T12:00:00.000Z"],
      ["'+41 Test-Delegate", "0", "1", "2024-03-01T12:00:00.000Z"],
    ]);
  });

  it("resolves the rsvp audience for broadcasts", async () => {
    const h = await setup();
    await h.say(people.ann, "rsvp attending");
    await h.say(people.claire, "rsvp maybe");
    const names = async (selector: string) =>
      (await h.deps.audiences.resolve(selector)).map((r) => r.name).sort();
    expect(await names(`rsvp:${RECEPTION}:attending`)).toEqual(["Ann Mwangi"]);
    expect(await names("rsvp:reception:tentative")).toEqual(["Claire Martin"]);
    expect(await names("rsvp:reception:answered")).toEqual(["Ann Mwangi", "Claire Martin"]);
    await expect(h.deps.audiences.resolve("rsvp:gala:attending")).rejects.toThrow(
      'I know no event that takes RSVPs called "gala"',
    );
  });
});

// tester4 item 9: the answer promised the automatic reminder after "stop" had turned it off.
describe("RSVP answers promise only the reminder that will be sent", () => {
  async function full() {
    const { handlerModules } = await import("../../handlers/index.js");
    const h = await harness({ modules: handlerModules });
    await withRoster(h);
    return h;
  }

  it("after 'stop', attending says nothing of a reminder, and none is listed", async () => {
    const h = await full();
    await h.say(people.claire, "remind me before every session");
    expect(await h.say(people.claire, "stop")).toMatch(/no automatic reminders/);
    const answer = await h.say(people.claire, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
    expect(answer).toMatch(/^Thank you — noted on the Secretariat's list as attending/);
    expect(answer).not.toMatch(/remind/i);
    expect(await h.say(people.claire, "my reminders")).not.toMatch(/reception/i);
  });

  it("with one's own reminder for the reception, the answer does not promise the hour-before one", async () => {
    const h = await full();
    expect(await h.say(people.claire, "remind me 30 minutes before the reception")).toMatch(/30 minutes/);
    const answer = await h.say(people.claire, "rsvp attending");
    expect(answer).toMatch(/^Thank you — noted/);
    expect(answer).not.toMatch(/an hour before/);
  });

  it("without either, the answer still promises the hour-before reminder", async () => {
    const h = await full();
    expect(await h.say(people.claire, "rsvp attending")).toMatch(
      /I will remind you an hour before it starts\.$/,
    );
  });
});
