/**
 * Cards for the findings of `match-gaps.ts`: the time left until something, the gaps between
 * a day's meetings, a session the letters do not give, and what to ask when only a zone was
 * named. Every sentence from the messages catalogue in the turn's language (`say(locale, …)`).
 */
import type { Card, CardSection } from "../../bot/cards.js";
import { say } from "../../bot/language/messages.js";
import { placeNameIn } from "../../bot/language/place-names.js";
import type { Occurrence, ProgrammeEntry } from "../../bot/programme/catalogue.js";
import { formatClock, formatDate, zoneLabel } from "../../bot/programme/format.js";
import { dayNumber, localDateTime } from "../../bot/programme/time.js";
import {
  askerLine,
  clockRange,
  type DescribeContext,
  footerFor,
  programmeDates,
  shortTitleOf,
  topicLabel,
  whenLines,
  whenOf,
} from "./describe.js";
import type { Finding } from "./finding.js";

type FindingOf<K extends Finding["kind"]> = Extract<Finding, { kind: K }>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unitFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** A number of a unit in words, in the locale ("3 days", "3 jours"); formatters are kept per locale. */
function unitText(locale: string, unit: "day" | "hour" | "minute", count: number): string {
  const key = `${locale}|${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" });
    unitFormats.set(key, format);
  }
  return format.format(count);
}

/**
 * A span of time in words, to the minute under an hour, else in the two largest units:
 * "62 days, 18 hours", "3 hours, 10 minutes", "5 minutes".
 * @example durationText("en", 90 * 60_000) === "1 hour, 30 minutes"
 */
export function durationText(locale: string, ms: number): string {
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  const days = Math.floor(minutes / (DAY / MINUTE));
  const hours = Math.floor((minutes % (DAY / MINUTE)) / 60);
  const rest = minutes % 60;
  // Two units, and the minutes too within two days ("1 day, 10 minutes" is not "1 day").
  const parts =
    days > 0
      ? [
          unitText(locale, "day", days),
          ...(hours > 0 ? [unitText(locale, "hour", hours)] : []),
          ...(days < 2 && rest > 0 ? [unitText(locale, "minute", rest)] : []),
        ]
      : hours > 0
        ? [unitText(locale, "hour", hours), ...(rest > 0 ? [unitText(locale, "minute", rest)] : [])]
        : [unitText(locale, "minute", rest)];
  let list = listFormats.get(locale);
  if (!list) {
    list = new Intl.ListFormat(locale, { type: "unit", style: "short" });
    listFormats.set(locale, list);
  }
  return list.format(parts);
}

/** What a countdown is to: a programme by its short title when it was named, else the occurrence. */
interface Target {
  label: string;
  start: number;
  /** The end, when the letters give one (a programme: its last meeting's). */
  end?: number;
  /** A date-only milestone: its local date. */
  dateOnly?: string;
  zone: string;
}

function targetOf(occurrence: Occurrence, programme?: ProgrammeEntry): Target {
  if (programme) {
    return {
      label: shortTitleOf(programme),
      start: programme.start,
      end: programme.end,
      zone: programme.zone,
    };
  }
  return {
    label: topicLabel(occurrence),
    start: occurrence.start,
    ...(occurrence.end !== undefined ? { end: occurrence.end } : {}),
    ...(occurrence.kind === "milestone" ? { dateOnly: occurrence.date } : {}),
    zone: occurrence.programme.zone,
  };
}

/** One sentence: starts in…, under way…, over; a date-only one by days. */
function countdownSentence(target: Target, now: number, locale: string): string {
  const what = target.label;
  if (target.dateOnly) {
    const today = localDateTime(now, target.zone).date;
    const days = dayNumber(target.dateOnly) - dayNumber(today);
    const date = formatDate(target.dateOnly);
    if (days > 0)
      return say(locale, "programme.countdown.dateOnly", { what, date, left: unitText(locale, "day", days) });
    if (days === 0) return say(locale, "programme.countdown.dateOnlyToday", { what, date });
    return say(locale, "programme.countdown.over", { what });
  }
  if (target.start > now)
    return say(locale, "programme.countdown.in", { what, left: durationText(locale, target.start - now) });
  if (target.end === undefined)
    return say(locale, "programme.countdown.begunNoEnd", {
      what,
      ago: durationText(locale, now - target.start),
    });
  if (target.end > now)
    return say(locale, "programme.countdown.underWay", {
      what,
      left: durationText(locale, target.end - now),
      clock: formatClock(target.end, target.zone),
    });
  return say(locale, "programme.countdown.over", { what });
}

/**
 * "Cocktail reception starts in 2 hours, 10 minutes." with when it is, counted on the bot's
 * clock, which the footer names.
 * @example renderCountdown({ kind: "countdown", targets: [reception] }, { now, locale: "en" }).title
 */
export function renderCountdown(finding: FindingOf<"countdown">, context: DescribeContext): Card {
  const locale = context.locale ?? "en";
  const now = context.now.getTime();
  const [first, ...others] = finding.targets;
  if (!first) return { title: say(locale, "programme.nothingElseKnown"), sections: [] };
  const programmeOf = (occurrence: Occurrence) =>
    finding.programmes?.includes(occurrence.programme) ? occurrence.programme : undefined;
  const sections: CardSection[] = [{ text: whenLines(first, context).join("\n") }];
  for (const other of others) {
    sections.push({
      text: `${countdownSentence(targetOf(other, programmeOf(other)), now, locale)}\n${whenLines(other, context).join("\n")}`,
    });
  }
  const zone = first.programme.zone;
  const asOf = say(locale, "programme.countdown.asOf", {
    date: formatDate(localDateTime(now, zone).date),
    clock: formatClock(now, zone),
    zone: first.programme.zoneLabel,
  });
  const footer = footerFor(finding.targets);
  return {
    title: countdownSentence(targetOf(first, programmeOf(first)), now, locale),
    sections,
    footer: footer ? `${asOf} ${footer}` : asOf,
  };
}

/**
 * "Cocktail reception starts Mon 4 Mar at 6:30 PM New York time.", "Next meeting of the OEWG
 * 7th session: Tue 5 Mar at 3:00 PM New York time.": the start alone, with the asker's time
 * when it differs; a date-only milestone by its date.
 * @example renderStart({ kind: "start", occurrence: reception }, { now, locale: "en" }).title
 */
export function renderStart(finding: FindingOf<"start">, context: DescribeContext): Card {
  const locale = context.locale ?? "en";
  const { occurrence, programme } = finding;
  const label = programme ? shortTitleOf(programme) : topicLabel(occurrence);
  const key =
    programme && !finding.first
      ? "programme.start.next"
      : occurrence.start <= context.now.getTime()
        ? "programme.start.past"
        : "programme.start.at";
  const title =
    occurrence.kind === "milestone"
      ? `${say(locale, "programme.colon", { head: label, rest: whenOf(occurrence, context).venue })}.`
      : say(locale, key, {
          label,
          date: formatDate(occurrence.date),
          clock: formatClock(occurrence.start, occurrence.programme.zone),
          zone: occurrence.programme.zoneLabel,
          ...(finding.opened
            ? {
                firstDate: formatDate(finding.opened.date),
                firstClock: formatClock(finding.opened.start, finding.opened.programme.zone),
              }
            : {}),
        });
  const asker = occurrence.kind === "milestone" ? undefined : askerLine(occurrence, context);
  return {
    title,
    sections: asker ? [{ text: asker }] : [],
    footer: footerFor([occurrence]) || undefined,
  };
}

/** A list of dates: "Mon 4 – Fri 8 Mar" when they follow one another, else each. */
function datesText(dates: readonly string[], locale: string): string {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return "";
  const consecutive = dates.every((date, index) => dayNumber(date) === dayNumber(first) + index);
  if (dates.length > 2 && consecutive) return `${formatDate(first)} – ${formatDate(last)}`;
  return dates.map((date) => formatDate(date)).join(say(locale, "programme.listSeparator"));
}

/**
 * "The letters name no lunch break; no meeting is scheduled from 1:00 PM to 3:00 PM New York
 * time on Mon 4 – Fri 8 Mar." A day without a gap says so, with its meetings' times.
 * @example renderBreaks(finding, { now, locale: "en" }).title
 */
export function renderBreaks(finding: FindingOf<"breaks">, context: DescribeContext): Card {
  const locale = context.locale ?? "en";
  const gaps = new Map<string, { from: string; to: string; zone: string; dates: string[] }>();
  const noGap = new Map<string, string[]>();
  for (const { date, meetings } of finding.days) {
    const sorted = [...meetings].sort((a, b) => a.start - b.start);
    let found = false;
    for (let index = 1; index < sorted.length; index += 1) {
      const before = sorted[index - 1];
      const after = sorted[index];
      if (!before || !after || before.end === undefined || after.start <= before.end) continue;
      const zone = after.programme.zone;
      const from = formatClock(before.end, zone);
      const to = formatClock(after.start, zone);
      const key = `${from}|${to}|${after.programme.zoneLabel}`;
      const gap = gaps.get(key) ?? { from, to, zone: after.programme.zoneLabel, dates: [] };
      gap.dates.push(date);
      gaps.set(key, gap);
      found = true;
    }
    if (!found) {
      const slots = sorted.map(clockRange).join(", ");
      noGap.set(slots, [...(noGap.get(slots) ?? []), date]);
    }
  }
  const lines = [
    ...[...gaps.values()].map((gap) =>
      say(locale, "programme.breaks.gap", {
        from: gap.from,
        to: gap.to,
        zone: gap.zone,
        days: datesText(gap.dates, locale),
      }),
    ),
    ...[...noGap].map(([slots, dates]) =>
      say(locale, "programme.breaks.noGap", { days: datesText(dates, locale), slots }),
    ),
  ];
  // "when is lunch?" asks about a meal too: what the letters do not say comes first.
  const lead = finding.meals
    ? say(locale, "programme.saysNothing", { what: say(locale, "fact.meals") })
    : say(locale, "programme.breaks.noneNamed");
  return {
    title: `${lead} ${lines[0] ?? ""}`.trim(),
    sections: lines.slice(1).map((text) => ({ text })),
    footer: footerFor(finding.days.flatMap((day) => day.meetings)),
  };
}

/**
 * "The letters give no session or meeting number 8; they cover only: OEWG 7th session (Mon
 * 4 – Fri 8 Mar); First POC meeting (Thu 9 May)."
 * @example renderNotGiven({ kind: "not-given", number: 8, programmes }, { now, locale: "en" }).title
 */
export function renderNotGiven(finding: FindingOf<"not-given">, context: DescribeContext): Card {
  const locale = context.locale ?? "en";
  const list = finding.programmes
    .map((programme) =>
      say(locale, "programme.notGiven.programme", {
        name: shortTitleOf(programme),
        dates: programmeDates(programme, context.now),
      }),
    )
    .join(say(locale, "programme.listSeparator"));
  const title =
    finding.number === undefined
      ? say(locale, "programme.notGiven.later", { list })
      : say(locale, "programme.notGiven.numbered", { number: finding.number, list });
  return { title, sections: [] };
}

/**
 * "It is 2:50 AM on Fri 8 Mar in Bangkok. What should I show in Bangkok time? …": a zone
 * named with nothing to follow on from.
 * @example renderZonePrompt({ kind: "zone-prompt", zone: "Asia/Bangkok", place: "Bangkok" }, { now, locale: "en" }).title
 */
export function renderZonePrompt(finding: FindingOf<"zone-prompt">, context: DescribeContext): Card {
  const locale = context.locale ?? "en";
  const now = context.now.getTime();
  // The place as the asker's language names it ("Токио"), which the bot reads back.
  const place = finding.place ? placeNameIn(locale, finding.place) : zoneLabel(finding.zone, locale);
  return {
    title: say(locale, "programme.zonePrompt.now", {
      clock: formatClock(now, finding.zone),
      date: formatDate(localDateTime(now, finding.zone).date),
      place,
    }),
    sections: [{ text: say(locale, "programme.zonePrompt.ask", { place }) }],
  };
}
