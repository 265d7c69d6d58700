/**
 * Cards for subject-shaped findings: a topic, speaker or event found by words; a programme;
 * rooms; facts the letters do not give; the overview; nothing found.
 */

import type { Card, CardSection } from "../../bot/cards.js";
import { currentLocale } from "../../bot/language/current.js";
import type { Facet } from "../../bot/language/lexicon.js";
import { tr } from "../../bot/language/messages.js";
import type { Occurrence, ProgrammeEntry, Searchable } from "../../bot/programme/catalogue.js";
import { formatClock, formatDate } from "../../bot/programme/format.js";
import { localDateTime } from "../../bot/programme/time.js";
import { local } from "../../bot/programme/translations.js";
import {
  aside,
  type DescribeContext,
  footerFor,
  labelsSummary,
  lowerFirst,
  noticesOf,
  placeOf,
  programmeDates,
  roomOf,
  rsvpStanding,
  shortTitleOf,
  speakerText,
  speakerWithShortRole,
  topicLabel,
  whenLines,
  whenOf,
  withRoom,
} from "./describe.js";
import type { Finding } from "./finding.js";
import { durationText } from "./render-gaps.js";
import { occurrenceSection, programmeSections } from "./sections.js";

type FindingOf<K extends Finding["kind"]> = Extract<Finding, { kind: K }>;

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
        ? { heading: shortTitleOf(hit.programme), text: local(hit.notice.text) }
        : occurrenceSection(hit, finding.facet, context),
    );
  const timed = finding.hits.filter((hit): hit is Occurrence & Searchable => hit.kind !== "notice");
  // The first line stands alone on a phone: it says when there is more than the best hit.
  const others = timed.filter((hit) => hit !== first).length;
  const subject =
    finding.agendaItem === undefined
      ? finding.subject
      : tr("programme.agendaItemNumber", { number: finding.agendaItem });
  const title = topicTitle(first, finding.facet, context, finding.notOn, subject);
  return {
    title: others > 0 ? tr("programme.moreBelow", { title, count: others }) : title,
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
  if (hit.kind === "notice")
    return tr("programme.colon", { head: shortTitleOf(hit.programme), rest: local(hit.notice.text) });
  const label = subject ? local(subject) : topicLabel(hit);
  const when = whenOf(hit, context).venue;
  const plain = notOn
    ? tr("programme.notOnDay", { label, date: formatDate(notOn), when })
    : isToday(hit, context)
      ? tr("programme.countdown.dateOnlyToday", { what: label, date: formatDate(hit.date) })
      : tr("programme.colon", { head: label, rest: when });
  switch (facet) {
    case "who":
      return whoTitle(hit, label) ?? plain;
    case "where":
      return tr("programme.colon", {
        head: label,
        rest: hit.kind === "social" ? placeOf(hit) : withRoom(placeOf(hit), hit),
      });
    case "end":
      return endTitle(hit, label, when);
    case "rsvp":
      if (hit.kind === "social" && hit.event.rsvp) {
        const standing = rsvpStanding(hit, context);
        if (standing === "over") return tr("programme.rsvp.closed", { label });
        if (standing === "started" || (typeof standing === "object" && standing.closed))
          return tr("programme.rsvp.started", { label });
        if (standing === "not-invited") {
          const invited = hit.event.invitation ? local(hit.event.invitation) : tr("rsvp.error.namedGuests");
          const link = hit.event.rsvp.originalLink;
          return link
            ? tr("programme.rsvp.invitedOnlyLink", { label, invited, link })
            : tr("programme.rsvp.invitedOnly", { label, invited });
        }
        if (standing !== "open")
          return tr("programme.rsvp.answered", {
            label,
            status: tr(`programme.rsvpStatus.${standing.answered}`),
          });
        // Answers given here reach the Secretariat's list; the organiser's link stays as given.
        const link = hit.event.rsvp.originalLink;
        const key = `programme.rsvp.${hit.event.rsvp.required ? "required" : "notRequired"}${link ? "Link" : ""}`;
        return tr(key, link ? { label, link } : { label });
      }
      return plain;
    default:
      return plain;
  }
}

/** A date-only milestone (the ping test) that is today where it is held: the answer says "today". */
function isToday(hit: Occurrence, context: DescribeContext): boolean {
  return (
    hit.kind === "milestone" && hit.date === localDateTime(context.now.getTime(), hit.programme.zone).date
  );
}

function whoTitle(hit: Occurrence, label: string): string | undefined {
  if (hit.kind === "social") {
    const host = hit.event.host ? speakerText(hit.event.host) : undefined;
    const invitation = hit.event.invitation ? local(hit.event.invitation) : undefined;
    const key = `programme.${host ? "hostedBy" : "noHost"}${invitation ? "For" : ""}`;
    return tr(key, { label, ...(host ? { host } : {}), ...(invitation ? { invitation } : {}) });
  }
  if (hit.kind !== "item") return undefined;
  return hit.item.speakers.length > 0
    ? tr("programme.colon", {
        head: label,
        rest: hit.item.speakers.map(speakerWithShortRole).join(tr("programme.listSeparator")),
      })
    : tr("programme.noSpeakersFor", { label });
}

function endTitle(hit: Occurrence, label: string, when: string): string {
  if (hit.kind === "milestone") return `${tr("programme.colon", { head: label, rest: when })}.`;
  if (hit.end === undefined) return tr("programme.noEndFor", { label: lowerFirst(label), when });
  return tr("programme.endsAt", {
    label,
    clock: formatClock(hit.end, hit.programme.zone),
    zone: hit.programme.zoneLabel,
    when,
  });
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
  const name = shortTitleOf(entry);
  const colon = (rest: string) => tr("programme.colon", { head: name, rest });
  if (facet === "where" || facet === "room") return colon(withRoom(placeOf(entry), entry));
  if (facet === "link") {
    const [notice] = noticesOf(entry, "link");
    if (notice) return colon(local(notice.notice.text));
    const [link] = entry.programme.links;
    return link
      ? tr("programme.noConnectionLink", { name, url: link.url })
      : tr("programme.noLink", { name });
  }
  if (facet === "who") {
    const speakers = entry.occurrences.flatMap((o) =>
      o.kind === "meeting" ? o.items.flatMap((item) => item.item.speakers) : [],
    );
    const byName = new Map(speakers.map((speaker) => [speaker.name ?? speaker.role, speaker]));
    const names = [...byName.values()].map(speakerWithShortRole);
    return names.length > 0
      ? tr("programme.speakersAt", {
          name: lowerFirst(name),
          names: names.join(tr("programme.listSeparator")),
        })
      : tr("programme.noSpeakersAt", { name: lowerFirst(name) });
  }
  const meetings = entry.occurrences.filter((occurrence) => occurrence.kind === "meeting");
  const [only] = meetings;
  const last = meetings[meetings.length - 1];
  if (facet === "end" && last?.end !== undefined) {
    const ends = {
      name,
      date: formatDate(last.date),
      clock: formatClock(last.end, entry.zone),
      zone: entry.zoneLabel,
    };
    // "How long is the session?" / "how many days?": the length too, when it spans days.
    const [first] = meetings;
    const days = new Set(meetings.map((meeting) => meeting.date)).size;
    if (days > 1 && first)
      return tr("programme.endsOnSpan", { ...ends, count: days, first: formatDate(first.date) });
    // One day: its start and end, and how long ("how long does the POC meeting last?").
    return first
      ? tr("programme.runsOnDay", {
          ...ends,
          start: formatClock(first.start, entry.zone),
          duration: durationText(currentLocale(), last.end - first.start),
        })
      : tr("programme.endsOn", ends);
  }
  if (meetings.length === 1 && only)
    return colon(`${whenOf(only, context).venue}${tr("programme.partSeparator")}${placeOf(entry)}`);
  // "When does the session start?": the dates, and the first meeting's opening time.
  const dates = programmeDates(entry, context.now);
  const when =
    facet === "when" && only
      ? tr("programme.opens", {
          dates,
          date: formatDate(only.date),
          clock: formatClock(only.start, entry.zone),
          zone: entry.zoneLabel,
        })
      : dates;
  return colon(`${when}${tr("programme.partSeparator")}${placeOf(entry)}`);
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
    "kind" in subject ? topicLabel(subject) : shortTitleOf(subject);
  const rooms = subjects.map(roomOf).filter((room): room is string => room !== undefined);
  const names = subjects.map((subject) => tr("programme.the", { name: lowerFirst(nameOf(subject)) }));
  const title =
    rooms.length > 0
      ? tr("programme.room", { rooms: [...new Set(rooms)].join(tr("programme.listSeparator")) })
      : names.length <= 2
        ? tr("programme.noRoomFor", { names: names.join(tr("programme.or")) })
        : tr("programme.noRoomForThese");
  const sections: CardSection[] = subjects.slice(0, 6).map((subject) => {
    const when = "kind" in subject && subject.kind !== "notice" ? whenLines(subject, context) : [];
    return {
      heading: nameOf(subject),
      text: [tr("programme.where", { place: withRoom(placeOf(subject), subject) }), ...when].join("\n"),
    };
  });
  return { title, sections, footer: tr("programme.roomLater") };
}

/**
 * A fact the letters do not give (dress code, catering…), with what they do say.
 * @example renderUnstated({ kind: "unstated", labels: ["dress-code"], subject: reception }, { now }).title
 * // "The letters say nothing about a dress code for the cocktail reception."
 */
export function renderUnstated(finding: FindingOf<"unstated">, context: DescribeContext): Card {
  const { subject } = finding;
  const what = finding.labels.map((label) => tr(`fact.${label}`)).join(tr("programme.or"));
  if (!subject) return { title: tr("programme.saysNothing", { what }), sections: [] };
  const name = lowerFirst("kind" in subject ? topicLabel(subject) : shortTitleOf(subject));
  const occurrence = "kind" in subject && subject.kind !== "notice" ? subject : undefined;
  return {
    title: tr("programme.saysNothingFor", { what, name }),
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
    heading: shortTitleOf(entry),
    text: `${programmeDates(entry, context.now)} · ${placeOf(entry)}`,
  }));
  const [next] = finding.next;
  if (next)
    sections.push({
      heading: tr("programme.next", { what: labelsSummary(finding.next) }),
      text: whenLines(next, context).join("\n"),
    });
  const list = finding.programmes
    .map((p) => aside(shortTitleOf(p), programmeDates(p, context.now)))
    .join(currentLocale() === "en" ? "; " : tr("programme.listSeparator"));
  return {
    title: tr("programme.overview", { list }),
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
      title: tr("programme.itemNotKnown", { number: finding.agendaItem }),
      sections: [{ text: tr("programme.tryInstead") }],
    };
  }
  // Another language's words reach here read into English: echo them only to English readers.
  const words = currentLocale() === "en" ? finding.words : [];
  const quoted = words
    .filter((word) => /^[a-z0-9&]+$/.test(word))
    .slice(0, 4)
    .join(" ")
    .slice(0, 60);
  return {
    title: quoted ? tr("programme.notFoundWords", { words: quoted }) : tr("programme.notFound"),
    sections: [{ text: tr("programme.tryInstead") }],
  };
}
