/**
 * What matching a question produces: a {@link Finding} (the occurrences that answer it and
 * how they were selected), and the {@link MatchState} the matchers share.
 */

import type { DaySlice } from "../../bot/language/dates.js";
import type { Facet } from "../../bot/language/lexicon.js";
import type {
  Catalogue,
  DayOccurrence,
  ItemOccurrence,
  Occurrence,
  PartOfDay,
  ProgrammeEntry,
  Searchable,
} from "../../bot/programme/catalogue.js";
import type { Word } from "../../bot/programme/text.js";
import type { ProgrammeQuery } from "./parse.js";

/**
 * A meeting, social event or milestone of a day, with the items that passed the filters.
 * @example const entry: DayEntry = { occurrence: reception, items: [] };
 */
export interface DayEntry {
  occurrence: DayOccurrence;
  items: ItemOccurrence[];
}

/**
 * The days nearest to an empty day, with the programmes they belong to.
 * @example const nearby: NearbyDays = { before: { date: "2024-03-08", programmes: [oewg] } };
 */
export interface NearbyDays {
  before?: NearbyDay;
  after?: NearbyDay;
}

/** A nearby day: its programmes, or the milestones that are all it holds. */
export interface NearbyDay {
  date: string;
  programmes: ProgrammeEntry[];
  milestones?: string[];
}

/**
 * A date and clock time (minutes after midnight) in a zone.
 * @example const asked: ClockInZone = { date: "2024-03-08", clock: 360, zone: "Asia/Tokyo" };
 */
export interface ClockInZone {
  date: string;
  clock: number;
  zone: string;
}

/**
 * What a question found; `render.ts` turns it into a card.
 * @example const finding: Finding = { kind: "now", current: [], next: [] };
 */
export type Finding =
  | {
      kind: "day";
      facet: Facet;
      date: string;
      part?: PartOfDay;
      clock?: number;
      /** Only what had not ended ("later today") or had begun ("what did I miss") when asked. */
      slice?: DaySlice;
      /** A clock time asked in another zone, before it was read in the venue's ("6am JST"). */
      askedIn?: ClockInZone & { venueLabel: string };
      /** The calendar day the words named, when it was swapped for a programme day. */
      movedFrom?: string;
      /** The programmes the question named, if it named any ("at the POC meeting"). */
      named: ProgrammeEntry[];
      entries: DayEntry[];
      /** "what time does the session start on monday": the title says when the day's first meeting starts. */
      startAsked?: true;
    }
  | {
      kind: "nothing-on-day";
      date: string;
      part?: PartOfDay;
      clock?: number;
      /** Only what had not ended ("later today") or had begun ("what did I miss") when asked. */
      slice?: DaySlice;
      /** A clock time asked in another zone, before it was read in the venue's ("6am JST"). */
      askedIn?: ClockInZone & { venueLabel: string };
      /** Other parts of the same day that do have something. */
      sameDay: DayEntry[];
      nearby: NearbyDays;
    }
  | {
      kind: "days";
      facet: Facet;
      span: "week" | "month";
      days: { date: string; entries: DayEntry[] }[];
      movedFrom?: string;
      /** The week's or month's first and last dates, as asked. */
      period: { first: string; last: string };
      /** When nothing is on in the period: the nearest days that have something. */
      nearby?: NearbyDays;
    }
  | { kind: "now"; current: Occurrence[]; next: Occurrence[] }
  | {
      kind: "next";
      next: Occurrence[];
      current: Occurrence[];
      /** Asked about a topic ("next capacity-building session"): its occurrences, past ones included. */
      topic?: Occurrence[];
      /** "after the stakeholder session": the occurrence the question is relative to. */
      anchor?: { occurrence: Occurrence; direction: "after" | "before" };
      /** Asked for the next meeting when none is left: what comes next all the same (the ping test). */
      otherwise?: Occurrence[];
    }
  | { kind: "previous"; previous: Occurrence[] }
  | {
      kind: "topic";
      facet: Facet;
      hits: Searchable[];
      notOn?: string;
      /** What the question named, when it is not the best hit's own label ("Agenda item 5"). */
      subject?: string;
      /** Asked by agenda item number ("agenda item 6"): the answer names it so. */
      agendaItem?: number;
    }
  | { kind: "programmes"; facet: Facet; programmes: ProgrammeEntry[] }
  | { kind: "room"; subjects: (Searchable | ProgrammeEntry)[] }
  | { kind: "unstated"; labels: string[]; subject?: Searchable | ProgrammeEntry }
  | { kind: "overview"; programmes: ProgrammeEntry[]; next: Occurrence[] }
  | { kind: "no-match"; words: string[]; agendaItem?: number }
  /** "Can I join online?": how each programme asked about is held, from its data. */
  | {
      kind: "online";
      programmes: ProgrammeEntry[];
      /** The event or session the question names ("is the reception online?"), answered from its own format. */
      subject?: Exclude<Searchable, { kind: "notice" }>;
    }
  /** "how long till the reception": what is counted down to, the first one answered, others listed. */
  | {
      kind: "countdown";
      targets: Occurrence[];
      /** Programmes named as a whole ("countdown to the POC meeting"): counted to their start and end. */
      programmes?: ProgrammeEntry[];
    }
  /**
   * "when does it start", "what time does the reception begin": the start of what is asked
   * about; for a programme, its first meeting, or its next one when it is under way.
   */
  | {
      kind: "start";
      occurrence: Occurrence;
      /** The programme asked about as a whole ("when does the POC meeting start"). */
      programme?: ProgrammeEntry;
      /** The occurrence is the programme's first meeting (else the next one of a programme under way). */
      first?: boolean;
      /** The programme's first meeting, when the occurrence is a later one. */
      opened?: Occurrence;
    }
  /** "is there a lunch break?": the gaps between the meetings of each day asked about. */
  | { kind: "breaks"; days: { date: string; meetings: DayOccurrence[] }[]; meals: boolean }
  /** "when is the 8th session": a session the letters do not give; what they do give. */
  | { kind: "not-given"; number?: number; programmes: ProgrammeEntry[] }
  /** "and in Bangkok?" with nothing to follow on from: the time there now, and what to ask. */
  | { kind: "zone-prompt"; zone: string; place?: string }
  /** "I'm in Nairobi": the zone of the place, to offer as the asker's. */
  | { kind: "where-i-am"; place: string; zone: string }
  | {
      kind: "conversion";
      /** The instant the asked clock time stands for. */
      instant: number;
      from: string;
      to: string;
      /** The zone was not named: the venue's was assumed. */
      fromVenue: boolean;
      venueLabel: string;
      fromName?: string;
      toName?: string;
      /** "what time is it in Geneva?": the instant is now. */
      now?: boolean;
    };

/**
 * Things found by the question's topic words.
 * @example const none: TopicMatch = { hits: [], coverage: 0, unmatched: [] };
 */
export interface TopicMatch {
  /** Best first, within the programmes in scope. */
  hits: Searchable[];
  /** How much of the words the catalogue explains (0–1). */
  coverage: number;
  unmatched: Word[];
}

/**
 * Everything the matchers share about one question.
 * @example const finding = matchTopic(state); // state: MatchState built by matchQuery
 */
export interface MatchState {
  query: ProgrammeQuery;
  catalogue: Catalogue;
  now: Date;
  /** Programmes the question names ("at the POC meeting"). */
  named: ProgrammeEntry[];
  /** The named programmes, or all of them. */
  scope: readonly ProgrammeEntry[];
  inScope(programme: ProgrammeEntry): boolean;
  /** Words that may name a topic, speaker or event (programme names and stop words removed). */
  content: Word[];
  topic: TopicMatch;
}

/**
 * A matcher: answers the question if it is its kind, else `undefined` (the next one tries).
 * @example const matchRoom: Matcher = (state) => (state.query.facet === "room" ? { kind: "room", subjects: [] } : undefined);
 */
export type Matcher = (state: MatchState) => Finding | undefined;
