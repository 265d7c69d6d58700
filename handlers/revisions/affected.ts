/**
 * Who a revision concerns: people with a reminder for a changed occurrence (their own, "every
 * session" for a meeting slot, or the automatic one of an RSVP "attending"), people with an
 * RSVP for it (attending or tentative), and people holding calendar links. A change to a
 * whole programme (its links, its notices) concerns everyone following any of its occurrences.
 */
import { z } from "zod";
import type { BotDeps } from "../../bot/module.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import type { Change } from "../../bot/versions/model.js";
import type { ReminderSubscription } from "../../schedules/reminders/due.js";
import { reminderRepository } from "../reminders/module.js";
import { subscriptionSource } from "../reminders/sources.js";
import { rsvpRepository } from "../rsvp/module.js";

/**
 * The people a revision concerns.
 * @example (await affectedBy(deps, before, after, changes)).people.get("slack:T1/U1") // Set { 0, 2 } (indexes of changes)
 */
export interface Affected {
  /** Per person, the indexes of the changes that concern them. */
  people: Map<string, Set<number>>;
  /** People concerned through a reminder. */
  withReminders: Set<string>;
  /** People concerned through an RSVP. */
  withRsvps: Set<string>;
  /** People holding calendar links (their feeds update at the next refresh). */
  withCalendars: number;
}

const sources = new WeakMap<BotDeps, () => Promise<ReminderSubscription[]>>();

function subscriptionsOf(deps: BotDeps): Promise<ReminderSubscription[]> {
  let source = sources.get(deps);
  if (!source) {
    source = subscriptionSource(reminderRepository(deps), rsvpRepository(deps), () => deps.catalogue);
    sources.set(deps, source);
  }
  return source();
}

/** The ids a change touches, in either catalogue: the occurrence, its meeting, its items. */
function relatedIds(
  change: Change,
  catalogues: readonly Catalogue[],
): { ids: Set<string>; meeting: boolean } {
  const ids = new Set<string>();
  let meeting = false;
  for (const catalogue of catalogues) {
    if (change.scope === "programme") {
      for (const occurrence of catalogue.occurrences) {
        if (occurrence.programme.id !== change.programmeId) continue;
        ids.add(occurrence.id);
        if (occurrence.kind === "meeting") meeting = true;
      }
      continue;
    }
    ids.add(change.id);
    const occurrence = catalogue.byId.get(change.id);
    if (occurrence?.kind === "meeting") {
      meeting = true;
      for (const item of occurrence.items) ids.add(item.id);
    }
    if (occurrence?.kind === "item") ids.add(occurrence.meetingId);
  }
  return { ids, meeting };
}

/**
 * Everyone a revision concerns, with what concerns each.
 * @example const affected = await affectedBy(deps, deps.catalogue, next, changes); affected.people.size
 */
export async function affectedBy(
  deps: BotDeps,
  before: Catalogue,
  after: Catalogue,
  changes: readonly Change[],
): Promise<Affected> {
  const [subscriptions, answers, calendars] = await Promise.all([
    subscriptionsOf(deps),
    rsvpRepository(deps).snapshot(),
    deps.store.namespace("calendar").list("user:", z.unknown()),
  ]);
  const affected: Affected = {
    people: new Map(),
    withReminders: new Set(),
    withRsvps: new Set(),
    withCalendars: calendars.length,
  };
  const add = (userId: string, index: number) => {
    const set = affected.people.get(userId) ?? new Set<number>();
    set.add(index);
    affected.people.set(userId, set);
  };
  changes.forEach((change, index) => {
    const { ids, meeting } = relatedIds(change, [before, after]);
    for (const subscription of subscriptions) {
      const follows =
        subscription.target.type === "every-session" ? meeting : ids.has(subscription.target.occurrenceId);
      if (!follows) continue;
      affected.withReminders.add(subscription.userId);
      add(subscription.userId, index);
    }
    for (const answer of answers.answers) {
      if (answer.status === "declined" || !ids.has(answer.eventId)) continue;
      affected.withRsvps.add(answer.userId);
      add(answer.userId, index);
    }
  });
  return affected;
}
