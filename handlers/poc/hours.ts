/**
 * Working hours of a POC: a daily span ("09:00-17:00") and, when given, the days it applies
 * to ("Mon-Fri"). Hours given without days keep no days: none are invented (a 24-hour
 * technical POC imported as "00:00-24:00" is not shown as weekdays only). Read from what people type; written back the same way. A day
 * may be named in any of the bot's languages, by their weekday words ("lun-ven", "lunes-viernes",
 * "пн-пт", "周一-周五", "الأحد-الخميس").
 */

import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { normalizeText } from "../../bot/language/normalise.js";
import { failWith } from "./reasons.js";

/** Days of the week, in the order they are shown. */
export const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
/** A day of the week. */
export type Day = (typeof DAYS)[number];

/** Working hours as stored. `end` may be "24:00" (round-the-clock cover); `days` absent: none given. */
export interface WorkingHours {
  start: string;
  end: string;
  days?: Day[];
}

const DAY_WORDS: Record<string, Day> = {
  mon: "Mon",
  monday: "Mon",
  tue: "Tue",
  tues: "Tue",
  tuesday: "Tue",
  wed: "Wed",
  wednesday: "Wed",
  thu: "Thu",
  thur: "Thu",
  thurs: "Thu",
  thursday: "Thu",
  fri: "Fri",
  friday: "Fri",
  sat: "Sat",
  saturday: "Sat",
  sun: "Sun",
  sunday: "Sun",
};

/**
 * A day named in English ("fri", "friday") or in one of the other languages, by their weekday
 * words (`bot/language/locales/<tag>/words.ts`; a key ending in `*` is a stem).
 */
function dayOf(word: string): Day | undefined {
  const english = DAY_WORDS[word];
  if (english) return english;
  const written = normalizeText(word);
  if (written === "") return undefined;
  for (const words of Object.values(LOCALE_WORDS)) {
    for (const [key, weekday] of words.weekdays) {
      const name = normalizeText(key);
      const named = name.endsWith("*") ? written.startsWith(name.slice(0, -1)) : written === name;
      // Weekday words count from Sunday (0); DAYS from Monday.
      if (named) return DAYS[(weekday + 6) % 7];
    }
  }
  return undefined;
}

/** A reading that failed: its reason, and the reason in English. */
type Failed = ReturnType<typeof failWith>;

const SPAN = /^(\d{1,2})[:.](\d{2})\s*(?:-|–|—|to)\s*(\d{1,2})[:.](\d{2})(?:\s*,?\s*(.*))?$/i;

/**
 * Reads working hours; the message says exactly what is wrong.
 * @example
 * parseHours("9:00-17:30 Mon-Thu") // { ok: true, hours: { start: "09:00", end: "17:30", days: ["Mon", "Tue", "Wed", "Thu"] } }
 * parseHours("17:00-09:00") // { ok: false, message: "the end (09:00) must be after the start (17:00); …" }
 */
export function parseHours(text: string): { ok: true; hours: WorkingHours } | Failed {
  const match = SPAN.exec(text.trim());
  if (!match) return failWith({ code: "hoursSpan", values: { written: text.trim() } });
  const [, h1 = "", m1 = "", h2 = "", m2 = "", dayText = ""] = match;
  const start = clock(h1, m1);
  const end = clock(h2, m2);
  if (!start) return failWith({ code: "startClock", values: { time: `${h1}:${m1}` } });
  if (!end) return failWith({ code: "endClock", values: { time: `${h2}:${m2}` } });
  if (start === "24:00") return failWith({ code: "startAt24" });
  if (end <= start) return failWith({ code: "endBeforeStart", values: { start, end } });
  const days = parseDays(dayText);
  if (!days.ok) return days;
  return { ok: true, hours: days.days ? { start, end, days: days.days } : { start, end } };
}

function clock(hours: string, minutes: string): string | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return undefined;
  return `${String(h).padStart(2, "0")}:${minutes}`;
}

function parseDays(text: string): { ok: true; days?: Day[] } | Failed {
  const words = text
    .trim()
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/\s*(?:-|–|—|\bto\b)\s*/g, "-");
  if (words === "") return { ok: true };
  if (words === "weekdays") return { ok: true, days: ["Mon", "Tue", "Wed", "Thu", "Fri"] };
  if (["daily", "every day", "all week", "7 days"].includes(words)) return { ok: true, days: [...DAYS] };
  const chosen = new Set<Day>();
  for (const part of words.split(/\s*(?:,|;|\band\b|\s)\s*/).filter(Boolean)) {
    const range = part.split(/\s*(?:-|–|—)\s*/);
    const from = dayOf(range[0] ?? "");
    const to = range.length === 2 ? dayOf(range[1] ?? "") : from;
    if (!from || !to || range.length > 2) {
      return failWith({ code: "days", values: { written: part } });
    }
    let index = DAYS.indexOf(from);
    for (let step = 0; step < 7; step += 1) {
      const day = DAYS[index] as Day;
      chosen.add(day);
      if (day === to) break;
      index = (index + 1) % 7;
    }
  }
  return { ok: true, days: DAYS.filter((day) => chosen.has(day)) };
}

/**
 * Working hours for people, days as ranges where they run on.
 * @example formatHours({ start: "09:00", end: "17:00", days: ["Mon", "Tue", "Wed", "Thu", "Fri"] }) === "09:00-17:00 Mon-Fri"
 * @example formatHours({ start: "00:00", end: "24:00" }) === "00:00-24:00"
 */
export function formatHours(hours: WorkingHours): string {
  if (!hours.days || hours.days.length === 0) return `${hours.start}-${hours.end}`;
  const indexes = hours.days.map((day) => DAYS.indexOf(day)).sort((a, b) => a - b);
  const runs: string[] = [];
  let runStart = indexes[0];
  for (let i = 0; i < indexes.length; i += 1) {
    const current = indexes[i] as number;
    const next = indexes[i + 1];
    if (next !== current + 1) {
      const first = DAYS[runStart as number] as Day;
      const last = DAYS[current] as Day;
      runs.push(
        first === last
          ? first
          : current - (runStart as number) === 1
            ? `${first},${last}`
            : `${first}-${last}`,
      );
      runStart = next;
    }
  }
  return `${hours.start}-${hours.end} ${runs.join(",")}`;
}

/**
 * Working hours as shown to a reader of `locale`: each day by that language's shortest weekday
 * word (`bot/language/locales/<tag>/words.ts`), which {@link parseHours} reads back; English
 * (and a language without weekday words) keeps the stored form.
 * @example hoursIn("fr", "09:00-17:00 Mon-Fri") === "09:00-17:00 lun-ven"
 * @example hoursIn("ru", "08:00-16:00 Sun-Thu") === "08:00-16:00 вс-чт"
 */
export function hoursIn(locale: string, text: string): string {
  const words = LOCALE_WORDS[locale];
  if (!words) return text;
  const names = DAYS.map((_, index) => {
    // Weekday words count from Sunday (0); DAYS from Monday.
    const weekday = (index + 1) % 7;
    const keys = [...words.weekdays]
      .filter(([key, day]) => day === weekday && !key.endsWith("*"))
      .map(([key]) => key);
    return keys.reduce<string | undefined>(
      (short, key) => (short && short.length <= key.length ? short : key),
      undefined,
    );
  });
  return text.replace(/\p{L}+/gu, (word) => names[DAYS.indexOf(word as Day)] ?? word);
}
