/**
 * The reminder message, built at send time from the CURRENT programme and in the
 * recipient's zone: a session that moved is announced at its new time and says it moved.
 * A reminder nobody wants any more (stopped, session removed) is cancelled.
 */

import { type Card, type CardField, cardMessage, type Outgoing } from "../../bot/cards.js";
import { currentLocale, withLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import { chosenPlaceOf } from "../../bot/people/schema.js";
import type { Occurrence } from "../../bot/programme/catalogue.js";
import { describeWhen, formatSpan } from "../../bot/programme/format.js";
import { local } from "../../bot/programme/translations.js";
import type { Delivery } from "../../schedules/delivery.js";
import {
  type ReminderSubscription,
  reminderAnchor,
  reminderStillDue,
  stillDue,
} from "../../schedules/reminders/due.js";
import { reminderPayloadSchema } from "../../schedules/reminders/producer.js";
import { itemLabel } from "../programme/describe.js";
import { displayZone } from "../rsvp/service.js";

/**
 * Action ids of the reminder's buttons.
 * @example router.action(STOP_ACTION, stop); // value "every-session", "o:<id>" or "rsvp:<id>"
 */
export const STOP_ACTION = "reminders:stop";
/** @example { actionId: CALENDAR_ACTION, label: "Add to my calendar", value: "session:oewg-7-capacity-building" } */
export const CALENDAR_ACTION = "calendar:add";

/**
 * A short name for what is reminded of, in `locale`; a meeting without a title is named by
 * its items, and an item by itself (their titles as the data translates them, agenda numbers
 * in the catalogue's words).
 * @example sessionLabel(thursdayMorning) === "OEWG 7th session: Agenda item 5 (continued): Capacity-building"
 * @example sessionLabel(thursdayMorning, "fr") === "7e session du GTCNL : Point 5 de l'ordre du jour (suite) : Renforcement des capacités"
 */
export function sessionLabel(occurrence: Occurrence, locale = "en"): string {
  if (occurrence.kind === "meeting" && !occurrence.meeting.title) {
    if (locale === "en")
      return `${occurrence.programme.programme.shortTitle}: ${occurrence.items.map((item) => item.label).join("; ")}`;
    const items = occurrence.items.map(({ item }) => {
      const topic = local(item.topic ?? item.title, locale);
      if (item.agendaItem === undefined) return topic;
      const key = item.continued ? "programme.agendaItemContinued" : "programme.agendaItem";
      return say(locale, key, { number: item.agendaItem, topic });
    });
    return say(locale, "programme.colon", {
      head: local(occurrence.programme.programme.shortTitle, locale),
      rest: items.join(say(locale, "programme.listSeparator")),
    });
  }
  // An agenda item ("Agenda item 5 (continued): Capacity-building"): its number in the
  // catalogue's words and its topic as the data translates it, not the English label.
  if (occurrence.kind === "item" && locale !== "en")
    return withLocale(locale, () => itemLabel(occurrence.item));
  return local(occurrence.label, locale);
}

/**
 * Where it takes place, as far as the programme says, the venue named in the turn's language.
 * @example placeOf(reception) === "Permanent Mission of Singapore to the United Nations, 318 East 48th Street, New York, NY 10017"
 */
export function placeOf(occurrence: Occurrence): string | undefined {
  if (occurrence.kind === "social")
    return [occurrence.event.place.name, ...occurrence.event.place.address].join(", ");
  if (occurrence.kind === "milestone") return undefined;
  const venue = occurrence.programme.programme.venue;
  const room = occurrence.meeting.room ?? venue.room;
  // The venue in the reader's language (the data gives it in six), as programme answers say it.
  const name = local(venue.name);
  return room ? `${name}, ${room}` : name;
}

/**
 * "in 15 minutes", "now", "5 minutes ago", "in 1 hour 30 minutes".
 * @example relativeTime(90) === "in 1 hour 30 minutes"
 */
export function relativeTime(minutes: number, locale = "en"): string {
  if (minutes === 0) return say(locale, "reminders.relative.now");
  const amount = withLocale(locale, () => amountText(Math.abs(minutes)));
  return say(locale, minutes > 0 ? "reminders.relative.in" : "reminders.relative.ago", { amount });
}

/** Wording of the reminder card in the reader's language (the outbox renders in it). */
const t = (key: string, values?: Record<string, string | number>) =>
  say(currentLocale(), `reminders.card.${key}`, values);

/** "1 hour 5 minutes" in the reader's language (`reminders.lead.*`). */
function amountText(minutes: number): string {
  const locale = currentLocale();
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hoursText = hours > 0 ? say(locale, "reminders.lead.hours", { count: hours }) : "";
  const minutesText = rest > 0 ? say(locale, "reminders.lead.minutes", { count: rest }) : "";
  return hoursText && minutesText
    ? say(locale, "reminders.lead.join", { hours: hoursText, minutes: minutesText })
    : hoursText || minutesText;
}

/**
 * What the card needs besides the occurrence.
 * @example reminderCard(session, { now, zone: "Asia/Tokyo", scheduledStart: Date.parse("2024-03-07T14:00:00Z") })
 */
export interface ReminderView {
  now: Date;
  /** The recipient's zone, when known and valid. */
  zone?: string;
  /** The place the recipient named that zone by ("Geneva"), which labels it. */
  place?: string;
  /** The start as first announced (epoch ms). */
  scheduledStart?: number;
  /** Value of the stop button ("every-session", "o:<id>", "rsvp:<id>"). */
  source?: string;
  /** Whether calendar links can be served (PUBLIC_URL): the "Add to my calendar" button only then. */
  calendars?: boolean;
}

/**
 * The reminder card.
 * @example reminderCard(capacityBuilding, { now: new Date("2024-03-07T14:45:00Z"), zone: "Europe/Paris" }).title
 * // "Reminder: Agenda item 5 (continued): Capacity-building starts in 15 minutes"
 */
export function reminderCard(occurrence: Occurrence, view: ReminderView): Card {
  const anchor = reminderAnchor(occurrence);
  const zones = {
    venueZone: occurrence.programme.zone,
    venueLabel: occurrence.programme.zoneLabel,
    askerZone: view.zone,
    ...(view.place ? { askerPlace: view.place } : {}),
  };
  const dateOnly = occurrence.kind === "milestone";
  const minutes = Math.round((anchor - view.now.getTime()) / 60_000);
  const label = sessionLabel(occurrence, currentLocale());
  const amount = amountText(Math.abs(minutes));
  const title = dateOnly
    ? t("today", { label })
    : minutes > 0
      ? t("startsIn", { label, amount })
      : minutes === 0
        ? t("startingNow", { label })
        : t("started", { label, amount });
  const when = describeWhen({ start: occurrence.start, end: occurrence.end, dateOnly }, zones);
  const fields: CardField[] = [{ label: t("when"), value: when.venue }];
  if (when.askerValue) fields.push({ label: t("yourTime"), value: when.askerValue });
  const place = placeOf(occurrence);
  if (place) fields.push({ label: t("where"), value: place });
  const sections: Card["sections"] = [];
  if (view.scheduledStart !== undefined && view.scheduledStart !== anchor && !dateOnly) {
    const before = `${formatSpan(view.scheduledStart, undefined, zones.venueZone)} ${zones.venueLabel}`;
    sections.push({ text: t("moved", { before }) });
  }
  sections.push({ fields });
  if (occurrence.kind === "meeting" && occurrence.meeting.title) {
    sections.push({
      heading: t("items"),
      // Each item as the data translates it, in the reader's language (the outbox renders in it).
      text: occurrence.items
        .map((item) => `• ${currentLocale() === "en" ? item.label : itemLabel(item.item)}`)
        .join("\n"),
    });
  }
  return {
    title,
    sections,
    buttons: [
      ...(view.calendars === false
        ? []
        : [{ actionId: CALENDAR_ACTION, label: t("addToCalendar"), value: `session:${occurrence.id}` }]),
      ...(view.source ? [{ actionId: STOP_ACTION, label: t("stop"), value: view.source }] : []),
    ],
  };
}

/**
 * The outbox renderer of reminders.
 * @example deps.outbox.register(REMINDER_KIND, reminderRenderer(deps, source));
 */
export function reminderRenderer(deps: BotDeps, subscriptions: () => Promise<ReminderSubscription[]>) {
  return async (delivery: Delivery, now: Date, _to: unknown, locale: string): Promise<Outgoing | null> => {
    const payload = reminderPayloadSchema.parse(delivery.payload);
    const occurrence = deps.catalogue.byId.get(payload.occurrenceId);
    if (!occurrence || occurrence.kind === "notice") return null;
    // Cancelled, or moved since this reminder was queued (the new time has its own reminder).
    if (!reminderStillDue(deps.catalogue, payload.occurrenceId, payload.start)) return null;
    const wanted = stillDue(
      (await subscriptions()).filter((subscription) => subscription.userId === delivery.recipient),
      deps.catalogue,
      payload.occurrenceId,
      payload.leadMinutes,
    );
    if (!wanted) return null;
    const contact = await deps.people.contact(delivery.recipient);
    return withLocale(locale, () =>
      cardMessage(
        reminderCard(occurrence, {
          now,
          zone: displayZone(contact?.timeZone),
          ...(chosenPlaceOf(contact) ? { place: chosenPlaceOf(contact) } : {}),
          scheduledStart: Date.parse(payload.scheduledStart),
          source: payload.source,
          calendars: deps.config.PUBLIC_URL !== undefined,
        }),
        locale,
      ),
    );
  };
}
