/**
 * The subscriptions the producer works from: everyone's own subscriptions, plus automatic
 * reminders for people whose RSVP "attending" has a confirmed place (60 minutes before, unless
 * they asked otherwise for that event or stopped them). Recomputed only when the reminder or
 * RSVP data or the catalogue changed.
 */
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { DEFAULT_LEAD_MINUTES, type ReminderSubscription } from "../../schedules/reminders/due.js";
import { allocate } from "../rsvp/allocation.js";
import { rsvpEvents } from "../rsvp/events.js";
import type { RsvpRepository } from "../rsvp/store.js";
import type { ReminderRepository } from "./store.js";

/**
 * A function returning every effective subscription, memoised on the data versions.
 * @example const all = subscriptionSource(reminders, rsvps, () => deps.catalogue); await all();
 */
export function subscriptionSource(
  reminders: ReminderRepository,
  rsvps: RsvpRepository,
  catalogue: () => Catalogue,
): () => Promise<ReminderSubscription[]> {
  let memo: { key: string; catalogue: Catalogue; value: ReminderSubscription[] } | undefined;
  return async () => {
    const [own, answers] = await Promise.all([reminders.snapshot(), rsvps.snapshot()]);
    const current = catalogue();
    const key = `${own.version}|${answers.version}`;
    if (memo && memo.key === key && memo.catalogue === current && own.version !== undefined)
      return memo.value;
    const value: ReminderSubscription[] = own.subscriptions.map((subscription) => ({
      userId: subscription.userId,
      target: subscription.target,
      leadMinutes: subscription.leadMinutes,
      origin: "explicit",
    }));
    const explicit = new Set(
      own.subscriptions.flatMap((subscription) =>
        subscription.target.type === "occurrence"
          ? [`${subscription.userId}|${subscription.target.occurrenceId}`]
          : [],
      ),
    );
    for (const event of rsvpEvents(current)) {
      const allocation = allocate(
        answers.answers.filter((answer) => answer.eventId === event.id),
        answers.settings.get(event.id)?.capacity,
      );
      for (const answer of allocation.confirmed) {
        const prefs = own.prefs.get(answer.userId);
        if (prefs && (!prefs.rsvpReminders || prefs.mutedEvents.includes(event.id))) continue;
        if (explicit.has(`${answer.userId}|${event.id}`)) continue;
        value.push({
          userId: answer.userId,
          target: { type: "occurrence", occurrenceId: event.id },
          leadMinutes: DEFAULT_LEAD_MINUTES.social,
          origin: "rsvp",
        });
      }
    }
    memo = { key, catalogue: current, value };
    return value;
  };
}
