/**
 * Matchers for time-shaped questions: "after the stakeholder session", "now", "next",
 * "previous", and days ("Thursday afternoon", "7 March", "this week").
 */
import type {
  Catalogue,
  Occurrence,
  PartOfDay,
  ProgrammeEntry,
  Searchable,
} from "../../bot/programme/catalogue.js";
import { endOf } from "../../bot/programme/ends.js";
import { preferNamed } from "../../bot/programme/text.js";
import { localDateTime, minutesOf, timeOfMinutes, wallTimeToInstant } from "../../bot/programme/time.js";
import { isCancelled } from "../../bot/versions/cancelled.js";
import { lexicon } from "./extract/reading.js";
import type { ClockInZone, DayEntry, Finding, Matcher, NearbyDays } from "./finding.js";
import { dayContext, resolveDays } from "./resolve-day.js";

type Timed = Exclude<Searchable, { kind: "notice" }>;

const isTimed = (hit: Searchable): hit is Timed => hit.kind !== "notice";

/**
 * "What's after the stakeholder session?": the next item of the same meeting when the anchor
 * shares its meeting's time, else the next unit of the same programme (mirrored for "before").
 * @example matchAnchor(stateOf("what's after the opening statements?"))?.next[0]?.id === "oewg-7-organization-of-work"
 */
export const matchAnchor: Matcher = (state) => {
  const { query, topic, catalogue } = state;
  const direction = query.anchor;
  if (!direction) return undefined;
  // "and after that?" after "who speaks at 11?": what was on at that clock time that day.
  const moment = query.pointsBack ? momentAsked(state) : undefined;
  if (moment && !moment.on) {
    // Nothing was on then: what comes first after that moment, or what ended last before it.
    const found =
      direction === "after"
        ? nextGroup(catalogue.timeline, moment.at, state.inScope)
        : previousGroup(catalogue.timeline, moment.at, state.inScope);
    return { kind: "next", next: found, current: [] };
  }
  const anchor = moment?.on ?? topic.hits.find(isTimed);
  if (!anchor) return undefined;
  const finding = (next: Occurrence[]): Finding => ({
    kind: "next",
    next,
    current: [],
    anchor: { occurrence: anchor, direction },
  });
  if (anchor.kind === "item" && !anchor.ownTime) {
    const siblings = anchor.meeting.items;
    const index = siblings.findIndex((item) => item.id === anchor.id) + (direction === "after" ? 1 : -1);
    const sibling = catalogue.byId.get(siblings[index]?.id ?? "");
    if (sibling?.kind === "item") return finding([sibling]);
  }
  const sameProgramme = catalogue.timeline.filter(
    (o) => o.programme === anchor.programme && o.id !== anchor.id,
  );
  if (direction === "after") {
    const from = anchor.end ?? anchor.start;
    const first = sameProgramme.find((o) => o.start >= from);
    return finding(first ? sameProgramme.filter((o) => o.start === first.start) : []);
  }
  const before = sameProgramme.filter((o) => (o.end ?? o.start) <= anchor.start);
  const last = before[before.length - 1];
  return finding(last ? before.filter((o) => o.start === last.start) : []);
};

/**
 * A follow-up's clock time on its day ("and after that?" after "who speaks at 11?"): the
 * instant, and the finest unit on then within the programmes in scope (the latest to start,
 * an item of a meeting whose items have their own times); `undefined` without a clock time.
 */
function momentAsked({
  query,
  catalogue,
  scope,
  now,
}: Parameters<Matcher>[0]): { at: number; on?: Occurrence } | undefined {
  const venue = scope[0];
  if (query.clock === undefined || !venue) return undefined;
  const date = resolveDays(query.day ?? { kind: "relative", offset: 0 }, dayContext(catalogue, scope, now))
    .dates[0];
  const at = date === undefined ? undefined : wallTimeToInstant(date, timeOfMinutes(query.clock), venue.zone);
  if (date === undefined || at === undefined) return undefined;
  const on = dayEntries(catalogue, date, { clock: query.clock, scope })
    .flatMap(({ occurrence, items }): Occurrence[] =>
      occurrence.kind === "meeting" && items.some((item) => item.ownTime) ? items : [occurrence],
    )
    .filter((occurrence) => !isCancelled(occurrence));
  const last = on[on.length - 1];
  return last ? { at, on: last } : { at };
}

/**
 * "Now", "what's next", "the previous session"; with a topic, the next time it comes up.
 * @example matchRelative(stateOf("what's next?", "2024-03-07T12:30:00-05:00"))?.kind === "next"
 */
export const matchRelative: Matcher = ({ query, topic, catalogue, inScope, now, scope, named }) => {
  const { relative } = query;
  if (!relative) return undefined;
  const at = now.getTime();
  // "the next/previous meeting/session" is a meeting, not the reception or a date-only milestone.
  const meetingsOnly = query.words.some((word) => lexicon.meetingWords.has(word.surface));
  const meetings = meetingsOnly
    ? catalogue.timeline.filter((o) => o.kind === "meeting" || o.kind === "item")
    : catalogue.timeline;
  if (relative === "previous") return { kind: "previous", previous: previousGroup(meetings, at, inScope) };
  // A cancelled session stays in the programme (marked) but is never what is on now or next.
  const current = catalogue.timeline.filter(
    (o) => inScope(o.programme) && !isCancelled(o) && isCurrent(o, at),
  );
  // "when does the current session end?", "when does it end?" after "what's next?": its end.
  if (query.facet === "end" && topic.hits.length === 0) {
    const asked = relative === "now" ? current : nextGroup(catalogue.timeline, at, inScope);
    const hits = asked.flatMap((o): readonly Searchable[] => (o.kind === "meeting" ? o.items : [o]));
    if (hits.length > 0) return { kind: "topic", facet: "end", hits };
    // Nothing on now, today's programme not over: "it" is the day's programme, and its end.
    if (relative === "now") {
      const today = dayContext(catalogue, scope, now).today;
      const day = dayEndFinding(catalogue, today, scope, named);
      if (day?.entries.some((entry) => endOf(entry.occurrence) > at)) return day;
    }
  }
  if (relative === "now") return { kind: "now", current, next: nextGroup(catalogue.timeline, at, inScope) };
  const timed = topic.hits.filter(isTimed);
  if (timed.length === 0) {
    const next = nextGroup(meetings, at, inScope);
    const otherwise = meetingsOnly && next.length === 0 ? nextGroup(catalogue.timeline, at, inScope) : [];
    return { kind: "next", next, current, ...(otherwise.length > 0 ? { otherwise } : {}) };
  }
  const upcoming = [...timed]
    .sort((a, b) => a.start - b.start)
    .filter((o) => o.start > at && !isCancelled(o));
  const first = upcoming[0];
  return {
    kind: "next",
    next: first ? upcoming.filter((o) => o.start === first.start) : [],
    current: [],
    topic: timed,
  };
};

/**
 * On now.
 * @example isCurrent(mondayMorning, Date.parse("2024-03-04T11:00:00-05:00")) === true
 */
export function isCurrent(occurrence: Occurrence, at: number): boolean {
  return occurrence.start <= at && at < endOf(occurrence);
}

/**
 * The first occurrences (same start) after an instant, within the programmes in scope, cancelled ones left out.
 * @example nextGroup(catalogue.timeline, Date.parse("2024-03-04T13:00:00Z"), () => true)[0]?.id === "oewg-7-2024-03-04-am"
 */
export function nextGroup(
  timeline: readonly Occurrence[],
  at: number,
  inScope: (programme: ProgrammeEntry) => boolean,
): Occurrence[] {
  const first = timeline.find((o) => o.start > at && inScope(o.programme) && !isCancelled(o));
  return first
    ? timeline.filter((o) => o.start === first.start && inScope(o.programme) && !isCancelled(o))
    : [];
}

/**
 * The last group of occurrences in scope to have ended by `at` ("and before that?" after a
 * moment with nothing on, "the previous session"), all of those starting at the same time as it.
 * @example previousGroup(catalogue.timeline, Date.parse("2024-03-05T14:00:00-05:00"), () => true)[0]?.start
 */
export function previousGroup(
  timeline: readonly Occurrence[],
  at: number,
  inScope: (programme: ProgrammeEntry) => boolean,
): Occurrence[] {
  const past = timeline.filter((o) => (o.end ?? o.start) <= at && inScope(o.programme) && !isCancelled(o));
  const last = past[past.length - 1];
  return last ? past.filter((o) => o.start === last.start) : [];
}

/**
 * Days: a day's meetings (filtered by part of day or clock time), an empty day with its
 * neighbours, a week or a month; with topic words, the topic on that day.
 * A part of day or clock time alone means today.
 * @example matchDay(stateOf("What's on Tuesday afternoon?"))?.kind === "day"
 */
export const matchDay: Matcher = ({ query, topic, content, scope, named, catalogue, now }) => {
  const timeOnly = (query.part !== undefined || query.clock !== undefined) && topic.hits.length === 0;
  if (!query.day && !timeOnly) return undefined;
  const resolved = resolveDays(
    query.day ?? { kind: "relative", offset: 0 },
    dayContext(catalogue, scope, now),
  );
  const filters = {
    part: query.part,
    clock: query.clock,
    scope,
    ...(query.slice === "rest" ? { endsAfter: now.getTime() } : {}),
    ...(query.slice === "so-far" ? { startedBy: now.getTime() } : {}),
  };
  if (topic.hits.length > 0) {
    // "Is the ping test today?" asks about the test, not the briefing about it held today.
    const hits = preferNamed(
      topic.hits,
      content.map((word) => word.term),
    );
    const onDay = hits.filter((hit) => isTimed(hit) && resolved.dates.includes(hit.date));
    return onDay.length > 0
      ? { kind: "topic", facet: query.facet, hits: onDay }
      : { kind: "topic", facet: query.facet, hits, notOn: resolved.dates[0] };
  }
  if (resolved.span) {
    const days = resolved.dates
      .map((date) => ({ date, entries: dayEntries(catalogue, date, filters) }))
      .filter((day) => day.entries.length > 0);
    const period = { first: resolved.dates[0] ?? "", last: resolved.dates[resolved.dates.length - 1] ?? "" };
    const finding: Finding = {
      kind: "days",
      facet: query.facet,
      span: resolved.span,
      days,
      period,
      ...(days.length === 0 ? { nearby: nearbyDays(catalogue, period.first, scope) } : {}),
    };
    return resolved.movedFrom ? { ...finding, movedFrom: resolved.movedFrom } : finding;
  }
  const namedDate = resolved.dates[0];
  if (namedDate === undefined) return { kind: "no-match", words: [] };
  // "6am JST", "1am Tokyo time on Friday": that moment, read in the venue's zone ("today" is
  // then the asker's zone's today).
  const venueEntry = scope[0];
  const askedIn =
    query.clock !== undefined && query.clockZone && venueEntry && query.clockZone !== venueEntry.zone
      ? {
          date: query.day ? namedDate : localDateTime(now.getTime(), query.clockZone).date,
          clock: query.clock,
          zone: query.clockZone,
          venueLabel: venueEntry.zoneLabel,
        }
      : undefined;
  const venue = askedIn && venueEntry && inVenueZone(askedIn, venueEntry.zone);
  const date = venue?.date ?? namedDate;
  const clock = venue?.minutes ?? query.clock;
  if (venue) filters.clock = venue.minutes;
  const entries = dayEntries(catalogue, date, filters);
  const base = {
    date,
    part: query.part,
    clock,
    ...(query.slice ? { slice: query.slice } : {}),
    ...(venue && askedIn ? { askedIn } : {}),
  };
  if (entries.length > 0)
    return {
      kind: "day",
      facet: query.facet,
      ...base,
      movedFrom: resolved.movedFrom,
      named,
      entries,
      ...(query.startAsked ? { startAsked: true as const } : {}),
    };
  const narrowed = query.part !== undefined || query.clock !== undefined || query.slice !== undefined;
  // "when does it end?" after "in 1h30" when nothing is on then: when the day's programme ends.
  const dayEnd = narrowed && query.facet === "end" ? dayEndFinding(catalogue, date, scope, named) : undefined;
  if (dayEnd) return dayEnd;
  return {
    kind: "nothing-on-day",
    ...base,
    sameDay: narrowed ? dayEntries(catalogue, date, { scope }) : [],
    nearby: nearbyDays(catalogue, date, scope),
  };
};

/**
 * A whole day's programme asked for its end ("when does it end?" when the moment asked has
 * nothing on): the answer says when the day's last meeting ends; `undefined` on an empty day.
 * @example dayEndFinding(catalogue, "2024-03-05", catalogue.programmes, [])?.entries.length === 2
 */
function dayEndFinding(
  catalogue: Catalogue,
  date: string,
  scope: readonly ProgrammeEntry[],
  named: ProgrammeEntry[],
): Extract<Finding, { kind: "day" }> | undefined {
  const entries = dayEntries(catalogue, date, { scope });
  return entries.length > 0 ? { kind: "day", facet: "end", date, named, entries } : undefined;
}

/**
 * The meetings (with their items), social events and milestones of a day that pass the filters.
 * Meetings with timed items are filtered item by item ("9 May afternoon" keeps 12:40 and 12:50).
 * @example dayEntries(catalogue, "2024-03-07", { part: "morning", scope: catalogue.programmes }).length === 1
 */
export function dayEntries(
  catalogue: Catalogue,
  date: string,
  filters: DayFilters & { scope: readonly ProgrammeEntry[] },
): DayEntry[] {
  const entries: DayEntry[] = [];
  for (const occurrence of catalogue.byDate.get(date) ?? []) {
    if (!filters.scope.includes(occurrence.programme)) continue;
    if (occurrence.kind !== "meeting") {
      if (passes(occurrence, filters)) entries.push({ occurrence, items: [] });
      continue;
    }
    const timedItems = occurrence.items.some((item) => item.ownTime);
    if (!timedItems && !passes(occurrence, filters)) continue;
    const items = timedItems
      ? occurrence.items.filter((item) => passes(item, filters))
      : [...occurrence.items];
    if (items.length > 0) entries.push({ occurrence, items });
  }
  return entries;
}

/** Filters of {@link dayEntries}: a part of day, a clock time, ended after / begun by an instant. */
interface DayFilters {
  part?: PartOfDay;
  clock?: number;
  endsAfter?: number;
  startedBy?: number;
}

function passes(occurrence: Occurrence, filters: DayFilters): boolean {
  if (filters.startedBy !== undefined && occurrence.start > filters.startedBy) return false;
  if (occurrence.kind === "milestone") return filters.part === undefined && filters.clock === undefined;
  if (filters.endsAfter !== undefined && endOf(occurrence) <= filters.endsAfter) return false;
  if (filters.part && occurrence.partOfDay !== filters.part) return false;
  if (filters.clock !== undefined && occurrence.startTime) {
    const start = minutesOf(occurrence.startTime);
    const end = occurrence.endTime
      ? minutesOf(occurrence.endTime)
      : start + (endOf(occurrence) - occurrence.start) / 60_000;
    if (filters.clock < start || filters.clock >= end) return false;
  }
  return true;
}

/** A wall time in one zone as the venue's date and minutes after midnight. */
function inVenueZone(asked: ClockInZone, venueZone: string): { date: string; minutes: number } | undefined {
  const hhmm = timeOfMinutes(asked.clock);
  const instant = wallTimeToInstant(asked.date, hhmm, asked.zone);
  return instant === undefined ? undefined : localDateTime(instant, venueZone);
}

function nearbyDays(catalogue: Catalogue, date: string, scope: readonly ProgrammeEntry[]): NearbyDays {
  const days = [...new Set(scope.flatMap((programme) => programme.days))].sort();
  const summary = (day: string) => {
    const held = (catalogue.byDate.get(day) ?? []).filter((o) => scope.includes(o.programme));
    // A day with only a date-only milestone is named by it ("Ping" test…), not by its programme.
    const onlyMilestones = held.length > 0 && held.every((o) => o.kind === "milestone");
    return {
      date: day,
      programmes: scope.filter((p) => p.days.includes(day)),
      ...(onlyMilestones ? { milestones: held.map((o) => o.label) } : {}),
    };
  };
  const before = days.filter((day) => day < date).pop();
  const after = days.find((day) => day > date);
  return { ...(before ? { before: summary(before) } : {}), ...(after ? { after: summary(after) } : {}) };
}
