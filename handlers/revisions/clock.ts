/**
 * Clock times and ranges as the Secretariat writes them: "3:30 PM", "15:30", "3 pm",
 * "1:15–2:30 PM" (the meridiem of the end applies to the start when it has none). A stopgap
 * until the one date/time reader of `bot/language/` lands.
 */

/**
 * A wall time "HH:mm", or a range of two.
 * @example readClockRange("1:15–2:30 PM") // { start: "13:15", end: "14:30" }
 */
export interface ClockRange {
  start: string;
  end?: string;
}

const CLOCK = /(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/i;
const RANGE = new RegExp(`^${CLOCK.source}\\s*(?:-|–|—|to|until|till)\\s*${CLOCK.source}$`, "i");
const SINGLE = new RegExp(`^(?:at\\s+)?${CLOCK.source}$`, "i");

function toWall(
  hourText: string,
  minuteText: string | undefined,
  meridiem: string | undefined,
): string | undefined {
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = /^p/i.test(meridiem);
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return undefined;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/**
 * Reads "3:30 PM" or "1:15–2:30 PM"; undefined when the text is not a time. A time without
 * AM/PM from 1 to 7 is read as afternoon (meetings do not start at 3 in the night).
 * @example readClockRange("3:30 PM") // { start: "15:30" }
 */
export function readClockRange(text: string): ClockRange | undefined {
  const trimmed = text.trim().replace(/[.!]+$/, "");
  const range = RANGE.exec(trimmed);
  if (range) {
    const [, h1 = "", m1, mer1, h2 = "", m2, mer2] = range;
    const end = toWall(h2, m2, mer2);
    let start = toWall(h1, m1, mer1 ?? mer2);
    if (start && end && !mer1 && mer2 && start > end) start = toWall(h1, m1, /^p/i.test(mer2) ? "am" : "pm");
    return start && end ? { start, end } : undefined;
  }
  const single = SINGLE.exec(trimmed);
  if (!single) return undefined;
  const [, hour = "", minute, meridiem] = single;
  const afternoon = !meridiem && Number(hour) >= 1 && Number(hour) <= 7 ? "pm" : meridiem;
  const start = toWall(hour, minute, afternoon);
  return start ? { start } : undefined;
}

/**
 * Minutes after midnight of "HH:mm".
 * @example minutesOfWall("15:30") === 930
 */
export function minutesOfWall(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * "HH:mm" of minutes after midnight (undefined past the day's end).
 * @example wallOfMinutes(930) === "15:30"
 */
export function wallOfMinutes(minutes: number): string | undefined {
  if (minutes < 0 || minutes >= 24 * 60) return undefined;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
