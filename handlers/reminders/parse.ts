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
import { commandOf, numberWord } from "../../bot/language/compile.js";
import { currentLocale } from "../../bot/language/current.js";
import { slipFixer } from "../../bot/language/distance.js";
import { reminderGrammar } from "../../bot/language/grammar.js";
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

/** The reminder grammar, compiled from the lexicon's words (`bot/language/locales/en/grammar.ts`). */
const g = reminderGrammar();
const forgiveSlip = slipFixer(g.words.slipWords);

/**
 * The message without politeness, greeting and end punctuation, one-letter slips in the
 * feature's own words corrected.
 * @example tidy("Hi, could you pls remmind me about the reception?") === "remind me about the reception"
 */
export function tidy(text: string): string {
  let tidied = text.trim().replace(/[.!?\s]+$/, "");
  tidied = tidied.replace(g.opener, "").replace(g.politeStart, "").replace(g.politeEnd, "");
  tidied = tidied.replace(/[.!?\s]+$/, "").trim();
  return tidied.replace(/[\p{L}']+/gu, forgiveSlip);
}

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
  if (!g.cue.test(tidied)) return undefined;
  const change = tidied.match(g.change);
  if (change && leadOf(change[5] ?? "") !== undefined) {
    const article = g.article.test(change[2] ?? "");
    const what = (article ? undefined : change[2]) ?? change[4];
    return {
      kind: "change",
      what: what?.trim() || undefined,
      all: !!change[1] || g.pluralNoun.test(change[3] ?? ""),
      latest: false,
      leadText: (change[5] ?? "").trim(),
    };
  }
  const named = namedChange(tidied);
  if (named) return named;
  const changeIt = tidied.match(g.changeIt);
  if (changeIt && leadOf(changeIt[1] ?? "") !== undefined) {
    return { kind: "change", all: false, latest: true, leadText: (changeIt[1] ?? "").trim() };
  }
  const stop =
    tidied.match(g.stopNoun) ??
    tidied.match(g.dontRemind) ??
    // Before "stop … reminders": "remove X from my reminders" names X, not "X from my".
    tidied.match(g.removeFrom) ??
    tidied.match(g.stopNamed) ??
    tidied.match(g.unsubscribeFrom);
  if (stop) {
    const what = stop[1]?.trim();
    return what && !g.everything.test(what) ? { kind: "stop", what } : { kind: "stop" };
  }
  const remind =
    tidied.match(g.remind) ??
    tidied.match(g.setReminder) ??
    tidied.match(g.reminderFor) ??
    tidied.match(g.remindLast);
  if (remind) return { kind: "remind", rest: remind[1] ?? "" };
  // "提前10分钟提醒我下一场会议", read as "before 10 minutes remind me next session".
  const middle = tidied.match(g.remindMiddle);
  if (middle) return { kind: "remind", rest: `${middle[2] ?? ""} ${middle[1] ?? ""}` };
  return undefined;
}

/**
 * A message that may follow a reminder just set, asking for another with its own lead and no
 * verb ("and for the reception, 2h before", « et aussi pour la réception, 2h avant » read "and
 * reception 120 minutes before"): the words after "remind me" it stands for, else undefined.
 * Only a lead and something named, no question; the module takes it only right after a reminder.
 * @example readReminderFollowUp("and for the reception, 2h before") === "for the reception 2h before"
 * @example readReminderFollowUp("when is the reception") === undefined
 */
export function readReminderFollowUp(text: string): string | undefined {
  // Most messages have no lead: said before tidying (every message passes here).
  if (/[?？؟]/.test(text) || !(g.lead.test(text) || g.beforeLead.test(text))) return undefined;
  const rest = tidy(text).match(g.followUp)?.[1]?.replace(/,/g, " ").replace(/\s+/g, " ").trim();
  if (!rest || !(g.lead.test(rest) || g.beforeLead.test(rest) || g.leadAfter.test(rest))) return undefined;
  // Nothing but the lead ("2 hours before") names nothing to be reminded of.
  return leadOf(rest) === undefined ? rest : undefined;
}

/**
 * A change of the reminder a name names, its lead after the name with or without "to" ("change
 * the reminder for reception 1 hour before", as French and Russian are read) or the name first
 * ("reception reminder change to before 1 hours": Chinese order); undefined for anything else.
 */
function namedChange(tidied: string): ReminderCommand | undefined {
  const first = tidied.match(g.changeNameFirst);
  if (first && leadOf(first[3] ?? "") !== undefined && !g.article.test(first[1] ?? "")) {
    return {
      kind: "change",
      what: (first[1] ?? "").trim(),
      all: g.pluralNoun.test(first[2] ?? ""),
      latest: false,
      leadText: (first[3] ?? "").trim(),
    };
  }
  const named = tidied.match(g.changeNamed);
  if (!named) return undefined;
  // The lead is the longest end of the words that reads as one: "reception 1 hour before".
  const words = (named[3] ?? "").trim().split(/\s+/);
  for (let at = 1; at < words.length; at += 1) {
    const leadText = words.slice(at).join(" ").replace(g.changeToStart, "");
    if (leadOf(leadText) === undefined) continue;
    return {
      kind: "change",
      what: words.slice(0, at).join(" ").trim(),
      all: !!named[1] || g.pluralNoun.test(named[2] ?? ""),
      latest: false,
      leadText,
    };
  }
  return undefined;
}

/**
 * Minutes of a lead phrase's amount and unit.
 * @example leadMinutesOf("half an", "hour") === 30; leadMinutesOf("2", "h") === 120; leadMinutesOf("a", "day") === 1440
 */
export function leadMinutesOf(amount: string, unit: string): number {
  const lower = amount.toLowerCase().replace(/\s+/g, " ");
  const value = /^-?\d+(?:[.,]\d+)?$/.test(lower)
    ? Number(lower.replace(",", "."))
    : (numberWord(lower) ?? Number.NaN);
  return Math.round(value * (g.unitMinutes(unit.replace(/\s+/g, " ").trim()) ?? 1));
}

/**
 * A lead given alone ("30 minutes before", "an hour", "the day before", "at the start"), in
 * minutes; undefined when the words are not a lead.
 * @example leadOf("30 minutes before") === 30; leadOf("the day before") === 1440; leadOf("the reception") === undefined
 */
export function leadOf(text: string): number | undefined {
  const words = text.trim().replace(/[.!?]+$/, "");
  const alone = words.match(g.leadAlone);
  if (alone) return leadMinutesOf(alone[1] ?? "", alone[2] ?? "");
  if (g.dayBeforeAlone.test(words)) return MAX_LEAD_MINUTES;
  if (g.atStartAlone.test(words)) return 0;
  return undefined;
}

/**
 * Refuses a lead outside 0 … 24 hours.
 * @throws {InputError} naming the words given.
 * @example checkLead(30, "30 minutes before") === 30
 * `quote: false` leaves `words` out of the error (a message read from another language would
 * be quoted in its English reading).
 */
export function checkLead(minutes: number, words: string, quote = true): number {
  if (!(minutes >= 0 && minutes <= MAX_LEAD_MINUTES)) {
    throw new InputError(
      quote
        ? say(currentLocale(), "reminders.error.outOfRange", { words: words.trim() })
        : say(currentLocale(), "reminders.error.outOfRangeUnquoted"),
    );
  }
  return minutes;
}

/**
 * Parses the words after "remind me".
 * @throws {InputError} for a lead time out of range, a clock time, or nothing to be reminded of.
 * @example parseRemind("15 minutes before every session") // { what: "every session", leadMinutes: 15 }
 * @example parseRemind("the day before the reception") // { what: "the reception", leadMinutes: 1440 }
 */
export function parseRemind(rest: string, quote = true): RemindCommand {
  // The bot's one date reader: a clock time ("at 9am", "14:00") or a moment from now ("in 10
  // minutes") is not a lead before a session.
  const moment = readDayExpression(
    rest.replace(g.lead, " ").replace(g.beforeLead, " ").replace(g.leadAfter, " "),
  );
  if (moment.clock !== undefined || moment.minutesAhead !== undefined) {
    throw new InputError(say(currentLocale(), "reminders.error.clockTime"));
  }
  let text = ` ${rest.trim()} `;
  let leadMinutes: number | undefined;
  // "15 minutes before the reception", "before 15 minutes", "before the reception by 15 minutes".
  const lead = text.match(g.lead) ?? text.match(g.beforeLead) ?? text.match(g.leadAfter);
  const dayBefore = text.match(g.dayBefore);
  if (lead) {
    leadMinutes = checkLead(leadMinutesOf(lead[1] ?? "", lead[2] ?? ""), lead[0], quote);
    text = `${text.slice(0, lead.index)} ${text.slice((lead.index ?? 0) + lead[0].length)}`;
  } else if (dayBefore) {
    leadMinutes = MAX_LEAD_MINUTES;
    text = `${text.slice(0, dayBefore.index)} ${text.slice((dayBefore.index ?? 0) + dayBefore[0].length)}`;
  } else if (g.atStart.test(text)) {
    leadMinutes = 0;
    text = text.replace(g.atStart, " ");
  }
  let what = text.replace(/\s+/g, " ").trim();
  const whenStarts = what.match(g.whenStarts);
  if (whenStarts) {
    what = (whenStarts[1] ?? "").trim();
    leadMinutes ??= 0;
  }
  what = what.replace(g.whatLead, "").replace(g.whatEnd, "").trim();
  if (!what) {
    throw new InputError(say(currentLocale(), "reminders.error.what"));
  }
  return { what, leadMinutes };
}
