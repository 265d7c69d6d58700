/**
 * The day a phrase names, read in the venue's zone: "today", "tomorrow", a weekday (the next
 * one with something on), "7 March", "March 7", "2024-03-07", with or without "on the" and
 * "'s sessions". Shared by the calendar ("add Thursday to my calendar") and the reminders
 * ("remind me about Thursday").
 */
import type { Catalogue } from "./catalogue.js";
import { addDays, localDateTime, weekdayOf } from "./time.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Every local date with something on, across programmes, sorted. */
function programmeDays(catalogue: Catalogue): string[] {
  return [...new Set(catalogue.programmes.flatMap((entry) => entry.days))].sort();
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
  const cleaned = words
    .trim()
    .toLowerCase()
    .replace(/[.?!,]+$/g, "")
    .replace(/\s+/g, " ")
    .replace(/^(?:on\s+)?(?:the\s+)?/, "")
    .replace(/'s\s+(?:sessions?|programme|meetings?)$/, "")
    .replace(/\s+(?:sessions?|programme|meetings?)$/, "");
  const zone = catalogue.programmes[0]?.zone ?? "UTC";
  const today = localDateTime(now.getTime(), zone).date;
  const days = programmeDays(catalogue).filter(counts);
  if (cleaned === "today") return today;
  if (cleaned === "tomorrow") return localDateTime(now.getTime() + 86_400_000, zone).date;
  const iso = cleaned.match(/^(\d{4}-\d{2}-\d{2})$/);
  if (iso) return iso[1];
  const weekday = WEEKDAYS.findIndex((day) => cleaned === day || cleaned === day.slice(0, 3));
  if (weekday !== -1) {
    const matching = days.filter((day) => weekdayOf(day) === weekday);
    return (
      matching.find((day) => day >= today) ??
      matching.at(-1) ??
      addDays(today, (weekday - weekdayOf(today) + 7) % 7)
    );
  }
  const dayMonth =
    cleaned.match(/^(?:[a-z]+\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)$/) ??
    cleaned.match(/^(?:[a-z]+\s+)?([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?$/);
  if (dayMonth) {
    const [first = "", second = ""] = [dayMonth[1], dayMonth[2]];
    const [dayText, monthText] = /^\d/.test(first) ? [first, second] : [second, first];
    const month = MONTHS.indexOf(monthText.slice(0, 3));
    if (month === -1) return undefined;
    const suffix = `-${String(month + 1).padStart(2, "0")}-${dayText.padStart(2, "0")}`;
    const matching = days.filter((day) => day.endsWith(suffix));
    return matching.find((day) => day >= today) ?? matching.at(-1) ?? `${today.slice(0, 4)}${suffix}`;
  }
  return undefined;
}
