/**
 * The words of a language other than English, as data: what a person writes in it and what
 * each word means to the bot. {@link toPivot} (`pivot.ts`) reads a message with them into
 * the English lexicon's words, so the one programme grammar answers questions in every
 * language; answers are then written in the person's language (`messages.ts`, `Intl`).
 *
 * Conventions of the word lists (keys are normalised by `normalizeText` before use, so
 * accents, alef forms, "ё" and full-width characters need no variants):
 * - a key ending in `*` is a stem and matches any word that starts with it (Russian and
 *   Arabic inflect: "сред*" reads "среда", "среду", "среды");
 * - in a language written without spaces (`spaced: false`, Chinese) keys match anywhere.
 */
import type { Facet, PartOfDay } from "./lexicon.js";

/** Words whose form changes after some prepositions (see `LocaleWords.afterPrepositions`). */
export interface AfterPrepositions {
  prepositions: readonly string[];
  forms: Readonly<Record<string, string>>;
  asWritten?: boolean;
}

/**
 * One language's words.
 * @example french.weekdays.get("mercredi") === 3
 */
export interface LocaleWords {
  /** BCP 47 tag ("fr"). */
  locale: string;
  /** The language's own name ("français"), shown in the list of languages. */
  name: string;
  /** Words are separated by spaces (false for Chinese). */
  spaced: boolean;
  /** How "3/7" is read. */
  dateOrder: "day-first" | "month-first";
  /** Phrases that choose this language ("en français", "по-русски", "请用中文"). */
  choicePhrases: readonly string[];
  /** Common words that show a message is in this language (for languages sharing a script). */
  markers: readonly string[];
  /** 0 = Sunday. */
  weekdays: ReadonlyMap<string, number>;
  /** 1 = January. */
  months: ReadonlyMap<string, number>;
  partsOfDay: ReadonlyMap<string, PartOfDay>;
  /** Days counted from today ("demain" → 1, "après-demain" → 2). */
  relativeDays: ReadonlyMap<string, number>;
  /** Question words per facet. */
  facets: readonly { facet: Facet; phrases: readonly string[] }[];
  /** Other words and phrases (topics of the programmes, "what's on", "next") → English words. */
  terms: ReadonlyMap<string, string>;
  /** Words that carry nothing (articles, prepositions). */
  stopWords: readonly string[];
  /**
   * Phone shorthand: a whole word → the word it stands for, read before anything else
   * (Spanish "q" → "qué", "x" → "por"; French "kel" → "quel", "c" → "c'est"). Optional.
   */
  shorthand?: ReadonlyMap<string, string>;
  /**
   * Prefixes written onto the next word that a match may carry ("و", and, in Arabic:
   * "وغدا" is "and tomorrow"). Optional.
   */
  prefixes?: readonly string[];
  /**
   * A prefix that merges with the article of the word it is written onto → that article
   * (Arabic "لل" → "ال": "للفريق العامل" is "ل" + "الفريق العامل", of the working group): every
   * key starting with the article is also read written so. Optional.
   */
  contractedArticles?: Readonly<Record<string, string>>;
  /**
   * Places in the language's own spelling or script ("Genève", "Токио", "东京", "طوكيو") → the
   * English lexicon's name of the place ("geneva", "tokyo"), whose zone it knows. Optional.
   */
  places?: ReadonlyMap<string, string>;
  /**
   * Words whose form changes after a preposition, as the answers write them: after one of
   * `prepositions`, a word of `forms` takes its form there (Russian "на суббота" → "на субботу",
   * "в среда" → "в среду": the accusative of a weekday). Applied by `say` to every answer.
   * `asWritten`: the words are matched with their case and replaced by the form exactly as
   * given (French "à Réception (cocktail)" → "à la réception (cocktail)": a programme title's
   * first word takes its article in a sentence, while "accusé de réception" is left alone).
   * Several rules when prepositions govern different cases (Russian "на субботу" but "от
   * субботы": the genitive after "от", "до", "с", "после").
   */
  afterPrepositions?: AfterPrepositions | readonly AfterPrepositions[];
  /**
   * Two words the language writes as one, as written (lower case, matched with their case; a
   * capital first letter is kept): Spanish "de el" → "del", "a el" → "al" ("su acuse de recibo
   * de el mensaje" → "del mensaje"), left alone before a capital ("de El Salvador"). Applied by
   * `say` to every answer, after `afterPrepositions`. Optional.
   */
  contractions?: Readonly<Record<string, string>>;
  /**
   * Spelled clock times and durations, for a language that writes them with number words
   * ("十点", "两点半", "下午三点", "三十分钟"): read as "10:00", "2:30", "15:00", "30 分钟"
   * (`clock-words.ts`). Optional.
   */
  clockWords?: ClockWords;
  /**
   * Words (among the stop words) after which a place is the zone asked for even right after a
   * clock time: Chinese "是" in "下午三点是莫斯科几点" (3 pm, here, is what time in Moscow),
   * where a place right after a clock time is otherwise that time's own zone. Optional.
   */
  zoneAskedWords?: readonly string[];
  /**
   * A part of the day written after an hour that says its side of noon, with the word for
   * "o'clock" that may come between (Russian "10 утра", "в 3 часа дня", "9 вечера": 10am,
   * 3pm, 9pm). Optional.
   */
  hourParts?: { hour: readonly string[]; parts: ReadonlyMap<string, "am" | "pm"> };
  /**
   * The language writes the 24-hour clock: an hour it gives without a part of the day is as
   * written ("à 3h" is 3:00; "à 15h" the afternoon), so the pivot writes it with two digits
   * ("03:00"), which the English lexicon's `afternoonHours` leave alone. Without it, a bare
   * hour is read as in English ("a las 3": 15:00). Optional.
   */
  hours24?: boolean;
  /**
   * Time counted from now. `leads` are read as English "in" only right before a number and a
   * unit of time, or a unit alone ("dans 2 jours", "en 30 minutos", "через 2 дня", "через
   * час", "بعد يومين": "in 2 days", "in 1 hours", "in 2 days"); anywhere else they keep
   * what they meant before ("dans la salle 4", "en Nairobi"). `units` are words of time read
   * as such only after a lead and a number (Russian "дня", "of the day" elsewhere; a dual
   * with its count, Arabic "يومين": "2 days"); other units are the language's terms. After a
   * lead an hour is no clock time (`hourParts`: "через 2 дня" is not "2 pm"). Optional.
   */
  countAhead?: { leads: readonly string[]; units?: ReadonlyMap<string, string> };
  /**
   * Words after a count of time that make it a length, never a clock time: a reminder's
   * "before" ("1h avant", "2h antes": 1 hour, 2 hours, where "1h" alone is 01:00). Optional.
   */
  lengthEnds?: readonly string[];
  /**
   * Prefixes written onto a number, read as a word of their own before it: Arabic "بـ15" (by
   * 15; tatweel is dropped by normalisation, "ب15") as "ب 15". Optional.
   */
  numberPrefixes?: readonly string[];
  /**
   * Prefixes written onto a place, read as "in" it: Arabic "ببكين" (in Beijing), "كم الساعة
   * بطوكيو". Tried only on a word the language does not know. Optional.
   */
  placePrefixes?: readonly string[];
  /**
   * Words naming the time of day (French "heure", Spanish "hora", Chinese "时间"): before a
   * place, or with "now", and nothing else, they ask the time there (« l'heure à Pékin », "hora
   * en Pekín", "现在北京时间"); after a place alone they are its zone ("北京时间", as English
   * "Beijing time"); anywhere else they keep what they meant before ("1 heure avant",
   * "北京时间明天上午有什么"). Optional.
   */
  timeWords?: readonly string[];
  /**
   * Words naming a place's time, before the place (French "heure de", Spanish "hora de"):
   * with the place alone and a question mark they ask the time there now (« heure de Pékin ? »,
   * as « l'heure à Pékin »); without one the place is a zone, maybe a follow-up's ("heure de
   * Pékin" after "programme de jeudi"), and in a programme question the zone of its times.
   * Optional.
   */
  placeTimeWords?: readonly string[];
  /**
   * Words before a bare hour that make it a clock time (Spanish "las 10", "la 1": 10:00,
   * 1:00), where a number alone is no time. Optional.
   */
  hourLeads?: readonly string[];
  /**
   * Words the language writes before a city and another language does not (Spanish "en
   * Madrid"; French « à Madrid », written with its accent): right before a city they tell the
   * language of a message that has few other words ("10am NY en Madrid"). Optional.
   */
  placeLeads?: readonly string[];
  /**
   * An agenda item by its number written between a lead and a mark (Chinese "第5项议程", "第5项"),
   * rewritten as the language's own agenda-item phrase before it (`as`: "议程项目5"), which its
   * terms read. Optional.
   */
  itemNumber?: { leads: readonly string[]; marks: readonly string[]; as: string };
  /**
   * A day of the month written alone ("le 4", "el día 4", "4-го", "4号", "يوم 4"): the words
   * before the number (`leads`) or written on after it (`marks`). Read as "4th", the day of
   * the month of the programme in question, unless a month follows (then it is a date) or,
   * for a mark, comes just before ("5月4号"). Optional.
   */
  monthDay?: { leads?: readonly string[]; marks?: readonly string[] };
  /**
   * Words that may follow such an hour for it to stay a clock time ("las 10 de la tarde", "a las
   * 3 y media", "las 10 en Madrid"), besides the language's weekdays, months, parts of the day,
   * relative days and places; the end of the message, punctuation or a number do too. Any other
   * word makes the number a count ("las 2 sesiones", "la 1 reunión"). Without this list every
   * hour after a lead is a clock time.
   */
  afterHourLead?: readonly string[];
  /**
   * The word for "o'clock" written after such an hour (French "à 11 heures", "à 11 heures 30":
   * 11:00, 11:30), unless one of `notAfter` follows it ("à 2 heures avant": a reminder's lead
   * of two hours). Optional.
   */
  hourWords?: { words: readonly string[]; notAfter: readonly string[] };
  /**
   * Places whose name is also an everyday word or a first name ("La Réunion": the meeting;
   * "Maurice"), read as the place only as `written` (capitals included), not as the message's
   * first word and, when `after` is given, right after one of those words (any case); such a
   * name is then read as `as`, an unambiguous name of `places` ("île de la Réunion"). Optional.
   */
  casedPlaces?: readonly { written: readonly string[]; after?: readonly string[]; as: string }[];
}

/**
 * The words of spelled clock times: digits (一 → 1), the word for ten (十), the hour (点), half
 * past (半), minutes (分, 分钟) and the parts of the day that say am or pm (上午, 下午).
 * @example chinese.clockWords?.digits.get("两") === 2
 */
export interface ClockWords {
  digits: ReadonlyMap<string, number>;
  ten: string;
  hour: readonly string[];
  half: readonly string[];
  minute: readonly string[];
  /**
   * Words after a number of minutes or other time ("三十分钟", "两小时后", "三天后"): the number is
   * read, the word is left to the terms ("days from now").
   */
  minutes: readonly string[];
  /** Words before a clock time that make it am or pm ("上午" am, "下午" pm). */
  meridiem: ReadonlyMap<string, "am" | "pm">;
}

/** Builds a word map from an object literal. */
export const words = <T>(entries: Record<string, T>): ReadonlyMap<string, T> =>
  new Map(Object.entries(entries));
