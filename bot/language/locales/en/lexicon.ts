/**
 * English: every word the bot reads questions by. Data only (see `../../lexicon.ts` for
 * what each field means); the matchers are compiled from it in `../../compile.ts`.
 */
import type { Facet, Lexicon, PartOfDay, TimeUnit } from "../../lexicon.js";
import { CAPITALS, OTHER_PLACES, WORLD_CITIES, ZONE_ABBREVIATIONS } from "./places.js";

const list = (words: string): string[] =>
  words
    .trim()
    .split(/\s*\n\s*|\s*,\s*/)
    .filter(Boolean);
const map = <T>(entries: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(entries));

const facets: { facet: Facet; phrases: string[] }[] = [
  {
    facet: "countdown",
    phrases: list(
      "how long till, how long until, how long til, how long to go, how long before, how long left, how much time till, how much time until, how much time before, how much time left, how much longer till, how much longer until, how much longer before, how many days till, how many days until, how many days to, how many days before, how many days left, how many hours till, how many hours until, how many hours to, how many hours before, how many hours left, how many minutes till, how many minutes until, how many minutes before, countdown, count down, time left, time remaining, time till, time until, time til, how soon",
    ),
  },
  {
    facet: "room",
    phrases: list(
      "which room, what room, which hall, what hall, which conference room, what conference room, room, rooms, conference room",
    ),
  },
  {
    facet: "rsvp",
    phrases: list(
      "rsvp, r.s.v.p, register, registration, sign up, signup, confirm my attendance, confirm attendance, confirm my participation, confirm participation",
    ),
  },
  {
    facet: "end",
    phrases: list(
      "end, ends, ending, finish, finishes, finishing, over by, until when, how late, how long, how many days, last until, does the * last, do the * last, will the * last, does it last, will it last, duration, wrap up, finished, is the * over, are the * over, is it over, are it over, is we over, are we over, is they over, are they over",
    ),
  },
  {
    facet: "online",
    phrases: list(
      "online, remotely, remote, virtually, virtual, hybrid, in person, in-person, dial in, remote participation, participate remotely, attend remotely, attend virtually, join remotely, join virtually",
    ),
  },
  {
    facet: "link",
    phrases: list("link, url, zoom, webex, connection"),
  },
  {
    facet: "when",
    phrases: list(
      "when, whens, when's, what time, which time, what day, which day, what date, which date, start, starts, begin, begins",
    ),
  },
  {
    facet: "where",
    phrases: list(
      "where, wheres, where's, address, venue, location, located, directions, how do i get, how to get",
    ),
  },
  {
    facet: "who",
    phrases: list(
      "who, whos, who's, whom, speaker, speakers, host, hosts, hosting, hosted, invited, invitation, bring, guest, guests, plus one, plus ones, accompany, accompanying, accompanied, accompanies, can my * come, can my * attend, can my * go, can i come, can i attend, can i go",
    ),
  },
];

const partsOfDay: Record<string, PartOfDay> = {
  morning: "morning",
  mornings: "morning",
  forenoon: "morning",
  afternoon: "afternoon",
  afternoons: "afternoon",
  aftn: "afternoon",
  aft: "afternoon",
  "after lunch": "afternoon",
  "before lunch": "morning",
  arvo: "afternoon",
  evening: "evening",
  evenings: "evening",
  eve: "evening",
  night: "evening",
  tonight: "evening",
};

const timeUnits: Record<string, TimeUnit> = {
  minute: "minute",
  minutes: "minute",
  min: "minute",
  mins: "minute",
  hour: "hour",
  hours: "hour",
  hr: "hour",
  hrs: "hour",
  h: "hour",
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
};

/**
 * The English lexicon.
 * @example english.relativeDays.get("day after tomorrow") === 2
 */
export const english: Lexicon = {
  locale: "en",
  // UN documents write dates day first ("10/6" is 10 June), whatever the delegate's country.
  dateOrder: "day-first",
  weekdays: map({
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
  weekdayNames: ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
  months: map({
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  }),
  monthNames: [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ],
  dateLeads: ["on"],
  monthDayLeads: ["the", "on the"],
  dateModifiers: ["this", "last", "past", "next"],
  // "my 24/7 number", "teléfono de guardia 24/7": round the clock, never 24 July.
  notDates: ["24/7", "7/24", "24x7", "24/24"],
  partsOfDay: map(partsOfDay),
  thisWords: ["this"],
  relativeDays: map({
    "day after tomorrow": 2,
    "the day after tomorrow": 2,
    "day before yesterday": -2,
    "the day before yesterday": -2,
    today: 0,
    tonight: 0,
    tomorrow: 1,
    tomorow: 1,
    tommorow: 1,
    tommorrow: 1,
    tmrw: 1,
    tmr: 1,
    yesterday: -1,
  }),
  eveningDayWords: ["tonight"],
  weekdayModifiers: map({ this: "this", next: "next", coming: "next", last: "last", previous: "last" }),
  ordinals: map({
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
  sessionDayWords: map({ last: -1, final: -1, closing: -1, opening: 1 }),
  // "when is the first session?": the programme's first day (not a "1st session" of the series).
  // "last session" is left out: mid-week it is as often the previous one.
  sessionDayPhrases: map({
    "first session": 1,
    "first sitting": 1,
    "opening session": 1,
    "very first session": 1,
    "final session": -1,
    "final sitting": -1,
  }),
  dayWords: ["day"],
  weekPhrases: map({
    "this week": 0,
    "the week": 0,
    "all week": 0,
    "whole week": 0,
    "the whole week": 0,
    "entire week": 0,
    "the entire week": 0,
    "next week": 1,
  }),
  timeUnits: map(timeUnits),
  countBefore: ["in", "within"],
  countAfter: ["from now", "later", "time"],
  oneWords: ["a", "an", "one"],
  durations: map({
    "half an hour": 30,
    "half hour": 30,
    "a half hour": 30,
    "a half-hour": 30,
    "half-hour": 30,
    "a quarter of an hour": 15,
    "quarter of an hour": 15,
    "a quarter hour": 15,
    "three quarters of an hour": 45,
    "an hour and a half": 90,
    "one hour and a half": 90,
    "1 hour and a half": 90,
    "hour and a half": 90,
    "one and a half hours": 90,
    "1 and a half hours": 90,
    "1.5 hours": 90,
    "1.5 hrs": 90,
    "an hour and a quarter": 75,
    "two and a half hours": 150,
    "2 and a half hours": 150,
    "2.5 hours": 150,
  }),
  clockLeads: ["at", "around", "from", "by"],
  noonWords: ["noon", "midday"],
  meridiem: { am: ["am", "a.m.", "a.m", "a m"], pm: ["pm", "p.m.", "p.m", "p m"] },
  // English is spoken on the 12-hour clock: "at 3" is 3 pm. 1 to 7, as the Secretariat's own
  // revision times are read (handlers/revisions/clock.ts): a meeting at 7 is an evening event;
  // "at 8", "at 9" are the morning's.
  afternoonHours: [1, 2, 3, 4, 5, 6, 7],
  restOfDay: list(
    "later today, rest of the day, the rest of the day, rest of today, the rest of today, left today, remaining today, still to come today, what's left, what is left, remaining sessions, remaining meetings",
  ),
  restOfWeek: list("rest of the week, the rest of the week, rest of this week, the rest of this week"),
  soFar: list(
    "did i miss, did we miss, have i missed, have we missed, had i missed, i missed, we missed, i've missed, we've missed, i have missed, so far today, so far, recap, catch me up, catch us up, catch up",
  ),
  pastWords: ["last", "yesterday", "ago", "previous"],
  nowWords: list(
    "right now, now, currently, current, at the moment, at present, ongoing, going on, in progress, under way, underway, happening",
  ),
  nextWords: list(
    "next, upcoming, coming up, after this, after that, afterwards, later today, then what, following",
  ),
  previousWords: list(
    "previous, before this, before that, and before, just happened, just finished, just ended, earlier today",
  ),
  nextDateWords: list(
    "mon, monday, tue, tues, tuesday, wed, wednesday, thu, thur, thurs, thursday, fri, friday, sat, saturday, sun, sunday, week, day, month, year, morning, afternoon, evening",
  ),
  anchorWords: map({ after: "after", before: "before" }),
  anchorPronouns: ["this", "that", "it"],
  clauseTitleLeads: new Set(list("how, what, why, whether, which, who, where, when")),
  facets,
  questionWords: new Set(
    list(
      "what, whats, when, whens, where, wheres, who, whos, whom, which, how, is, are, does, do, will, can, any, show, list, tell, could, would, should",
    ),
  ),
  scheduleWords: new Set(
    list(
      "agenda, schedule, programme, program, session, sessions, meeting, meetings, event, events, calendar, timetable, plan, planned, scheduled, happening",
    ),
  ),
  schedulePhrases: list("what's on, whats on, what is on, what are on, what's happening, what is happening"),
  stopWords: new Set(
    `a about address addressed after again agenda all also am an and any anything approximately are as at
  available be been before begin beginning begins being between bring but by can come considered could covered
  day days dealt deliver delivers did discuss discussed discussing do does doing during else event
  events exactly find finished for from get give gives giving go going got guest guests had happen happening happens has have
  held hold holding holds host hosted hosting hosts how i if in into is it item items its just kind
  know let list located location long many may me meeting meetings might miss missed missing my need of ok okay on
  or other our ours over place plan planned please precisely present presenting presents programme programmes roughly
  said say says schedule scheduled see session sessions shall should show so some something sort speak
  speaker speakers speaking speaks start starting starts still tackled take taken takes taking talk
  talking talks tba tbc tell than thank thanks that the their them then there these they thing things
  this those time times to today up us venue via wanna want was we were what what's whats when when's
  where where's wheres which who who's whos whom whose why will with would yet you your whens
  each every topic topics discussion discussions exactly last lasts lasting duration`
      .split(/\s+/)
      .filter(Boolean),
  ),
  shapePhrases: list(
    "how long till, how long until, how long til, how long to go, how long before, how long left, how much time till, how much time until, how much time before, how much time left, how much longer till, how much longer until, how much longer before, how many days till, how many days until, how many days to, how many days before, how many days left, how many hours till, how many hours until, how many hours to, how many hours before, how many hours left, how many minutes till, how many minutes until, how many minutes before, countdown, count down, time left, time remaining, time till, time until, time til, how soon, left, remaining, to go, till, until, til, what time, which time, what day, which day, what date, which date, how long, until when, how late, end, ends, ending, finish, finishes, finishing, conference rooms, conference room, rooms, room, rsvp, r.s.v.p",
  ),
  shorthand: map({
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
    hw: "how",
    sess: "session",
    sesh: "session",
    mtg: "meeting",
    mtgs: "meetings",
    recep: "reception",
    // Spelt as said, or with a letter short: "wen is the recepshun", "recption adress".
    recepshun: "reception",
    recepshon: "reception",
    adress: "address",
    adres: "address",
    bldg: "building",
    intl: "international",
    "int'l": "international",
    int: "international",
    wht: "what",
    // "whn is the stakeholder sesion": a letter short in each word.
    whn: "when",
    sesion: "session",
    sesions: "sessions",
    r: "are",
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
  agendaItemWords: ["agenda item", "sub-item", "subitem", "item"],
  breakPhrases: list(
    "lunch, lunch break, lunchbreak, lunch breaks, lunch time, lunchtime, lunch hour, break for lunch, break, breaks, recess, pause, time off, free time, gap between, gap in the programme, between sessions, between meetings",
  ),
  laterSessionPhrases: list(
    "after this one, after the seventh session, after the 7th session, next substantive session, following substantive session, following session, future session, future sessions, later session, later sessions, next oewg session, next session of the oewg, session after this, the one after this",
  ),
  sessionNouns: list("session, sessions, substantive session, meeting, meetings, round"),
  meetingWords: new Set(list("meeting, meetings, session, sessions")),
  unstatedFacts: [
    {
      label: "dress-code",
      phrases: list("dress, dress code, attire, wear, suit and tie, black tie, formal wear"),
    },
    {
      label: "meals",
      phrases: list(
        "food, lunch, dinner, breakfast, catering, coffee, tea, drink, drinks, meal, meals, snack, snacks, refreshment, refreshments, canape, canapes, vegetarian, halal",
      ),
    },
    { label: "parking", phrases: list("parking, park my car, car park") },
    { label: "visas", phrases: list("visa, visas") },
    { label: "wifi", phrases: list("wifi, wi-fi, wireless, internet access, network password") },
    {
      label: "interpretation",
      phrases: list("interpretation, interpreter, interpreters, translation, language, languages"),
    },
    {
      label: "passes",
      phrases: list(
        "badge, badges, grounds pass, grounds passes, passes, security check, security screening, accreditation",
      ),
    },
    {
      label: "recording",
      phrases: list(
        "recorded, recording, recordings, record it, video of, minutes of the meeting, summary record",
      ),
    },
    {
      label: "public-access",
      phrases: list("open to the public, public access, members of the public, the press, journalists"),
    },
    {
      label: "webcasting",
      phrases: list(
        "webcast, web tv, livestream, livestreamed, live stream, live streamed, streamed, broadcast",
      ),
    },
    { label: "seating", phrases: list("seat, seats, seating") },
    {
      label: "rsvp-deadline",
      phrases: list("rsvp deadline, deadline to rsvp, rsvp by when, deadline for rsvp, rsvp by"),
    },
  ],
  greetings: list(
    "hi, hello, hey, hiya, good morning, good afternoon, good evening, good night, good day, greetings, howdy, hi there, hello there, bot, everyone, all, dear",
  ),
  thanks: list(
    "thanks, thank you, thank you very much, thx, ty, cheers, great, ok, okay, perfect, got it, noted",
  ),
  dayAfterPhrases: list("the next day, next day, the day after, the following day, following day"),
  dayBeforePhrases: list(
    "the day before, day before, the previous day, previous day, the day before that, the preceding day",
  ),
  followUpOpeners: list("and, what about, how about, and what about, and how about, also, then"),
  pronouns: list("it, that, this, there, they, them"),
  myTimePhrases: list(
    "in my local time, in my own time, in my time, at my time, on my time, my local time, my own time, my time, in my time zone, my time zone, in my timezone, my timezone, in my tz, my tz, in my zone, my zone, our time, local time, for me, here, over here, where i am",
  ),
  zoneWords: { in: ["in", "for"], time: ["time"] },
  zoneAfterAsking: ["what time", "at what time"],
  timeNowPhrases: list(
    "what time is it, what time is it now, what's the time, what is the time, whats the time, what's the time now, what is the time now, current time, the current time, time right now, the time now, time now, what time have you got",
  ),
  timeInPlacePhrases: list("time, the time, local time, the local time"),
  startPhrases: list("start, starts, begin, begins, commence, commences, kick off, kicks off"),
  convertWords: list(
    "convert, conversion, translate, change, if, it, its, it's, that, is, be, would, will, what, whats, what's, time, when",
  ),
  convertInto: ["in", "to", "into", "for"],
  whereIAmPhrases: list(
    "i'm in, i am in, im in, i'm based in, i am based in, i'm located in, i live in, i'm now in, i am now in",
  ),
  zoneAbbreviations: map(ZONE_ABBREVIATIONS),
  // The capitals and other places after the world's cities: theirs is the zone a name gives.
  cities: new Map([
    ...Object.entries(WORLD_CITIES),
    ...CAPITALS.map(([, capital, zone]) => [capital, zone] as const),
    ...Object.entries(OTHER_PLACES),
  ]),
  countries: new Map(
    CAPITALS.filter(([, , , one]) => one).map(([country, , zone]) => [country, zone] as const),
  ),
  utcWords: ["utc", "gmt", "z", "zulu"],
  synonyms: map({
    closing: "close",
    closure: "close",
    closes: "close",
    closed: "close",
    conclude: "close",
    concluding: "close",
    concluded: "close",
    conclusion: "close",
    concludes: "close",
    opening: "open",
    opens: "open",
    opened: "open",
    demonstration: "demo",
    demos: "demo",
    qa: "q&a",
    "q&as": "q&a",
    organizations: "organisation",
    organization: "organisation",
    organizing: "organising",
    behavior: "behaviour",
    dialog: "dialogue",
    dialogs: "dialogues",
    programs: "programme",
    program: "programme",
  }),
};
