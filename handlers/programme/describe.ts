/**
 * Short phrases about occurrences for answers: when (venue and asker time), who, where,
 * and the footer naming the zone and the source. Only facts from the data are used; an
 * absent field is said to be absent, never filled in.
 */
import type { Facet } from "../../bot/language/lexicon.js";
import { english } from "../../bot/language/locales/en/lexicon.js";
import type { NoticeEntry, Occurrence, ProgrammeEntry, Searchable } from "../../bot/programme/catalogue.js";
import { endOf } from "../../bot/programme/ends.js";
import {
  type DescribedTime,
  describeWhen,
  formatClock,
  formatDate,
  zoneFooter,
} from "../../bot/programme/format.js";
import type { Speaker } from "../../bot/programme/schema.js";
import { localDateTime } from "../../bot/programme/time.js";

/**
 * What describing needs besides the occurrence.
 * @example const context: DescribeContext = { now: new Date(), askerZone: "Europe/London" };
 */
export interface DescribeContext {
  now: Date;
  /** The asker's IANA zone (already validated), if any. */
  askerZone?: string;
}

/**
 * When an occurrence takes place, in the venue's zone and the asker's.
 * @example whenOf(capacityBuilding, { now, askerZone: "Asia/Tokyo" }).asker
 * // "Fri 8 Mar, 12:00 AM–3:00 AM your time (Asia/Tokyo), next day"
 */
export function whenOf(occurrence: Occurrence, context: DescribeContext): DescribedTime {
  const { programme } = occurrence;
  const range = {
    start: occurrence.start,
    end: occurrence.end,
    dateOnly: occurrence.kind === "milestone",
    withYear:
      occurrence.date.slice(0, 4) !== localDateTime(context.now.getTime(), programme.zone).date.slice(0, 4),
  };
  return describeWhen(range, {
    venueZone: programme.zone,
    venueLabel: programme.zoneLabel,
    askerZone: context.askerZone,
  });
}

/**
 * The "when" lines of an occurrence: venue time, then the asker's time when it differs.
 * @example whenLines(reception, { now }) // ["Mon 4 Mar, 6:30 PM New York time (no end time given)"]
 */
export function whenLines(occurrence: Occurrence, context: DescribeContext): string[] {
  const when = whenOf(occurrence, context);
  const noEnd = occurrence.kind === "social" && occurrence.end === undefined ? " (no end time given)" : "";
  const venue = `${when.venue}${noEnd}${pastMark(occurrence, context.now)}`;
  return when.asker ? [venue, askerText(when.asker)] : [venue];
}

/** Over by the time of asking (see {@link endOf} for events the letters give no end). */
/**
 * " (past)" for what is over at `now` (by `endOf`), else "": every view marks it the same way.
 * @example pastMark(mondayMorning, tuesday) === " (past)"
 */
export function pastMark(occurrence: Occurrence, now: Date): string {
  return endOf(occurrence) <= now.getTime() ? " (past)" : "";
}

/**
 * Clock range in the venue's zone without the date: "10:00 AM–1:00 PM", "6:30 PM" (no end
 * given) or "Date only" (a milestone).
 * @example clockRange(capacityBuilding) === "10:00 AM–1:00 PM"
 */
export function clockRange(occurrence: Occurrence): string {
  if (occurrence.kind === "milestone") return "Date only";
  const zone = occurrence.programme.zone;
  const start = formatClock(occurrence.start, zone);
  return occurrence.end === undefined ? start : `${start}–${formatClock(occurrence.end, zone)}`;
}

/**
 * The asker's-time line for an occurrence, or `undefined` when it equals the venue's.
 * @example askerLine(capacityBuilding, { now, askerZone: "Asia/Tokyo" }) // "Your time: Fri 8 Mar, 12:00 AM–3:00 AM (Asia/Tokyo), next day"
 */
export function askerLine(occurrence: Occurrence, context: DescribeContext): string | undefined {
  const asker = whenOf(occurrence, context).asker;
  return asker ? askerText(asker) : undefined;
}

/** "Fri 8 Mar, 12:00 AM your time (Asia/Tokyo), next day" → "Your time: Fri 8 Mar, 12:00 AM (Asia/Tokyo), next day". */
function askerText(asker: string): string {
  return `Your time: ${asker.replace(" your time", "")}`;
}

/**
 * A short name for something found: the sub-topic or title.
 * @example topicLabel(capacityBuildingItem) === "Capacity-building"
 */
export function topicLabel(found: Searchable | Occurrence): string {
  switch (found.kind) {
    case "item":
      return found.item.topic ?? found.item.title;
    default:
      return found.label;
  }
}

/**
 * One speaker: "Ms. Izumi Nakamitsu (pre-recorded)", with the role when asked.
 * @example speakerText({ name: "Ms Izumi Nakamitsu", role: "USG", note: "pre-recorded" }, true) === "Ms Izumi Nakamitsu, USG (pre-recorded)"
 */
export function speakerText(speaker: Speaker, withRole = false): string {
  const who =
    speaker.name && speaker.role && withRole
      ? `${speaker.name}, ${speaker.role}`
      : (speaker.name ?? speaker.role ?? "");
  return speaker.note ? `${who} (${speaker.note})` : who;
}

/**
 * Speakers of an item as a short list of names (roles for groups such as "Secretariat").
 * @example speakerNames(openingStatements) === "Ms. Izumi Nakamitsu; H.E. Ambassador Burhan Gafoor"
 */
export function speakerNames(speakers: readonly Speaker[]): string {
  return speakers.map((speaker) => speakerText(speaker)).join("; ");
}

/**
 * A speaker with a short role and note in brackets; long roles are left to the details.
 * @example speakerWithShortRole({ name: "Ms Izumi Nakamitsu", role: "USG", note: "pre-recorded" }) === "Ms Izumi Nakamitsu (USG, pre-recorded)"
 */
export function speakerWithShortRole(speaker: Speaker): string {
  const extras = [
    speaker.name && speaker.role && speaker.role.length <= 40 ? speaker.role : undefined,
    speaker.note,
  ];
  const inBrackets = extras.filter(Boolean).join(", ");
  const who = speaker.name ?? speaker.role ?? "";
  return inBrackets ? `${who} (${inBrackets})` : who;
}

/**
 * Where an occurrence or programme takes place, from the data only.
 * @example placeOf(reception) === "Permanent Mission of Singapore to the United Nations, 318 East 48th Street, New York, NY 10017 (between 1st and 2nd Avenues)"
 */
export function placeOf(subject: Searchable | Occurrence | ProgrammeEntry): string {
  if ("kind" in subject && subject.kind === "social") {
    const { place } = subject.event;
    const directions = place.directions ? ` (${place.directions})` : "";
    return `${place.name}, ${place.address.join(", ")}${directions}`;
  }
  const programme = "kind" in subject ? subject.programme : subject;
  const { venue } = programme.programme;
  const name = venue.shortName ? `${venue.name} (${venue.shortName})` : venue.name;
  const format = formatOf(subject);
  return `${name}, ${venue.city}${format ? `, ${format} format` : ""}`;
}

function formatOf(subject: Searchable | Occurrence | ProgrammeEntry): string | undefined {
  if (
    "kind" in subject &&
    (subject.kind === "item" || subject.kind === "meeting") &&
    subject.meeting.format
  ) {
    return subject.meeting.format;
  }
  const programme = "kind" in subject ? subject.programme : subject;
  return programme.programme.venue.format;
}

/**
 * ", Conference Room 4" when a letter gives the room, else " (no room given)".
 * @example roomNote(capacityBuilding) === " (no room given)"
 */
export function roomNote(subject: Searchable | Occurrence | ProgrammeEntry): string {
  const room = roomOf(subject);
  return room ? `, ${room}` : " (no room given)";
}

/**
 * The room of an occurrence, when a letter gives one.
 * @example roomOf(capacityBuilding) === undefined
 */
export function roomOf(subject: Searchable | Occurrence | ProgrammeEntry): string | undefined {
  if (!("kind" in subject)) return subject.programme.venue.room;
  if (subject.kind === "item" || subject.kind === "meeting")
    return subject.meeting.room ?? subject.programme.programme.venue.room;
  if (subject.kind === "notice") return undefined;
  return subject.programme.programme.venue.room;
}

/**
 * The notices of a programme that answer a facet: those whose keywords (data) include one of
 * the lexicon's words for it ("link": the connection link notice).
 * @example noticesOf(pocEntry, "link") // [the connection link notice]
 */
export function noticesOf(programme: ProgrammeEntry, facet: Facet): NoticeEntry[] {
  const words = new Set(english.facets.find((entry) => entry.facet === facet)?.phrases ?? []);
  return programme.programme.notices
    .filter((notice) => notice.keywords.some((keyword) => words.has(keyword.toLowerCase())))
    .map((notice) => ({ kind: "notice", id: notice.id, programme, notice, label: notice.about }));
}

/**
 * A programme's dates: "Mon 4 – Fri 8 Mar" or "Thu 9 May".
 * @example programmeDates(oewg) === "Mon 4 – Fri 8 Mar"
 */
export function programmeDates(programme: ProgrammeEntry, now: Date): string {
  const first = programme.days[0];
  const last = programme.days[programme.days.length - 1];
  if (!first || !last) return "";
  const withYear = first.slice(0, 4) !== localDateTime(now.getTime(), programme.zone).date.slice(0, 4);
  const meetingLast = programme.meetingDays[programme.meetingDays.length - 1] ?? last;
  if (first === meetingLast) return formatDate(first, { withYear });
  return `${formatDate(first)} – ${formatDate(meetingLast, { withYear })}`;
}

/**
 * The footer: zone (with abbreviation and UTC offset at the times shown) and the status of
 * the programmes shown.
 * @example footerFor([capacityBuilding])
 * // "Times in New York time (EST, UTC−5). Provisional programme, version 1 (letter of 29 Jan 2024)."
 */
export function footerFor(
  occurrences: readonly (Occurrence | { programme: ProgrammeEntry; start?: number })[],
): string {
  const byZone = new Map<string, { label: string; instants: number[] }>();
  const statuses = new Map<string, string>();
  for (const occurrence of occurrences) {
    const { programme } = occurrence;
    const entry = byZone.get(programme.zone) ?? { label: programme.zoneLabel, instants: [] };
    if (occurrence.start !== undefined) entry.instants.push(occurrence.start);
    byZone.set(programme.zone, entry);
    statuses.set(programme.id, statusText(programme));
  }
  const zones = [...byZone].map(([zone, { label, instants }]) => zoneFooter(instants, zone, label));
  const parts = [...zones, ...new Set(statuses.values())].filter(Boolean);
  return parts.length > 0 ? `${parts.join(". ")}.` : "";
}

function statusText(programme: ProgrammeEntry): string {
  const { status, source, version } = programme.programme;
  const letter = `letter of ${formatDate(source.date).replace(/^\w+ /, "")} ${source.date.slice(0, 4)}`;
  if (status === "provisional") return `Provisional programme, version ${version} (${letter})`;
  if (status === "cancelled") return `Cancelled (${letter})`;
  return `From the ${letter}`;
}

/**
 * Distinct short labels, at most three, then "and N more".
 * @example labelsSummary([capacityBuilding, institutionalDialogue]) === "Capacity-building; Regular institutional dialogue"
 */
export function labelsSummary(occurrences: readonly Occurrence[]): string {
  const labels = [...new Set(occurrences.map(topicLabel))];
  return labels.length <= 3
    ? labels.join("; ")
    : `${labels.slice(0, 2).join("; ")} and ${labels.length - 2} more`;
}

/**
 * Rewrites the 24-hour wall times in a text as 12-hour times.
 * @example toTwelveHour("15:00–18:00") === "3:00 PM–6:00 PM"
 */
export function toTwelveHour(text: string): string {
  return text.replace(/\b(\d{2}):(\d{2})\b/g, (_, h: string, m: string) => {
    const hours = Number(h);
    return `${hours % 12 === 0 ? 12 : hours % 12}:${m} ${hours < 12 ? "AM" : "PM"}`;
  });
}

/**
 * A clock time given in minutes after midnight, 12-hour.
 * @example clockText(900) === "3:00 PM"
 */
export function clockText(minutes: number): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, "0");
  return toTwelveHour(`${hours}:${String(minutes % 60).padStart(2, "0")}`);
}

/**
 * Lower-cases the first letter of a label for use inside a sentence (not of acronyms).
 * @example lowerFirst("Cocktail reception") === "cocktail reception"; lowerFirst("OEWG 7th session") === "OEWG 7th session"
 */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}
