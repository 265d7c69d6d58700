/**
 * The question vocabulary: words that shape a question rather than name a topic (question
 * words, parts of the day, "now"/"next"), and the facts people ask about that the letters may
 * not give (room, dress code…). Nothing here names a particular meeting: meetings, topics and
 * their synonyms live in `data/*.yaml`.
 */
import type { PartOfDay } from "../../bot/programme/catalogue.js";

/**
 * What the asker wants to know about the things found.
 * @example const facet: Facet = "where"; // "where is the reception?"
 */
export type Facet = "when" | "who" | "where" | "end" | "room" | "rsvp" | "link" | "what";

/**
 * Weekday names and common abbreviations, 0 = Sunday.
 * @example WEEKDAYS.get("thurs") === 4
 */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    sunday: 0,
    sun: 0,
    monday: 1,
    mon: 1,
    tuesday: 2,
    tue: 2,
    tues: 2,
    wednesday: 3,
    wed: 3,
    weds: 3,
    thursday: 4,
    thu: 4,
    thur: 4,
    thurs: 4,
    friday: 5,
    fri: 5,
    saturday: 6,
    sat: 6,
  }),
);

/**
 * Full weekday names, for typo-tolerant matching ("thrusday", "wenesday").
 * @example WEEKDAY_NAMES[4] === "thursday"
 */
export const WEEKDAY_NAMES = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

/**
 * Parts of the day as people say them.
 * @example PARTS_OF_DAY.get("tonight") === "evening"
 */
export const PARTS_OF_DAY: ReadonlyMap<string, PartOfDay> = new Map(
  Object.entries({
    morning: "morning",
    mornings: "morning",
    forenoon: "morning",
    afternoon: "afternoon",
    afternoons: "afternoon",
    aftn: "afternoon",
    evening: "evening",
    evenings: "evening",
    eve: "evening",
    night: "evening",
    tonight: "evening",
  }),
);

/**
 * Ordinals for "third day", "day three".
 * @example ORDINALS.get("third") === 3
 */
export const ORDINALS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    first: 1,
    one: 1,
    "1st": 1,
    second: 2,
    two: 2,
    "2nd": 2,
    third: 3,
    three: 3,
    "3rd": 3,
    fourth: 4,
    four: 4,
    "4th": 4,
    fifth: 5,
    five: 5,
    "5th": 5,
    sixth: 6,
    six: 6,
    "6th": 6,
    seventh: 7,
    seven: 7,
    "7th": 7,
    eighth: 8,
    eight: 8,
    "8th": 8,
    ninth: 9,
    nine: 9,
    "9th": 9,
    tenth: 10,
    ten: 10,
    "10th": 10,
  }),
);

/**
 * Words that carry no topic: question words, auxiliaries, pronouns, and the generic nouns of
 * scheduling ("session", "meeting"). Removed before topic search.
 * @example STOPWORDS.has("when") === true
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about address addressed after again agenda all also am an and any anything approximately are as at
  available be been before begin beginning begins being between bring but by can come considered could covered
  day days dealt deliver delivers did discuss discussed discussing do does doing during else event
  events exactly find finished for from get give gives giving go going got guest guests had happen happening happens has have
  held hold holding holds host hosted hosting hosts how i if in into is it item items its just kind
  know let list located location long many may me meeting meetings might miss missed missing my need of ok okay on
  or other our ours
  over place plan planned please precisely present presenting presents programme programmes roughly
  said say says schedule scheduled see session sessions shall should show so some something sort speak
  speaker speakers speaking speaks start starting starts still tackled take taken takes taking talk
  talking talks tba tbc tell than thank thanks that the their them then there these they thing things
  this those time times to today up us venue via wanna want was we were what what's whats when when's
  where where's which who who's whom whose why will with would yet you your`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Generic nouns that show a question is about the programme even without a topic.
 * @example SCHEDULE_WORDS.has("agenda") === true
 */
export const SCHEDULE_WORDS: ReadonlySet<string> = new Set([
  "agenda",
  "schedule",
  "programme",
  "program",
  "session",
  "sessions",
  "meeting",
  "meetings",
  "event",
  "events",
  "calendar",
  "timetable",
  "plan",
  "planned",
  "scheduled",
  "happening",
]);

/**
 * Phone shorthand and filler read before anything else: slang becomes its word ("wen" →
 * "when", "2moro" → "tomorrow"), politeness and greetings go ("pls", "hey"). Whole words only.
 * @example SHORTHAND.get("2day") === "today"; SHORTHAND.get("pls") === ""
 */
export const SHORTHAND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    wen: "when",
    wat: "what",
    wot: "what",
    wats: "whats",
    wots: "whats",
    "2day": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "2nite": "tonight",
    tonite: "tonight",
    nxt: "next",
    sess: "session",
    sesh: "session",
    mtg: "meeting",
    mtgs: "meetings",
    recep: "reception",
    tst: "test",
    itm: "item",
    rn: "now",
    b4: "before",
    pls: "",
    plz: "",
    pl: "",
    thx: "",
    ty: "",
    hey: "",
    hiya: "",
    yo: "",
    ok: "",
    okay: "",
    um: "",
    uh: "",
  }),
);

/**
 * Zone abbreviations people type after a time ("6am JST"), where one zone is meant
 * unambiguously. Ambiguous ones (IST, CST) are left out.
 * @example ZONE_ABBREVIATIONS.get("jst") === "Asia/Tokyo"
 */
export const ZONE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    jst: "Asia/Tokyo",
    kst: "Asia/Seoul",
    sgt: "Asia/Singapore",
    hkt: "Asia/Hong_Kong",
    cet: "Europe/Paris",
    cest: "Europe/Paris",
    bst: "Europe/London",
    gmt: "UTC",
    utc: "UTC",
    est: "America/New_York",
    edt: "America/New_York",
    pst: "America/Los_Angeles",
    pdt: "America/Los_Angeles",
    aest: "Australia/Sydney",
    aedt: "Australia/Sydney",
  }),
);

/**
 * Words that open a question.
 * @example QUESTION_WORDS.has("where") === true
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  "what",
  "whats",
  "when",
  "whens",
  "where",
  "wheres",
  "who",
  "whos",
  "whom",
  "which",
  "how",
  "is",
  "are",
  "does",
  "do",
  "will",
  "can",
  "any",
  "show",
  "list",
  "tell",
]);

/**
 * Facts people ask about that programme letters often do not give. When a question names one
 * and the data has no field or notice for it, the answer says the letters do not say.
 * @example UNSTATED_FACTS.find(({ pattern }) => pattern.test("what should i wear"))?.label === "a dress code"
 */
export const UNSTATED_FACTS: readonly { label: string; pattern: RegExp }[] = [
  { label: "a dress code", pattern: /\b(dress(\s*code)?|attire|wear|suit and tie|black tie|formal wear)\b/ },
  {
    label: "catering or meals",
    pattern:
      /\b(food|lunch|dinner|breakfast|catering|coffee|tea|drinks?|meals?|snacks?|refreshments?|canapes?|vegetarian|halal)\b/,
  },
  { label: "parking", pattern: /\b(parking|park my car|car park)\b/ },
  { label: "visas", pattern: /\bvisas?\b/ },
  { label: "Wi-Fi", pattern: /\b(wi-?fi|wireless|internet access|network password)\b/ },
  { label: "interpretation", pattern: /\b(interpretation|interpreters?|translation|languages?)\b/ },
  {
    label: "passes or security",
    pattern: /\b(badges?|grounds pass(es)?|passes|security (check|screening)|accreditation)\b/,
  },
  {
    label: "webcasting",
    pattern: /\b(webcast|web tv|livestream(ed)?|live ?stream(ed)?|streamed|broadcast)\b/,
  },
  { label: "seating", pattern: /\b(seats?|seating)\b/ },
];

/**
 * Which facet a question asks for, from its wording (first match wins).
 * Order matters: "what time does it end" is about the end, "when does X speak" about time.
 * @example FACET_PATTERNS.find(({ pattern }) => pattern.test("which room is it in"))?.facet === "room"
 */
export const FACET_PATTERNS: readonly { facet: Facet; pattern: RegExp }[] = [
  { facet: "room", pattern: /\b(which|what) (room|hall|conference room)\b|\brooms?\b|\bconference room\b/ },
  {
    facet: "rsvp",
    pattern: /\b(rsvp|r\.s\.v\.p|register|registration|sign ?up|confirm (my )?(attendance|participation))\b/,
  },
  {
    facet: "end",
    pattern:
      /\b(end|ends|ending|finish|finishes|finishing|over by|until when|how late|how long|how many days|last until|wrap up|finished|(?:is|are) (?:it|they|we|the \w+) over)\b/,
  },
  { facet: "link", pattern: /\b(link|url|zoom|webex|connection|join (online|remotely|virtually))\b/ },
  {
    facet: "when",
    pattern:
      /\b(when|what time|which time|what day|which day|what date|which date|start|starts|begin|begins)\b/,
  },
  {
    facet: "where",
    pattern: /\b(where|wheres|address|venue|location|located|directions|how (do i|to) get)\b/,
  },
  {
    facet: "who",
    pattern:
      /\b(who|whos|whom|speakers?|hosts?|hosting|hosted|invited|invitation|bring|guests?|plus ones?|accompan\w*|can (?:i|my \w+) (?:come|attend|go))\b/,
  },
];

/**
 * "What's happening now": the current session.
 * @example NOW_PATTERN.test("what is happening right now") === true
 */
export const NOW_PATTERN =
  /\b(now|right now|currently|current(ly)?|at the moment|at present|ongoing|going on|in progress|under way|underway|happening)\b/;

/**
 * "What's next", "after this". `next` followed by a day word is a date, not this.
 * @example NEXT_PATTERN.test("what's next") === true; NEXT_PATTERN.test("next tuesday") === false
 */
export const NEXT_PATTERN =
  /\b(next(?!\s+(mon|tue|wed|thu|fri|sat|sun|week|day|month|year|morning|afternoon|evening))|upcoming|coming up|after this|after that|afterwards|later today|then what|following)\b/;

/**
 * "What was before", "the previous session".
 * @example PREVIOUS_PATTERN.test("the previous session") === true
 */
export const PREVIOUS_PATTERN = /\b(previous|before this|just (happened|finished|ended)|earlier today)\b/;
