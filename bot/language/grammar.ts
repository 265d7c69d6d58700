/**
 * The grammars with slots of the delegate-facing features, compiled from a locale's words
 * (`locales/<tag>/grammar.ts`): reminders ("remind me 15 minutes before the next session",
 * "change my reminder to 30 minutes before", "stop the ping reminders") and RSVPs ("rsvp yes
 * with 2 experts: Ana Lima, Raj Patel", "I can't come to the reception"). The shape of each
 * matcher (where a slot is, what may follow it) is here; every word is data. Other languages
 * are read into these words by the pivot (`pivot.ts`, their `terms` in `commands.ts`).
 */
import { escapeRegExp } from "../regexp.js";
import { COMMAND_WORDS } from "./commands.js";
import { alternation, mayNamePocField, numberWordSource, pocFieldOf } from "./compile.js";
import { slipFixer } from "./distance.js";
import { arabicGrammar } from "./locales/ar/grammar.js";
import { englishGrammar } from "./locales/en/grammar.js";
import { english as englishLexicon } from "./locales/en/lexicon.js";
import { spanishGrammar } from "./locales/es/grammar.js";
import { frenchGrammar } from "./locales/fr/grammar.js";
import { russianGrammar } from "./locales/ru/grammar.js";
import { chineseGrammar } from "./locales/zh/grammar.js";
import { normalizeText } from "./normalise.js";

/** A list of phrases in the template notation (`[a|b]` optional, `(a|b)` a choice, `…` any words). */
type Phrases = readonly string[];

/** The words of the reminder grammar; see `locales/en/grammar.ts` for each list's use. */
export interface ReminderWords {
  /** "hey", "ok": said before the command, dropped. */
  openers: Phrases;
  /** "please", "could you", "i'd like you to": dropped at the start. */
  politeLeads: Phrases;
  /** "please", "thanks": dropped at the end. */
  politeEnds: Phrases;
  /** The feature's own words, where a one-letter slip is forgiven ("remmind"). */
  slipWords: Phrases;
  /** "remind" in "remind me …". */
  remindVerbs: Phrases;
  /** The verb when said last ("… remind me": Chinese order). */
  remindLastVerbs: Phrases;
  /**
   * Words that start a follow-up of a reminder just set, asking the same for something else
   * with its own lead ("and for the reception, 2h before"; « et aussi pour la réception, 2h
   * avant » reads "and reception 120 minutes before").
   */
  followUpLeads: Phrases;
  /** "me", "us". */
  me: Phrases;
  /** "set a reminder …": the whole lead before what to be reminded of. */
  setReminder: Phrases;
  /** "reminder for …": the noun before `about`. */
  reminderFor: Phrases;
  /** "for", "about": before what a reminder is about. */
  about: Phrases;
  stopVerbs: Phrases;
  /** "all of my" between the stop verb and the noun. */
  stopDeterminers: Phrases;
  stopNouns: Phrases;
  /** "about" in "stop reminders about …". */
  stopAbout: Phrases;
  /** "my" in "stop my reception reminders". */
  namedDeterminers: Phrases;
  reminderNouns: Phrases;
  anymore: Phrases;
  /** "don't remind me". */
  dontRemind: Phrases;
  /** "unsubscribe from …". */
  unsubscribeFrom: Phrases;
  /** "remove … from my reminders" (`…` is what). */
  removeFromList: Phrases;
  /** Words that name everything ("stop all"). */
  everything: Phrases;
  changeVerbs: Phrases;
  all: Phrases;
  changeDeterminers: Phrases;
  changeNouns: Phrases;
  /** Nouns that mean several ("change my reminders to …": all of them). */
  pluralNouns: Phrases;
  articles: Phrases;
  /** "to" in "change my reminder to 30 minutes before". */
  changeTo: Phrases;
  /** "make it …". */
  changeIt: Phrases;
  before: Phrases;
  /** "by" in "before the reception by 15 minutes": the lead after what. */
  leadBy: Phrases;
  /** Units of a lead and their minutes. */
  units: Readonly<Record<string, number>>;
  /** "the day" of "the day before". */
  dayBeforeLeads: Phrases;
  /** "the previous day": the day before, whole. */
  dayBefore: Phrases;
  /** "when it starts": a lead of 0. */
  atStart: Phrases;
  /** "when" of "when the next session starts". */
  when: Phrases;
  starts: Phrases;
  /** Words before what ("about", "to attend"), dropped. */
  whatLeads: Phrases;
  /** Words after what ("before"), dropped. */
  whatEnds: Phrases;
  /** "every session". */
  everySession: Phrases;
  /** "the next" (on the bot's clock). */
  next: Phrases;
  /** Nouns of a meeting slot after "next". */
  meetingNouns: Phrases;
  /** Nouns of any event after "next" (meetings and social events). */
  eventNouns: Phrases;
  /** "on" in "the next session on Friday". */
  nextLinks: Phrases;
  agendaItem: Phrases;
  /** Words that say nothing about which session. */
  filler: Phrases;
}

/** The words of the RSVP grammar; see `locales/en/grammar.ts` for each list's use. */
export interface RsvpWords {
  /** The command word itself ("rsvp …"). */
  rsvp: Phrases;
  /** "no" as the answer, only first. */
  declinedFirst: Phrases;
  declined: Phrases;
  tentative: Phrases;
  attending: Phrases;
  noExperts: Phrases;
  unsureAboutExperts: Phrases;
  with: Phrases;
  /** "my" between "with" and the experts ("with my expert Raj Patel", "con mi experta María Gómez"). */
  my: Phrases;
  experts: Phrases;
  /** Joins names ("Ana and Raj"). */
  and: Phrases;
  /** Punctuation between names, each one character as written ("," "、" "،"). */
  listSeparators: Phrases;
  /** One word that says "two experts" (Arabic dual "خبيرين"): the count is 2. */
  twoExperts: Phrases;
  /** Words around an event's name that are not its name ("to", "sorry"). */
  eventFiller: Phrases;
  cancel: Phrases;
  /** "for the" before an event's name. */
  eventLink: Phrases;
  apologies: Phrases;
  cannotCome: Phrases;
  /** "to the" after "I can't come". */
  eventAt: Phrases;
  apologyEnds: Phrases;
  yes: Phrases;
  /**
   * A yes-word before a statement only when punctuation sets it apart: Spanish "si" without
   * its accent is also "if" ("si, asistiré" is a yes; "si no puedo ir te aviso" a condition).
   */
  yesSetApart: Phrases;
  /**
   * Statement leads before which a `yesSetApart` word is a yes without punctuation too: Spanish
   * "si" (if) takes no future, so "si asistiré" is "sí asistiré" typed without its accent.
   */
  afterBareYes: Phrases;
  willAttend: Phrases;
  /**
   * The lead of a statement that one will attend, followed by the event's name and maybe the
   * experts ("I'll come to the reception with 2 experts", "count me in for the reception").
   */
  statementAttending: Phrases;
  /** The lead of a statement that one will not attend ("I won't come to the reception"). */
  statementDeclined: Phrases;
  /**
   * A statement that one may come, only as a whole message ("maybe I'll come", "возможно приду"):
   * with one RSVP event open it is answered with the command to type, as "I can't come" is.
   */
  statementTentative: Phrases;
  /** Words around a statement that is the whole message ("actually", "finalement", "ya"). */
  bareAside: Phrases;
  /** Words that end a question without a question mark (Chinese "吗"): no statement ends with one. */
  questionEnds: Phrases;
  /**
   * Words after "rsvp" that ask about the RSVP instead of giving an answer ("rsvp link for the
   * cocktail", "rsvp 链接"): such a message is a question for the programme's answers.
   */
  asking: Phrases;
  change: Phrases;
  to: Phrases;
  /** Words before changing an answer in passing ("actually, make it 1 expert"). */
  changeLeads: Phrases;
  /** "make it" in "make it 1 expert: Ana Lima": only before a number of experts. */
  changeIt: Phrases;
  /** Words before the names that are not a name ("just Ana Lima"). */
  namesLeads: Phrases;
  removeExpert: Phrases;
  removeFrom: Phrases;
  /**
   * Removing an expert named where "…" stands, the verb after the name, in another language
   * (Chinese "把王伟从我的回复中删除", take Wang Wei out of my reply); English names the expert
   * after `removeExpert`, so its list is empty.
   */
  removeExpertAround: Phrases;
  /**
   * Withdrawing one's answer with the event named where "…" stands, in another language
   * (« annule ma réponse pour la réception », "取消我对招待会的回复"); English names it after
   * `cancel` and `eventLink`, so its list is empty.
   */
  cancelFor: Phrases;
  /**
   * An expert who will not come, named where "…" stands ("Raj can't come", « Luc ne vient pas »,
   * "Ana no viene", "Анна не придёт", "王芳不来了"): one expert fewer.
   */
  expertAbsent: Phrases;
  /** "only"/"just" before a number of experts or a name kept ("only 1 expert", « juste Marie », "只带一位专家"). */
  onlyLeads: Phrases;
  /** Words before a change of the experts in passing ("actually", « finalement », "改成"). */
  expertsChangeLeads: Phrases;
  /** A bare verb of withdrawing, beside a statement of not coming ("mejor no voy, cancela"). */
  withdrawVerbs: Phrases;
  /** Titles before a name ("Dr.", "H.E."). */
  titles: Phrases;
  /** Words of an organisation's name ("Ministry"), to tell it from a person. */
  organisationWords: Phrases;
  /** An invitation's words for heads of delegation. */
  headsOfDelegation: Phrases;
  report: Phrases;
  reportOf: Phrases;
  namedReport: Phrases;
  rsvpNouns: Phrases;
  reportTails: Phrases;
  whoIsComing: Phrases;
  /** "with experts" after a report's event: the answers that bring experts. */
  reportWithExperts: Phrases;
  /** "from" before a State after a report's event: that State's answers. */
  reportFromState: Phrases;
  /** "and", "what about" before a State (or "with experts"): the last report again, narrowed. */
  reportFollowUp: Phrases;
  /** "'s" after a State's name ("France's"). */
  possessive: Phrases;
  export: Phrases;
  asCsv: Phrases;
  csv: Phrases;
  set: Phrases;
  capacity: Phrases;
  deadline: Phrases;
  send: Phrases;
  invitations: Phrases;
  noLimit: Phrases;
  noDeadline: Phrases;
  now: Phrases;
}

/** The words of a POC's own details said in chat ("my 24/7 phone is …", "all correct"). */
export interface PocWords {
  please: Phrases;
  /** "change" in "change my phone to …". */
  changeVerbs: Phrases;
  my: Phrases;
  /** Words of each type of POC, by type id ("technical" → "technical"). */
  types: Readonly<Record<string, string>>;
  poc: Phrases;
  /** "to" in "change my phone to …". */
  changeLinks: Phrases;
  /** "new" in "my new email is …". */
  newWords: Phrases;
  /** "is now" in "my email is now …". */
  isWords: Phrases;
  /**
   * "not" in "my email is not …": words after a field's name that deny the value instead of
   * stating it (the statement then proposes nothing).
   */
  negations: Phrases;
  /** Whole messages that confirm one's record ("all correct"). */
  confirm: Phrases;
  /** A yes-word that may come before a confirmation ("yes, all correct", "c bon tout est correct"). */
  yes: Phrases;
  /**
   * Whole messages that answer a change's preview with its Confirm button's meaning ("confirm
   * the change", "确认修改"); a yes-word or a confirmation does too, while a preview waits.
   */
  applyPending: Phrases;
  /**
   * Whole messages that confirm a change's preview by naming the change ("confirm the change",
   * "确认修改"): unlike a yes-word or "confirm it", never an answer to anything else waiting.
   */
  applyNamedChange: Phrases;
  /** Whole messages adding one address to one's e-mail list; "…" is the address ("add … to my emails"). */
  addEmail: Phrases;
  /** Whole messages taking one address from one's e-mail list ("remove … from my emails"). */
  removeEmail: Phrases;
  /** Whole messages that answer a change's preview with its Cancel button's meaning ("cancel", "annuler"). */
  cancelPending: Phrases;
  /** Verbs a one-letter slip is forgiven in, as the first word ("chnage"). */
  slipWords: Phrases;
}

/**
 * The POC directory's other commands: one's own record ("my details"), and the Secretariat's
 * look-ups, history, unconfirmed list and import (English only: Secretariat-only, issue 16).
 */
export interface DirectoryWords {
  /** Before "my details": "show me", "what are". */
  showMine: Phrases;
  /** "details", "record", "entry", "contact details". */
  recordNouns: Phrases;
  /** After "my details": "in the directory". */
  inDirectory: Phrases;
  /** Whole messages asking who has not confirmed ("escalation list"). */
  notConfirmed: Phrases;
  /** Before a look-up: "what is", "tell me", "show". */
  lookupLeads: Phrases;
  /** "POC", "point of contact". */
  pocNouns: Phrases;
  /** "show poc FRA diplomatic": the verb, and "poc [record]". */
  showVerbs: Phrases;
  pocRecord: Phrases;
  /** "of", "for" between a command and a State. */
  ofWords: Phrases;
  /** "the" before a State's name. */
  the: Phrases;
  /** "poc history KEN technical". */
  history: Phrases;
  /** "import poc directory" before a pasted CSV, and "removing missing" after it. */
  importDirectory: Phrases;
  removingMissing: Phrases;
  /** "poc directory template": the CSV template to import. */
  template: Phrases;
}

/** The Secretariat's roster commands (English only: Secretariat-only, issue 16). */
export interface RosterWords {
  /** "import roster" before the pasted CSV. */
  importRoster: Phrases;
  /** "removing missing" after it. */
  removingMissing: Phrases;
  status: Phrases;
  template: Phrases;
}

/** The Secretariat's ping-test commands (English only: Secretariat-only, issue 16). */
export interface PingWords {
  start: Phrases;
  report: Phrases;
  list: Phrases;
  cancel: Phrases;
  /** "who hasn't answered the ping test?": the POCs who have not acknowledged it. */
  unanswered: Phrases;
  /** "did li wei get it?": whether one person got the latest ping test or broadcast. */
  personGot: {
    /** Before the name ("did"). */
    leads: Phrases;
    /** After the name ("get", "acknowledged"). */
    verbs: Phrases;
    /** What was got: a ping test. */
    ping: Phrases;
    /** What was got: a broadcast. */
    broadcast: Phrases;
    /** What was got: whichever of the two went out last ("it"). */
    latest: Phrases;
    /** Before a named one's noun ("the" 10 June ping). */
    articles: Phrases;
    /** A ping test's nouns, when one is named ("the 10 June ping"). */
    pingNouns: Phrases;
    /** A broadcast's nouns, when one is named ("the broadcast about the venue"). */
    broadcastNouns: Phrases;
    /** Between the noun and what names one ("of" 10 June, "about" the venue). */
    whichLeads: Phrases;
    /** Words that may end the question ("yet"). */
    ends: Phrases;
    /** A pronoun said alone for the name ("he"): the person of the previous question. */
    pronouns: Phrases;
    /** Words that name nobody ("everyone", "i"). */
    notNames: Phrases;
  };
  /** Words of each type of POC, by type id. */
  types: Readonly<Record<string, string>>;
  pocNouns: Phrases;
  /** "of" in "technical POCs of Kenya". */
  typeLinks: Phrases;
  /** "by e-mail too". */
  byEmail: Phrases;
  /** "window" before its length. */
  window: Phrases;
  /** Units of the window, in hours. */
  windowHours: Readonly<Record<string, number>>;
  scopeLeads: Phrases;
  scopeEnds: Phrases;
  /** The scope "everyone". */
  everyone: Phrases;
}

/** The Secretariat's broadcast commands (English only: Secretariat-only, issue 16). */
export interface BroadcastWords {
  /** "broadcast" before the header ("send a broadcast to …"). */
  command: Phrases;
  /** The whole message that opens the form. */
  form: Phrases;
  audiences: Phrases;
  list: Phrases;
  /** Before the broadcast's id (maybe none). */
  report: Phrases;
  /** Before the broadcast's id. */
  cancel: Phrases;
  /** A rehearsal of a draft, shown to its author only; before the draft's id (maybe none). */
  rehearse: Phrases;
  /** "original language" before the draft's language. */
  original: Phrases;
  /** "is", "in" between "original" and the language. */
  originalLinks: Phrases;
  /** "and", "also" before "by e-mail" (any number of them). */
  byEmailLeads: Phrases;
  byEmail: Phrases;
  /** "requiring", "with" before an acknowledgement noun. */
  ackLeads: Phrases;
  ackArticles: Phrases;
  ackNouns: Phrases;
  /** "ack required" as a whole. */
  ackRequired: Phrases;
  /** "to" before the audience. */
  audienceLead: Phrases;
  /** "send it" before a send time. */
  sendLeads: Phrases;
  /** The form's send time for "on confirmation" ("now"). */
  sendNow: Phrases;
  /** Words a send time may start with, besides days, weekdays and dates. */
  timeWords: Phrases;
  /** Days said without a time of day ("tomorrow"). */
  days: Phrases;
  /** Those of `days` in the past. */
  pastDays: Phrases;
  /** "on" before a day. */
  dayLinks: Phrases;
  /** "st" of "5th". */
  ordinalSuffixes: Phrases;
  /** "pm" of "3pm". */
  meridiem: Phrases;
  /** "of" in "5th of March". */
  dateLinks: Phrases;
  /** "send me announcements by e-mail too". */
  emailToo: Phrases;
  /** "chat only", "no more e-mails". */
  chatOnly: Phrases;
  /** "please" at the end of a choice of channel. */
  politeEnds: Phrases;
  /** "channels of" before an e-mail address. */
  channelsOf: Phrases;
  allChannels: Phrases;
  /** Audiences: everyone. */
  everyone: Phrases;
  /** Audiences: heads of delegation. */
  heads: Phrases;
  secretariat: Phrases;
  /** "all" before "POCs". */
  pocAll: Phrases;
  pocNouns: Phrases;
  /** "delegates of" before a list of States. */
  statesLead: Phrases;
  /** "the people" before "who RSVP'd" or "attending". */
  peopleLead: Phrases;
  who: Phrases;
  /** "RSVP'd", "answered". */
  answered: Phrases;
  /** The answers of an RSVP audience, each with the status it selects ("yes" → "attending"). */
  rsvpStatuses: Readonly<Record<string, string>>;
  /** Words left out when matching an event's name ("the", "event"). */
  eventNoise: readonly string[];
  /** The form's "Requires acknowledgement" answers. */
  yes: readonly string[];
  no: readonly string[];
  /** "to" before the event. */
  answerLinks: Phrases;
  /** "attending", "coming to" before the event. */
  attendingLead: Phrases;
  /** "subscribers of" before the session. */
  subscribersLead: Phrases;
  /** "and", "plus" between two audiences. */
  unionWords: Phrases;
  /** "the" before an event's name. */
  eventArticles: Phrases;
}

/** The Secretariat's programme revision commands (English only: Secretariat-only, issue 16). */
export interface RevisionWords {
  /** "revise programme" before the pasted file. */
  revise: Phrases;
  /** The command a programme file sent as an attachment is read under. */
  reviseCommand: string;
  publish: Phrases;
  discard: Phrases;
  history: Phrases;
  /** Before the version's number. */
  restore: Phrases;
  noticesOff: Phrases;
  noticesOn: Phrases;
  /** "move" … "to" …. */
  move: Phrases;
  moveTo: Phrases;
  /** "the room for" … "is" …. */
  roomLead: Phrases;
  roomIs: Phrases;
  /** "now", "in" after "is". */
  roomIsLinks: Phrases;
  /** "put" … "in" "room …". */
  put: Phrases;
  putIn: Phrases;
  /** The start of a room's name ("conference room"). */
  room: Phrases;
  /** "the connection link for" … "is" …. */
  linkLead: Phrases;
  linkIs: Phrases;
  /** "cancel" …. */
  cancel: Phrases;
  /** "add a side event on" … "in" … "about" …. */
  addSideEvent: Phrases;
  sideEventIn: Phrases;
  sideEventAbout: Phrases;
  /** "at" before a time. */
  clockLeads: Phrases;
  /** "to", "until" between two times (besides dashes). */
  rangeWords: Phrases;
  /** "am", "pm", each letter maybe followed by a dot ("p.m."). */
  meridiem: Phrases;
  /** "on" before a day. */
  dayLinks: Phrases;
  /** "the", "on" at the start of what is changed. */
  targetLeads: Phrases;
  /** Words that say nothing about which session ("the afternoon session"). */
  targetFiller: Phrases;
  /** "the" before a programme's name. */
  programmeArticles: Phrases;
  /** A notice about the connection link (its `about` holds this word). */
  linkNotice: Phrases;
}

/**
 * A locale's grammar words.
 * @example englishGrammar.rsvp.with.includes("with") === true
 */
export interface GrammarWords {
  /** BCP 47 tag. */
  locale: string;
  reminders: ReminderWords;
  rsvp: RsvpWords;
  poc: PocWords;
  directory: DirectoryWords;
  roster: RosterWords;
  ping: PingWords;
  broadcast: BroadcastWords;
  revisions: RevisionWords;
  timeZone: TimeZoneWords;
  calendar: CalendarWords;
}

/**
 * Putting part of the programme in one's calendar ("add Thursday to my calendar", "ics for
 * capacity-building"); other languages come through the pivot's `terms` ("ajoute … à mon
 * calendrier" → "add … to my calendar").
 */
export interface CalendarWords {
  /** The words before what to add: "add", "please put", "save". */
  addLeads: Phrases;
  /** The words after it: "to my calendar", "in my agenda". */
  addTails: Phrases;
  /** The words before what a file is for: "calendar for", "ics of". */
  fileFor: Phrases;
  /** What names the whole programme: "the whole programme", "everything", "all sessions". */
  whole: Phrases;
  /** What names the person's own: "my sessions", "my reminders", "my rsvps". */
  mine: Phrases;
}

/**
 * Choosing one's time zone in English ("my time zone is Tokyo", "set my tz to UTC+9"); other
 * languages' statements are read by the POC grammar's field names, and showing or resetting
 * the zone are whole-message commands (`commands.ts`: `myTimeZone`, `resetTimeZone`).
 */
export interface TimeZoneWords {
  /** The words before a zone: "set my time zone to", "my tz is", "use time zone". */
  set: Phrases;
  /** Between those words and the zone, from a message read from another language ("… in bogota"). */
  placeIn: Phrases;
  /** A question after a comma that follows the zone ("my time zone is CET, what's on today?"). */
  questionStarts: Phrases;
}

/**
 * Another language's words for the RSVP answer, read beside English's: the answer, "with",
 * "experts", "and", "alone" and the words around an event's name. The rest of the grammar
 * (the Secretariat's commands, the plain-words changes) is English.
 * @example frenchGrammar.rsvp?.attending?.includes("oui") === true
 */
export interface LocaleGrammar {
  /** BCP 47 tag. */
  locale: string;
  /** Written without spaces between words (Chinese): matched without word boundaries. */
  unspaced?: boolean;
  /** "my" is written onto the noun (Arabic "هاتفي", my phone): a POC's words may lack a separate "my". */
  myOnNoun?: boolean;
  rsvp?: Partial<
    Pick<
      RsvpWords,
      | "declinedFirst"
      | "declined"
      | "tentative"
      | "attending"
      | "noExperts"
      | "with"
      | "my"
      | "experts"
      | "and"
      | "listSeparators"
      | "twoExperts"
      | "eventFiller"
      | "statementAttending"
      | "statementDeclined"
      | "statementTentative"
      | "bareAside"
      | "questionEnds"
      | "asking"
      | "yes"
      | "yesSetApart"
      | "afterBareYes"
      | "removeExpert"
      | "removeFrom"
      | "removeExpertAround"
      | "cancelFor"
      | "expertAbsent"
      | "onlyLeads"
      | "expertsChangeLeads"
      | "withdrawVerbs"
    >
  >;
  /** A POC's own details in this language; field names are `pocFields` of `commands.ts`. */
  poc?: Partial<PocWords>;
}

/** The other languages whose RSVP words are read beside English's. */
const LOCALE_GRAMMARS: readonly LocaleGrammar[] = [
  frenchGrammar,
  spanishGrammar,
  russianGrammar,
  chineseGrammar,
  arabicGrammar,
];

interface Node {
  /** Pattern source of the node. */
  source: string;
  /** Whether the node may match nothing (an optional group). */
  optional: boolean;
  /**
   * Words every text the node matches holds one of ({@link cueOf}): a word's letters, each
   * alternative's best for a group; undefined when none can be named (a gap, a symbol).
   */
  cue: string[] | undefined;
}

/**
 * One word as pattern source: literal; an apostrophe may be missing or curly; `*` ending a
 * word is a stem (for patterns with the `u` flag).
 */
function wordSource(word: string): string {
  if (word === "…" || word === "...") return ".+?";
  const stem = word.length > 1 && word.endsWith("*");
  const body = escapeRegExp(stem ? word.slice(0, -1) : word)
    .split(/['’]/)
    .join("['’]?");
  return stem ? `${body}[\\p{L}\\p{M}]*` : body;
}

/** Parses a sequence of words and groups up to `|`, `)` or `]`; `gap` is the space between words. */
function parseSequence(template: string, start: number, gap: string): { nodes: Node[]; end: number } {
  const nodes: Node[] = [];
  let at = start;
  let word = "";
  const flush = () => {
    if (word) nodes.push({ source: wordSource(word), optional: false, cue: wordCue(word) });
    word = "";
  };
  while (at < template.length) {
    const char = template.charAt(at);
    if (char === "[" || char === "(") {
      flush();
      const close = char === "[" ? "]" : ")";
      const alternatives: string[] = [];
      let cue: string[] | undefined = [];
      at += 1;
      for (;;) {
        const inner = parseSequence(template, at, gap);
        alternatives.push(sequenceSource(inner.nodes, gap));
        const best = bestCue(inner.nodes);
        cue = best && cue ? [...cue, ...best] : undefined;
        at = inner.end + 1;
        if (template.charAt(inner.end) === close || inner.end >= template.length) break;
      }
      nodes.push({ source: `(?:${alternatives.join("|")})`, optional: char === "[", cue });
      continue;
    }
    if (char === "|" || char === ")" || char === "]") break;
    if (/\s/.test(char)) flush();
    else word += char;
    at += 1;
  }
  flush();
  return { nodes, end: at };
}

/** Words joined by spaces; an optional one takes its space with it. */
function sequenceSource(nodes: readonly Node[], gap: string): string {
  let last = -1;
  nodes.forEach((node, index) => {
    if (!node.optional) last = index;
  });
  if (last === -1) return nodes.map((node) => `(?:${node.source}\\s*)?`).join("");
  return nodes
    .map((node, index) => {
      if (index > last) return `(?:${gap}${node.source})?`;
      if (node.optional) return `(?:${node.source}${gap})?`;
      return index < last ? `${node.source}${gap}` : node.source;
    })
    .join("");
}

/**
 * One phrase of the template notation as pattern source (no boundaries, no groups that capture).
 * @example new RegExp(`^${templateSource("[all] [my|the] reminders")}$`).test("all the reminders") === true
 */
export function templateSource(template: string, gap = "\\s+"): string {
  return sequenceSource(parseSequence(template.trim(), 0, gap).nodes, gap);
}

/**
 * Alternation source of a list of phrases (longest first), for a bigger pattern.
 * @example new RegExp(`^(?:${phrases(["stop", "turn off"])})$`).test("turn  off") === true
 */
export function phrases(list: Phrases | Iterable<string>, gap = "\\s+"): string {
  const sorted = [...new Set(list)].filter(Boolean).sort((a, b) => b.length - a.length);
  return sorted.length === 0 ? "(?!)" : sorted.map((phrase) => templateSource(phrase, gap)).join("|");
}

/** A whole message that is one of the phrases. */
function whole(list: Phrases): RegExp {
  return new RegExp(`^(?:${phrases(list)})$`, "i");
}

/**
 * What "did li wei get …?" asks about: the latest ping test or broadcast ("it"), or one of a
 * kind, maybe named (`which`: "10 June", "20240610-1300", "the venue").
 * @example const what: GotWhat = { kind: "broadcast", which: "the venue" };
 */
export type GotWhat = { kind: "latest" } | { kind: "ping" | "broadcast"; which?: string };

/**
 * The reminder grammar's lists of which every command matcher (change … remindMiddle) needs a
 * part, one per matcher: its cue is made of them ({@link cueOf}).
 */
export const REMINDER_COMMAND_PARTS = [
  "changeNouns",
  "changeIt",
  "stopNouns",
  "reminderNouns",
  "dontRemind",
  "unsubscribeFrom",
  "removeFromList",
  "remindVerbs",
  "setReminder",
  "reminderFor",
  "remindLastVerbs",
] as const;

/**
 * The reminder grammar's matchers; group numbers are documented per matcher.
 * @example reminderGrammar().remind.exec("remind me before the reception")?.[1] === "before the reception"
 */
export interface ReminderGrammar {
  words: ReminderWords;
  /**
   * Whether a tidied message holds a word that every reminder command past the whole-message
   * ones ("my reminders", "stop") must hold: a reminder noun, a verb of reminding, "change it"'s
   * words… Messages without one (most: programme questions) skip the rest of the grammar.
   */
  cue: RegExp;
  opener: RegExp;
  politeStart: RegExp;
  politeEnd: RegExp;
  /** 1 the rest. */
  remind: RegExp;
  /** 1 the rest. */
  setReminder: RegExp;
  /** 1 the rest, its "for" kept. */
  reminderFor: RegExp;
  /** 1 what to stop (maybe none). */
  stopNoun: RegExp;
  /** 1 what to stop. */
  stopNamed: RegExp;
  /** 1 what (maybe none). */
  dontRemind: RegExp;
  /** 1 what. */
  unsubscribeFrom: RegExp;
  /** 1 what. */
  removeFrom: RegExp;
  everything: RegExp;
  /** 1 "all", 2 what before the noun, 3 the noun, 4 what after it, 5 the lead. */
  change: RegExp;
  /**
   * A named change whose lead follows the name with or without "to" (as other languages are
   * read: "change the reminder for reception 1 hour before"): 1 "all", 2 the noun, 3 the name
   * and the lead together (split where the lead begins).
   */
  changeNamed: RegExp;
  /**
   * The name first, then the verb (Chinese order, "招待会的提醒改为提前1小时" read as
   * "reception reminder change to before 1 hours"): 1 the name, 2 the noun, 3 the lead.
   */
  changeNameFirst: RegExp;
  /** "to" before a lead, at the start. */
  changeToStart: RegExp;
  /** 1 the lead. */
  changeIt: RegExp;
  article: RegExp;
  pluralNoun: RegExp;
  /** 1 amount, 2 unit (the lead before "before"). */
  lead: RegExp;
  /** 1 amount, 2 unit ("before 15 minutes"). */
  beforeLead: RegExp;
  /** 1 amount, 2 unit: the lead at the end after "before" and what ("before the reception by 15 minutes"). */
  leadAfter: RegExp;
  /** 1 what. */
  remindLast: RegExp;
  /** 1 what and its lead, after the follow-up's lead words (maybe none): see `followUpLeads`. */
  followUp: RegExp;
  /** 1 the words before the verb, 2 after it ("before 10 minutes remind me next session": Chinese order). */
  remindMiddle: RegExp;
  dayBefore: RegExp;
  dayBeforeAlone: RegExp;
  /** 1 amount, 2 unit. */
  leadAlone: RegExp;
  atStart: RegExp;
  atStartAlone: RegExp;
  /** 1 what. */
  whenStarts: RegExp;
  whatLead: RegExp;
  whatEnd: RegExp;
  everySession: RegExp;
  /** 1 the noun (maybe none). */
  next: RegExp;
  /** "the next …" at the start of what. */
  nextStart: RegExp;
  /** 1 a meeting noun (none for an event noun), 2 what follows. */
  nextOf: RegExp;
  eventNoun: RegExp;
  /** 1 the item's number. */
  agendaItem: RegExp;
  /** Minutes of a unit word, undefined when it is none. */
  unitMinutes(unit: string): number | undefined;
}

function compileReminders(w: ReminderWords): ReminderGrammar {
  const amount = String.raw`(-?\d{1,4}(?:[.,]\d{1,2})?|${numberWordSource({ least: 0.25 })})`;
  const unit = `(${phrases(Object.keys(w.units))})`;
  const before = `(?:${phrases(w.before)})`;
  const me = `(?:${phrases(w.me)})`;
  const dayBefore = `(?:(?:${phrases(w.dayBeforeLeads)})\\s+${before}|(?:${phrases(w.dayBefore)}))`;
  const starts = `(?:${phrases(w.starts)})`;
  const units = new Map(Object.entries(w.units).map(([word, minutes]) => [word.toLowerCase(), minutes]));
  const nouns = `(${phrases([...w.meetingNouns, ...w.eventNouns])})`;
  return {
    words: w,
    cue: cueOf(
      REMINDER_COMMAND_PARTS.map((key) => w[key]),
      "i",
    ),
    opener: new RegExp(`^(?:(?:${phrases(w.openers)})\\b[\\s,!]*)+`, "i"),
    politeStart: new RegExp(`^(?:(?:${phrases(w.politeLeads)})\\s+)+`, "i"),
    politeEnd: new RegExp(`[\\s,]+(?:${phrases(w.politeEnds)})$`, "i"),
    remind: new RegExp(`^(?:${phrases(w.remindVerbs)})\\s+${me}\\b\\s*(.*)$`, "i"),
    setReminder: new RegExp(`^(?:${phrases(w.setReminder)})\\b\\s*(.*)$`, "i"),
    reminderFor: new RegExp(`^(?:${phrases(w.reminderFor)})\\s+((?:${phrases(w.about)})\\s+.+)$`, "i"),
    stopNoun: new RegExp(
      `^(?:${phrases(w.stopVerbs)})\\s+(?:(?:${phrases(w.stopDeterminers)})\\s+)?(?:${phrases(w.stopNouns)})(?:\\s+(?:${phrases(w.anymore)}))?(?:\\s+(?:${phrases(w.stopAbout)})\\s+(.+?))?$`,
      "i",
    ),
    stopNamed: new RegExp(
      `^(?:${phrases(w.stopVerbs)})\\s+(?:(?:${phrases(w.namedDeterminers)})\\s+)?(.+?)\\s+(?:${phrases(w.reminderNouns)})$`,
      "i",
    ),
    dontRemind: new RegExp(
      `^(?:${phrases(w.dontRemind)})(?:\\s+(?:${phrases(w.anymore)}))?(?:\\s+(?:${phrases(w.about)})\\s+(.+?))?(?:\\s+(?:${phrases(w.anymore)}))?$`,
      "i",
    ),
    unsubscribeFrom: new RegExp(`^(?:${phrases(w.unsubscribeFrom)})\\s+(.+)$`, "i"),
    removeFrom: new RegExp(`^(?:${phrases(w.removeFromList).replace(".+?", "(.+?)")})$`, "i"),
    everything: whole(w.everything),
    change: new RegExp(
      `^(?:${phrases(w.changeVerbs)})\\s+((?:${phrases(w.all)})\\s+)?(?:(?:${phrases(w.changeDeterminers)})\\s+)?(?:(.+?)\\s+)?(${phrases(w.changeNouns)})(?:\\s+(?:${phrases(w.about)})\\s+(.+?))?\\s+(?:${phrases(w.changeTo)})\\s+(.+)$`,
      "i",
    ),
    changeNamed: new RegExp(
      `^(?:${phrases(w.changeVerbs)})\\s+((?:${phrases(w.all)})\\s+)?(?:(?:${phrases(w.changeDeterminers)})\\s+)?(${phrases(w.changeNouns)})\\s+(?:${phrases(w.about)})\\s+(.+)$`,
      "i",
    ),
    changeNameFirst: new RegExp(
      `^(?:(?:${phrases(w.changeDeterminers)})\\s+)?(.+?)\\s+(${phrases(w.changeNouns)})\\s+(?:${phrases(w.changeVerbs)})\\s+(?:(?:${phrases(w.changeTo)})\\s+)?(.+)$`,
      "i",
    ),
    changeToStart: new RegExp(`^(?:${phrases(w.changeTo)})\\s+`, "i"),
    changeIt: new RegExp(`^(?:${phrases(w.changeIt)})\\s+(.+)$`, "i"),
    article: whole(w.articles),
    pluralNoun: whole(w.pluralNouns),
    // Not after "\b": a leading minus ("-5 minutes") is part of the amount, to be refused.
    lead: new RegExp(`(?<=^|\\s)${amount}\\s*${unit}\\s+${before}(?=\\s|$)`, "i"),
    beforeLead: new RegExp(`(?<=^|\\s)${before}\\s+${amount}\\s*${unit}(?=\\s|$)`, "i"),
    leadAfter: new RegExp(
      `(?<=(?:^|\\s)${before}\\s+\\S.*?)\\s+(?:${phrases(w.leadBy)})\\s+${amount}\\s*${unit}\\s*$`,
      "i",
    ),
    remindLast: new RegExp(`^(.+?)\\s+(?:${phrases(w.remindLastVerbs)})\\s+${me}$`, "i"),
    followUp: new RegExp(`^(?:(?:${phrases(w.followUpLeads)})[\\s,]+)?(.+)$`, "i"),
    remindMiddle: new RegExp(`^(.+?)\\s+(?:${phrases(w.remindLastVerbs)})\\s+${me}\\s+(.+)$`, "i"),
    dayBefore: new RegExp(`(?<=^|\\s)${dayBefore}(?=\\s|$)`, "i"),
    dayBeforeAlone: new RegExp(`^${dayBefore}$`, "i"),
    // "30 minutes before", and "before 30 minutes" as Chinese and Arabic say it ("提前30分钟", "قبل 30 دقيقة").
    leadAlone: new RegExp(`^(?:${before}\\s+)?${amount}\\s*${unit}(?:\\s+${before})?$`, "i"),
    atStart: new RegExp(`\\b(?:${phrases(w.atStart)})\\b`, "i"),
    atStartAlone: whole(w.atStart),
    whenStarts: new RegExp(`^(?:${phrases(w.when)})\\s+(.+?)\\s+${starts}$`, "i"),
    whatLead: new RegExp(`^(?:${phrases(w.whatLeads)})\\s+`, "i"),
    // "before" left alone ("за 15 минут до" → "before 15 minutes before") is no event either.
    whatEnd: new RegExp(`(?:^|\\s+)(?:${phrases(w.whatEnds)})$`, "i"),
    everySession: whole(w.everySession),
    next: new RegExp(`^(?:${phrases(w.next)})(?:\\s+${nouns})?$`, "i"),
    nextStart: new RegExp(`^(?:${phrases(w.next)})\\b`, "i"),
    nextOf: new RegExp(
      `^(?:${phrases(w.next)})\\s+(?:(${phrases(w.meetingNouns)})|(?:${phrases(w.eventNouns)}))\\s+(?:(?:${phrases(w.nextLinks)})\\s+)?(.+)$`,
      "i",
    ),
    eventNoun: whole(w.eventNouns),
    agendaItem: new RegExp(`\\b(?:${phrases(w.agendaItem)})\\s+(\\d+)\\b`, "i"),
    unitMinutes: (word) => units.get(word.toLowerCase()),
  };
}

/**
 * A pattern that finds, in a message some matcher built from these phrase lists matches, one
 * word that matcher cannot do without. For each phrase of the template notation, one of its
 * required parts (a word, or a group not in brackets) is looked for: the one whose shortest
 * word is longest, so "(set|add) [me] [a|an] (reminder|alert)" is looked for by "reminder" or
 * "alert", and "(change|make) (it|that) [to]" by "change" or "make", not "that". A message
 * with none of them cannot match, so the matchers need not run: the pattern is a cheap test
 * before them (one scan, no captures), with the matchers' own flags. A phrase with no such
 * part of letters only (all gaps, optional words or symbols) would make the test useless: it
 * throws, so that the grammar's author sees it.
 * @example cueOf([["(set|add) [a] reminder"], ["remind"]], "i").test("Set a REMINDER please") === true
 */
export function cueOf(lists: readonly Phrases[], flags: string): RegExp {
  const cues = lists.flat().flatMap((phrase) => {
    const found = bestCue(parseSequence(phrase.trim().toLowerCase(), 0, "\\s+").nodes);
    if (found === undefined) throw new Error(`No required word of letters to look for in "${phrase}"`);
    return found;
  });
  return new RegExp(alternation(cues), flags);
}

/** Of a sequence's required parts, the one whose shortest cue word is longest (the first of equals). */
function bestCue(nodes: readonly Node[]): string[] | undefined {
  const shortest = (words: readonly string[]) => Math.min(...words.map((word) => word.length));
  let best: string[] | undefined;
  for (const { optional, cue } of nodes)
    if (!optional && cue && (!best || shortest(cue) > shortest(best))) best = cue;
  return best;
}

/**
 * The letters a word of the template notation is looked for by: a stem ("confirm*") by its
 * letters, since every word it matches starts with them; a word with an apostrophe, which may be
 * left out ("j'assisterai"), by its longest part; undefined for anything else ("…", "24/7").
 */
function wordCue(word: string): string[] | undefined {
  const stem = word.length > 1 && word.endsWith("*") ? word.slice(0, -1) : word;
  const parts = stem.split(/['’]/).sort((a, b) => b.length - a.length);
  const lettersOnly = parts.every((part) => /^\p{L}*$/u.test(part)) && (parts[0] ?? "") !== "";
  return lettersOnly ? [parts[0] as string] : undefined;
}

/**
 * The RSVP grammar's matchers; group numbers are documented per matcher.
 * @example rsvpGrammar().message.exec("rsvp: yes")?.[1] === "yes"
 */
export interface RsvpGrammar {
  words: RsvpWords;
  /** 1 the rest. */
  message: RegExp;
  /** A word of `asking` in any language ("link", "lien", "链接"). */
  asking: RegExp;
  declined: RegExp;
  tentative: RegExp;
  attending: RegExp;
  noExperts: RegExp;
  unsureAboutExperts: RegExp;
  /** 1 count, 2 names. */
  withCount: RegExp;
  /** 1 count, 2 names ("+2: …"). */
  plusCount: RegExp;
  /** 1 names: a word that says two experts ("مع خبيرين: …"). */
  withTwo: RegExp;
  /** 1 names. */
  namedAfterColon: RegExp;
  /** 1 names. */
  namedNoColon: RegExp;
  /** 1 names. */
  withNames: RegExp;
  /** Splits a list of names. */
  nameSeparator: RegExp;
  /** Global: words around an event's name. */
  eventFiller: RegExp;
  /** "2 experts …" at the start. */
  countFirst: RegExp;
  /** 1 event. */
  cancel: RegExp;
  /** 1 event. */
  cannotCome: RegExp;
  /** 1 event. */
  willAttend: RegExp;
  /**
   * A statement that one will, will not or may attend, in any language ("je viendrai à la réception
   * avec 1 expert", "我不参加招待会", "quizás vaya a la recepción"): its language, answer and the words after its lead
   * (the event, maybe the experts); undefined for anything else, a question included.
   */
  statementOf(text: string): RsvpStatement | undefined;
  /**
   * A statement that is the whole message, with no event named ("je ne viendrai pas",
   * "возможно приду", "ya no voy", "I can't come"): its language and answer; undefined otherwise.
   */
  bareStatementOf(text: string): { locale: string; status: RsvpStatement["status"] } | undefined;
  /** 1 count, 2 names: the count after the noun ("مع خبير واحد", with one expert). */
  withCountAfter: RegExp;
  /** 1 what to change to. */
  change: RegExp;
  /** 1 the experts ("make it 1 expert, just Ana Lima"): a change of the experts in passing. */
  changeIt: RegExp;
  /** A word before the names that is not a name ("just"). */
  namesLead: RegExp;
  /** 1 the expert, 2 event ("remove Taro from my rsvp", "enlève Léa Petit de ma réponse"). */
  removeExpert: RegExp;
  /**
   * The expert removed and the event's words, if any, as written: {@link removeExpert}'s, or
   * a language's `removeExpertAround` ("把王伟从我的回复中删除" → "王伟"); `undefined` for any other text.
   */
  removeExpertOf(text: string): { expert: string; event?: string } | undefined;
  /**
   * 1 the expert, named with no "from my rsvp" ("remove Taro", "enlève Léa Petit"): an expert
   * only when the person's answer names one so (else "remove my reminders" and the like).
   */
  removeNamed: RegExp;
  /**
   * The event's words of a withdrawal naming it in another language (« annule ma réponse pour
   * la réception » → "réception", "fr"), as written; `undefined` when the text is none.
   */
  cancelForOf(text: string): { locale: string; words: string } | undefined;
  /**
   * A change of the experts in passing, as written, in any language: experts who will not come
   * ("Raj can't come", « Luc ne vient pas »), a number kept ("only 1 expert") and names kept
   * (« juste Marie », "只带一位专家：王芳"); `undefined` unless every comma-separated part is one.
   */
  expertsChangeOf(text: string): ExpertsChangeWords | undefined;
  /** A bare verb of withdrawing as the whole text ("cancela", "annule", "отмени"). */
  withdrawVerb: RegExp;
  /**
   * An experts word ending the text, in any language ("… the expert", "删除专家", "احذف الخبير"):
   * before a name removed, it says the name is an expert's even written without capitals.
   */
  expertBefore: RegExp;
  /** Titles at the start of a lower-case name. */
  titles: RegExp;
  organisation: RegExp;
  headsOfDelegation: RegExp;
  /** 1 event, per pattern. */
  report: readonly RegExp[];
  /** Whether a message holds a word every `report` matcher needs ("rsvp", "coming"): they need not run on others. */
  reportCue: RegExp;
  /** A report's event words ending in "with experts": 1 the event's words. */
  reportWithExperts: RegExp;
  /** A report's event words ending in "from <State>": 1 the event's words, 2 the State. */
  reportFromState: RegExp;
  /**
   * A follow-up of a report, "and France's?", "what about Kenya?", "and with experts?":
   * group `state` (the State's words) or `experts`.
   */
  reportFollowUp: RegExp;
  /** "'s" ending a State's name ("France's"). */
  possessiveEnd: RegExp;
  /** 1 event, per pattern. */
  export: readonly RegExp[];
  /** 1 event, 2 capacity. */
  setCapacity: RegExp;
  /** 1 event, 2 deadline. */
  setDeadline: RegExp;
  /** 1 event, 2 audience. */
  sendInvitations: RegExp;
  noLimit: RegExp;
  noDeadline: RegExp;
  now: RegExp;
  /** The number a count word says in any language ("two", "deux", "两"), or digits. */
  countOf(word: string): number | undefined;
}

type SharedRsvpKey = keyof NonNullable<LocaleGrammar["rsvp"]>;

/**
 * A statement that one will, will not or may attend, as read by {@link RsvpGrammar.statementOf}.
 * @example rsvpGrammar().statementOf("je viendrai à la réception") // { locale: "fr", status: "attending", rest: "à la réception" }
 */
export interface RsvpStatement {
  /** The language of its lead. */
  locale: string;
  status: "attending" | "declined" | "tentative";
  /** The words after the lead, as written. */
  rest: string;
}

/**
 * A change of the experts in passing, as read by {@link RsvpGrammar.expertsChangeOf}.
 * @example rsvpGrammar().expertsChangeOf("actually only 1 expert, Raj cant come") // { count: 1, kept: [], absent: ["Raj"], keptByColon: false }
 */
export interface ExpertsChangeWords {
  /** The number of experts said ("only 1 expert"), if any. */
  count?: number;
  /** Names kept, as written (« juste Marie », "only 1 expert: Ana Lima"). */
  kept: string[];
  /** Names that will not come, as written ("Raj can't come"). */
  absent: string[];
  /** The kept names were given after a colon with a number ("只带一位专家：王芳"): they may be new names. */
  keptByColon: boolean;
}

/** A question mark at the end, in any script: a question is never a statement. */
const QUESTION_END = /[?？؟]\s*$/u;

/**
 * Whether a message ends with a question mark, in any script ("received?", "reçu ?", "收到？",
 * "تم الاستلام؟"): a question is never a statement, nor an acknowledgement.
 * @example endsAsQuestion("收到？") === true; endsAsQuestion("received") === false
 */
export function endsAsQuestion(text: string): boolean {
  return QUESTION_END.test(text);
}

/**
 * A language's statement leads by answer, in the order they are tried (declined first: "I will
 * not come" before "I will"; then tentative: "je viendrai peut-être" before "je viendrai"),
 * answers without leads left out.
 */
function statementLeads(words: Partial<RsvpWords>): Array<[RsvpStatement["status"], Phrases]> {
  const byStatus: Array<[RsvpStatement["status"], Phrases | undefined]> = [
    ["declined", words.statementDeclined],
    ["tentative", words.statementTentative],
    ["attending", words.statementAttending],
  ];
  return byStatus.filter((entry): entry is [RsvpStatement["status"], Phrases] => (entry[1]?.length ?? 0) > 0);
}

/**
 * One matcher per language and answer, declined first ("I will not come" before "I will"), then
 * tentative ("je viendrai peut-être à la réception" before "je viendrai").
 */
function statementMatchers(
  english: RsvpWords,
  others: readonly LocaleGrammar[],
): Array<{ locale: string; status: RsvpStatement["status"]; pattern: RegExp }> {
  const languages = [
    { locale: "en", unspaced: false, words: english as Partial<RsvpWords> },
    ...others.map((o) => ({ locale: o.locale, unspaced: !!o.unspaced, words: o.rsvp ?? {} })),
  ];
  // A yes-word of any language before the statement ("sí, asistiré a la recepción", "是的，我会参加");
  // one that is also another word ("si", if) only set apart by punctuation ("si, asistiré").
  const setApart = everyLanguage(english, others, "yesSetApart");
  const afterBare = everyLanguage(english, others, "afterBareYes");
  const yes = `(?:${everyLanguage(english, others, "yes")}[\\s,，、،!！.]*|${setApart}\\s*[,，、،!！.]+\\s*|${setApart}\\s+(?=${afterBare}))?`;
  return languages.flatMap(({ locale, unspaced, words }) => {
    const ends = words.questionEnds ?? [];
    const notQuestion = ends.length > 0 ? `(?<!${phrases(ends, unspaced ? "\\s*" : "\\s+")})` : "";
    return statementLeads(words).map(([status, leads]) => {
      const lead = unspaced ? `(?:${phrases(leads, "\\s*")})` : `(?:${phrases(leads)})${NOT_WORD_AFTER}`;
      return {
        locale,
        status,
        pattern: new RegExp(`^${yes}${lead}\\s*[,，、]?\\s*(\\S.*?)${notQuestion}\\s*[.!。！]*$`, "iu"),
      };
    });
  });
}

/** No bare statement is longer ("finalement je ne pourrai pas venir désolée"): longer messages skip the patterns. */
const BARE_LONGEST = 60;

/**
 * One matcher per spaced language and answer of a statement that is the whole message, with
 * asides before or after it ("je viendrai pas finalement", "ya no voy"), declined first.
 */
function bareMatchers(
  english: RsvpWords,
  others: readonly LocaleGrammar[],
): Array<{ locale: string; status: RsvpStatement["status"]; pattern: RegExp }> {
  const languages = [
    { locale: "en", words: english as Partial<RsvpWords> },
    ...others.filter((o) => !o.unspaced).map((o) => ({ locale: o.locale, words: o.rsvp ?? {} })),
  ];
  return languages.flatMap(({ locale, words }) => {
    const aside =
      (words.bareAside ?? []).length > 0 ? `(?:${phrases(words.bareAside ?? [])})${NOT_WORD_AFTER}` : "(?!)";
    const asides = `(?:${aside}[\\s,]*)*`;
    const yes = (words.yes ?? []).length > 0 ? `(?:(?:${phrases(words.yes ?? [])})[\\s,!.]+)?` : "";
    return statementLeads(words).map(([status, leads]) => ({
      locale,
      status,
      pattern: new RegExp(
        `^${yes}${asides}(?:${phrases(leads)})${NOT_WORD_AFTER}(?:[\\s,]*${aside})*[\\s.!]*$`,
        "iu",
      ),
    }));
  });
}

/** Letters or digits on neither side: a word boundary in any script (`u` patterns). */
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";

/**
 * Whole words of one list in English and every other language: spaced languages between
 * word boundaries, unspaced ones (Chinese) anywhere, their words joined without spaces.
 */
function everyLanguage(english: RsvpWords, others: readonly LocaleGrammar[], key: SharedRsvpKey): string {
  const spaced = [...english[key], ...others.filter((o) => !o.unspaced).flatMap((o) => o.rsvp?.[key] ?? [])];
  const unspaced = others.filter((o) => o.unspaced).flatMap((o) => o.rsvp?.[key] ?? []);
  const bounded = `${NOT_WORD_BEFORE}(?:${phrases(spaced)})${NOT_WORD_AFTER}`;
  return unspaced.length === 0 ? `(?:${bounded})` : `(?:${bounded}|${phrases(unspaced, "\\s*")})`;
}

/** Every language's whole number words and their values ("two", "deux", "两"). */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map(
  Object.values(COMMAND_WORDS).flatMap(({ numberWords }) =>
    Object.entries(numberWords)
      .filter(([, value]) => Number.isInteger(value))
      .map(([word, value]) => [word.toLowerCase(), value] as const),
  ),
);

function compileRsvp(w: RsvpWords, others: readonly LocaleGrammar[]): RsvpGrammar {
  const shared = (key: SharedRsvpKey) => everyLanguage(w, others, key);
  const count = `(\\d+|${NOT_WORD_BEFORE}(?:${phrases(COUNT_WORDS.keys())})${NOT_WORD_AFTER}|${phrases(
    [...COUNT_WORDS.keys()].filter((word) => /^\p{Script=Han}+$/u.test(word)),
  )})`;
  const withWord = shared("with");
  // "with my expert Raj Patel": a "my" is allowed between "with" and the experts.
  const experts = `(?:${shared("my")}\\s+)?${shared("experts")}`;
  const eventLink = `(?:\\s+(?:${phrases(w.eventLink)})\\s+(.+?))?`;
  const nouns = `(?:${phrases(w.rsvpNouns)})`;
  const reportOf = `(?:\\s+(?:${phrases(w.reportOf)})\\s+(.+?))?`;
  const asCsv = `(?:\\s+(?:${phrases(w.asCsv)}))?`;
  const to = `(?:${phrases(w.to)})`;
  const statements = statementMatchers(w, others);
  // Every statement starts with one of its language's leads ("I will", « je viendrai »).
  const statementCue = cueOf(
    [w, ...others.map((other) => other.rsvp ?? {})].flatMap((words) =>
      statementLeads(words).map(([, leads]) => leads),
    ),
    "iu",
  );
  // One pattern per phrase, its "…" the event's words (group 1).
  const cancelFor = [{ locale: "en", unspaced: false, rsvp: w }, ...others].flatMap((o) =>
    (o.rsvp?.cancelFor ?? []).map((phrase) => ({
      locale: o.locale,
      pattern: new RegExp(
        `^(?:${templateSource(phrase, o.unspaced ? "\\s*" : "\\s+").replace(".+?", "(.+?)")})[\\s.!。]*$`,
        "iu",
      ),
    })),
  );
  const cancelForCue = cueOf(
    [w, ...others.map((other) => other.rsvp ?? {})].map((words) => words.cancelFor ?? []),
    "iu",
  );
  const removeAround = [{ unspaced: false, rsvp: w }, ...others].flatMap((o) =>
    (o.rsvp?.removeExpertAround ?? []).map(
      (phrase) =>
        new RegExp(
          `^(?:${templateSource(phrase, o.unspaced ? "\\s*" : "\\s+").replace(".+?", "(.+?)")})[\\s.!。]*$`,
          "iu",
        ),
    ),
  );
  const removeExpert = new RegExp(
    `^(?:${shared("removeExpert")})\\s+(.+?)\\s+(?:${shared("removeFrom")})${eventLink}[.!]*$`,
    "iu",
  );
  const bare = bareMatchers(w, others);
  const expertsChange = expertsChangeMatchers(w, others, count, experts);
  const separators = [...w.listSeparators, ...others.flatMap((o) => o.rsvp?.listSeparators ?? [])]
    .map(escapeRegExp)
    .join("|");
  return {
    words: w,
    message: new RegExp(`^(?:${phrases(w.rsvp)})${NOT_WORD_AFTER}[:,：，]?\\s*(.*)$`, "iu"),
    asking: new RegExp(shared("asking"), "iu"),
    // "no" only as the answer itself ("rsvp no, sorry"), not in "no experts".
    declined: new RegExp(`^\\s*${shared("declinedFirst")}|${shared("declined")}`, "iu"),
    tentative: new RegExp(shared("tentative"), "iu"),
    attending: new RegExp(shared("attending"), "iu"),
    noExperts: new RegExp(shared("noExperts"), "iu"),
    unsureAboutExperts: new RegExp(`,?\\s*\\b(?:${phrases(w.unsureAboutExperts)})\\b`, "i"),
    withCount: new RegExp(`${withWord}\\s*${count}\\s*${experts}\\s*[:：(\\-–]?\\s*(.*)$`, "iu"),
    plusCount: new RegExp(
      `(?:^|\\s)\\+\\s?(\\d{1,2})(?!\\p{N})(?:\\s+${experts})?\\s*[:：(\\-–]?\\s*(.*)$`,
      "iu",
    ),
    namedAfterColon: new RegExp(`(?:${withWord}\\s*)?${experts}\\s*[:：]\\s*(.*)$`, "iu"),
    namedNoColon: new RegExp(`${withWord}\\s+${experts}\\s+(.*\\S)\\s*$`, "iu"),
    withNames: new RegExp(`${withWord}\\s+(.*\\S)\\s*$`, "iu"),
    withTwo: new RegExp(`${withWord}\\s*${shared("twoExperts")}\\s*[:：(\\-–]?\\s*(.*)$`, "iu"),
    nameSeparator: new RegExp(`\\s*(?:\\n|${separators}|${shared("and")})\\s*`, "iu"),
    eventFiller: new RegExp(shared("eventFiller"), "giu"),
    countFirst: new RegExp(
      `^(?:\\d+|${numberWordSource({ whole: true })})\\s+(?:${phrases(w.experts)})\\b`,
      "i",
    ),
    cancel: new RegExp(`^(?:${phrases(w.cancel)})${eventLink}[.!]*$`, "i"),
    cannotCome: new RegExp(
      `^(?:(?:${phrases(w.apologies)}),?\\s+)?(?:${phrases(w.cannotCome)})(?:\\s+(?:(?:${phrases(w.eventAt)})\\s+)?(.+?))?(?:,?\\s*(?:${phrases(w.apologyEnds)}))?[.!]*$`,
      "i",
    ),
    willAttend: new RegExp(
      `^(?:(?:${phrases(w.yes)}),?\\s+)?(?:${phrases(w.willAttend)})(?:\\s+(?:(?:${phrases(w.eventAt)})\\s+)?(.+?))?[.!]*$`,
      "i",
    ),
    bareStatementOf: (text) => {
      const trimmed = text.trim();
      if (trimmed.length > BARE_LONGEST || QUESTION_END.test(trimmed) || !statementCue.test(trimmed))
        return undefined;
      const found = bare.find(({ pattern }) => pattern.test(trimmed));
      return found && { locale: found.locale, status: found.status };
    },
    statementOf: (text) => {
      const trimmed = text.trim();
      if (QUESTION_END.test(trimmed) || !statementCue.test(trimmed)) return undefined;
      for (const { locale, status, pattern } of statements) {
        const rest = trimmed.match(pattern)?.[1];
        if (rest) return { locale, status, rest };
      }
      return undefined;
    },
    withCountAfter: new RegExp(
      `${withWord}\\s*${experts}\\s*${count}(?![\\p{L}\\p{N}_])\\s*[:：]?\\s*(.*)$`,
      "iu",
    ),
    change: new RegExp(`^(?:${phrases(w.change)})\\b[:,]?\\s*(?:${to}\\s+)?(.*?)[.!]*$`, "i"),
    changeIt: new RegExp(
      `^(?:(?:${phrases(w.changeLeads)})[,]?\\s+)?(?:${phrases(w.changeIt)})\\s+((?:\\d+|${numberWordSource({ whole: true })})\\s+(?:${phrases(w.experts)})\\b.*?)[.!]*$`,
      "i",
    ),
    namesLead: new RegExp(`^(?:[,，、،]\\s*)?(?:${phrases(w.namesLeads)})\\s+`, "i"),
    removeExpert,
    removeExpertOf: (text) => {
      const trimmed = text.trim();
      const match = trimmed.match(removeExpert);
      if (match?.[1]) return { expert: match[1].trim(), ...(match[2] ? { event: match[2] } : {}) };
      for (const pattern of removeAround) {
        const expert = trimmed.match(pattern)?.[1]?.trim();
        if (expert) return { expert };
      }
      return undefined;
    },
    expertsChangeOf: (text) => readExpertsChange(text, expertsChange, (word) => countOf(word)),
    withdrawVerb: new RegExp(`^(?:${shared("withdrawVerbs")})[\\s.!。！]*$`, "iu"),
    // "删除专家王伟": no space after the verb in Chinese.
    removeNamed: new RegExp(`^(?:${shared("removeExpert")})\\s*(\\S.*?)[.!]*$`, "iu"),
    expertBefore: new RegExp(`${shared("experts")}\\s*$`, "iu"),
    cancelForOf: (text) => {
      const trimmed = text.trim();
      if (!cancelForCue.test(trimmed)) return undefined;
      for (const { locale, pattern } of cancelFor) {
        const words = trimmed.match(pattern)?.[1];
        if (words) return { locale, words };
      }
      return undefined;
    },
    titles: new RegExp(`^(?:(?:${phrases(w.titles)})\\.?\\s+)+`),
    organisation: new RegExp(`\\b(?:${phrases(w.organisationWords)})\\b`),
    headsOfDelegation: new RegExp(phrases(w.headsOfDelegation), "i"),
    reportCue: cueOf([w.report, w.rsvpNouns, w.whoIsComing], "i"),
    report: [
      new RegExp(`^(?:${phrases(w.report)})${reportOf}[.?!]*$`, "i"),
      new RegExp(
        `^(?:(?:${phrases(w.namedReport)})\\s+)?(.+?)\\s+${nouns}(?:\\s+(?:${phrases(w.reportTails)}))?[.?!]*$`,
        "i",
      ),
      new RegExp(`^(?:${phrases(w.whoIsComing)})\\s+(.+?)[.?!]*$`, "i"),
    ],
    reportWithExperts: new RegExp(`^(.+?)\\s+(?:${phrases(w.reportWithExperts)})$`, "i"),
    reportFromState: new RegExp(`^(.+?)\\s+(?:${phrases(w.reportFromState)})\\s+(\\S.*)$`, "i"),
    // Anchored at its lead and at most a few words: "and Friday?" is tried once and let go.
    reportFollowUp: new RegExp(
      `^(?:${phrases(w.reportFollowUp)})\\s+(?:(?<experts>${phrases(w.reportWithExperts)})|(?<state>[^\\s?.!]+(?:\\s+[^\\s?.!]+){0,4}))\\s*[?.!]*$`,
      "i",
    ),
    possessiveEnd: new RegExp(`(?:${phrases(w.possessive)})$`, "i"),
    export: [
      new RegExp(`^(?:${phrases(w.export)})\\s+${nouns}${reportOf}${asCsv}[.!]*$`, "i"),
      new RegExp(`^(?:${phrases(w.export)})\\s+(.+?)\\s+${nouns}${asCsv}[.!]*$`, "i"),
      new RegExp(`^(?:(.+?)\\s+)?${nouns}\\s+(?:${phrases(w.csv)})[.!]*$`, "i"),
    ],
    setCapacity: new RegExp(
      `^(?:${phrases(w.set)})\\s+(.+?)\\s+(?:${phrases(w.capacity)})\\s+(?:${to}\\s+)?(\\S+)[.!]*$`,
      "i",
    ),
    setDeadline: new RegExp(
      `^(?:${phrases(w.set)})\\s+(.+?)\\s+(?:${phrases(w.deadline)})\\s+(?:${to}\\s+)?(.+?)[.!]*$`,
      "i",
    ),
    sendInvitations: new RegExp(
      `^(?:${phrases(w.send)})\\s+(.+?)\\s+(?:${phrases(w.invitations)})(?:\\s+${to}\\s+(.+?))?[.!]*$`,
      "i",
    ),
    noLimit: whole(w.noLimit),
    noDeadline: whole(w.noDeadline),
    now: whole(w.now),
    countOf,
  };
}

/** The number a count word says in any language ("two", "deux", "两"), or digits. */
function countOf(word: string): number | undefined {
  const trimmed = word.trim().toLowerCase();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : COUNT_WORDS.get(trimmed);
}

/** The matchers of {@link RsvpGrammar.expertsChangeOf}, built once. */
interface ExpertsChangeMatchers {
  /**
   * Whether a text may hold such a change at all: an "only" lead or a phrase of an expert not
   * coming, anywhere in it. Every message of every turn is asked, and most are questions that
   * hold neither, so they are let go after one test instead of every part's six.
   */
  gate: RegExp;
  leads: RegExp;
  onlyNamesAfterColon: RegExp;
  onlyCount: RegExp;
  onlyName: RegExp;
  absent: readonly RegExp[];
  parts: RegExp;
  nameSeparator: RegExp;
}

function expertsChangeMatchers(
  w: RsvpWords,
  others: readonly LocaleGrammar[],
  count: string,
  experts: string,
): ExpertsChangeMatchers {
  const shared = (key: SharedRsvpKey) => everyLanguage(w, others, key);
  const only = shared("onlyLeads");
  const separators = [...w.listSeparators, ...others.flatMap((o) => o.rsvp?.listSeparators ?? [])]
    .map(escapeRegExp)
    .join("|");
  const absentSources = [{ unspaced: false, rsvp: w }, ...others].flatMap((o) =>
    (o.rsvp?.expertAbsent ?? []).map((phrase) =>
      templateSource(phrase, o.unspaced ? "\\s*" : "\\s+").replace(".+?", "(\\S.*?)"),
    ),
  );
  return {
    // The absent phrases without their name (an unanchored "(\\S.*?)" would be tried from every
    // position of the text).
    gate: new RegExp(
      [only, ...absentSources.map((source) => source.replace("(\\S.*?)", ""))].join("|"),
      "iu",
    ),
    leads: new RegExp(`^(?:${shared("expertsChangeLeads")})\\s*[,，:：]?\\s*`, "iu"),
    // "only 1 expert: Ana Lima", "只带一位专家：王芳".
    onlyNamesAfterColon: new RegExp(`^${only}\\s*${count}\\s*${experts}\\s*[:：]\\s*(\\S.*)$`, "iu"),
    onlyCount: new RegExp(`^${only}\\s*${count}\\s*${experts}$`, "iu"),
    onlyName: new RegExp(`^${only}\\s*(\\S.*)$`, "iu"),
    absent: absentSources.map((source) => new RegExp(`^${source}$`, "iu")),
    parts: /\s*[,，;；]\s*/u,
    nameSeparator: new RegExp(`\\s*(?:${separators}|${shared("and")})\\s*`, "iu"),
  };
}

/** At most this many words in a name said to be absent or kept ("Raj", "Marie Dupont"). */
const NAME_WORDS_AT_MOST = 4;

function nameLike(text: string): boolean {
  return !/[\p{N}:：?？]/u.test(text) && text.split(/\s+/).length <= NAME_WORDS_AT_MOST;
}

function readExpertsChange(
  text: string,
  m: ExpertsChangeMatchers,
  countOfWord: (word: string) => number | undefined,
): ExpertsChangeWords | undefined {
  let rest = text.trim().replace(/[\s.!。！]+$/u, "");
  if (QUESTION_END.test(rest) || !m.gate.test(rest)) return undefined;
  for (let lead = rest.match(m.leads); lead?.[0]; lead = rest.match(m.leads))
    rest = rest.slice(lead[0].length);
  const colon = rest.match(m.onlyNamesAfterColon);
  if (colon?.[1] && colon[2]) {
    const kept = colon[2].split(m.nameSeparator).filter(Boolean);
    const count = countOfWord(colon[1]);
    return count === undefined ? undefined : { count, kept, absent: [], keptByColon: true };
  }
  const found: ExpertsChangeWords = { kept: [], absent: [], keptByColon: false };
  for (const part of rest.split(m.parts)) {
    const counted = part.match(m.onlyCount)?.[1];
    if (counted !== undefined) {
      found.count = countOfWord(counted);
      if (found.count === undefined) return undefined;
      continue;
    }
    const absent = m.absent.map((pattern) => part.match(pattern)?.[1]).find((name) => name !== undefined);
    if (absent && nameLike(absent)) {
      found.absent.push(absent.trim());
      continue;
    }
    const kept = part.match(m.onlyName)?.[1];
    if (kept && nameLike(kept)) {
      found.kept.push(...kept.split(m.nameSeparator).filter(Boolean));
      continue;
    }
    return undefined;
  }
  return found.absent.length + found.kept.length > 0 || found.count !== undefined ? found : undefined;
}

let reminders: ReminderGrammar | undefined;
let rsvp: RsvpGrammar | undefined;

/**
 * The reminder grammar (English words; other languages are pivoted into them), built once.
 * @example reminderGrammar().everySession.test("all the sessions") === true
 */
export function reminderGrammar(): ReminderGrammar {
  reminders ??= compileReminders(englishGrammar.reminders);
  return reminders;
}

/**
 * The RSVP grammar (English words; other languages are pivoted into them), built once.
 * @example rsvpGrammar().cannotCome.exec("I can't come to the reception")?.[1] === "reception"
 */
export function rsvpGrammar(): RsvpGrammar {
  rsvp ??= compileRsvp(englishGrammar.rsvp, LOCALE_GRAMMARS);
  return rsvp;
}

/**
 * The POC self-service grammar's matchers (every language's words together), one of each per
 * way of writing (spaced words; Chinese without spaces; Arabic "my" written onto the noun, "هاتفي"):
 * the first that matches reads the message.
 * @example pocGrammar().statement.some((p) => p.test("my 24/7 phone is +254 20 123 4567")) === true
 */
export interface PocGrammar {
  /** 1 type words (maybe none), 2 field words, 3 value ("change my phone to …"). */
  change: readonly RegExp[];
  /**
   * 1 type words (maybe none), 2 field words, 3 value: "my email is now …", or a value with
   * no verb that starts like a phone number or is an email ("мой телефон +7 495 …").
   */
  statement: readonly RegExp[];
  /** The whole message confirms one's record. */
  confirm: readonly RegExp[];
  /**
   * Whether a message, as typed or normalised, holds a word every confirmation of one's record
   * must hold ({@link cueOf} over every language's confirmations): `confirm` need not run on
   * others.
   */
  mayConfirm(text: string): boolean;
  /** The type of POC some words name ("technical", "technique", "技术"). */
  typeOf(words: string): string | undefined;
  /**
   * The words after a statement's field name deny its value ("is not x@y.org", « n'est pas … »,
   * "不是…"): only the first three words are read (a value's own words are not a negation).
   */
  denies(words: string): boolean;
  /** The text with a one-letter slip in its first word corrected ("chnage my phone" → "change my phone"). */
  forgiveSlip(text: string): string;
  /**
   * What a whole message says to a change's preview, in any language: "apply" for its Confirm
   * ("confirm the change", "oui", "确认"), "cancel" for its Cancel ("annuler", "нет"); the caller
   * asks only when a preview waits. Confirmations of the record ("confirm", "all correct") are
   * the caller's to count as "apply".
   */
  pendingAnswer(text: string): "apply" | "cancel" | undefined;
  /**
   * The whole message confirms a change's preview by naming the change ("confirm the change",
   * "confirmer la modification"): it cannot mean a ping's acknowledgement.
   */
  namesChange(text: string): boolean;
  /**
   * "add <email> to my emails", "retirer <email> de mes adresses": one address added to or taken
   * from the asker's list, and the addresses the message holds (none when the words hold none).
   */
  emailEdit(
    text: string,
  ): { action: "add" | "remove"; addresses: string[]; type?: "diplomatic" | "technical" } | undefined;
}

/** How a group of languages writes: the gap between words, and whether "my" may be on the noun. */
interface PocShape {
  gap: string;
  before: string;
  after: string;
  /** "my" is written onto the noun (Arabic "هاتفي"): the words for "my" may be missing. */
  myOnNoun: boolean;
}

/** A value that says what it is: a phone number or an e-mail address (group 3 of the statements). */
const VALUE_SHAPED = "((?:\\+|\\d|\\(\\d)[\\d\\s().\\-/]*\\d|[^\\s@]+@[^\\s@]+\\.[^\\s@]+)";

/** The matchers of one group of languages that write alike. */
function pocPatterns(
  lists: (key: Exclude<keyof PocWords, "types">) => string[],
  types: Iterable<string>,
  shape: PocShape,
  fields?: Iterable<string>,
  named?: Iterable<string>,
): Pick<PocGrammar, "change" | "statement" | "confirm"> {
  const { gap, before: B, after: A } = shape;
  const g = gap === "\\s+" ? "\\s+" : "\\s*";
  const list = (key: Exclude<keyof PocWords, "types">) => phrases(lists(key), gap);
  const please = `(?:(?:${list("please")})[,،，]?${g})?`;
  const my = shape.myOnNoun ? `(?:(?:${list("my")})${g})?` : `(?:${list("my")})${g}`;
  const type = `(?:(${phrases(types, gap)})${g})?`;
  const poc = `(?:(?:${list("poc")})${g})?`;
  const fresh = `(?:(?:${list("newWords")})${g})?`;
  // "yes, all correct", "是的，全部正确": a yes-word, then the confirmation (never alone).
  const yes =
    lists("yes").length > 0
      ? `(?:${B}(?:${phrases([...lists("yes"), ...lists("yes").map(normalizeText)], gap)})${A}[\\s,，、،!！.]*)?`
      : "";
  const colon = "[:=：]";
  // Field words: any (the feature tells a field from other words), or only the languages' own
  // field names where a statement has no separate "my" to start it (Arabic) or no spaces (Chinese).
  const field = fields ? `(${phrases(fields, gap)})` : "(.+?)";
  const to = `(?:\\s*${colon}\\s*|${g}(?:${list("changeLinks")})(?:${g}|$))(.*)$`;
  // A field by its own name only (never "any words"), and a word of no value before the value.
  const ownField = fields ? field : named ? `(${phrases(named, gap)})` : field;
  const filler = gap === "\\s+" ? "\\s+[^\\s\\d+@:：]+" : "[^\\s\\d+@:：]{1,4}";
  // The type after the field, as French, Spanish, Russian and Arabic write it ("changer mon
  // téléphone technique en …", "изменить телефон технического контактного лица на …").
  const typeAfter = `(?:${g}(?:${phrases(types, gap)})(?:${g}(?:${list("poc")}))?)?`;
  return {
    change: [
      new RegExp(`^${please}(?:${list("changeVerbs")})${g}${my}${type}${poc}${field}${typeAfter}${to}`, "iu"),
      // Without "my", only a field's own name: "изменить телефон на …", "change phone to …".
      ...(named && !shape.myOnNoun && !fields
        ? [
            new RegExp(
              `^${please}(?:${list("changeVerbs")})${g}${type}${poc}(${phrases(named, gap)})${typeAfter}${to}`,
              "iu",
            ),
          ]
        : []),
    ],
    statement: [
      new RegExp(
        `^${my}${fresh}${type}${poc}${fresh}${field}${g}(?:${list("isWords")})${A}\\s*${colon}?\\s*(.*)$`,
        "iu",
      ),
      // No verb: the value itself says it is one (a phone number, an email address).
      new RegExp(
        `^${my}${fresh}${type}${poc}${fresh}${field}(?:\\s*${colon}\\s*|\\s*)${VALUE_SHAPED}$`,
        "iu",
      ),
      // A field's own name, up to three words no list holds, then such a value: the value is
      // the hint ("my email from now on x@y.org", « mon mail à partir d'aujourd'hui … »).
      new RegExp(
        `^${my}${fresh}${type}${poc}${fresh}${ownField}(?:${filler}){1,3}?(?:\\s*${colon}\\s*|${gap === "\\s+" ? "\\s+" : "\\s*"})${VALUE_SHAPED}$`,
        "iu",
      ),
    ],
    confirm: [
      new RegExp(`^${please}${yes}${B}(?:${list("confirm")})${A}[\\s.!。！]*$`, "iu"),
      // The same words typed without accents ("mes coordonnees sont correctes"), for text
      // folded by `normalizeText`.
      new RegExp(
        `^${please}${yes}${B}(?:${phrases(lists("confirm").map(normalizeText), gap)})${A}[\\s.!。！]*$`,
        "iu",
      ),
    ],
  };
}

function compilePoc(w: PocWords, others: readonly LocaleGrammar[]): PocGrammar {
  const group = (members: readonly { locale: string; poc?: Partial<PocWords> }[]) => ({
    lists: (key: Exclude<keyof PocWords, "types">) => members.flatMap((member) => member.poc?.[key] ?? []),
    types: members.flatMap((member) => Object.keys(member.poc?.types ?? {})),
    fields: members.flatMap((member) => Object.keys(COMMAND_WORDS[member.locale]?.pocFields ?? {})),
  });
  const allTypes = new Map<string, string>(
    [w.types, ...others.map((other) => other.poc?.types ?? {})].flatMap((map) =>
      Object.entries(map).map(([word, id]) => [word.toLowerCase(), id] as const),
    ),
  );
  const spacedShape: PocShape = {
    gap: "\\s+",
    before: NOT_WORD_BEFORE,
    after: NOT_WORD_AFTER,
    myOnNoun: false,
  };
  const shapes: [ReturnType<typeof group>, PocShape][] = [
    [group([{ locale: "en", poc: w }, ...others.filter((o) => !o.unspaced && !o.myOnNoun)]), spacedShape],
    [group(others.filter((o) => o.myOnNoun)), { ...spacedShape, myOnNoun: true }],
    [group(others.filter((o) => o.unspaced)), { gap: "\\s*", before: "", after: "", myOnNoun: false }],
  ];
  const patterns = shapes
    .filter(([members]) => members.lists("changeVerbs").length + members.lists("confirm").length > 0)
    .map(([members, shape]) =>
      pocPatterns(
        members.lists,
        members.types,
        shape,
        shape.myOnNoun || shape.gap !== spacedShape.gap ? members.fields : undefined,
        members.fields,
      ),
    );
  const B = NOT_WORD_BEFORE;
  const A = NOT_WORD_AFTER;
  const fixSlip = slipFixer(
    [...w.slipWords, ...others.flatMap((o) => o.poc?.slipWords ?? [])].map((word) => word.toLowerCase()),
  );
  const boundedType = new RegExp(`${B}(${phrases(allTypes.keys())})${A}`, "iu");
  const every = (key: "applyPending" | "applyNamedChange" | "cancelPending" | "yes") =>
    [...w[key], ...others.flatMap((o) => o.poc?.[key] ?? [])].map(normalizeText);
  const namedWhole = new RegExp(`^(?:${phrases(every("applyNamedChange"))})$`, "u");
  const applyWhole = new RegExp(
    `^(?:${phrases([...every("applyNamedChange"), ...every("applyPending"), ...every("yes")])})$`,
    "u",
  );
  /** The message as the whole-message matchers read it: normalised, without its end punctuation. */
  // The last message read: a turn asks about its message twice (a preview's answer, an e-mail edit).
  let last: { text: string; said: string } | undefined;
  const said = (text: string) => {
    if (last?.text !== text)
      last = {
        text,
        said: normalizeText(text)
          .replace(/[\s.!?,。！？，]+$/u, "")
          .replace(/\s+/g, " ")
          .trim(),
      };
    return last.said;
  };
  const cancelWhole = new RegExp(`^(?:${phrases(every("cancelPending"))})$`, "u");
  // The confirmations as typed and without accents, as the `confirm` matchers read them.
  const confirmations = [w.confirm, ...others.map((other) => other.poc?.confirm ?? [])];
  const confirmCue = cueOf([...confirmations, ...confirmations.map((list) => list.map(normalizeText))], "iu");
  /** A whole message of a list, its spaced languages' and its unspaced ones' alike. */
  const wholeOf = (key: "addEmail" | "removeEmail") => {
    const spaced = [...w[key], ...others.filter((o) => !o.unspaced).flatMap((o) => o.poc?.[key] ?? [])];
    const unspaced = others.filter((o) => o.unspaced).flatMap((o) => o.poc?.[key] ?? []);
    return new RegExp(
      `^(?:${phrases(spaced.map(normalizeText))}|${phrases(unspaced.map(normalizeText), "\\s*")})$`,
      "u",
    );
  };
  const addEmail = wholeOf("addEmail");
  const removeEmail = wholeOf("removeEmail");
  const unspacedTypes = others.filter((o) => o.unspaced).flatMap((o) => Object.keys(o.poc?.types ?? {}));
  const anywhereType = new RegExp(`(${phrases(unspacedTypes)})`, "iu");
  const typeOf = (words: string) => {
    const found = boundedType.exec(words)?.[1] ?? anywhereType.exec(words)?.[1];
    return found === undefined ? undefined : allTypes.get(found.toLowerCase());
  };
  const spacedNegations = [
    ...w.negations,
    ...others.filter((o) => !o.unspaced).flatMap((o) => o.poc?.negations ?? []),
  ];
  const unspacedNegations = others.filter((o) => o.unspaced).flatMap((o) => o.poc?.negations ?? []);
  const negation = new RegExp(
    `${B}(?:${phrases(spacedNegations)})${A}|(?:${phrases(unspacedNegations, "\\s*")})`,
    "iu",
  );
  return {
    change: patterns.flatMap((p) => p.change),
    statement: patterns.flatMap((p) => p.statement),
    denies: (words) => negation.test(words.trim().split(/\s+/u).slice(0, 3).join(" ")),
    confirm: patterns.flatMap((p) => p.confirm),
    mayConfirm: (text) => confirmCue.test(text) || confirmCue.test(normalizeText(text)),
    typeOf,
    forgiveSlip: (text) =>
      text.replace(/^\s*([\p{L}]+)/u, (first: string, word: string) => {
        const fixed = fixSlip(word);
        return fixed === word ? first : first.replace(word, fixed);
      }),
    pendingAnswer: (text) => {
      const whole = said(text);
      if (applyWhole.test(whole)) return "apply";
      return cancelWhole.test(whole) ? "cancel" : undefined;
    },
    namesChange: (text) => namedWhole.test(said(text)),
    emailEdit: (text) => {
      const whole = said(text);
      const action = addEmail.test(whole) ? "add" : removeEmail.test(whole) ? "remove" : undefined;
      if (!action) return undefined;
      // "add x@y.org as my technical email": the record of that type (read without the
      // addresses, which may hold a type's word: "technical.ken@poc.example").
      // As written first: the types' words keep their letters ("технический": normalising folds й).
      const type =
        typeOf(text.toLowerCase().replace(EMAIL_ADDRESSES, " ")) ??
        typeOf(whole.replace(EMAIL_ADDRESSES, " "));
      const known: { type?: "diplomatic" | "technical" } =
        type === "diplomatic" || type === "technical" ? { type } : {};
      return { action, addresses: whole.match(EMAIL_ADDRESSES) ?? [], ...known };
    },
  };
}

/** E-mail addresses in a message (normalised: lower case), for "add <email> to my emails". */
const EMAIL_ADDRESSES = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gu;

let poc: PocGrammar | undefined;

/**
 * The POC self-service grammar (English and the other languages' words), built once.
 * @example pocGrammar().confirm.test("my details are correct") === true
 */
export function pocGrammar(): PocGrammar {
  poc ??= compilePoc(englishGrammar.poc, LOCALE_GRAMMARS);
  return poc;
}

/** The directory's commands besides changes and confirmations; group numbers per matcher. */
export interface DirectoryGrammar {
  /** 1 the type named ("my technical details"), if any. */
  myDetails: RegExp;
  notConfirmed: RegExp;
  /** 1 the State's words, 2 the type. */
  lookup: RegExp;
  /** "the technical POC of Kenya": 1 the type, 2 the State's words. */
  lookupTypeFirst: RegExp;
  /** 1 the State's words, 2 the type. */
  showPoc: RegExp;
  /** 1 the State's words, 2 the type. */
  history: RegExp;
  /** 1 "removing missing" when said, 2 the CSV. */
  importDirectory: RegExp;
  /** "poc directory template", "show the poc csv template". */
  template: RegExp;
  /** The State's words without a leading "the" or anything before a last " of ". */
  stateWords(words: string): string;
}

let directory: DirectoryGrammar | undefined;

/**
 * The POC directory's other commands, from the English words, built once.
 * @example directoryGrammar().history.exec("poc history KEN technical")?.[1] === "KEN"
 */
export function directoryGrammar(): DirectoryGrammar {
  if (directory) return directory;
  const w = englishGrammar.directory;
  const types = phrases(Object.keys(englishGrammar.poc.types));
  const please = `(?:(?:${phrases(englishGrammar.poc.please)})\\s+)?`;
  const my = `(?:${phrases(englishGrammar.poc.my)})`;
  const poc = `(?:${phrases(w.pocNouns)})`;
  const of = `(?:${phrases(w.ofWords)})`;
  const possessive = "(?:'s|’s|s'|’)?";
  const lastOf = new RegExp(`^.*\\s${of}\\s+`, "i");
  const leadingThe = new RegExp(`^(?:${phrases(w.the)})\\s+`, "i");
  directory = {
    myDetails: new RegExp(
      `^${please}(?:(?:${phrases(w.showMine)})\\s+)?${my}\\s+(?:(${types})\\s+)?(?:${poc}\\s+)?(?:${phrases(w.recordNouns)})(?:\\s+(?:${phrases(w.inDirectory)}))?[.!?]*$`,
      "i",
    ),
    notConfirmed: new RegExp(`^(?:${phrases(w.notConfirmed)})\\s*[?.!]*$`, "i"),
    lookup: new RegExp(
      `^(?:(?:${phrases(w.lookupLeads)})\\s+)?(?:(?:${phrases(w.the)})\\s+)?(.+?)${possessive}\\s+(${types})\\s+${poc}\\b${possessive}\\s*(.*?)[?.!]*$`,
      "i",
    ),
    lookupTypeFirst: new RegExp(
      `^(?:(?:${phrases(w.lookupLeads)})\\s+)?(?:(?:${phrases(w.the)})\\s+)?(${types})\\s+${poc}\\b${possessive}\\s+${of}\\s+(?:(?:${phrases(w.the)})\\s+)?(.+?)[?.!]*$`,
      "i",
    ),
    showPoc: new RegExp(
      `^(?:${phrases(w.showVerbs)})\\s+(?:(?:${phrases(w.the)})\\s+)?(?:${phrases(w.pocRecord)})\\s+(?:${of}\\s+)?(.+?)\\s+(${types})[?.!]*$`,
      "i",
    ),
    history: new RegExp(
      `^(?:${phrases(w.history)})\\s+(?:${of}\\s+)?(.+?)\\s+(${types})(?:\\s+${poc})?[?.!]*$`,
      "i",
    ),
    importDirectory: new RegExp(
      `^\\s*(?:${phrases(w.importDirectory, "[ \\t]+")})\\b(,?[ \\t]+(?:${phrases(w.removingMissing, "[ \\t]+")})\\b)?[ \\t]*:?[ \\t]*(?:\\r?\\n)?([\\s\\S]*)$`,
      "i",
    ),
    template: new RegExp(`^(?:${phrases(w.template)})[.?!]*$`, "i"),
    stateWords: (words) => words.trim().replace(lastOf, "").trim().replace(leadingThe, ""),
  };
  return directory;
}

/**
 * Whether a message is read by a grammar of its own in every language, so it must reach the
 * features as written (not pivoted into English words, which would drop the experts' names or
 * the new phone number): an "rsvp …" answer, "cancel my rsvp", a POC's change or confirmation.
 * @example readAsWritten("rsvp oui avec 2 experts : Ana Lima") === true
 * @example readAsWritten("quand est la réception ?") === false
 */
export function readAsWritten(text: string): boolean {
  const known = readAsWrittenOf.get(text);
  if (known !== undefined) return known;
  const found = readsAsWritten(text);
  if (readAsWrittenOf.size >= 16) readAsWrittenOf.clear();
  readAsWrittenOf.set(text, found);
  return found;
}

/**
 * The last texts {@link readAsWritten} was asked about: a turn asks about its message several
 * times (its language is detected on its frame, its short words, then whether to pivot it),
 * and each time costs the POC and RSVP grammars' expressions.
 */
const readAsWrittenOf = new Map<string, boolean>();

/**
 * "rsvp link for the cocktail", "rsvp 链接", "rsvp reception ?": a message led by the RSVP
 * command word that gives no answer (attending, tentative, declined in any language) but asks about the RSVP. It is a
 * question for the programme's answers (the invitation's link, how to answer here), read like
 * any other question, not an RSVP without its answer.
 * @example asksAboutRsvp("rsvp link for the cocktail") === true; asksAboutRsvp("rsvp yes") === false
 */
export function asksAboutRsvp(text: string): boolean {
  const grammar = rsvpGrammar();
  const rest = grammar.message.exec(text.trim())?.[1];
  return (
    rest !== undefined &&
    (grammar.asking.test(rest) || QUESTION_MARK_END.test(rest)) &&
    !grammar.declined.test(rest) &&
    !grammar.tentative.test(rest) &&
    !grammar.attending.test(rest)
  );
}

/** A question mark, Latin, full-width or Arabic, at the end of a message. */
const QUESTION_MARK_END = /[?？؟]\s*$/u;

function readsAsWritten(text: string): boolean {
  const trimmed = text.trim();
  const grammar = pocGrammar();
  const tidied = grammar.forgiveSlip(trimmed);
  return (
    (rsvpGrammar().message.test(trimmed) && !asksAboutRsvp(trimmed)) ||
    // "cancel my rsvp" from someone who last wrote Chinese: the Chinese words would read it "rsvp".
    rsvpGrammar().cancel.test(trimmed) ||
    fieldValueOf(tidied) !== undefined ||
    (grammar.mayConfirm(tidied) && grammar.confirm.some((pattern) => pattern.test(tidied)))
  );
}

/**
 * The value a POC's change or statement gives, in a message its slips already forgiven
 * ("change my hours to 10:00-16:00 Mon-Fri" → "10:00-16:00 Mon-Fri"); only when its words name
 * a field ("change mon rappel à 30 minutes avant" is a reminder, read through the pivot like any
 * other message); undefined for anything else.
 */
function fieldValueOf(tidied: string): string | undefined {
  if (!mayNamePocField(tidied)) return undefined;
  const grammar = pocGrammar();
  for (const pattern of [...grammar.change, ...grammar.statement]) {
    const match = pattern.exec(tidied);
    if (match !== null && pocFieldOf(match[2] ?? "") !== undefined) return match[3] ?? "";
  }
  return undefined;
}

/** The RSVP answer's and the POC's own words of one language, for {@link writtenLanguage}. */
const OWN_RSVP_KEYS = [
  "declinedFirst",
  "declined",
  "tentative",
  "attending",
  "noExperts",
  "with",
  "experts",
] as const;
const OWN_POC_KEYS = ["changeVerbs", "my", "isWords", "confirm", "newWords"] as const;

function ownWordsOf(grammar: {
  rsvp?: Partial<Record<(typeof OWN_RSVP_KEYS)[number], Phrases>>;
  poc?: Partial<Record<(typeof OWN_POC_KEYS)[number], Phrases>>;
}): string[] {
  return [
    ...OWN_RSVP_KEYS.flatMap((key) => grammar.rsvp?.[key] ?? []),
    ...OWN_POC_KEYS.flatMap((key) => grammar.poc?.[key] ?? []),
  ];
}

let ownWords:
  | { english: RegExp; englishAnywhere: RegExp; othersWords: Set<string>; others: [string, RegExp][] }
  | undefined;

/** The colon before a broadcast's text: followed by a space or nothing (not "poc:technical", not "14:00"). */
const BROADCAST_TEXT_COLON = /:(?=\s|$)/;

/**
 * The words of a message read as written that tell its language: not the value of a POC's
 * change or statement ("change my hours to 10:00-16:00 Mon-Fri": "Mon" is a day, not French
 * "mon"), nor the names after an RSVP's colon; any other message whole.
 * @example frameOf("change my hours to 10:00-16:00 Mon-Fri") === "change my hours to "
 */
export function frameOf(text: string): string {
  // "broadcast to poc:technical: Le test ping aura lieu le 10 juin": the message is the
  // Secretariat's text for others, in any language; the command words are the writer's.
  if (broadcastGrammar().command.test(text.trim())) {
    const end = text.search(BROADCAST_TEXT_COLON);
    if (end !== -1) return text.slice(0, end);
  }
  if (!readAsWritten(text)) return text;
  const tidied = pocGrammar().forgiveSlip(text.trim());
  const value = fieldValueOf(tidied);
  if (value !== undefined) return tidied.slice(0, tidied.length - value.length);
  if (rsvpGrammar().message.test(text.trim())) return text.replace(/[:：][\s\S]*$/u, "");
  return text;
}

/**
 * The language of a message these grammars read as written ({@link readAsWritten}), told by
 * the answer's or the POC's own words (not the value it gives, {@link frameOf}) when nothing
 * else tells it ("rsvp oui", "rsvp 是"): the one other language whose words it holds, not
 * counting words English has too ("experts"); "en" when it holds only English words, one of
 * them no word of another language's ("change my title to …", "rsvp yes"), so an English
 * message brings English back; undefined for no such words, or words of two languages.
 * @example writtenLanguage("rsvp oui") === "fr"; writtenLanguage("rsvp sí, con 1 experto") === "es"
 * @example writtenLanguage("rsvp yes with 2 experts") === "en"; writtenLanguage("rsvp no") === undefined
 */
export function writtenLanguage(text: string): string | undefined {
  if (!readAsWritten(text)) return undefined;
  ownWords ??= {
    english: new RegExp(`^(?:${phrases(ownWordsOf(englishGrammar))})$`, "iu"),
    englishAnywhere: new RegExp(
      `${NOT_WORD_BEFORE}(?:${phrases(ownWordsOf(englishGrammar))})${NOT_WORD_AFTER}`,
      "giu",
    ),
    // Every single word of the other languages' phrases ("no" of "no asistiré", "change").
    othersWords: new Set(
      LOCALE_GRAMMARS.flatMap((grammar) =>
        ownWordsOf(grammar).flatMap((phrase) => phrase.toLowerCase().split(/[^\p{L}']+/u)),
      ).filter((word) => word !== ""),
    ),
    others: LOCALE_GRAMMARS.map((grammar): [string, RegExp] => {
      const list = phrases(ownWordsOf(grammar), grammar.unspaced ? "\\s*" : "\\s+");
      const source = grammar.unspaced ? `(?:${list})` : `${NOT_WORD_BEFORE}(?:${list})${NOT_WORD_AFTER}`;
      return [grammar.locale, new RegExp(source, "giu")];
    }),
  };
  const { english, englishAnywhere, othersWords, others } = ownWords;
  const frame = frameOf(text);
  const found = others
    .filter(([, words]) => [...frame.matchAll(words)].some(([match]) => !english.test(match)))
    .map(([locale]) => locale);
  if (found.length === 1) return found[0];
  if (found.length > 1) return undefined;
  const englishOnly = [...frame.matchAll(englishAnywhere)].some(([match]) =>
    match
      .toLowerCase()
      .split(/[^\p{L}']+/u)
      .some((word) => word !== "" && !othersWords.has(word)),
  );
  return englishOnly ? "en" : undefined;
}

/**
 * The roster commands' matchers.
 * @example rosterGrammar().status.test("show the roster") === true
 */
export interface RosterGrammar {
  /** 1 ", removing missing" (maybe none), 2 the CSV. */
  importCommand: RegExp;
  status: RegExp;
  template: RegExp;
}

let roster: RosterGrammar | undefined;

/**
 * The time-zone statement's matchers.
 * @example timeZoneGrammar().set.exec("my time zone is Tokyo")?.[1] === "Tokyo"
 */
export interface TimeZoneGrammar {
  /** 1 the zone's words. */
  set: RegExp;
  /** A zone, then a question after a full stop, semicolon, dash, or a comma before a question word: 1 the zone's words, 2 the question. */
  setThenAsk: RegExp;
}

let timeZone: TimeZoneGrammar | undefined;

/**
 * The calendar phrases' matchers.
 * @example calendarGrammar().add.exec("add Thursday to my calendar")?.[1] === "Thursday"
 */
export interface CalendarGrammar {
  /** "add … to my calendar": 1 what to add. */
  add: RegExp;
  /** "calendar for …", "ics of …": 1 what the file is for. */
  fileFor: RegExp;
  /** The whole programme, as the whole of the words. */
  whole: RegExp;
  /** The person's own, as the whole of the words. */
  mine: RegExp;
}

let calendar: CalendarGrammar | undefined;

/**
 * The calendar phrases, from the English words, built once.
 * @example calendarGrammar().mine.test("my sessions") === true
 */
export function calendarGrammar(): CalendarGrammar {
  const w = englishGrammar.calendar;
  calendar ??= {
    add: new RegExp(`^(?:${phrases(w.addLeads)})\\s+(.+?)\\s+(?:${phrases(w.addTails)})[.!]*$`, "i"),
    fileFor: new RegExp(`^(?:${phrases(w.fileFor)})\\s+(.+?)[.?!]*$`, "i"),
    whole: whole(w.whole),
    mine: whole(w.mine),
  };
  return calendar;
}

/**
 * The time-zone statement, from the English words, built once.
 * @example timeZoneGrammar().setThenAsk.exec("my tz is CET. what's on?")?.[2] === "what's on?"
 */
export function timeZoneGrammar(): TimeZoneGrammar {
  const w = englishGrammar.timeZone;
  const words = `^(?:${phrases(w.set)})(?:\\s+(?:${phrases(w.placeIn)}))?[:\\s]+`;
  timeZone ??= {
    set: new RegExp(`${words}(.+?)[.!]*$`, "i"),
    setThenAsk: new RegExp(
      `${words}([^.;!?]+?)\\s*(?:[.;!?]|\\s-\\s|,\\s*(?=(?:${phrases(w.questionStarts)})\\b))\\s*(\\S.*)$`,
      "i",
    ),
  };
  return timeZone;
}

/**
 * The roster commands, from the English words, built once.
 * @example rosterGrammar().template.test("roster csv template") === true
 */
export function rosterGrammar(): RosterGrammar {
  const w = englishGrammar.roster;
  roster ??= {
    importCommand: new RegExp(
      `^\\s*(?:${phrases(w.importRoster)})\\b(,?[ \\t]+(?:${phrases(w.removingMissing)})\\b)?[ \\t]*:?[ \\t]*(?:\\r?\\n)?([\\s\\S]*)$`,
      "i",
    ),
    status: new RegExp(`^(?:${phrases(w.status)})[.?!]*$`, "i"),
    template: new RegExp(`^(?:${phrases(w.template)})[.?!]*$`, "i"),
  };
  return roster;
}

/**
 * The ping-test commands' matchers.
 * @example pingGrammar().start.exec("start ping test KEN")?.[1] === "KEN"
 */
export interface PingGrammar {
  /** 1 the rest. */
  start: RegExp;
  /** 1 the test's id (maybe none). */
  report: RegExp;
  list: RegExp;
  /** 1 the test's id (maybe none). */
  cancel: RegExp;
  /** "who hasn't answered the ping test?"; 1 the test's id (maybe none). */
  unanswered: RegExp;
  /**
   * "did li wei get it?": group `name` (one to five words) and `what` (what was got, read by
   * {@link PingGrammar.gotWhat}; absent: the latest of the two).
   */
  personGot: RegExp;
  /**
   * What "did li wei get …?" asks about: the latest of the two ("it"), a ping test or a
   * broadcast, and the words naming which one (`which`: a date, an id, words of its text);
   * undefined when the words are none of these ("did peter get lunch?").
   * @example pingGrammar().gotWhat("the 10 June ping") // { kind: "ping", which: "10 June" }
   */
  gotWhat(what: string): GotWhat | undefined;
  /** Whether words name nobody in particular: they start with "everyone", "i", "the"…. */
  notAName(words: string): boolean;
  /** Whether the name given is a pronoun alone ("he", "She"): a person meant, not named. */
  pronoun(words: string): boolean;
  /** Groups `type`, `states`. */
  typeFirst: RegExp;
  /** Groups `states`, `type`. */
  typeLast: RegExp;
  byEmail: RegExp;
  /** 1 amount, 2 unit. */
  window: RegExp;
  /** The word "window" anywhere (given without a length). */
  windowWord: RegExp;
  scopeLead: RegExp;
  scopeEnd: RegExp;
  everyone: RegExp;
  /** The POC type a word names. */
  typeOf(word: string): "diplomatic" | "technical" | undefined;
  /** Hours of a window unit. */
  windowHours(unit: string): number | undefined;
}

let ping: PingGrammar | undefined;

/**
 * The ping-test commands, from the English words, built once.
 * @example pingGrammar().typeOf("Technical") === "technical"
 */
export function pingGrammar(): PingGrammar {
  if (ping) return ping;
  const w = englishGrammar.ping;
  const types = new Map(Object.entries(w.types).map(([word, id]) => [word.toLowerCase(), id]));
  const hours = new Map(Object.entries(w.windowHours).map(([word, value]) => [word.toLowerCase(), value]));
  const type = phrases(types.keys());
  const got = w.personGot;
  const notNames = new Set(got.notNames.map((word) => word.toLowerCase()));
  const pronouns = new Set(got.pronouns.map((word) => word.toLowerCase()));
  const latest = new RegExp(`^(?:${phrases(got.latest)})$`, "iu");
  // A named one: "the 10 June ping" (before its noun), "the ping of 10 June", "the ping 20240610".
  const named = (plain: Phrases, nouns: Phrases) =>
    new RegExp(
      `^(?:(?:(?:${phrases(got.articles)})\\s+)?(?<before>\\S+(?:\\s+\\S+){0,3}?)\\s+(?:${phrases(nouns)})|(?:${phrases(plain)})\\s+(?:(?:${phrases(got.whichLeads)})\\s+)?(?<after>\\S.*))$`,
      "iu",
    );
  const leadingArticle = new RegExp(`^(?:${phrases(got.articles)})\\s+`, "iu");
  const pingPlain = new RegExp(`^(?:${phrases(got.ping)})$`, "iu");
  const pingNamed = named(got.ping, got.pingNouns);
  const broadcastPlain = new RegExp(`^(?:${phrases(got.broadcast)})$`, "iu");
  const broadcastNamed = named(got.broadcast, got.broadcastNouns);
  ping = {
    start: new RegExp(`^(?:${phrases(w.start)})\\b\\s*(.*?)[.!]*$`, "i"),
    report: new RegExp(`^(?:${phrases(w.report)})(?:\\s+(\\S+))?\\s*[?.!]*$`, "i"),
    list: new RegExp(`^(?:${phrases(w.list)})\\s*[?.!]*$`, "i"),
    cancel: new RegExp(`^(?:${phrases(w.cancel)})(?:\\s+(\\S+?))?\\s*[.!]*$`, "i"),
    unanswered: new RegExp(`^(?:${phrases(w.unanswered)})(?:\\s+(\\d{8}-\\S+?))?\\s*[?.!]*$`, "i"),
    // Anchored at its lead ("did", "has"), the name at most five words: ordinary messages
    // fail at their first word.
    personGot: new RegExp(
      `^(?:${phrases(got.leads)})\\s+(?<name>\\p{L}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{L}[\\p{L}\\p{M}'’.-]*){0,4}?)\\s+(?:${phrases(got.verbs)})(?:\\s+(?<what>[^?!]{1,80}?))??(?:\\s+(?:${phrases(got.ends)}))?\\s*[?.!]*$`,
      "iu",
    ),
    gotWhat: (what) => {
      const text = what.trim();
      if (latest.test(text)) return { kind: "latest" };
      for (const [kind, plain, named] of [
        ["ping", pingPlain, pingNamed],
        ["broadcast", broadcastPlain, broadcastNamed],
      ] as const) {
        if (plain.test(text)) return { kind };
        const match = named.exec(text);
        const which = (match?.groups?.before ?? match?.groups?.after)?.trim().replace(leadingArticle, "");
        if (which) return { kind, which };
      }
      return undefined;
    },
    // "did the chair read it?", "has everyone else got it?": no one named (their first word).
    notAName: (words) => notNames.has(words.trim().toLowerCase().split(/\s+/u)[0] ?? ""),
    pronoun: (words) => pronouns.has(words.trim().toLowerCase()),
    typeFirst: new RegExp(
      `^(?<type>${type})\\s+(?:(?:${phrases(w.pocNouns)})\\s+)?(?:(?:${phrases(w.typeLinks)})\\s+)?(?<states>.+)$`,
      "i",
    ),
    typeLast: new RegExp(`^(?<states>.+?)\\s+(?<type>${type})$`, "i"),
    byEmail: new RegExp(`[,;]?\\s*\\b(?:${phrases(w.byEmail)})\\b`, "i"),
    window: new RegExp(
      `\\b(?:${phrases(w.window)})\\s+(\\d+(?:\\.\\d+)?)\\s*(${phrases(hours.keys())})\\b`,
      "i",
    ),
    windowWord: new RegExp(`\\b(?:${phrases(w.window)})\\b`, "i"),
    scopeLead: new RegExp(`^(?:${phrases(w.scopeLeads)})\\s+`, "i"),
    scopeEnd: new RegExp(`\\s+(?:${phrases(w.scopeEnds)})$`, "i"),
    everyone: new RegExp(`^(?:${phrases(w.everyone)})$`, "i"),
    typeOf: (word) => types.get(word.trim().toLowerCase()) as "diplomatic" | "technical" | undefined,
    windowHours: (unit) => hours.get(unit.trim().toLowerCase()),
  };
  return ping;
}

/**
 * The broadcast commands' matchers (English words from `locales/en/grammar.ts`).
 * @example broadcastGrammar().command.exec("send a broadcast to everyone: hi")?.[1] === "to everyone: hi"
 */
export interface BroadcastGrammar {
  /** The status an RSVP answer selects ("yes" → "attending"); undefined for other words. */
  rsvpStatusOf(word: string): string | undefined;
  /** Words left out when matching an event's name. */
  eventNoise: ReadonlySet<string>;
  /** The English name of a weekday (0 = Sunday), as an event's words carry it. */
  weekdayName(day: number): string;
  /** The form's yes or no ("Requires acknowledgement"); undefined for anything else. */
  yesNo(word: string): boolean | undefined;
  /** 1 the rest of the command. */
  command: RegExp;
  form: RegExp;
  audiences: RegExp;
  list: RegExp;
  /** 1 the broadcast's id (maybe none). */
  report: RegExp;
  /** 1 the draft's id (maybe none: the asker's newest draft). */
  rehearse: RegExp;
  /** 1 the broadcast's id. */
  cancel: RegExp;
  /** 1 the language (one of `languages`). */
  original: RegExp;
  byEmail: RegExp;
  ack: RegExp;
  /** 1 the send time, 2 the audience ("tomorrow 9am to everyone"). */
  timeFirst: RegExp;
  /** "to" at the start. */
  audienceLead: RegExp;
  /** Global: where a send time may start (the match ends there). */
  timeStarts: RegExp;
  /** 1 a day said without a time of day. */
  dayOnly: RegExp;
  /** "send it" before a send time. */
  sendLead: RegExp;
  /** The whole send time is "now". */
  sendNow: RegExp;
  emailToo: RegExp;
  chatOnly: RegExp;
  /** 1 the e-mail address. */
  channelsOf: RegExp;
  allChannels: RegExp;
  everyone: RegExp;
  heads: RegExp;
  secretariat: RegExp;
  /** 1 the POC type (maybe none). */
  pocs: RegExp;
  /** 1 the States. */
  states: RegExp;
  /** 1 the answer (maybe none), 2 the event. */
  rsvp: RegExp;
  /** 1 the event. */
  attending: RegExp;
  /** 1 the session. */
  subscribers: RegExp;
  /** Global: between two audiences. */
  unionSeparator: RegExp;
  /** "the" at the start of an event's name. */
  eventArticle: RegExp;
  /** Whether a day word names a day already past ("yesterday"). */
  isPastDay(word: string): boolean;
}

const broadcasts = new Map<string, BroadcastGrammar>();

/**
 * The broadcast commands, from the English words, built once per list of language tags
 * (the tags of "original: fr").
 * @example broadcastGrammar(["en", "fr"]).original.exec("original language fr")?.[1] === "fr"
 */
export function broadcastGrammar(languages: readonly string[] = []): BroadcastGrammar {
  const key = languages.join(",");
  const built = broadcasts.get(key);
  if (built) return built;
  const w = englishGrammar.broadcast;
  const lx = englishLexicon;
  const month = `(?:${phrases(lx.months.keys())})`;
  const weekday = `(?:${phrases(lx.weekdays.keys())})`;
  const meridiem = phrases(w.meridiem);
  const tags = languages.length === 0 ? "(?!)" : languages.join("|");
  const people = `(?:(?:${phrases(w.peopleLead)})\\s+)?`;
  const past = new Set(w.pastDays.map((day) => day.toLowerCase()));
  const statuses = new Map(
    Object.entries(w.rsvpStatuses).map(([word, status]) => [word.toLowerCase(), status]),
  );
  const yes = new Set(w.yes.map((word) => word.toLowerCase()));
  const no = new Set(w.no.map((word) => word.toLowerCase()));
  const grammar: BroadcastGrammar = {
    rsvpStatusOf: (word) => statuses.get(word.trim().toLowerCase()),
    eventNoise: new Set(w.eventNoise.map((word) => word.toLowerCase())),
    weekdayName: (day) => lx.weekdayNames[day] ?? "",
    yesNo: (word) => {
      const said = word.trim().toLowerCase();
      return yes.has(said) ? true : no.has(said) ? false : undefined;
    },
    command: new RegExp(`^(?:${phrases(w.command)})\\b\\s*(.*)$`, "is"),
    form: new RegExp(`^(?:${phrases(w.form)})[.!?]?$`, "i"),
    audiences: new RegExp(`^(?:${phrases(w.audiences)})\\??$`, "i"),
    list: new RegExp(`^(?:${phrases(w.list)})\\??$`, "i"),
    report: new RegExp(`^(?:${phrases(w.report)})(?:\\s+([0-9a-f]{8})\\b.*|\\s*[.?!]?)$`, "i"),
    cancel: new RegExp(`^(?:${phrases(w.cancel)})\\s+([0-9a-f]{8})\\b`, "i"),
    rehearse: new RegExp(`^(?:${phrases(w.rehearse)})(?:\\s+([0-9a-f]{8}))?\\s*[.!]?$`, "i"),
    original: new RegExp(
      `^(?:${phrases(w.original)})\\s*(?::|\\b(?:${phrases(w.originalLinks)})\\b)?\\s*(${tags})[.!]?$`,
      "i",
    ),
    byEmail: new RegExp(
      `[,;]?\\s*\\(?\\b(?:(?:${phrases(w.byEmailLeads)})\\s+)*(?:${phrases(w.byEmail)})\\b\\)?`,
      "i",
    ),
    ack: new RegExp(
      `[,;]?\\s*\\(?\\b(?:${phrases(w.ackLeads)})\\s+(?:(?:${phrases(w.ackArticles)})\\s+)?(?:${phrases(w.ackNouns)})\\b\\)?|[,;]?\\s*\\(?\\b(?:${phrases(w.ackRequired)})\\b\\)?`,
      "i",
    ),
    timeFirst: new RegExp(`^(.*?)\\s+(?:${phrases(w.audienceLead)})\\s+(.+)$`, "is"),
    audienceLead: new RegExp(`^(?:${phrases(w.audienceLead)})\\s+`, "i"),
    timeStarts: new RegExp(
      `(?:^|\\s|,)(?=(?:(?:${phrases(w.sendLeads)})\\s+)?(?:(?:${phrases([...w.timeWords, ...w.days])}|${weekday})\\b|\\d{1,2}(?:${phrases(w.ordinalSuffixes)})?\\s+(?:(?:${phrases(w.dateLinks)})\\s+)?${month}\\b|${month}\\.?\\s+\\d|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}\\b|\\d{1,2}(?::\\d{2})?\\s*(?:${meridiem})\\b|\\d{1,2}:\\d{2}\\b))`,
      "gi",
    ),
    dayOnly: new RegExp(
      `^(?:(?:${phrases(w.sendLeads)})\\s+)?(?:(?:${phrases(w.dayLinks)})\\s+)?(${phrases(w.days)})$`,
      "i",
    ),
    sendLead: new RegExp(`^(?:${phrases(w.sendLeads)})\\s+`, "i"),
    sendNow: new RegExp(`^(?:${phrases(w.sendNow)})$`, "i"),
    emailToo: new RegExp(`^(?:${phrases(w.emailToo)})\\s*(?:,?\\s*(?:${phrases(w.politeEnds)}))?[.!]*$`, "i"),
    chatOnly: new RegExp(`^(?:${phrases(w.chatOnly)})(?:\\s*,?\\s*(?:${phrases(w.politeEnds)}))?[.!]*$`, "i"),
    channelsOf: new RegExp(`^(?:${phrases(w.channelsOf)})\\s+(\\S+@\\S+?)[.?!]*$`, "i"),
    allChannels: new RegExp(`^(?:${phrases(w.allChannels)})[.?!]*$`, "i"),
    everyone: new RegExp(`^(?:${phrases(w.everyone)})$`),
    heads: new RegExp(`^(?:${phrases(w.heads)})$`),
    secretariat: new RegExp(`^(?:${phrases(w.secretariat)})$`),
    pocs: new RegExp(
      `^(?:(?:${phrases(w.pocAll)})\\s+)?(?:(${phrases(Object.keys(englishGrammar.ping.types))})\\s+)?(?:${phrases(w.pocNouns)})$`,
    ),
    states: new RegExp(`^(?:${phrases(w.statesLead)})\\s+(.+)$`),
    rsvp: new RegExp(
      `^${people}(?:(?:${phrases(w.who)})\\s+)?(?:${phrases(w.answered)})\\s+(?:(${phrases(Object.keys(w.rsvpStatuses))})\\s+)?(?:${phrases(w.answerLinks)})\\s+(.+)$`,
    ),
    attending: new RegExp(`^${people}(?:${phrases(w.attendingLead)})\\s+(.+)$`),
    subscribers: new RegExp(`^(?:${phrases(w.subscribersLead)})\\s+(.+)$`),
    unionSeparator: new RegExp(`\\s*(?:\\+|;|,?\\s+(?:${phrases(w.unionWords)})\\s+|,\\s+)\\s*`, "gi"),
    eventArticle: new RegExp(`^(?:${phrases(w.eventArticles)})\\s+`, "i"),
    isPastDay: (word) => past.has(word.trim().toLowerCase()),
  };
  broadcasts.set(key, grammar);
  return grammar;
}

/**
 * The programme revision commands' matchers (English words from `locales/en/grammar.ts`).
 * @example revisionGrammar().restore.exec("restore version 3")?.[1] === "3"
 */
export interface RevisionGrammar {
  /** 1 the pasted file (maybe none). */
  revise: RegExp;
  /** The command a programme file sent as an attachment is read under. */
  reviseCommand: string;
  publish: RegExp;
  discard: RegExp;
  history: RegExp;
  /** 1 the version. */
  restore: RegExp;
  noticesOff: RegExp;
  noticesOn: RegExp;
  /** 1 what, 2 when. */
  move: RegExp;
  /** 1 what, 2 the room. */
  room: RegExp;
  /** 1 what, 2 the room. */
  putInRoom: RegExp;
  /** 1 what, 2 the link. */
  link: RegExp;
  /** 1 what. */
  cancel: RegExp;
  /** 1 when, 2 where, 3 the title. */
  addSideEvent: RegExp;
  /** 1 the words before, 2 a clock time or range at the end. */
  trailingClock: RegExp;
  /** 1 start, 2 end. */
  range: RegExp;
  /** 1 the hour ("at 3"). */
  bareHour: RegExp;
  clockLead: RegExp;
  dayLink: RegExp;
  /** At the start of lower-case words. */
  targetLead: RegExp;
  /** Global, lower case. */
  targetFiller: RegExp;
  programmeArticle: RegExp;
  linkNotice: RegExp;
}

let revisions: RevisionGrammar | undefined;

/**
 * The programme revision commands, from the English words, built once.
 * @example revisionGrammar().publish.test("yes, publish the revision") === true
 */
export function revisionGrammar(): RevisionGrammar {
  if (revisions) return revisions;
  const w = englishGrammar.revisions;
  const meridiem = `(?:${w.meridiem.map((word) => `${[...word].join("\\.?\\s?")}\\.?`).join("|")})`;
  const time = `\\d{1,2}(?:[:.h]\\d{2})?\\s*${meridiem}?`;
  const until = `(?:-|–|—|${phrases(w.rangeWords)})`;
  const lead = (list: Phrases) => `(?:(?:${phrases(list)})\\s+)?`;
  revisions = {
    revise: new RegExp(`^\\s*(?:${phrases(w.revise)})\\s*:?[ \\t]*(?:\\r?\\n([\\s\\S]*))?$`, "i"),
    reviseCommand: w.reviseCommand,
    publish: new RegExp(`^(?:${phrases(w.publish)})[.!]*$`, "i"),
    discard: new RegExp(`^(?:${phrases(w.discard)})[.!]*$`, "i"),
    history: new RegExp(`^(?:${phrases(w.history)})[?.!]*$`, "i"),
    restore: new RegExp(`^(?:${phrases(w.restore)})\\s+(\\S+?)[.!]*$`, "i"),
    noticesOff: new RegExp(`^(?:${phrases(w.noticesOff)})[.!]*$`, "i"),
    noticesOn: new RegExp(`^(?:${phrases(w.noticesOn)})[.!]*$`, "i"),
    move: new RegExp(`^(?:${phrases(w.move)})\\s+(.+?)\\s+(?:${phrases(w.moveTo)})\\s+(.+?)[.!]*$`, "i"),
    room: new RegExp(
      `^(?:${phrases(w.roomLead)})\\s+(.+?)\\s+(?:${phrases(w.roomIs)})\\s+${lead(w.roomIsLinks)}(.+?)[.!]*$`,
      "i",
    ),
    putInRoom: new RegExp(
      `^(?:${phrases(w.put)})\\s+(.+?)\\s+(?:${phrases(w.putIn)})\\s+((?:${phrases(w.room)})\\s+.+?)[.!]*$`,
      "i",
    ),
    link: new RegExp(
      `^(?:${phrases(w.linkLead)})\\s+(.+?)\\s+(?:${phrases(w.linkIs)})\\s+(\\S+?)[.!]*$`,
      "i",
    ),
    cancel: new RegExp(`^(?:${phrases(w.cancel)})\\s+(.+?)[.!]*$`, "i"),
    addSideEvent: new RegExp(
      `^(?:${phrases(w.addSideEvent)})\\s+(.+?)\\s+(?:${phrases(w.sideEventIn)})\\s+(.+?)\\s+(?:${phrases(w.sideEventAbout)})\\s+(.+?)[.!]*$`,
      "i",
    ),
    trailingClock: new RegExp(`^(.*?)\\s*(${lead(w.clockLeads)}${time}(?:\\s*${until}\\s*${time})?)$`, "i"),
    range: new RegExp(`^(.+?)\\s*(?:-|–|—|\\b(?:${phrases(w.rangeWords)})\\b)\\s*(.+)$`, "i"),
    bareHour: new RegExp(`^${lead(w.clockLeads)}(\\d{1,2})$`, "i"),
    clockLead: new RegExp(`^(?:${phrases(w.clockLeads)})\\s+`, "i"),
    dayLink: new RegExp(`^(?:${phrases(w.dayLinks)})\\s+`, "i"),
    targetLead: new RegExp(`^(?:${phrases(w.targetLeads)})\\s+`),
    targetFiller: new RegExp(`\\b(?:${phrases(w.targetFiller)})\\b`, "g"),
    programmeArticle: new RegExp(`^\\s*(?:${phrases(w.programmeArticles)})\\s+`, "i"),
    linkNotice: new RegExp(`\\b(?:${phrases(w.linkNotice)})\\b`, "i"),
  };
  return revisions;
}
