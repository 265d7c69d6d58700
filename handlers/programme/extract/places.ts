/**
 * The zones a question names or asks about: "I'm in Nairobi", "what is 10am NY in Tokyo",
 * "in Tokyo time", "6am JST", "my time". Words that name no zone are left alone.
 */
import { readDayExpression } from "../../../bot/language/dates.js";
import { offsetLabel, zoneNamed } from "../../../bot/language/zones.js";
import { surfaceWords } from "../../../bot/programme/text.js";
import type { Conversion } from "../query.js";
import { type Extractor, lexicon, without, words$ } from "./reading.js";

/** "I'm in Nairobi", "I am based in Delhi": a place that names a zone. */
export function extractWhereIAm(cleaned: string): { place: string; zone: string } | undefined {
  const match = words$.whereIAm.exec(cleaned);
  const words = match?.[1]?.trim() ?? "";
  const zone = words ? zoneNamed(words, lexicon) : undefined;
  return zone ? { place: placeName(words), zone } : undefined;
}

/** A digit, which every clock time holds. */
const DIGIT = /\d/;

/**
 * "what is 10am NY in Tokyo", "convert 3pm to Delhi time", "3pm New York time in Delhi",
 * "what time is 6pm in Canberra": a clock time, maybe its zone, then the zone to show it in,
 * with nothing before the clock time but question and conversion words (a day may be named).
 * The question may sit between the two zones ("when it's 3pm in Geneva what time is it in
 * Tokyo") or before the clock time ("what time is it in Madrid when it is 10am in New York").
 */
export function extractConversion(cleaned: string): Conversion | undefined {
  // A clock time holds a digit: most questions have none.
  if (!DIGIT.test(cleaned)) return undefined;
  const clockMatch = words$.clock12.exec(cleaned) ?? words$.clock24.exec(cleaned);
  if (!clockMatch || words$.schedulePhrase.test(cleaned)) return undefined;
  const after = cleaned.slice(clockMatch.index + clockMatch[0].length);
  return (
    targetAfter(cleaned, clockMatch, words$.conversionTail.exec(after)) ??
    targetAfter(cleaned, clockMatch, words$.conversionTailLast.exec(after)) ??
    targetBefore(cleaned, clockMatch)
  );
}

/** The zone asked for after the clock time (`tail`: its own zone, then the zone asked for). */
function targetAfter(
  cleaned: string,
  clockMatch: RegExpExecArray,
  tail: RegExpExecArray | null,
): Conversion | undefined {
  if (!tail) return undefined;
  // "… in Geneva on 9 May": a day after the zone is the day's.
  const target = readDayExpression(tail[2] ?? "", { lexicon });
  const targetWords = withoutAsking(target.day ? target.rest : (tail[2] ?? ""));
  const to = targetWords ? zoneNamed(targetWords, lexicon) : undefined;
  if (!to) return undefined;
  const clock = readDayExpression(clockMatch[0], { lexicon }).clock;
  if (clock === undefined) return undefined;
  const lead = readDayExpression(cleaned.slice(0, clockMatch.index), { lexicon });
  const direct = tail[1] ? zoneNamed(tail[1], lexicon) : undefined;
  const fromWords = direct
    ? { rest: tail[1] ?? "", day: undefined }
    : readDayExpression(tail[1] ?? "", { lexicon });
  const leadWords = surfaceWords(lead.rest);
  if (!leadWords.every(asking)) return undefined;
  const fromText = withoutInto(withoutAsking(fromWords.rest));
  const from = direct ?? (fromText === "" ? undefined : zoneNamed(fromText, lexicon));
  if (fromText !== "" && !from) return undefined;
  const day = lead.day ?? fromWords.day ?? target.day;
  const toName = isPlace(targetWords) ? placeName(targetWords) : undefined;
  return {
    clock,
    to,
    ...(toName ? { toName } : {}),
    ...(from ? { from } : {}),
    ...(from && isPlace(fromText) ? { fromName: placeName(fromText) } : {}),
    ...(day ? { day } : {}),
  };
}

/**
 * "what time is it in Madrid when 10:00 New York" (Spanish "qué hora es en Madrid cuando son
 * las 10 en Nueva York"), "what time is it in Madrid when it is 10am in New York": the zone
 * asked for before the clock time, its own zone after it.
 */
function targetBefore(cleaned: string, clockMatch: RegExpExecArray): Conversion | undefined {
  const before = extractZone(withoutAsking(cleaned.slice(0, clockMatch.index)));
  if (!before.zone || !surfaceWords(before.rest).every(asking)) return undefined;
  const fromText = withoutInto(withoutAsking(cleaned.slice(clockMatch.index + clockMatch[0].length)));
  const from = fromText === "" ? undefined : zoneNamed(fromText, lexicon);
  if (fromText !== "" && !from) return undefined;
  const clock = readDayExpression(clockMatch[0], { lexicon }).clock;
  if (clock === undefined) return undefined;
  return {
    clock,
    to: before.zone,
    ...(before.place ? { toName: before.place } : {}),
    ...(from ? { from } : {}),
    ...(from && isPlace(fromText) ? { fromName: placeName(fromText) } : {}),
  };
}

/** Zone words without the conversion word before them: "in new york" → "new york". */
function withoutInto(words: string): string {
  const [first, ...others] = words.split(" ");
  return first !== undefined && others.length > 0 && lexicon.convertInto.includes(first)
    ? others.join(" ")
    : words;
}

/** A word that asks or converts and names nothing ("what", "time", "convert", "is"). */
function asking(word: string): boolean {
  return (
    lexicon.convertWords.includes(word) || lexicon.questionWords.has(word) || lexicon.stopWords.has(word)
  );
}

/**
 * Zone words without the asking words after them: "new york, what time" → "new york", "tokyo
 * when" → "tokyo" (a question written in another order: "10h à New York, quelle heure à Tokyo",
 * "纽约上午10点是东京几点").
 */
function withoutAsking(words: string): string {
  const kept = words
    .trim()
    .replace(/[?.!,]+$/, "")
    .split(/\s+/);
  while (kept.length > 0 && asking(kept[kept.length - 1] ?? "")) kept.pop();
  return kept.join(" ").replace(/,$/, "").trim();
}

/**
 * A zone the question names: an offset ("UTC+5:30"), an abbreviation ("6am JST"), or a
 * place in a zone phrase ("in Tokyo time", "Geneva time", "… in Nairobi?"); words that name
 * no zone are left alone.
 */
export function extractZone(text: string): { zone?: string; place?: string; rest: string } {
  for (const pattern of [words$.zoneOffset, words$.zoneAbbreviation]) {
    const found = pattern.exec(text);
    const zone = found ? zoneNamed(found[0], lexicon) : undefined;
    const rest = found ? without(text, found.index, found[0].length) : text;
    // "in UTC+5:30": labelled by the offset typed, not the city of the zone keeping it (Kolkata).
    if (found && zone && pattern === words$.zoneOffset) return { zone, place: offsetLabel(found[0]), rest };
    if (found && zone) return { zone, rest };
  }
  for (const pattern of words$.zonePhrases) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const words = match[1] ?? "";
      const zone = zoneNamed(words, lexicon);
      if (zone) {
        const rest = without(text, match.index ?? 0, match[0].length);
        return isPlace(words) ? { zone, place: placeName(words), rest } : { zone, rest };
      }
      // "afternoon tokyo time": the phrase took a word before the place; the place is its last.
      const last = words.slice(words.lastIndexOf(" ") + 1);
      const lastZone = last !== words ? zoneNamed(last, lexicon) : undefined;
      if (lastZone) {
        const start = (match.index ?? 0) + match[0].indexOf(words) + words.length - last.length;
        const rest = without(text, start, (match.index ?? 0) + match[0].length - start);
        return isPlace(last) ? { zone: lastZone, place: placeName(last), rest } : { zone: lastZone, rest };
      }
    }
  }
  return { rest: text };
}

/** The lexicon's words for "time" ending place words ("tokyo time"). */
const TIME_AFTER = new RegExp(`\\s+(?:${lexicon.zoneWords.time.join("|")})$`);

/** Place words without "time" and final punctuation. */
function bareName(words: string): string {
  const text = words.trim().replace(/[?.!]+$/, "");
  return text.replace(TIME_AFTER, "");
}

/** The words name a place (a city, a country), not an abbreviation, offset or IANA name. */
function isPlace(words: string): boolean {
  const bare = bareName(words);
  return !lexicon.zoneAbbreviations.has(bare) && !/[\d/]/.test(bare) && !lexicon.utcWords.includes(bare);
}

/** Place words as a name: "new york time" → "New York", "ny" → "NY". */
function placeName(words: string): string {
  const bare = bareName(words);
  if (bare.length <= 3) return bare.toUpperCase();
  return bare.replace(/(^|[\s-])([a-z])/g, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/**
 * "I'm in Nairobi, what time is the reception for me?": a place, then a question after a
 * comma, dash or full stop. The place's zone is the answer's; the question is read on.
 */
export function splitWhereIAm(
  cleaned: string,
): { place: string; zone: string; question: string } | undefined {
  const match = words$.whereIAm.exec(cleaned);
  const words = match?.[1] ?? "";
  const cut = /\s*(?:[,;:.!?]|\s-\s|\s–\s)\s*/.exec(words);
  if (!match || !cut || cut.index === 0) return undefined;
  const place = words.slice(0, cut.index).trim();
  const question = words.slice(cut.index + cut[0].length).trim();
  const zone = zoneNamed(place, lexicon);
  if (!zone || question === "") return undefined;
  return { place: placeName(place), zone, question: `${cleaned.slice(0, match.index)} ${question}`.trim() };
}

/** "I'm in Nairobi": the whole message says where the asker is; or a place before a question. */
export const whereIAm: Extractor = {
  name: "where I am",
  read(reading) {
    const found = extractWhereIAm(reading.cleaned);
    if (found) {
      reading.query = { ...reading.query, facet: "where", whereIAm: found };
      reading.done = true;
      return;
    }
    const before = splitWhereIAm(reading.cleaned);
    if (!before) return;
    reading.query.zone = before.zone;
    reading.query.zonePlace = before.place;
    reading.rest = before.question;
  },
};

/** "what is 10am NY in Tokyo": the whole message is a conversion. */
export const conversion: Extractor = wholeConversion("conversion", extractConversion);

/**
 * "what time is it in Geneva?", "what's the time now?": the time now, in the zone named
 * (the venue's when none is). Only when nothing else is asked ("what's the time of the
 * reception" is a question about the reception).
 */
export function extractTimeNow(cleaned: string): Conversion | undefined {
  const phrase = words$.timeNow.exec(cleaned);
  const named = phrase
    ? extractZone(
        without(cleaned, phrase.index, phrase[0].length)
          .replace(words$.shape, " ")
          .replace(/\s+/g, " ")
          .trim(),
      )
    : undefined;
  if (named && onlyAsking(named.rest)) return timeNowIn(named);
  return timeInPlace(cleaned);
}

/** Nothing but stop words and question words is left. */
function onlyAsking(rest: string): boolean {
  return !surfaceWords(rest).some((word) => !lexicon.stopWords.has(word) && !lexicon.questionWords.has(word));
}

/** The time now in the zone named (the venue's when none is). */
function timeNowIn(named: { zone?: string; place?: string }): Conversion {
  return { clock: "now", to: named.zone ?? "", ...(named.place ? { toName: named.place } : {}) };
}

/** "it", "that": words pointing back to what was asked before. */
const PRONOUNS: ReadonlySet<string> = new Set(lexicon.pronouns);

/**
 * "time in Beijing", "the time in Beijing?", "Beijing time now": the lexicon's
 * `timeInPlacePhrases` leading the message, or with "now", and a place and nothing else but
 * stop words ask the time there; without a place, with a question word or a pronoun ("what
 * time is that in Nairobi" after a conversion), or a place's time alone ("Delhi time": a
 * place, maybe a follow-up's zone), they ask nothing here.
 */
function timeInPlace(cleaned: string): Conversion | undefined {
  const lead = words$.timeInPlaceLead.exec(cleaned);
  words$.timeInPlace.lastIndex = 0;
  if (!lead && !(words$.now.test(cleaned) && words$.timeInPlace.test(cleaned))) return undefined;
  const asked = cleaned.slice(lead?.[0].length ?? 0);
  const named = extractZone(asked.replace(words$.shape, " ").replace(/\s+/g, " ").trim());
  if (!named.zone) return undefined;
  // "what time is that in Nairobi", "what time in Tokyo": a clock time asked before, converted.
  const left = surfaceWords(named.rest.replace(words$.timeInPlace, " "));
  const asks = (word: string) => lexicon.questionWords.has(word) || PRONOUNS.has(word);
  if (left.some((word) => !lexicon.stopWords.has(word) || asks(word))) return undefined;
  return timeNowIn(named);
}

/** "what time is it in Geneva?": the whole message asks the time now. */
export const timeNow: Extractor = wholeConversion("time now", extractTimeNow);

/** An extractor for a message that is a conversion as a whole: it ends the reading. */
function wholeConversion(name: string, extract: (cleaned: string) => Conversion | undefined): Extractor {
  return {
    name,
    read(reading) {
      const found = extract(reading.cleaned);
      if (!found) return;
      reading.query = { ...reading.query, facet: "when", isQuestion: true, conversion: found };
      reading.done = true;
    },
  };
}

/**
 * "6am my time": the clock time is in the asker's zone; with no clock time ("what time is
 * that for me?"), the asker's zone is the one to show. The words are consumed.
 */
export const myTime: Extractor = {
  name: "my time",
  read(reading) {
    if (!words$.myTime.test(reading.rest)) return;
    reading.inAskersZone = true;
    reading.query.askersZone = true;
    reading.rest = reading.rest.replace(words$.myTime, " ");
  },
};

/**
 * "what about Paris?", "and Nairobi": a follow-up opener, then only a place: its zone.
 * @example openerZone("what about paris?") // { zone: "Europe/Paris", place: "Paris", rest: "what about" }
 */
export function openerZone(text: string): { zone?: string; place?: string; rest: string } | undefined {
  const opener = words$.followUpOpener.exec(text);
  if (!opener) return undefined;
  const words = text
    .slice(opener[0].length)
    .replace(/[?.!]+$/, "")
    .trim();
  const zone = words ? zoneNamed(words, lexicon) : undefined;
  if (!zone) return undefined;
  return isPlace(words) ? { zone, place: placeName(words), rest: opener[0] } : { zone, rest: opener[0] };
}

/**
 * "21:00 paris", "at 9pm tokyo": a place right after a clock time is that time's zone, as the
 * pivot writes "à 21h heure de Paris", "a las 21:00 hora de París", "巴黎时间21点" (a place right
 * after a clock time with no zone of its own); `undefined` when no place follows a clock time.
 * @example zoneAfterClock("what's on 21:00 paris")?.zone === "Europe/Paris"
 */
export function zoneAfterClock(text: string): { zone: string; place: string; rest: string } | undefined {
  if (!DIGIT.test(text)) return undefined;
  const clock = words$.clock12.exec(text) ?? words$.clock24.exec(text) ?? words$.clockHour.exec(text);
  if (!clock) return undefined;
  const from = clock.index + clock[0].length;
  const after = /^\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})/.exec(text.slice(from));
  const words = after?.[1]?.split(/\s+/) ?? [];
  for (let count = words.length; count >= 1; count -= 1) {
    const candidate = words.slice(0, count).join(" ");
    const zone = zoneNamed(candidate, lexicon);
    if (!zone || !isPlace(candidate)) continue;
    const start = from + (after?.[0].length ?? 0) - (after?.[1]?.length ?? 0);
    return { zone, place: placeName(candidate), rest: without(text, start, candidate.length) };
  }
  return undefined;
}

/** "in Tokyo time", "JST", "UTC+5:30", "what about Paris?", "21:00 paris": the zone to answer in; the words are consumed. */
export const namedZone: Extractor = {
  name: "named zone",
  read(reading) {
    const zoned = extractZone(reading.rest);
    const named = zoned.zone ? zoned : (openerZone(reading.rest) ?? zoneAfterClock(reading.rest) ?? zoned);
    reading.rest = named.rest;
    if (named.zone) reading.query.zone = named.zone;
    if (named.place) reading.query.zonePlace = named.place;
  },
};
