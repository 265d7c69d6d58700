/**
 * The "subscribers:<occurrence id or topic>" audience: people with a reminder covering a
 * session (their own for it, for its meeting or an item of it, "every session", or the
 * automatic one of an RSVP). With no argument: everyone with any reminder.
 */
import type { Recipient } from "../../bot/audiences.js";
import type { BotDeps } from "../../bot/module.js";
import type { Occurrence } from "../../bot/programme/catalogue.js";
import type { Address } from "../../bot/types.js";
import type { ReminderSubscription } from "../../schedules/reminders/due.js";
import { resolveOccurrences } from "./resolve.js";

/**
 * Whether a subscription concerns an occurrence (whatever its lead).
 * @example concerns({ userId: "u", target: { type: "every-session" }, leadMinutes: 15 }, capacityBuilding) === true
 */
export function concerns(subscription: ReminderSubscription, occurrence: Occurrence): boolean {
  const { target } = subscription;
  if (target.type === "every-session") return occurrence.kind === "meeting" || occurrence.kind === "item";
  if (target.occurrenceId === occurrence.id) return true;
  if (occurrence.kind === "item") return target.occurrenceId === occurrence.meetingId;
  if (occurrence.kind === "meeting") return occurrence.items.some((item) => item.id === target.occurrenceId);
  return false;
}

/**
 * Registers the audience on `deps.audiences`.
 * @example registerSubscriberAudience(deps, source); await deps.audiences.resolve("subscribers:capacity-building");
 */
export function registerSubscriberAudience(
  deps: BotDeps,
  subscriptions: () => Promise<ReminderSubscription[]>,
): void {
  deps.audiences.register(
    {
      name: "subscribers",
      description: "people with reminders for a session (an id or topic; none = any reminder)",
      example: "subscribers:oewg-7-capacity-building",
    },
    async (argument) => {
      const all = await subscriptions();
      let chosen = all;
      if (argument?.trim()) {
        const occurrences = resolveOccurrences(deps.catalogue, argument);
        if (occurrences.length === 0)
          throw new Error(`subscribers:<session>: nothing in the programme matches "${argument}".`);
        chosen = all.filter((subscription) =>
          occurrences.some((occurrence) => concerns(subscription, occurrence)),
        );
      }
      const users = [...new Set(chosen.map((subscription) => subscription.userId))];
      return Promise.all(
        users.map(async (userId): Promise<Recipient> => {
          const contact = await deps.people.contact(userId);
          return {
            key: contact?.email ?? userId,
            name: contact?.displayName ?? userId,
            userId: userId as Address,
          };
        }),
      );
    },
  );
}
