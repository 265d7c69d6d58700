/**
 * People the bot knows: the Secretariat's roster (who is who) and the contacts it has met
 * in chat (how to reach them). A roster entry is matched to a chat account only through
 * the email the platform verified.
 */
import { z } from "zod";
import { isStateCode, notAState } from "./states.js";

/** Roles a person can hold. Unknown users are treated as delegates. */
export const roleSchema = z.enum(["head_of_delegation", "delegate", "poc", "secretariat"]);
export type Role = z.output<typeof roleSchema>;

/**
 * A State code: the ISO 3166-1 alpha-3 code of one of the 193 UN Member States or 2 observer
 * States (`un-states.ts`). A territory, Antarctica or a user-assigned code is refused by name.
 */
export const stateCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isStateCode, {
    error: (issue) => {
      const given = String(issue.input);
      return /^[A-Z]{3}$/.test(given)
        ? notAState(given)
        : `"${given}" is not an ISO 3166-1 alpha-3 State code (e.g. KEN, FRA, SGP)`;
    },
  });

/** An email, trimmed and lower-cased so that matching is exact. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: (issue) => `"${String(issue.input)}" is not a valid email address` }));

/** One person of the roster. */
export const personSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "name is empty").max(200),
  /** Absent for the Secretariat and international organisations. */
  state: stateCodeSchema.optional(),
  roles: z.array(roleSchema).min(1, "at least one role is needed"),
});
export type Person = z.output<typeof personSchema>;

/** The roster as stored: one record, written in one operation, so an import is all or nothing. */
export const rosterSchema = z.object({
  version: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string(),
  people: z.array(personSchema),
});
export type Roster = z.output<typeof rosterSchema>;

/** How to reach a chat user, learnt from their own messages. */
export const contactSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  /** Email the platform verified, when it told us. */
  email: z.string().optional(),
  /**
   * The zone to show them times in: the one they chose in chat, else the one a directory lists
   * them in (their POC record), else their platform's.
   */
  timeZone: z.string().optional(),
  /** The zone a directory lists them in (their POC record's), when one does. */
  listedTimeZone: z.string().optional(),
  /** A zone they chose in chat ("my time zone is Tokyo"); wins over their platform's until reset. */
  chosenTimeZone: z.string().optional(),
  /**
   * The place or offset they named it by ("Geneva" for Europe/Zurich, "UTC+5:30"), which
   * answers label their times with instead of the zone's own city.
   */
  chosenPlace: z.string().optional(),
  /** A language they chose ("language: français", the language button); wins over detection. */
  language: z.string().optional(),
  /** The language of their last message that clearly had one: short messages keep it. */
  languageInUse: z.string().optional(),
  /** Their direct conversation with the bot, when known. */
  directAddress: z.string().optional(),
  lastSeenAt: z.string(),
});
export type Contact = z.output<typeof contactSchema>;

/**
 * The place a person named their chosen zone by ("Geneva" for Europe/Zurich), when `zone` is
 * that chosen zone (or, without `zone`, the zone they are shown times in): what labels their
 * times instead of the zone's own city, in answers, reminders, pings and their POC card.
 * @example chosenPlaceOf({ chosenTimeZone: "Europe/Zurich", chosenPlace: "Geneva", … }, "Europe/Zurich") === "Geneva"
 */
export function chosenPlaceOf(
  contact: Pick<Contact, "chosenTimeZone" | "chosenPlace" | "timeZone"> | undefined,
  zone: string | undefined = contact?.timeZone,
): string | undefined {
  return contact?.chosenTimeZone && contact.chosenTimeZone === zone ? contact.chosenPlace : undefined;
}
