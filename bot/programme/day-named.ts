/**
 * The day a phrase names, read in the venue's zone by the bot's one date reader
 * (`bot/language/dates.ts`): "today", "tomorrow", a weekday (the next one with something
 * on), "7 March", "March 7", "2024-03-07", with or without "on the" and "'s sessions".
 * Shared by the calendar ("add Thursday to my calendar") and the reminders ("remind me
 * about Thursday").
 */
import { readDayExpression } from "../language/dates.js";
import { english } from "../language/locales/en/lexicon.js";
import { normalise } from "../language/normalise.js";
import type { Catalogue, PartOfDay } from "./catalogue.js";
import { addDays, localDateTime, weekdayOf } from "./time.js";

/** Every local date with something on, across programmes, sorted. */
function programmeDays(catalogue: Catalogue): string[] {
  return [...new Set(catalogue.programmes.flatMap((entry) => entry.days))].sort();
}

/** "on the", "'s sessions": words around a day that name nothing more (the lexicon's stop and schedule words). */
function onlyFiller(rest: string): boolean {
  const left = rest.replace(/'s\b/g, " ").match(/[a-z0-9]+/g) ?? [];
  return left.every((word) => english.stopWords.has(word) || english.scheduleWords.has(word));
}

/**
 * The date a phrase names, if it names a day (any case, spacing and final punctuation).
 * A weekday or a day of a month means the nearest such programme day from today on, else
 * the last one before; `counts` narrows which programme days are meant (days with meetings,
 * for reminders: "Monday" is then not the ping test's date-only Monday).
 * @example dayNamed(catalogue, "7 march", now) === "2024-03-07"
 */
export function dayNamed(
  catalogue: Catalogue,
  words: string,
  now: Date,
  counts: (date: string) => boolean = () => true,
): string | undefined {
  const named = dayAndPartNamed(catalogue, words, now, counts);
  return named && named.part === undefined ? named.date : undefined;
}

/**
 * The date and part of the day a phrase names ("Monday afternoon", "this afternoon", "cet
 * aprem" read "afternoon": today's); a day alone as {@link dayNamed} reads it. `counts` is
 * asked with the part too ("Monday afternoon": the next Monday with something that afternoon).
 * @example dayAndPartNamed(catalogue, "thursday morning", monday) // { date: "2024-03-07", part: "morning" }
 */
export function dayAndPartNamed(
  catalogue: Catalogue,
  words: string,
  now: Date,
  counts: (date: string, part?: PartOfDay) => boolean = () => true,
): { date: string; part?: PartOfDay } | undefined {
  const read = readDayExpression(normalise(words).replace(/[.?!,]+$/g, ""), { now });
  if (!(read.day || read.part) || read.clock !== undefined || read.slice || !onlyFiller(read.rest))
    return undefined;
  const part = read.part;
  const zone = catalogue.programmes[0]?.zone ?? "UTC";
  const today = localDateTime(now.getTime(), zone).date;
  const days = programmeDays(catalogue).filter((day) => counts(day, part));
  const spec = read.day ?? { kind: "relative", offset: 0 };
  const date = ((): string | undefined => {
    switch (spec.kind) {
      case "relative":
        return addDays(today, spec.offset);
      case "weekday": {
        const matching = days.filter((day) => weekdayOf(day) === spec.weekday);
        return (
          matching.find((day) => day >= today) ??
          matching.at(-1) ??
          addDays(today, (spec.weekday - weekdayOf(today) + 7) % 7)
        );
      }
      case "date": {
        const suffix = `-${String(spec.month).padStart(2, "0")}-${String(spec.day).padStart(2, "0")}`;
        if (spec.year !== undefined) return `${spec.year}${suffix}`;
        const matching = days.filter((day) => day.endsWith(suffix));
        return matching.find((day) => day >= today) ?? matching.at(-1) ?? `${today.slice(0, 4)}${suffix}`;
      }
      default:
        return undefined;
    }
  })();
  return date === undefined ? undefined : { date, part };
}
