/**
 * Which ping test or broadcast "did li wei get …?" is about, when the Secretariat names one:
 * by its id (or the start of it: "20240610-1300", "4af7c7a5"), by the day it went out ("10
 * June", "2024-06-10": the day in the directory's zone, as the answers show it) or, for a
 * broadcast, by words of its text ("about the venue"). Several that fit: the latest of them.
 */
import { formatInTimeZone } from "date-fns-tz";
import { chronoCalendarDate } from "../../bot/language/dates.js";
import { english } from "../../bot/language/locales/en/lexicon.js";
import { escapeRegExp } from "../../bot/regexp.js";
import { DIRECTORY_ZONE } from "../poc/time.js";
import { comparableName } from "../rsvp/names.js";

/** One ping test or broadcast, as far as naming it goes. */
export interface Named {
  id: string;
  /** When it went out (a test's start, a broadcast's confirmation). */
  at: string;
  /** Its words (a broadcast's text and translations); a ping test has none. */
  words?: readonly string[];
}

/** An id or the start of one: a ping test's "20240610-1300-ab12", a broadcast's hex id. */
const ID_LIKE = /^(?:\d{8}(?:-[\da-z-]*)?|[\da-f]{6,})$/iu;

/**
 * The one `which` names among `items` (newest first): the newest that fits, or undefined.
 * @example namedOne([{ id: "20240610-1300-ab12", at: "2024-06-10T13:00:00Z" }], "10 June", now)?.id === "20240610-1300-ab12"
 */
export function namedOne<T extends Named>(items: readonly T[], which: string, now: Date): T | undefined {
  const asked = which.trim().replace(/[.,;:]+$/u, "");
  if (ID_LIKE.test(asked)) {
    const id = asked.toLowerCase();
    const byId = items.find((item) => item.id.toLowerCase().startsWith(id));
    if (byId) return byId;
  }
  const date = chronoCalendarDate(` ${asked.toLowerCase()} `, english, now)?.spec;
  if (date?.kind === "date") {
    return items.find((item) => {
      const [year, month, dayOfMonth] = dayOf(item.at).split("-").map(Number);
      return (
        month === date.month && dayOfMonth === date.day && (date.year === undefined || year === date.year)
      );
    });
  }
  const wanted = comparableName(asked)
    .split(/[\s.,;:!?'’"«»“”()-]+/u)
    .filter(Boolean);
  if (wanted.length === 0) return undefined;
  return items.find((item) => {
    const text = ` ${(item.words ?? []).map(comparableName).join(" ")} `;
    return wanted.every((word) => new RegExp(`[^\\p{L}\\p{N}]${escapeRegExp(word)}`, "u").test(text));
  });
}

/**
 * The day an item went out, as a Secretariat member can type it back ("2024-06-10").
 * @example dayOf("2024-06-10T13:00:00.000Z") === "2024-06-10"
 */
export function dayOf(at: string): string {
  return formatInTimeZone(new Date(at), DIRECTORY_ZONE, "yyyy-MM-dd");
}

/**
 * The start of a broadcast's text, as its title in an answer: the first line, cut at 60 characters.
 * @example titleOf("Venue change: Conference Room 4 from Monday.\nDetails follow.") === "Venue change: Conference Room 4 from Monday."
 */
export function titleOf(text: string): string {
  const first = text.split(/\r?\n/u)[0]?.trim() ?? "";
  return first.length > 60 ? `${first.slice(0, 59).trimEnd()}…` : first;
}
