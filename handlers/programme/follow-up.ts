/**
 * Follow-ups: within 15 minutes a short message fills its gaps from the person's previous
 * query ("where is it?", "who speaks?", "and after that?", "what about Friday?", "and the
 * afternoon?", "and in Nairobi?", "what time is that in Tokyo"), and the answer says what it
 * carried over. A message that names its own subject, day or zone keeps them.
 */
import type { DaySpec } from "../../bot/language/dates.js";
import type { PartOfDay } from "../../bot/language/lexicon.js";
import { english } from "../../bot/language/locales/en/lexicon.js";
import { type Conversion, contentWords, type ProgrammeQuery, UNSTATED_WORDS } from "./parse.js";

/**
 * What a follow-up took from the previous query, for the answer to say so.
 * @example const carried: Carried = { subject: "reception", day: "2024-03-07" };
 */
export interface Carried {
  /** The words of the subject carried ("the reception"). */
  subject?: string;
  /** The local date carried. */
  day?: string;
  zone?: string;
  /** The place the zone was named by ("Geneva"), for the answer to say it as asked. */
  zonePlace?: string;
  /** The part of the day carried ("what about Friday?" after "Thursday morning"). */
  part?: PartOfDay;
  /** The previous question's clock time converted again into another zone. */
  conversion?: boolean;
  /** "and 3pm?" after a conversion: its two places, for a new clock time. */
  conversionPlaces?: boolean;
  /** The previous answer's local date, when "the next day" counted from it. */
  from?: string;
  /** "when does it end?" after "what's on now?" / "what's next?": the meeting that answer named. */
  relative?: "now" | "next";
}

/**
 * The previous question as remembered: its query, and the day its answer was about.
 * @example const previous: PreviousQuery = { query: parseQuestion("when is the reception?") };
 */
export interface PreviousQuery {
  query: ProgrammeQuery;
  /** The local date the answer was about, if one (a relative "tomorrow" stays that date). */
  day?: string;
}

/**
 * Fills a follow-up's gaps from the previous query; `undefined` when the message is not a
 * follow-up (it names its own subject, or is a conversion, a greeting, an agenda item…).
 * @example
 * followUp(parseQuestion("where is it?"), { query: parseQuestion("when is the reception?") })
 * // { query: { facet: "where", words: [reception…] … }, carried: { subject: "reception" } }
 */
export function followUp(
  asked: ProgrammeQuery,
  previous: PreviousQuery,
): { query: ProgrammeQuery; carried: Carried } | undefined {
  let current = asked;
  if (current.greeting || current.conversion || current.agendaItem !== undefined) return undefined;
  // "and the next day?": the day after the previous answer's, then read as "and Friday?".
  const after = current.daysAfterPrevious;
  // After a conversion ("what time is 10am New York in Tokyo?"), the same clock time converted
  // on the next day: a delegate asks the same again, not for the day's programme ("what's on
  // the day after?" still is). Counted from the day it converted on, else today.
  const sameClock = sameClockAnotherDay(current, previous);
  if (sameClock) return sameClock;
  let from: string | undefined;
  // After a topic's answer ("what time is the reception?"), from the one day it is on.
  const countedFrom = previous.day ?? previous.query.topicDate;
  if (after !== undefined && current.day === undefined && countedFrom) {
    const { daysAfterPrevious: _after, ...rest } = current;
    current = { ...rest, day: dateSpec(addDays(countedFrom, after)) };
    from = countedFrom;
  }
  if (contentWords(current.words).some((word) => !FACET_WORDS.has(word.surface))) return undefined;
  const before = previous.query;
  // Counted from the previous answer's day: taken from it even when nothing else is.
  const carried: Carried = from ? { from } : {};
  const merged: ProgrammeQuery = { ...current };

  // "what time is that in Tokyo", "and in Nairobi?" after a conversion: the same clock time.
  if (before.conversion && current.zone && current.clock === undefined && !current.day) {
    carried.conversion = true;
    return {
      query: {
        ...current,
        conversion: {
          ...withoutTarget(before.conversion),
          to: current.zone,
          ...(current.zonePlace ? { toName: current.zonePlace } : {}),
        },
        facet: "when",
      },
      carried,
    };
  }

  // "and 3pm?" after "what is 10am NY in Tokyo": the same two zones, that clock time.
  if (
    before.conversion &&
    before.conversion.clock !== "now" &&
    current.clock !== undefined &&
    !current.zone &&
    !current.day &&
    !current.clockZone &&
    !current.clockInAskersZone
  ) {
    carried.conversionPlaces = true;
    const { clock, ...rest } = current;
    return {
      query: { ...rest, conversion: { ...before.conversion, clock }, facet: "when" },
      carried,
    };
  }

  // A break, a session number or a later session was asked, not a subject: nothing to carry.
  // Nor when the follow-up names "the meeting" and the question before named none ("when does
  // the meeting end?" after "when is the reception?"): another subject, not the reception.
  const subjectless =
    before.breaks === true ||
    before.sessionNumber !== undefined ||
    before.laterSession === true ||
    (namesMeeting(current) && !namesMeeting(before));
  // Neither a fact the letters may not give ("is there a dress code?") nor a facet's own word
  // ("is it online?") named a subject "it" can point back to: "which room?" next is about the
  // same day, not about "online".
  const subjectWords = subjectless
    ? []
    : contentWords(before.words).filter(
        (word) =>
          !FACET_WORDS.has(word.surface) &&
          (before.unstated.length === 0 || !UNSTATED_WORDS.has(word.surface)),
      );
  const hasSubject = subjectWords.length > 0 || before.agendaItem !== undefined;
  const onlyZone =
    current.zone !== undefined && !current.day && current.part === undefined && current.clock === undefined;
  const asksFacet = current.facet !== "what" || current.unstated.length > 0;
  const timeOnly = !current.day && (current.part !== undefined || current.clock !== undefined);

  // "the next day" points back by itself ("وفي اليوم التالي" reads without its "and").
  const back = current.pointsBack === true || (after !== undefined && previous.day !== undefined);
  const dayOnly = current.day !== undefined && !current.mentionsSchedule && back;

  // "and after that?" after "who speaks at 11?": after what was on at that clock time, that day;
  // after "what's next?", after the item it gave. "and before that?" mirrors it.
  const direction = current.relative && ANCHOR_OF[current.relative];
  const given = (direction === "before" ? before.givenFrom : undefined) ?? before.givenAt;
  const askedDay = given?.date ?? previous.day ?? (before.day && isoDateOf(before.day));
  const askedClock = given?.clock ?? before.clock;
  if (
    back &&
    direction &&
    askedClock !== undefined &&
    !before.clockZone &&
    !before.clockInAskersZone &&
    askedDay &&
    !current.day &&
    current.clock === undefined &&
    current.part === undefined
  ) {
    merged.relative = undefined;
    merged.anchor = direction;
    merged.clock = askedClock;
    merged.day = dateSpec(askedDay);
    merged.words = before.words.filter((word) => !FACET_WORDS.has(word.surface));
    carried.day = askedDay;
    if (!current.zone && before.zone) Object.assign(merged, zoneOf(before));
    return { query: merged, carried };
  }
  if (hasSubject && ((asksFacet && !current.relative) || dayOnly || onlyZone || (back && direction))) {
    merged.words = before.words.filter((word) => !FACET_WORDS.has(word.surface));
    if (before.agendaItem !== undefined) merged.agendaItem = before.agendaItem;
    carried.subject = subjectWords.map((word) => word.surface).join(" ") || undefined;
    if (direction) {
      // "and after that?", "and before that?": after or before the thing asked about.
      merged.relative = undefined;
      merged.anchor = direction;
    }
    if (current.facet === "what" && before.facet !== "what" && !current.relative) {
      merged.facet = before.facet;
      // "and Friday?" after "when does the OEWG start on Thursday?": Friday's start, as asked.
      if (before.startAsked) merged.startAsked = true;
    }
  }

  const previousDay = previous.day ? dateSpec(previous.day) : before.day;
  if (!current.day && previousDay && (timeOnly || onlyZone || (asksFacet && !hasSubject))) {
    merged.day = previousDay;
    // The day the previous answer carried itself ("is it online?" after "the next day?": its
    // query holds the date, its answer none) is carried on as the date it names.
    const heldDate = previous.day ?? isoDateOf(previousDay);
    if (heldDate) carried.day = heldDate;
    if (onlyZone || asksFacet) {
      if (before.part !== undefined && merged.part === undefined) merged.part = before.part;
      if (before.clock !== undefined && merged.clock === undefined) merged.clock = before.clock;
    }
  }
  // "what about Friday?" after "Thursday morning": Friday morning.
  if (dayOnly && !hasSubject && current.part === undefined && before.part !== undefined && !asksFacet) {
    merged.part = before.part;
    carried.part = before.part;
  }
  if (onlyZone) {
    carried.zone = current.zone;
    if (current.zonePlace) carried.zonePlace = current.zonePlace;
    if (!hasSubject && !previousDay && !subjectless) {
      merged.words = before.words;
      merged.relative = before.relative;
      merged.mentionsSchedule = before.mentionsSchedule;
    }
  }
  // "when does it end?" after "what's on now?" or "what's next?": the meeting that answer named.
  if (
    !hasSubject &&
    !current.day &&
    !current.relative &&
    current.facet === "end" &&
    current.pointsBack === true &&
    !previousDay &&
    (before.relative === "now" || before.relative === "next")
  ) {
    merged.relative = before.relative;
    carried.relative = before.relative;
  }
  // "le lendemain ?" after « et à Genève ? »: Geneva's times, labelled by the place named (not Zurich).
  if (!current.zone && before.zone) Object.assign(merged, zoneOf(before));
  if (!merged.mentionsSchedule && (carried.day || carried.zone))
    merged.mentionsSchedule = before.mentionsSchedule;

  const took =
    carried.from !== undefined ||
    carried.subject !== undefined ||
    carried.day !== undefined ||
    carried.zone !== undefined ||
    carried.part !== undefined ||
    carried.relative !== undefined;
  return took ? { query: merged, carried } : undefined;
}

/** "and after that?" (next), "and before that?" (previous): which side of the last answer. */
const ANCHOR_OF: Readonly<Record<string, "after" | "before" | undefined>> = {
  next: "after",
  previous: "before",
};

/** "and the day after?" after a conversion at a clock time: that conversion, a day on; else undefined. */
function sameClockAnotherDay(
  current: ProgrammeQuery,
  previous: PreviousQuery,
): { query: ProgrammeQuery; carried: Carried } | undefined {
  const { conversion } = previous.query;
  const after = current.daysAfterPrevious;
  if (
    !conversion ||
    conversion.clock === "now" ||
    after === undefined ||
    current.day !== undefined ||
    current.clock !== undefined ||
    current.zone !== undefined ||
    current.mentionsSchedule ||
    contentWords(current.words).length > 0
  )
    return undefined;
  const { daysAfterPrevious: _after, ...rest } = current;
  const day: DaySpec = previous.day
    ? dateSpec(addDays(previous.day, after))
    : { kind: "relative", offset: after };
  return {
    query: { ...rest, conversion: { ...conversion, day }, facet: "when" },
    carried: { conversion: true },
  };
}

/** The query names a meeting or session ("the meeting", "the sessions": the lexicon's meetingWords). */
function namesMeeting(query: ProgrammeQuery): boolean {
  return query.words.some((word) => english.meetingWords.has(word.surface));
}

/** Words that ask (a facet's one-word phrases: "invited", "speakers"), not name a subject. */
const FACET_WORDS: ReadonlySet<string> = new Set(
  english.facets.flatMap(({ phrases }) => phrases.filter((phrase) => !phrase.includes(" "))),
);

/** A query's display zone with the place it was named by, to carry both. */
function zoneOf(query: ProgrammeQuery): Pick<ProgrammeQuery, "zone" | "zonePlace"> {
  return query.zonePlace ? { zone: query.zone, zonePlace: query.zonePlace } : { zone: query.zone };
}

function withoutTarget(conversion: Conversion): Conversion {
  const { toName: _toName, ...rest } = conversion;
  return rest;
}

/** "2024-03-07" + 1 → "2024-03-08" (calendar days; no clock involved). */
function addDays(date: string, days: number): string {
  const moved = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days),
  );
  return moved.toISOString().slice(0, 10);
}

function dateSpec(date: string): DaySpec {
  return {
    kind: "date",
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** A full calendar date's ISO form ("2024-03-07"); undefined for any other day. */
export function isoDateOf(day: DaySpec): string | undefined {
  if (day.kind !== "date" || day.year === undefined) return undefined;
  return `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}
