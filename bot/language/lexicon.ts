/**
 * The shape of a locale's lexicon: every word the bot reads questions and commands by, as
 * data. A lexicon holds no logic and no pattern syntax; `compile.ts` builds the matchers from
 * it. Adding a language is adding one `locales/<tag>/lexicon.ts` of this type (and a messages
 * file and a fixture): no code changes.
 */

/** A part of the day as the programme uses it. */
export type PartOfDay = "morning" | "afternoon" | "evening";

/**
 * What a question asks about the things it names.
 * @example const facet: Facet = "where"; // "where is the reception?"
 */
export type Facet =
  | "when"
  /** "how long till the reception", "countdown to the POC meeting": the time left. */
  | "countdown"
  | "who"
  | "where"
  | "end"
  | "duration"
  | "room"
  | "rsvp"
  | "link"
  | "online"
  | "purpose"
  | "document"
  | "what";

/** A unit of time people count in ("in 2 days", "30 minutes from now"). */
export type TimeUnit = "minute" | "hour" | "day" | "week";

/**
 * A locale's words. Lists are whole words or phrases, lower case, without diacritics (the
 * normaliser removes them first); maps give each word its meaning.
 * @example english.weekdays.get("thurs") === 4
 */
export interface Lexicon {
  /** BCP 47 tag ("en"). */
  locale: string;
  /** How a numeric date such as "3/7" is read first: day first (3 July) or month first (7 March). */
  dateOrder: "day-first" | "month-first";
  /** Weekday names and abbreviations, 0 = Sunday. */
  weekdays: ReadonlyMap<string, number>;
  /** Full weekday names (index = weekday), for typo-tolerant matching. */
  weekdayNames: readonly string[];
  /** Month names and abbreviations, 1 = January. */
  months: ReadonlyMap<string, number>;
  /** Full month names (index 0 = January): the month a reading in another language names (`pivot.ts`). */
  monthNames: readonly string[];
  /**
   * Words a calendar date takes in before it ("on" in "what's on 10 March": chrono-node's
   * span of the date starts there, and the quick reader's must too).
   */
  dateLeads: readonly string[];
  /**
   * Words before an ordinal day of the month written alone ("the 4th", "on the 5th"): the day of
   * the month of the programme in question.
   */
  monthDayLeads: readonly string[];
  /**
   * Numbers written like a calendar date that never are one ("24/7": round the clock, "my 24/7
   * phone"): the date readers skip them, in every language (the pivot keeps them as written).
   * Optional.
   */
  notDates?: readonly string[];
  /**
   * Words before a weekday that chrono-node reads with a date ("past Sunday 10 March"); the
   * quick date reader (`quick-dates.ts`) leaves dates after them to chrono-node.
   */
  dateModifiers: readonly string[];
  /** Words for parts of the day. */
  partsOfDay: ReadonlyMap<string, PartOfDay>;
  /** "this" before a part of the day means today ("this afternoon"). */
  thisWords: readonly string[];
  /** Words for days counted from today ("tomorrow" → 1); phrases allowed ("day after tomorrow"). */
  relativeDays: ReadonlyMap<string, number>;
  /** Words that make "today" the evening ("tonight"). */
  eveningDayWords: readonly string[];
  /** Modifiers before a weekday: "next Thursday", "last Monday". */
  weekdayModifiers: ReadonlyMap<string, "this" | "next" | "last">;
  /** Ordinals and number words ("third" → 3, "two" → 2). */
  ordinals: ReadonlyMap<string, number>;
  /** Words that name the last / the first day of a programme ("closing day" → -1). */
  sessionDayWords: ReadonlyMap<string, number>;
  /** Whole phrases that name a programme's first or last day ("first session" → 1, "final session" → -1). */
  sessionDayPhrases?: ReadonlyMap<string, number>;
  /** The word for "day" in "day 3", "third day". */
  dayWords: readonly string[];
  /** Words for a week ("this week", "next week"): the modifier → week offset. */
  weekPhrases: ReadonlyMap<string, number>;
  /** Units of time with their spellings ("mins" → minute). */
  timeUnits: ReadonlyMap<string, TimeUnit>;
  /** "in 2 days": words before a count; "2 days from now" / "2 days later": words after. */
  countBefore: readonly string[];
  countAfter: readonly string[];
  /**
   * Lengths of time said as a phrase, in minutes ("half an hour" → 30, "an hour and a half" →
   * 90): read as `countBefore` and `countAfter` read a count and a unit ("in half an hour",
   * "an hour and a half from now"). Optional.
   */
  durations?: ReadonlyMap<string, number>;
  /** "a", "an" before a unit mean one ("in an hour"). */
  oneWords: readonly string[];
  /** Words before a clock time that carry nothing ("at 3 pm", "around 3"). */
  clockLeads: readonly string[];
  /** Words for noon. */
  noonWords: readonly string[];
  /** Suffixes of a 12-hour clock: "am" / "pm". */
  meridiem: { am: readonly string[]; pm: readonly string[] };
  /**
   * Hours that, written without am/pm, a part of the day or a leading zero ("at 3", "6:30"),
   * are the afternoon's (15:00, 18:30): a language spoken on the 12-hour clock, where nobody
   * asks about a meeting at 3 in the night. "at 9", "at 3 am", "03:00" stay as written; a part
   * of the day decides instead ("tomorrow morning at 6" is 6:00, "friday evening at 8" 20:00).
   * Without it, hours are read as written (the 24-hour clock). Other languages reach it through
   * the pivot, which writes the hours of a 24-hour-clock language with two digits
   * (`LocaleWords.hours24`).
   */
  afternoonHours?: readonly number[];
  /** "later today", "rest of the day": what has not ended yet. */
  restOfDay: readonly string[];
  /** "rest of the week". */
  restOfWeek: readonly string[];
  /** "what did I miss", "so far today": what has begun. */
  soFar: readonly string[];
  /** Words that make a date read backwards ("last Friday", "yesterday"). */
  pastWords: readonly string[];
  /** "now", "next", "previous": relative to the time of asking. */
  nowWords: readonly string[];
  nextWords: readonly string[];
  previousWords: readonly string[];
  /** Words after "next" that make it a date ("next Tuesday"), not "what's next". */
  nextDateWords: readonly string[];
  /** "after the reception", "before the closing": the word → direction. */
  anchorWords: ReadonlyMap<string, "after" | "before">;
  /** Pronouns after an anchor word that mean the last answer ("after that"). */
  anchorPronouns: readonly string[];
  /**
   * First words of a title that is a clause, not a noun ("How international law applies …"):
   * an answer quotes it as written ("After “How …”") rather than after "the".
   */
  clauseTitleLeads: ReadonlySet<string>;
  /** Question phrases per facet, first facet listed wins. */
  facets: readonly { facet: Facet; phrases: readonly string[] }[];
  /** Words that open a question. */
  questionWords: ReadonlySet<string>;
  /** Words that name the schedule in general ("agenda", "what's on"). */
  scheduleWords: ReadonlySet<string>;
  /** Phrases that name the schedule in general ("what's on"). */
  schedulePhrases: readonly string[];
  /** Words that carry no topic. */
  stopWords: ReadonlySet<string>;
  /** Words of the question's shape removed before topic search ("what time", "how long"). */
  shapePhrases: readonly string[];
  /** Phone shorthand and filler: word → replacement ("" removes it). */
  shorthand: ReadonlyMap<string, string>;
  /** Words for an agenda item ("item 5", "agenda item five"). */
  agendaItemWords: readonly string[];
  /** "is there a lunch break?": a pause between meetings, read from the programme's times. */
  breakPhrases: readonly string[];
  /** "the next session after this one": a later session of a series, which the letters may not give. */
  laterSessionPhrases: readonly string[];
  /** Nouns a numbered session is named by ("the 8th session", "the second meeting"). */
  sessionNouns: readonly string[];
  /**
   * Words that name a meeting, not a social event or a date-only milestone ("the next meeting",
   * "the previous session": the reception is not one). Other languages reach them through the
   * pivot's English words ("الاجتماع" → "meeting", "下一场会议" → "next session").
   */
  meetingWords: ReadonlySet<string>;
  /** Facts people ask about that the letters may not give: label key → phrases. */
  unstatedFacts: readonly { label: string; phrases: readonly string[] }[];
  /** Greetings and thanks: the message is only that. */
  greetings: readonly string[];
  thanks: readonly string[];
  /** "the next day", "the day after": the day after the one asked about before (else tomorrow). */
  dayAfterPhrases: readonly string[];
  /** "the day before", "the previous day": the day before the one asked about before (else yesterday). */
  dayBeforePhrases: readonly string[];
  /** Follow-up openers ("and", "what about", "how about"). */
  followUpOpeners: readonly string[];
  /** Pronouns that point at the last answer ("it", "that"). */
  pronouns: readonly string[];
  /** "my time", "local time": the asker's own zone. */
  myTimePhrases: readonly string[];
  /** Words around a zone name: "in Tokyo time", "Geneva time". */
  zoneWords: { in: readonly string[]; time: readonly string[] };
  /**
   * Question words after which a place ending the message is the zone asked for, without
   * "in" ("reception what time geneva").
   */
  zoneAfterAsking: readonly string[];
  /** "what time is it (in Geneva)?": the time now, at the venue or in a place named. */
  timeNowPhrases: readonly string[];
  /**
   * "time in Beijing now", "Beijing time now": words that ask the time now only with a place
   * named and nothing else, leading the message or with "now" ("time of the reception", "what
   * time?" ask something else; "Delhi time" alone is a place, maybe a follow-up's zone).
   */
  timeInPlacePhrases: readonly string[];
  /**
   * Words that ask when something starts ("when does it start", "what time does the reception
   * begin"): with the "when" facet, the answer is the start time alone.
   */
  startPhrases: readonly string[];
  /** "convert 3pm to Delhi time": words that ask for a conversion. */
  convertWords: readonly string[];
  /** "… in Tokyo", "… to Delhi time": words before the zone converted to. */
  convertInto: readonly string[];
  /** "I'm in Nairobi", "I am based in Delhi": the asker says where they are. */
  whereIAmPhrases: readonly string[];
  /** Zone abbreviations, unambiguous in this locale ("jst" → Asia/Tokyo). */
  zoneAbbreviations: ReadonlyMap<string, string>;
  /** City and capital names → IANA zone, where the runtime's own zone names do not give them. */
  cities: ReadonlyMap<string, string>;
  /** Countries with one zone, by name ("kenya" → Africa/Nairobi). */
  countries: ReadonlyMap<string, string>;
  /** Words that mean UTC ("utc", "gmt", "zulu"). */
  utcWords: readonly string[];
  /** Word spellings treated as one term in topic search ("closing" → "close"). */
  synonyms: ReadonlyMap<string, string>;
}
