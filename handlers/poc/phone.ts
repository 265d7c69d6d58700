/**
 * Phone numbers of POC records, through libphonenumber-js (full metadata): stored in E.164
 * with the extension apart, read in national format only for the State's own country.
 */
import countries from "i18n-iso-countries";
import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from "libphonenumber-js/max";
import { failWith, type Reason } from "./reasons.js";

/** A phone number as stored: E.164 plus an optional extension (digits only). */
export interface Phone {
  number: string;
  ext?: string;
}

/** The outcome of reading a phone number: the number, or what is wrong with it (a reason, and in English words). */
export type PhoneResult = { ok: true; phone: Phone } | { ok: false; reason: Reason; message: string };

/** Characters a phone number may be written with (besides the extension marker). */
const ALLOWED = /^[0-9+\s().\-/]+$/;
/** "ext. 12", "ext 12", "x12", "#12", ";ext=12" at the end of a number. */
const EXTENSION = /\s*(?:;\s*ext=|,?\s*(?:ext\.?|extension|x|#)\s*)(\d{1,10})\s*$/i;

/**
 * A number as typed on any keyboard, in ASCII: full-width digits and signs ("＋２５４"), Arabic-Indic
 * and Persian digits ("+٢٥٤", "+۲۵۴"), without the direction marks an Arabic keyboard adds.
 * @example asciiDigits("+٢٥٤ ٢٠") === "+254 20"
 */
function asciiDigits(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
      const code = digit.charCodeAt(0);
      return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
    });
}

/**
 * The calling region of a State (ISO alpha-3), when the phone metadata knows it.
 * @example regionOf("KEN") === "KE"; regionOf("ATA") === undefined
 */
export function regionOf(state: string | undefined): CountryCode | undefined {
  if (!state) return undefined;
  const alpha2 = countries.alpha3ToAlpha2(state);
  return alpha2 && isSupportedCountry(alpha2) ? (alpha2 as CountryCode) : undefined;
}

/**
 * Reads a phone number typed by a person. A number without a country code is read as a
 * number of the State's own country (when that country has a numbering plan); anything
 * else must be in international format.
 * @example
 * parsePhone("+254 20 123 4567") // { ok: true, phone: { number: "+254201234567" } }
 * parsePhone("020 123 4567 ext. 12", "KEN") // { ok: true, phone: { number: "+254201234567", ext: "12" } }
 * parsePhone("12345", "KEN") // { ok: false, message: "\"12345\" is too short for a phone number in Kenya" }
 */
export function parsePhone(text: string, state?: string): PhoneResult {
  const written = asciiDigits(text).trim();
  if (written === "") return failWith({ code: "phoneEmpty" });
  const tooLong = /(?:ext\.?|extension|x|#|ext=)\s*(\d{11,})\s*$/i.exec(written);
  if (tooLong) {
    return failWith({
      code: "extensionTooLong",
      values: { ext: tooLong[1] ?? "", digits: tooLong[1]?.length ?? 0 },
    });
  }
  const extMatch = EXTENSION.exec(written);
  const main = extMatch ? written.slice(0, extMatch.index).trim() : written;
  const ext = extMatch?.[1];
  if (!ALLOWED.test(main)) return failWith({ code: "phoneCharacters", values: { written } });
  const international = main.startsWith("+") || main.startsWith("00");
  const region = regionOf(state);
  if (!international && !region) return failWith({ code: "noCountryCode", values: { written } });
  const normalised = main.startsWith("00") ? `+${main.slice(2)}` : main;
  const parsed = parsePhoneNumberFromString(normalised, international ? undefined : region);
  // "… in Kenya" when the number was read as a national number of the State's country.
  const where = international || !state ? undefined : state;
  const placed = (code: "phoneTooShort" | "phoneTooLong" | "phoneInvalid", at: string | undefined) =>
    failWith(at ? { code: `${code}In`, values: { written, state: at } } : { code, values: { written } });
  if (!parsed?.isValid()) {
    const length = validatePhoneNumberLength(normalised, international ? undefined : region);
    if (length === "TOO_SHORT") return placed("phoneTooShort", where);
    if (length === "TOO_LONG") return placed("phoneTooLong", where);
    if (length === "INVALID_COUNTRY") return failWith({ code: "unknownCountryCode", values: { written } });
    if (!parsed) return failWith({ code: "phoneUnreadable", values: { written } });
    const country = parsed.country ? (countries.alpha2ToAlpha3(parsed.country) ?? parsed.country) : where;
    return placed("phoneInvalid", country);
  }
  return { ok: true, phone: ext ? { number: parsed.number, ext } : { number: parsed.number } };
}

/**
 * A stored phone for people: international format, extension after it. Where the metadata's
 * grouping leaves a lone digit after the first group (Côte d'Ivoire's ten-digit numbers come
 * out "+225 27 20 2 12223"), an even-length national number is written in pairs, as it is
 * written there ("+225 27 20 21 22 23").
 * @example formatPhone({ number: "+41229171234", ext: "12" }) === "+41 22 917 12 34 ext. 12"
 */
export function formatPhone(phone: Phone | undefined): string {
  if (!phone) return "—";
  const parsed = parsePhoneNumberFromString(phone.number);
  const main = parsed ? grouped(parsed.formatInternational(), parsed) : phone.number;
  return phone.ext ? `${main} ext. ${phone.ext}` : main;
}

function grouped(
  international: string,
  parsed: { countryCallingCode: string; nationalNumber: string },
): string {
  const groups = international.split(" ").slice(2);
  const national = parsed.nationalNumber;
  if (!groups.some((group) => group.length === 1) || national.length % 2 !== 0) return international;
  return `+${parsed.countryCallingCode} ${national.match(/\d{2}/g)?.join(" ") ?? national}`;
}
