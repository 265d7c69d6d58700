/**
 * The programme data format (`data/*.yaml`), as zod schemas with their inferred types.
 * Times are local wall times ("HH:mm") on a local date ("YYYY-MM-DD") in the programme's
 * IANA zone; {@link import("./catalogue.js").buildCatalogue} turns them into UTC instants.
 * Absent optional fields mean "the letter does not say": they are never filled in.
 */
import { z } from "zod";
import { compareLocalTimes, isLocalDate, isValidTimeZone } from "./time.js";
import { remember } from "./translations.js";

/**
 * A stable id (slug), used for reminders, RSVPs and calendar UIDs: `oewg-7-2024-03-04-am`.
 * @example Slug.parse("oewg-7-2024-03-04-am")
 */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a slug (lower-case letters, digits, hyphens)" });

/**
 * A calendar date, `2024-03-04`.
 * @example LocalDate.parse("2024-03-04")
 */
export const LocalDate = z.string().refine(isLocalDate, { error: "must be a date written YYYY-MM-DD" });

/**
 * A wall-clock time, `"15:00"` (24-hour; quote it in YAML).
 * @example LocalTime.parse("15:00")
 */
export const LocalTime = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time written "HH:mm"' });

/**
 * An IANA zone name, `America/New_York`.
 * @example TimeZoneName.parse("America/New_York")
 */
export const TimeZoneName = z.string().refine(isValidTimeZone, { error: "must be an IANA time zone" });

const Text = z.string().trim().min(1, { error: "must not be empty" });

/** The six UN languages a programme text may be translated into (English is the source). */
const TRANSLATION_LOCALES = ["fr", "es", "ru", "zh", "ar"] as const;

/**
 * Programme text people read: the English as written, or the English with translations
 * beside it (`{ en: "Opening statements", fr: "Déclarations liminaires" }`). Either way the
 * parsed value is the English text; translations go to `translations.ts` for the renderers.
 * @example LocalText.parse({ en: "Closure", fr: "Clôture" }) === "Closure"
 */
export const LocalText = z.union([
  Text,
  z
    .strictObject({
      en: Text,
      ...Object.fromEntries(TRANSLATION_LOCALES.map((locale) => [locale, Text.optional()])),
    })
    .transform((text) => remember(text as Record<string, string> & { en: string })),
]);

/**
 * Kinds of programme item; they add search words ("closing" finds a closure).
 * @example ItemType.parse("stakeholder-session")
 */
export const ItemType = z.enum([
  "opening",
  "statements",
  "organisation-of-work",
  "discussion",
  "stakeholder-session",
  "other-matters",
  "closure",
  "launch",
  "live-demo",
  "q-and-a",
  "presentation",
  "panel",
  "briefing",
]);
export type ItemType = z.infer<typeof ItemType>;

/**
 * A speaker, host or speaking group: at least a name or a role ("Secretariat").
 * @example Speaker.parse({ name: "Ms Izumi Nakamitsu", role: "USG of Disarmament Affairs", note: "pre-recorded" })
 */
export const Speaker = z
  .strictObject({
    name: Text.optional(),
    role: LocalText.optional(),
    /** e.g. "pre-recorded". */
    note: LocalText.optional(),
  })
  .refine((speaker) => speaker.name !== undefined || speaker.role !== undefined, {
    error: "needs a name or a role",
  });
export type Speaker = z.infer<typeof Speaker>;

/**
 * Whether people attend in the room, online, or both.
 * @example AttendanceFormat.parse("hybrid")
 */
export const AttendanceFormat = z.enum(["in-person", "hybrid", "virtual"]);
export type AttendanceFormat = z.infer<typeof AttendanceFormat>;

/**
 * A place with a postal address (social events).
 * @example Place.parse({ name: "Permanent Mission of Singapore", address: ["318 East 48th Street", "New York, NY 10017"] })
 */
export const Place = z.strictObject({
  name: Text,
  /** Address lines, e.g. `["318 East 48th Street", "New York, NY 10017"]`. */
  address: z.array(Text).min(1),
  directions: LocalText.optional(),
});
export type Place = z.infer<typeof Place>;

/**
 * One agenda entry inside a meeting. `start`/`end` only when the letter times it.
 * @example Item.parse({ id: "oewg-7-closure", title: "Closure of the session", types: ["closure"] })
 */
export const Item = z
  .strictObject({
    id: Slug,
    title: LocalText,
    types: z.array(ItemType).min(1),
    agendaItem: z.int().positive().optional(),
    /** "(continued)" in the programme. */
    continued: z.boolean().default(false),
    /** Short sub-topic label, e.g. "Capacity-building". */
    topic: LocalText.optional(),
    /** Full mandate text as written in the letter. */
    mandate: Text.optional(),
    details: z.array(LocalText).default([]),
    start: LocalTime.optional(),
    end: LocalTime.optional(),
    speakers: z.array(Speaker).default([]),
    footnotes: z.array(Text).default([]),
    /** Extra search words (abbreviations, synonyms): `[CBMs, confidence building]`. */
    keywords: z.array(Text).default([]),
  })
  .superRefine((item, ctx) => {
    if ((item.start === undefined) !== (item.end === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [item.start ? "end" : "start"],
        message: "give both start and end, or neither",
      });
    } else if (item.start && item.end && compareLocalTimes(item.end, item.start) <= 0) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "must be after start" });
    }
  });
export type Item = z.infer<typeof Item>;

/**
 * A meeting slot (e.g. a morning or afternoon meeting) with its items.
 * @example Meeting.parse({ id: "m-1", date: "2024-03-04", start: "10:00", end: "13:00", items: [item] })
 */
export const Meeting = z
  .strictObject({
    id: Slug,
    date: LocalDate,
    start: LocalTime,
    end: LocalTime,
    title: LocalText.optional(),
    /** Only when a letter names it. */
    room: Text.optional(),
    format: AttendanceFormat.optional(),
    /** Set by a revision that cancels the meeting (it stays listed, marked cancelled). */
    cancelled: z.boolean().optional(),
    items: z.array(Item).min(1),
  })
  .superRefine((meeting, ctx) => {
    if (compareLocalTimes(meeting.end, meeting.start) <= 0) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "must be after start" });
      return;
    }
    meeting.items.forEach((item, index) => {
      if (item.start && compareLocalTimes(item.start, meeting.start) < 0) {
        ctx.addIssue({
          code: "custom",
          path: ["items", index, "start"],
          message: "must not be before the meeting starts",
        });
      }
      if (item.end && compareLocalTimes(item.end, meeting.end) > 0) {
        ctx.addIssue({
          code: "custom",
          path: ["items", index, "end"],
          message: "must not be after the meeting ends",
        });
      }
    });
  });
export type Meeting = z.infer<typeof Meeting>;

/**
 * A reception or other social event. `end` is absent when the invitation gives none.
 * @example SocialEvent.parse({ id: "r-1", kind: "reception", title: "Reception", date: "2024-03-04", start: "18:30", place })
 */
export const SocialEvent = z
  .strictObject({
    id: Slug,
    kind: z.enum(["reception", "lunch", "dinner", "side-event", "other"]),
    title: LocalText,
    date: LocalDate,
    start: LocalTime,
    end: LocalTime.optional(),
    host: Speaker.optional(),
    place: Place,
    format: AttendanceFormat.default("in-person"),
    /** Who is invited, as written: "Heads of Delegation plus accompanying experts". */
    invitation: LocalText.optional(),
    /** Set by a revision that cancels the event (it stays listed, marked cancelled). */
    cancelled: z.boolean().optional(),
    rsvp: z
      .strictObject({
        required: z.boolean(),
        /** The link printed on the invitation (the bot runs its own RSVP flow). */
        originalLink: z.url().optional(),
        deadline: LocalDate.optional(),
        /**
         * Whose list the answers given in chat are: `secretariat` (default) — a list the bot
         * keeps for the Secretariat, not an RSVP to the host; `organiser` — the organiser takes
         * them as RSVPs (only when a letter says so).
         */
        chatList: z.enum(["secretariat", "organiser"]).default("secretariat"),
      })
      .optional(),
    keywords: z.array(Text).default([]),
  })
  .superRefine((event, ctx) => {
    if (event.end && compareLocalTimes(event.end, event.start) <= 0) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "must be after start" });
    }
  });
export type SocialEvent = z.infer<typeof SocialEvent>;

/**
 * A dated step without a time (the "ping" test on 10 June 2024).
 * @example Milestone.parse({ id: "ping-1", date: "2024-06-10", title: "Ping test" })
 */
export const Milestone = z.strictObject({
  id: Slug,
  date: LocalDate,
  title: LocalText,
  description: LocalText.optional(),
  keywords: z.array(Text).default([]),
  /**
   * What the step is, when the bot acts on it: `ping-test`, a ping test of the POC directory
   * announced for that date (a POC's "received" before it opens is told it is due then).
   */
  kind: z.enum(["ping-test"]).optional(),
});
export type Milestone = z.infer<typeof Milestone>;

/**
 * Something a letter says is coming or applies ("the connection link will be conveyed…").
 * @example Notice.parse({ id: "n-1", about: "connection link", keywords: ["link"], text: "The link will be conveyed in due course." })
 */
export const Notice = z.strictObject({
  id: Slug,
  /** What it is about, in a few words: "connection link". */
  about: LocalText,
  keywords: z.array(Text).min(1),
  text: LocalText,
  /** Shown only when a question asks for it (the letter's signatory), not in every programme card. */
  onlyWhenAsked: z.boolean().optional(),
});
export type Notice = z.infer<typeof Notice>;

/**
 * Where the meetings of a programme take place.
 * @example Venue.parse({ name: "United Nations Headquarters", shortName: "UNHQ", city: "New York" })
 */
export const Venue = z.strictObject({
  /** As written, with its translations beside it (answers show `local(name)`). */
  name: LocalText,
  shortName: Text.optional(),
  /**
   * Also names the zone in answers: "New York time"; its translations beside it ("纽约",
   * "Нью-Йорк"), so the venue's zone reads in each language's script.
   */
  city: LocalText,
  format: AttendanceFormat.optional(),
  room: Text.optional(),
});
export type Venue = z.infer<typeof Venue>;

/**
 * The letter a programme was transcribed from.
 * @example Source.parse({ kind: "letter", date: "2024-01-29", from: "The Chair" })
 */
export const Source = z.strictObject({
  kind: z.enum(["letter", "note-verbale", "document", "website"]),
  date: LocalDate,
  /** Who signs: name as written, role translatable ("H.E. …, Chair of the OEWG"). */
  from: LocalText,
  title: Text.optional(),
  /** Words people ask for the signatory by ("signed", "chair"): "who signed the letter?" finds `from`. */
  keywords: z.array(Text).optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * One file of `data/`: an event series with its meetings, social events and milestones.
 * @example
 * const programme = Programme.parse(YAML.parse(readFileSync("data/oewg-7th-session.yaml", "utf8")));
 */
export const Programme = z
  .strictObject({
    id: Slug,
    series: Text,
    title: LocalText,
    shortTitle: LocalText,
    /** Where the file's translations come from (who translated, whether official). */
    translations: Text.optional(),
    /** Names people use in questions: "POC meeting", "OEWG". */
    aliases: z.array(Text).default([]),
    status: z.enum(["provisional", "announced", "final", "cancelled"]),
    version: z.int().positive(),
    timeZone: TimeZoneName,
    venue: Venue,
    source: Source,
    links: z.array(z.strictObject({ label: LocalText, url: z.url() })).default([]),
    notices: z.array(Notice).default([]),
    meetings: z.array(Meeting).default([]),
    socialEvents: z.array(SocialEvent).default([]),
    milestones: z.array(Milestone).default([]),
  })
  .superRefine((programme, ctx) => {
    const firstPathById = new Map<string, string>();
    for (const { id, path } of idsOf(programme)) {
      const first = firstPathById.get(id);
      if (first === undefined) firstPathById.set(id, path);
      else
        ctx.addIssue({
          code: "custom",
          path: [...pathSegments(path), "id"],
          message: `duplicate id "${id}" (first used at ${first || "the top"})`,
        });
    }
    if (programme.meetings.length + programme.socialEvents.length + programme.milestones.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["meetings"],
        message: "a programme needs at least one meeting, social event or milestone",
      });
    }
  });
export type Programme = z.infer<typeof Programme>;

/**
 * Every id in a programme with the path of its owner, in document order.
 * @example idsOf(programme)[1] // { id: "oewg-7-2024-03-04-am", path: "meetings[0]" }
 */
export function idsOf(programme: Programme): { id: string; path: string }[] {
  const ids: { id: string; path: string }[] = [{ id: programme.id, path: "" }];
  programme.meetings.forEach((meeting, m) => {
    ids.push({ id: meeting.id, path: `meetings[${m}]` });
    meeting.items.forEach((item, i) => {
      ids.push({ id: item.id, path: `meetings[${m}].items[${i}]` });
    });
  });
  programme.socialEvents.forEach((event, e) => {
    ids.push({ id: event.id, path: `socialEvents[${e}]` });
  });
  programme.milestones.forEach((milestone, s) => {
    ids.push({ id: milestone.id, path: `milestones[${s}]` });
  });
  programme.notices.forEach((notice, n) => {
    ids.push({ id: notice.id, path: `notices[${n}]` });
  });
  return ids;
}

function pathSegments(path: string): (string | number)[] {
  if (path === "") return [];
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
