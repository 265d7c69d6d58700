/**
 * The languages the bot speaks: English (the full lexicon) and the five other official UN
 * languages (their words, read through `pivot.ts`). Adding one is a `locales/<tag>/words.ts`,
 * a `locales/<tag>/messages.ts` and a fixture; this table registers them.
 */
import type { LocaleWords } from "./locale-words.js";
import { arabic } from "./locales/ar/words.js";
import { spanish } from "./locales/es/words.js";
import { french } from "./locales/fr/words.js";
import { russian } from "./locales/ru/words.js";
import { chinese } from "./locales/zh/words.js";

/**
 * The words of each language other than English, by tag.
 * @example LOCALE_WORDS.fr?.name === "français"
 */
export const LOCALE_WORDS: Readonly<Record<string, LocaleWords>> = {
  fr: french,
  es: spanish,
  ru: russian,
  zh: chinese,
  ar: arabic,
};

/** Every language the bot answers in, English first. */
export const LANGUAGES: readonly string[] = ["en", ...Object.keys(LOCALE_WORDS)];

/** English, as the other languages' word lists describe it (its lexicon is in `locales/en/`). */
export const ENGLISH_CHOICE = {
  name: "English",
  choicePhrases: [
    "english",
    "in english",
    "en anglais",
    "anglais",
    "inglés",
    "en inglés",
    "по-английски",
    "английский",
    "英语",
    "英文",
    "用英语",
    "بالإنجليزية",
    "الإنجليزية",
    "انجليزي",
  ],
  markers: [
    "the",
    // "and thursday?", "what about friday?": short English follow-ups.
    "and",
    "about",
    "what",
    "what's",
    "whats",
    "when",
    "where",
    "is",
    "on",
    "who",
    "which",
    "how",
    "today",
    "tomorrow",
    "please",
    "meeting",
    "session",
    "morning",
    "afternoon",
    "evening",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "next",
    "room",
    "thanks",
    "hello",
    "are",
    "does",
    "do",
    "i",
    "my",
    "time",
    "reception",
    "agenda",
    // Command words ("remind me 15 minutes before every session", "stop all reminders"): a
    // clear English command tells its language as a question does.
    "remind",
    "reminder",
    "reminders",
    "before",
    "every",
    "each",
    "broadcast",
    "stop",
    "all",
    "cancel",
    "change",
    "show",
  ],
} as const;

/**
 * A language's own name.
 * @example languageName("ru") === "русский"
 */
export function languageName(tag: string): string {
  return tag === "en" ? ENGLISH_CHOICE.name : (LOCALE_WORDS[tag]?.name ?? tag);
}
