/**
 * Which language a message is clearly in: by script for Arabic, Chinese and Russian, by
 * common words for French, Spanish and English. Short or ambiguous messages ("ok", "10:00",
 * "KEN") are in no clear language: the person keeps the one in use.
 */

import { escapeRegExp } from "../regexp.js";
import { COMMAND_WORDS } from "./commands.js";
import type { LocaleWords } from "./locale-words.js";
import { english } from "./locales/en/lexicon.js";
import { OTHER_LANGUAGE_WORDS } from "./locales/other-languages.js";
import { ENGLISH_CHOICE, LANGUAGES, LOCALE_WORDS } from "./locales.js";
import { normalizeText } from "./normalise.js";
import { isZoneCity } from "./zones.js";

/** What {@link detectLanguage} found: a tag, "other" (a seventh language), or nothing clear. */
export type Detected = string | "other" | undefined;

/** Scripts of languages the bot does not speak (kana, hangul, Hebrew, Greek, Devanagari, Thai…). */
const OTHER_SCRIPT = /[\u3040-\u30ff\uac00-\ud7af\u0590-\u05ff\u0370-\u03ff\u0900-\u097f\u0e00-\u0e7f]/u;
/** Accents, and French elision ("qu'", "d'aujourd'hui", "l'ordre"; not English "I'm", "don't"). */
const ACCENTED = { fr: /[àâçèêëîïôûùœ]|qu'|(?:^|[^a-z])[cdjlmnst]'[a-z]/u, es: /[ñ¿¡]|[áíóú]/u } as const;
/** A French elided word's own part: "d'aujourd'hui" → "aujourd'hui". */
const ELIDED = /^(?:[cdjlmnst]|qu)'(?=[a-z])/;

/** English words of the lexicon: never evidence of another language ("programme", "date"). */
const ENGLISH_WORDS = new Set(
  [
    ...ENGLISH_CHOICE.markers,
    ...english.weekdayNames,
    ...english.months.keys(),
    ...english.relativeDays.keys(),
    ...english.partsOfDay.keys(),
    ...english.facets.flatMap(({ phrases }) => phrases),
    ...english.stopWords,
    ...english.nowWords,
    ...english.nextWords,
  ].map(normalizeText),
);

/**
 * The features' words of a language that the pivot reads ("rappelle-moi", "prochaine séance"),
 * leaving out those that are the English word itself ("rsvp", "minutes").
 */
function commandTerms(locale: string): string[] {
  return Object.entries(COMMAND_WORDS[locale]?.terms ?? {})
    .filter(([word, meaning]) => normalizeText(word) !== normalizeText(meaning))
    .map(([word]) => word);
}

/**
 * A language's own single words beside its markers: weekdays, months, relative days, parts
 * of the day, question words, topics and stop words ("et demain ?", "y mañana?"), minus
 * English words, so a short question is still told apart.
 */
function ownWords(words: LocaleWords): string[] {
  const all = [
    ...words.markers,
    ...words.weekdays.keys(),
    ...words.months.keys(),
    ...words.relativeDays.keys(),
    ...words.partsOfDay.keys(),
    ...words.facets.flatMap(({ phrases }) => phrases),
    ...words.terms.keys(),
    ...words.stopWords,
    ...commandTerms(words.locale),
    ...ownPlaceNames(words),
  ]
    .filter((word) => !word.endsWith("*"))
    .map((word) => normalizeText(word).replace(/-/g, " "))
    .filter((word) => /^[a-z' ]+$/.test(word));
  return all.filter((word) => !ENGLISH_WORDS.has(word));
}

/**
 * Places the language spells its own way ("nueva york", "tokio", "ginebra"): a place written
 * as in English ("madrid", "nairobi") says nothing about the language.
 */
function ownPlaceNames(words: LocaleWords): string[] {
  return [...(words.places ?? [])]
    .filter(([name, english]) => normalizeText(name) !== normalizeText(english))
    .map(([name]) => name);
}

const markerSets = new Map<string, Set<string>>([
  ["en", new Set(ENGLISH_CHOICE.markers)],
  ...Object.values(LOCALE_WORDS)
    .filter((words) => words.markers.length > 0)
    .map((words): [string, Set<string>] => [words.locale, new Set(ownWords(words))]),
]);

/**
 * Words of the languages the bot does not speak (`locales/other-languages.ts`) that are no
 * word of the six: evidence of a seventh language. A word two languages share (Portuguese and
 * Spanish "que") says nothing.
 */
const OTHER_WORDS: ReadonlySet<string> = new Set(
  Object.values(OTHER_LANGUAGE_WORDS)
    .flatMap((words) => words.split(/\s+/))
    .filter((word) => word !== "" && !ENGLISH_WORDS.has(word))
    .filter((word) => ![...markerSets.values()].some((set) => set.has(word))),
);

/**
 * Each language's phrases of more than one word, for {@link detectLanguage}, by their first
 * word (a phrase can only be in a message that has its first word), each with the spaces
 * around it that make it a whole-word match.
 */
const phrasesOf = new Map<string, Map<string, string[]>>(
  [...markerSets].map(([tag, set]) => {
    const byFirstWord = new Map<string, string[]>();
    for (const phrase of set) {
      if (!phrase.includes(" ")) continue;
      const first = phrase.slice(0, phrase.indexOf(" "));
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), ` ${phrase} `]);
    }
    return [tag, byFirstWord];
  }),
);

/** How many letters of each script a message has: Arabic, Han (Chinese), Cyrillic. */
function scriptCounts(text: string): { arabic: number; han: number; cyrillic: number } {
  let arabic = 0;
  let han = 0;
  let cyrillic = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x0400) continue;
    if (code >= 0x0600 && code <= 0x06ff) arabic += 1;
    else if (code >= 0x4e00 && code <= 0x9fff) han += 1;
    else if (code <= 0x04ff) cyrillic += 1;
  }
  return { arabic, han, cyrillic };
}

const TAGGED = new RegExp(`^\\s*(?:${LANGUAGES.join("|")})\\s*:`, "i");

/**
 * The spaced languages told apart by their words ({@link markerSets}), each with a test of
 * whether a word is one of another of them: what their count leads, question words and hour
 * leads are checked against.
 */
const spacedLanguages = Object.values(LOCALE_WORDS)
  .filter((words) => words.spaced && markerSets.has(words.locale))
  .map((words) => ({
    words,
    inOther: (word: string) => [...markerSets].some(([tag, set]) => tag !== words.locale && set.has(word)),
  }));

/**
 * A language's count leads right before a number ("dans 1h30", "d'ici 2 jours"): evidence of
 * it worth two words, so a count alone is told apart. Only leads that are no word of another language or of
 * English's counts (Spanish "en" is French too); built once.
 */
const countLeads = new Map<string, RegExp>(
  spacedLanguages.flatMap(({ words, inOther }): [string, RegExp][] => {
    const leads = (words.countAhead?.leads ?? [])
      .map(normalizeText)
      .filter((lead) => !english.countBefore.includes(lead) && !inOther(lead));
    if (leads.length === 0) return [];
    const alternatives = leads.map(escapeRegExp).join("|");
    return [[words.locale, new RegExp(`(?:^|[^a-z'])(?:${alternatives})\\s*\\d`)]];
  }),
);

/**
 * Question words of one language only ("quand", "où", "cuándo", "dónde"; not "que", which
 * French and Spanish share, nor an English word): evidence worth two words, so a short question
 * with one of them among words of no language ("test ping quand ?", answered in English before)
 * is told apart; built once.
 */
const questionWords = new Map<string, string>(
  spacedLanguages.flatMap(({ words, inOther }): [string, string][] => {
    return words.facets
      .flatMap(({ phrases }) => phrases)
      .map(normalizeText)
      .filter((word) => /^[a-z]+$/.test(word) && !ENGLISH_WORDS.has(word))
      .filter((word) => !inOther(word))
      .map((word): [string, string] => [word, words.locale]);
  }),
);

/**
 * A language's hour leads right before a number ("à 15h", "vers 10h", "las 10"): evidence of it
 * worth two words, so an hour asked alone is told apart. Matched as written (lower case), so a
 * lead with its language's accent ("à") counts where its bare letters are a word of another
 * language ("a"); a lead written the same in another language or English does not; built once.
 */
const hourLeads = new Map<string, RegExp>(
  spacedLanguages.flatMap(({ words, inOther }): [string, RegExp][] => {
    const leads = (words.hourLeads ?? [])
      .map((lead) => lead.toLowerCase())
      .filter((lead) => lead !== normalizeText(lead) || (!ENGLISH_WORDS.has(lead) && !inOther(lead)));
    if (leads.length === 0) return [];
    const alternatives = leads.map(escapeRegExp).join("|");
    return [[words.locale, new RegExp(`(?:^|[^\\p{L}'])(?:${alternatives})\\s*\\d`, "u")]];
  }),
);

/**
 * A language's place leads right before a city ("en Madrid", « à Genève »): evidence of it
 * worth two words, so "10am NY en Madrid" is Spanish. Matched as written (lower case); group 1
 * the up to three words after the lead, of which a city is looked for; built once.
 */
const placeLeads = new Map<string, { pattern: RegExp; places: ReadonlyMap<string, string> }>(
  spacedLanguages.flatMap(
    ({ words }): [string, { pattern: RegExp; places: ReadonlyMap<string, string> }][] => {
      const leads = (words.placeLeads ?? []).map((lead) => escapeRegExp(lead.toLowerCase()));
      if (leads.length === 0) return [];
      const pattern = new RegExp(
        `(?:^|[^\\p{L}'])(?:${leads.join("|")})\\s+(\\p{L}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*){0,2})`,
        "gu",
      );
      const places = new Map([...(words.places ?? [])].map(([name, place]) => [normalizeText(name), place]));
      return [[words.locale, { pattern, places }]];
    },
  ),
);

/** Whether a city (of the English lexicon, the zones' or the language's own names) follows one of a language's place leads. */
function leadsAPlace(tag: string, lower: string): boolean {
  const leads = placeLeads.get(tag);
  if (!leads) return false;
  leads.pattern.lastIndex = 0;
  for (const match of lower.matchAll(leads.pattern)) {
    const after = normalizeText(match[1] ?? "").split(/\s+/);
    for (let count = Math.min(3, after.length); count >= 1; count -= 1) {
      const name = after.slice(0, count).join(" ");
      if (english.cities.has(name) || isZoneCity(name) || leads.places.has(name)) return true;
    }
  }
  return false;
}

/** A Latin letter: with none, one letter of another script tells its language ("в 15"). */
const LATIN = /[a-z\u00c0-\u024f]/i;

/** The script count that tells each language written in its own script. */
const SCRIPT_OF: Readonly<Record<string, "arabic" | "han" | "cyrillic">> = {
  ar: "arabic",
  zh: "han",
  ru: "cyrillic",
};

/**
 * Whether a text said to be in `tag`, a language told by its own script (Arabic, Chinese,
 * Russian), has Latin letters and none of that script ("zh: Hello everyone"); false for
 * the other languages.
 * @example lacksScriptOf("zh", "Hello everyone") === true; lacksScriptOf("zh", "大家好") === false
 */
export function lacksScriptOf(tag: string, text: string): boolean {
  const script = SCRIPT_OF[tag];
  return script !== undefined && scriptCounts(text)[script] === 0 && LATIN.test(text);
}

/**
 * Whether a message starts with one of the six language tags and a colon ("fr: La séance…"):
 * text given in that language for someone else (a broadcast's translation), which says
 * nothing about the language its writer reads.
 * @example isTaggedText("es: Sala 4") === true; isTaggedText("Genève: 10h ?") === false
 */
export function isTaggedText(text: string): boolean {
  return TAGGED.test(text);
}

/**
 * The language a message is clearly written in.
 * @example detectLanguage("¿Qué hay el lunes?") === "es"; detectLanguage("ok") === undefined
 */
export function detectLanguage(text: string): Detected {
  const { arabic, han, cyrillic } = scriptCounts(text);
  if (OTHER_SCRIPT.test(text)) return "other";
  // Two letters of a script tell its language; one does in a message without Latin letters
  // ("в 15", "10点").
  const least = Math.max(arabic, han, cyrillic) === 1 && !LATIN.test(text) ? 1 : 2;
  if (arabic >= least && arabic >= han && arabic >= cyrillic) return "ar";
  if (han >= least && han >= cyrillic) return "zh";
  if (cyrillic >= least) return "ru";
  const words = latinWords(text);
  const { tokens } = words;
  // One word is too little, unless it leads a number as only one language's count or hour
  // lead does ("las 10", "vers 15": worth two words below).
  if (tokens.length === 0 || (tokens.length === 1 && !leadsANumber(words.lower, words.counted)))
    return undefined;
  // Per message, so allocation-light: scores are kept as the best and second-best so far
  // (languages in markerSets' order, the first of equals ranked first), not a sorted map.
  let best: string | undefined;
  let bestScore = -1;
  let secondScore = -1;
  for (const [tag, set] of markerSets) {
    const score = latinScore(tag, set, words);
    if (score > bestScore) {
      secondScore = bestScore;
      bestScore = score;
      best = tag;
    } else if (score > secondScore) secondScore = score;
  }
  let other = 0;
  for (const token of tokens) if (OTHER_WORDS.has(token)) other += 1;
  // As many words of a seventh language as of the best of the six: not one of them ("Qual é
  // o programa de hoje?" has two Spanish words and two Portuguese).
  if (other >= 2 && other >= bestScore) return "other";
  if (!best || bestScore < 2 || (secondScore >= 0 && bestScore - secondScore < 1)) return undefined;
  return best;
}

const NO_PHRASES: readonly string[] = [];

/** A Latin message as the scores read it: its words, spaced for phrases, lower-cased, and with digits normalised. */
interface LatinWords {
  tokens: string[];
  /** The words joined and padded with spaces (" por la tarde "), for phrases. */
  spaced: string;
  lower: string;
  /** The normalised text when it holds a digit (for count and hour leads), else undefined. */
  counted: string | undefined;
}

function latinWords(text: string): LatinWords {
  const tokens: string[] = normalizeText(text).match(/[a-z']+/g) ?? [];
  return {
    tokens,
    spaced: ` ${tokens.join(" ")} `,
    lower: text.toLowerCase(),
    counted: /\d/.test(text) ? normalizeText(text) : undefined,
  };
}

/** Whether a language's count lead or hour lead comes right before a number in the message. */
function leadsANumber(lower: string, counted: string | undefined): boolean {
  if (counted === undefined) return false;
  for (const pattern of countLeads.values()) if (pattern.test(counted)) return true;
  for (const pattern of hourLeads.values()) if (pattern.test(lower)) return true;
  return false;
}

/**
 * How many of a spaced language's own words and signs a Latin message has (its markers,
 * question words, phrases, accents, count and hour leads): {@link detectLanguage} takes the
 * best when it leads by one.
 */
function latinScore(tag: string, set: ReadonlySet<string>, words: LatinWords): number {
  const { tokens, spaced, lower, counted } = words;
  let score = 0;
  for (const token of tokens) {
    if (set.has(token) || (token.includes("'") && set.has(token.replace(ELIDED, "")))) score += 1;
    if (questionWords.get(token) === tag) score += 1;
  }
  // Phrases of two words or more ("en ligne", "por la tarde") count once each.
  const phrases = phrasesOf.get(tag);
  if (phrases && phrases.size > 0)
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index] as string;
      if (tokens.indexOf(token) !== index) continue; // each distinct word once
      for (const phrase of phrases.get(token) ?? NO_PHRASES) if (spaced.includes(phrase)) score += 1;
    }
  if (tag === "fr" && ACCENTED.fr.test(lower)) score += 1;
  if (tag === "es" && ACCENTED.es.test(lower)) score += 1;
  // Counts as two words: "dans 1h30" alone is French.
  if (counted !== undefined && countLeads.get(tag)?.test(counted)) score += 2;
  // So does an hour lead: "à 15h" alone is French.
  if (counted !== undefined && hourLeads.get(tag)?.test(lower)) score += 2;
  // So does a place lead before a city: "10am NY en Madrid" is Spanish.
  if (leadsAPlace(tag, lower)) score += 2;
  return score;
}

/**
 * The languages a Latin message is as much in as each other, when {@link detectLanguage}
 * cannot tell ("agenda de la reunion de POC": French and Spanish words alike); empty when it can,
 * or when no language has two words of it.
 * @example tiedLanguages("agenda de la reunion de POC") // ["fr", "es"]
 */
export function tiedLanguages(text: string): string[] {
  if (!LATIN.test(text) || OTHER_SCRIPT.test(text)) return [];
  const words = latinWords(text);
  if (words.tokens.length < 2) return [];
  const scores = [...markerSets].map(([tag, set]) => ({ tag, score: latinScore(tag, set, words) }));
  const best = Math.max(...scores.map(({ score }) => score));
  const tied = scores.filter(({ score }) => score === best).map(({ tag }) => tag);
  return best >= 2 && tied.length > 1 ? tied : [];
}
