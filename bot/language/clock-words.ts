/**
 * Spelled clock times and durations of a language that writes them with number words
 * (Chinese "十点", "两点半", "下午三点", "十点十五分", "三十分钟"), as digits the pivot keeps
 * ("10:00", "2:30", "15:00", "10:15", "30 分钟": the minutes word is the terms'). The words are the language's data
 * ({@link ClockWords} in `locales/<tag>/words.ts`); nothing here is a word of a language.
 */
import { escapeRegExp } from "../regexp.js";
import type { ClockWords } from "./locale-words.js";
import { normalizeText } from "./normalise.js";

interface Compiled {
  clock: RegExp;
  duration: RegExp;
  words: ClockWords;
}

const cache = new WeakMap<ClockWords, Compiled>();

const alternation = (list: Iterable<string>) =>
  [...list]
    .map(normalizeText)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

function compile(words: ClockWords): Compiled {
  const known = cache.get(words);
  if (known) return known;
  const digitsOf = (keep: (value: number) => boolean) =>
    `[${[...words.digits]
      .filter(([, value]) => keep(value))
      .map(([key]) => escapeRegExp(normalizeText(key)))
      .join("")}]`;
  const ten = escapeRegExp(normalizeText(words.ten));
  const digit = digitsOf(() => true);
  // An hour is at most 24 ("二十三", "十一", "九"), so "四十点" is read from its "十点".
  const hour = `(?:\\d{1,2}|${digitsOf((value) => value === 2)}${ten}${digitsOf((value) => value <= 4)}?|${ten}${digit}?|${digit})`;
  const number = `(?:\\d{1,2}|${digit}?${ten}${digit}?|${digit})`;
  const clock = new RegExp(
    `(?:(${alternation(words.meridiem.keys())})\\s*)?(${hour})\\s*(?:${alternation(words.hour)})` +
      `(?:\\s*(${alternation(words.half)})|\\s*(${number})\\s*(?:${alternation(words.minute)})?)?`,
    "gu",
  );
  const duration = new RegExp(`(${number})\\s*(?=${alternation(words.minutes)})`, "gu");
  const made = { clock, duration, words };
  cache.set(words, made);
  return made;
}

/**
 * A number in digits or in the language's number words ("十五" → 15, "两" → 2, "12" → 12);
 * `undefined` when it is not one.
 * @example numberOf("二十三", chinese.clockWords) === 23
 */
export function numberOf(text: string, words: ClockWords): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const ten = normalizeText(words.ten);
  const digit = (part: string) => (part === "" ? undefined : words.digits.get(part));
  const at = text.indexOf(ten);
  if (at < 0) return text.length === 1 ? digit(text) : undefined;
  const tens = at === 0 ? 1 : digit(text.slice(0, at));
  const units = at === text.length - 1 ? 0 : digit(text.slice(at + 1));
  return tens === undefined || units === undefined ? undefined : tens * 10 + units;
}

/**
 * The text with spelled clock times as "H:MM" ("HH:MM", 24-hour, when a part of the day says
 * am or pm) and the number of spelled minutes in digits ("三十分钟" → " 30 分钟"), each set apart by
 * spaces; the rest unchanged.
 * Text is expected normalised (`normalizeText`).
 * @example readClockWords("下午两点半有什么", chinese.clockWords!) === " 14:30 有什么"
 */
export function readClockWords(text: string, words: ClockWords): string {
  const { clock, duration } = compile(words);
  const read = text.replace(
    clock,
    (whole, meridiem: string | undefined, hourText: string, half, minuteText: string | undefined) => {
      let hour = numberOf(hourText, words);
      const minute = half ? 30 : minuteText === undefined ? 0 : numberOf(minuteText, words);
      if (hour === undefined || minute === undefined || hour > 24 || minute > 59) return whole;
      const side = meridiem === undefined ? undefined : words.meridiem.get(meridiem);
      if (side === "pm" && hour < 12) hour += 12;
      if (side === "am" && hour === 12) hour = 0;
      // With a part of the day, the hour is as said: "06:00" (two digits) is not read as 6 pm.
      const hours = side === undefined ? String(hour) : String(hour).padStart(2, "0");
      return ` ${hours}:${String(minute).padStart(2, "0")} `;
    },
  );
  return read.replace(duration, (whole, count: string) => {
    const value = numberOf(count, words);
    return value === undefined ? whole : ` ${value} `;
  });
}
