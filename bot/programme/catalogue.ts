/**
 * The catalogue: every programme of `data/`, flattened once at load into "occurrences"
 * (meeting slots, items, social events, milestones) with their UTC instants precomputed,
 * sorted, and indexed by id, by local date, by agenda item and by words. Answering a
 * question only reads these structures.
 */
import { flattenProgramme } from "./flatten.js";
import type { LoadedProgramme } from "./load.js";
import type { Item, Meeting, Milestone, Notice, Programme, SocialEvent } from "./schema.js";
import { searchFields } from "./search-fields.js";
import { SearchIndex } from "./search-index.js";

/**
 * Morning starts before 12:00, afternoon before 17:00, evening from 17:00.
 * @example const part: PartOfDay = partOfDayOf("15:00"); // "afternoon"
 */
export type PartOfDay = "morning" | "afternoon" | "evening";

/**
 * A programme with what answers need precomputed.
 * @example catalogue.programmes[0]?.zoneLabel // "New York time"
 */
export interface ProgrammeEntry {
  readonly id: string;
  readonly programme: Programme;
  readonly file: string;
  readonly zone: string;
  /** How answers name the zone: "New York time". */
  readonly zoneLabel: string;
  /** Local dates with anything on them, sorted. */
  readonly days: readonly string[];
  /** Local dates with meetings, sorted ("day 3" is the third of these). */
  readonly meetingDays: readonly string[];
  /** First start and last end (or start) of its occurrences, epoch ms. */
  readonly start: number;
  readonly end: number;
  /** Term sequences of its id, series, short title and aliases, longest first. */
  readonly aliasTerms: readonly (readonly string[])[];
  /** Its meetings, social events and milestones, by start. */
  readonly occurrences: readonly DayOccurrence[];
}

interface OccurrenceBase {
  readonly id: string;
  readonly programme: ProgrammeEntry;
  /** Local date in the programme's zone. */
  readonly date: string;
  /** Epoch ms; a milestone starts at local midnight. */
  readonly start: number;
  /** Epoch ms; absent when the letter gives no end (the reception) or for a date-only milestone. */
  readonly end?: number;
  /** Local wall times as written in the data (absent for milestones). */
  readonly startTime?: string;
  readonly endTime?: string;
  readonly partOfDay?: PartOfDay;
  /**
   * Display label: "Agenda item 5 (continued): Capacity-building" for an item; a meeting's title
   * or its items' sub-topics ("Opening of the session; Opening statements; Organization of work").
   */
  readonly label: string;
}

/**
 * A meeting slot (morning or afternoon meeting).
 * @example catalogue.byId.get("oewg-7-2024-03-07-am") // { kind: "meeting", label: "Capacity-building", items: [...] }
 */
export interface MeetingOccurrence extends OccurrenceBase {
  readonly kind: "meeting";
  readonly meeting: Meeting;
  readonly items: readonly ItemOccurrence[];
}

/**
 * An item of a meeting; `ownTime` when the letter times it, else it spans its meeting.
 * @example catalogue.byId.get("poc-meeting-1-launch") // { kind: "item", ownTime: true, startTime: "10:15", ... }
 */
export interface ItemOccurrence extends OccurrenceBase {
  readonly kind: "item";
  readonly meeting: Meeting;
  readonly meetingId: string;
  readonly item: Item;
  readonly ownTime: boolean;
}

/**
 * A reception or other social event.
 * @example catalogue.byId.get("oewg-7-reception-2024-03-04") // { kind: "social", end: undefined, ... }
 */
export interface SocialOccurrence extends OccurrenceBase {
  readonly kind: "social";
  readonly event: SocialEvent;
}

/**
 * A date without a time (the ping test).
 * @example catalogue.byId.get("poc-ping-test-2024-06-10") // { kind: "milestone", date: "2024-06-10", ... }
 */
export interface MilestoneOccurrence extends OccurrenceBase {
  readonly kind: "milestone";
  readonly milestone: Milestone;
}

/**
 * Anything with a date in the catalogue.
 * @example catalogue.occurrences.filter((o: Occurrence) => o.date === "2024-03-07")
 */
export type Occurrence = MeetingOccurrence | ItemOccurrence | SocialOccurrence | MilestoneOccurrence;

/**
 * What a day holds at the top level (items hang off their meeting).
 * @example catalogue.byDate.get("2024-03-04")?.map((o: DayOccurrence) => o.kind) // ["meeting", "meeting", "social"]
 */
export type DayOccurrence = MeetingOccurrence | SocialOccurrence | MilestoneOccurrence;

/**
 * A notice of a programme ("the connection link will be conveyed in due course").
 * @example catalogue.byId.get("poc-meeting-1-connection-link") // { kind: "notice", notice: { about: "connection link", ... } }
 */
export interface NoticeEntry {
  readonly kind: "notice";
  readonly id: string;
  readonly programme: ProgrammeEntry;
  readonly notice: Notice;
  readonly label: string;
}

/**
 * What the word index can return.
 * @example catalogue.searchable.filter((doc: Searchable) => doc.kind === "social")
 */
export type Searchable = ItemOccurrence | SocialOccurrence | MilestoneOccurrence | NoticeEntry;

/**
 * All programmes, ready for answering.
 * @example
 * const catalogue = loadCatalogue();
 * catalogue.byDate.get("2024-03-07")?.map((o) => o.id); // ["oewg-7-2024-03-07-am", "oewg-7-2024-03-07-pm"]
 */
export interface Catalogue {
  readonly programmes: readonly ProgrammeEntry[];
  /** Meetings, items, social events and milestones, by start (meetings before their items). */
  readonly occurrences: readonly Occurrence[];
  /**
   * The finest units of time, for "now" and "next": timed items instead of their meeting,
   * untimed meetings, social events, milestones; sorted by start.
   */
  readonly timeline: readonly Occurrence[];
  readonly byId: ReadonlyMap<string, Occurrence | NoticeEntry>;
  /** Meetings, social events and milestones per local date (items hang off their meeting). */
  readonly byDate: ReadonlyMap<string, readonly DayOccurrence[]>;
  /** Items per agenda item number. */
  readonly byAgendaItem: ReadonlyMap<number, readonly ItemOccurrence[]>;
  /** Documents of {@link search}, by document index. */
  readonly searchable: readonly Searchable[];
  readonly search: SearchIndex;
}

const KIND_RANK: Readonly<Record<Occurrence["kind"], number>> = {
  milestone: 0,
  meeting: 1,
  item: 2,
  social: 3,
};

/**
 * Builds the catalogue from validated programmes (see {@link import("./load.js").loadCatalogue}).
 * @example const catalogue = buildCatalogue([{ programme, file: "data/x.yaml" }]);
 */
export function buildCatalogue(loaded: readonly LoadedProgramme[]): Catalogue {
  const occurrences: Occurrence[] = [];
  const notices: NoticeEntry[] = [];
  const programmes = loaded.map(({ programme, file }) => {
    const built = flattenProgramme(programme, file);
    occurrences.push(...built.occurrences);
    notices.push(...built.notices);
    return built.entry;
  });
  occurrences.sort(
    (a, b) =>
      a.start - b.start || KIND_RANK[a.kind] - KIND_RANK[b.kind] || (b.end ?? b.start) - (a.end ?? a.start),
  );

  const byId = new Map<string, Occurrence | NoticeEntry>();
  const byDate = new Map<string, DayOccurrence[]>();
  const byAgendaItem = new Map<number, ItemOccurrence[]>();
  for (const occurrence of occurrences) {
    byId.set(occurrence.id, occurrence);
    if (occurrence.kind === "item") {
      const number = occurrence.item.agendaItem;
      if (number !== undefined) byAgendaItem.set(number, [...(byAgendaItem.get(number) ?? []), occurrence]);
    } else {
      byDate.set(occurrence.date, [...(byDate.get(occurrence.date) ?? []), occurrence]);
    }
  }
  for (const notice of notices) byId.set(notice.id, notice);

  const timeline = occurrences.filter(
    (o) =>
      (o.kind === "item" && o.ownTime) ||
      (o.kind === "meeting" && !o.items.some((item) => item.ownTime)) ||
      o.kind === "social" ||
      o.kind === "milestone",
  );
  const searchable: Searchable[] = [
    ...occurrences.filter((o): o is Exclude<Occurrence, MeetingOccurrence> => o.kind !== "meeting"),
    ...notices,
  ];
  return {
    programmes,
    occurrences,
    timeline,
    byId,
    byDate,
    byAgendaItem,
    searchable,
    search: new SearchIndex(searchable.map(searchFields)),
  };
}
