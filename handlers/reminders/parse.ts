/**
 * Reminder phrases:
 *   "remind me 15 minutes before every session", "remind me about the reception",
 *   "remind me about capacity-building 30 minutes before", "remind me an hour before the closure",
 *   "stop reminders", "stop reminders about the reception", "my reminders".
 */
import { InputError } from "../../bot/errors.js";
import { MAX_LEAD_MINUTES } from "../../schedules/reminders/due.js";

/**
 * A parsed "remind me …".
 * @example const command: RemindCommand = { what: "the reception", leadMinutes: 60 };
 */
export interface RemindCommand {
  /** Words naming what to be reminded of ("every session", "the reception"). */
  what: string;
  /** Minutes before; undefined = the default for the kind of occurrence. */
  leadMinutes?: number;
}

/**
 * "remind me …" (also "ping me", "notify me", "alert me": chat slang for the same).
 * @example "remind me about the reception".match(REMIND)?.[1] === "about the reception"
 */
export const REMIND = /^(?:please\s+)?(?:remind|ping|notify|alert|nudge)\s+me\b\s*(.*?)[.!]*$/i;

/**
 * "stop reminders", "stop all my reminders", "stop reminding me about the reception", "cancel reminders for every session".
 * @example "stop reminders about the reception".match(STOP)?.[1] === "the reception"
 */
export const STOP =
  /^(?:please\s+)?(?:stop|cancel|turn\s+off|no\s+more|unsubscribe(?:\s+from)?)\s+(?:all\s+)?(?:my\s+)?(?:the\s+)?remind(?:ers?|ing\s+me)(?:\s+(?:about|for|of|before)\s+(.+?))?[.!]*$/i;

/**
 * "my reminders", "show my reminders", "what reminders do I have?"
 * @example MY_REMINDERS.test("what reminders do I have?") === true
 */
export const MY_REMINDERS =
  /^(?:(?:show|list)\s+)?(?:my\s+reminders|what\s+reminders\s+do\s+i\s+have)[.?!]*$/i;

const AMOUNT = String.raw`(-?\d{1,4}(?:[.,]\d{1,2})?|an?|one|two|three|half\s+an?)`;
const UNIT = "(minutes?|mins?|m|hours?|hrs?|h|days?|weeks?)";
const LEAD = new RegExp(
  // Not after "\b": a leading minus ("-5 minutes") is part of the amount, to be refused.
  String.raw`(?<=^|\s)${AMOUNT}\s*${UNIT}\s+(?:before|ahead(?:\s+of)?|prior\s+to|early)\b`,
  "i",
);
/** "at 9am", "9:30 pm", "at 14:00": a clock time, which a reminder lead is not. */
const CLOCK_TIME =
  /(?:^\s*|\bat\s+)\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\bat\s+\d{1,2}[:h]\d{2}\b/i;
const AT_START =
  /\b(?:when\s+(?:it|they)\s+starts?|at\s+the\s+start(?:\s+of)?|as\s+(?:it|they)\s+starts?)\b/i;

const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3 };
/** Minutes per unit, by the unit's first letter (minutes otherwise). */
const UNIT_MINUTES: Readonly<Record<string, number>> = { h: 60, d: 24 * 60, w: 7 * 24 * 60 };

/**
 * Minutes of a lead phrase's amount and unit.
 * @example leadMinutesOf("half an", "hour") === 30; leadMinutesOf("2", "h") === 120; leadMinutesOf("a", "day") === 1440
 */
export function leadMinutesOf(amount: string, unit: string): number {
  const lower = amount.toLowerCase().replace(/\s+/g, " ");
  const value = lower.startsWith("half")
    ? 0.5
    : /^-?\d+(?:[.,]\d+)?$/.test(lower)
      ? Number(lower.replace(",", "."))
      : (NUMBER_WORDS[lower] ?? Number.NaN);
  return Math.round(value * (UNIT_MINUTES[unit.charAt(0).toLowerCase()] ?? 1));
}

/**
 * Parses the words after "remind me".
 * @throws {InputError} for a lead time out of range or nothing to be reminded of.
 * @example parseRemind("15 minutes before every session") // { what: "every session", leadMinutes: 15 }
 * @example parseRemind("about the reception") // { what: "the reception" }
 */
export function parseRemind(rest: string): RemindCommand {
  if (CLOCK_TIME.test(rest)) {
    throw new InputError(
      'I remind you a set time before a session starts (from its start up to 24 hours before), not at a clock time: e.g. "remind me about the reception 2 hours before".',
    );
  }
  let text = ` ${rest.trim()} `;
  let leadMinutes: number | undefined;
  const lead = text.match(LEAD);
  if (lead) {
    leadMinutes = leadMinutesOf(lead[1] ?? "", lead[2] ?? "");
    text = `${text.slice(0, lead.index)} ${text.slice((lead.index ?? 0) + lead[0].length)}`;
  } else if (AT_START.test(text)) {
    leadMinutes = 0;
    text = text.replace(AT_START, " ");
  }
  if (leadMinutes !== undefined && !(leadMinutes >= 0 && leadMinutes <= MAX_LEAD_MINUTES)) {
    throw new InputError(
      `Reminders can come from the start time up to 24 hours before; "${lead?.[0]?.trim()}" is outside that.`,
    );
  }
  const what = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:about|of|for|before|ahead\s+of|to\s+attend|to\s+go\s+to)\s+/i, "")
    .replace(/\s+(?:before|starts?|begins?)$/i, "")
    .trim();
  if (!what) {
    throw new InputError(
      'Remind you of what? e.g. "remind me 15 minutes before every session" or "remind me about the reception".',
    );
  }
  return { what, leadMinutes };
}
