/**
 * Programme questions in plain English, answered from the catalogue: a pure function of the
 * text, the time and the asker's zone. `parse.ts` reads the question, `match.ts` finds the
 * meetings, `render.ts` writes the card.
 */

import { type Card, cardMessage, type Outgoing } from "../../bot/cards.js";
import { withLocale } from "../../bot/language/current.js";
import { type DaySpec, momentAhead } from "../../bot/language/dates.js";
import { tr } from "../../bot/language/messages.js";
import { placeNameIn } from "../../bot/language/place-names.js";
import { offsetZoneName } from "../../bot/language/zone-names.js";
import type { Catalogue, Occurrence } from "../../bot/programme/catalogue.js";
import { dayMonthYear, formatDate, weekdayName, zoneLabel } from "../../bot/programme/format.js";
import { isValidTimeZone, minutesOf, weekdayOf } from "../../bot/programme/time.js";
import { askersDay, askersDayNote } from "./askers-day.js";
import { shortTitleOf, topicLabel } from "./describe.js";
import type { Finding } from "./finding.js";
import { type Carried, followUp, isoDateOf, type PreviousQuery } from "./follow-up.js";
import { matchQuery, namesProgramme } from "./match.js";
import { contentWords, type ProgrammeQuery, parseQuestion } from "./parse.js";
import { renderFinding } from "./render.js";
import { dayContext, referenceProgramme, resolveDays } from "./resolve-day.js";

export { programmeHelp } from "./help.js";

/**
 * What an answer depends on besides the question.
 * @example const context: AnswerContext = { now: new Date(), timeZone: "Asia/Tokyo", catalogue };
 */
export interface AnswerContext {
  now: Date;
  /** The asker's IANA zone; the venue's zone when absent or unknown. */
  timeZone?: string;
  /** The place or offset the asker named `timeZone` by ("Geneva", "UTC+5:30"), which labels it. */
  timeZonePlace?: string;
  catalogue: Catalogue;
  /**
   * The day (`YYYY-MM-DD`) the asker's previous question was about, if recent: a follow-up
   * with a time of day and no day of its own ("and the afternoon?") means that day.
   */
  previousDay?: string;
  /** The asker's previous question, if recent (≤ 15 minutes): a follow-up fills its gaps from it. */
  previous?: PreviousQuery;
  /** The revisions' hook: what changed since the asker last asked, per occurrence. */
  changeNote?: (occurrence: Occurrence) => string | undefined;
  /** The asker's own RSVP answers by event id: an event they answered asks them no more. */
  rsvpAnswers?: ReadonlyMap<string, string>;
  /** The RSVP events whose invitation includes the asker (absent: everyone is taken as invited). */
  rsvpInvited?: ReadonlySet<string>;
  /** The language to answer in (the turn's `ctx.locale`; places are named in it: "Токио"); the enclosing scope's, else English, when absent. */
  locale?: string;
}

/**
 * An answer with the day it is about (a day's answer, or the one date the question named), which the caller may remember as
 * the next question's {@link AnswerContext.previousDay}.
 */
export interface ProgrammeAnswer {
  card: Card;
  /** The local date the answer is about: a day's programme's, else the one date the question named. */
  day?: string;
  /** The query answered, follow-up gaps filled: what the next question may follow on from. */
  query: ProgrammeQuery;
}

/**
 * Answers a programme question, or returns `undefined` when the text is not one (the bot's
 * help or fallback then answers). Never throws; reads at most the first 300 characters.
 * @example
 * const answer = answerProgrammeQuestion("What's on Thursday morning?", {
 *   now: new Date("2024-03-04T08:00:00-05:00"), timeZone: "Asia/Tokyo", catalogue: loadCatalogue(),
 * });
 * answer?.text.split("\n")[0]; // "Thursday 7 March morning: Capacity-building"
 */
export function answerProgrammeQuestion(text: string, context: AnswerContext): Outgoing | undefined {
  const card = answerCard(text, context);
  return card ? cardMessage(card) : undefined;
}

/**
 * The answer as a card (what {@link answerProgrammeQuestion} sends), or `undefined`.
 * @example answerCard("where is the reception?", { now, catalogue })?.title // "Cocktail reception: Permanent Mission of Singapore …"
 */
export function answerCard(text: string, context: AnswerContext): Card | undefined {
  if (typeof text !== "string") return undefined;
  return answerQuery(parseQuestion(text), context)?.card;
}

/**
 * May this question follow on from the previous one's day? A time of day or clock time with
 * no day, no topic and no "now/next" ("and the afternoon?", "what about 3 pm?").
 * @example isFollowUp(parseQuestion("and the afternoon?")) === true; isFollowUp(parseQuestion("this afternoon")) === false
 */
export function isFollowUp(query: ProgrammeQuery): boolean {
  return (
    query.day === undefined &&
    (query.part !== undefined || query.clock !== undefined) &&
    query.relative === undefined &&
    query.agendaItem === undefined &&
    contentWords(query.words).length === 0
  );
}

/**
 * Answers a parsed question ({@link answerCard} parses first); `undefined` when it is not a
 * programme question.
 * @example answerQuery(parseQuestion("and the afternoon?"), { now, catalogue, previousDay: "2024-03-07" })?.day === "2024-03-07"
 */
export function answerQuery(query: ProgrammeQuery, context: AnswerContext): ProgrammeAnswer | undefined {
  return context.locale
    ? withLocale(context.locale, () => answerInScope(query, context))
    : answerInScope(query, context);
}

/**
 * "what time is that for me?", "and in my time?": the asker's zone named as a place would
 * be, so that a follow-up shows the last answer in it. Unchanged when the asker's zone is
 * unknown, a clock time takes "my time" ("6am my time"), or a place is named too.
 */
function withAskersZone(query: ProgrammeQuery, context: AnswerContext): ProgrammeQuery {
  if (!query.askersZone || query.clock !== undefined || query.zone !== undefined) return query;
  if (!context.timeZone || !isValidTimeZone(context.timeZone)) return query;
  return {
    ...query,
    zone: context.timeZone,
    ...(context.timeZonePlace ? { zonePlace: context.timeZonePlace } : {}),
  };
}

function answerInScope(query: ProgrammeQuery, context: AnswerContext): ProgrammeAnswer | undefined {
  if (Number.isNaN(context.now.getTime())) return undefined;
  query = withAskersZone(query, context);
  const previous = context.previousDay && isFollowUp(query) ? context.previousDay : undefined;
  let asked: ProgrammeQuery = previous ? { ...query, day: dateSpec(previous) } : query;
  let merged = !previous && context.previous ? followUp(query, context.previous) : undefined;
  // "when does the session end?" after "what time is the reception?": the question names its own
  // subject (a programme's alias, all schedule words), so the reception is not carried over.
  if (merged?.carried.subject !== undefined && namesProgramme(query.words, context.catalogue))
    merged = undefined;
  // "and thursday morning?" after "where is the reception" (Monday only), "and the day after?":
  // what is on then, not the reception again. A subject that takes place on the day named (a session held every
  // day) is kept: "and thursday?" after "when is the regular institutional dialogue".
  let dayAfter: string | undefined;
  if (merged && subjectNotOnDayNamed(query, merged, context)) {
    // "and the day after?" after "what time is the reception?": what is on the day after it.
    if (query.day === undefined && merged.query.day !== undefined) {
      const { daysAfterPrevious: _after, ...rest } = query;
      asked = { ...rest, day: merged.query.day };
      dayAfter = isoDateOf(merged.query.day);
    }
    merged = undefined;
  }
  if (merged) asked = merged.query;
  // "the next day" with no previous day to follow: tomorrow.
  if (asked.daysAfterPrevious !== undefined && asked.day === undefined)
    asked = { ...asked, day: { kind: "relative", offset: asked.daysAfterPrevious } };
  // "what time is it?" naming no place: the asker's own time beside the venue's (the same
  // answer as "what time is it in Geneva?"), when their zone is known; at the venue, one line.
  if (
    asked.conversion?.clock === "now" &&
    !asked.conversion.to &&
    asked.conversion.from === undefined &&
    context.timeZone &&
    isValidTimeZone(context.timeZone)
  ) {
    asked = {
      ...asked,
      conversion: {
        ...asked.conversion,
        to: context.timeZone,
        ...(context.timeZonePlace ? { toName: context.timeZonePlace } : {}),
      },
    };
  }
  // "in 30 minutes", "an hour from now": that moment on the bot's clock, in the venue's zone.
  if (asked.minutesAhead !== undefined && asked.day === undefined) {
    const zone = referenceProgramme(context.catalogue.programmes, context.now.getTime())?.zone ?? "UTC";
    const moment = momentAhead(context.now, asked.minutesAhead, zone);
    asked = { ...asked, day: dateSpec(moment.date), clock: asked.clock ?? moment.clock };
  }
  // "tomorrow" from Madrid late in New York's evening: the asker's own tomorrow, said so below.
  const ownDay = askersDay(asked, context);
  if (ownDay) asked = { ...asked, day: dateSpec(ownDay.date) };
  // "6am my time": the asker's zone, when known (else the venue's, as any clock time).
  if (asked.clockInAskersZone && context.timeZone && isValidTimeZone(context.timeZone)) {
    asked = { ...asked, clockZone: context.timeZone };
  }
  const finding = matchQuery(asked, context);
  if (!finding) return undefined;
  // A zone the question names ("in Tokyo time") wins over the asker's own.
  const wanted = asked.zone ?? context.timeZone;
  const askerZone = wanted && isValidTimeZone(wanted) ? wanted : undefined;
  const card = renderFinding(finding, {
    now: context.now,
    ...(context.locale ? { locale: context.locale } : {}),
    ...(askerZone ? { askerZone } : {}),
    // "Geneva time", "my time zone is Geneva": the zone is labelled by the place named, not
    // its own city (Zurich).
    ...(askerZone && asked.zone && asked.zonePlace ? { askerPlace: asked.zonePlace } : {}),
    ...(askerZone && !asked.zone && context.timeZonePlace ? { askerPlace: context.timeZonePlace } : {}),
    ...(askerZone && asked.zone ? { zoneAsked: true } : {}),
    ...(context.changeNote ? { changeNote: context.changeNote } : {}),
    ...(context.rsvpAnswers ? { rsvpAnswers: context.rsvpAnswers } : {}),
    ...(context.rsvpInvited ? { rsvpInvited: context.rsvpInvited } : {}),
    ...(context.locale ? { locale: context.locale } : {}),
  });
  const day = finding.kind === "day" || finding.kind === "nothing-on-day" ? finding.date : undefined;
  // "Tuesday 7 March" when 7 March is a Thursday: the answer is for the date, and says so.
  const written = query.day?.kind === "date" ? query.day.weekday : undefined;
  const named =
    written === undefined || !query.day
      ? undefined
      : (day ??
        resolveDays(query.day, dayContext(context.catalogue, context.catalogue.programmes, context.now))
          .dates[0]);
  if (named && written !== undefined && weekdayOf(named) !== written) {
    const date = dayMonthYear(named);
    card.sections.unshift({
      text: tr("programme.weekdayMismatch", {
        date,
        actual: weekdayName(weekdayOf(named)),
        weekday: weekdayName(written),
      }),
    });
  }
  if (ownDay && context.timeZone) {
    card.sections.unshift({ text: askersDayNote(ownDay, context.timeZone, context.timeZonePlace) });
  }
  const carriedDay =
    previous ??
    dayAfter ??
    (merged && !merged.carried.subject && !merged.carried.zone
      ? // "and the next day?" after a whole day: the day it counted from.
        (merged.carried.day ?? (merged.carried.part ? undefined : merged.carried.from))
      : undefined);
  if (carriedDay) {
    card.sections.unshift({ text: tr("followUp.day", { day: formatDate(carriedDay) }) });
  } else if (merged) {
    const what = carriedText(merged.carried, subjectLabel(finding), context.locale ?? "en");
    // Nothing to say that the answer is about ("I'm in Nairobi" carried no subject): no note.
    if (what) card.sections.unshift({ text: tr("followUp.carried", { what }) });
  }
  const answered = movedOn(asked, finding);
  // "how long until Thursday?", "10am Thursday in Tokyo": about that day all the same, so that
  // "and the day after?" counts from it, not from today.
  const about = day ?? namedDay(answered, context);
  const topicDate = about ? undefined : topicDay(finding);
  const remembered = topicDate ? { ...answered, topicDate } : answered;
  return about ? { card, day: about, query: remembered } : { card, query: remembered };
}

/**
 * "what time is the reception?": the one date every dated hit of a topic answer is on, so that
 * "and the day after?" counts from it (4 March), not from today.
 */
function topicDay(finding: Finding): string | undefined {
  if (finding.kind !== "topic") return undefined;
  const dates = new Set(finding.hits.flatMap((hit) => (hit.kind === "notice" ? [] : [hit.date])));
  return dates.size === 1 ? [...dates][0] : undefined;
}

/** The one date a query names (its own day, or its conversion's), for an answer about no day of its own. */
function namedDay(asked: ProgrammeQuery, context: AnswerContext): string | undefined {
  const spec = asked.day ?? asked.conversion?.day;
  if (!spec) return undefined;
  const resolved = resolveDays(
    spec,
    dayContext(context.catalogue, context.catalogue.programmes, context.now),
  );
  return resolved.span ? undefined : resolved.dates[0];
}

/**
 * "and after that?" ("and before that?") answered at a clock time, or "what's next?": what the
 * next follow-up follows on from is the item just given (11:20), so that asking again goes on
 * to the one after it (11:40), or back to the one before it.
 */
function movedOn(asked: ProgrammeQuery, finding: Finding): ProgrammeQuery {
  // "what's on now?" showed what is on and what comes next: "and after that?" goes on from
  // the one shown next, "and before that?" back from the one on now.
  if (finding.kind === "now" && asked.relative === "now" && asked.clock === undefined && !asked.day) {
    const [on] = finding.current;
    const [then] = finding.next;
    if (!on?.startTime || !then?.startTime) return asked;
    return {
      ...asked,
      givenAt: { date: then.date, clock: minutesOf(then.startTime) },
      givenFrom: { date: on.date, clock: minutesOf(on.startTime) },
    };
  }
  if (finding.kind !== "next") return asked;
  const given = finding.next[0];
  if (!given?.startTime) return asked;
  // "what's next?": kept as asked ("when does it end?" is the next item's end), with the item given.
  if (asked.relative === "next" && asked.clock === undefined && asked.day === undefined)
    return { ...asked, givenAt: { date: given.date, clock: minutesOf(given.startTime) } };
  if (!asked.pointsBack || asked.anchor === undefined || asked.clock === undefined) return asked;
  return { ...asked, day: dateSpec(given.date), clock: minutesOf(given.startTime) };
}

/**
 * Does a follow-up name a day of its own on which the subject it carried does not take place?
 * Asked as "when is <subject> on <day>", which finds the subject elsewhere (`notOn`) if so.
 */
function subjectNotOnDayNamed(
  query: ProgrammeQuery,
  merged: { query: ProgrammeQuery; carried: Carried },
  context: AnswerContext,
): boolean {
  if (merged.carried.subject === undefined) return false;
  if (query.day === undefined && (query.daysAfterPrevious === undefined || merged.query.day === undefined))
    return false;
  const probe = matchQuery({ ...merged.query, facet: "when", unstated: [] }, context);
  return probe?.kind === "topic" && probe.notOn !== undefined;
}

/** "Africa/Nairobi" → "Nairobi time" ("heure de Nairobi"); an offset zone by its offset. */
function placeTime(zone: string, locale: string): string {
  return offsetZoneName(zone) ?? tr("conversion.place", { place: zoneLabel(zone, locale) });
}

/** "about the reception, on Thu 7 Mar, times in Tokyo time". */
function carriedText(carried: Carried, label: string | undefined, locale: string): string {
  const parts: string[] = [];
  if (carried.conversion) parts.push(tr("followUp.sameTime"));
  if (carried.conversionPlaces) parts.push(tr("followUp.samePlaces"));
  // The carried words are normalised English ("points contact", "im nairobi"): the subject is
  // named by what was found, in the turn's language, or not at all.
  const subject = carried.subject && label;
  if (subject) parts.push(tr("followUp.subject", { subject }));
  if (carried.day) parts.push(tr("followUp.dayOf", { day: formatDate(carried.day) }));
  if (carried.part) parts.push(tr(`followUp.part.${carried.part}`));
  if (carried.zone) {
    const zone = carried.zonePlace
      ? tr("conversion.place", { place: placeNameIn(locale, carried.zonePlace) })
      : placeTime(carried.zone, locale);
    parts.push(tr("followUp.zone", { zone }));
  }
  return parts.join(tr("programme.partSeparator"));
}

/** The subject an answer is about, in the turn's language ("Réception (cocktail)"), when it has one. */
function subjectLabel(finding: Finding): string | undefined {
  switch (finding.kind) {
    case "topic":
      return finding.hits[0] && topicLabel(finding.hits[0]);
    case "day":
      // "and Thursday?" after "when is the POC meeting": that meeting's day.
      return finding.named[0] && shortTitleOf(finding.named[0]);
    case "programmes":
      return finding.programmes[0] && shortTitleOf(finding.programmes[0]);
    case "next":
      return finding.anchor && topicLabel(finding.anchor.occurrence);
    default:
      return undefined;
  }
}

function dateSpec(date: string): DaySpec {
  return {
    kind: "date",
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * Answers a few date questions so that the first real one does not pay for chrono-node's
 * one-off regular-expression compilation (100–250 ms per process, measured on Node 20).
 * Optional; call it once at start-up, after loading the catalogue.
 * @example warmUpProgrammeAnswers(loadCatalogue());
 */
export function warmUpProgrammeAnswers(catalogue: Catalogue): void {
  const now = new Date(catalogue.programmes[0]?.start ?? 0);
  for (let round = 0; round < 3; round += 1) {
    for (const question of ["what's on 7 March?", "9 May 2024", "what's on 10/6?", "2024-03-04"]) {
      answerCard(question, { now, catalogue });
    }
  }
}
