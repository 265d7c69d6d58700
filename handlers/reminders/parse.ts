/**
 * Reminder phrases, read into one typed {@link ReminderCommand}:
 *   "remind me 15 minutes before every session", "pls remind me before the reception",
 *   "remind me 10 minutes before the next session", "remind me the day before the ping test",
 *   "set a reminder for the reception", "stop", "unsubscribe", "stop reminders about the
 *   reception", "stop the ping reminders", "change my reminder to 30 minutes before",
 *   "make it an hour before", "my reminders".
 * Politeness ("please", "pls", "can you") and one-letter slips in "remind"/"reminder"
 * ("remmind", "reminer") are tidied first.
 */

import { InputError } from "../../bot/errors.js";
import { commandOf, numberWord, numberWordSource } from "../../bot/language/compile.js";
import { currentLocale } from "../../bot/language/current.js";
import { boundedDistance } from "../../bot/language/distance.js";
import { readDayExpression } from "../../bot/language/index.js";
import { say } from "../../bot/language/messages.js";
import { MAX_LEAD_MINUTES } from "../../schedules/reminders/due.js";

/**
 * A reminder command as read from a message, before the programme is consulted.
 * - `remind`: `rest` is what follows "remind me" ("10 minutes before the next session");
 * - `stop`: `what` names what to stop (absent: everything);
 * - `change`: a new lead for the reminder(s) named by `what`, for all of them (`all`), or for
 *   the one just set (`latest`: "make it 30 minutes before");
 * - `list`: "my reminders".
 * @example readReminderCommand("stop the ping reminders") // { kind: "stop", what: "ping" }
 */
export type ReminderCommand =
  | { kind: "remind"; rest: string }
  | { kind: "stop"; what?: string }
  | { kind: "change"; what?: string; all: boolean; latest: boolean; leadText: string }
  | { kind: "list" };

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

const GREETING = /^(?:(?:hey|hi|hello|ok|okay|so|bot)\b[\s,!]*)+/i;
const POLITE_START =
  /^(?:(?:please|pls|plz|plse|kindly|just)\s+|(?:can|could|would|will)\s+(?:you|u)\s+|(?:i\s+would\s+like|i'?d\s+like|i\s+want)\s+(?:you\s+)?to\s+)+/i;
const POLITE_END = /[\s,]+(?:please|pls|plz|thanks|thank\s+you|thx|ty)$/i;
/** Words a slip of one letter is forgiven in (the verbs and nouns of this feature). */
const SLIP_WORDS = ["remind", "reminder", "reminders", "unsubscribe"];

function forgiveSlip(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length < 5 || SLIP_WORDS.includes(lower)) return word;
  const fixed = SLIP_WORDS.find((known) => boundedDistance(lower, known, 1) <= 1);
  return fixed ?? word;
}

/**
 * The message without politeness, greeting and end punctuation, one-letter slips in the
 * feature's own words corrected.
 * @example tidy("Hi, could you pls remmind me about the reception?") === "remind me about the reception"
 */
export function tidy(text: string): string {
  let tidied = text.trim().replace(/[.!?\s]+$/, "");
  tidied = tidied.replace(GREETING, "").replace(POLITE_START, "").replace(POLITE_END, "");
  tidied = tidied.replace(/[.!?\s]+$/, "").trim();
  return tidied.replace(/[\p{L}']+/gu, forgiveSlip);
}

const REMIND = /^(?:remind|ping|notify|alert|nudge)\s+(?:me|us)\b\s*(.*)$/i;
const SET_A_REMINDER =
  /^(?:(?:set|add|create|make|schedule|put)\s+(?:me\s+|up\s+)?|(?:give|send)\s+me\s+|i\s+(?:want|need)\s+)(?:a\s+|an\s+)?(?:reminders?|alerts?|notifications?)\b\s*(.*)$/i;
const REMINDER_FOR = /^(?:a\s+)?reminders?\s+((?:for|about|of|before)\s+.+)$/i;

const NOUN = String.raw`(?:remind(?:ers?|ing(?:\s+(?:me|us))?)|notifications?|alerts?)`;
const STOP_VERB = String.raw`(?:stop\s+sending(?:\s+(?:me|us))?|stop|cancel|turn\s+off|switch\s+off|disable|remove|delete|clear|mute|end|no\s+more|unsubscribe(?:\s+me)?(?:\s+from)?)`;
const STOP_NOUN = new RegExp(
  String.raw`^${STOP_VERB}\s+(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+|these\s+|those\s+)?${NOUN}(?:\s+(?:any\s*more))?(?:\s+(?:about|for|of|before|on|to)\s+(.+?))?$`,
  "i",
);
const STOP_NAMED_NOUN = new RegExp(
  String.raw`^${STOP_VERB}\s+(?:all\s+)?(?:my\s+|the\s+)?(.+?)\s+(?:reminders?|notifications?|alerts?)$`,
  "i",
);
const DONT_REMIND =
  /^(?:don'?t|do\s+not|no\s+need\s+to|never)\s+remind\s+(?:me|us)(?:\s+any\s*more)?(?:\s+(?:about|of|for|before)\s+(.+?))?(?:\s+any\s*more)?$/i;
const UNSUBSCRIBE_FROM = /^unsubscribe(?:\s+me)?\s+from\s+(.+)$/i;
const REMOVE_FROM = /^(?:remove|delete|drop)\s+(.+?)\s+from\s+my\s+reminders$/i;

const CHANGE =
  /^(?:change|move|set|make|update|switch|reschedule|adjust|edit|put)\s+(all\s+)?(?:of\s+)?(?:my\s+|the\s+)?(?:(.+?)\s+)?(reminders?|alerts?)(?:\s+(?:for|about|of|before)\s+(.+?))?\s+(?:to|for)\s+(.+)$/i;
const CHANGE_IT = /^(?:change|make|set|move)\s+(?:it|that|them|this)\s+(?:to\s+)?(.+)$/i;

/**
 * Reads a message as a reminder command, or undefined when it is none (another feature may
 * answer it).
 * @example readReminderCommand("pls remind me before the reception") // { kind: "remind", rest: "before the reception" }
 * @example readReminderCommand("change my reminder to 30 minutes before") // { kind: "change", all: false, latest: false, leadText: "30 minutes before" }
 */
export function readReminderCommand(text: string): ReminderCommand | undefined {
  const tidied = tidy(text);
  // "my reminders", "stop" in every language (`bot/language/locales/<tag>/commands.ts`).
  const command = commandOf(text)?.id ?? commandOf(tidied)?.id;
  if (command === "myReminders") return { kind: "list" };
  if (command === "stopReminders") return { kind: "stop" };
  const change = tidied.match(CHANGE);
  if (change && leadOf(change[5] ?? "") !== undefined) {
    const article = /^(?:a|an)$/i.test(change[2] ?? "");
    const what = (article ? undefined : change[2]) ?? change[4];
    return {
      kind: "change",
      what: what?.trim() || undefined,
      all: !!change[1] || /s$/i.test(change[3] ?? ""),
      latest: false,
      leadText: (change[5] ?? "").trim(),
    };
  }
  const changeIt = tidied.match(CHANGE_IT);
  if (changeIt && leadOf(changeIt[1] ?? "") !== undefined) {
    return { kind: "change", all: false, latest: true, leadText: (changeIt[1] ?? "").trim() };
  }
  const stop =
    tidied.match(STOP_NOUN) ??
    tidied.match(DONT_REMIND) ??
    tidied.match(STOP_NAMED_NOUN) ??
    tidied.match(REMOVE_FROM) ??
    tidied.match(UNSUBSCRIBE_FROM);
  if (stop) {
    const what = stop[1]?.trim();
    return what && !/^(?:all|everything|them|it)$/i.test(what) ? { kind: "stop", what } : { kind: "stop" };
  }
  const remind =
    tidied.match(REMIND) ??
    tidied.match(SET_A_REMINDER) ??
    tidied.match(REMINDER_FOR) ??
    tidied.match(REMIND_LAST);
  if (remind) return { kind: "remind", rest: remind[1] ?? "" };
  return undefined;
}

/** A number in digits or words ("forty-five", "half an", "a quarter of an": the lexicon's `numberWords`). */
const AMOUNT = String.raw`(-?\d{1,4}(?:[.,]\d{1,2})?|${numberWordSource({ least: 0.25 })})`;
const UNIT = "(minutes?|mins?|m|hours?|hrs?|h|days?|weeks?)";
const BEFORE = String.raw`(?:before|b4|ahead(?:\s+of)?|prior(?:\s+to)?|early|earlier|in\s+advance(?:\s+of)?)`;
const LEAD = new RegExp(
  // Not after "\b": a leading minus ("-5 minutes") is part of the amount, to be refused.
  String.raw`(?<=^|\s)${AMOUNT}\s*${UNIT}\s+${BEFORE}(?=\s|$)`,
  "i",
);
/**
 * "before 15 minutes": the order Chinese and Arabic say a lead in ("前15分钟", "قبل 15 دقيقة"),
 * as their words are read into this grammar's (`bot/language/pivot.ts`).
 */
const BEFORE_LEAD = new RegExp(String.raw`(?<=^|\s)${BEFORE}\s+${AMOUNT}\s*${UNIT}(?=\s|$)`, "i");
/** "<what> remind me": the order of Chinese ("每场会议前15分钟提醒我"). */
const REMIND_LAST = /^(.+?)\s+(?:remind|notify)\s+(?:me|us)$/i;
/** "the day before", "the previous day", "a day ahead of": 24 hours before. */
const DAY_BEFORE = new RegExp(
  String.raw`(?<=^|\s)(?:(?:on\s+)?the\s+(?:day|evening|night)\s+${BEFORE}|(?:on\s+)?the\s+(?:previous|prior)\s+(?:day|evening)(?:\s+of)?)(?=\s|$)`,
  "i",
);
/** A lead on its own, as in "change my reminder to 30 minutes (before)". */
const LEAD_ALONE = new RegExp(String.raw`^${AMOUNT}\s*${UNIT}(?:\s+${BEFORE})?$`, "i");
const AT_START =
  /\b(?:when\s+(?:it|they)\s+(?:starts?|begins?)|at\s+the\s+(?:start|beginning)(?:\s+of)?|as\s+(?:it|they)\s+(?:starts?|begins?))\b/i;
/** "when the next session starts" → "the next session", at its start. */
const WHEN_STARTS = /^when\s+(.+?)\s+(?:starts?|begins?|opens?)$/i;

/** Minutes per unit, by the unit's first letter (minutes otherwise). */
const UNIT_MINUTES: Readonly<Record<string, number>> = { h: 60, d: 24 * 60, w: 7 * 24 * 60 };

/**
 * Minutes of a lead phrase's amount and unit.
 * @example leadMinutesOf("half an", "hour") === 30; leadMinutesOf("2", "h") === 120; leadMinutesOf("a", "day") === 1440
 */
export function leadMinutesOf(amount: string, unit: string): number {
  const lower = amount.toLowerCase().replace(/\s+/g, " ");
  const value = /^-?\d+(?:[.,]\d+)?$/.test(lower)
    ? Number(lower.replace(",", "."))
    : (numberWord(lower) ?? Number.NaN);
  return Math.round(value * (UNIT_MINUTES[unit.charAt(0).toLowerCase()] ?? 1));
}

/**
 * A lead given alone ("30 minutes before", "an hour", "the day before", "at the start"), in
 * minutes; undefined when the words are not a lead.
 * @example leadOf("30 minutes before") === 30; leadOf("the day before") === 1440; leadOf("the reception") === undefined
 */
export function leadOf(text: string): number | undefined {
  const words = text.trim().replace(/[.!?]+$/, "");
  const alone = words.match(LEAD_ALONE);
  if (alone) return leadMinutesOf(alone[1] ?? "", alone[2] ?? "");
  if (new RegExp(`^${DAY_BEFORE.source}$`, "i").test(words)) return MAX_LEAD_MINUTES;
  if (/^(?:at\s+the\s+(?:start|beginning)|when\s+(?:it|they)\s+(?:starts?|begins?))$/i.test(words)) return 0;
  return undefined;
}

/**
 * Refuses a lead outside 0 … 24 hours.
 * @throws {InputError} naming the words given.
 * @example checkLead(30, "30 minutes before") === 30
 */
export function checkLead(minutes: number, words: string): number {
  if (!(minutes >= 0 && minutes <= MAX_LEAD_MINUTES)) {
    throw new InputError(say(currentLocale(), "reminders.error.outOfRange", { words: words.trim() }));
  }
  return minutes;
}

/**
 * Parses the words after "remind me".
 * @throws {InputError} for a lead time out of range, a clock time, or nothing to be reminded of.
 * @example parseRemind("15 minutes before every session") // { what: "every session", leadMinutes: 15 }
 * @example parseRemind("the day before the reception") // { what: "the reception", leadMinutes: 1440 }
 */
export function parseRemind(rest: string): RemindCommand {
  // The bot's one date reader: a clock time ("at 9am", "14:00") or a moment from now ("in 10
  // minutes") is not a lead before a session.
  const moment = readDayExpression(rest.replace(LEAD, " ").replace(BEFORE_LEAD, " "));
  if (moment.clock !== undefined || moment.minutesAhead !== undefined) {
    throw new InputError(say(currentLocale(), "reminders.error.clockTime"));
  }
  let text = ` ${rest.trim()} `;
  let leadMinutes: number | undefined;
  const lead = text.match(LEAD) ?? text.match(BEFORE_LEAD);
  const dayBefore = text.match(DAY_BEFORE);
  if (lead) {
    leadMinutes = checkLead(leadMinutesOf(lead[1] ?? "", lead[2] ?? ""), lead[0]);
    text = `${text.slice(0, lead.index)} ${text.slice((lead.index ?? 0) + lead[0].length)}`;
  } else if (dayBefore) {
    leadMinutes = MAX_LEAD_MINUTES;
    text = `${text.slice(0, dayBefore.index)} ${text.slice((dayBefore.index ?? 0) + dayBefore[0].length)}`;
  } else if (AT_START.test(text)) {
    leadMinutes = 0;
    text = text.replace(AT_START, " ");
  }
  let what = text.replace(/\s+/g, " ").trim();
  const whenStarts = what.match(WHEN_STARTS);
  if (whenStarts) {
    what = (whenStarts[1] ?? "").trim();
    leadMinutes ??= 0;
  }
  what = what
    .replace(/^(?:about|of|for|before|ahead\s+of|to\s+attend|to\s+go\s+to|to\s+join|that|on)\s+/i, "")
    .replace(/\s+(?:before|starts?|begins?)$/i, "")
    .trim();
  if (!what) {
    throw new InputError(say(currentLocale(), "reminders.error.what"));
  }
  return { what, leadMinutes };
}
