/**
 * What a person names in "remind me about …" or "add … to my calendar": every session, an
 * agenda item, an occurrence id, a day ("Thursday", "7 March", "tomorrow": its meetings and
 * social events) or a part of one ("Monday afternoon", "this afternoon": that part's), a programme by one of its names ("the POC meeting": its meeting slots),
 * or words of the programme (through the catalogue's search index: "capacity-building",
 * "the reception", "the ping test").
 */
import { reminderGrammar } from "../../bot/language/grammar.js";
import type { Catalogue, Occurrence, PartOfDay } from "../../bot/programme/catalogue.js";
import { dayAndPartNamed } from "../../bot/programme/day-named.js";
import { preferNamed, termsOf, words } from "../../bot/programme/text.js";

const g = reminderGrammar();
/** Words that say nothing about which session. */
const FILLER = new Set(termsOf(g.words.filler.join(" ")));

/**
 * "every session", "all sessions", "each meeting", "all the sessions", or the plural alone
 * ("sessions", "the meetings").
 * @example EVERY_SESSION.test("all the sessions") === true; EVERY_SESSION.test("sessions") === true
 */
export const EVERY_SESSION: RegExp = g.everySession;

/**
 * "the next session", "next meeting", "my next session", "the upcoming session", "the next one",
 * "next event" — relative to the bot's clock, never a search for the word "next" (which an
 * item's keywords may hold: "next steps").
 * @example NEXT.exec("the next session")?.[1] === "session"
 */
export const NEXT: RegExp = g.next;

/**
 * "the next session on Friday", "next meeting of the POC meeting", "the next one tomorrow".
 * @example NEXT_OF.exec("the next session on Friday")?.[2] === "Friday"
 */
export const NEXT_OF: RegExp = g.nextOf;

/**
 * The next meeting slot (or, for "event", the next meeting or social event) starting after
 * `now`, as a one-element list; empty when the programme has nothing left.
 * @example nextOccurrence(catalogue, "session", new Date("2024-03-07T19:50:00Z"))[0]?.id === "oewg-7-2024-03-07-pm"
 */
export function nextOccurrence(catalogue: Catalogue, noun: string | undefined, now: Date): Occurrence[] {
  const kinds = g.eventNoun.test(noun ?? "") ? ["meeting", "social"] : ["meeting"];
  const next = catalogue.occurrences.find(
    (occurrence) =>
      kinds.includes(occurrence.kind) &&
      occurrence.programme.programme.status !== "cancelled" &&
      occurrence.start > now.getTime(),
  );
  return next ? [next] : [];
}

/** Most occurrences one phrase may name. */
const MAX_MATCHES = 6;

/**
 * Occurrences named by some words, best first; empty when nothing in the programme fits.
 * Several are returned when the words fit several equally ("agenda item 5"). With `now`, a
 * day phrase names that day's meetings and social events (a weekday: the next one with
 * something on).
 * @example resolveOccurrences(catalogue, "capacity-building").map((o) => o.id) // ["oewg-7-capacity-building"]
 * @example resolveOccurrences(catalogue, "Thursday", monday).map((o) => o.id) // ["oewg-7-2024-03-07-am", "oewg-7-2024-03-07-pm"]
 */
export function resolveOccurrences(catalogue: Catalogue, text: string, now?: Date): Occurrence[] {
  const trimmed = text.trim().replace(/[.?!]+$/, "");
  const next = trimmed.match(NEXT);
  if (next) return now ? nextOccurrence(catalogue, next[1], now) : [];
  const nextOf = trimmed.match(NEXT_OF);
  if (nextOf && now) {
    // "the next session on Friday", "the next session of the POC meeting": the first of those still to come.
    const later = resolveOccurrences(catalogue, nextOf[2] ?? "", now).filter(
      (occurrence) => occurrence.start > now.getTime() && (nextOf[1] ? occurrence.kind === "meeting" : true),
    );
    return later.slice(0, 1);
  }
  // "the next plenary": the first still to come of what follows "next", which is never itself a
  // search word ("next steps" in an item's keywords answered "the next xyzzy" with that item).
  const nextWords = now ? trimmed.match(g.nextStart) : null;
  if (nextWords && now) {
    const rest = trimmed.slice(nextWords[0].length).trim();
    const named = rest === "" ? [] : resolveOccurrences(catalogue, rest, now);
    const later = named.filter((occurrence) => occurrence.start > now.getTime());
    // All of them over ("the next reception" after it): the caller says it has taken place.
    return later.length > 0 ? later.slice(0, 1) : named;
  }
  const remindable = (date: string) =>
    (catalogue.byDate.get(date) ?? []).filter(
      (occurrence) => occurrence.kind === "meeting" || occurrence.kind === "social",
    );
  // A day, maybe with a part of it ("Monday afternoon", "this afternoon": that part's meetings).
  const inPart = (date: string, part?: PartOfDay) =>
    remindable(date).filter((occurrence) => part === undefined || occurrence.partOfDay === part);
  const named = now
    ? dayAndPartNamed(catalogue, trimmed, now, (day, part) => inPart(day, part).length > 0)
    : undefined;
  if (named) return inPart(named.date, named.part);
  const byId = catalogue.byId.get(trimmed.toLowerCase());
  if (byId && byId.kind !== "notice") return [byId];
  const agenda = trimmed.match(g.agendaItem);
  if (agenda) return [...(catalogue.byAgendaItem.get(Number(agenda[1])) ?? [])].slice(0, MAX_MATCHES);
  const query = words(trimmed).filter((word) => !FILLER.has(word.term));
  if (query.length === 0) return [];
  const queryTerms = query.map((word) => word.term);
  const terms = queryTerms.join(" ");
  const programme = catalogue.programmes.find((entry) =>
    entry.aliasTerms.some((alias) => alias.join(" ") === terms),
  );
  if (programme) {
    return catalogue.occurrences.filter(
      (occurrence) => occurrence.kind === "meeting" && occurrence.programme === programme,
    );
  }
  const result = catalogue.search.search(query);
  if (result.coverage < 0.5) return [];
  const ranked: Array<{ doc: Occurrence; score: number }> = [];
  for (const [index, score] of result.scores) {
    const doc = catalogue.searchable[index];
    if (doc && doc.kind !== "notice") ranked.push({ doc, score });
  }
  ranked.sort((a, b) => b.score - a.score);
  const best = ranked[0]?.score ?? 0;
  const close = ranked.filter((entry) => entry.score >= best * 0.8).map((entry) => entry.doc);
  // "the ping test" is the test, not also the briefing about it.
  return preferNamed(close, queryTerms).slice(0, MAX_MATCHES);
}
