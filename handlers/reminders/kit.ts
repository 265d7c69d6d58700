/**
 * What the reminder commands share: the repository and the effective subscriptions of a core,
 * lead and time wording, the person's reminder lines, muting automatic RSVP reminders.
 */
import { currentLocale, withLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import type { Catalogue, Occurrence } from "../../bot/programme/catalogue.js";
import { describeWhen, formatClock } from "../../bot/programme/format.js";
import { wallTimeToInstant } from "../../bot/programme/time.js";
import {
  dueReminders,
  MILESTONE_TIME,
  type ReminderSubscription,
  reminderAnchor,
} from "../../schedules/reminders/due.js";
import { rsvpRepository } from "../rsvp/module.js";
import { sessionLabel } from "./render.js";
import type { ReminderPrefs } from "./schema.js";
import { subscriptionSource } from "./sources.js";
import { ReminderRepository } from "./store.js";

/**
 * The reminder repository on the bot's store (for other features: the Home view).
 * @example const mine = await reminderRepository(deps).remindersOf(ctx.user.id);
 */
export function reminderRepository(deps: Pick<BotDeps, "store">): ReminderRepository {
  return new ReminderRepository(deps.store.namespace("reminders"));
}

/**
 * "15 minutes before", "1 hour before", "at the start".
 * @example leadText(60) === "1 hour before"; leadText(1440) === "the day before"
 */
export function leadText(minutes: number, locale = currentLocale()): string {
  if (minutes === 0) return say(locale, "reminders.lead.start");
  if (minutes === 24 * 60) return say(locale, "reminders.lead.dayBefore");
  return say(locale, "reminders.lead.before", { amount: durationText(minutes, locale) });
}

/**
 * An amount of time in the reader's language, hours and minutes ("1 hour 30 minutes", "1 heure 30 minutes").
 * @example durationText(90, "en") === "1 hour 30 minutes"
 */
export function durationText(minutes: number, locale: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hoursText = hours > 0 ? say(locale, "reminders.lead.hours", { count: hours }) : "";
  const minutesText = rest > 0 ? say(locale, "reminders.lead.minutes", { count: rest }) : "";
  return hoursText && minutesText
    ? say(locale, "reminders.lead.join", { hours: hoursText, minutes: minutesText })
    : hoursText || minutesText;
}

/**
 * "Thu 7 Mar, 3:00 PM–6:00 PM New York time (Thu 7 Mar, 9:00 PM–12:00 AM your time (Paris))";
 * `place`: the place the reader named `zone` by ("Geneva"), which labels it.
 * @example whenText(reception, "Asia/Tokyo")
 */
export function whenText(
  occurrence: Occurrence,
  zone: string | undefined,
  locale?: string,
  place?: string,
): string {
  const describe = () =>
    describeWhen(
      { start: occurrence.start, end: occurrence.end, dateOnly: occurrence.kind === "milestone" },
      {
        venueZone: occurrence.programme.zone,
        venueLabel: occurrence.programme.zoneLabel,
        askerZone: zone,
        ...(place ? { askerPlace: place } : {}),
      },
    );
  const when = locale ? withLocale(locale, describe) : describe();
  return when.asker
    ? say(locale ?? currentLocale(), "reminders.whenBoth", { venue: when.venue, asker: when.asker })
    : when.venue;
}

/**
 * When a date-only milestone is reminded of, counted from 09:00 venue time on its day, in the
 * reader's language (anyone may ask to be reminded of one); `venue`: the milestone's programme,
 * whose zone label is read in that language.
 * @example milestoneLead(0, occurrence.programme, "en") === "at 9:00 AM New York time on the day"
 * @example milestoneLead(1440, occurrence.programme, "fr") === "la veille à 09:00 heure de New York"
 */
export function milestoneLead(
  minutes: number,
  venue: { readonly zoneLabel: string },
  locale = currentLocale(),
): string {
  const values = { time: milestoneClock(locale), zone: withLocale(locale, () => venue.zoneLabel) };
  if (minutes === 0) return say(locale, "reminders.lead.milestoneStart", values);
  if (minutes === 24 * 60) return say(locale, "reminders.lead.milestoneDayBefore", values);
  return say(locale, "reminders.lead.milestoneBefore", { ...values, amount: durationText(minutes, locale) });
}

/** The wall time milestones are reminded at, as the language's clock says it ("9:00 AM", "09:00"). */
function milestoneClock(locale: string): string {
  const instant = wallTimeToInstant("2024-01-01", MILESTONE_TIME, "UTC") ?? 0;
  return withLocale(locale, () => formatClock(instant, "UTC"));
}

/**
 * A lead with when its occurrence is, bracketed as the reader's language brackets it.
 * @example leadWithWhen("at 9:00 AM New York time on the day", "Mon 10 Jun (date only, no time given)", "en") === "at 9:00 AM New York time on the day (Mon 10 Jun (date only, no time given))"
 */
export function leadWithWhen(lead: string, when: string, locale = currentLocale()): string {
  return say(locale, "reminders.lead.withWhen", { lead, when });
}

/**
 * The next reminder a person will get, if any, within 60 days.
 * @example nextReminder(await mine(userId), deps.catalogue, ctx.now())?.occurrenceId
 */
export function nextReminder(subscriptions: ReminderSubscription[], catalogue: Catalogue, now: Date) {
  const start = now.getTime();
  return dueReminders(subscriptions, catalogue, start, start + 60 * 24 * 60 * 60_000)[0];
}

/**
 * Stops automatic RSVP reminders for one event, or (without an event) for all.
 * @example await muteEvent(repository, ctx.user.id, "oewg-7-reception-2024-03-04", ctx.now());
 */
export async function muteEvent(
  reminders: ReminderRepository,
  userId: string,
  eventId: string | undefined,
  now: Date,
): Promise<void> {
  const prefs: ReminderPrefs = (await reminders.prefs(userId)) ?? {
    rsvpReminders: true,
    mutedEvents: [],
    updatedAt: now.toISOString(),
  };
  const next = eventId
    ? { ...prefs, mutedEvents: [...new Set([...prefs.mutedEvents, eventId])] }
    : { ...prefs, rsvpReminders: false };
  await reminders.savePrefs(userId, { ...next, updatedAt: now.toISOString() });
}

/**
 * Lets automatic RSVP reminders for an event come again (the person asked for it).
 * @example await unmuteEvent(repository, ctx.user.id, "oewg-7-reception-2024-03-04", ctx.now());
 */
export async function unmuteEvent(
  reminders: ReminderRepository,
  userId: string,
  eventId: string,
  now: Date,
): Promise<void> {
  const prefs = await reminders.prefs(userId);
  if (!prefs?.mutedEvents.includes(eventId)) return;
  await reminders.savePrefs(userId, {
    ...prefs,
    mutedEvents: prefs.mutedEvents.filter((id) => id !== eventId),
    updatedAt: now.toISOString(),
  });
}

/** One subscription source per core (memoised on the data versions). */
const sources = new WeakMap<BotDeps, () => Promise<ReminderSubscription[]>>();

/**
 * The effective subscriptions (own + automatic) of a core, memoised on the data versions.
 * @example const all = await sourceFor(deps)();
 */
export function sourceFor(deps: BotDeps): () => Promise<ReminderSubscription[]> {
  let source = sources.get(deps);
  if (!source) {
    source = subscriptionSource(reminderRepository(deps), rsvpRepository(deps), () => deps.catalogue);
    sources.set(deps, source);
  }
  return source;
}

/**
 * A person's reminders as lines: "• Every session — 15 minutes before". Reminders for
 * sessions that have started by `now` are left out, and counted in a last line.
 * `place`: the place the person named `zone` by, which labels their times.
 * @example await reminderLines(deps, "test:u1", "Europe/Paris", clock.now(), "fr")
 */
export async function reminderLines(
  deps: BotDeps,
  userId: string,
  zone: string | undefined,
  now: Date,
  locale: string,
  place?: string,
): Promise<string[]> {
  const startOf = (subscription: ReminderSubscription) => {
    if (subscription.target.type === "every-session") return Number.NEGATIVE_INFINITY;
    const occurrence = deps.catalogue.byId.get(subscription.target.occurrenceId);
    return occurrence && occurrence.kind !== "notice" ? reminderAnchor(occurrence) : Number.POSITIVE_INFINITY;
  };
  const own = (await sourceFor(deps)()).filter((subscription) => subscription.userId === userId);
  const subscriptions = own
    .filter(
      (subscription) => subscription.target.type === "every-session" || startOf(subscription) > now.getTime(),
    )
    .sort((a, b) => startOf(a) - startOf(b));
  const past = own.length - subscriptions.length;
  const pastLine =
    past > 0
      ? [
          ...(subscriptions.length === 0 ? [say(locale, "reminders.lines.noUpcoming")] : []),
          say(locale, "reminders.lines.pastHidden", { count: past }),
        ]
      : [];
  return withLocale(locale, () => [
    ...subscriptions.map((subscription) => {
      if (subscription.target.type === "every-session")
        return `• ${say(currentLocale(), "reminders.everySessionLine", { lead: leadText(subscription.leadMinutes) })}`;
      const occurrence = deps.catalogue.byId.get(subscription.target.occurrenceId);
      const name =
        occurrence && occurrence.kind !== "notice"
          ? say(locale, "reminders.lines.sessionWhen", {
              label: sessionLabel(occurrence, locale),
              when: whenText(occurrence, zone, undefined, place),
            })
          : say(locale, "reminders.lines.gone", { id: subscription.target.occurrenceId });
      const why = subscription.origin === "rsvp" ? say(locale, "reminders.lines.becauseRsvp") : "";
      const lead =
        occurrence?.kind === "milestone"
          ? milestoneLead(subscription.leadMinutes, occurrence.programme, locale)
          : leadText(subscription.leadMinutes);
      return `• ${name} — ${lead}${why}`;
    }),
    ...pastLine,
  ]);
}

/**
 * The occurrences and the slots that remind of them: an item's meeting ("remind me about
 * Thursday" subscribes to the meeting) and a meeting's items, so that stopping reminders
 * about a topic stops every reminder that would bring it.
 */
export function withTheirSlots(catalogue: Catalogue, occurrences: readonly Occurrence[]): Occurrence[] {
  const all = new Map<string, Occurrence>();
  for (const occurrence of occurrences) {
    all.set(occurrence.id, occurrence);
    const related =
      occurrence.kind === "item"
        ? [catalogue.byId.get(occurrence.meetingId)]
        : occurrence.kind === "meeting"
          ? occurrence.items
          : [];
    for (const other of related) if (other && other.kind !== "notice") all.set(other.id, other);
  }
  return [...all.values()];
}
