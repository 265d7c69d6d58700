/**
 * "What is due at t": pure functions from subscriptions and the CURRENT catalogue to the
 * reminders whose due time falls in a window. No store, no clock: the producer supplies the
 * window (last produced up to, now]. Leads are durations before an instant, so reminders
 * are right across daylight-saving changes by construction (instants are UTC).
 */
import type { Catalogue, Occurrence } from "../../bot/programme/catalogue.js";
import { wallTimeToInstant } from "../../bot/programme/time.js";
import { isCancelled } from "../../bot/versions/cancelled.js";

/**
 * What a subscription follows: every meeting slot of the programme, or one occurrence.
 * @example const target: ReminderTarget = { type: "occurrence", occurrenceId: "oewg-7-closure" };
 */
export type ReminderTarget = { type: "every-session" } | { type: "occurrence"; occurrenceId: string };

/**
 * Where a subscription came from: the person's own words, or an RSVP "attending".
 * @example reminder.origin === "rsvp" // from an RSVP "attending"
 */
export type ReminderOrigin = "explicit" | "rsvp";

/**
 * One subscription as the due computation sees it.
 * @example const subscription: ReminderSubscription = { userId: "slack:T1/U1", target: { type: "every-session" }, leadMinutes: 15 };
 */
export interface ReminderSubscription {
  userId: string;
  target: ReminderTarget;
  /** Minutes before the start; 0 = at the start. */
  leadMinutes: number;
  origin?: ReminderOrigin;
}

/**
 * A reminder that is due.
 * @example dueReminders(subscriptions, catalogue, from, to)[0]?.localId // "slack:T1/U1|oewg-7-2024-03-07-am|15"
 */
export interface DueReminder {
  userId: string;
  occurrenceId: string;
  leadMinutes: number;
  /** The instant reminded of (epoch ms): the start, or 09:00 venue time for a date-only milestone. */
  anchor: number;
  /** `anchor − lead` (epoch ms). */
  dueAt: number;
  /** The subscription that asked for it. */
  target: ReminderTarget;
  origin: ReminderOrigin;
  /**
   * Deterministic outbox id: `<user>|<occurrenceId>|<leadMinutes>|<anchor ISO>`. The start is
   * part of it, so a session moved after its reminder was sent is reminded again at its new time.
   */
  localId: string;
}

/**
 * Default lead times: 15 minutes before a session or item, 60 before a social event, at 09:00 on a milestone's day.
 * @example DEFAULT_LEAD_MINUTES.social === 60
 */
export const DEFAULT_LEAD_MINUTES: Readonly<Record<Occurrence["kind"], number>> = {
  meeting: 15,
  item: 15,
  social: 60,
  milestone: 0,
};

/**
 * Local time a date-only milestone is reminded at (venue zone).
 * @example wallTimeToInstant(milestone.date, MILESTONE_TIME, zone)
 */
export const MILESTONE_TIME = "09:00";

/**
 * Longest lead accepted: one day.
 * @example if (lead > MAX_LEAD_MINUTES) throw new InputError("at most 24 hours before");
 */
export const MAX_LEAD_MINUTES = 24 * 60;

const MINUTE = 60_000;

/**
 * The instant a reminder counts back from: the start, or 09:00 venue time on a milestone's date.
 * @example reminderAnchor(capacityBuilding) === Date.parse("2024-03-07T15:00:00Z")
 */
export function reminderAnchor(occurrence: Occurrence): number {
  if (occurrence.kind !== "milestone") return occurrence.start;
  return wallTimeToInstant(occurrence.date, MILESTONE_TIME, occurrence.programme.zone) ?? occurrence.start;
}

interface Anchored {
  id: string;
  kind: Occurrence["kind"];
  anchor: number;
  /**
   * The session this reminds of: a meeting slot and an item that starts with it are one
   * session (`<meetingId>@<anchor>`); anything else is its own (`<id>@<anchor>`).
   */
  moment: string;
}

interface DueIndex {
  /** Meeting slots ("every session"), by anchor. */
  sessions: Anchored[];
  byId: Map<string, Anchored>;
}

const indexes = new WeakMap<Catalogue, DueIndex>();

/**
 * Anchors of every occurrence that can be reminded of (cancelled programmes and cancelled
 * occurrences excluded), built
 * once per catalogue object.
 * @example dueIndex(catalogue).byId.get("oewg-7-capacity-building")?.anchor
 */
export function dueIndex(catalogue: Catalogue): DueIndex {
  const known = indexes.get(catalogue);
  if (known) return known;
  const byId = new Map<string, Anchored>();
  const sessions: Anchored[] = [];
  for (const occurrence of catalogue.occurrences) {
    if (isCancelled(occurrence)) continue;
    const anchor = reminderAnchor(occurrence);
    if (Number.isNaN(anchor)) continue;
    const entry = {
      id: occurrence.id,
      kind: occurrence.kind,
      anchor,
      moment: momentOf(catalogue, occurrence),
    };
    byId.set(occurrence.id, entry);
    if (occurrence.kind === "meeting") sessions.push(entry);
  }
  sessions.sort((a, b) => a.anchor - b.anchor || a.id.localeCompare(b.id));
  const index = { sessions, byId };
  indexes.set(catalogue, index);
  return index;
}

/**
 * The session an occurrence reminds of, whatever words named it: an item that starts with its
 * meeting slot is that slot (`oewg-7-2024-03-07-pm@…` for "the next session" and for "regular
 * institutional dialogue" alike); an item timed later in the slot, a social event or a
 * milestone is its own.
 * @example momentOf(catalogue, capacityBuilding) === `oewg-7-2024-03-07-am@${Date.parse("2024-03-07T15:00:00Z")}`
 */
export function momentOf(catalogue: Catalogue, occurrence: Occurrence): string {
  const anchor = reminderAnchor(occurrence);
  const slot = occurrence.kind === "item" ? catalogue.byId.get(occurrence.meetingId) : undefined;
  const session = slot && slot.kind !== "notice" && slot.start === occurrence.start ? slot.id : occurrence.id;
  return `${session}@${anchor}`;
}

/** First index of `sessions` whose anchor is > `after`. */
function firstAfter(sessions: readonly Anchored[], after: number): number {
  let low = 0;
  let high = sessions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sessions[middle] as Anchored).anchor > after) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Specific occurrences win over the meeting slot they sit in when both fall at the same moment. */
const SPECIFICITY: Readonly<Record<Occurrence["kind"], number>> = {
  meeting: 1,
  item: 2,
  social: 2,
  milestone: 2,
};

/** A person's own choice for one session beats an automatic one. */
const ORIGIN_RANK: Readonly<Record<ReminderOrigin, number>> = { explicit: 10, rsvp: 0 };

interface Chosen {
  subscription: ReminderSubscription;
  entry: Anchored;
  rank: number;
}

/**
 * Reminders due in the window (windowStart, windowEnd] (epoch ms), against the current
 * catalogue. **One reminder per person and session**, however many ways it was asked for:
 * subscriptions naming the same session (a meeting slot and an item starting with it, or the
 * same occurrence twice) are one, the most specific winning (an item over its slot, a
 * person's own over an automatic one), its lead kept; "every session" gives way to any
 * subscription naming that session, whatever its lead. Sorted by due time.
 * @example
 * dueReminders([{ userId: "test:u1", target: { type: "every-session" }, leadMinutes: 15 }], catalogue,
 *   Date.parse("2024-03-07T14:40:00Z"), Date.parse("2024-03-07T14:45:00Z"))
 * // [{ userId: "test:u1", occurrenceId: "oewg-7-2024-03-07-am", leadMinutes: 15, dueAt: Date.parse("2024-03-07T14:45:00Z"), … }]
 */
export function dueReminders(
  subscriptions: readonly ReminderSubscription[],
  catalogue: Catalogue,
  windowStart: number,
  windowEnd: number,
): DueReminder[] {
  const index = dueIndex(catalogue);
  const out: DueReminder[] = [];
  const emit = (subscription: ReminderSubscription, entry: Anchored) => {
    const dueAt = entry.anchor - subscription.leadMinutes * MINUTE;
    if (dueAt <= windowStart || dueAt > windowEnd) return;
    out.push({
      userId: subscription.userId,
      occurrenceId: entry.id,
      leadMinutes: subscription.leadMinutes,
      anchor: entry.anchor,
      dueAt,
      target: subscription.target,
      origin: subscription.origin ?? "explicit",
      localId: `${subscription.userId}|${entry.id}|${subscription.leadMinutes}|${new Date(entry.anchor).toISOString()}`,
    });
  };
  // One person's subscriptions, whole (not only those due now: a session named with another
  // lead must silence "every session" for it even when that other lead falls outside the window).
  const flush = (run: readonly ReminderSubscription[]) => {
    const named = new Map<string, Chosen>();
    const everySession: ReminderSubscription[] = [];
    for (const subscription of run) {
      if (subscription.target.type === "every-session") {
        everySession.push(subscription);
        continue;
      }
      const entry = index.byId.get(subscription.target.occurrenceId);
      if (!entry) continue;
      const rank = SPECIFICITY[entry.kind] + ORIGIN_RANK[subscription.origin ?? "explicit"];
      const existing = named.get(entry.moment);
      if (existing && (existing.rank > rank || (existing.rank === rank && existing.entry.id <= entry.id)))
        continue;
      named.set(entry.moment, { subscription, entry, rank });
    }
    for (const { subscription, entry } of named.values()) emit(subscription, entry);
    for (const subscription of everySession) {
      const leadMs = subscription.leadMinutes * MINUTE;
      const { sessions } = index;
      for (let i = firstAfter(sessions, windowStart + leadMs); i < sessions.length; i++) {
        const entry = sessions[i] as Anchored;
        if (entry.anchor > windowEnd + leadMs) break;
        if (!named.has(entry.moment)) emit(subscription, entry);
      }
    }
  };
  const ordered = isGroupedByUser(subscriptions)
    ? subscriptions
    : [...subscriptions].sort((a, b) => compare(a.userId, b.userId));
  let start = 0;
  for (let i = 1; i <= ordered.length; i++) {
    if (
      i === ordered.length ||
      (ordered[i] as ReminderSubscription).userId !== (ordered[start] as ReminderSubscription).userId
    ) {
      flush(ordered.slice(start, i));
      start = i;
    }
  }
  return out.sort(
    (a, b) => a.dueAt - b.dueAt || compare(a.userId, b.userId) || compare(a.occurrenceId, b.occurrenceId),
  );
}

/** Plain code-unit order (much cheaper than `localeCompare`, and the same on every machine). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when each user's subscriptions are contiguous. */
function isGroupedByUser(subscriptions: readonly ReminderSubscription[]): boolean {
  const seen = new Set<string>();
  let previous: string | undefined;
  for (const { userId } of subscriptions) {
    if (userId === previous) continue;
    if (seen.has(userId)) return false;
    seen.add(userId);
    previous = userId;
  }
  return true;
}

/**
 * Whether a person's subscriptions still ask for this reminder (used at send time to drop
 * reminders someone stopped, changed, or now asks for with another lead or under another
 * name): the same choice {@link dueReminders} makes, at the reminder's current due time.
 * @example stillDue([{ userId: "u", target: { type: "every-session" }, leadMinutes: 15 }], catalogue, "oewg-7-2024-03-07-am", 15) === true
 */
export function stillDue(
  subscriptionsOfPerson: readonly ReminderSubscription[],
  catalogue: Catalogue,
  occurrenceId: string,
  leadMinutes: number,
): boolean {
  const entry = dueIndex(catalogue).byId.get(occurrenceId);
  if (!entry) return false;
  const dueAt = entry.anchor - leadMinutes * MINUTE;
  return dueReminders(subscriptionsOfPerson, catalogue, dueAt - 1, dueAt).some(
    (reminder) => reminder.occurrenceId === occurrenceId && reminder.leadMinutes === leadMinutes,
  );
}

/**
 * Whether a queued reminder still stands at send time: the occurrence exists, is not
 * cancelled, and starts when the reminder was computed for (a reminder for the old time of a
 * moved session is dropped; the producer queues one for the new time).
 * @example reminderStillDue(catalogue, "oewg-7-2024-03-07-pm", "2024-03-07T20:00:00.000Z") === true
 */
export function reminderStillDue(catalogue: Catalogue, occurrenceId: string, start: string): boolean {
  const entry = dueIndex(catalogue).byId.get(occurrenceId);
  return entry !== undefined && entry.anchor === Date.parse(start);
}
