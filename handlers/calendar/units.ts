/**
 * Calendar units: what becomes one VEVENT. A meeting slot is one event (its items are listed
 * in the description, with their own times when the programme gives them), so that adding
 * "capacity-building", "Thursday" or the whole programme always produces the same UID for
 * the same slot and importing again updates instead of duplicating. Social events are one
 * event each; date-only milestones are all-day events.
 */
import type { Catalogue, MeetingOccurrence, Occurrence } from "../../bot/programme/catalogue.js";
import { formatClock } from "../../bot/programme/format.js";
import { addDays } from "../../bot/programme/time.js";
import { isCancelled } from "../../bot/versions/cancelled.js";
import { placeOf, sessionLabel } from "../reminders/render.js";

/**
 * One calendar event.
 * @example toUnit(reception) // { uid: "oewg-7-reception-2024-03-04@delegate-bot", start: 1709595000000, end: undefined, … }
 */
export interface CalendarUnit {
  /** `<occurrenceId>@delegate-bot`: stable across versions of the programme. */
  uid: string;
  occurrenceId: string;
  summary: string;
  description: string;
  location?: string;
  /** Epoch ms (UTC instants). */
  start: number;
  end?: number;
  /** Set for date-only milestones: the local date, and the day after (exclusive end). */
  allDay?: { date: string; endDate: string };
  cancelled: boolean;
  /** The programme is provisional: the event is shown as tentative. */
  tentative: boolean;
}

/**
 * How long an event the letter gives no end for is shown in calendars (the description says so).
 * @example NO_END_DISPLAY_MINUTES.social === 120
 */
export const NO_END_DISPLAY_MINUTES = { social: 120 } as const;

/**
 * The calendar location: the place, the city when the place does not name it, and "hybrid"
 * where the meeting is.
 * @example calendarLocation(thursdayMorning) === "United Nations Headquarters, New York"
 */
export function calendarLocation(occurrence: Exclude<Occurrence, { kind: "item" }>): string | undefined {
  const place = placeOf(occurrence);
  if (place === undefined) return undefined;
  const venue = occurrence.programme.programme.venue;
  const format =
    occurrence.kind === "social"
      ? occurrence.event.format
      : occurrence.kind === "meeting"
        ? (occurrence.meeting.format ?? venue.format)
        : undefined;
  const withCity = place.toLowerCase().includes(venue.city.toLowerCase()) ? place : `${place}, ${venue.city}`;
  return format === "hybrid" ? `${withCity} (hybrid)` : withCity;
}

/**
 * The UID of an occurrence's calendar event.
 * @example calendarUid("oewg-7-2024-03-07-am") === "oewg-7-2024-03-07-am@delegate-bot"
 */
export function calendarUid(occurrenceId: string): string {
  return `${occurrenceId}@delegate-bot`;
}

/**
 * The occurrence that carries an occurrence's calendar event (an item's meeting).
 * @example unitOccurrence(catalogue, capacityBuilding).id === "oewg-7-2024-03-07-am"
 */
export function unitOccurrence(
  catalogue: Catalogue,
  occurrence: Occurrence,
): Exclude<Occurrence, { kind: "item" }> | undefined {
  if (occurrence.kind !== "item") return occurrence;
  const meeting = catalogue.byId.get(occurrence.meetingId);
  return meeting && meeting.kind === "meeting" ? meeting : undefined;
}

function meetingDescription(meeting: MeetingOccurrence): string {
  const zone = meeting.programme.zone;
  const lines = meeting.items.map((item) => {
    const time = item.ownTime
      ? `${formatClock(item.start, zone)}–${item.end === undefined ? "" : formatClock(item.end, zone)} `
      : "";
    const speakers = item.item.speakers.map((speaker) => speaker.name ?? speaker.role).filter(Boolean);
    return `• ${time}${item.label}${speakers.length > 0 ? ` (${speakers.join(", ")})` : ""}`;
  });
  return [
    ...lines,
    "",
    `${meeting.programme.programme.title} — programme ${meeting.programme.programme.status}, version ${meeting.programme.programme.version}.`,
  ].join("\n");
}

/**
 * The calendar event of a meeting, social event or milestone.
 * @example toUnit(thursdayMorning).summary === "OEWG 7th session: Agenda item 5 (continued): Capacity-building"
 */
export function toUnit(occurrence: Exclude<Occurrence, { kind: "item" }>): CalendarUnit {
  const cancelled = isCancelled(occurrence);
  const base = {
    uid: calendarUid(occurrence.id),
    occurrenceId: occurrence.id,
    summary: sessionLabel(occurrence),
    location: calendarLocation(occurrence),
    cancelled,
    tentative: occurrence.programme.programme.status === "provisional",
  };
  switch (occurrence.kind) {
    case "meeting":
      return {
        ...base,
        description: meetingDescription(occurrence),
        start: occurrence.start,
        end: occurrence.end,
      };
    case "social": {
      const { event } = occurrence;
      const host = event.host ? `Host: ${[event.host.name, event.host.role].filter(Boolean).join(", ")}` : "";
      const description = [
        host,
        event.invitation ? `Invited: ${event.invitation}` : "",
        event.place.directions ?? "",
        event.end === undefined
          ? `The letter gives no end time; shown here as ${NO_END_DISPLAY_MINUTES.social / 60} hours.`
          : "",
      ]
        .filter(Boolean)
        .join("\n");
      return {
        ...base,
        description,
        start: occurrence.start,
        end: occurrence.end ?? occurrence.start + NO_END_DISPLAY_MINUTES.social * 60_000,
      };
    }
    case "milestone":
      return {
        ...base,
        description: occurrence.milestone.description ?? "",
        start: occurrence.start,
        allDay: { date: occurrence.date, endDate: addDays(occurrence.date, 1) },
      };
  }
}

/**
 * The units of some occurrences, without duplicates, by start.
 * @example unitsOf(catalogue, [capacityBuilding]).map((u) => u.uid) // ["oewg-7-2024-03-07-am@delegate-bot"]
 */
export function unitsOf(catalogue: Catalogue, occurrences: readonly Occurrence[]): CalendarUnit[] {
  const byId = new Map<string, CalendarUnit>();
  for (const occurrence of occurrences) {
    const carrier = unitOccurrence(catalogue, occurrence);
    if (carrier && !byId.has(carrier.id)) byId.set(carrier.id, toUnit(carrier));
  }
  return [...byId.values()].sort((a, b) => a.start - b.start || a.uid.localeCompare(b.uid));
}

/**
 * Everything on a local date (meetings, social events, milestones).
 * @example unitsOfDay(catalogue, "2024-03-07").length === 2
 */
export function unitsOfDay(catalogue: Catalogue, date: string): CalendarUnit[] {
  return unitsOf(catalogue, catalogue.byDate.get(date) ?? []);
}

/**
 * The whole catalogue (every programme).
 * @example allUnits(loadCatalogue()).length // meetings + social events + milestones
 */
export function allUnits(catalogue: Catalogue): CalendarUnit[] {
  return unitsOf(
    catalogue,
    catalogue.occurrences.filter((occurrence) => occurrence.kind !== "item"),
  );
}
