/**
 * RSVP as the invitation says it (issue 14, item 9): "To confirm your participation, please
 * RSVP at https://bit.ly/OEWG_4Mar24". Unless the programme file says the chat list is the
 * organiser's, answers given here go to a list the bot keeps for the Secretariat: every reply
 * says so and gives the organiser's link, no place is confirmed on the host's behalf, and no
 * rule the letter does not contain is stated.
 */
import { describe, expect, it } from "vitest";
import { parseProgrammeFile } from "../../bot/programme/load.js";
import { RSVP_ACTION } from "../../handlers/rsvp/cards.js";
import { harness, people, testCatalogue, withRoster } from "../reminders/harness.js";

const LINK = "https://bit.ly/OEWG_4Mar24";
const HOST =
  "This list is kept for the Secretariat; it is not an RSVP to the host. To confirm your participation, the invitation asks you to RSVP at https://bit.ly/OEWG_4Mar24.";
/** Words that would confirm a place for the host or state a rule the letter does not give. */
const NOT_IN_THE_LETTER =
  /place is confirmed|confirmed place|does not hold a place|holds no place|deadline|answer by/i;

async function setup(now = "2024-03-01T12:00:00Z") {
  const h = await harness({ now });
  await withRoster(h);
  return h;
}

describe("the bot's RSVP is the Secretariat's list, and says so", () => {
  it.each([
    [
      "rsvp attending with 1 expert: Ana Lima",
      /^Thank you — noted on the Secretariat's list as attending the Cocktail reception/,
    ],
    [
      "rsvp tentative",
      /^Noted as tentative for the Cocktail reception .* on the Secretariat's list; say "rsvp attending" when you know\./,
    ],
    [
      "rsvp declined",
      /^Thank you — noted on the Secretariat's list that you will not attend the Cocktail reception\./,
    ],
    ["I will attend the reception", /^Thank you — noted on the Secretariat's list as attending/],
    ["change my rsvp to tentative", /^Noted as tentative/],
  ])("%j: the organiser's link, no place confirmed, no invented rule", async (text, start) => {
    const h = await setup();
    const answer = await h.say(people.ann, text);
    expect(answer).toMatch(start);
    expect(answer).toContain(LINK);
    expect(answer).not.toMatch(NOT_IN_THE_LETTER);
  });

  it("'my RSVPs' gives the answer on the Secretariat's list and the organiser's link, and no deadline the letter lacks", async () => {
    const h = await setup();
    await h.say(people.ann, "rsvp attending");
    const mine = await h.say(people.ann, "my RSVPs");
    expect(mine).toContain("Your answer: attending — on the Secretariat's list");
    expect(mine).toContain(
      `RSVP to the host: ${LINK} (answers here go to the Secretariat's list, not to the host)`,
    );
    expect(mine).not.toMatch(NOT_IN_THE_LETTER);
  });

  it("the invitation card the Secretariat sends carries the organiser's link and no deadline", async () => {
    const h = await setup();
    await h.say(people.claire, "hello");
    await h.say(people.secretariat, "send reception invitations");
    await h.deps.scheduler.tick();
    const card = h.platform.sent.find(
      (sent) => sent.to === "test:dm-claire" && sent.message.card?.title?.startsWith("Invitation"),
    )?.message.card;
    expect(card?.sections[0]?.text).toBe(
      [
        "H.E. Ambassador Burhan Gafoor, Chair of the OEWG and Permanent Representative of Singapore to the United Nations has the honour to invite you.",
        HOST,
      ].join("\n"),
    );
    expect(card?.sections[0]?.fields).toContainEqual({ label: "RSVP to the host", value: LINK });
    expect(card?.sections[0]?.fields?.map((field) => field.label)).not.toContain("Answer here by");
    expect(card?.footer).toMatch(/until the event starts/);
  });

  it("a place freed on a capacity the Secretariat set is a place on its list, with the link", async () => {
    const h = await setup();
    await h.say(people.secretariat, "set reception capacity 1");
    await h.say(people.ann, "rsvp attending");
    expect(await h.say(people.claire, "rsvp attending")).toMatch(
      /^You are on the Secretariat's waitlist \(number 1\)/,
    );
    await h.say(people.ann, "rsvp declined");
    await h.deps.scheduler.tick();
    await h.deps.scheduler.tick();
    const notice = h.textsTo("claire").find((text) => text.startsWith("A place has freed up"));
    expect(notice).toContain("on the Secretariat's list for the Cocktail reception");
    expect(notice).toContain(LINK);
    expect(notice).not.toMatch(NOT_IN_THE_LETTER);
  });
});

describe("a programme file whose chat list is the organiser's", () => {
  const catalogue = () =>
    testCatalogue({
      zone: "America/New_York",
      meetings: [{ id: "m-1", date: "2024-03-04", start: "10:00", end: "13:00" }],
      reception: {
        date: "2024-03-04",
        start: "18:30",
        chatList: "organiser",
        link: "https://example.org/rsvp",
      },
    });

  it("confirms places as the organiser's list, with no word about the Secretariat's", async () => {
    const h = await harness({ now: "2024-03-01T12:00:00Z", catalogue: catalogue() });
    await withRoster(h);
    const answer = await h.say(people.ann, "rsvp attending");
    expect(answer).toMatch(/^Thank you — you are attending the Test reception .*: your place is confirmed\./);
    expect(answer).not.toMatch(/Secretariat|example\.org/);
    expect(await h.say(people.ann, "my RSVPs")).toContain("Your answer: attending — your place is confirmed");
    expect(await h.say(people.claire, "rsvp tentative")).not.toMatch(/does not hold a place/);
  });

  it("is validated: an unknown owner is refused with the path", () => {
    const yaml = [
      "id: x",
      "series: X",
      "title: X",
      "shortTitle: X",
      "status: provisional",
      "version: 1",
      "timeZone: America/New_York",
      "venue: { name: V, city: New York }",
      "source: { kind: letter, date: 2024-01-01, from: Chair }",
      "meetings:",
      "  - { id: x-1, date: 2024-03-04, start: '10:00', end: '11:00', items: [{ id: x-1-a, title: A, types: [discussion] }] }",
      "socialEvents:",
      "  - id: x-r",
      "    kind: reception",
      "    title: R",
      "    date: 2024-03-04",
      "    start: '18:30'",
      "    place: { name: P, address: [1 Street] }",
      "    rsvp: { required: true, chatList: host }",
    ].join("\n");
    const result = parseProgrammeFile(yaml, "data/x.yaml");
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain("socialEvents[0].rsvp.chatList");
  });
});

describe("nobody is asked again", () => {
  it("invitations skip people who have answered, and one queued before an answer is not sent", async () => {
    const h = await setup();
    for (const person of [people.ann, people.claire, people.li]) await h.say(person, "hello");
    await h.say(people.ann, "rsvp declined");
    expect(await h.say(people.secretariat, "send reception invitations")).toBe(
      "Invitations to the Cocktail reception (role:head_of_delegation): 2 queued now, 0 sent earlier, 1 not sent because they have answered already.",
    );
    // Claire answers by typing before the card goes out: the card is not sent.
    await h.say(people.claire, "rsvp attending");
    await h.deps.scheduler.tick();
    const cards = (name: string) =>
      h.platform.sent.filter(
        (sent) => sent.to === `test:dm-${name}` && sent.message.card?.title?.startsWith("Invitation"),
      );
    expect(cards("ann")).toEqual([]);
    expect(cards("claire")).toEqual([]);
    expect(cards("li")).toHaveLength(1);
    // Li answers with the card's button; the card is not sent again.
    await h.press(people.li, RSVP_ACTION, "oewg-7-reception-2024-03-04|attending");
    expect(await h.say(people.secretariat, "send reception invitations")).toMatch(
      /: 0 queued now, 0 sent earlier, 3 not sent because they have answered already\.$/,
    );
  });

  it("once the event has begun, nothing asks anyone: no invitation, 'my RSVPs' offers no answer", async () => {
    const h = await setup("2024-03-05T12:00:00Z");
    await h.say(people.claire, "hello");
    expect(await h.say(people.secretariat, "send reception invitations")).toMatch(/has already begun/);
    const mine = await h.say(people.claire, "my RSVPs");
    expect(mine).not.toMatch(/not answered yet|rsvp attending|RSVP to the host/);
  });
});
