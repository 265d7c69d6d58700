import { describe, expect, it } from "vitest";
import { stateCodeSchema } from "../../bot/people/schema.js";
import { readFieldChange } from "../../handlers/poc/fields.js";
import { formatHours, parseHours } from "../../handlers/poc/hours.js";
import { formatPhone, parsePhone } from "../../handlers/poc/phone.js";
import {
  emailListInputSchema,
  fingerprintInputSchema,
  timeZoneInputSchema,
} from "../../handlers/poc/schema.js";

const messageOf = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.success ? "ok" : (result.error?.issues.map((issue) => issue.message).join("; ") ?? "");

describe("phone numbers", () => {
  it.each([
    ["+254 20 123 4567", undefined, { number: "+254201234567" }],
    ["020 123 4567", "KEN", { number: "+254201234567" }],
    ["0712 345678", "KEN", { number: "+254712345678" }],
    ["01 23 45 67 89", "FRA", { number: "+33123456789" }],
    ["0041 22 917 12 34", undefined, { number: "+41229171234" }],
    ["+41 22 917 1234 ext. 12", undefined, { number: "+41229171234", ext: "12" }],
    ["+1 (212) 963-1234 x55", undefined, { number: "+12129631234", ext: "55" }],
    ["+1 212 963 1234;ext=7", "KEN", { number: "+12129631234", ext: "7" }],
    // Arabic-Indic, Persian and full-width digits, and direction marks an Arabic keyboard adds.
    ["+١ ٢١٢ ٩٦٣ ١٢٣٤", undefined, { number: "+12129631234" }],
    ["\u200f+۲۵۴ ۲۰ ۱۲۳ ۴۵۶۷", undefined, { number: "+254201234567" }],
    ["＋２５４ ２０ １２３ ４５６７", undefined, { number: "+254201234567" }],
    ["٠٢٠ ١٢٣ ٤٥٦٧", "KEN", { number: "+254201234567" }],
  ])("reads %s (State %s) as E.164 with the extension apart", (text, state, phone) => {
    expect(parsePhone(text, state)).toEqual({ ok: true, phone });
  });

  it.each([
    ["", "KEN", "is empty; give a number such as +254 20 123 4567"],
    ["12345", "KEN", '"12345" is too short for a phone number in Kenya'],
    ["+254 20 123", undefined, '"+254 20 123" is too short for a phone number'],
    [
      "020 123 4567",
      undefined,
      '"020 123 4567" has no country code; write it in international format, starting with + and the country code (e.g. +41 22 917 1234)',
    ],
    [
      "020 123 4567",
      "ATA",
      '"020 123 4567" has no country code; write it in international format, starting with + and the country code (e.g. +41 22 917 1234)',
    ],
    [
      "+1 800 FLOWERS",
      undefined,
      '"+1 800 FLOWERS" contains characters other than digits, spaces and + ( ) - . /; write it like +254 20 123 4567 (an extension as "ext. 12")',
    ],
    ["+44 20 7946 0958 1234 5678", undefined, '"+44 20 7946 0958 1234 5678" is too long for a phone number'],
    ["+999 123 4567", undefined, '"+999 123 4567" does not start with a known country code'],
    [
      "+254 20 123 4567 ext 99999999999",
      "KEN",
      'the extension "99999999999" has 11 digits; an extension has at most 10',
    ],
    [
      "+254 99 999 9999",
      undefined,
      '"+254 99 999 9999" is not a valid phone number in Kenya (check the digits)',
    ],
  ])("rejects %s (State %s) saying exactly why", (text, state, message) => {
    expect(parsePhone(text, state)).toMatchObject({ ok: false, message });
  });

  it("shows stored numbers in international format with the extension", () => {
    expect(formatPhone({ number: "+41229171234", ext: "12" })).toBe("+41 22 917 12 34 ext. 12");
    expect(formatPhone({ number: "+254201234567" })).toBe("+254 20 1234567");
    expect(formatPhone(undefined)).toBe("—");
    // Côte d'Ivoire's ten-digit numbers: the metadata's "27 20 2 12223" leaves a lone digit.
    expect(formatPhone({ number: "+2252720212223" })).toBe("+225 27 20 21 22 23");
    expect(formatPhone({ number: "+33123456789" })).toBe("+33 1 23 45 67 89");
  });
});

describe("PGP fingerprints", () => {
  const v4 = "0123456789ABCDEF0123456789ABCDEF01234567";
  const v6 = `${v4}0123456789ABCDEF01234567`;
  it.each([
    ["0123 4567 89ab cdef 0123  4567 89AB CDEF 0123 4567", v4],
    [v4.toLowerCase(), v4],
    [v6, v6],
    [` ${v6.replace(/(.{4})/g, "$1 ")}`, v6],
  ])("normalises %s", (text, expected) => {
    expect(fingerprintInputSchema.parse(text)).toBe(expected);
  });

  it.each([
    [v4.slice(1), "a PGP fingerprint has 40 hexadecimal characters (64 for v5/v6 keys); this one has 39"],
    [`${v4}A`, "a PGP fingerprint has 40 hexadecimal characters (64 for v5/v6 keys); this one has 41"],
    [`${v4.slice(2)}GZ`, "a PGP fingerprint has only the digits 0-9 and letters A-F; found G Z"],
    ["0x0123456789ABCDEF", "a PGP fingerprint has only the digits 0-9 and letters A-F; found X"],
    ["   ", "the PGP fingerprint is empty"],
  ])("rejects %s", (text, message) => {
    expect(messageOf(fingerprintInputSchema.safeParse(text))).toBe(message);
  });
});

describe("emails", () => {
  it.each([
    ["Peter.Otieno@CERT.example", ["peter.otieno@cert.example"]],
    ["a@b.org; c@d.org", ["a@b.org", "c@d.org"]],
    ["a@b.org, A@B.org  c@d.org", ["a@b.org", "c@d.org"]],
  ])("reads %s", (text, emails) => {
    expect(emailListInputSchema.parse(text)).toEqual(emails);
  });

  it.each([
    ["bob@", '"bob@" is not a valid email address'],
    ["a@b.org; not-an-email", '"not-an-email" is not a valid email address'],
    [" ; ", "at least one email address is needed"],
  ])("rejects %s", (text, message) => {
    expect(messageOf(emailListInputSchema.safeParse(text))).toBe(message);
  });
});

describe("State codes", () => {
  it.each([
    ["KEN", "KEN"],
    ["ken", "KEN"],
    [" fra ", "FRA"],
    ["SGP", "SGP"],
  ])("accepts %s", (text, code) => {
    expect(stateCodeSchema.parse(text)).toBe(code);
  });

  it.each(["KE", "KENYA", "123", ""])("rejects %j", (text) => {
    expect(messageOf(stateCodeSchema.safeParse(text))).toBe(
      `"${text.toUpperCase()}" is not an ISO 3166-1 alpha-3 State code (e.g. KEN, FRA, SGP)`,
    );
  });

  it.each([
    ["XKX", '"XKX" is a user-assigned code, not a UN Member State or observer State'],
    ["ata", '"ATA" is Antarctica (ATA), which is not a UN Member State or observer State'],
    ["PRI", '"PRI" is Puerto Rico (PRI), which is not a UN Member State or observer State'],
  ])("refuses %j, which is no UN State, by name", (text, message) => {
    expect(messageOf(stateCodeSchema.safeParse(text))).toBe(message);
  });
});

describe("time zones and working hours", () => {
  it.each([
    ["africa/nairobi", "Africa/Nairobi"],
    ["Europe/Paris", "Europe/Paris"],
    ["America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["UTC", "UTC"],
  ])("zone %s is %s", (text, zone) => {
    expect(timeZoneInputSchema.parse(text)).toBe(zone);
  });

  it.each(["Mars/Olympus", "EST", "+03:00", "Atlantis"])("zone %s is refused", (text) => {
    expect(messageOf(timeZoneInputSchema.safeParse(text))).toBe(
      `"${text}" is not an IANA time zone; write it like Africa/Nairobi or Europe/Paris`,
    );
  });

  it.each([
    ["Nairobi", "Africa/Nairobi"],
    ["new york", "America/New_York"],
  ])("a city's name %s is refused, naming its zone %s", (text, zone) => {
    expect(messageOf(timeZoneInputSchema.safeParse(text))).toBe(
      `"${text}" is not an IANA time zone; for ${text}, write ${zone}`,
    );
  });

  it.each([
    // No days given: none are invented (tester4 item 8: a 24-hour POC shown as weekdays only).
    ["09:00-17:00", "09:00-17:00"],
    ["00:00-24:00", "00:00-24:00"],
    ["09:00-17:00 weekdays", "09:00-17:00 Mon-Fri"],
    ["9:00 – 17:30 Mon-Thu", "09:00-17:30 Mon-Thu"],
    ["08:00 to 16:00 Sun-Thu", "08:00-16:00 Mon-Thu,Sun"],
    ["00:00-24:00 daily", "00:00-24:00 Mon-Sun"],
    ["10.00-14.00 Mon, Wed, Fri", "10:00-14:00 Mon,Wed,Fri"],
    // The days in the other languages, as the answers there show them.
    ["09:00-17:00 lun-ven", "09:00-17:00 Mon-Fri"],
    ["08:00-16:00 domingo-jueves", "08:00-16:00 Mon-Thu,Sun"],
    ["09:00-17:00 пн-пт", "09:00-17:00 Mon-Fri"],
    ["09:00-17:00 Пятница", "09:00-17:00 Fri"],
    ["09:00-17:00 周一-周五", "09:00-17:00 Mon-Fri"],
    ["08:00-16:00 الأحد-الخميس", "08:00-16:00 Mon-Thu,Sun"],
  ])("hours %s", (text, shown) => {
    const result = parseHours(text);
    expect(result.ok && formatHours(result.hours)).toBe(shown);
  });

  it.each([
    [
      "17:00-09:00",
      "the end (09:00) must be after the start (17:00); for round-the-clock cover write 00:00-24:00 Mon-Sun",
    ],
    ["25:00-26:00", "25:00 is not a time of day (00:00 to 23:59)"],
    ["09:00-17:60", "17:60 is not a time of day (00:00 to 24:00)"],
    [
      "9-5",
      '"9-5" is not a span of working hours; write them like 09:00-17:00, optionally followed by the days, e.g. 09:00-17:00 Mon-Fri',
    ],
    ["09:00-17:00 Funday", '"funday" is not a day or a range of days; use e.g. Mon-Fri or Sun-Thu'],
  ])("hours %s are refused", (text, message) => {
    expect(parseHours(text)).toMatchObject({ ok: false, message });
  });
});

describe("a field changed in chat", () => {
  const technical = { state: "KEN", type: "technical" as const };
  const diplomatic = { state: "KEN", type: "diplomatic" as const };

  it("reads the value with the State's own country for national numbers", () => {
    expect(readFieldChange("phone247", "0712 345678", technical)).toEqual({
      patch: { phone247: { number: "+254712345678" } },
      clears: [],
    });
  });

  it("says exactly what is wrong", () => {
    expect(() => readFieldChange("phone", "12345", technical)).toThrow(
      'That phone is not valid: "12345" is too short for a phone number in Kenya. Nothing was changed.',
    );
    expect(() => readFieldChange("pgpFingerprint", "ABC", technical)).toThrow(
      "That PGP fingerprint is not valid: a PGP fingerprint has 40 hexadecimal characters (64 for v5/v6 keys); this one has 3. Nothing was changed.",
    );
    expect(() => readFieldChange("title", "", technical)).toThrow(
      'Tell me the new title, e.g. "change my title to …". Nothing was changed.',
    );
  });

  it("lets a diplomatic POC remove an optional 24/7 line but not a technical POC", () => {
    expect(readFieldChange("phone247", "none", diplomatic)).toEqual({ patch: {}, clears: ["phone247"] });
    expect(() => readFieldChange("phone247", "none", technical)).toThrow(
      "A technical POC must have a 24/7 phone, so it cannot be removed; give the new one instead. Nothing was changed.",
    );
  });
});
