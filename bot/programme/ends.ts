/**
 * When an occurrence is over, for "on now", "at 7 pm", "later today" and "(past)": its end,
 * or, where the letters give none, a stand-in said as such in every answer ("no end time
 * given", "date only").
 */
import type { Occurrence } from "./catalogue.js";

/**
 * How long an event the letters give without an end (the reception) counts as on: a
 * reception's usual length.
 */
const OPEN_END_MINUTES = 180;

/**
 * The end of an occurrence, or its stand-in: a date-only milestone (the ping test) lasts its
 * day; an event without an end, {@link OPEN_END_MINUTES}.
 * @example endOf(reception) === reception.start + 3 * 3_600_000
 */
export function endOf(occurrence: Occurrence): number {
  if (occurrence.kind === "milestone") return occurrence.start + 24 * 3_600_000;
  return occurrence.end ?? occurrence.start + OPEN_END_MINUTES * 60_000;
}
