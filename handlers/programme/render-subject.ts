/**
 * Cards for subject-shaped findings: a topic, speaker or event found by words; a programme;
 * rooms; facts the letters do not give; the overview; nothing found.
 */

import type { Card, CardSection } from "../../bot/cards.js";
import type { Facet } from "../../bot/language/lexicon.js";
import { say } from "../../bot/language/messages.js";
import type { Occurrence, ProgrammeEntry, Searchable } from "../../bot/programme/catalogue.js";
import { formatClock, formatDate } from "../../bot/programme/format.js";
import {
  type DescribeContext,
  footerFor,
  labelsSummary,
  lowerFirst,
  noticesOf,
  placeOf,
  programmeDates,
  roomNote,
  roomOf,
  speakerText,
  speakerWithShortRole,
  topicLabel,
  whenLines,
  whenOf,
} from "./describe.js";
import type { Finding } from "./finding.js";
import { occurrenceSection, programmeSections } from "./sections.js";

type FindingOf<K extends Finding["kind"]> = Extract<Finding, { kind: K }>;

/** Examples offered when nothing matched. */
const TRY_INSTEAD = `Try "what's on Thursday afternoon?", "when is capacity-building discussed?", "who speaks at the POC meeting?" or "where is the reception?".`;

/**
 * Things found by topic, speaker or name; the title answers for the best one.
 * @example renderTopic(finding, { now }).title // "Capacity-building: Thu 7 Mar, 10:00 AM–1:00 PM New York time"
 */
export function renderTopic(finding: FindingOf<"topic">, context: DescribeContext): Card {
  const [first] = finding.hits;
  if (!first) return renderNoMatch({ kind: "no-match", words: [] });
  // A notice that is the answer is said once, in the first line (with its programme).
  const sections: CardSection[] = finding.hits
    .filter((hit) => !(hit === first && hit.kind === "notice"))
    .map((hit) =>
      hit.kind === "notice"
        ? { heading: hit.programme.programme.shortTitle, text: hit.notice.text }
        : occurrenceSection(hit, finding.facet, context),
    );
  const timed = finding.hits.filter((hit): hit is Occurrence & Searchable => hit.kind !== "notice");
  // The first line stands alone on a phone: it says when there is more than the best hit.
  const others = timed.filter((hit) => hit !== first).length;
  const more = others > 0 ? ` (and ${others} more below)` : "";
  return {
    title: `${topicTitle(first, finding.facet, context, finding.notOn, finding.subject)}${more}`,
    sections,
    footer: footerFor(timed) || undefined,
  };
}

/** The one-line answer about the best hit, shaped by what was asked. */
function topicTitle(
  hit: Searchable,
  facet: Facet,
  context: DescribeContext,
  notOn?: string,
  subject?: string,
): string {
  if (hit.kind === "notice") return `${hit.programme.programme.shortTitle}: ${hit.notice.text}`;
  const label = subject ?? topicLabel(hit);
  const when = whenOf(hit, context).venue;
  const plain = notOn ? `${label} is not on ${formatDate(notOn)}; it is on ${when}` : `${label}: ${when}`;
  switch (facet) {
    case "who":
      return whoTitle(hit, label) ?? plain;
    case "where":
      return `${label}: ${placeOf(hit)}${hit.kind === "social" ? "" : roomNote(hit)}`;
    case "end":
      return endTitle(hit, label, when);
    case "rsvp":
      if (hit.kind === "social" && hit.event.rsvp) {
        // Answers given here reach the Secretariat's list; the organiser's link stays as given.
        const link = hit.event.rsvp.originalLink
          ? `; the organiser's original link is ${hit.event.rsvp.originalLink}`
          : "";
        return `${label}: RSVP ${hit.event.rsvp.required ? "required" : "not required"} — answer here: say "rsvp attending" (or "rsvp attending with 2 experts: Ana Lima, Raj Patel")${link}.`;
      }
      return plain;
    default:
      return plain;
  }
}

function whoTitle(hit: Occurrence, label: string): string | undefined {
  if (hit.kind === "social") {
    const host = hit.event.host ? `hosted by ${speakerText(hit.event.host)}` : "the invitation names no host";
    return `${label}: ${host}${hit.event.invitation ? `, for ${hit.event.invitation}` : ""}`;
  }
  if (hit.kind !== "item") return undefined;
  return hit.item.speakers.length > 0
    ? `${label}: ${hit.item.speakers.map(speakerWithShortRole).join("; ")}`
    : `The letter names no speakers for ${label}.`;
}

function endTitle(hit: Occurrence, label: string, when: string): string {
  if (hit.kind === "milestone") return `${label}: ${when}.`;
  if (hit.end === undefined)
    return `The letter gives no end time for the ${lowerFirst(label)}; it starts ${when}.`;
  return `${label} ends at ${formatClock(hit.end, hit.programme.zone)} ${hit.programme.zoneLabel} (${when}).`;
}

/**
 * Programmes asked about by name ("the POC meeting"): when, where, who, link.
 * @example renderProgrammes([poc], "where", { now }).title // "First POC meeting: United Nations Headquarters (UNHQ), New York, hybrid format (no room given)"
 */
export function renderProgrammes(
  programmes: readonly ProgrammeEntry[],
  facet: Facet,
  context: DescribeContext,
): Card {
  const [first] = programmes;
  if (!first) return renderNoMatch({ kind: "no-match", words: [] });
  return {
    title: programmeTitle(first, facet, context),
    sections: programmes.flatMap((entry) => programmeSections(entry, facet, context)),
    footer: footerFor(programmes.flatMap((entry) => entry.occurrences)),
  };
}

function programmeTitle(entry: ProgrammeEntry, facet: Facet, context: DescribeContext): string {
  const name = entry.programme.shortTitle;
  if (facet === "where" || facet === "room") return `${name}: ${placeOf(entry)}${roomNote(entry)}`;
  if (facet === "link") {
    const [notice] = noticesOf(entry, "link");
    if (notice) return `${name}: ${notice.notice.text}`;
    const [link] = entry.programme.links;
    return link
      ? `${name}: the letter gives no connection link (more information: ${link.url}).`
      : `${name}: the letter gives no link.`;
  }
  if (facet === "who") {
    const speakers = entry.occurrences.flatMap((o) =>
      o.kind === "meeting" ? o.items.flatMap((item) => item.item.speakers) : [],
    );
    const byName = new Map(speakers.map((speaker) => [speaker.name ?? speaker.role, speaker]));
    const names = [...byName.values()].map(speakerWithShortRole);
    return names.length > 0
      ? `Speakers at the ${lowerFirst(name)}: ${names.join("; ")}`
      : `The letter names no speakers for the ${lowerFirst(name)}.`;
  }
  const meetings = entry.occurrences.filter((occurrence) => occurrence.kind === "meeting");
  const [only] = meetings;
  const last = meetings[meetings.length - 1];
  if (facet === "end" && last?.end !== undefined) {
    const ends = `${name} ends ${formatDate(last.date)} at ${formatClock(last.end, entry.zone)} ${entry.zoneLabel}`;
    // "How long is the session?" / "how many days?": the length too, when it spans days.
    const [first] = meetings;
    const days = new Set(meetings.map((meeting) => meeting.date)).size;
    return days > 1 && first ? `${ends}: ${days} days, from ${formatDate(first.date)}.` : `${ends}.`;
  }
  if (meetings.length === 1 && only) return `${name}: ${whenOf(only, context).venue}, ${placeOf(entry)}`;
  // "When does the session start?": the dates, and the first meeting's opening time.
  const opens =
    facet === "when" && only
      ? ` (opens ${formatDate(only.date)} at ${formatClock(only.start, entry.zone)} ${entry.zoneLabel})`
      : "";
  return `${name}: ${programmeDates(entry, context.now)}${opens}, ${placeOf(entry)}`;
}

/**
 * Which room: the room when a letter gives one, else an honest "no room given" with the venue.
 * @example renderRoom([oewg, poc], { now }).title // "The letters give no room for OEWG 7th session or First POC meeting."
 */
export function renderRoom(
  subjects: readonly (Searchable | ProgrammeEntry)[],
  context: DescribeContext,
): Card {
  const nameOf = (subject: Searchable | ProgrammeEntry) =>
    "kind" in subject ? topicLabel(subject) : subject.programme.shortTitle;
  const rooms = subjects.map(roomOf).filter((room): room is string => room !== undefined);
  const names = subjects.map((subject) => `the ${lowerFirst(nameOf(subject))}`);
  const title =
    rooms.length > 0
      ? `Room: ${[...new Set(rooms)].join("; ")}`
      : `The letters give no room for ${names.length <= 2 ? names.join(" or ") : "these meetings"}.`;
  const sections: CardSection[] = subjects.slice(0, 6).map((subject) => {
    const when = "kind" in subject && subject.kind !== "notice" ? whenLines(subject, context) : [];
    return {
      heading: nameOf(subject),
      text: [`Where: ${placeOf(subject)}${roomNote(subject)}`, ...when].join("\n"),
    };
  });
  return { title, sections, footer: "I will give the room as soon as the Secretariat announces it." };
}

/**
 * A fact the letters do not give (dress code, catering…), with what they do say.
 * @example renderUnstated({ kind: "unstated", labels: ["dress-code"], subject: reception }, { now }).title
 * // "The letters say nothing about a dress code for the cocktail reception."
 */
export function renderUnstated(finding: FindingOf<"unstated">, context: DescribeContext): Card {
  const { subject } = finding;
  const what = finding.labels.map((label) => say("en", `fact.${label}`)).join(" or ");
  if (!subject) return { title: `The letters say nothing about ${what}.`, sections: [] };
  const name = lowerFirst("kind" in subject ? topicLabel(subject) : subject.programme.shortTitle);
  const occurrence = "kind" in subject && subject.kind !== "notice" ? subject : undefined;
  return {
    title: `The letters say nothing about ${what} for the ${name}.`,
    sections: occurrence ? [occurrenceSection(occurrence, "where", context)] : [],
    footer: occurrence ? footerFor([occurrence]) : undefined,
  };
}

/**
 * The programmes at a glance and what comes next ("what's on?").
 * @example renderOverview(finding, { now }).title // "The programme: OEWG 7th session (Mon 4 – Fri 8 Mar); First POC meeting (Thu 9 May)"
 */
export function renderOverview(finding: FindingOf<"overview">, context: DescribeContext): Card {
  const sections: CardSection[] = finding.programmes.map((entry) => ({
    heading: entry.programme.shortTitle,
    text: `${programmeDates(entry, context.now)} · ${placeOf(entry)}`,
  }));
  const [next] = finding.next;
  if (next)
    sections.push({
      heading: `Next: ${labelsSummary(finding.next)}`,
      text: whenLines(next, context).join("\n"),
    });
  const list = finding.programmes
    .map((p) => `${p.programme.shortTitle} (${programmeDates(p, context.now)})`)
    .join("; ");
  return {
    title: `The programme: ${list}`,
    sections,
    footer: footerFor(
      next ? finding.next : finding.programmes.flatMap((entry) => entry.occurrences.slice(0, 1)),
    ),
  };
}

/**
 * Nothing matched: says so (echoing only plain words) and suggests questions.
 * @example renderNoMatch({ kind: "no-match", words: ["lunch"] }).title // "I couldn't find \"lunch\" in the programme."
 */
export function renderNoMatch(finding: FindingOf<"no-match">): Card {
  if (finding.agendaItem !== undefined) {
    return {
      title: `Agenda item ${finding.agendaItem} is not in the programmes I know.`,
      sections: [{ text: TRY_INSTEAD }],
    };
  }
  const quoted = finding.words
    .filter((word) => /^[a-z0-9&]+$/.test(word))
    .slice(0, 4)
    .join(" ")
    .slice(0, 60);
  return {
    title: quoted
      ? `I couldn't find "${quoted}" in the programme.`
      : "I couldn't find that in the programme.",
    sections: [{ text: TRY_INSTEAD }],
  };
}
