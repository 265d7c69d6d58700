/**
 * The command words of the delegate- and POC-facing features, per locale, as data: whole
 * messages that are a command ("help", "aide", "帮助", "مساعدة"), phrases read as the English
 * command words they mean ("rappelle-moi" → "remind me"), and number words (reminder leads,
 * numbers of experts). Each locale's words live in `locales/<tag>/commands.ts`;
 * `compile.ts` ({@link commandOf}, {@link commandMatcher}) turns them into matchers.
 */

/**
 * A command said as a whole message, the same in every language.
 * - `help`: what the bot can do; `myReminders`: list my reminders; `stopReminders`: stop all;
 * - `myRsvps`: my answers to invitations; `rsvpHelp`: how to answer one; `cancelRsvp`: withdraw
 *   my answer (declined; "annule ma réponse", "cancela mi rsvp", "отмени мой ответ");
 * - `myDetails`: my record in the POC directory; `acknowledgePing`: "received" to a ping test;
 * - `pingAckAsked`: "did I answer the ping already?": whether my acknowledgement is recorded
 *   (a question, with or without its question mark: it records nothing);
 * - `acknowledgeSoftly`: "got it, thanks", "merci": a ping acknowledgement only while a ping
 *   delivered to the person waits for it (else small talk);
 * - `calendarLink`: my calendar subscription; `resetCalendarLink`: a new one;
 * - `myTimeZone`: the zone my answers use; `resetTimeZone`: back to my chat app's zone.
 */
export type CommandId =
  | "help"
  | "myReminders"
  | "stopReminders"
  | "myRsvps"
  | "rsvpHelp"
  | "cancelRsvp"
  | "myDetails"
  | "acknowledgePing"
  | "pingAckAsked"
  | "acknowledgeSoftly"
  | "calendarLink"
  | "resetCalendarLink"
  | "myTimeZone"
  | "resetTimeZone"
  | "home";

/** Every command id, in the order they are tried. */
export const COMMAND_IDS: readonly CommandId[] = [
  "help",
  "myReminders",
  "stopReminders",
  "myRsvps",
  "rsvpHelp",
  "cancelRsvp",
  "myDetails",
  "acknowledgePing",
  "pingAckAsked",
  "acknowledgeSoftly",
  "calendarLink",
  "resetCalendarLink",
  "myTimeZone",
  "resetTimeZone",
  "home",
];

/**
 * One locale's command words. Keys are compared after `normalizeText` (no accents, lower
 * case, Arabic folded), so they need no variants of those.
 * @example frenchCommands.commands.help.includes("aide") === true
 */
export interface CommandWords {
  /** BCP 47 tag. */
  locale: string;
  /** Whole messages that are each command (trailing punctuation is ignored). */
  commands: Readonly<Record<CommandId, readonly string[]>>;
  /**
   * Phrases read as the English command words they mean, so the English grammar of a
   * feature reads a command in this language ("rappelle-moi 10 minutes avant la prochaine
   * séance" → "remind me 10 minutes before next session"). Empty for English.
   */
  terms: Readonly<Record<string, string>>;
  /**
   * Number words and their values, fractions included ("half an" → 0.5): reminder leads
   * ("a quarter of an hour before") and numbers of experts ("two experts").
   */
  numberWords: Readonly<Record<string, number>>;
  /**
   * Names of the POC directory's fields as people type them in the change form
   * ("téléphone" → "phone", "24/7 line" → "phone247"); values are field ids.
   */
  pocFields?: Readonly<Record<string, string>>;
  /**
   * Small talk the fallback answers with a word back, said alone or repeated ("merci !",
   * "ok thanks", "👍"): thanks, and acknowledgements.
   */
  smallTalk?: { thanks: readonly string[]; okay: readonly string[] };
}

import { arabicCommands } from "./locales/ar/commands.js";
import { englishCommands } from "./locales/en/commands.js";
import { spanishCommands } from "./locales/es/commands.js";
import { frenchCommands } from "./locales/fr/commands.js";
import { russianCommands } from "./locales/ru/commands.js";
import { chineseCommands } from "./locales/zh/commands.js";

/**
 * The command words of every language, by tag.
 * @example COMMAND_WORDS.es?.commands.help[0] === "ayuda"
 */
export const COMMAND_WORDS: Readonly<Record<string, CommandWords>> = {
  en: englishCommands,
  fr: frenchCommands,
  es: spanishCommands,
  ru: russianCommands,
  zh: chineseCommands,
  ar: arabicCommands,
};

/** Languages written without spaces between words: their commands match with spaces removed. */
export const UNSPACED: ReadonlySet<string> = new Set(["zh"]);
