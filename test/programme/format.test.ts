import { describe, expect, it } from "vitest";
import {
  describeWhen,
  formatDate,
  formatSpan,
  zoneDifference,
  zoneFooter,
  zoneName,
} from "../../bot/programme/format.js";
import {
  addDays,
  isLocalDate,
  isValidTimeZone,
  localDateTime,
  utcOffsetMinutes,
  wallTimeToInstant,
  weekdayOf,
} from "../../bot/programme/time.js";

const NEW_YORK = { venueZone: "America/New_York", venueLabel: "New York time" };
const at = (iso: string) => Date.parse(iso);

describe("wall times in New York, across daylight-saving time", () => {
  it.each([
    { date: "2024-03-04", time: "10:00", utc: "2024-03-04T15:00:00.000Z", note: "EST, UTC−5" },
    {
      date: "2024-03-08",
      time: "18:00",
      utc: "2024-03-08T23:00:00.000Z",
      note: "last EST evening of the session",
    },
    { date: "2024-03-10", time: "03:00", utc: "2024-03-10T07:00:00.000Z", note: "first EDT hour" },
    { date: "2024-05-09", time: "10:00", utc: "2024-05-09T14:00:00.000Z", note: "EDT, UTC−4" },
    { date: "2024-06-10", time: "00:00", utc: "2024-06-10T04:00:00.000Z", note: "ping test day starts" },
    {
      date: "2024-11-03",
      time: "01:30",
      utc: "2024-11-03T05:30:00.000Z",
      note: "repeated hour: the first (EDT)",
    },
  ])("$date $time is $utc ($note)", ({ date, time, utc }) => {
    expect(new Date(wallTimeToInstant(date, time, "America/New_York") ?? Number.NaN).toISOString()).toEqual(
      utc,
    );
  });

  it("says a skipped wall time does not exist", () => {
    expect(wallTimeToInstant("2024-03-10", "02:30", "America/New_York")).toEqual(undefined);
  });

  it("names the zone with the abbreviation and offset in force", () => {
    expect(zoneName(at("2024-03-07T15:00:00Z"), "America/New_York")).toEqual("EST, UTC−5");
    expect(zoneName(at("2024-05-09T14:00:00Z"), "America/New_York")).toEqual("EDT, UTC−4");
    expect(zoneName(at("2024-05-09T14:00:00Z"), "Asia/Kolkata")).toEqual("UTC+5:30");
    expect(zoneName(at("2024-05-09T14:00:00Z"), "UTC")).toEqual("UTC");
    expect(
      zoneFooter(
        [at("2024-03-07T15:00:00Z"), at("2024-05-09T14:00:00Z")],
        "America/New_York",
        "New York time",
      ),
    ).toEqual("Times in New York time (EST, UTC−5; EDT, UTC−4)");
  });
});

describe("times for the asker", () => {
  const thursdayMorning = { start: at("2024-03-07T15:00:00Z"), end: at("2024-03-07T18:00:00Z") };

  it.each([
    {
      zone: "Asia/Tokyo",
      asker: "Fri 8 Mar, 12:00 AM–3:00 AM your time (Tokyo), next day",
      dayShift: "next day",
    },
    {
      zone: "Europe/London",
      asker: "Thu 7 Mar, 3:00 PM–6:00 PM your time (London)",
      dayShift: undefined,
    },
    {
      zone: "America/Los_Angeles",
      asker: "Thu 7 Mar, 7:00 AM–10:00 AM your time (Los Angeles)",
      dayShift: undefined,
    },
    {
      zone: "Pacific/Auckland",
      asker: "Fri 8 Mar, 4:00 AM–7:00 AM your time (Auckland), next day",
      dayShift: "next day",
    },
  ])("Thursday 7 March 10 a.m. New York in $zone", ({ zone, asker, dayShift }) => {
    const when = describeWhen(thursdayMorning, { ...NEW_YORK, askerZone: zone });
    expect(when.venue).toEqual("Thu 7 Mar, 10:00 AM–1:00 PM New York time");
    expect(when.asker).toEqual(asker);
    expect(when.dayShift).toEqual(dayShift);
  });

  it("says 'previous day' when the asker is behind across midnight", () => {
    const earlyMorning = { start: at("2024-03-04T06:00:00Z"), end: at("2024-03-04T07:00:00Z") }; // 1–2 a.m. New York
    expect(describeWhen(earlyMorning, { ...NEW_YORK, askerZone: "America/Los_Angeles" })).toEqual({
      venue: "Mon 4 Mar, 1:00 AM–2:00 AM New York time",
      asker: "Sun 3 Mar, 10:00 PM–11:00 PM your time (Los Angeles), previous day",
      askerValue: "Sun 3 Mar, 10:00 PM–11:00 PM (Los Angeles), previous day",
      dayShift: "previous day",
    });
  });

  it("spells out both dates when the asker's range crosses midnight", () => {
    const evening = { start: at("2024-03-04T20:00:00Z"), end: at("2024-03-04T23:00:00Z") }; // 3–6 p.m. New York
    expect(describeWhen(evening, { ...NEW_YORK, askerZone: "Asia/Kolkata" }).asker).toEqual(
      "Tue 5 Mar, 1:30 AM–4:30 AM your time (Kolkata), next day",
    );
    expect(describeWhen(evening, { ...NEW_YORK, askerZone: "Europe/Moscow" }).asker).toEqual(
      "Mon 4 Mar, 11:00 PM – Tue 5 Mar, 2:00 AM your time (Moscow)",
    );
  });

  it("adds nothing when the asker's clock is the venue's", () => {
    expect(describeWhen(thursdayMorning, { ...NEW_YORK, askerZone: "America/Toronto" })).toEqual({
      venue: "Thu 7 Mar, 10:00 AM–1:00 PM New York time",
    });
    expect(describeWhen(thursdayMorning, NEW_YORK)).toEqual({
      venue: "Thu 7 Mar, 10:00 AM–1:00 PM New York time",
    });
  });

  it("follows each zone's own daylight-saving dates (Europe changes on 31 March, the US on 10 March)", () => {
    expect(zoneDifference(at("2024-03-07T15:00:00Z"), "America/New_York", "Europe/Berlin")).toEqual(
      "6 hours ahead of",
    );
    expect(zoneDifference(at("2024-03-20T14:00:00Z"), "America/New_York", "Europe/Berlin")).toEqual(
      "5 hours ahead of",
    );
    expect(zoneDifference(at("2024-05-09T14:00:00Z"), "America/New_York", "Europe/Berlin")).toEqual(
      "6 hours ahead of",
    );
    expect(zoneDifference(at("2024-05-09T14:00:00Z"), "America/New_York", "America/Los_Angeles")).toEqual(
      "3 hours behind",
    );
    expect(zoneDifference(at("2024-05-09T14:00:00Z"), "America/New_York", "America/New_York")).toEqual(
      undefined,
    );
  });

  it("says 'date only' for a milestone and never invents a time", () => {
    expect(
      describeWhen(
        { start: at("2024-06-10T04:00:00Z"), dateOnly: true },
        { ...NEW_YORK, askerZone: "Asia/Tokyo" },
      ),
    ).toEqual({
      venue: "Mon 10 Jun (date only, no time given)",
    });
  });

  it("shows an open-ended start without an end", () => {
    expect(formatSpan(at("2024-03-04T23:30:00Z"), undefined, "America/New_York")).toEqual(
      "Mon 4 Mar, 6:30 PM",
    );
  });
});

describe("local dates", () => {
  it("formats, validates and counts days", () => {
    expect(formatDate("2024-03-07")).toEqual("Thu 7 Mar");
    expect(formatDate("2024-06-10", { long: true, withYear: true })).toEqual("Monday 10 June 2024");
    expect(isLocalDate("2024-02-29")).toEqual(true);
    expect(isLocalDate("2023-02-29")).toEqual(false);
    expect(addDays("2024-02-28", 2)).toEqual("2024-03-01");
    expect(weekdayOf("2024-03-04")).toEqual(1);
    expect(localDateTime(at("2024-03-07T15:00:00Z"), "Asia/Tokyo")).toEqual({
      date: "2024-03-08",
      minutes: 0,
    });
    expect(utcOffsetMinutes(at("2024-03-07T15:00:00Z"), "America/New_York")).toEqual(-300);
  });

  it("validates zone names", () => {
    expect(isValidTimeZone("Asia/Tokyo")).toEqual(true);
    expect(isValidTimeZone("Europe/Geneva")).toEqual(false);
    expect(isValidTimeZone("")).toEqual(false);
    expect(isValidTimeZone("x".repeat(500))).toEqual(false);
  });
});
