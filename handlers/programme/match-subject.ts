/**
 * Matchers for subject-shaped questions: rooms, facts the letters may not give, RSVPs,
 * agenda items, topics/speakers/events found by words, programmes by name, and the fallbacks
 * (the overview, or "I couldn't find …").
 */
import { english } from "../../bot/language/locales/en/lexicon.js";
import type { Catalogue, ProgrammeEntry, Searchable } from "../../bot/programme/catalogue.js";
import type { Word } from "../../bot/programme/text.js";
import type { Matcher, MatchState } from "./finding.js";
import { dayEntries, matchDay, nextGroup } from "./match-time.js";
import { dayContext, referenceProgramme, resolveDays } from "./resolve-day.js";

/**
 * "Which room?": the things asked about (by words, by day, else the programmes), so the answer
 * can give their rooms or say the letters give none.
 * @example matchRoom(stateOf("which room?"))?.kind === "room"
 */
export const matchRoom: Matcher = (state) =>
  state.query.facet === "room" ? { kind: "room", subjects: roomSubjects(state) } : undefined;

function roomSubjects({ query, topic, scope, catalogue, now }: MatchState): (Searchable | ProgrammeEntry)[] {
  if (topic.hits.length > 0) return topic.hits;
  if (query.day) {
    const date = resolveDays(query.day, dayContext(catalogue, scope, now)).dates[0];
    const entries = date ? dayEntries(catalogue, date, { part: query.part, scope }) : [];
    const subjects = entries.flatMap((entry): Searchable[] =>
      entry.occurrence.kind === "meeting" ? entry.items : [entry.occurrence],
    );
    if (subjects.length > 0) return subjects;
  }
  const reference = referenceProgramme(scope, now.getTime());
  return reference ? [reference, ...scope.filter((p) => p !== reference)] : [...scope];
}

/**
 * "What's the dress code?", "is lunch provided?": facts the letters do not give (unless a
 * notice of the data covers them), about the thing asked about if any.
 * @example matchUnstated(stateOf("what should I wear to the reception?"))?.kind === "unstated"
 */
export const matchUnstated: Matcher = ({ query, topic, named, scope, now }) => {
  if (query.unstated.length === 0) return undefined;
  // A notice answers for its own programme, the one named or else the one under way or next
  // ("the connection link will be conveyed"): "is it webcast?" on the 7th session's first day is
  // not about the POC meeting's link.
  const reference = referenceProgramme(scope, now.getTime());
  const asked = named.length > 0 ? named : reference ? [reference] : [];
  const notices = topic.hits.filter((hit) => hit.kind === "notice");
  if (notices.some((hit) => asked.length === 0 || asked.includes(hit.programme))) return undefined;
  const hits = topic.hits.filter((hit) => hit.kind !== "notice");
  const subject =
    hits[0] ?? (named.length === 1 ? named[0] : notices.length > 0 && reference ? reference : undefined);
  return subject
    ? { kind: "unstated", labels: query.unstated, subject }
    : { kind: "unstated", labels: query.unstated };
};

/**
 * "Can I join online?": how the programme asked about (else the one under way or next) is
 * held. A letter that gives no remote participation is said so, not answered with another's.
 * @example matchOnline(stateOf("can I join online?"))?.kind === "online"
 */
export const matchOnline: Matcher = ({ query, named, scope, now, content, catalogue, inScope }) => {
  if (query.facet !== "online") return undefined;
  // "is the reception online?": the event named, from its own format, not its programme's.
  const subject = named.length === 0 ? onlineSubject(content, catalogue, inScope) : undefined;
  if (subject) return { kind: "online", programmes: [subject.programme], subject };
  const reference = referenceProgramme(scope, now.getTime());
  const programmes = named.length > 0 ? named : reference ? [reference] : [];
  return programmes.length > 0 ? { kind: "online", programmes } : undefined;
};

/** The words of the online facet's own phrases ("join", "online", "remotely"): they name no subject. */
const ONLINE_WORDS: ReadonlySet<string> = new Set(
  english.facets.flatMap(({ facet, phrases }) =>
    facet === "online" ? phrases.flatMap((phrase) => phrase.split(/[\s-]+/)) : [],
  ),
);

/** The event or session the other words of an online question name (at least half of them find it). */
function onlineSubject(
  content: readonly Word[],
  catalogue: Catalogue,
  inScope: (programme: ProgrammeEntry) => boolean,
): Exclude<Searchable, { kind: "notice" }> | undefined {
  const words = content.filter((word) => !ONLINE_WORDS.has(word.surface));
  if (words.length === 0) return undefined;
  const result = catalogue.search.search(words);
  if (result.coverage < 0.5) return undefined;
  let best: { doc: Exclude<Searchable, { kind: "notice" }>; score: number } | undefined;
  for (const [index, score] of result.scores) {
    const doc = catalogue.searchable[index];
    if (!doc || doc.kind === "notice" || !inScope(doc.programme)) continue;
    if (!best || score > best.score) best = { doc, score };
  }
  return best?.doc;
}

/**
 * "POC meeting agenda": a named one-day programme's schedule, item by item with times.
 * @example matchProgrammeAgenda(stateOf("POC meeting agenda"))?.kind === "day"
 */
export const matchProgrammeAgenda: Matcher = (state) => {
  const { query, named, content } = state;
  const [programme] = named;
  if (named.length !== 1 || !programme || query.day || content.length > 0 || !query.mentionsSchedule)
    return undefined;
  if (query.facet !== "what" || programme.meetingDays.length !== 1) return undefined;
  const date = programme.meetingDays[0] ?? "";
  const day = {
    kind: "date",
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  } as const;
  return matchDay({ ...state, query: { ...query, day } });
};

/**
 * "How do I RSVP?": the social events that ask for one.
 * @example matchRsvp(stateOf("RSVP"))?.kind === "topic"
 */
export const matchRsvp: Matcher = ({ query, topic, catalogue, inScope }) => {
  if (query.facet !== "rsvp") return undefined;
  const asksRsvp = (hit: Searchable) => hit.kind === "social" && inScope(hit.programme) && hit.event.rsvp;
  const named = topic.hits.filter(asksRsvp);
  if (named.length > 0) return { kind: "topic", facet: "rsvp", hits: named };
  // "what's the rsvp link": words that name no social event ("link") leave every event
  // that asks for an RSVP; a social event named that asks none is answered as a topic.
  if (topic.hits.some((hit) => hit.kind === "social")) return undefined;
  const hits = catalogue.searchable.filter(asksRsvp);
  return hits.length > 0 ? { kind: "topic", facet: "rsvp", hits } : undefined;
};

/**
 * "Agenda item 6", "item 5": every item with that number, or an honest "not in the programme".
 * @example matchAgendaItem(stateOf("agenda item 6"))?.kind === "topic"
 */
export const matchAgendaItem: Matcher = (state) => {
  const { query, catalogue, inScope } = state;
  const number = query.agendaItem;
  if (number === undefined) return undefined;
  const items = (catalogue.byAgendaItem.get(number) ?? []).filter((item) => inScope(item.programme));
  if (items.length === 0) return { kind: "no-match", words: [], agendaItem: number };
  // "item 5 on Friday": the item on that day, or where it is instead, as for a topic.
  if (query.day) {
    const found = matchDay({ ...state, topic: { ...state.topic, hits: items } });
    return found?.kind === "topic" ? { ...found, agendaItem: number } : found;
  }
  return { kind: "topic", facet: query.facet, hits: items };
};

/**
 * Topics, speakers and events found by words ("capacity-building", "Nakamitsu", "reception").
 * @example matchTopic(stateOf("when is the reception?"))?.kind === "topic"
 */
export const matchTopic: Matcher = ({ query, topic, named, scope, now }) => {
  if (topic.hits.length === 0) return undefined;
  // "is there a zoom link?" with nothing named: a link notice answers for its own programme
  // only when it is the one under way or next (as in `matchUnstated`); during the OEWG's
  // session the answer is about the session (its link, or that the letter gives none), not
  // the POC meeting's "the connection link will be conveyed".
  if (query.facet === "link" && named.length === 0 && topic.hits.every((hit) => hit.kind === "notice")) {
    const reference = referenceProgramme(scope, now.getTime());
    if (reference && !topic.hits.some((hit) => hit.programme === reference))
      return { kind: "programmes", facet: "link", programmes: [reference] };
  }
  return { kind: "topic", facet: query.facet, hits: topic.hits };
};

/**
 * Programmes by name ("where is the POC meeting held?"), or the programme a generic "when does
 * the session end?" most likely means.
 * @example matchProgramme(stateOf("where is the POC meeting held?"))?.kind === "programmes"
 */
export const matchProgramme: Matcher = ({ query, named, content, topic, scope, now }) => {
  // "what is Kenya's POC's phone?": a programme named beside words it knows nothing of is
  // not a question about the whole programme (it would answer with all of it).
  if (named.length > 0 && content.length > 0 && topic.hits.length === 0) return undefined;
  if (named.length > 0) return { kind: "programmes", facet: query.facet, programmes: named };
  if (content.length > 0 || !query.mentionsSchedule || query.facet === "what") return undefined;
  const reference = referenceProgramme(scope, now.getTime());
  return reference ? { kind: "programmes", facet: query.facet, programmes: [reference] } : undefined;
};

/**
 * Last resort: "I couldn't find …" for a question about something unknown, the overview for a
 * plain "what's on?", and `undefined` (not a programme question) otherwise.
 * @example matchFallback(stateOf("what's on?"))?.kind === "overview"
 */
export const matchFallback: Matcher = ({ query, content, scope, inScope, catalogue, now }) => {
  if (content.length > 0) {
    if (query.isQuestion && query.facet !== "what") {
      return { kind: "no-match", words: content.map((word) => word.surface) };
    }
    if (!query.mentionsSchedule) return undefined;
  }
  return {
    kind: "overview",
    programmes: [...scope],
    next: nextGroup(catalogue.timeline, now.getTime(), inScope),
  };
};
