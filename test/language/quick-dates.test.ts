import { describe, expect, it } from "vitest";
import { chronoCalendarDate, readDayExpression } from "../../bot/language/dates.js";
import { english } from "../../bot/language/locales/en/lexicon.js";
import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { normalizeText } from "../../bot/language/normalise.js";
import { toPivot } from "../../bot/language/pivot.js";
import { quickCalendarDate } from "../../bot/language/quick-dates.js";

/**
 * The quick reader of common calendar dates against chrono-node, side by side: on every
 * phrasing below (generated in the six languages, then tricky ones), it gives exactly what
 * chrono-node gives (same day, same span of text taken), or declines.
 */

/** Every word of a month in a locale's data, stems left out (Russian's are given below). */
const monthWords = (tag: string, month: number): string[] =>
  [...(LOCALE_WORDS[tag]?.months ?? new Map<string, number>())]
    .filter(([word, value]) => value === month && !word.includes("*") && !/\d/.test(word))
    .map(([word]) => word);

const firstWeekday = (tag: string, weekday: number): string => {
  const entry = [...(LOCALE_WORDS[tag]?.weekdays ?? new Map<string, number>())].find(
    ([, value]) => value === weekday,
  );
  return (entry?.[0] ?? "").replace("*", "е");
};

const RUSSIAN_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const ENGLISH_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"];

const DAYS = [1, 2, 9, 10, 12, 13, 15, 28, 29, 30, 31];
const YEARS = [undefined, 2024, 2025];

interface DateParts {
  day: number;
  month: number;
  year?: number;
  weekday?: number;
}

/** The date phrasings of a language: each form, with and without weekday and year. */
const FORMS: Record<string, (d: DateParts) => string[]> = {
  en: ({ day, month, year, weekday }) => {
    const m = english.monthNames[month - 1] ?? "";
    const short = ENGLISH_SHORT[month - 1] ?? "";
    const wd = weekday === undefined ? "" : `${english.weekdayNames[weekday]} `;
    const y = year === undefined ? "" : ` ${year}`;
    const mm = String(month).padStart(2, "0");
    const dd = String(day).padStart(2, "0");
    return [
      `what's on ${wd}${day} ${m}${y}?`,
      `${wd}${day} ${short}${y}`,
      `what's on ${wd}${m} ${day}${y}?`,
      `${wd}${m} ${day}${year === undefined ? "" : `, ${year}`}`,
      `agenda for ${wd}${day}/${month}${year === undefined ? "" : `/${year}`}`,
      `what's on ${year ?? 2024}-${mm}-${dd}`,
      `on the ${day}th of ${m}${y}`,
      `${wd}the ${day}th`,
      `what's on in ${m}${y}?`,
      `${short}${y} events`,
    ];
  },
  fr: ({ day, month, year, weekday }) => {
    const wd = weekday === undefined ? "" : `${firstWeekday("fr", weekday)} `;
    const y = year === undefined ? "" : ` ${year}`;
    return monthWords("fr", month).flatMap((m) => [
      `Qu'y a-t-il ${wd}${day} ${m}${y} ?`,
      `le ${wd}${day === 1 ? "1er" : day} ${m}${y}`,
      `Programme du ${day}/${month}${year === undefined ? "" : `/${year}`}`,
      `Qu'y a-t-il en ${m}${y} ?`,
    ]);
  },
  es: ({ day, month, year, weekday }) => {
    const wd = weekday === undefined ? "" : `el ${firstWeekday("es", weekday)} `;
    const y = year === undefined ? "" : ` de ${year}`;
    return monthWords("es", month).flatMap((m) => [
      `¿Qué hay ${wd}${day} de ${m}${y}?`,
      `${day} ${m}${y}`,
      `¿Qué hay en ${m}${y}?`,
    ]);
  },
  ru: ({ day, month, year, weekday }) => {
    const wd = weekday === undefined ? "" : `${firstWeekday("ru", weekday)} `;
    const y = year === undefined ? "" : ` ${year} года`;
    const m = RUSSIAN_GENITIVE[month - 1] ?? "";
    const inMonth = `${(RUSSIAN_GENITIVE[month - 1] ?? "").slice(0, -1)}е`;
    return [`Что в ${wd}${day} ${m}${y}?`, `Программа на ${day} ${m}${y}`, `Что в ${inMonth}${y}?`];
  },
  zh: ({ day, month, year, weekday }) => {
    const wd = weekday === undefined ? "" : firstWeekday("zh", weekday);
    const y = year === undefined ? "" : `${year}年`;
    return [
      `${y}${month}月${day}日${wd}有什么？`,
      `${wd}${y}${month}月${day}号的安排`,
      `${y}${month}月有什么安排？`,
    ];
  },
  ar: ({ day, month, year, weekday }) => {
    const wd = weekday === undefined ? "" : `يوم ${firstWeekday("ar", weekday)} `;
    const y = year === undefined ? "" : ` ${year}`;
    return monthWords("ar", month).flatMap((m) => [
      `ماذا يوجد ${wd}${day} ${m}${y}؟`,
      `ماذا يوجد في ${m}${y}؟`,
    ]);
  },
};

/** Phrasings whose reading is tricky; whatever chrono-node makes of them stays. */
const TRICKY = [
  "10 mars",
  "mars",
  "march",
  "what's on in may",
  "may i see 10 march",
  "march 10 at 3pm",
  "10 march at 3pm",
  "10 march at noon",
  "10 march evening",
  "10 march tomorrow",
  "today 10 march",
  "10 march in 2 days",
  "the 1st",
  "on the 10th",
  "31 february",
  "30 february 2024",
  "29 february",
  "29 february 2024",
  "29 february 2023",
  "feb 29",
  "february 31",
  "june 31",
  "31 june",
  "10-12 march",
  "10 to 12 march",
  "10 march - 12 march",
  "from 10 march to 12 march",
  "10 march 10 april",
  "sunday march 10",
  "sunday march 5",
  "march 5 sunday",
  "march 10 sunday",
  "past sunday 10 march",
  "next sunday 10 march",
  "last sunday 10 march",
  "this sunday 10 march",
  "(sunday) 10 march",
  "sunday (10 march)",
  "10 march sunday",
  ", 10 march",
  "mon, 10 march",
  "monday 10 march",
  "10 march 24",
  "10 march 1985",
  "10 march 2200",
  "10 march, 2024",
  "march 10 2024",
  "march 10, 2024",
  "10.3",
  "10/3/2024",
  "10/3/24",
  "10-3",
  "3/25",
  "25/3",
  "13/13",
  "0/3",
  "05/03",
  "march 05",
  "march 0",
  "march 32",
  "march 99",
  "0 march",
  "05 march",
  "32 march",
  "10 mar.",
  "mar. 10",
  "10 sept",
  "sept 10",
  "10th march",
  "march 10th",
  "the 10th of march",
  "10 of march",
  "room 3 on 10 march",
  "item 5 10 march",
  "on on 10 march",
  "what's on on march 10",
  "2024-03-10",
  "on 2024-03-10",
  "2024-3-10",
  "2024/03/10",
  "2024-02-30",
  "1985-03-10",
  "2024-03-10 at 10:00",
  "10/3 at 15:00",
  "march 10日 sunday what's on ?",
  "2024年 march 10日 what's on",
  "10 march now",
  "10 march this week",
  "10 march tonight",
  "10 march 3pm",
  "10 march 15:00",
  "10 march and 11 march",
  "10 march ago",
  "since 10 march",
  "until 10 march",
  "before 10 march",
  "after 10 march",
  "10 march-2024",
  "10 march/2024",
  "in july 24",
  "in march 10",
  "july",
  "in july",
  "may",
  "in may",
  "may i",
  "in mar",
  "sept",
  "in sept",
  "july-2024",
  "july, 2024",
  "july 2024 at 3pm",
  "thursday in july",
  "july and august",
  "in july 1800",
  "in july  events",
  "july , x",
  "july - x",
  "what's on january ",
  "july 2024 ",
  "七月有什么安排？",
  "Qu'y a-t-il en juillet ?",
  "Что в июле?",
  "ماذا يوجد في يوليو؟",
];

/** What the bot's extractor reads, as the bot would get it: pivoted to English words, or normalised English. */
function asRead(tag: string, text: string): string {
  const words = LOCALE_WORDS[tag];
  const pivoted = words ? toPivot(text, words).text : normalizeText(text);
  return pivoted.toLowerCase().replace(/[.?!,]+$/g, "");
}

function generated(): { tag: string; text: string }[] {
  const out: { tag: string; text: string }[] = [];
  for (const tag of Object.keys(FORMS)) {
    for (let month = 1; month <= 12; month++) {
      for (const day of DAYS) {
        for (const year of YEARS) {
          const weekday = new Date(Date.UTC(year ?? 2024, month - 1, day)).getUTCDay();
          // With the date's own weekday, a wrong one, and none.
          for (const wd of [undefined, weekday, (weekday + 3) % 7]) {
            for (const text of FORMS[tag]?.({ day, month, year, weekday: wd }) ?? []) out.push({ tag, text });
          }
        }
      }
    }
  }
  for (const tag of ["en", ...Object.keys(LOCALE_WORDS)]) for (const text of TRICKY) out.push({ tag, text });
  return out;
}

const PHRASES = generated();

describe("quick calendar dates against chrono-node", () => {
  it("generates over 30,000 phrasings in the six languages", () => {
    expect(new Set(PHRASES.map((p) => p.tag))).toEqual(new Set(["en", "fr", "es", "ru", "zh", "ar"]));
    expect(PHRASES.length).toBeGreaterThan(30000);
  });

  it("reads every phrasing as chrono-node does, or declines it (whole reading, and the date alone)", () => {
    const wrong: string[] = [];
    let answered = 0;
    for (const { tag, text } of PHRASES) {
      const read = asRead(tag, text);
      const quick = readDayExpression(read, { lexicon: english });
      const chrono = readDayExpression(read, { lexicon: english, quickDates: false });
      if (JSON.stringify(quick) !== JSON.stringify(chrono) || !sameDeep(quick, chrono))
        wrong.push(`${tag} ${text} → ${read}: ${JSON.stringify(quick)} ≠ ${JSON.stringify(chrono)}`);
      // The date reader alone, before the clock and words around it are taken.
      const date = quickCalendarDate(read, english);
      if (date) {
        answered++;
        const expected = chronoCalendarDate(read, english, undefined);
        if (!sameDeep(date, expected))
          wrong.push(
            `${tag} ${text} → ${read} (date alone): ${JSON.stringify(date)} ≠ ${JSON.stringify(expected)}`,
          );
      }
    }
    expect(wrong).toEqual([]);
    // Most generated phrasings are common forms the quick reader answers (not a test that cannot fail).
    expect(answered).toBeGreaterThan(PHRASES.length / 3);
  });

  it.each([
    ["fr", "Qu'y a-t-il dimanche 10 mars ?"],
    ["es", "¿Qué hay el domingo 10 de marzo?"],
    ["ru", "Что в воскресенье 10 марта?"],
    ["zh", "3月10日星期日有什么？"],
    ["ar", "ماذا يوجد يوم الأحد 10 مارس؟"],
    ["ar", "ماذا يوجد يوم الأحد 10 آذار؟"],
    ["en", "what's on sunday 10 march?"],
    ["en", "march 10"],
    ["en", "10/3"],
    ["en", "2024-03-10"],
    ["en", "10 march 2024"],
  ])("reads %s %s without chrono-node, as 10 March", (tag, text) => {
    const date = quickCalendarDate(asRead(tag, text), english);
    expect(date?.spec).toMatchObject({ kind: "date", month: 3, day: 10 });
  });

  it.each([
    ["fr", "Qu'y a-t-il en juillet ?"],
    ["es", "¿Qué hay en julio?"],
    ["ru", "Что в июле?"],
    ["zh", "七月有什么安排？"],
    ["ar", "ماذا يوجد في يوليو؟"],
    ["en", "what's on in july 2024?"],
  ])("reads %s %s without chrono-node, as July", (tag, text) => {
    expect(quickCalendarDate(asRead(tag, text), english)?.spec).toMatchObject({ kind: "month", month: 7 });
  });

  it.each([
    "10 march at 3pm",
    "march 10 sunday",
    "past sunday 10 march",
    "31 february",
    "10-12 march",
    "mars",
    "may i",
    "in may",
  ])("leaves %s to chrono-node", (text) => {
    expect(quickCalendarDate(asRead("en", text), english)).toBeUndefined();
  });
});

/** Deep equality that also tells a missing key from a key set to `undefined`. */
function sameDeep(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  if (keysA.join() !== keysB.join()) return false;
  return keysA.every((key) =>
    sameDeep((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
