/**
 * Changes said in chat by the Secretariat: each is previewed like a revised file, published
 * on confirmation, and a phrase that cannot be made changes nothing and says why.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "../reminders/harness.js";

type Harness = Awaited<ReturnType<typeof harness>>;

async function setUp(): Promise<Harness> {
  const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
  await withRoster(h);
  return h;
}

function occurrence(h: Harness, id: string) {
  const found = h.deps.catalogue.byId.get(id);
  if (!found || found.kind === "notice") throw new Error(`no ${id}`);
  return found;
}

async function publish(h: Harness): Promise<string> {
  return h.say(people.secretariat, "publish");
}

describe("chat-phrased changes", () => {
  it("move Thursday afternoon to 3:30 PM keeps its length", async () => {
    const h = await setUp();
    const preview = await h.say(people.secretariat, "move Thursday afternoon to 3:30 PM");
    expect(preview).toContain(
      "moved to Thu 7 Mar, 3:30 PM–6:30 PM New York time (was Thu 7 Mar, 3:00 PM–6:00 PM)",
    );
    expect(await publish(h)).toMatch(/^Published version 2/);
    expect(occurrence(h, "oewg-7-2024-03-07-pm")).toMatchObject({ startTime: "15:30", endTime: "18:30" });
    expect(await h.say(people.secretariat, "programme history")).toContain(
      "moved Regular institutional dialogue, Thu 7 Mar",
    );
  });

  it("the room for Tuesday morning is Conference Room 4", async () => {
    const h = await setUp();
    const preview = await h.say(people.secretariat, "the room for Tuesday morning is Conference Room 4");
    expect(preview).toMatch(
      /the room is now United Nations Headquarters, Conference Room 4|the room is now Conference Room 4/,
    );
    expect(preview).toContain("Changes (1)");
    // A meeting with timed items: the room is said once, for the meeting.
    expect(await h.say(people.secretariat, "the room for the POC meeting is Conference Room 1")).toContain(
      "Changes (1)\n• First meeting of the POCs: the room is now Conference Room 1 (none was given before)",
    );
    expect(await h.say(people.secretariat, "the room for Tuesday morning is Conference Room 4")).toContain(
      "Changes (1)",
    );
    await publish(h);
    const tuesday = occurrence(h, "oewg-7-2024-03-05-am");
    expect(tuesday.kind === "meeting" && tuesday.meeting.room).toBe("Conference Room 4");
  });

  it("the connection link for the POC meeting replaces the notice that it would come", async () => {
    const h = await setUp();
    const preview = await h.say(
      people.secretariat,
      "the connection link for the POC meeting is https://meet.example.org/poc-1",
    );
    expect(preview).toContain("links are now Connection link: https://meet.example.org/poc-1");
    await publish(h);
    const poc = h.deps.catalogue.programmes.find((entry) => entry.id === "poc-meeting-1");
    expect(poc?.programme.links).toEqual([
      { label: "Connection link", url: "https://meet.example.org/poc-1" },
    ]);
    // The notice that the link would come is gone; the letter's other facts stay.
    expect(poc?.programme.notices.map((notice) => notice.about)).toEqual([
      "purpose of the meeting",
      "Note Verbale calling for POC nominations",
      "request in the second annual progress report",
      "who is invited",
    ]);
    expect(await h.say(people.secretariat, "the connection link for the POC meeting is soon")).toMatch(
      /"soon" is not a web address/,
    );
  });

  it("cancel the reception marks it cancelled; an RSVP's 'cancel' is not taken for it", async () => {
    const h = await setUp();
    await h.say(people.ann, "rsvp attending");
    const preview = await h.say(people.secretariat, "cancel the reception");
    expect(preview).toContain("Cocktail reception (Mon 4 Mar, 6:30 PM) is CANCELLED");
    // Her RSVP "attending" also gives her the automatic reminder: told once.
    expect(preview).toContain("1 with reminders, 1 with RSVPs");
    expect(preview).toContain("1 person will be told, once each");
    expect(await h.say(people.secretariat, "cancel my rsvp")).not.toContain("Revision of the programme");
    await publish(h);
    const reception = occurrence(h, "oewg-7-reception-2024-03-04");
    expect(reception.kind === "social" && reception.event.cancelled).toBe(true);
    expect(h.deps.programmes.version).toBe(2);
    expect(await h.say(people.secretariat, "cancel the reception")).toBe(
      '"Cocktail reception" is already cancelled.',
    );
  });

  it("add a side event on Wednesday 1:15–2:30 PM in Conference Room 11 about …", async () => {
    const h = await setUp();
    const preview = await h.say(
      people.secretariat,
      "add a side event on Wednesday 1:15–2:30 PM in Conference Room 11 about capacity-building for POCs",
    );
    expect(preview).toContain("New: Capacity-building for POCs, Wed 6 Mar, 1:15 PM–2:30 PM New York time");
    await publish(h);
    expect(occurrence(h, "oewg-7-side-event-2024-03-06-1315")).toMatchObject({
      kind: "social",
      startTime: "13:15",
      endTime: "14:30",
    });
  });

  it("says why when a phrase cannot be made, and changes nothing", async () => {
    const h = await setUp();
    expect(await h.say(people.secretariat, "move Thursday to 3:30 PM")).toMatch(
      /^"Thursday" names 2 sessions: .*Say which one/,
    );
    expect(await h.say(people.secretariat, "move Thursday afternoon to teatime")).toMatch(
      /^I couldn't read a time in "teatime"/,
    );
    expect(await h.say(people.secretariat, "move the gala dinner to 3 PM")).toMatch(
      /^I couldn't find "the gala dinner" in the programme; nothing was changed/,
    );
    expect(await h.say(people.secretariat, "move Thursday afternoon to 11 PM")).toBe(
      "That would move part of it past midnight; send the revised file instead.",
    );
    expect(await h.say(people.secretariat, "the room for the reception is Room 2")).toMatch(
      /takes place at an address/,
    );
    expect(await h.say(people.ann, "move Thursday afternoon to 3:30 PM")).not.toContain("preview");
    expect(h.deps.programmes.version).toBe(1);
  });
});
