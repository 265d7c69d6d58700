/**
 * Short phrases about occurrences for answers: when (venue and asker time), who, where,
 * and the footer naming the zone and the source. Only facts from the data are used; an
 * absent field is said to be absent, never filled in.
 */

import { currentLocale } from "../../bot/language/current.js";
import type { Facet } from "../../bot/language/lexicon.js";
import { english } from "../../bot/language/locales/en/lexicon.js";
import { tr } from "../../bot/language/messages.js";
import type { NoticeEntry, Occurrence, ProgrammeEntry, Searchable } from "../../bot/programme/catalogue.js";
import { endOf } from "../../bot/programme/ends.js";
import {
  type DescribedTime,
  dayMonthYear,
  describeWhen,
  formatClock,
  formatDate,
  formatSpan,
  shiftText,
  zoneFooter,
  zoneLabel,
} from "../../bot/programme/format.js";
import { revisionOf } from "../../bot/programme/revision-of.js";
import type { Item, Speaker } from "../../bot/programme/schema.js";
import { localDateTime } from "../../bot/programme/time.js";
import { local } from "../../bot/programme/translations.js";

/**
 * What describing needs besides the occurrence.
 * @example const context: DescribeContext = { now: new Date(), askerZone: "Europe/London" };
 */
export interface DescribeContext {
  now: Date;
  /** The turn's language (BCP 47 tag): newer answers' wording, places named in it; English when absent. */
  locale?: string;
  /** The asker's IANA zone (already validated), if any. */
  askerZone?: string;
  /** The place the question named `askerZone` by ("Geneva"): answers label the zone so. */
  askerPlace?: string;
  /** The question named `askerZone` ("in Santiago time"): its time is shown even on the venue's clock. */
  zoneAsked?: boolean;
  /** What changed since the asker last asked ("changed on Tue 5 Mar (was 10:00 AM)"), per occurrence. */
  changeNote?: (occurrence: Occurrence) => string | undefined;
  /** The asker's own RSVP answers ("attending", "tentative", "declined"), by event id. */
  rsvpAnswers?: ReadonlyMap<string, string>;
  /**
   * The events taking RSVPs whose invitation includes the asker (a head of delegation's
   * reception); absent: not known, every asker is taken as invited.
   */
  rsvpInvited?: ReadonlySet<string>;
}

/**
 * When an occurrence takes place, in the venue's zone and the asker's.
 * @example whenOf(capacityBuilding, { now, askerZone: "Asia/Tokyo" }).asker
 * // "Fri 8 Mar, 12:00 AM–3:00 AM your time (Asia/Tokyo), next day"
 */
export function whenOf(occurrence: Occurrence, context: DescribeContext): DescribedTime {
  const { programme } = occurrence;
  return describeWhen(timeRange(occurrence, context), {
    venueZone: programme.zone,
    venueLabel: programme.zoneLabel,
    askerZone: context.askerZone,
    ...(context.askerPlace ? { askerPlace: context.askerPlace } : {}),
    ...(context.zoneAsked ? { zoneAsked: true } : {}),
  });
}

/**
 * The "when" lines of an occurrence: venue time, then the asker's time when it differs.
 * @example whenLines(reception, { now }) // ["Mon 4 Mar, 6:30 PM New York time (no end time given)"]
 */
export function whenLines(occurrence: Occurrence, context: DescribeContext): string[] {
  const when = whenOf(occurrence, context);
  const noEnd = occurrence.kind === "social" && occurrence.end === undefined;
  const note = context.changeNote?.(occurrence);
  const marked = markPast(
    noEnd ? aside(when.venue, tr("programme.noEndGiven")) : when.venue,
    occurrence,
    context.now,
  );
  const venue = `${marked}${note ? ` — ${note}` : ""}`;
  return when.asker ? [venue, askerText(occurrence, context, when)] : [venue];
}

/**
 * Where the asker stands with an event's RSVP: over (ended), started (answers closed when it
 * starts), answered (with their answer; `closed` once it has started), not invited (the
 * invitation is for others: nothing for them to answer), or open. The cards and the "do I
 * need to register" answer both read it, so neither invites an answer that would be refused.
 * @example rsvpStanding(reception, { now, rsvpAnswers: new Map([[reception.id, "tentative"]]) }) // { answered: "tentative" }
 */
export function rsvpStanding(
  occurrence: Occurrence,
  context: DescribeContext,
): "over" | "started" | "not-invited" | "open" | { answered: string; closed?: true } {
  const now = context.now.getTime();
  if (endOf(occurrence) <= now) return "over";
  const answered = context.rsvpAnswers?.get(occurrence.id);
  if (occurrence.start <= now) return answered ? { answered, closed: true } : "started";
  if (answered) return { answered };
  if (context.rsvpInvited && !context.rsvpInvited.has(occurrence.id)) return "not-invited";
  return "open";
}

/**
 * `text` with "(past)" after it when the occurrence is over at `now` (by `endOf`): every view
 * marks it the same way.
 * @example markPast("10:00 AM–1:00 PM · OEWG", mondayMorning, tuesday) === "10:00 AM–1:00 PM · OEWG (past)"
 */
export function markPast(text: string, occurrence: Occurrence, now: Date): string {
  return endOf(occurrence) <= now.getTime() ? aside(text, tr("programme.past")) : text;
}

/**
 * `text` with `note` in brackets after it, in the brackets of the language being rendered
 * ("招待会（未说明结束时间）"); where the language says so (`programme.asideMore`), a text that
 * already ends in brackets takes the note inside them: "18:30 (Нью-Йорк; время окончания не
 * указано)", not "18:30 (Нью-Йорк) (время окончания не указано)".
 * @example aside("6:30 PM New York time", "no end time given") === "6:30 PM New York time (no end time given)"
 */
export function aside(text: string, note: string): string {
  const close = tr("programme.asideClose");
  const more = tr("programme.asideMore");
  if (more && text.endsWith(close)) return `${text.slice(0, -close.length)}${more}${note}${close}`;
  return `${text}${tr("programme.asideOpen")}${note}${close}`;
}

/**
 * Clock range in the venue's zone without the date: "10:00 AM–1:00 PM", "6:30 PM" (no end
 * given) or "Date only" (a milestone).
 * @example clockRange(capacityBuilding) === "10:00 AM–1:00 PM"
 */
export function clockRange(occurrence: Occurrence): string {
  if (occurrence.kind === "milestone") return tr("programme.dateOnly");
  const zone = occurrence.programme.zone;
  const start = formatClock(occurrence.start, zone);
  return occurrence.end === undefined ? start : `${start}–${formatClock(occurrence.end, zone)}`;
}

/**
 * The asker's-time line for an occurrence, or `undefined` when it equals the venue's.
 * @example askerLine(capacityBuilding, { now, askerZone: "Asia/Tokyo" }) // "Your time: Fri 8 Mar, 12:00 AM–3:00 AM (Asia/Tokyo), next day"
 */
export function askerLine(occurrence: Occurrence, context: DescribeContext): string | undefined {
  const when = whenOf(occurrence, context);
  return when.asker ? askerText(occurrence, context, when) : undefined;
}

function timeRange(occurrence: Occurrence, context: DescribeContext) {
  return {
    start: occurrence.start,
    end: occurrence.end,
    dateOnly: occurrence.kind === "milestone",
    withYear:
      occurrence.date.slice(0, 4) !==
      localDateTime(context.now.getTime(), occurrence.programme.zone).date.slice(0, 4),
  };
}

/** "Your time: Fri 8 Mar, 12:00 AM (Asia/Tokyo), next day", in the turn's language. */
function askerText(occurrence: Occurrence, context: DescribeContext, when: DescribedTime): string {
  const zone = context.askerZone ?? occurrence.programme.zone;
  const range = timeRange(occurrence, context);
  const parts = {
    span: formatSpan(range.start, range.end, zone, { withYear: range.withYear }),
    zone: zoneLabel(zone, currentLocale(), context.askerZone ? context.askerPlace : undefined),
  };
  return when.dayShift
    ? tr("programme.yourTimeShifted", { ...parts, shift: shiftText(when.dayShift) })
    : tr("programme.yourTime", parts);
}

/**
 * An item's label as the programme shows it: "Agenda item 5 (continued): Capacity-building",
 * or its title, in the turn's language.
 * @example itemLabel(closure) === "Closure of the session"
 */
export function itemLabel(item: Item): string {
  const topic = local(item.topic ?? item.title);
  if (item.agendaItem === undefined) return topic;
  return tr(item.continued ? "programme.agendaItemContinued" : "programme.agendaItem", {
    number: item.agendaItem,
    topic,
  });
}

/**
 * An occurrence's label in the turn's language: an item's as {@link itemLabel}, a meeting's
 * title or its items' topics, an event's or milestone's title.
 * @example occurrenceLabel(reception) === "Cocktail reception"
 */
export function occurrenceLabel(occurrence: Occurrence): string {
  switch (occurrence.kind) {
    case "item":
      return itemLabel(occurrence.item);
    case "meeting":
      return occurrence.meeting.title
        ? local(occurrence.meeting.title)
        : occurrence.meeting.items
            .map((item) => local(item.topic ?? item.title))
            .join(currentLocale() === "en" ? "; " : tr("programme.listSeparator"));
    default:
      return local(occurrence.label);
  }
}

/**
 * A short name for something found: the sub-topic or title.
 * @example topicLabel(capacityBuildingItem) === "Capacity-building"
 */
export function topicLabel(found: Searchable | Occurrence): string {
  switch (found.kind) {
    case "item":
      return local(found.item.topic ?? found.item.title);
    case "notice":
      return local(found.notice.about);
    case "meeting":
      return occurrenceLabel(found);
    default:
      return local(found.label);
  }
}

/**
 * One speaker: "Ms. Izumi Nakamitsu (pre-recorded)", with the role when asked.
 * @example speakerText({ name: "Ms Izumi Nakamitsu", role: "USG", note: "pre-recorded" }, true) === "Ms Izumi Nakamitsu, USG (pre-recorded)"
 */
export function speakerText(speaker: Speaker, withRole = false): string {
  const role = speaker.role === undefined ? undefined : local(speaker.role);
  const who =
    speaker.name && role && withRole
      ? `${speaker.name}${tr("programme.partSeparator")}${role}`
      : (speaker.name ?? role ?? "");
  return speaker.note ? aside(who, local(speaker.note)) : who;
}

/**
 * Speakers of an item as a short list of names (roles for groups such as "Secretariat").
 * @example speakerNames(openingStatements) === "Ms. Izumi Nakamitsu; H.E. Ambassador Burhan Gafoor"
 */
export function speakerNames(speakers: readonly Speaker[]): string {
  return speakers.map((speaker) => speakerText(speaker)).join(tr("programme.listSeparator"));
}

/**
 * A speaker with a short role and note in brackets; long roles are left to the details.
 * @example speakerWithShortRole({ name: "Ms Izumi Nakamitsu", role: "USG", note: "pre-recorded" }) === "Ms Izumi Nakamitsu (USG, pre-recorded)"
 */
export function speakerWithShortRole(speaker: Speaker): string {
  const role = speaker.role === undefined ? undefined : local(speaker.role);
  const extras = [
    speaker.name && speaker.role && speaker.role.length <= 40 ? role : undefined,
    speaker.note === undefined ? undefined : local(speaker.note),
  ];
  const inBrackets = extras.filter(Boolean).join(tr("programme.partSeparator"));
  const who = speaker.name ?? role ?? "";
  return inBrackets ? aside(who, inBrackets) : who;
}

/**
 * Where an occurrence or programme takes place, from the data only.
 * @example placeOf(reception) === "Permanent Mission of Singapore to the United Nations, 318 East 48th Street, New York, NY 10017 (between 1st and 2nd Avenues)"
 */
export function placeOf(subject: Searchable | Occurrence | ProgrammeEntry): string {
  if ("kind" in subject && subject.kind === "social") {
    const { place } = subject.event;
    // The name and address are written as the letter gives them (Latin script, Latin commas).
    const where = `${place.name}, ${place.address.join(", ")}`;
    return place.directions ? aside(where, local(place.directions)) : where;
  }
  const programme = "kind" in subject ? subject.programme : subject;
  const { venue } = programme.programme;
  const name = venue.shortName ? aside(local(venue.name), venue.shortName) : local(venue.name);
  const format = formatOf(subject);
  const parts = [name, local(venue.city), ...(format ? [tr(`programme.venueFormat.${format}`)] : [])];
  return parts.join(tr("programme.partSeparator"));
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
 * `place` with the room when a letter gives one ("…, Conference Room 4"), else with "(no room given)".
 * @example withRoom("UN Headquarters, New York", capacityBuilding) === "UN Headquarters, New York (no room given)"
 */
export function withRoom(place: string, subject: Searchable | Occurrence | ProgrammeEntry): string {
  const room = roomOf(subject);
  return room ? `${place}${tr("programme.partSeparator")}${room}` : aside(place, tr("programme.noRoom"));
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
 * A programme's short title in the turn's language ("OEWG 7th session", "7e session du GTCNL").
 * @example shortTitleOf(oewg) === "OEWG 7th session"
 */
export function shortTitleOf(programme: ProgrammeEntry): string {
  return local(programme.programme.shortTitle);
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
    // One status per programme, however many of its occurrences the answer shows.
    if (!statuses.has(programme.id)) statuses.set(programme.id, statusText(programme));
  }
  const zones = [...byZone].map(([zone, { label, instants }]) => zoneFooter(instants, zone, label));
  const parts = [...zones, ...new Set(statuses.values())].filter(Boolean);
  return parts.length > 0
    ? tr("programme.footer", { parts: parts.join(tr("programme.sentenceSeparator")) })
    : "";
}

function statusText(programme: ProgrammeEntry): string {
  const { status, source } = programme.programme;
  // After a published revision, the version in force and its date, not the letter's version.
  const revision = revisionOf(programme);
  const version = revision?.version ?? programme.programme.version;
  const letter = revision
    ? tr("programme.revisionOf", {
        date: dayMonthYear(localDateTime(Date.parse(revision.at), programme.zone).date),
      })
    : tr("programme.letterOf", { date: dayMonthYear(source.date) });
  if (status === "provisional") return tr("programme.status.provisional", { version, letter });
  if (status === "cancelled") return tr("programme.status.cancelled", { letter });
  return tr("programme.status.other", { letter });
}

/**
 * Distinct short labels, at most three, then "and N more".
 * @example labelsSummary([capacityBuilding, institutionalDialogue]) === "Capacity-building; Regular institutional dialogue"
 */
export function labelsSummary(occurrences: readonly Occurrence[]): string {
  const labels = [...new Set(occurrences.map(topicLabel))];
  const separator = tr("programme.listSeparator");
  return labels.length <= 3
    ? labels.join(separator)
    : tr("programme.andMore", { list: labels.slice(0, 2).join(separator), count: labels.length - 2 });
}

/**
 * Rewrites the 24-hour wall times in a text as 12-hour times.
 * @example toTwelveHour("15:00–18:00") === "3:00 PM–6:00 PM"
 */
export function toTwelveHour(text: string): string {
  // The other five UN languages write the 24-hour clock.
  if (currentLocale() !== "en") return text;
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
