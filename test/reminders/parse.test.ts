import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../bot/programme/load.js";
import { leadOf, parseRemind, readReminderCommand, tidy } from "../../handlers/reminders/parse.js";
import { resolveOccurrences } from "../../handlers/reminders/resolve.js";

/** What a message asks of the reminders, read as far as the words go (no programme yet). */
function read(text: string) {
  const command = readReminderCommand(text);
  if (command?.kind !== "remind") return command;
  const { what, leadMinutes } = parseRemind(command.rest);
  return { kind: "remind", what, ...(leadMinutes === undefined ? {} : { leadMinutes }) };
}

describe("reading reminder phrases", () => {
  it.each([
    // the phrasings of issue 14
    [
      "remind me 10 minutes before the next session",
      { kind: "remind", what: "the next session", leadMinutes: 10 },
    ],
    ["stop", { kind: "stop" }],
    ["Stop.", { kind: "stop" }],
    ["unsubscribe", { kind: "stop" }],
    ["UNSUBSCRIBE", { kind: "stop" }],
    ["remind me the day before the reception", { kind: "remind", what: "the reception", leadMinutes: 1440 }],
    [
      "change my reminder to 30 minutes before",
      { kind: "change", all: false, latest: false, leadText: "30 minutes before" },
    ],
    ["stop the ping reminders", { kind: "stop", what: "ping" }],
    // politeness, slips and other ways of saying it
    ["pls remind me before the reception", { kind: "remind", what: "the reception" }],
    ["Please remind me about the reception, thanks!", { kind: "remind", what: "the reception" }],
    ["Hi, could you pls remmind me about the next session?", { kind: "remind", what: "the next session" }],
    ["remnd me before the next session", { kind: "remind", what: "the next session" }],
    // A slip in what is named: "sesion" named nothing, and the programme's last item was chosen.
    [
      "remind me 10 minutes before the next sesion",
      { kind: "remind", what: "the next session", leadMinutes: 10 },
    ],
    ["remind me before the recepion", { kind: "remind", what: "the reception" }],
    [
      "can you remind me when the next session starts?",
      { kind: "remind", what: "the next session", leadMinutes: 0 },
    ],
    ["set a reminder for the reception", { kind: "remind", what: "the reception" }],
    ["reminder for the next session", { kind: "remind", what: "the next session" }],
    [
      "remind me ten minutes before the next session",
      { kind: "remind", what: "the next session", leadMinutes: 10 },
    ],
    [
      "remind me a quarter of an hour before the reception",
      { kind: "remind", what: "the reception", leadMinutes: 15 },
    ],
    ["remind me 10 mins b4 the next session", { kind: "remind", what: "the next session", leadMinutes: 10 }],
    [
      "remind me about the ping test on the previous day",
      { kind: "remind", what: "the ping test", leadMinutes: 1440 },
    ],
    ["stop reminders", { kind: "stop" }],
    ["stop all my reminders", { kind: "stop" }],
    ["no more reminders please", { kind: "stop" }],
    ["don't remind me anymore", { kind: "stop" }],
    ["stop sending me reminders", { kind: "stop" }],
    ["stop reminders about the reception", { kind: "stop", what: "the reception" }],
    ["stop reminding me about the ping test", { kind: "stop", what: "the ping test" }],
    ["cancel my reception reminder", { kind: "stop", what: "reception" }],
    ["unsubscribe from the ping test", { kind: "stop", what: "the ping test" }],
    ["don't remind me about the reception", { kind: "stop", what: "the reception" }],
    ["stop reminders for every session", { kind: "stop", what: "every session" }],
    [
      "change all my reminders to 1 hour before",
      { kind: "change", all: true, latest: false, leadText: "1 hour before" },
    ],
    ["change my reminders to 5 min", { kind: "change", all: true, latest: false, leadText: "5 min" }],
    [
      "change my reminder for the reception to 2 hours before",
      { kind: "change", what: "the reception", all: false, latest: false, leadText: "2 hours before" },
    ],
    [
      "change my reception reminder to 2 hours",
      { kind: "change", what: "reception", all: false, latest: false, leadText: "2 hours" },
    ],
    [
      // The shapes other languages are read into (without "to"; Chinese order).
      "change the reminder for reception 1 hour before",
      { kind: "change", what: "reception", all: false, latest: false, leadText: "1 hour before" },
    ],
    [
      "change the reminder for thursday to 30 minutes before",
      { kind: "change", what: "thursday", all: false, latest: false, leadText: "30 minutes before" },
    ],
    [
      "reception reminder change to before 1 hours",
      { kind: "change", what: "reception", all: false, latest: false, leadText: "before 1 hours" },
    ],
    [
      "thursday reminders change to 30 minutes before",
      { kind: "change", what: "thursday", all: true, latest: false, leadText: "30 minutes before" },
    ],
    [
      "move my reminder to the day before",
      { kind: "change", all: false, latest: false, leadText: "the day before" },
    ],
    [
      "make it half an hour before",
      { kind: "change", all: false, latest: true, leadText: "half an hour before" },
    ],
    ["my reminders", { kind: "list" }],
    ["show my reminders", { kind: "list" }],
    ["what reminders do I have?", { kind: "list" }],
    ["do I have any reminders?", { kind: "list" }],
    ["reminders", { kind: "list" }],
  ])("%j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    "when is the next session?",
    "what's next?",
    "stop the ping test",
    "cancel the ping test",
    "tell me about the reception",
    "rsvp attending",
    "change my rsvp to 1 expert",
    "set reception deadline 2024-03-01",
    "make it so",
    "next steps",
    "remains of the day",
  ])("leaves %j to other features", (text) => {
    expect(readReminderCommand(text)).toBeUndefined();
  });

  it("reads a lead given alone, and nothing else", () => {
    expect([
      leadOf("30 minutes before"),
      leadOf("30 minutes"),
      leadOf("an hour"),
      leadOf("the day before"),
      leadOf("at the start"),
    ]).toEqual([30, 30, 60, 1440, 0]);
    expect(leadOf("the reception")).toBeUndefined();
    expect(leadOf("3pm")).toBeUndefined();
  });

  it("tidies politeness and forgives one slipped letter only in the feature's own words", () => {
    expect(tidy("Hey bot, please remmind me about the reception!!")).toBe("remind me about the reception");
    expect(tidy("kindly stop the remiders")).toBe("stop the reminders");
    expect(tidy("remain calm")).toBe("remain calm");
  });

  it.each([
    ["remind me in 10 minutes", /not at a clock time/],
    ["remind me at 3pm about the next session", /not at a clock time/],
    ["remind me 2 days before the reception", /up to 24 hours before; "2 days before" is outside that/],
    ["remind me", /^Remind you of what\?/],
  ])("refuses %j with a specific answer", (text, answer) => {
    const command = readReminderCommand(text);
    expect(command?.kind).toBe("remind");
    expect(() => parseRemind(command?.kind === "remind" ? command.rest : "")).toThrow(answer);
  });
});

describe("'next' is read on the bot's clock, never as a search word", () => {
  const catalogue = loadCatalogue();
  const ids = (text: string, now: string) =>
    resolveOccurrences(catalogue, text, new Date(now)).map((occurrence) => occurrence.id);

  it.each([
    ["the next session", "2024-03-07T14:50:00-05:00", ["oewg-7-2024-03-07-pm"]],
    ["next session", "2024-03-07T09:00:00-05:00", ["oewg-7-2024-03-07-am"]],
    ["my next meeting", "2024-03-07T15:00:00-05:00", ["oewg-7-2024-03-08-am"]],
    ["the next one", "2024-03-08T18:00:00-05:00", ["poc-meeting-1-2024-05-09"]],
    ["the next event", "2024-03-04T16:00:00-05:00", ["oewg-7-reception-2024-03-04"]],
    ["the next session on Friday", "2024-03-06T12:00:00-05:00", ["oewg-7-2024-03-08-am"]],
    ["the next session", "2024-06-01T00:00:00-04:00", []],
    // What follows "next" is what is searched ("next steps" in an item's keywords answered these).
    ["the next xyzzy", "2024-03-06T10:00:00-05:00", []],
    ["the next capacity-building session", "2024-03-06T10:00:00-05:00", ["oewg-7-capacity-building"]],
    ["the next reception", "2024-03-06T10:00:00-05:00", ["oewg-7-reception-2024-03-04"]],
  ])("%j at %s", (text, now, expected) => {
    expect(ids(text, now)).toEqual(expected);
  });

  it("still finds an item by its keyword 'next steps'", () => {
    expect(ids("next steps", "2024-03-07T14:50:00-05:00")).toEqual(["poc-meeting-1-way-forward-closing"]);
  });
});
