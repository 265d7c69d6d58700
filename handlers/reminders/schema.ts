/**
 * Reminder subscriptions and preferences, validated with zod when read. One record per
 * person and target (`sub:<userId>|every-session`, `sub:<userId>|o:<occurrenceId>`), so asking
 * again changes the lead time instead of adding a second subscription.
 */
import { z } from "zod";
import { MAX_LEAD_MINUTES, type ReminderTarget } from "../../schedules/reminders/due.js";

/**
 * What a subscription follows.
 * @example reminderTargetSchema.parse({ type: "occurrence", occurrenceId: "oewg-7-closure" })
 */
export const reminderTargetSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("every-session") }),
  z.object({ type: z.literal("occurrence"), occurrenceId: z.string().min(1) }),
]);

/**
 * A person's subscription.
 * @example await store.list("sub:slack:T1/U1|", subscriptionSchema)
 */
export const subscriptionSchema = z.object({
  userId: z.string(),
  target: reminderTargetSchema,
  leadMinutes: z.number().int().min(0).max(MAX_LEAD_MINUTES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Subscription = z.output<typeof subscriptionSchema>;

/**
 * Whether RSVP "attending" brings automatic reminders, and events where the person stopped them.
 * @example reminderPrefsSchema.parse({ rsvpReminders: false, mutedEvents: [], updatedAt: "2024-03-01T12:00:00Z" })
 */
export const reminderPrefsSchema = z.object({
  rsvpReminders: z.boolean(),
  mutedEvents: z.array(z.string()),
  updatedAt: z.string(),
});
export type ReminderPrefs = z.output<typeof reminderPrefsSchema>;

/**
 * The key part naming a target.
 * @example targetKey({ type: "occurrence", occurrenceId: "oewg-7-closure" }) === "o:oewg-7-closure"
 */
export function targetKey(target: ReminderTarget): string {
  return target.type === "every-session" ? "every-session" : `o:${target.occurrenceId}`;
}
