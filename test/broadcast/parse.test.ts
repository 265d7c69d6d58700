import { describe, expect, it } from "vitest";
import { Audiences } from "../../bot/audiences.js";
import { loadCoreConfig, parseRateLimits } from "../../bot/config.js";
import { loadCatalogue } from "../../bot/programme/load.js";
import { parseAudience } from "../../handlers/broadcast/audience.js";
import { parseBroadcastCommand } from "../../handlers/broadcast/parse.js";
import { splitCsv } from "../../handlers/broadcast/tally.js";
import { parseSendTime, venueAt } from "../../handlers/broadcast/when.js";

const catalogue = loadCatalogue();
const audiences = new Audiences();
for (const name of ["everyone", "role", "state", "poc", "rsvp", "subscribers"]) {
  audiences.register({ name, description: name, example: name }, async () => []);
}
const MONDAY_8AM = new Date("2024-03-04T13:00:00Z");
const context = { audiences, catalogue, now: MONDAY_8AM };
const venue = venueAt(catalogue, MONDAY_8AM);

describe("audience phrases", () => {
  it.each([
    ["everyone", "everyone", "everyone"],
    ["to all participants", "everyone", "everyone"],
    ["to delegates", "everyone", "everyone"],
    ["the delegations", "everyone", "everyone"],
    ["heads of delegation", "role:head_of_delegation", "heads of delegation"],
    ["HoDs", "role:head_of_delegation", "heads of delegation"],
    ["delegates of Kenya and France", "state:KEN,FRA", "delegates of Kenya and France"],
    ["delegations of KEN, fra; SGP", "state:KEN,FRA,SGP", "delegates of Kenya, France and Singapore"],
    [
      "delegates from Bosnia and Herzegovina and Trinidad and Tobago",
      "state:BIH,TTO",
      "delegates of Bosnia and Herzegovina and Trinidad and Tobago",
    ],
    ["diplomatic POCs", "poc:diplomatic", "diplomatic POCs"],
    ["technical points of contact", "poc:technical", "technical POCs"],
    [
      "all POCs",
      "poc:all + role:poc",
      "all POCs (the POC directory's records and the roster's POCs, each person once)",
    ],
    [
      "heads of delegation and technical POCs",
      "role:head_of_delegation + poc:technical",
      "heads of delegation and technical POCs",
    ],
    ["state:KEN,FRA", "state:KEN,FRA", "state:KEN,FRA"],
  ])("%s → %s", (phrase, selector, label) => {
    expect(parseAudience(phrase, context)).toEqual({ selector, label });
  });

  it("RSVPs and subscribers name programme occurrences", () => {
    const social = catalogue.occurrences.find((o) => o.kind === "social");
    expect(social).toBeDefined();
    const rsvp = parseAudience("people who RSVP'd yes to the reception", context);
    expect(rsvp.selector).toBe(`rsvp:${social?.id}:attending`);
    expect(parseAudience("people who answered no to the reception", context).selector).toBe(
      `rsvp:${social?.id}:declined`,
    );
    expect(parseAudience("everyone attending the reception", context).selector).toBe(
      `rsvp:${social?.id}:attending`,
    );
    const meeting = catalogue.occurrences.find(
      (o) => o.kind === "meeting" && o.date === "2024-03-07" && o.partOfDay === "afternoon",
    );
    expect(parseAudience("subscribers of the Thursday afternoon meeting", context).selector).toBe(
      `subscribers:${meeting?.id}`,
    );
    expect(parseAudience(`subscribers of ${meeting?.id}`, context).selector).toBe(
      `subscribers:${meeting?.id}`,
    );
  });

  it("says what it could not read", () => {
    expect(() => parseAudience("delegates of Atlantis and Kenya", context)).toThrow(
      'I don\'t recognise "atlantis" as a State.',
    );
    expect(() => parseAudience("delegates of Antarctica and Kenya", context)).toThrow(
      'I don\'t recognise "antarctica" as a State. "antarctica" is Antarctica (ATA), which is not a UN Member State or observer State. Use UN names',
    );
    expect(() => parseAudience("the chess club", context)).toThrow(
      /^I don't know the audience "the chess club"/,
    );
    expect(() => parseAudience("subscribers of the underwater basket weaving", context)).toThrow(
      'I can\'t find the session "the underwater basket weaving" in the programme. Give its title or its id.',
    );
    expect(() => parseAudience("", context)).toThrow(/^Say who the broadcast is for/);
  });
});

describe("the broadcast command", () => {
  it.each([
    [
      "to heads of delegation: The afternoon meeting moves to Conference Room 4",
      "to heads of delegation",
      undefined,
      false,
    ],
    [
      "to heads of delegation at 14:00: Room 4 from 3 PM",
      "to heads of delegation",
      "2024-03-04T19:00:00.000Z",
      false,
    ],
    [
      "to everyone tomorrow 9am, requiring acknowledgement: Badge pickup",
      "to everyone",
      "2024-03-05T14:00:00.000Z",
      true,
    ],
    [
      "requiring acknowledgement to technical POCs: Ping test on 10 June",
      "to technical POCs",
      undefined,
      true,
    ],
    ["tomorrow at 9:30 to delegates of Kenya: x", "delegates of Kenya", "2024-03-05T14:30:00.000Z", false],
    [
      "to subscribers of the Thursday afternoon meeting: Moved",
      "to subscribers of the Thursday afternoon meeting",
      undefined,
      false,
    ],
    [
      "to everyone on Thursday at 10am (ack required): Closing",
      "to everyone",
      "2024-03-07T15:00:00.000Z",
      true,
    ],
    // Day words, weekdays, dates and bare times belong to the time, not to the audience.
    ["to everyone Thursday at 10am: Closing", "to everyone", "2024-03-07T15:00:00.000Z", false],
    ["to everyone Fri 9am: Closing", "to everyone", "2024-03-08T14:00:00.000Z", false],
    ["to delegates of Kenya 5 March at 9am: x", "to delegates of Kenya", "2024-03-05T14:00:00.000Z", false],
    ["to delegates of Kenya March 5 at 9am: x", "to delegates of Kenya", "2024-03-05T14:00:00.000Z", false],
    ["to heads of delegation 3pm: x", "to heads of delegation", "2024-03-04T20:00:00.000Z", false],
    ["to heads of delegation 15:00: x", "to heads of delegation", "2024-03-04T20:00:00.000Z", false],
    ["to everyone today at noon: x", "to everyone", "2024-03-04T17:00:00.000Z", false],
  ])("%s", (rest, audiencePhrase, sendAt, requiresAck) => {
    const command = parseBroadcastCommand(rest, MONDAY_8AM, venue);
    expect({
      audiencePhrase: command.audiencePhrase,
      sendAt: command.sendAt?.toISOString(),
      requiresAck: command.requiresAck,
    }).toEqual({
      audiencePhrase,
      sendAt,
      requiresAck,
    });
  });

  it("names a send time in the past as such, never as part of the audience", () => {
    const read =
      (rest: string, now = MONDAY_8AM) =>
      () =>
        parseBroadcastCommand(rest, now, venue);
    expect(read("to everyone yesterday at 9am: past time")).toThrow(
      '"yesterday at 9am" (Sun 3 Mar, 9:00 AM New York time) is in the past; it is now Mon 4 Mar, 8:00 AM New York time. Give a later time, or leave the time out to send on confirmation.',
    );
    expect(read("to heads of delegation last Friday at 9am: x")).toThrow(
      '"last Friday at 9am" (Fri 1 Mar, 9:00 AM New York time) is in the past;',
    );
    expect(read("yesterday at 9am to everyone: x")).toThrow(
      /^"yesterday at 9am" \(Sun 3 Mar.*is in the past;/,
    );
    // A date of this year that has passed is in the past, not "more than 90 days ahead" next year.
    expect(read("to everyone 5 March at 9am: x", new Date("2024-06-14T14:40:00Z"))).toThrow(
      '"5 March at 9am" (Tue 5 Mar, 9:00 AM New York time) is in the past; it is now Fri 14 Jun, 10:40 AM New York time.',
    );
    expect(read("to everyone tomorrow: x")).toThrow(
      '"tomorrow" needs a time of day: write e.g. "tomorrow 9am" or "tomorrow at 14:00" (New York time).',
    );
    expect(read("to everyone yesterday: x")).toThrow(
      '"yesterday" is in the past. Give a later time, or leave the time out to send on confirmation.',
    );
    expect(read("to delegates of Kenya tonight: x")).toThrow('"tonight" needs a time of day');
  });

  it("keeps the message as written, colons and times included", () => {
    expect(
      parseBroadcastCommand("to everyone: Note: the 15:00 session starts at 15:30", MONDAY_8AM, venue).text,
    ).toBe("Note: the 15:00 session starts at 15:30");
  });
});

describe("send times in the venue's zone", () => {
  it.each([
    ["at 14:00", "2024-03-04T19:00:00.000Z"],
    ["at 7:00", "2024-03-05T12:00:00.000Z"], // already past today: tomorrow
    ["tomorrow 9am", "2024-03-05T14:00:00.000Z"],
    ["in 30 minutes", "2024-03-04T13:30:00.000Z"],
    ["Thursday afternoon", undefined], // no hour: not a send time
  ])("%s → %s", (phrase, expected) => {
    expect(parseSendTime(phrase, MONDAY_8AM, venue)?.toISOString()).toBe(expected);
  });

  it("crosses the daylight-saving change: 9 AM New York is 13:00 UTC on 11 March 2024", () => {
    expect(parseSendTime("on 11 March at 9am", new Date("2024-03-08T15:00:00Z"), venue)?.toISOString()).toBe(
      "2024-03-11T13:00:00.000Z",
    );
  });

  it("refuses the past and the far future", () => {
    expect(() => parseSendTime("today at 7am", MONDAY_8AM, venue)).toThrow(/is in the past/);
    expect(() => parseSendTime("on 1 December at 9am", MONDAY_8AM, venue)).toThrow(/more than 90 days ahead/);
  });
});

describe("outbox rate limits from the environment", () => {
  it("reads per-platform limits and a default for the others", () => {
    expect(parseRateLimits("chat=50/1s;meet=30/1s,1800/1h;*=20/1s")).toEqual({
      chat: [{ limit: 50, perMs: 1_000 }],
      meet: [
        { limit: 30, perMs: 1_000 },
        { limit: 1_800, perMs: 3_600_000 },
      ],
      "*": [{ limit: 20, perMs: 1_000 }],
    });
    expect(parseRateLimits("")).toEqual({});
    expect(
      loadCoreConfig({ OUTBOX_RATE_LIMITS: "chat=50/1100ms,5/110ms", OUTBOX_CONCURRENCY: "16" }),
    ).toMatchObject({
      OUTBOX_RATE_LIMITS: {
        chat: [
          { limit: 50, perMs: 1_100 },
          { limit: 5, perMs: 110 },
        ],
      },
      OUTBOX_CONCURRENCY: 16,
    });
    expect(loadCoreConfig({}).OUTBOX_RATE_LIMITS).toEqual({});
    expect(() => loadCoreConfig({ OUTBOX_RATE_LIMITS: "chat=fast" })).toThrow(
      'Core configuration is not valid. Set or fix: OUTBOX_RATE_LIMITS: "fast" (for chat) should look like <count>/<window>, e.g. 30/1s or 1800/1h',
    );
    expect(parseRateLimits("chat=50")).toBe(
      '"50" (for chat) should look like <count>/<window>, e.g. 30/1s or 1800/1h',
    );
  });
});

describe("CSV split between messages", () => {
  it("repeats the header and never splits a row", () => {
    const csv = `h1,h2\n${Array.from({ length: 50 }, (_, i) => `row${i},x\n`).join("")}`;
    const parts = splitCsv(csv, 100);
    expect(parts.every((part) => part.startsWith("h1,h2\n") && part.length <= 100)).toBe(true);
    expect(parts.flatMap((part) => part.split("\n").slice(1, -1))).toEqual(
      Array.from({ length: 50 }, (_, i) => `row${i},x`),
    );
  });
});
