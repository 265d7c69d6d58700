/**
 * Card sections shared by the answers: one meeting of a day with its items, one occurrence
 * with its time, speakers and place, one programme at a glance.
 */

import type { CardSection } from "../../bot/cards.js";
import { currentLocale } from "../../bot/language/current.js";
import type { Facet } from "../../bot/language/lexicon.js";
import { tr } from "../../bot/language/messages.js";
import type { Occurrence, ProgrammeEntry } from "../../bot/programme/catalogue.js";
import { formatDate, zoneGap, zoneLabel } from "../../bot/programme/format.js";
import { local } from "../../bot/programme/translations.js";
import {
  aside,
  askerLine,
  clockRange,
  type DescribeContext,
  itemLabel,
  markPast,
  occurrenceLabel,
  placeOf,
  rsvpStanding,
  shortTitleOf,
  speakerNames,
  speakerText,
  speakerWithShortRole,
  toTwelveHour,
  whenLines,
  withRoom,
} from "./describe.js";
import type { DayEntry } from "./finding.js";

/**
 * What a day entry shows: its items when it has any, else itself.
 * @example entryOccurrences([{ occurrence: reception, items: [] }]) // [reception]
 */
export function entryOccurrences(entries: readonly DayEntry[]): Occurrence[] {
  return entries.flatMap((entry): Occurrence[] =>
    entry.items.length > 0 ? entry.items : [entry.occurrence],
  );
}

/**
 * The span of a run of occurrences (timed items), as one occurrence for time lines.
 * @example rangeOf([openingRemarks, launch]).end === launch.end
 */
export function rangeOf(occurrences: readonly Occurrence[]): Occurrence | undefined {
  const first = occurrences[0];
  const last = occurrences[occurrences.length - 1];
  return first && last ? { ...first, end: last.end, endTime: last.endTime } : undefined;
}

/** The revisions' note ("Changed on Tue 5 Mar (was 3:00 PM)") as a line, when there is one. */
function changeLines(occurrence: Occurrence, context: DescribeContext): string[] {
  const note = context.changeNote?.(occurrence);
  return note ? [`⚠ ${note.charAt(0).toUpperCase()}${note.slice(1)}`] : [];
}

/**
 * One meeting, social event or milestone of a day, under a heading with its venue time.
 * @example daySection({ occurrence: thursdayMorning, items }, "what", { now }).heading // "10:00 AM–1:00 PM · OEWG 7th session"
 */
export function daySection(entry: DayEntry, facet: Facet, context: DescribeContext): CardSection {
  const { occurrence, items } = entry;
  const lines: string[] = [];
  if (occurrence.kind === "meeting") {
    const timed = items.some((item) => item.ownTime);
    for (const item of items) {
      const label = `• ${timed ? `${clockRange(item)} ` : ""}${itemLabel(item.item)}`;
      const line = item.item.speakers.length > 0 ? aside(label, speakerNames(item.item.speakers)) : label;
      lines.push(timed ? markPast(line, item, context.now) : line);
    }
    const span = (timed ? rangeOf(items) : undefined) ?? occurrence;
    const asker = askerLine(span, context);
    if (asker) lines.push(asker);
    lines.push(...changeLines(occurrence, context));
    if (facet === "where" || facet === "room")
      lines.push(tr("programme.where", { place: withRoom(placeOf(occurrence), occurrence) }));
    const name = occurrence.meeting.title ? occurrenceLabel(occurrence) : shortTitleOf(occurrence.programme);
    return { heading: markPast(`${clockRange(span)} · ${name}`, span, context.now), text: lines.join("\n") };
  }
  if (occurrence.kind === "social") {
    lines.push(tr("programme.where", { place: placeOf(occurrence) }));
    if (occurrence.event.invitation)
      lines.push(tr("programme.invited", { who: local(occurrence.event.invitation) }));
    if (occurrence.end === undefined) lines.push(tr("programme.noEndSentence"));
    const asker = askerLine(occurrence, context);
    if (asker) lines.push(asker);
    lines.push(...changeLines(occurrence, context));
    return {
      heading: markPast(
        `${clockRange(occurrence)} · ${occurrenceLabel(occurrence)}`,
        occurrence,
        context.now,
      ),
      text: lines.join("\n"),
    };
  }
  return {
    heading: `${tr("programme.dateOnly")} · ${occurrenceLabel(occurrence)}`,
    text: occurrence.milestone.description ? local(occurrence.milestone.description) : "",
  };
}

/**
 * One occurrence in full: when (venue and asker time), then speakers, details, place.
 * @example occurrenceSection(reception, "where", { now }).text // "Mon 4 Mar, 6:30 PM New York time (no end time given)\nWhere: …"
 */
export function occurrenceSection(
  occurrence: Occurrence,
  facet: Facet,
  context: DescribeContext,
): CardSection {
  const lines = [...whenLines(occurrence, context)];
  switch (occurrence.kind) {
    case "item": {
      const { item } = occurrence;
      if (item.speakers.length > 0) {
        const names = item.speakers
          .map((s) => speakerText(s, facet === "who"))
          .join(tr("programme.listSeparator"));
        lines.push(tr("programme.speakers", { names }));
      }
      lines.push(...item.details.map((detail) => `• ${local(detail)}`));
      if (facet === "where" || facet === "room")
        lines.push(tr("programme.where", { place: withRoom(placeOf(occurrence), occurrence) }));
      break;
    }
    case "meeting":
      lines.push(...occurrence.items.map((item) => `• ${itemLabel(item.item)}`));
      if (facet === "where" || facet === "room")
        lines.push(tr("programme.where", { place: withRoom(placeOf(occurrence), occurrence) }));
      break;
    case "social": {
      const { event } = occurrence;
      lines.push(tr("programme.where", { place: placeOf(occurrence) }));
      if (event.host) lines.push(tr("programme.host", { who: speakerText(event.host, true) }));
      if (event.invitation)
        lines.push(
          tr("programme.invitedAs", {
            who: local(event.invitation),
            format: tr(`programme.attendance.${event.format}`),
          }),
        );
      const rsvpLine = rsvpLineOf(occurrence, context);
      if (rsvpLine) lines.push(rsvpLine);
      break;
    }
    case "milestone":
      if (occurrence.milestone.description) lines.push(local(occurrence.milestone.description));
      break;
  }
  // A meeting that is the whole programme may bear its name in a language ("Première réunion
  // des points de contact · Première réunion des points de contact"): said once.
  const label = occurrenceLabel(occurrence);
  const programme = shortTitleOf(occurrence.programme);
  return { heading: label === programme ? label : `${label} · ${programme}`, text: lines.join("\n") };
}

/**
 * A programme at a glance: place, then its meetings (in full when there are few, one line per
 * day otherwise, with how the asker's clock differs), speakers when asked, and its notices.
 * @example programmeSections(pocMeeting, "where", { now })[0]?.text // "Where: United Nations Headquarters (UNHQ), New York, hybrid format (no room given)…"
 */
export function programmeSections(
  entry: ProgrammeEntry,
  facet: Facet,
  context: DescribeContext,
): CardSection[] {
  const { programme } = entry;
  const lines = [tr("programme.where", { place: withRoom(placeOf(entry), entry) })];
  const few = entry.occurrences.length <= 3 && facet !== "who";
  if (facet === "who") lines.push(...speakerLines(entry));
  else if (!few) {
    lines.push(
      ...entry.days.map(
        (date) =>
          `• ${tr("programme.colon", { head: formatDate(date), rest: dayTimes(entry, date).join(", ") })}`,
      ),
    );
    const gap = context.askerZone ? zoneGap(entry.start, entry.zone, context.askerZone) : undefined;
    if (gap && context.askerZone)
      lines.push(
        tr(gap.ahead ? "programme.yourClockAhead" : "programme.yourClockBehind", {
          zone: zoneLabel(context.askerZone, currentLocale(), context.askerPlace),
          amount: gap.amount,
          label: entry.zoneLabel,
        }),
      );
  }
  lines.push(
    ...programme.notices.filter((notice) => !notice.onlyWhenAsked).map((notice) => local(notice.text)),
  );
  const sections: CardSection[] = [{ heading: local(programme.title), text: lines.join("\n") }];
  if (few)
    sections.push(...entry.occurrences.map((occurrence) => occurrenceSection(occurrence, "when", context)));
  return sections;
}

/** "• Mon 4 Mar, 10:00 AM–1:00 PM Opening statements: Ms. Izumi Nakamitsu; …" per item with speakers. */
function speakerLines(entry: ProgrammeEntry): string[] {
  const lines = entry.occurrences.flatMap((occurrence) =>
    occurrence.kind !== "meeting"
      ? []
      : occurrence.items
          .filter((item) => item.item.speakers.length > 0)
          .map(
            (item) =>
              `• ${formatDate(item.date)}${tr("programme.dateClockSeparator")}${clockRange(item)} ${tr("programme.colon", { head: itemLabel(item.item), rest: item.item.speakers.map(speakerWithShortRole).join(tr("programme.listSeparator")) })}`,
          ),
  );
  return lines.length > 0 ? lines : [tr("programme.noSpeakersInLetter")];
}

/** "10:00 AM–1:00 PM", "6:30 PM Cocktail reception"… for one day of a programme. */
function dayTimes(entry: ProgrammeEntry, date: string): string[] {
  return entry.occurrences
    .filter((occurrence) => occurrence.date === date)
    .map((occurrence) => {
      if (occurrence.kind === "milestone")
        return tr("programme.dateOnlyShort", { label: occurrenceLabel(occurrence) });
      const times = toTwelveHour(
        `${occurrence.startTime ?? ""}${occurrence.endTime ? `–${occurrence.endTime}` : ""}`,
      );
      return occurrence.kind === "social" ? `${times} ${occurrenceLabel(occurrence)}` : times;
    });
}

/**
 * What the card says about answering: the ask to RSVP while the event is to come and the
 * asker, invited, has not answered; that those invited answer, to anyone else; their answer
 * once they have (final once it has started); nothing once it has started unanswered.
 */
function rsvpLineOf(
  occurrence: Extract<Occurrence, { kind: "social" }>,
  context: DescribeContext,
): string | undefined {
  const { rsvp } = occurrence.event;
  const standing = rsvpStanding(occurrence, context);
  if (!rsvp?.required || standing === "over" || standing === "started") return undefined;
  const link = rsvp.originalLink;
  if (standing === "not-invited")
    return link ? tr("programme.rsvpLineInvitedOnlyLink", { link }) : tr("programme.rsvpLineInvitedOnly");
  if (standing !== "open")
    return tr(standing.closed ? "programme.rsvpAnsweredClosed" : "programme.rsvpAnswered", {
      status: tr(`programme.rsvpStatus.${standing.answered}`),
    });
  return link ? tr("programme.rsvpLineLink", { link }) : tr("programme.rsvpLine");
}
