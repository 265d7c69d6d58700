/**
 * Cards for time-shaped findings: a day, an empty day, a week or month, now, next, previous.
 */
import type { Card, CardSection } from "../../bot/cards.js";
import { withLocale } from "../../bot/language/current.js";
import type { DaySlice } from "../../bot/language/dates.js";
import { english } from "../../bot/language/locales/en/lexicon.js";
import { say, tr } from "../../bot/language/messages.js";
import type { Occurrence, ProgrammeEntry } from "../../bot/programme/catalogue.js";
import { formatClock, formatDate, formatSpan, monthOfYear, zoneLabel } from "../../bot/programme/format.js";
import { local } from "../../bot/programme/translations.js";
import {
  aside,
  clockRange,
  clockText,
  type DescribeContext,
  footerFor,
  labelsSummary,
  lowerFirst,
  markPast,
  occurrenceLabel,
  shortTitleOf,
  speakerNames,
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
  const text = tr("programme.askedIn", {
    clock: clockText(askedIn.clock),
    date: formatDate(askedIn.date),
    zone: zoneLabel(askedIn.zone),
    venueDate: formatDate(finding.date),
    venueClock: clockText(clock),
    venueLabel: askedIn.venueLabel,
  });
  return [{ text }];
}

const SLICE_KEY: Record<DaySlice, string> = {
  rest: "programme.slice.rest",
  "so-far": "programme.slice.soFar",
};

/** "Thursday 7 March afternoon at 3:00 PM, rest of the day"; `part` is a key under `programme.part` or `programme.partIn`. */
function dayTitle(date: string, part?: string, clock?: number, slice?: DaySlice): string {
  let title = formatDate(date, { long: true });
  if (part) title = tr("programme.dayPart", { date: title, part: tr(part) });
  if (clock !== undefined) title = tr("programme.dayAt", { date: title, clock: clockText(clock) });
  return slice ? tr(SLICE_KEY[slice], { day: title }) : title;
}

/**
 * A day's programme: "Thursday 7 March morning: Capacity-building", then each meeting.
 * @example renderDay(finding, { now }).title // "Tuesday 5 March afternoon: How international law applies…"
 */
export function renderDay(finding: FindingOf<"day">, context: DescribeContext): Card {
  const sections: CardSection[] = askedInSections(finding);
  if (finding.movedFrom) {
    const names = programmeNames(finding.named);
    const values = { day: formatDate(finding.movedFrom), date: formatDate(finding.date) };
    sections.push({
      text: names
        ? tr("programme.movedFromFor", { ...values, names: lowerFirst(names) })
        : tr("programme.movedFrom", values),
    });
  }
  sections.push(...finding.entries.map((entry) => daySection(entry, finding.facet, context)));
  if (finding.facet === "who") sections.unshift({ text: speakersOfDay(finding, context) });
  const ends =
    finding.facet === "end"
      ? dayEnd(finding, context)
      : finding.startAsked
        ? dayStart(finding, context)
        : undefined;
  return {
    title:
      ends ??
      tr("programme.colon", {
        head: dayTitle(
          finding.date,
          finding.part && `programme.part.${finding.part}`,
          finding.clock,
          finding.slice,
        ),
        rest: labelsSummary(entryOccurrences(finding.entries)),
      }),
    sections,
    footer: footerFor(finding.entries.map((entry) => entry.occurrence)),
  };
}

/**
 * "when does the session end today?", or "when does it end?" after a day's programme: when the
 * day's last meeting asked about ends (else its last event), or that the letter gives no end.
 */
function dayEnd(finding: FindingOf<"day">, context: DescribeContext): string | undefined {
  const occurrences = finding.entries.map((entry) => entry.occurrence);
  const meetings = occurrences.filter((occurrence) => occurrence.kind === "meeting");
  const pool = meetings.length > 0 ? meetings : occurrences;
  const last = pool.reduce<(typeof pool)[number] | undefined>(
    (latest, occurrence) =>
      latest && (latest.end ?? latest.start) >= (occurrence.end ?? occurrence.start) ? latest : occurrence,
    undefined,
  );
  if (!last) return undefined;
  if (last.kind === "milestone" || last.end === undefined)
    return tr("programme.noEndFor", {
      label: lowerFirst(occurrenceLabel(last)),
      when: whenOf(last, context).venue,
    });
  return tr("programme.endsOn", {
    name: shortTitleOf(last.programme),
    date: formatDate(last.date),
    clock: formatClock(last.end, last.programme.zone),
    zone: last.programme.zoneLabel,
  });
}

/**
 * "what time does the session start on monday": when the day's first meeting asked about
 * starts (else its first event), as "when does the reception start" says it.
 */
function dayStart(finding: FindingOf<"day">, context: DescribeContext): string | undefined {
  const occurrences = finding.entries.map((entry) => entry.occurrence);
  const meetings = occurrences.filter((occurrence) => occurrence.kind === "meeting");
  const first = (meetings.length > 0 ? meetings : occurrences).reduce<
    (typeof occurrences)[number] | undefined
  >(
    (earliest, occurrence) => (earliest && earliest.start <= occurrence.start ? earliest : occurrence),
    undefined,
  );
  // A date-only milestone has no start: the day's own title gives its date.
  if (!first || first.kind === "milestone") return undefined;
  const label = first.kind === "meeting" ? shortTitleOf(first.programme) : occurrenceLabel(first);
  return tr(first.start <= context.now.getTime() ? "programme.start.past" : "programme.start.at", {
    label,
    date: formatDate(first.date),
    clock: formatClock(first.start, first.programme.zone),
    zone: first.programme.zoneLabel,
  });
}

/**
 * "who speaks on Thursday?": the speakers the letters name on the day, each with what they
 * speak at, or that they name none.
 */
function speakersOfDay(finding: FindingOf<"day">, context: DescribeContext): string {
  const locale = context.locale ?? "en";
  const named = finding.entries.flatMap((entry) =>
    entry.items
      .filter((item) => item.item.speakers.length > 0)
      .map((item) => aside(speakerNames(item.item.speakers), topicLabel(item))),
  );
  const day = dayTitle(finding.date, finding.part && `programme.part.${finding.part}`);
  return named.length > 0
    ? say(locale, "programme.speakersOn", { day, names: named.join(say(locale, "programme.listSeparator")) })
    : say(locale, "programme.noSpeakersOn", { day });
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
    sections.push({ text: tr("programme.thatDayHas", { slots: slots.join(", "), names }) });
  } else {
    const nearby = nearbyText(finding.nearby, context);
    if (nearby) sections.push({ text: nearby });
  }
  const part = finding.part ? `programme.partIn.${finding.part}` : undefined;
  return {
    title: tr(NOTHING_ON_DAY[finding.slice ?? "whole"], { day: dayTitle(finding.date, part, finding.clock) }),
    sections,
    footer: footerFor(finding.sameDay.map((entry) => entry.occurrence)) || undefined,
  };
}

const NOTHING_ON_DAY: Record<DaySlice | "whole", string> = {
  whole: "programme.nothingOn.whole",
  rest: "programme.nothingOn.rest",
  "so-far": "programme.nothingOn.soFar",
};

function nearbyText(nearby: NearbyDays, context: DescribeContext): string | undefined {
  const thisYear = String(context.now.getUTCFullYear());
  const describe = (day: NearbyDay) =>
    aside(
      formatDate(day.date, { withYear: !day.date.startsWith(thisYear) }),
      day.milestones?.map((label) => local(label)).join(tr("programme.listSeparator")) ??
        programmeNames(day.programmes),
    );
  const parts: string[] = [];
  if (nearby.before) parts.push(tr("programme.nearestBefore", { day: describe(nearby.before) }));
  if (nearby.after) parts.push(tr("programme.nearestAfter", { day: describe(nearby.after) }));
  return parts.length > 0
    ? tr("programme.nearest", { list: parts.join(tr("programme.listSeparator")) })
    : undefined;
}

function programmeNames(programmes: readonly ProgrammeEntry[]): string {
  return [...new Set(programmes.map(shortTitleOf))].join(", ");
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
    const title =
      finding.span === "week"
        ? tr("programme.nothingBetween", {
            first: formatDate(period.first, { withYear }),
            last: formatDate(period.last, { withYear }),
          })
        : tr("programme.nothingInMonth", {
            month: monthOfYear(Number(period.first.slice(0, 4)), Number(period.first.slice(5, 7))),
          });
    const nearby = finding.nearby && nearbyText(finding.nearby, context);
    return { title, sections: nearby ? [{ text: nearby }] : [] };
  }
  const sections: CardSection[] = finding.days.map((day) => ({
    heading: formatDate(day.date),
    text: day.entries
      .map((entry) => {
        const shown = entry.items.length > 0 ? entry.items : [entry.occurrence];
        const span =
          (entry.items.some((item) => item.ownTime) ? rangeOf(shown) : undefined) ?? entry.occurrence;
        const title =
          entry.occurrence.kind === "meeting" && entry.occurrence.meeting.title
            ? occurrenceLabel(entry.occurrence)
            : undefined;
        return markPast(`• ${clockRange(span)} ${title ?? labelsSummary(shown)}`, span, context.now);
      })
      .join("\n"),
  }));
  if (finding.movedFrom) sections.unshift({ text: tr("programme.movedWeek") });
  const range = first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
  const count = finding.days.length;
  return {
    title: tr("programme.daysWithEvents", { count, range }),
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
    ? `${formatSpan(context.now.getTime(), undefined, programme.zone)} ${programme.zoneLabel}`
    : "";
  if (finding.current.length === 0) {
    const sections = finding.next.map((occurrence) => occurrenceSection(occurrence, "when", context));
    const [first] = sections;
    if (first) sections[0] = { ...first, heading: tr("programme.next", { what: first.heading ?? "" }) };
    const nothing = at ? tr("programme.nothingNowAt", { at }) : tr("programme.nothingNow");
    return {
      title: finding.next.length === 0 ? `${nothing} ${tr("programme.nothingElse")}` : nothing,
      sections,
      footer: footerFor(finding.next) || undefined,
    };
  }
  const sections = finding.current.map((occurrence) => occurrenceSection(occurrence, "when", context));
  const [next] = finding.next;
  if (next)
    sections.push({
      heading: tr("programme.thenNext", { what: topicLabel(next) }),
      text: whenLines(next, context).join("\n"),
    });
  const what = labelsSummary(finding.current);
  return {
    title: at ? tr("programme.nowAt", { at, what }) : tr("programme.now", { what }),
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
      title: tr(`programme.${anchor.direction}${anchorOf(anchor.occurrence).form}`, {
        anchor: anchorOf(anchor.occurrence).label,
        what: labelsSummary(finding.next),
        when: whenOf(first, context).venue,
      }),
      sections: finding.next.map((occurrence) => occurrenceSection(occurrence, "when", context)),
      footer: footerFor(finding.next),
    };
  }
  const sections = finding.next.map((occurrence) => occurrenceSection(occurrence, "when", context));
  const [current] = finding.current;
  if (current) {
    const what = labelsSummary(finding.current);
    sections.unshift({
      text:
        current.end === undefined
          ? tr("programme.onNow", { what })
          : tr("programme.onNowUntil", { what, clock: formatClock(current.end, current.programme.zone) }),
    });
  }
  return {
    title: tr("programme.nextWhen", {
      what: labelsSummary(finding.next),
      when: whenOf(first, context).venue,
    }),
    sections,
    footer: footerFor(finding.next),
  };
}

/**
 * The item an anchor line counts from, as its sentence names it: a noun after "the" ("After the
 * capacity-building"), a title that is a clause ("How international law applies …", by its
 * English first word: `clauseTitleLeads`) quoted as written, capital kept ("…Quoted" keys; in
 * the other languages the same sentences as their own, which quote every title).
 */
function anchorOf(occurrence: Occurrence): { label: string; form: "" | "Quoted" } {
  const label = topicLabel(occurrence);
  const written = withLocale("en", () => topicLabel(occurrence));
  const lead = written.split(" ", 1)[0]?.toLowerCase() ?? "";
  if (!english.clauseTitleLeads.has(lead)) return { label: lowerFirst(label), form: "" };
  // The other languages quote every title and lower its first letter; so does a translation here.
  return { label: label === written ? label : lowerFirst(label), form: "Quoted" };
}

function renderNothingNext(finding: FindingOf<"next">, context: DescribeContext): Card {
  const { anchor, topic } = finding;
  if (anchor) {
    const { label, form } = anchorOf(anchor.occurrence);
    return {
      title: tr(`programme.${anchor.direction === "after" ? "nothingAfter" : "nothingBefore"}${form}`, {
        anchor: label,
        when: whenOf(anchor.occurrence, context).venue,
      }),
      sections: [],
      footer: footerFor([anchor.occurrence]),
    };
  }
  const [latest] = [...(topic ?? [])].sort((a, b) => b.start - a.start);
  if (latest) {
    return {
      title: tr("programme.notAgain", { topic: topicLabel(latest), when: whenOf(latest, context).venue }),
      sections: [],
      footer: footerFor([latest]),
    };
  }
  const [otherwise] = finding.otherwise ?? [];
  if (otherwise) {
    return {
      title: tr("programme.noFurther", {
        what: labelsSummary(finding.otherwise ?? []),
        when: whenOf(otherwise, context).venue,
      }),
      sections: (finding.otherwise ?? []).map((occurrence) => occurrenceSection(occurrence, "when", context)),
      footer: footerFor(finding.otherwise ?? []),
    };
  }
  const current = finding.current;
  return {
    title: tr("programme.nothingElseKnown"),
    sections:
      current.length > 0
        ? [
            { text: tr("programme.onNow", { what: labelsSummary(current) }) },
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
  if (!first) return { title: tr("programme.nothingYet"), sections: [] };
  return {
    title: tr("programme.previously", {
      what: labelsSummary(finding.previous),
      when: whenOf(first, context).venue,
    }),
    sections: finding.previous.map((occurrence) => occurrenceSection(occurrence, "when", context)),
    footer: footerFor(finding.previous),
  };
}
