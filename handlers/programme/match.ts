/**
 * A parsed question × the catalogue → a {@link Finding}. Builds the shared
 * {@link MatchState} (programmes named, topic words scored against the catalogue's index), then
 * asks each matcher in turn; the first that recognises its kind of question answers.
 */

import { english } from "../../bot/language/locales/en/lexicon.js";
import { zoneNamed } from "../../bot/language/zones.js";
import type { Catalogue, ProgrammeEntry, Searchable } from "../../bot/programme/catalogue.js";
import type { Word } from "../../bot/programme/text.js";
import { localDateTime, timeOfMinutes, wallTimeToInstant } from "../../bot/programme/time.js";
import type { Finding, Matcher, MatchState, TopicMatch } from "./finding.js";
import { matchBreaks, matchCountdown, matchNotGiven, matchStart, zonePrompt } from "./match-gaps.js";
import {
  matchAgendaItem,
  matchFallback,
  matchOnline,
  matchProgramme,
  matchProgrammeAgenda,
  matchRoom,
  matchRsvp,
  matchTopic,
  matchUnstated,
} from "./match-subject.js";
import { matchAnchor, matchDay, matchRelative } from "./match-time.js";
import {
  type Conversion,
  contentWords,
  hasProgrammeCue,
  type ProgrammeQuery,
  UNSTATED_WORDS,
} from "./parse.js";
import { dayContext, referenceProgramme, resolveDays } from "./resolve-day.js";

export type { DayEntry, Finding, NearbyDays } from "./finding.js";

/**
 * A clock time read in its zone (the venue's when none is named) on the day named, else
 * today there: the instant, so DST is right (EST in March, EDT in May in New York).
 */
function conversionOf(conversion: Conversion, catalogue: Catalogue, now: Date): Finding | undefined {
  const reference = referenceProgramme(catalogue.programmes, now.getTime());
  const venue = reference?.zone ?? "UTC";
  const from = conversion.from ?? venue;
  if (conversion.clock === "now") {
    return {
      kind: "conversion",
      instant: now.getTime(),
      from,
      to: conversion.to || from,
      fromVenue: conversion.from === undefined,
      venueLabel: reference?.zoneLabel ?? "UTC",
      now: true,
      ...(conversion.toName ? { toName: conversion.toName } : {}),
    };
  }
  const date = conversion.day
    ? resolveDays(conversion.day, dayContext(catalogue, catalogue.programmes, now)).dates[0]
    : localDateTime(now.getTime(), from).date;
  if (!date) return undefined;
  const clock = timeOfMinutes(conversion.clock);
  const instant = wallTimeToInstant(date, clock, from) ?? wallTimeToInstant(date, clock, "UTC");
  if (instant === undefined) return undefined;
  return {
    kind: "conversion",
    instant,
    from,
    to: conversion.to,
    fromVenue: conversion.from === undefined,
    venueLabel: reference?.zoneLabel ?? "UTC",
    ...(conversion.toName ? { toName: conversion.toName } : {}),
    ...(conversion.fromName ? { fromName: conversion.fromName } : {}),
  };
}

/** Matchers, most specific first. */
const MATCHERS: readonly Matcher[] = [
  matchNotGiven,
  matchCountdown,
  matchStart,
  matchBreaks,
  matchRoom,
  matchUnstated,
  matchOnline,
  matchRsvp,
  matchAnchor,
  matchRelative,
  matchAgendaItem,
  matchProgrammeAgenda,
  matchDay,
  matchTopic,
  matchProgramme,
  matchFallback,
];

/** A hit is listed when it scores at least this share of the best hit's score (0.66: the POC meeting's "way forward" list, which names capacity-building in passing, scores 0.65 of the OEWG session on it). */
const RELATIVE_THRESHOLD = 0.66;
const MAX_HITS = 8;

/**
 * Matches a query against the catalogue; `undefined` when the text is not a programme question.
 * @example
 * matchQuery(parseQuestion("What's on Tuesday afternoon?"), { catalogue, now: new Date("2024-03-04T13:00:00Z") })
 * // { kind: "day", date: "2024-03-05", part: "afternoon", entries: [{ occurrence: <3–6 PM meeting>, items: […] }] }
 */
export function matchQuery(
  query: ProgrammeQuery,
  context: { catalogue: Catalogue; now: Date },
): Finding | undefined {
  if (query.greeting) return undefined;
  if (query.whereIAm) return { kind: "where-i-am", ...query.whereIAm };
  if (query.conversion) return conversionOf(query.conversion, context.catalogue, context.now);
  const state = matchState(query, context.catalogue, context.now);
  if (!isProgrammeQuestion(state)) {
    // "and in Bangkok?" with nothing to follow on from: say what can be shown there.
    if (state.named.length > 0) return undefined;
    // "bangkok": a message that is only a place names its zone.
    const place = query.zone ? undefined : placeOnly(state.content);
    return zonePrompt(place ? { ...query, ...place } : query, place ? 0 : state.content.length);
  }
  for (const matcher of MATCHERS) {
    const finding = matcher(state);
    if (finding) return finding;
  }
  return undefined;
}

function matchState(query: ProgrammeQuery, catalogue: Catalogue, now: Date): MatchState {
  const named = namedProgrammes(query.words, catalogue);
  const scope = named.programmes.length > 0 ? named.programmes : catalogue.programmes;
  const inScope = (programme: ProgrammeEntry) => scope.includes(programme);
  const content = contentWords(named.rest);
  return {
    query,
    catalogue,
    now,
    named: named.programmes,
    scope,
    inScope,
    content,
    topic: searchTopic(content, catalogue, inScope),
  };
}

/**
 * A programme question has a cue of its own (a day, "next", "agenda"…), names a programme, or
 * its words find something; words alone must be asked as a question or all be recognised
 * ("capacity building" yes, "hello from Singapore" no).
 */
function isProgrammeQuestion({ query, named, topic }: MatchState): boolean {
  if (hasProgrammeCue(query) || named.length > 0) return true;
  if (asksUnstatedOfSubject(query, topic)) return true;
  const explained = topic.hits.length > 0 && topic.coverage >= 0.5;
  return explained && (query.isQuestion || topic.unmatched.length === 0);
}

/**
 * A fact the letters may not give and a thing the other words all find ("reception dress
 * code", "招待会着装要求"): asked even without a question's words or mark.
 */
function asksUnstatedOfSubject(query: ProgrammeQuery, topic: TopicMatch): boolean {
  return (
    query.unstated.length > 0 &&
    topic.hits.length > 0 &&
    topic.unmatched.every((word) => UNSTATED_WORDS.has(word.surface))
  );
}

/** The words are a place alone ("bangkok", "new york"): its zone. */
function placeOnly(content: readonly Word[]): { zone: string; zonePlace: string } | undefined {
  if (content.length === 0 || content.length > 3) return undefined;
  const words = content.map((word) => word.surface).join(" ");
  const zone = zoneNamed(words, english);
  return zone
    ? {
        zone,
        zonePlace: words.replace(
          /(^|\s)([a-z])/g,
          (_, space: string, letter: string) => space + letter.toUpperCase(),
        ),
      }
    : undefined;
}

/**
 * Whether a question's words name a programme by one of its aliases ("the session", "the
 * OEWG"): a subject of its own, which a follow-up does not replace with the last answer's.
 * @example namesProgramme(parseQuestion("when does the session end?").words, catalogue) === true
 */
export function namesProgramme(words: readonly Word[], catalogue: Catalogue): boolean {
  return namedProgrammes(words, catalogue).programmes.length > 0;
}

/** Programmes a question names ("at the POC meeting", "the OEWG"), and the words left over. */
function namedProgrammes(
  words: readonly Word[],
  catalogue: Catalogue,
): { programmes: ProgrammeEntry[]; rest: Word[] } {
  const programmes: ProgrammeEntry[] = [];
  const rest: Word[] = [];
  let index = 0;
  while (index < words.length) {
    let consumed = 0;
    for (const programme of catalogue.programmes) {
      for (const alias of programme.aliasTerms) {
        if (alias.length > consumed && aliasAt(alias, words, index)) {
          consumed = alias.length;
          if (!programmes.includes(programme)) programmes.push(programme);
        }
      }
    }
    const word = words[index];
    if (consumed === 0 && word) rest.push(word);
    index += Math.max(consumed, 1);
  }
  return { programmes, rest };
}

/** Whether the words from `index` on spell the alias (a plain loop: this runs for every word, programme and alias of a question). */
function aliasAt(alias: readonly string[], words: readonly Word[], index: number): boolean {
  for (let offset = 0; offset < alias.length; offset += 1)
    if (words[index + offset]?.term !== alias[offset]) return false;
  return true;
}

/** The best-matching searchable things for the topic words, within the programmes in scope. */
function searchTopic(
  content: readonly Word[],
  catalogue: Catalogue,
  inScope: (programme: ProgrammeEntry) => boolean,
): TopicMatch {
  if (content.length === 0) return { hits: [], coverage: 0, unmatched: [] };
  const result = catalogue.search.search(content);
  const scored: { doc: Searchable; score: number }[] = [];
  let best = 0;
  for (const [index, score] of result.scores) {
    const doc = catalogue.searchable[index];
    if (!doc || !inScope(doc.programme)) continue;
    scored.push({ doc, score });
    best = Math.max(best, score);
  }
  const hits = scored
    .filter(({ score }) => score >= best * RELATIVE_THRESHOLD)
    .sort((a, b) => b.score - a.score || startOf(a.doc) - startOf(b.doc))
    .slice(0, MAX_HITS)
    .map(({ doc }) => doc);
  return { hits, coverage: result.coverage, unmatched: result.unmatched };
}

function startOf(doc: Searchable): number {
  return doc.kind === "notice" ? Number.POSITIVE_INFINITY : doc.start;
}
