/**
 * A greeting at the head of a message, in any of the six languages ("hello, rsvp yes",
 * "bonsoir mon fuseau horaire est Genève", "你好我的提醒", "bonsoir" alone): which language it
 * is in and what follows it. Only a message whose first word starts a greeting of some
 * language is read for one (a set look-up); the rest of the turn pays nothing.
 */
import { COMMAND_WORDS } from "./commands.js";
import { commandOf, compiled } from "./compile.js";
import { detectLanguage } from "./detect.js";
import { readAsWritten, rsvpGrammar, timeZoneGrammar } from "./grammar.js";
import { english } from "./locales/en/lexicon.js";
import { LOCALE_WORDS } from "./locales.js";
import { normalizeText } from "./normalise.js";
import { toPivot } from "./pivot.js";

/** "hello", "thanks", "good evening" (English's words, or another language's read into them): a greeting alone. */
const GREETING_ONLY = compiled(english).greetingOnly;
/** The same without thanks: "ok" or "merci" alone is no greeting to answer with one. */
const HELLO_ONLY = compiled(english).helloOnly;

type Words = NonNullable<(typeof LOCALE_WORDS)[string]>;

/** A language's words that the pivot reads as a greeting or thanks, as `normalizeText` spells them. */
function greetingKeys(words: Words): string[] {
  return [...words.terms]
    .filter(([, meaning]) => GREETING_ONLY.test(meaning.toLowerCase()))
    .map(([key]) => normalizeText(key));
}

const SEPARATORS = /[\s,!.;:،，！。；：؛]+/u;

/** The first run of characters that are not {@link SEPARATORS} (white space and punctuation). */
const FIRST_WORD = /[^\s,!.;:،，！。；：؛]+/u;

function firstWord(text: string): string {
  return FIRST_WORD.exec(text)?.[0] ?? "";
}

const SPACED = Object.values(LOCALE_WORDS).filter((words): words is Words => words?.spaced === true);
const UNSPACED = Object.values(LOCALE_WORDS).filter((words): words is Words => words?.spaced === false);
const ALL = [...SPACED, ...UNSPACED];

/**
 * The first words greetings and thanks start with in every language written with spaces, as
 * `normalizeText` spells them: a message that starts otherwise has no greeting to drop.
 */
const GREETING_LEADS: ReadonlySet<string> = new Set([
  ...[...english.greetings, ...english.thanks].map((phrase) => firstWord(normalizeText(phrase))),
  ...SPACED.flatMap((words) => greetingKeys(words).map(firstWord)),
]);

/** Every word of those greetings and thanks: a head with another word is no greeting ("all sessions"). */
const GREETING_WORDS: ReadonlySet<string> = new Set([
  ...[...english.greetings, ...english.thanks].flatMap((phrase) => normalizeText(phrase).split(SEPARATORS)),
  ...SPACED.flatMap((words) => greetingKeys(words).flatMap((key) => key.split(SEPARATORS))),
]);

/** The greetings and thanks of the languages written without spaces, whole ("你好", "谢谢"). */
const UNSPACED_GREETINGS: readonly string[] = UNSPACED.flatMap(greetingKeys);

/** Whether a message starts as a greeting or thanks of some language may. */
function mayOpenWithGreeting(normal: string): boolean {
  return GREETING_LEADS.has(firstWord(normal)) || UNSPACED_GREETINGS.some((key) => normal.startsWith(key));
}

/**
 * Whether every word of a head is a greeting's word, or a head written without spaces is
 * greetings end to end ("你好", "大家好"; not "你好像", you seem).
 */
function greetingWordsOnly(head: string): boolean {
  const normal = normalizeText(head);
  if (HAN.test(normal)) return unspacedGreetingsOnly(normal.replace(UNSPACED_SEPARATORS, ""));
  return normal.split(SEPARATORS).every((word) => word === "" || GREETING_WORDS.has(word));
}

const UNSPACED_SEPARATORS = /[\s,!.;:，！。；：]+/gu;

function unspacedGreetingsOnly(text: string): boolean {
  if (text === "") return true;
  return UNSPACED_GREETINGS.some(
    (key) => text.startsWith(key) && unspacedGreetingsOnly(text.slice(key.length)),
  );
}

/** What stands, in a pivot's reading, for words it did not know. */
const GAP = "…";

/**
 * The language of words that are a greeting (or thanks; `only` says which) alone: "en", or the first language
 * whose pivot reads them so. `strictly`: every word of them is known ("Holanda",
 * "приветствие" or "bonjour à la fête" are not a greeting, where the pivot alone would read "hello").
 */
function greetingLanguage(head: string, strictly: boolean, only = GREETING_ONLY): string | undefined {
  const key = `${strictly ? 1 : 0}${only === HELLO_ONLY ? 1 : 0}${head}`;
  const known = greetingLanguages.get(key);
  if (known !== undefined) return known ?? undefined;
  const locale = readGreetingLanguage(head, strictly, only);
  if (greetingLanguages.size >= 256) greetingLanguages.clear();
  greetingLanguages.set(key, locale ?? null);
  return locale;
}

/**
 * The greetings last read and their languages (null: none): heads are the few greetings
 * people write, and reading one costs a pivot in each language.
 */
const greetingLanguages = new Map<string, string | null>();

function readGreetingLanguage(head: string, strictly: boolean, only: RegExp): string | undefined {
  if (only.test(head.toLowerCase())) return "en";
  for (const words of ALL) {
    const read = toPivot(head, words, () => false, GAP);
    if (only.test(read.text.toLowerCase()) && (!strictly || read.gapped === read.text)) return words.locale;
  }
  return undefined;
}

const LETTER = /\p{L}/u;
const SPACE = /\s/u;
const HAN = /\p{Script=Han}/u;

/** Where a greeting may end without punctuation: the first few spaces, or between Chinese characters. */
function unpunctuatedEnds(text: string): number[] {
  const ends: number[] = [];
  for (let at = 1; at < Math.min(text.length, 30) && ends.length < 6; at += 1) {
    const before = text[at - 1] ?? "";
    const here = text[at] ?? "";
    if (SPACE.test(here) && !SPACE.test(before)) ends.push(at);
    else if (HAN.test(before) && HAN.test(here)) ends.push(at);
  }
  return ends;
}

const { set: SET_ZONE, setThenAsk: SET_ZONE_THEN_ASK } = timeZoneGrammar();

/**
 * What a greeting may stand before and be dropped from: a whole-message command (`commands.ts`:
 * "my reminders", a ping's "received"), an RSVP ("rsvp yes …", "I'll come to the reception",
 * "je serai à la réception", "ya no voy" alone), a POC's change or statement ("mon téléphone est …"), a
 * time-zone choice ("my time zone is Tokyo", "mi zona horaria es Bogotá"; "мой часовой пояс
 * Москва" read through the pivot of its language, else of `locale`, the greeting's).
 */
export function isStatement(text: string, locale = "en"): boolean {
  const trimmed = text.trim();
  if (!LETTER.test(trimmed)) return false;
  if (commandOf(trimmed) || readAsWritten(trimmed) || setsZone(trimmed)) return true;
  const rsvp = rsvpGrammar();
  if (
    rsvp.statementOf(trimmed) !== undefined ||
    rsvp.bareStatementOf(trimmed) !== undefined ||
    rsvp.cancel.test(trimmed) ||
    rsvp.cannotCome.test(trimmed) ||
    rsvp.willAttend.test(trimmed)
  )
    return true;
  // Only a message with a language's words for a time-zone choice is pivoted to read one.
  const normal = normalizeText(trimmed);
  if (!ZONE_CHOICE_WORDS.some((words) => normal.includes(words))) return false;
  const detected = detectLanguage(trimmed);
  const words = LOCALE_WORDS[detected === undefined || detected === "other" ? locale : detected];
  return words !== undefined && setsZone(toPivot(trimmed, words, () => false).text);
}

/** The words each language chooses a time zone with, which its pivot reads ("мой часовой пояс"), as `normalizeText` spells them. */
const ZONE_CHOICE_WORDS: readonly string[] = Object.values(COMMAND_WORDS).flatMap((words) =>
  Object.entries(words.terms ?? {})
    .filter(([, meaning]) => setsZone(`${meaning} tokyo`))
    .map(([key]) => normalizeText(key).replace(/[\s—-]+$/u, "")),
);

function setsZone(text: string): boolean {
  return SET_ZONE.test(text) || SET_ZONE_THEN_ASK.test(text);
}

/** A greeting at a message's head: its language, and the rest ("" when the greeting is the whole message). */
export interface Greeted {
  locale: string;
  rest: string;
}

const PUNCTUATED = /^\s*([^,!.;:،，！。；：؛]{1,30}?)\s*[,!.;:،，！。；：؛]+\s*([\s\S]*)$/u;
const END_PUNCTUATION = /[\s,!.;:،，！。；：؛?？]+$/u;

/**
 * A greeting, then what `reads` accepts (by default {@link isStatement}), or a greeting alone:
 * the greeting's language and the rest; `undefined` for anything else. Without punctuation
 * after it, the greeting's words must all be known.
 * @example splitGreeting("bonjour, mon fuseau horaire est Genève") // { locale: "fr", rest: "mon fuseau horaire est Genève" }
 * @example splitGreeting("buenas noches") // { locale: "es", rest: "" }
 * @example splitGreeting("hello kitty rsvp yes") === undefined
 */
export function splitGreeting(
  text: string,
  reads: (rest: string, locale: string) => boolean = isStatement,
): Greeted | undefined {
  const normal = normalizeText(text).trim();
  if (!mayOpenWithGreeting(normal)) return undefined;
  const trimmed = text.trim();
  // A greeting alone, maybe with its punctuation ("bonsoir !", "добрый вечер").
  const whole = trimmed.replace(END_PUNCTUATION, "");
  if (whole.length <= 40 && greetingWordsOnly(whole)) {
    const locale = greetingLanguage(whole, true, HELLO_ONLY);
    if (locale) return { locale, rest: "" };
  }
  const lead = PUNCTUATED.exec(trimmed);
  if (lead) {
    const head = lead[1] ?? "";
    const rest = lead[2] ?? "";
    const locale = rest !== "" && greetingWordsOnly(head) ? greetingLanguage(head, false) : undefined;
    if (locale && reads(rest, locale)) return { locale, rest };
  }
  for (const end of unpunctuatedEnds(trimmed)) {
    const head = trimmed.slice(0, end);
    // A longer head has this word too: no greeting ends further on (in Chinese, a longer head
    // may be one: "你" of "你好").
    if (!greetingWordsOnly(head)) {
      if (HAN.test(head)) continue;
      break;
    }
    const rest = trimmed.slice(end).trim();
    const locale = greetingLanguage(head, true);
    if (locale && reads(rest, locale)) return { locale, rest };
  }
  return undefined;
}
