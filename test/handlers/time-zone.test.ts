import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { zoneFromWords } from "../../handlers/time-zone.js";
import { harness, user } from "../reminders/harness.js";

const NO_ZONE = user("nadia"); // a chat app that gives no zone (the console on a server, some clients)
const PARIS = user("paul", { timeZone: "Europe/Paris" });
const NOW = "2024-03-04T13:00:00Z"; // Monday 8:00 AM in New York

const setup = () => harness({ now: NOW, modules: handlerModules });

describe("choosing a time zone in chat", () => {
  it("shows answers in the chosen zone from then on, and says so", async () => {
    const h = await setup();
    expect(await h.say(NO_ZONE, "what's on thursday afternoon?")).not.toContain("Your time");
    expect(await h.say(NO_ZONE, "my time zone is Tokyo")).toBe(
      "Your time zone is now Tokyo (UTC+9): answers and reminders show times in it beside the venue's. Say \"reset my time zone\" to follow your chat app's zone again.",
    );
    expect(await h.say(NO_ZONE, "what's on thursday afternoon?")).toContain(
      "Your time: Fri 8 Mar, 5:00 AM–8:00 AM (Tokyo), next day",
    );
    expect(await h.say(NO_ZONE, "what's my time zone?")).toMatch(
      /^Your time zone is Tokyo \(UTC\+9\), which you chose\./,
    );
  });

  it("labels the zone by the place or offset named, not the zone's own city (tester6 O1, L2)", async () => {
    const h = await setup();
    expect(await h.say(NO_ZONE, "my time zone is Geneva")).toMatch(
      /^Your time zone is now Geneva \(UTC\+1\)/,
    );
    const answer = await h.say(NO_ZONE, "what's on thursday afternoon?");
    expect(answer).toContain("Your time: Thu 7 Mar, 9:00 PM – Fri 8 Mar, 12:00 AM (Geneva)");
    expect(answer).not.toContain("Zurich");
    expect(await h.say(NO_ZONE, "what's my time zone?")).toMatch(
      /^Your time zone is Geneva \(UTC\+1\), which you chose\./,
    );
    // In French too: "Genève", the place as French writes it.
    expect(await h.say(NO_ZONE, "mon fuseau horaire est Genève")).toMatch(/Genève \(UTC\+1\)/);
    expect(await h.say(NO_ZONE, "qu'y a-t-il jeudi après-midi ?")).toContain("(Genève)");
    // An offset typed is shown as typed, not as the city of a zone that keeps it (Kolkata).
    expect(await h.say(NO_ZONE, "my time zone is UTC+5:30")).not.toContain("Kolkata");
    const offset = await h.say(NO_ZONE, "what's on thursday afternoon?");
    expect(offset).toContain("(UTC+5:30)");
    expect(offset).not.toContain("Kolkata");
    // One-shot: "in UTC+5:30" in the question.
    const oneShot = await h.say(PARIS, "when does the next session start in UTC+5:30");
    expect(oneShot).toContain("(UTC+5:30)");
    expect(oneShot).not.toContain("Kolkata");
    // An abbreviation keeps the zone's city; reset forgets the place.
    await h.say(NO_ZONE, "my time zone is JST");
    expect(await h.say(NO_ZONE, "what's on thursday afternoon?")).toContain("(Tokyo)");
  });

  it("takes a zone and a question in one message: sets the zone, then answers in it", async () => {
    const h = await setup();
    const answer = await h.say(NO_ZONE, "my time zone is CET. what's on thursday afternoon?");
    expect(answer).toMatch(/^Your time zone is now Paris \(UTC\+1\)/);
    expect(answer).toContain("Thursday 7 March afternoon");
    expect(answer).toContain("Your time: Thu 7 Mar, 9:00 PM – Fri 8 Mar, 12:00 AM (Paris)");
    // A comma before a question word separates them too.
    expect(await h.say(NO_ZONE, "my time zone is Tokyo, what's on thursday afternoon?")).toContain(
      "Your time: Fri 8 Mar, 5:00 AM–8:00 AM (Tokyo), next day",
    );
    expect(await h.say(NO_ZONE, "my time zone is CET")).toMatch(/^Your time zone is now Paris/);
    // A zone it does not know changes nothing and answers nothing else.
    expect(await h.say(NO_ZONE, "my time zone is Narnia - what's next")).toBe(
      'I don\'t know "Narnia" as a time zone. Name a city ("Tokyo", "Geneva", "New York") or an IANA zone ("Asia/Tokyo").',
    );
    expect(await h.say(NO_ZONE, "what's my time zone?")).toMatch(/^Your time zone is Paris/);
  });

  it("wins over the chat app's zone until reset, then follows the app's again", async () => {
    const h = await setup();
    expect(await h.say(PARIS, "my tz")).toMatch(
      /^Your time zone is Paris \(UTC\+1\), as your chat app gives it\./,
    );
    await h.say(PARIS, "set my time zone to new york");
    // The venue's zone: no second line of times.
    expect(await h.say(PARIS, "what's on thursday afternoon?")).not.toContain("Your time");
    expect(await h.say(PARIS, "reset my time zone")).toBe(
      "Done: times follow your chat app's zone again, Paris (UTC+1).",
    );
    expect(await h.say(PARIS, "what's on thursday afternoon?")).toContain("(Paris)");
    expect(await h.say(PARIS, "reset my time zone")).toMatch(
      /^You had not chosen a time zone; times already follow/,
    );
  });

  it("reminders, sent later, use the chosen zone", async () => {
    const h = await setup();
    await h.say(NO_ZONE, "my time zone is UTC+9");
    await h.say(NO_ZONE, "remind me about capacity-building");
    h.clock.set("2024-03-07T14:45:00Z");
    await h.deps.scheduler.tick();
    await h.deps.scheduler.tick();
    const reminder = h.textsTo("nadia").find((text) => text.startsWith("Reminder:"));
    expect(reminder).toContain("Your time: Fri 8 Mar, 12:00 AM–3:00 AM (UTC+9), next day");
  });

  it.each([
    [
      "my time zone is Atlantis",
      'I don\'t know "Atlantis" as a time zone. Name a city ("Tokyo", "Geneva", "New York") or an IANA zone ("Asia/Tokyo").',
    ],
    ["my time zone is Mars/Olympus", 'I don\'t know "Mars/Olympus" as a time zone.'],
    ["set my time zone to UTC+5:15", '"UTC+5:15" is not an offset any place uses.'],
    ["my time zone is GMT+15", '"GMT+15" is not an offset any place uses.'],
  ])("refuses %j with what to write, and changes nothing", async (text, answer) => {
    const h = await setup();
    await h.say(PARIS, "my time zone is Tokyo");
    expect(await h.say(PARIS, text)).toContain(answer);
    expect((await h.deps.people.contact("test:paul"))?.chosenTimeZone).toBe("Asia/Tokyo");
  });

  it("is listed in help", async () => {
    const h = await setup();
    expect(await h.say(PARIS, "help")).toContain("Your time zone\n• my time zone is Tokyo");
  });
});

describe("zoneFromWords", () => {
  it.each([
    ["Tokyo", "Asia/Tokyo"],
    ["geneva", "Europe/Zurich"],
    ["New York time", "America/New_York"],
    ["asia/kolkata", "Asia/Kolkata"],
    ["UTC", "UTC"],
    ["gmt", "UTC"],
    ["UTC+9", "Etc/GMT-9"],
    ["GMT -5", "Etc/GMT+5"],
    ["utc+0", "UTC"],
    ["Etc/GMT-9", "Etc/GMT-9"],
    ["UTC+5:30", "Asia/Kolkata"],
    ["India", "Asia/Kolkata"],
    ["Brasília", "America/Sao_Paulo"],
    ["JST", "Asia/Tokyo"],
  ])("%j is %s", (words, zone) => {
    expect(zoneFromWords(words)).toBe(zone);
  });
});
