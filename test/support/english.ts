/**
 * The "left in English" check of the catalogue tests, for catalogue messages and for live
 * answers: an English-only word in French or Spanish, any Latin word in Russian, Chinese or
 * Arabic, besides the commands and symbols kept as written and what is quoted as typed.
 */

/**
 * Words that may stay as written in every language: commands the bot reads in English
 * ("rsvp attending", "help", "my time zone is …", "English please"), the names in the RSVP
 * example, and symbols.
 */
const KEPT =
  /rsvp attending( with 2 experts: Ana Lima, Raj Patel)?|\brsvp\b|Ana Lima, Raj Patel|my time zone is|English please|help|Wi-Fi|ping|POC|UTC/g;

/** English words that are not words of French or Spanish: one of them means a sentence left in English. */
const ENGLISH_ONLY = new Set(
  "the is are was of and at to for with not this that from your you will nothing here there what when where which has have been letter letters given scheduled about ask try".split(
    " ",
  ),
);

/**
 * What is quoted as typed (commands, examples: «import roster», "Peter ""Kip"" Otieno"),
 * acronyms (CSV, YAML, UTF) and column lists ("(email,name,state,roles)") stay as written.
 */
const AS_WRITTEN =
  /[(（]"[)）]|«[^»]*»|“[^”]*”|„[^“”]*[“”]|"(?:[^"]|"")*"|'[^']*'|[(（][a-z_]+(?:,[a-z_…]+)+[)）]|\b[A-Z]{2,}\b/g;

/** Text an Arabic answer isolates (U+2068…U+2069): a placeholder's value (a name, a time, a URL), data not wording. */
const ISOLATED = /\u2068[^\u2068\u2069]*\u2069/g;

/**
 * The Latin-script words of a message, links, placeholders, isolated values and kept words removed.
 * @example latinWords("Rien le {{day}} (POC)") // ["Rien", "le"]
 */
export function latinWords(text: string): string[] {
  // A link is data: its random token once held "to" ("…/XmRt4F8S2to1fUaA…/all.ics"), read as English.
  return text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(ISOLATED, " ")
    .replace(/\{\{\w+\}\}/g, " ")
    .replace(KEPT, " ")
    .replace(AS_WRITTEN, " ")
    .split(/[^\p{L}\p{M}]+/u)
    .filter((word) => word.length >= 2 && /^[\p{Script=Latin}\p{M}]+$/u.test(word));
}

/**
 * Why a text in `locale` looks left in English, or `undefined`; `source` is the English
 * message it translates, when there is one.
 * @example leftInEnglish("fr", "Nothing is scheduled.") === 'English word "Nothing"'
 */
export function leftInEnglish(locale: string, text: string, source?: string): string | undefined {
  const words = latinWords(text);
  if (source !== undefined && text === source && latinWords(source).length > 1) return "same as English";
  const english = words.find((word) => ENGLISH_ONLY.has(word.toLowerCase()));
  if (english) return `English word "${english}"`;
  // Russian, Chinese and Arabic: no Latin words at all besides the kept ones.
  if (["ru", "zh", "ar"].includes(locale) && words.length > 0) return `Latin words ${words.join(" ")}`;
  return undefined;
}
