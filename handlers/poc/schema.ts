/**
 * The POC directory's data model, validated with zod: the field schemas that read what
 * people type (CSV cells, chat edits) and the schemas of stored records (checked on read).
 */
import { z } from "zod";
import { emailSchema } from "../../bot/people/schema.js";
import { canonicalZone, zoneNamed } from "../../bot/programme/time.js";
import { DAYS, parseHours } from "./hours.js";
import { parsePhone } from "./phone.js";
import { addReason } from "./reasons.js";

/** The two kinds of Point of Contact. */
export const pocTypeSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
  z.enum(["diplomatic", "technical"], {
    error: (issue) => `"${String(issue.input)}" is not a POC type; use diplomatic or technical`,
  }),
);
/** A POC type. */
export type PocType = "diplomatic" | "technical";

/**
 * Stable id of a record: one POC per State and type, e.g. `"KEN:technical"`.
 * @example pocId("KEN", "technical") === "KEN:technical"
 */
export const pocId = (state: string, type: PocType) => `${state}:${type}`;

// ---------------------------------------------------------------- what people type

/**
 * A name, title or organisation: one line, 1–200 characters, with at least two letters ("A"
 * or "12345" is a slip, not a name).
 * @example textFieldSchema("title").parse("  Head of CERT ") === "Head of CERT"
 */
export const textFieldSchema = (field: "name" | "title" | "organisation") =>
  z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      const values = { field };
      if (text === "") return addReason(ctx, { code: "textEmpty", values });
      if (text.length > 200) addReason(ctx, { code: "textLong", values });
      if (/[\r\n]/.test(text)) addReason(ctx, { code: "textLines", values });
      if ((text.match(/\p{L}/gu) ?? []).length < 2) addReason(ctx, { code: "textLetters", values });
    });

/**
 * One or more emails separated by ";", "," or spaces; lower-cased, without duplicates.
 * @example emailListInputSchema.parse("A@b.org; c@d.org") // ["a@b.org", "c@d.org"]
 */
export const emailListInputSchema = z.string().transform((text, ctx) => {
  const parts = text.split(/[;,\s]+/).filter(Boolean);
  if (parts.length === 0) {
    addReason(ctx, { code: "emailNeeded" });
    return z.NEVER;
  }
  const emails: string[] = [];
  for (const part of parts) {
    const parsed = emailSchema.safeParse(part);
    if (!parsed.success) addReason(ctx, { code: "emailInvalid", values: { written: part } });
    else if (!emails.includes(parsed.data)) emails.push(parsed.data);
  }
  return emails;
});

/**
 * A PGP fingerprint: spaces removed, upper-cased, 40 (v4) or 64 (v5/v6) hexadecimal digits.
 * @example fingerprintInputSchema.parse("0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567") // "0123456789ABCDEF0123456789ABCDEF01234567"
 */
export const fingerprintInputSchema = z.string().transform((text, ctx) => {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  if (compact === "") {
    addReason(ctx, { code: "fingerprintEmpty" });
    return z.NEVER;
  }
  const bad = compact.replace(/[0-9A-F]/g, "");
  if (bad !== "") {
    const shown = [...new Set(bad)].join(" ");
    addReason(ctx, { code: "fingerprintCharacters", values: { found: shown } });
    return z.NEVER;
  }
  if (compact.length !== 40 && compact.length !== 64) {
    addReason(ctx, { code: "fingerprintLength", values: { length: compact.length } });
    return z.NEVER;
  }
  return compact;
});

/**
 * An IANA zone, checked with Intl and returned in its canonical spelling.
 * @example timeZoneInputSchema.parse("africa/nairobi") === "Africa/Nairobi"
 */
export const timeZoneInputSchema = z.string().transform((text, ctx) => {
  const zone = text.trim();
  const canonical = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/i.test(zone) ? canonicalZone(zone) : undefined;
  if (!canonical) {
    const city = zoneNamed(zone);
    addReason(
      ctx,
      city
        ? { code: "zoneCity", values: { written: zone, zone: city } }
        : { code: "zoneUnknown", values: { written: zone } },
    );
    return z.NEVER;
  }
  return canonical;
});

/**
 * Working hours such as "09:00-17:00 Mon-Fri".
 * @example hoursInputSchema.parse("09:00-17:00") // { start: "09:00", end: "17:00" } (no days given, none invented)
 */
export const hoursInputSchema = z.string().transform((text, ctx) => {
  const result = parseHours(text);
  if (!result.ok) {
    addReason(ctx, result.reason);
    return z.NEVER;
  }
  return result.hours;
});

/**
 * A phone number read for a State (national format allowed for that State's own country).
 * @example phoneInputSchema("KEN").parse("020 123 4567") // { number: "+254201234567" }
 */
export const phoneInputSchema = (state: string | undefined) =>
  z.string().transform((text, ctx) => {
    const result = parsePhone(text, state);
    if (!result.ok) {
      addReason(ctx, result.reason);
      return z.NEVER;
    }
    return result.phone;
  });

// ---------------------------------------------------------------- stored records

/** A stored phone: E.164 and an optional extension. */
export const phoneSchema = z.object({
  number: z.string().regex(/^\+[1-9]\d{5,14}$/),
  ext: z
    .string()
    .regex(/^\d{1,10}$/)
    .optional(),
});

/** Stored working hours. */
export const hoursSchema = z.object({
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/),
  /** Absent when the hours were given without days. */
  days: z.array(z.enum(DAYS)).min(1).optional(),
});

/** What a POC may edit, and the Secretariat imports. */
export const pocDetailsSchema = z.object({
  name: z.string().min(1),
  title: z.string().min(1),
  organisation: z.string().min(1),
  emails: z.array(z.string()).min(1),
  phone: phoneSchema,
  /** The 24/7 line; required for technical POCs. */
  phone247: phoneSchema.optional(),
  timeZone: z.string().min(1),
  hours: hoursSchema,
  /** Upper-case hex, 40 or 64 characters; required for technical POCs. */
  pgpFingerprint: z
    .string()
    .regex(/^([0-9A-F]{40}|[0-9A-F]{64})$/)
    .optional(),
});
/** The editable part of a record. */
export type PocDetails = z.output<typeof pocDetailsSchema>;

/** Whether the POC has confirmed the record since it was imported. */
export const pocStatusSchema = z.enum(["unconfirmed", "confirmed"]);

/** One POC record as stored (under the current directory generation). */
export const pocRecordSchema = pocDetailsSchema.extend({
  id: z.string(),
  state: z.string().regex(/^[A-Z]{3}$/),
  type: z.enum(["diplomatic", "technical"]),
  status: pocStatusSchema,
  lastConfirmedAt: z.string().optional(),
  /** Twelve months after the last confirmation (or after the import when never confirmed). */
  nextDueAt: z.string(),
  /** Goes up with every change, so a stale card or preview can be recognised. */
  version: z.number().int().min(1),
  updatedAt: z.string(),
});
/** A stored record. */
export type PocRecord = z.output<typeof pocRecordSchema>;

/** Which records are current: written last by an import, so a half-written import stays invisible. */
export const directoryPointerSchema = z.object({
  generation: z.string().min(1),
  importedAt: z.string(),
  importedBy: z.string(),
  count: z.number().int().min(0),
});
/** The directory pointer. */
export type DirectoryPointer = z.output<typeof directoryPointerSchema>;

/** Who did something, as far as the bot knows it. */
export const actorSchema = z.object({
  email: z.string().optional(),
  userId: z.string().optional(),
  name: z.string().optional(),
});
/** Someone who did something. */
export type Actor = z.output<typeof actorSchema>;

/** One change of one field, appended and never rewritten. */
export const auditEntrySchema = z.object({
  pocId: z.string(),
  at: z.string(),
  by: actorSchema,
  source: z.enum(["self-service", "import", "confirmation"]),
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
/** An audit entry. */
export type AuditEntry = z.output<typeof auditEntrySchema>;

/** One view of a record's contact details by the Secretariat. */
export const viewEntrySchema = z.object({
  pocId: z.string(),
  at: z.string(),
  by: actorSchema,
  what: z.string(),
});
/** A view log entry. */
export type ViewEntry = z.output<typeof viewEntrySchema>;

/** A change previewed to a POC and waiting for their Confirm click. */
export const pendingChangeSchema = z.object({
  nonce: z.string(),
  userId: z.string(),
  pocId: z.string(),
  recordVersion: z.number().int(),
  field: z.string(),
  patch: pocDetailsSchema.partial(),
  /** Fields the patch removes (an optional field cleared with "none"). */
  clears: z.array(z.enum(["phone247", "pgpFingerprint"])).default([]),
  before: z.string(),
  after: z.string(),
  expiresAt: z.string(),
});
/** A previewed change. */
export type PendingChange = z.output<typeof pendingChangeSchema>;

/**
 * Technical POCs need a 24/7 line and a PGP fingerprint.
 * @example missingForType("technical", { phone247: undefined }) // ["a technical POC needs a 24/7 phone line", "a technical POC needs a PGP fingerprint"]
 */
export function missingForType(type: PocType, details: Partial<PocDetails>): string[] {
  if (type !== "technical") return [];
  const missing: string[] = [];
  if (!details.phone247) missing.push("a technical POC needs a 24/7 phone line");
  if (!details.pgpFingerprint) missing.push("a technical POC needs a PGP fingerprint");
  return missing;
}
