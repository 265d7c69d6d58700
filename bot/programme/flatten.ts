/**
 * Turns one validated programme into its catalogue entry and occurrences: wall times in the
 * programme's zone become UTC instants (date-fns-tz), items get their meeting's times when the
 * letter does not time them, and labels are prepared for answers.
 */

import { currentLocale } from "../language/current.js";
import { dateTimeFormat } from "../language/intl.js";
import { say } from "../language/messages.js";
import type {
  DayOccurrence,
  ItemOccurrence,
  MeetingOccurrence,
  NoticeEntry,
  Occurrence,
  PartOfDay,
  ProgrammeEntry,
} from "./catalogue.js";
import type { Item, Notice, Programme } from "./schema.js";
import { termsOf } from "./text.js";
import { addDays, minutesOf, wallTimeToInstant } from "./time.js";
import { local, remember } from "./translations.js";

/**
 * One programme's entry, its occurrences (meetings, items, social events, milestones, with
 * UTC instants) and its notices.
 * @example flattenProgramme(programme, "data/x.yaml").entry.zoneLabel // "New York time"
 */
export function flattenProgramme(
  programme: Programme,
  file: string,
): { entry: ProgrammeEntry; occurrences: Occurrence[]; notices: NoticeEntry[] } {
  const zone = programme.timeZone;
  const instant = (date: string, time: string): number => wallTimeToInstant(date, time, zone) ?? Number.NaN;
  const meetingDays = [...new Set(programme.meetings.map((m) => m.date))].sort();
  const days = [
    ...new Set([
      ...meetingDays,
      ...programme.socialEvents.map((e) => e.date),
      ...programme.milestones.map((m) => m.date),
    ]),
  ].sort();
  const aliasTerms = [
    programme.id.replaceAll("-", " "),
    programme.series,
    programme.shortTitle,
    ...programme.aliases,
  ]
    .map(termsOf)
    .filter((terms) => terms.length > 0)
    .sort((a, b) => b.length - a.length);

  const topLevel: DayOccurrence[] = [];
  const entry: ProgrammeEntry = {
    id: programme.id,
    programme,
    file,
    zone,
    // "New York time" in the turn's language ("heure de New York"), worked out once per language.
    get zoneLabel() {
      return cityTime(programme.venue.city);
    },
    days,
    meetingDays,
    ...spanOf(programme, instant),
    aliasTerms,
    occurrences: topLevel,
  };

  const occurrences: Occurrence[] = [];
  for (const meeting of programme.meetings) {
    const items: ItemOccurrence[] = [];
    const meetingOccurrence: MeetingOccurrence = {
      kind: "meeting",
      id: meeting.id,
      programme: entry,
      date: meeting.date,
      start: instant(meeting.date, meeting.start),
      end: instant(meeting.date, meeting.end),
      startTime: meeting.start,
      endTime: meeting.end,
      partOfDay: partOfDayOf(meeting.start),
      label: meeting.title ?? meeting.items.map((item) => item.topic ?? item.title).join("; "),
      meeting,
      items,
    };
    for (const item of meeting.items) {
      const startTime = item.start ?? meeting.start;
      const endTime = item.end ?? meeting.end;
      items.push({
        kind: "item",
        id: item.id,
        programme: entry,
        date: meeting.date,
        start: instant(meeting.date, startTime),
        end: instant(meeting.date, endTime),
        startTime,
        endTime,
        partOfDay: partOfDayOf(startTime),
        label: itemLabel(item),
        meeting,
        meetingId: meeting.id,
        item,
        ownTime: item.start !== undefined,
      });
    }
    occurrences.push(meetingOccurrence, ...items);
    topLevel.push(meetingOccurrence);
  }
  for (const event of programme.socialEvents) {
    topLevel.push({
      kind: "social",
      id: event.id,
      programme: entry,
      date: event.date,
      start: instant(event.date, event.start),
      end: event.end === undefined ? undefined : instant(event.date, event.end),
      startTime: event.start,
      endTime: event.end,
      partOfDay: partOfDayOf(event.start),
      label: event.title,
      event,
    });
  }
  for (const milestone of programme.milestones) {
    const midnight = instant(milestone.date, "00:00");
    topLevel.push({
      kind: "milestone",
      id: milestone.id,
      programme: entry,
      date: milestone.date,
      start: Number.isNaN(midnight) ? instant(milestone.date, "01:00") : midnight,
      label: milestone.title,
      milestone,
    });
  }
  topLevel.sort((a, b) => a.start - b.start);
  occurrences.push(...topLevel.filter((o) => o.kind !== "meeting"));

  const notices = [...programme.notices, ...sourceNotices(programme)].map(
    (notice): NoticeEntry => ({
      kind: "notice",
      id: notice.id,
      programme: entry,
      notice,
      label: notice.about,
    }),
  );
  return { entry, occurrences, notices };
}

/** The languages the signatory's sentence is written in (the messages catalogue's). */
const SOURCE_LOCALES = ["en", "fr", "es", "ru", "zh", "ar"] as const;

/**
 * The letter's signatory as a notice the search finds by the source's `keywords` ("who signed
 * the letter?"), shown only when asked: "The letter of 29 January 2024 is signed by …", in
 * every language of the messages catalogue; the name and role stay as the data writes them.
 */
function sourceNotices(programme: Programme): Notice[] {
  const { source } = programme;
  if (!source.keywords || source.keywords.length === 0) return [];
  const about = Object.fromEntries(
    SOURCE_LOCALES.map((locale) => [locale, say(locale, "programme.source.about")]),
  );
  const dates = Object.fromEntries(SOURCE_LOCALES.map((locale) => [locale, longDate(locale, source.date)]));
  const text = Object.fromEntries(
    SOURCE_LOCALES.map((locale) => [
      locale,
      say(locale, "programme.source.signedBy", {
        date: dates[locale] ?? source.date,
        from: local(source.from, locale),
      }),
    ]),
  );
  return [
    {
      id: `${programme.id}-source`,
      about: remember(about as Record<string, string> & { en: string }),
      keywords: source.keywords,
      text: remember(text as Record<string, string> & { en: string }),
      onlyWhenAsked: true,
    },
  ];
}

/** "29 January 2024" in a language (British day-month order for English, as the letters write). */
function longDate(locale: string, date: string): string {
  return dateTimeFormat(locale === "en" ? "en-GB" : locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(Date.parse(`${date}T12:00:00Z`));
}

/** First start and last end of a programme; a date-only milestone lasts its whole day. */
function spanOf(
  programme: Programme,
  instant: (date: string, time: string) => number,
): { start: number; end: number } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of programme.meetings) {
    starts.push(instant(m.date, m.start));
    ends.push(instant(m.date, m.end));
  }
  for (const e of programme.socialEvents) {
    starts.push(instant(e.date, e.start));
    ends.push(instant(e.date, e.end ?? e.start));
  }
  for (const m of programme.milestones) {
    starts.push(instant(m.date, "00:00"));
    ends.push(instant(addDays(m.date, 1), "00:00"));
  }
  const valid = (values: number[]) => values.filter((value) => !Number.isNaN(value));
  return { start: Math.min(...valid(starts)), end: Math.max(...valid(ends)) };
}

/**
 * Part of the day of a wall time.
 * @example partOfDayOf("10:00") === "morning"; partOfDayOf("15:00") === "afternoon"; partOfDayOf("18:30") === "evening"
 */
export function partOfDayOf(time: string): PartOfDay {
  const minutes = minutesOf(time);
  if (minutes < 12 * 60) return "morning";
  return minutes < 17 * 60 ? "afternoon" : "evening";
}

/**
 * The short label of an item: its agenda number and sub-topic when it has them.
 * @example itemLabel(capacityBuildingItem) === "Agenda item 5 (continued): Capacity-building"
 */
export function itemLabel(item: Item): string {
  if (item.agendaItem === undefined) return item.title;
  return `Agenda item ${item.agendaItem}${item.continued ? " (continued)" : ""}: ${item.topic ?? item.title}`;
}

const cityTimes = new Map<string, string>();

/** "New York" → "New York time" in the turn's language (memoised per language and city). */
function cityTime(city: string): string {
  const locale = currentLocale();
  const key = `${locale}|${city}`;
  let label = cityTimes.get(key);
  if (label === undefined) {
    label = say(locale, "conversion.place", { place: local(city, locale) });
    cityTimes.set(key, label);
  }
  return label;
}
