/**
 * The chat command: "broadcast [requiring acknowledgement] to <audience> [at <time>]: <text>".
 * The header (before the first colon that is not part of a time) carries the options; the
 * text after it is sent as written.
 */
import { InputError } from "../../bot/errors.js";
import { broadcastGrammar } from "../../bot/language/grammar.js";
import { parseSendTime, type Venue } from "./when.js";

/**
 * The command, before the audience is resolved.
 * @example const command: BroadcastCommand = { audiencePhrase: "to everyone", text: "Room 4", requiresAck: false };
 */
export interface BroadcastCommand {
  audiencePhrase: string;
  text: string;
  sendAt?: Date;
  requiresAck: boolean;
  /** "by e-mail too" was said. */
  byEmail?: boolean;
}

const g = broadcastGrammar;

/** "by e-mail too", "also by email", "and by e-mail" in the header. */
const BY_EMAIL = g().byEmail;

/**
 * Messages that start a broadcast; group 1 is the rest of the command.
 * @example "broadcast to everyone: hi".match(BROADCAST_COMMAND)?.[1] === "to everyone: hi"
 */
export const BROADCAST_COMMAND: RegExp = g().command;

/**
 * Longest broadcast text (it must fit one message on every platform).
 * @example if (text.length > MAX_TEXT_LENGTH) throw new InputError("too long");
 */
export const MAX_TEXT_LENGTH = 3_000;

/** "requiring acknowledgement", "ack required". */
const ACK = g().ack;
/**
 * Where a send time may start in the header: a preposition, a day word (yesterday included,
 * so that a past time is named as such rather than glued to the audience), a weekday, a
 * date ("5 March", "March 5", "2024-03-05", "5/3") or a bare time ("3pm", "15:00", "noon").
 */
const TIME_STARTS = g().timeStarts;
/** A day said without a time of day, which a broadcast cannot be sent at. */
const DAY_ONLY = g().dayOnly;

/**
 * Where the header ends: the first colon that is neither between two digits (as in 14:00)
 * nor the colon of a selector ("poc:technical", "state:KEN,FRA": a selector name right
 * before it, no space after it).
 */
function headerEnd(text: string, selectorNames: readonly string[]): number {
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] !== ":") continue;
    if (/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    const word = /([a-z_-]+)$/i.exec(text.slice(0, i))?.[1]?.toLowerCase() ?? "";
    if (selectorNames.includes(word) && /\S/.test(text[i + 1] ?? "")) continue;
    return i;
  }
  return -1;
}

/**
 * Splits an audience-and-time header ("to heads of delegation tomorrow 9am").
 * @example splitWhen("to everyone at 14:00", now, venue) // { audience: "to everyone", sendAt: <14:00 venue time> }
 */
export function splitWhen(header: string, now: Date, venue: Venue): { audience: string; sendAt?: Date } {
  const leading = header.match(g().timeFirst);
  if (leading?.[1] && !g().audienceLead.test(header)) {
    const sendAt = parseSendTime(leading[1], now, venue);
    if (sendAt) return { audience: leading[2] ?? "", sendAt };
  }
  let unreadable: string | undefined;
  for (const match of header.matchAll(TIME_STARTS)) {
    const start = (match.index ?? 0) + match[0].length;
    if (start === 0) continue;
    const sendAt = parseSendTime(header.slice(start), now, venue);
    if (sendAt) return { audience: header.slice(0, start).replace(/[,\s]+$/, ""), sendAt };
    const day = DAY_ONLY.exec(header.slice(start).trim())?.[1];
    if (day && g().isPastDay(day))
      throw new InputError(
        `"${day.toLowerCase()}" is in the past. Give a later time, or leave the time out to send on confirmation.`,
      );
    if (day) {
      throw new InputError(
        `"${day}" needs a time of day: write e.g. "${day} 9am" or "${day} at 14:00" (${venue.label}).`,
      );
    }
    // "at 25:00": meant as a time (a number follows), but not one; said as such below.
    if (/\d/.test(header.slice(start))) unreadable ??= header.slice(start).trim();
  }
  if (unreadable) {
    throw new InputError(
      `I can't read "${unreadable}" as a time; write e.g. "at 14:00", "tomorrow 9am" or "on Thursday at 10am" (${venue.label}).`,
    );
  }
  return { audience: header };
}

/**
 * Reads a broadcast command (the words after "broadcast"). `selectorNames` are the audiences
 * that take an argument after a colon ("state" in "state:KEN,FRA").
 * @example
 * parseBroadcastCommand("to heads of delegation at 14:00: The afternoon meeting moves to Conference Room 4", now, venue)
 * // { audiencePhrase: "to heads of delegation", text: "The afternoon meeting moves to Conference Room 4", sendAt: <14:00>, requiresAck: false }
 */
export function parseBroadcastCommand(
  rest: string,
  now: Date,
  venue: Venue,
  selectorNames: readonly string[] = [],
): BroadcastCommand {
  const end = headerEnd(rest, selectorNames);
  if (end === -1) {
    throw new InputError(
      'Write the audience, then a colon, then the message, e.g. "broadcast to heads of delegation: The afternoon meeting moves to Conference Room 4". Add "at 14:00" or "tomorrow 9am" before the colon to schedule it, and "requiring acknowledgement" to ask recipients to confirm.',
    );
  }
  let header = rest.slice(0, end).trim();
  const text = rest.slice(end + 1).trim();
  const requiresAck = ACK.test(header);
  const byEmail = BY_EMAIL.test(header);
  header = header.replace(ACK, " ").replace(BY_EMAIL, " ").replace(/\s+/g, " ").trim();
  if (text === "") throw new InputError("The message is empty: write it after the colon.");
  if (text.length > MAX_TEXT_LENGTH) {
    throw new InputError(
      `The message is ${text.length.toLocaleString("en-US")} characters long; a broadcast can have up to ${MAX_TEXT_LENGTH.toLocaleString("en-US")}.`,
    );
  }
  const { audience, sendAt } = splitWhen(header, now, venue);
  return { audiencePhrase: audience, text, sendAt, requiresAck, ...(byEmail ? { byEmail } : {}) };
}

/**
 * Reads the yes/no of the form's acknowledgement field.
 * @example readYesNo("Yes") === true; readYesNo("") === false
 */
export function readYesNo(value: string | undefined): boolean {
  const said = broadcastGrammar().yesNo(value ?? "");
  if (said !== undefined) return said;
  throw new InputError(`"Requires acknowledgement" should be yes or no, not "${value}".`);
}
