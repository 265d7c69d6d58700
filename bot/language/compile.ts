/**
 * Matchers compiled from a {@link Lexicon}: word lists become one regular expression each
 * (longest phrase first, whole words only), built once per lexicon and cached. This is the
 * only place that turns words into patterns; nothing here names a word of any language.
 */
import { escapeRegExp } from "../regexp.js";
import { COMMAND_IDS, COMMAND_WORDS, type CommandId, type CommandWords, UNSPACED } from "./commands.js";
import { slipReader } from "./distance.js";
import type { Facet, Lexicon, PartOfDay } from "./lexicon.js";
import { englishCommands } from "./locales/en/commands.js";
import { normalizeText } from "./normalise.js";

/**
 * One alternation matching any of the phrases as whole words; in a phrase, a space matches
 * any run of spaces and `*` any one word.
 * @example phrasePattern(["day after tomorrow", "today"]).source // "(?<![\\w'])(?:day\\s+after\\s+tomorrow|today)(?![\\w'])"
 */
export function phrasePattern(phrases: Iterable<string>, flags = ""): RegExp {
  const sorted = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return /(?!)/;
  const body = sorted.map(phraseSource).join("|");
  return new RegExp(`(?<![\\w'])(?:${body})(?![\\w'])`, flags);
}

/** One phrase as pattern source: literal characters, flexible spaces, `*` for one word. */
export function phraseSource(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((word) => (word === "*" ? "[a-z]+" : escapeRegExp(word)))
    .join("\\s+");
}

/** Alternation source (no boundaries) of a list, longest first, for use inside a bigger pattern. */
export function alternation(phrases: Iterable<string>): string {
  const sorted = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  return sorted.length === 0 ? "(?!)" : sorted.map(phraseSource).join("|");
}

/**
 * Everything a lexicon compiles to.
 * @example compiled(english).relativeDay.test("the day after tomorrow") === true
 */
export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Shorthand words, whole words, global. */
  shorthand: RegExp;
  relativeDay: RegExp;
  /** A weekday with an optional modifier: groups 1 = modifier, 2 = weekday word. */
  weekday: RegExp;
  /** Modifier then any 6–10 letter word, for misspelt weekdays. */
  weekdayLike: RegExp;
  /** "day 3", "third day": group 1 = number after "day", 2 = ordinal before it. */
  sessionDay: RegExp;
  /** "first session", "final session": a phrase of `sessionDayPhrases`. */
  sessionDayPhrase: RegExp;
  /** 12-hour clock: 1 hour, 2 minutes, 3 "am"/"pm" word. */
  clock12: RegExp;
  /** 24-hour clock: 1 hours, 2 minutes. */
  clock24: RegExp;
  /**
   * A bare hour after a clock lead ("at 11", "around 15"): 1 the hour. Not a count ("at 10
   * minutes") nor a day ("at 9 May"), nor a number written on ("at 11th", "at 11.30").
   */
  clockHour: RegExp;
  /**
   * An ordinal day of the month alone ("the 4th"): 1 the day. Not one of a session, a day or
   * an item ("the 8th session", "the 2nd day"), nor one a month follows ("the 4th of March").
   */
  monthDay: RegExp;
  noon: RegExp;
  /** 1 "this", 2 part-of-day word. */
  partOfDay: RegExp;
  /** "this" then any 6–11 letter word, for misspelt parts of the day ("aftrnoon"). */
  partLike: RegExp;
  /**
   * The part of the day's full name a word is a slip of ("aftrnoon" → "afternoon"): within one
   * edit of a one-word name of 7 letters or more, two for 9 or more; else undefined.
   */
  partSlip(word: string): string | undefined;
  /**
   * The weekday a word is a slip of ("thrusday", "wendsday"): the index in `weekdayNames` of the
   * first within one edit, two for words of 7 letters or more; else undefined.
   */
  weekdaySlip(word: string): number | undefined;
  /** A day word followed by am/pm: 1 the day, 2 am/pm word. */
  dayThenMeridiem: RegExp;
  /** "in half an hour", "an hour and a half from now": the phrase, in group 1 or 2 (`durations`). */
  durationAhead: RegExp | null;
  /** "in 2 days", "in an hour": 1 count, 2 unit. */
  countAhead: RegExp;
  /** "in 1h30", "in 2h": hours and minutes written as one count (not the clock time 1:30): 1 hours, 2 minutes. */
  hoursAhead: RegExp;
  /** "2 days from now", "30 minutes later": 1 count, 2 unit. */
  countAfter: RegExp;
  week: RegExp;
  restOfDay: RegExp;
  restOfWeek: RegExp;
  soFar: RegExp;
  /** Any month word (to decide whether a calendar date may be there). */
  monthHint: RegExp;
  /** The lexicon's `notDates` ("24/7"), whole, everywhere (global); none: a pattern that never matches. */
  notDate: RegExp;
  past: RegExp;
  now: RegExp;
  next: RegExp;
  previous: RegExp;
  /** An anchor word before something named: 1 the word. */
  anchor: RegExp;
  facets: readonly { facet: Facet; pattern: RegExp }[];
  schedulePhrase: RegExp;
  shape: RegExp;
  agendaItem: RegExp;
  unstated: readonly { label: string; pattern: RegExp }[];
  /** Any of the `unstated` facts' phrases: most messages name none, and are asked once. */
  unstatedAny: RegExp;
  /** "lunch break", "recess": a pause between meetings. */
  breaks: RegExp;
  /** "after this one", "next substantive session": a later session of the series. */
  laterSession: RegExp;
  /** "the 8th session", "second POC meeting": 1 the ordinal (a number with its suffix, or a word). */
  numberedSession: RegExp;
  /** The whole message is greetings or thanks ("good evening!", "hi, thanks"). */
  greetingOnly: RegExp;
  /** The whole message is greetings, without thanks ("good evening!", "hi there"): a greeting alone. */
  helloOnly: RegExp;
  /** Greetings before a question ("good afternoon, what's on today?"), to drop. */
  greetingLead: RegExp;
  /** A question word ("when is …", "what's on …", Chinese "… when"): a greeting before it is no part of the question. */
  questionWord: RegExp;
  /** After a clock time: 1 the zone it is in (maybe none), 2 the zone to convert to. */
  conversionTail: RegExp;
  /**
   * The same at the last conversion word: "… 3pm in geneva, what time is it in tokyo" (the
   * zone the clock time is in, then the question, then the zone asked for).
   */
  conversionTailLast: RegExp;
  /** "what time is it", "what's the time now": the time now. */
  timeNow: RegExp;
  /** "time", "local time": the time now when a place is named and nothing else (global). */
  timeInPlace: RegExp;
  /** The same words starting the message ("time in Beijing", "the time in Beijing?"). */
  timeInPlaceLead: RegExp;
  /** "start", "begins": asks when something starts. */
  start: RegExp;
  /** "the next day", "the day after": the day after the previous question's. */
  dayAfter: RegExp;
  /** "the day before", "the previous day", ending the message: the day before the previous question's. */
  dayBefore: RegExp;
  greeting: RegExp;
  thanks: RegExp;
  followUpOpener: RegExp;
  pronoun: RegExp;
  myTime: RegExp;
  whereIAm: RegExp;
  zoneAbbreviation: RegExp;
  /** "UTC+5:30", "gmt-3": the whole offset. */
  zoneOffset: RegExp;
  /** "in Tokyo time", "Geneva time", "… in Nairobi?": group 1 the place words (global). */
  zonePhrases: readonly RegExp[];
  /** The part of day a word names. */
  partWord(word: string): PartOfDay | undefined;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

/**
 * The compiled matchers of a lexicon (built on first use, then cached).
 * @example compiled(english).weekday.exec("next thursday")?.[2] === "thursday"
 */
export function compiled(lexicon: Lexicon): CompiledLexicon {
  const known = cache.get(lexicon);
  if (known) return known;
  const made = compile(lexicon);
  cache.set(lexicon, made);
  return made;
}

/** A whole message made of these phrases alone, with spaces and punctuation between ("hi there!", "hello, thanks"). */
function onlyPhrases(phrases: Iterable<string>): RegExp {
  const any = alternation(phrases);
  return new RegExp(`^[\\s!.,?]*(?:${any})(?:[\\s!.,?]+(?:${any}))*[\\s!.,?]*$`);
}

/** The lexicon's `durations` after a `countBefore` word or before a `countAfter` one; `null` without any. */
function durationPattern(lx: Lexicon): RegExp | null {
  const phrases = [...(lx.durations?.keys() ?? [])];
  if (phrases.length === 0) return null;
  const duration = alternation(phrases);
  return new RegExp(
    `(?<![\\w'])(?:(?:${alternation(lx.countBefore)})\\s+(${duration})|(${duration})\\s+(?:${alternation(lx.countAfter)}))(?![\\w'])`,
  );
}

function compile(lx: Lexicon): CompiledLexicon {
  const b = (source: string, flags = "") => new RegExp(`(?<![\\w'])(?:${source})(?![\\w'])`, flags);
  const modifiers = alternation(lx.weekdayModifiers.keys());
  const weekdays = alternation(lx.weekdays.keys());
  const numberWords = alternation([...lx.ordinals.keys()].filter((word) => !/^\d/.test(word)));
  const ordinalWords = alternation([...lx.ordinals.keys(), ...lx.sessionDayWords.keys()]);
  const dayWord = alternation(lx.dayWords);
  const am = alternation(lx.meridiem.am);
  const pm = alternation(lx.meridiem.pm);
  const leads = alternation(lx.clockLeads);
  const months = alternation(lx.months.keys());
  const units = alternation(lx.timeUnits.keys());
  const count = `\\d{1,3}|${alternation([...lx.oneWords, ...lx.ordinals.keys()].filter((w) => !/^\d/.test(w)))}`;
  const dayThen = [
    weekdays,
    alternation(lx.relativeDays.keys()),
    `${dayWord}\\s+(?:\\d{1,2}|${numberWords})`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${months})\\.?`,
    `(?:${months})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?`,
    "\\d{4}-\\d{2}-\\d{2}",
    "\\d{1,2}\\/\\d{1,2}",
  ].join("|");
  return {
    lexicon: lx,
    shorthand: phrasePattern(lx.shorthand.keys(), "g"),
    relativeDay: phrasePattern(lx.relativeDays.keys()),
    weekday: b(`(?:(${modifiers})\\s+)?(${weekdays})(?:s|'s)?`),
    weekdayLike: b(`(?:(${modifiers})\\s+)?([a-z]{5,10})`, "g"),
    sessionDay: b(`(?:${dayWord})\\s+(\\d{1,2}|${numberWords})|(${ordinalWords})\\s+(?:${dayWord})`),
    sessionDayPhrase: phrasePattern(lx.sessionDayPhrases?.keys() ?? []),
    clock12: new RegExp(
      `(?<![\\w'])(?:(?:${leads})\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*(${am}|${pm})(?![\\w'])\\.?`,
    ),
    clock24: b(`(?:(?:${leads})\\s+)?([01]?\\d|2[0-3])[:h]([0-5]\\d)`),
    clockHour: b(
      `(?:${leads})\\s+([01]?\\d|2[0-3])(?![\\w'/:]|\\.\\d|\\s+(?:of\\s+)?(?:${units}|${months})(?![\\w']))`,
    ),
    monthDay: b(
      `(?:(?:${alternation(lx.monthDayLeads)})\\s+)?(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)(?!\\s+(?:of\\s+)?(?:[a-z]+\\s+){0,2}?(?:${alternation([...lx.sessionNouns, ...lx.dayWords, ...lx.agendaItemWords])}|${months})(?![\\w']))`,
    ),
    noon: phrasePattern(lx.noonWords),
    partOfDay: b(`(?:(${alternation(lx.thisWords)})\\s+)?(${alternation(lx.partsOfDay.keys())})s?`),
    partLike: b(`(?:(${alternation(lx.thisWords)})\\s+)?([a-z]{6,11})`, "g"),
    partSlip: slipReader(
      [...lx.partsOfDay.keys()].filter((word) => /^[a-z]{7,}$/.test(word)),
      (word) => (word.length >= 9 ? 2 : 1),
    ),
    weekdaySlip: weekdaySlipOf(lx.weekdayNames),
    dayThenMeridiem: new RegExp(`(?<![\\w'])(${dayThen})\\s+(${am}|${pm})(?![\\w'])\\.?`),
    durationAhead: durationPattern(lx),
    countAhead: b(`(?:${alternation(lx.countBefore)})\\s+(${count})\\s+(${units})`),
    hoursAhead: b(`(?:${alternation(lx.countBefore)})\\s+(\\d{1,2})\\s?h\\s?([0-5]\\d)?`),
    countAfter: b(`(${count})\\s+(${units})\\s+(?:${alternation(lx.countAfter)})`),
    week: phrasePattern(lx.weekPhrases.keys()),
    restOfDay: phrasePattern(lx.restOfDay),
    restOfWeek: phrasePattern(lx.restOfWeek),
    soFar: phrasePattern(lx.soFar),
    monthHint: new RegExp(`\\d|${b(months).source}`),
    notDate: lx.notDates?.length
      ? new RegExp(`(?<![\\w/.])(?:${alternation(lx.notDates)})(?![\\w/.])`, "g")
      : /(?!)/g,
    past: phrasePattern(lx.pastWords, "i"),
    now: phrasePattern(lx.nowWords),
    next: b(`(?:${alternation(lx.nextWords)})(?!\\s+(?:${alternation(lx.nextDateWords)})\\b)`),
    previous: phrasePattern(lx.previousWords),
    anchor: new RegExp(
      `(?<![\\w'])(${alternation(lx.anchorWords.keys())})\\s+(?!(?:${alternation(lx.anchorPronouns)})(?![\\w']))(?:the\\s+)?[a-z]`,
    ),
    facets: lx.facets.map(({ facet, phrases }) => ({ facet, pattern: phrasePattern(phrases) })),
    schedulePhrase: phrasePattern(lx.schedulePhrases),
    shape: phrasePattern([...lx.shapePhrases, ...lx.nowWords, ...lx.nextWords, ...lx.previousWords], "g"),
    agendaItem: b(
      `(?:${alternation(lx.agendaItemWords)})\\s*(?:no\\.?|number|#)?\\s*(\\d{1,2}|${numberWords})`,
    ),
    unstated: lx.unstatedFacts.map(({ label, phrases }) => ({ label, pattern: phrasePattern(phrases) })),
    unstatedAny: phrasePattern(lx.unstatedFacts.flatMap(({ phrases }) => phrases)),
    breaks: phrasePattern(lx.breakPhrases),
    laterSession: phrasePattern(lx.laterSessionPhrases),
    numberedSession: b(
      `(\\d{1,2}(?:st|nd|rd|th)|${alternation([...lx.ordinals.keys()].filter((word) => /^[a-z]+(?:st|nd|rd|th)$/.test(word)))})\\s+(?:[a-z]+\\s+){0,2}?(?:${alternation(lx.sessionNouns)})`,
    ),
    greeting: phrasePattern(lx.greetings),
    greetingOnly: onlyPhrases([...lx.greetings, ...lx.thanks]),
    helloOnly: onlyPhrases(lx.greetings),
    greetingLead: new RegExp(`^(?:${alternation(lx.greetings)})[\\s!.,]+(?=\\S)`),
    questionWord: new RegExp(`(?<![\\w'])(?:${alternation(lx.questionWords)})(?!\\w)`),
    timeNow: phrasePattern(lx.timeNowPhrases),
    timeInPlace: phrasePattern(lx.timeInPlacePhrases, "g"),
    timeInPlaceLead: new RegExp(`^(?:${alternation(lx.timeInPlacePhrases)})(?![\\w'])`),
    start: phrasePattern(lx.startPhrases),
    dayAfter: phrasePattern(lx.dayAfterPhrases),
    dayBefore: new RegExp(`${phrasePattern(lx.dayBeforePhrases).source}(?=[^\\p{L}\\p{N}]*$)`, "u"),
    conversionTail: new RegExp(
      `^\\s*(?:(.+?)\\s+)?(?:${alternation(lx.convertInto)})\\s+([a-z][a-z .'/+:0-9-]*?)\\s*[?.!]*$`,
    ),
    conversionTailLast: new RegExp(
      `^\\s*(?:(.+)\\s+)?(?:${alternation(lx.convertInto)})\\s+([a-z][a-z .'/+:0-9-]*?)\\s*[?.!]*$`,
    ),
    thanks: phrasePattern(lx.thanks),
    followUpOpener: new RegExp(`^(?:${alternation(lx.followUpOpeners)})(?![\\w'])`),
    pronoun: phrasePattern(lx.pronouns),
    myTime: phrasePattern(lx.myTimePhrases),
    whereIAm: new RegExp(`(?<![\\w'])(?:${alternation(lx.whereIAmPhrases)})\\s+(.+?)[.!?]*$`),
    zoneAbbreviation: phrasePattern(lx.zoneAbbreviations.keys()),
    zoneOffset: b(
      `(?:${alternation(lx.utcWords.filter((w) => w.length > 1))})\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?`,
    ),
    zonePhrases: [
      new RegExp(
        `(?<![\\w'])(?:${alternation(lx.zoneWords.in)})\\s+([a-z][a-z .'/_-]{1,30}?)\\s+(?:${alternation(lx.zoneWords.time)})(?![\\w'])`,
        "g",
      ),
      new RegExp(
        `(?<![\\w'])([a-z][a-z'/_-]{1,20}(?:\\s[a-z][a-z'_-]{2,20})?)\\s+(?:${alternation(lx.zoneWords.time)})(?![\\w'])`,
        "g",
      ),
      new RegExp(
        // "… in beijing when" (Chinese "北京时间几点"): one question word may end the message (kept).
        `(?<![\\w'])(?:${alternation(lx.zoneWords.in)})\\s+([a-z][a-z .'/_-]{1,30}?)(?=(?:\\s+(?:${alternation(lx.questionWords)}))?\\s*[?.!]*$)`,
        "g",
      ),
      new RegExp(
        // "reception what time geneva": a place ending the message right after a time question.
        `(?<=(?<![\\w'])(?:${alternation(lx.zoneAfterAsking)})\\s+)([a-z][a-z .'/_-]{1,30}?)(?=\\s*[?.!]*$)`,
        "g",
      ),
    ],
    partWord: (word) => lx.partsOfDay.get(word),
  };
}

/**
 * Every spelling a command phrase allows: `[a|b]` is an optional choice of words, `(a|b)`
 * a required one.
 * @example phraseVariants("[show] my (reminders|alerts)") // ["show my reminders", "show my alerts", "my reminders", "my alerts"]
 */
export function phraseVariants(phrase: string): string[] {
  // Innermost group first, so "[(for|to) …]" works.
  const group = /\[([^[\]()]*)\]|\(([^[\]()]*)\)/.exec(phrase);
  if (!group) return [phrase.replace(/\s+/g, " ").trim()];
  const open = group.index;
  const close = open + group[0].length - 1;
  const options = group[1] !== undefined ? [...group[1].split("|"), ""] : (group[2] ?? "").split("|");
  return options.flatMap((option) =>
    phraseVariants(`${phrase.slice(0, open)}${option}${phrase.slice(close + 1)}`),
  );
}

/** One command phrase as pattern source: literal, flexible spaces, `*` ending a word a stem, `…` any words. */
function commandSource(phrase: string): string {
  return phrase
    .split(" ")
    .map((word) => {
      if (word === "…" || word === "...") return ".+";
      const stem = word.endsWith("*") && word.length > 1;
      const body = escapeRegExp(stem ? word.slice(0, -1) : word);
      return stem ? `${body}[\\p{L}\\p{M}]*` : body;
    })
    .join("\\s+");
}

interface CompiledCommands {
  /** Plain phrases (no stem, no "…"), normalised: a whole message is looked up, not matched. */
  exact: Map<string, { id: CommandId; locale: string }>;
  /** Chinese and other unspaced languages: their plain phrases without spaces. */
  exactUnspaced: Map<string, { id: CommandId; locale: string }>;
  /** Phrases with a stem (`*`) or any words (`…`): patterns, tried after the look-ups. */
  spaced: CommandsByLead;
  unspaced: CommandsByLead;
}

/**
 * Patterned commands by the first letter a message starts with: for each letter, in order,
 * those whose phrases can start with it (and those that can start with anything); a message
 * passes every command route, and most are no command at all, so it is tried only against
 * the few that could take it.
 */
interface CommandsByLead {
  byLead: Map<string, PatternedCommand[]>;
  /** For a letter no phrase starts with: the commands that can start with anything. */
  anyLead: PatternedCommand[];
}

/** A command's phrases with a stem or "…", as one pattern for a whole message. */
interface PatternedCommand {
  id: CommandId;
  locale: string;
  pattern: RegExp;
  /** The first letters its phrases can start with (`undefined`: any, a phrase starts with "…"). */
  leads: ReadonlySet<string> | undefined;
}

/** The commands in order, indexed by the letters they can start with ({@link CommandsByLead}). */
function byLead(commands: readonly PatternedCommand[]): CommandsByLead {
  const letters = new Set(commands.flatMap((command) => [...(command.leads ?? [])]));
  const index: CommandsByLead = { byLead: new Map(), anyLead: commands.filter((c) => c.leads === undefined) };
  for (const letter of letters)
    index.byLead.set(
      letter,
      commands.filter((command) => command.leads === undefined || command.leads.has(letter)),
    );
  return index;
}

let compiledCommandWords: CompiledCommands | undefined;

/**
 * A command phrase or a message as compared: normalised, an apostrophe or a comma between
 * words read as a space, as people type them on a phone ("j ai bien recu", "received, thanks").
 * @example commandKey("J'ai bien reçu") === commandKey("j ai bien recu")
 */
function commandKey(text: string): string {
  let key = normalizeText(text);
  // Each replacement only where it can change something: a message passes here several times.
  if (APOSTROPHE_OR_COMMA.test(key)) key = key.replace(BETWEEN_WORDS, " ");
  if (SPACES_TO_COLLAPSE.test(key)) key = key.replace(/\s+/g, " ");
  return key.trim();
}

const APOSTROPHE_OR_COMMA = /[',，،]/;
const BETWEEN_WORDS = /(?<=\p{L})[',，،](?=\s*\p{L})/gu;
/** Two white-space characters in a row, or one that is not a plain space. */
const SPACES_TO_COLLAPSE = /\s\s|[^\S ]/;

function commandPatterns(): CompiledCommands {
  if (compiledCommandWords) return compiledCommandWords;
  const exact = new Map<string, { id: CommandId; locale: string }>();
  const exactUnspaced = new Map<string, { id: CommandId; locale: string }>();
  const spaced: PatternedCommand[] = [];
  const unspacedCommands: PatternedCommand[] = [];
  for (const [locale, words] of Object.entries(COMMAND_WORDS)) {
    const unspaced = UNSPACED.has(locale);
    for (const id of COMMAND_IDS) {
      const variants = words.commands[id]
        .flatMap(phraseVariants)
        .map(commandKey)
        .map((variant) => (unspaced ? variant.replace(/\s+/g, "") : variant))
        .filter(Boolean)
        .sort((a, b) => b.length - a.length);
      const looked = unspaced ? exactUnspaced : exact;
      const patterned: string[] = [];
      for (const variant of new Set(variants)) {
        if (/\*(?:\s|$)|…|\.\.\./.test(variant)) patterned.push(variant);
        else if (!looked.has(variant)) looked.set(variant, { id, locale });
      }
      if (patterned.length === 0) continue;
      const pattern = new RegExp(`^(?:${patterned.map(commandSource).join("|")})$`, "u");
      const leads = patterned.some((variant) => /^(?:…|\.\.\.|\*)/.test(variant))
        ? undefined
        : new Set(patterned.map((variant) => String.fromCodePoint(variant.codePointAt(0) ?? 0)));
      (unspaced ? unspacedCommands : spaced).push({ id, locale, pattern, leads });
    }
  }
  compiledCommandWords = { exact, exactUnspaced, spaced: byLead(spaced), unspaced: byLead(unspacedCommands) };
  return compiledCommandWords;
}

/**
 * The last texts asked about, with what they are: every command route of a turn asks about
 * the same text, and a turn in another language asks about its words as written and as read
 * into English (with and without the question mark).
 */
const recentCommands = new Map<string, { id: CommandId; locale: string } | null>();
const RECENT_COMMANDS = 64;

/**
 * The command a whole message is, in any of the bot's languages, and the language it was
 * said in (trailing punctuation, case, accents and Arabic letter forms do not matter).
 * Plain phrases are looked up in a map; only phrases with a stem or "…" are patterns.
 * @example commandOf("Mes rappels ?") // { id: "myReminders", locale: "fr" }
 * @example commandOf("what's on today?") === undefined
 */
export function commandOf(text: string): { id: CommandId; locale: string } | undefined {
  const known = recentCommands.get(text);
  if (known !== undefined) return known ?? undefined;
  const found = findCommand(text);
  if (text.length <= 300) {
    if (recentCommands.size >= RECENT_COMMANDS) recentCommands.clear();
    recentCommands.set(text, found ?? null);
  }
  return found;
}

function findCommand(text: string): { id: CommandId; locale: string } | undefined {
  const whole = commandKey(text);
  // Spanish opens a question or an exclamation too ("¿recibido?", "¡recibido!").
  const bare = whole.replace(/[\s.!?,。！？，]+$/u, "").replace(/^[¿¡]\s*/u, "");
  const { exact, exactUnspaced, spaced, unspaced } = commandPatterns();
  for (const candidate of bare && bare !== whole ? [whole, bare] : [whole]) {
    const joined = candidate.includes(" ") ? candidate.replace(/\s+/g, "") : candidate;
    const looked = exact.get(candidate) ?? exactUnspaced.get(joined);
    if (looked) return looked;
    const found = firstMatching(spaced, candidate);
    if (found) return { id: found.id, locale: found.locale };
    const unspacedFound = firstMatching(unspaced, joined);
    if (unspacedFound) return { id: unspacedFound.id, locale: unspacedFound.locale };
  }
  return undefined;
}

/** The first command whose pattern takes `text`, of those whose phrases can start as `text` does. */
function firstMatching(commands: CommandsByLead, text: string): PatternedCommand | undefined {
  const lead = String.fromCodePoint(text.codePointAt(0) ?? 0);
  for (const command of commands.byLead.get(lead) ?? commands.anyLead)
    if (command.pattern.test(text)) return command;
  return undefined;
}

/**
 * A router matcher for one command, in every language.
 * @example router.message(commandMatcher("help"), showHelp);
 */
export function commandMatcher(id: CommandId): (text: string) => boolean {
  return (text) => commandOf(text)?.id === id;
}

/**
 * The POC directory field a word names in any language's data ("téléphone" → "phone").
 * @example pocFieldOf("Téléphone") === "phone"
 */
export function pocFieldOf(words: string): string | undefined {
  const wanted = normalizeText(words).replace(/\s+/g, " ").trim();
  for (const { pocFields } of Object.values(COMMAND_WORDS))
    for (const [word, field] of Object.entries(pocFields ?? {}))
      if (normalizeText(word) === wanted) return field;
  return undefined;
}

/**
 * Whether a text may name a POC directory field in some language: it holds one of the field
 * names {@link pocFieldOf} knows, compared as it compares them (normalised), here with every
 * space taken out of both, since Chinese is written without them. A POC's change or statement
 * names its field, so a message without one is none, and their matchers need not run on it.
 * @example mayNamePocField("changer mon téléphone en +41 22") === true; mayNamePocField("what's on today?") === false
 */
export function mayNamePocField(text: string): boolean {
  pocFieldCue ??= new RegExp(
    alternation(
      Object.values(COMMAND_WORDS).flatMap(({ pocFields }) =>
        Object.keys(pocFields ?? {}).map((word) => normalizeText(word).replace(/\s+/g, "")),
      ),
    ),
  );
  return pocFieldCue.test(normalizeText(text).replace(/\s+/g, ""));
}

let pocFieldCue: RegExp | undefined;

/**
 * The value of an English number word ("forty five" → 45, "half an" → 0.5); the features'
 * grammars are English, other languages' number words are read into digits by `pivot.ts`.
 * @example numberWord("Twelve") === 12; numberWord("dozen") === undefined
 */
export function numberWord(word: string): number | undefined {
  return englishCommands.numberWords[word.toLowerCase().replace(/\s+/g, " ").trim()];
}

/**
 * Pattern source (no groups, no boundaries) of the English number words, longest first,
 * for use inside a feature's grammar; `whole` leaves out fractions ("half an"), `least`
 * smaller values (1: no "zero", "no").
 * @example new RegExp(`^(?:${numberWordSource()})$`).test("forty-five") === true
 */
export function numberWordSource({ whole = false, least = 0 } = {}): string {
  return alternation(
    Object.entries(englishCommands.numberWords)
      .filter(([, value]) => value >= least && (!whole || Number.isInteger(value)))
      .map(([word]) => word),
  );
}

/** Between and after small-talk words: spaces, end punctuation, a smile (not words of a language). */
const SMALL_TALK_GAP = "[\\s!.,，。！🙂😊]*";
let smallTalk: { thanks: RegExp; okay: RegExp } | undefined;

/**
 * Which small talk a whole message is, in any language's words (`smallTalk` in
 * `locales/<tag>/commands.ts`): only thanks ("thanks!", "merci", "谢谢", "🙏"), or only an
 * acknowledgement ("ok", "got it", "👍"); undefined otherwise.
 * @example smallTalkOf("Merci beaucoup !") === "thanks"
 * @example smallTalkOf("thanks for the answer") === undefined
 */
export function smallTalkOf(text: string): "thanks" | "okay" | undefined {
  smallTalk ??= (() => {
    const of = (pick: (words: NonNullable<CommandWords["smallTalk"]>) => readonly string[]) => {
      const words = Object.values(COMMAND_WORDS).flatMap((language) =>
        language.smallTalk ? pick(language.smallTalk) : [],
      );
      const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
      const alternatives = sorted.map((word) =>
        escapeRegExp(word).replace(/\s+/g, "\\s+").replace(/'/g, "['’]"),
      );
      return new RegExp(`^(?:(?:${alternatives.join("|")})${SMALL_TALK_GAP})+$`, "iu");
    };
    return { thanks: of((words) => words.thanks), okay: of((words) => words.okay) };
  })();
  const trimmed = text.trim();
  if (smallTalk.thanks.test(trimmed)) return "thanks";
  if (smallTalk.okay.test(trimmed)) return "okay";
  return undefined;
}

/** {@link CompiledLexicon.weekdaySlip}: a remembering {@link slipReader} over the weekday names. */
function weekdaySlipOf(names: readonly string[]): (word: string) => number | undefined {
  const read = slipReader(names, (word) => (word.length >= 7 ? 2 : 1));
  return (word) => {
    const name = read(word);
    return name === undefined ? undefined : names.indexOf(name);
  };
}
