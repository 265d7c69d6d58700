/**
 * Questions about gaps — in time or in the letters: "how long till the reception?" (the time
 * left), "is there a lunch break?" (the pause between meetings, read from the programme's
 * times), "when is the 8th session?" (a session the letters do not give). Each answers only
 * from the catalogue; what the letters do not give is said so.
 */
import { english } from "../../bot/language/locales/en/lexicon.js";
import type { DayOccurrence, Occurrence, ProgrammeEntry } from "../../bot/programme/catalogue.js";
import { endOf } from "../../bot/programme/ends.js";
import { preferNamed, termOf } from "../../bot/programme/text.js";
import type { Finding, Matcher } from "./finding.js";
import type { ProgrammeQuery } from "./query.js";
import { dayContext, referenceProgramme, resolveDays } from "./resolve-day.js";

/** At most this many things are counted down to in one answer. */
const MAX_TARGETS = 3;

/**
 * "how long till the reception?", "countdown to the POC meeting", "how many days until
 * friday": what is asked about (its upcoming occurrences first), a named programme's first
 * occurrence, a day's first occurrence, else what comes next.
 * @example matchCountdown(stateOf("how long until the reception?"))?.kind === "countdown"
 */
export const matchCountdown: Matcher = ({ query, topic, named, scope, inScope, content, catalogue, now }) => {
  if (query.facet !== "countdown") return undefined;
  const at = now.getTime();
  const hits = topic.hits.filter(
    (hit): hit is Exclude<typeof hit, { kind: "notice" }> => hit.kind !== "notice",
  );
  let targets: Occurrence[] = [];
  if (hits.length > 0) {
    // Best hits first (those the words name from their start), upcoming before over.
    const preferred = preferNamed(
      hits,
      content.map((word) => word.term),
    );
    targets = preferred
      .map((hit, index) => ({ hit, index }))
      .sort((a, b) => rank(a.hit, at) - rank(b.hit, at) || a.index - b.index)
      .map(({ hit }) => hit);
  } else if (query.day) {
    const date = resolveDays(query.day, dayContext(catalogue, scope, now)).dates[0];
    const first = (date ? (catalogue.byDate.get(date) ?? []) : []).find(
      (o) => scope.includes(o.programme) && (query.part === undefined || o.partOfDay === query.part),
    );
    targets = first ? [first] : [];
  } else if (named.length > 0 && query.relative === undefined) {
    targets = named.flatMap((programme) => programme.occurrences.slice(0, 1));
    return targets.length > 0 ? { kind: "countdown", targets, programmes: [...named] } : undefined;
  } else {
    // "how much time left?": what is under way, then what is next; "till the next one": next
    // ("till the next session": of the programme named).
    const current =
      query.relative === "next"
        ? undefined
        : catalogue.timeline.find(
            (occurrence) => inScope(occurrence.programme) && occurrence.start <= at && at < endOf(occurrence),
          );
    const next = catalogue.timeline.find(
      (occurrence) => inScope(occurrence.programme) && occurrence.start > at,
    );
    targets = [current, next].filter(isDefined);
  }
  return targets.length > 0 ? { kind: "countdown", targets: targets.slice(0, MAX_TARGETS) } : undefined;
};

/**
 * "when does it start", "what time does the reception begin", "when does the POC meeting
 * start": the start of what the words find (upcoming first), else of the programme named or,
 * when nothing is named, the one under way or next: its first meeting, or its next meeting
 * when it is under way. Not when a day, time or "next" shapes the question.
 * @example matchStart(stateOf("when does the reception start?"))?.kind === "start"
 */
export const matchStart: Matcher = ({ query, topic, named, scope, content, now }) => {
  if (!query.startAsked || query.facet !== "when") return undefined;
  if (query.day || query.part !== undefined || query.clock !== undefined || query.relative || query.anchor)
    return undefined;
  if (query.agendaItem !== undefined || query.breaks || query.slice || query.laterSession) return undefined;
  const at = now.getTime();
  const hits = topic.hits.filter(
    (hit): hit is Exclude<typeof hit, { kind: "notice" }> => hit.kind !== "notice",
  );
  if (content.length > 0) {
    if (hits.length === 0 || topic.coverage < 0.5) return undefined;
    const [target] = preferNamed(
      hits,
      content.map((word) => word.term),
    )
      .map((hit, index) => ({ hit, index }))
      .sort((a, b) => rank(a.hit, at) - rank(b.hit, at) || a.index - b.index)
      .map(({ hit }) => hit);
    return target ? { kind: "start", occurrence: target } : undefined;
  }
  const programme = named[0] ?? referenceProgramme(scope, at);
  if (!programme) return undefined;
  const meetings = programme.occurrences.filter((occurrence) => occurrence.kind === "meeting");
  const pool = meetings.length > 0 ? meetings : programme.occurrences;
  const [first] = pool;
  if (!first) return undefined;
  const next = first.start <= at ? pool.find((occurrence) => occurrence.start > at) : undefined;
  return next
    ? { kind: "start", occurrence: next, programme, opened: first }
    : { kind: "start", occurrence: first, programme, first: true };
};

/** Upcoming first, then under way, then over. */
function rank(occurrence: Occurrence, at: number): number {
  if (occurrence.start > at) return 0;
  return endOf(occurrence) > at ? 1 : 2;
}

/**
 * "is there a lunch break?", "what time is the break on friday": the meetings of each day
 * asked about (the day named, else every meeting day of the programme named or under way),
 * for the answer to give the gaps between them.
 * @example matchBreaks(stateOf("is there a lunch break?"))?.kind === "breaks"
 */
export const matchBreaks: Matcher = ({ query, named, scope, catalogue, now }) => {
  if (!query.breaks) return undefined;
  const programmes = named.length > 0 ? named : [referenceProgramme(scope, now.getTime())].filter(isDefined);
  const dates = query.day
    ? resolveDays(query.day, dayContext(catalogue, scope, now)).dates
    : programmes.flatMap((programme) => programme.meetingDays);
  const days = dates
    .map((date) => ({
      date,
      meetings: (catalogue.byDate.get(date) ?? []).filter(
        (occurrence): occurrence is DayOccurrence =>
          occurrence.kind === "meeting" && scope.includes(occurrence.programme),
      ),
    }))
    .filter((day) => day.meetings.length > 0);
  if (days.length === 0) return undefined;
  return { kind: "breaks", days, meals: query.unstated.includes("meals") };
};

/** Ordinal words by their term ("seventh" → 7), to read the numbers programme aliases give. */
const ORDINAL_TERMS: ReadonlyMap<string, number> = new Map(
  [...english.ordinals].map(([word, number]) => [termOf(word), number] as const),
);

/** The session numbers a programme's aliases give ("7th session" → 7). */
function numbersOf(programme: ProgrammeEntry): number[] {
  return programme.aliasTerms.flatMap((terms) =>
    terms.flatMap((term) => {
      const number =
        ORDINAL_TERMS.get(term) ??
        (/^\d{1,2}(?:st|nd|rd|th)$/.test(term) ? Number.parseInt(term, 10) : undefined);
      return number === undefined ? [] : [number];
    }),
  );
}

/**
 * "when is the 8th session?", "the next session of the OEWG after this one": a session no
 * programme in the letters is; the answer names the ones they give.
 * @example matchNotGiven(stateOf("when is the 8th session?"))?.kind === "not-given"
 */
export const matchNotGiven: Matcher = ({ query, named, catalogue }) => {
  // "the second session on Thursday" is that day's afternoon meeting, not a later session.
  const number = query.day || query.part !== undefined ? undefined : query.sessionNumber;
  if (number !== undefined) {
    if (catalogue.programmes.some((programme) => numbersOf(programme).includes(number))) return undefined;
    return { kind: "not-given", number, programmes: [...catalogue.programmes] };
  }
  // "after this one" alone may mean the next meeting: a programme or a session must be named.
  const namesSession = named.length > 0 || query.words.some((word) => SESSION_WORDS.has(word.surface));
  return query.laterSession && namesSession
    ? { kind: "not-given", programmes: [...catalogue.programmes] }
    : undefined;
};

/** Single words of the lexicon's session nouns ("session", "meeting"). */
const SESSION_WORDS: ReadonlySet<string> = new Set(
  english.sessionNouns.filter((noun) => !noun.includes(" ")),
);

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/**
 * "and in Bangkok?", "Delhi time pls", "what time in Beijing?" with nothing to follow on from:
 * only a zone was named, no subject, day or time, and nothing asked but when.
 * @example zonePrompt(parseQuestion("and in bangkok?"), 0)?.kind === "zone-prompt"
 */
export function zonePrompt(query: ProgrammeQuery, contentCount: number): Finding | undefined {
  if (!query.zone || contentCount > 0 || query.day || query.part || query.clock !== undefined)
    return undefined;
  if (query.facet !== "what" && query.facet !== "when") return undefined;
  if (query.relative || query.agendaItem !== undefined || query.mentionsSchedule) return undefined;
  return { kind: "zone-prompt", zone: query.zone, ...(query.zonePlace ? { place: query.zonePlace } : {}) };
}
