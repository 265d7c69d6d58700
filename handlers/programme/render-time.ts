/**
 * Cards for time-shaped findings: a day, an empty day, a week or month, now, next, previous.
 */
import type { Card, CardSection } from "../../bot/cards.js";
import type { DaySlice } from "../../bot/language/dates.js";
import type { ProgrammeEntry } from "../../bot/programme/catalogue.js";
import { formatDate, formatSpan, monthName, zoneLabel } from "../../bot/programme/format.js";
import {
  clockRange,
  clockText,
  type DescribeContext,
  footerFor,
  labelsSummary,
  lowerFirst,
  pastMark,
  topicLabel,
  whenLines,
  whenOf,
} from "./describe.js";
import type { Finding, NearbyDay, NearbyDays } from "./finding.js";
import { daySection, entryOccurrences, occurrenceSection, rangeOf } from "./sections.js";

type FindingOf<K extends Finding["kind"]> = Extract<Finding, { kind: K }>;

/** "6:00 AM on Fri 8 Mar in Asia/Tokyo is Thu 7 Mar, 4:00 PM New York time." */
function askedInSections(finding: FindingOf<"day" | "nothing-on-day">): CardSection[] {
  const { askedIn, clock } = finding;
  if (!askedIn || clock === undefined) return [];
  const asked = `${clockText(askedIn.clock)} on ${formatDate(askedIn.date)} in ${zoneLabel(askedIn.zone)}`;
  return [{ text: `${asked} is ${formatDate(finding.date)}, ${clockText(clock)} ${askedIn.venueLabel}.` }];
}

const SLICE_SUFFIX: Record<DaySlice, string> = { rest: ", rest of the day", "so-far": ", so far" };

function dayTitle(date: string, part?: string, clock?: number, slice?: DaySlice): string {
  return `${formatDate(date, { long: true })}${part ? ` ${part}` : ""}${clock === undefined ? "" : ` at ${clockText(clock)}`}${slice ? SLICE_SUFFIX[slice] : ""}`;
}

/**
 * A day's programme: "Thursday 7 March morning: Capacity-building", then each meeting.
 * @example renderDay(finding, { now }).title // "Tuesday 5 March afternoon: How international law applies…"
 */
export function renderDay(finding: FindingOf<"day">, context: DescribeContext): Card {
  const sections: CardSection[] = askedInSections(finding);
  if (finding.movedFrom) {
    const names = programmeNames(finding.named);
    const forWhom = names ? ` for the ${lowerFirst(names)}` : "";
    const moved = `Nothing is scheduled on ${formatDate(finding.movedFrom)}${forWhom}`;
    sections.push({ text: `${moved}; here is the programme's ${formatDate(finding.date)}.` });
  }
  sections.push(...finding.entries.map((entry) => daySection(entry, finding.facet, context)));
  return {
    title: `${dayTitle(finding.date, finding.part, finding.clock, finding.slice)}: ${labelsSummary(entryOccurrences(finding.entries))}`,
    sections,
    footer: footerFor(finding.entries.map((entry) => entry.occurrence)),
  };
}

/**
 * "Nothing is scheduled on Sunday 10 March." with the nearest days that have something.
 * @example renderNothingOnDay(finding, { now }).title // "Nothing is scheduled on Sunday 10 March."
 */
export function renderNothingOnDay(finding: FindingOf<"nothing-on-day">, context: DescribeContext): Card {
  const sections: CardSection[] = askedInSections(finding);
  if (finding.sameDay.length > 0) {
    const slots = [...new Set(entryOccurrences(finding.sameDay).map(clockRange))];
    const names = programmeNames(finding.sameDay.map((entry) => entry.occurrence.programme));
    sections.push({ text: `That day has: ${slots.join(", ")} (${names}).` });
  } else {
    const nearby = nearbyText(finding.nearby, context);
    if (nearby) sections.push({ text: nearby });
  }
  const part = finding.part ? `in the ${finding.part}` : undefined;
  return {
    title: NOTHING_ON_DAY[finding.slice ?? "whole"](dayTitle(finding.date, part, finding.clock)),
    sections,
    footer: footerFor(finding.sameDay.map((entry) => entry.occurrence)) || undefined,
  };
}

const NOTHING_ON_DAY: Record<DaySlice | "whole", (day: string) => string> = {
  whole: (day) => `Nothing is scheduled on ${day}.`,
  rest: (day) => `Nothing more is scheduled on ${day}.`,
  "so-far": (day) => `Nothing has begun yet on ${day}.`,
};

function nearbyText(nearby: NearbyDays, context: DescribeContext): string | undefined {
  const thisYear = String(context.now.getUTCFullYear());
  const describe = (day: NearbyDay) =>
    `${formatDate(day.date, { withYear: !day.date.startsWith(thisYear) })} (${day.milestones?.join("; ") ?? programmeNames(day.programmes)})`;
  const parts: string[] = [];
  if (nearby.before) parts.push(`before: ${describe(nearby.before)}`);
  if (nearby.after) parts.push(`after: ${describe(nearby.after)}`);
  return parts.length > 0 ? `Nearest days with events — ${parts.join("; ")}.` : undefined;
}

function programmeNames(programmes: readonly ProgrammeEntry[]): string {
  return [...new Set(programmes.map((programme) => programme.programme.shortTitle))].join(", ");
}

/**
 * A week or month: one line per meeting, grouped by day.
 * @example renderDays(finding, { now }).title // "5 days with events, Mon 4 Mar – Fri 8 Mar"
 */
export function renderDays(finding: FindingOf<"days">, context: DescribeContext): Card {
  const entries = finding.days.flatMap((day) => day.entries);
  const first = finding.days[0]?.date;
  const last = finding.days[finding.days.length - 1]?.date;
  if (!first || !last) {
    const { period } = finding;
    const withYear = !period.first.startsWith(String(context.now.getUTCFullYear()));
    const when =
      finding.span === "week"
        ? `from ${formatDate(period.first, { withYear })} to ${formatDate(period.last, { withYear })}`
        : `in ${monthName(Number(period.first.slice(5, 7)))} ${period.first.slice(0, 4)}`;
    const nearby = finding.nearby && nearbyText(finding.nearby, context);
    return { title: `Nothing is scheduled ${when}.`, sections: nearby ? [{ text: nearby }] : [] };
  }
  const sections: CardSection[] = finding.days.map((day) => ({
    heading: formatDate(day.date),
    text: day.entries
      .map((entry) => {
        const shown = entry.items.length > 0 ? entry.items : [entry.occurrence];
        const span =
          (entry.items.some((item) => item.ownTime) ? rangeOf(shown) : undefined) ?? entry.occurrence;
        const title = entry.occurrence.kind === "meeting" ? entry.occurrence.meeting.title : undefined;
        return `• ${clockRange(span)} ${title ?? labelsSummary(shown)}${pastMark(span, context.now)}`;
      })
      .join("\n"),
  }));
  if (finding.movedFrom)
    sections.unshift({ text: "Nothing is scheduled this week; here is the programme's week." });
  const range = first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
  const count = finding.days.length;
  return {
    title: `${count} ${count === 1 ? "day" : "days"} with events, ${range}`,
    sections,
    footer: footerFor(entries.map((entry) => entry.occurrence)),
  };
}

/**
 * What is on now, and what comes next.
 * @example renderNow({ kind: "now", current: [], next: [opening] }, { now }).title // "Nothing is on right now (Mon 4 Mar, 8:00 AM New York time)."
 */
export function renderNow(finding: FindingOf<"now">, context: DescribeContext): Card {
  const programme = finding.current[0]?.programme ?? finding.next[0]?.programme;
  const at = programme
    ? ` (${formatSpan(context.now.getTime(), undefined, programme.zone)} ${programme.zoneLabel})`
    : "";
  if (finding.current.length === 0) {
    const sections = finding.next.map((occurrence) => occurrenceSection(occurrence, "when", context));
    const [first] = sections;
    if (first) sections[0] = { ...first, heading: `Next: ${first.heading ?? ""}` };
    return {
      title: `Nothing is on right now${at}.${finding.next.length === 0 ? " Nothing else is scheduled." : ""}`,
      sections,
      footer: footerFor(finding.next) || undefined,
    };
  }
  const sections = finding.current.map((occurrence) => occurrenceSection(occurrence, "when", context));
  const [next] = finding.next;
  if (next)
    sections.push({ heading: `Then: ${topicLabel(next)}`, text: whenLines(next, context).join("\n") });
  return {
    title: `Now${at}: ${labelsSummary(finding.current)}`,
    sections,
    footer: footerFor([...finding.current, ...finding.next]),
  };
}

/**
 * What comes next (after now, or the next time a topic comes up).
 * @example renderNext(finding, { now }).title // "Next: Regular institutional dialogue, Thu 7 Mar, 3:00 PM–6:00 PM New York time"
 */
export function renderNext(finding: FindingOf<"next">, context: DescribeContext): Card {
  const [first] = finding.next;
  const { anchor } = finding;
  if (!first) return renderNothingNext(finding, context);
  if (anchor) {
    return {
      title: `${anchor.direction === "after" ? "After" : "Before"} the ${lowerFirst(topicLabel(anchor.occurrence))}: ${labelsSummary(finding.next)}, ${whenOf(first, context).venue}`,
      sections: finding.next.map((occurrence) => occurrenceSection(occurrence, "when", context)),
      footer: footerFor(finding.next),
    };
  }
  const sections = finding.next.map((occurrence) => occurrenceSection(occurrence, "when", context));
  const [current] = finding.current;
  if (current) {
    const until =
      current.end === undefined
        ? ""
        : ` (until ${formatSpan(current.end, undefined, current.programme.zone).split(", ")[1]})`;
    sections.unshift({ text: `On now: ${labelsSummary(finding.current)}${until}.` });
  }
  return {
    title: `Next: ${labelsSummary(finding.next)}, ${whenOf(first, context).venue}`,
    sections,
    footer: footerFor(finding.next),
  };
}

function renderNothingNext(finding: FindingOf<"next">, context: DescribeContext): Card {
  const { anchor, topic } = finding;
  if (anchor) {
    const label = lowerFirst(topicLabel(anchor.occurrence));
    return {
      title: `Nothing is scheduled ${anchor.direction} the ${label} (${whenOf(anchor.occurrence, context).venue}).`,
      sections: [],
      footer: footerFor([anchor.occurrence]),
    };
  }
  const [latest] = [...(topic ?? [])].sort((a, b) => b.start - a.start);
  if (latest) {
    return {
      title: `${topicLabel(latest)} is not scheduled again; it took place ${whenOf(latest, context).venue}.`,
      sections: [],
      footer: footerFor([latest]),
    };
  }
  const [otherwise] = finding.otherwise ?? [];
  if (otherwise) {
    return {
      title: `No further meeting is scheduled in the programmes I know. Next: ${labelsSummary(finding.otherwise ?? [])}, ${whenOf(otherwise, context).venue}`,
      sections: (finding.otherwise ?? []).map((occurrence) => occurrenceSection(occurrence, "when", context)),
      footer: footerFor(finding.otherwise ?? []),
    };
  }
  const current = finding.current;
  return {
    title: "Nothing else is scheduled in the programmes I know.",
    sections:
      current.length > 0
        ? [
            { text: `On now: ${labelsSummary(current)}.` },
            ...current.map((o) => occurrenceSection(o, "when", context)),
          ]
        : [],
  };
}

/**
 * What took place last.
 * @example renderPrevious(finding, { now }).title // "Previously: Rules, norms and principles…, Tue 5 Mar, 10:00 AM–1:00 PM New York time"
 */
export function renderPrevious(finding: FindingOf<"previous">, context: DescribeContext): Card {
  const [first] = finding.previous;
  if (!first) return { title: "Nothing has taken place yet.", sections: [] };
  return {
    title: `Previously: ${labelsSummary(finding.previous)}, ${whenOf(first, context).venue}`,
    sections: finding.previous.map((occurrence) => occurrenceSection(occurrence, "when", context)),
    footer: footerFor(finding.previous),
  };
}
