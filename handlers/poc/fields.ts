/**
 * The fields a POC can change in chat: which words name them (the languages' `pocFields`
 * data, `bot/language/locales/<tag>/commands.ts`), how a typed value is read (with the same zod schemas as the CSV import) and how each is shown.
 */

import type { z } from "zod";
import { InputError } from "../../bot/errors.js";
import { pocFieldOf } from "../../bot/language/compile.js";
import { say } from "../../bot/language/messages.js";
import { placeZoneIn } from "../../bot/language/zone-in.js";
import { offsetZoneName } from "../../bot/language/zone-names.js";
import { formatHours } from "./hours.js";
import { formatPhone } from "./phone.js";
import { issueText } from "./reasons.js";
import {
  emailListInputSchema,
  fingerprintInputSchema,
  hoursInputSchema,
  type PocDetails,
  type PocRecord,
  phoneInputSchema,
  textFieldSchema,
  timeZoneInputSchema,
} from "./schema.js";

/** Fields of a record a POC may edit. */
export const EDITABLE_FIELDS = [
  "phone",
  "phone247",
  "emails",
  "name",
  "title",
  "organisation",
  "hours",
  "timeZone",
  "pgpFingerprint",
] as const;
/** One of {@link EDITABLE_FIELDS}. */
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/**
 * How a field is named in a sentence, in `locale` (`poc.field.*` of the catalogue); the
 * Secretariat's notices and trail pass "en".
 * @example fieldLabel("phone247", "en") === "24/7 phone"
 */
export function fieldLabel(field: EditableField, locale: string): string {
  return say(locale, `poc.field.${field}`);
}

/**
 * The field named by some words, if any.
 * @example fieldFromWords("24/7 line") === "phone247"; fieldFromWords("shoe size") === undefined
 */
export function fieldFromWords(words: string): EditableField | undefined {
  // The field names of every language, English's included (`pocFields` of `commands.ts`).
  const field = pocFieldOf(words);
  return EDITABLE_FIELDS.includes(field as EditableField) ? (field as EditableField) : undefined;
}

/**
 * A field's value in a record, shown to people; `locale` words the note on a POSIX offset zone
 * (English, the default, is what the audit trail and the Secretariat read).
 * @example displayField("hours", record) === "09:00-17:00 Mon-Fri"
 */
export function displayField(field: EditableField, details: Partial<PocDetails>, locale = "en"): string {
  switch (field) {
    case "phone":
    case "phone247":
      return formatPhone(details[field]);
    case "emails":
      return details.emails?.join(", ") || "—";
    case "hours":
      return details.hours ? formatHours(details.hours) : "—";
    case "timeZone":
      return details.timeZone ? withPosixSignNote(details.timeZone, locale) : "—";
    default:
      return details[field] ?? "—";
  }
}

/**
 * "Etc/GMT+3" is UTC−3 (POSIX signs are inverted), the opposite of what most people mean
 * by "GMT+3": the zone is shown with its real offset so the POC sees it before confirming.
 * @example withPosixSignNote("Etc/GMT+3", "en") === "Etc/GMT+3 (that is UTC−3)"
 */
export function withPosixSignNote(zone: string, locale: string): string {
  const label = offsetZoneName(zone);
  return label === undefined || label === zone || label === "UTC"
    ? zone
    : say(locale, "poc.posixNote", { zone, offset: label });
}

/** Words that clear an optional field. */
const CLEAR_WORDS = new Set(["none", "-", "—", "nothing", "remove", "delete", "n/a"]);

/** What a chat edit does to a record: the fields it sets, and those it removes. */
export interface FieldChange {
  patch: Partial<PocDetails>;
  clears: Array<"phone247" | "pgpFingerprint">;
  /** A time zone named by a place: the place as the POC wrote it ("Genève"), for the preview. */
  place?: string;
}

/**
 * Reads a new value for one field of a record. Throws an {@link InputError} that says
 * exactly what is wrong, in `locale`; nothing is written here.
 * @example readFieldChange("phone", "+254 20 123 4567", record) // { patch: { phone: { number: "+254201234567" } }, clears: [] }
 */
export function readFieldChange(
  field: EditableField,
  text: string,
  record: Pick<PocRecord, "state" | "type">,
  locale = "en",
): FieldChange {
  const value = text.trim();
  const label = say(locale, `poc.field.${field}`);
  if (value === "") throw new InputError(say(locale, "poc.error.emptyValue", { field: label }));
  if ((field === "phone247" || field === "pgpFingerprint") && CLEAR_WORDS.has(value.toLowerCase())) {
    if (record.type === "technical") {
      throw new InputError(say(locale, "poc.error.required", { field: label }));
    }
    return { patch: {}, clears: [field] };
  }
  // An IANA name ("Africa/Nairobi") is read as the CSV import reads it; anything else as a place.
  if (field === "timeZone" && !value.includes("/")) return zoneOfPlace(value, locale);
  const schema = schemaFor(field, record.state);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => issueText(locale, issue)).join("; ");
    throw new InputError(
      say(locale, field === "hours" ? "poc.error.invalidHours" : "poc.error.invalid", {
        field: label,
        reasons,
      }),
    );
  }
  return { patch: { [field]: parsed.data } as Partial<PocDetails>, clears: [] };
}

/**
 * A record's zone named by a place in the POC's language ("Nairobi", "Genève", "Москву",
 * "东京"), a country with one zone, or an offset ("UTC+3"). A country with several zones
 * ("United States", "Россия") names none of them: refused, like a place the bot does not know.
 * The CSV import keeps to IANA names (a file is checked, not read as speech).
 * @example zoneOfPlace("Genève", "fr") // { patch: { timeZone: "Europe/Zurich" }, clears: [], place: "Genève" }
 */
function zoneOfPlace(written: string, locale: string): FieldChange {
  const found = placeZoneIn(written, locale);
  if (found.kind === "zone") {
    // "UTC" names its zone as it is: no place to show beside it.
    const place = found.zone.toLowerCase() === written.toLowerCase() ? {} : { place: written };
    return { patch: { timeZone: found.zone }, clears: [], ...place };
  }
  throw new InputError(
    say(locale, found.kind === "severalZones" ? "poc.error.zoneSeveral" : "poc.error.zonePlaceUnknown", {
      written,
    }),
  );
}

function schemaFor(field: EditableField, state: string): z.ZodType {
  switch (field) {
    case "phone":
    case "phone247":
      return phoneInputSchema(state);
    case "emails":
      return emailListInputSchema;
    case "hours":
      return hoursInputSchema;
    case "timeZone":
      return timeZoneInputSchema;
    case "pgpFingerprint":
      return fingerprintInputSchema;
    default:
      return textFieldSchema(field);
  }
}
