/**
 * RSVP records, validated with zod when read. One record per person and event (the key is
 * `answer:<eventId>|<userId>`), so two clicks at once overwrite each other and can never make
 * two RSVPs; counts, confirmed places and the waitlist are always derived from the records.
 */
import { z } from "zod";

/**
 * What a person answered.
 * @example rsvpStatusSchema.parse("tentative")
 */
export const rsvpStatusSchema = z.enum(["attending", "tentative", "declined"]);
export type RsvpStatus = z.output<typeof rsvpStatusSchema>;

/**
 * Most accompanying experts one head of delegation may bring.
 * @example parseExperts(String(MAX_EXPERTS + 1), "") // throws InputError
 */
export const MAX_EXPERTS = 10;

/**
 * A name of an accompanying expert, with an affiliation in brackets if given.
 * @example expertNameSchema.safeParse("R2D2").success === false; expertNameSchema.safeParse("Dr. Ana Lima (Ministry of ICT)").success === true
 */
export const expertNameSchema = z
  .string()
  .trim()
  .min(2, "an expert's name needs at least 2 characters")
  .max(100, "an expert's name is at most 100 characters")
  .regex(
    /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*(?:\([\p{L}\p{M} .,'’&-]+\))?$/u,
    "an expert's name may contain letters, spaces, dots, apostrophes and hyphens only, and an affiliation in brackets at the end",
  );

/**
 * Accompanying experts: how many, and the names given so far (never more names than the count).
 * @example expertsSchema.parse({ count: 2, names: ["Ana Lima"] })
 */
export const expertsSchema = z
  .object({
    count: z.number().int().min(0).max(MAX_EXPERTS, `at most ${MAX_EXPERTS} accompanying experts`),
    names: z.array(expertNameSchema).max(MAX_EXPERTS),
  })
  .refine((experts) => experts.names.length <= experts.count, {
    error: "more expert names than the number of experts",
  });
export type Experts = z.output<typeof expertsSchema>;

/**
 * One person's answer for one event.
 * @example await store.get("answer:oewg-7-reception-2024-03-04|slack:T1/U1", rsvpAnswerSchema)
 */
export const rsvpAnswerSchema = z.object({
  eventId: z.string(),
  userId: z.string(),
  /** Verified email and roster details at the time of answering (for the Secretariat's list). */
  email: z.string().optional(),
  name: z.string(),
  state: z.string().optional(),
  status: rsvpStatusSchema,
  experts: expertsSchema,
  /** The person's very first answer for this event; never changes. */
  firstRespondedAt: z.string(),
  /**
   * Place in the queue for a capacity-limited event: when they last became "attending".
   * Saying attending again keeps it; declining or answering tentative and then attending
   * again puts them at the back.
   */
  queuedAt: z.string(),
  updatedAt: z.string(),
  /** How many times they answered. */
  answers: z.number().int().min(1),
});
export type RsvpAnswer = z.output<typeof rsvpAnswerSchema>;

/**
 * Settings of an event kept in the store (the programme YAML has no capacity field).
 * @example eventSettingsSchema.parse({ capacity: 120, updatedBy: "desk@un.org", updatedAt: "2024-02-20T10:00:00Z" })
 */
export const eventSettingsSchema = z.object({
  /** Places, counting each head of delegation and each accompanying expert; absent = unlimited. */
  capacity: z.number().int().positive().optional(),
  /** ISO instant after which attending/tentative answers are refused; overrides the YAML date. */
  deadline: z.string().optional(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type EventSettings = z.output<typeof eventSettingsSchema>;

/**
 * What a person was last told about their place: the basis of "you are off the waitlist" notices.
 * @example placeNoticeSchema.parse({ state: "waitlisted", queuedAt: "2024-02-20T10:00:00.000Z", changes: 0 })
 */
export const placeNoticeSchema = z.object({
  state: z.enum(["confirmed", "waitlisted"]),
  queuedAt: z.string(),
  /** Notices sent so far, part of each notice's delivery id. */
  changes: z.number().int().min(0),
});
export type PlaceNotice = z.output<typeof placeNoticeSchema>;
