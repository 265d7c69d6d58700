/**
 * Answer wording per locale, on i18next (one messages file per locale under `locales/`):
 * `say("en", "gap.title", { what: "a room" })`. Missing keys fall back to English.
 */
import i18next, { type i18n } from "i18next";
import { currentLocale } from "./current.js";
import { arabicFeatures } from "./locales/ar/features.js";
import { arabicMessages } from "./locales/ar/messages.js";
import { englishFeatures } from "./locales/en/features.js";
import { englishMessages } from "./locales/en/messages.js";
import { spanishFeatures } from "./locales/es/features.js";
import { spanishMessages } from "./locales/es/messages.js";
import { frenchFeatures } from "./locales/fr/features.js";
import { frenchMessages } from "./locales/fr/messages.js";
import { russianFeatures } from "./locales/ru/features.js";
import { russianMessages } from "./locales/ru/messages.js";
import { chineseFeatures } from "./locales/zh/features.js";
import { chineseMessages } from "./locales/zh/messages.js";
import { LOCALE_WORDS } from "./locales.js";

/**
 * The messages of every locale, by BCP 47 tag.
 * @example Object.keys(MESSAGES) // ["en", "fr", "es", "ru", "zh", "ar"]
 */
export const MESSAGES: Readonly<Record<string, Record<string, unknown>>> = {
  en: englishMessages,
  fr: frenchMessages,
  es: spanishMessages,
  ru: russianMessages,
  zh: chineseMessages,
  ar: arabicMessages,
};

/**
 * The wording of the delegate- and POC-facing features (help, home, reminders, POC
 * self-service, ping tests), by tag: merged into the same catalogue as {@link MESSAGES}
 * (its top-level keys differ), kept apart because plural keys differ per language.
 * @example FEATURES.fr?.home // { title: "À venir", … }
 */
export const FEATURES: Readonly<Record<string, Record<string, unknown>>> = {
  en: englishFeatures,
  fr: frenchFeatures,
  es: spanishFeatures,
  ru: russianFeatures,
  zh: chineseFeatures,
  ar: arabicFeatures,
};

/** Languages written right to left: placeholders are isolated so Latin names, times and URLs keep their order. */
const RIGHT_TO_LEFT = new Set(["ar"]);

/**
 * The writing direction of a locale, for `dir` attributes.
 * @example textDirection("ar") === "rtl"; textDirection("fr") === "ltr"
 */
export function textDirection(locale: string): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}

let instance: i18n | undefined;

function translator(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    lng: "en",
    fallbackLng: "en",
    resources: Object.fromEntries(
      Object.entries(MESSAGES).map(([locale, messages]) => [
        locale,
        { translation: { ...messages, ...FEATURES[locale] } },
      ]),
    ),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance = created;
  return created;
}

/**
 * One message in a locale, its placeholders filled.
 * @example say("en", "fact.meals") === "catering or meals"
 */
export function say(locale: string, key: string, values: Record<string, string | number> = {}): string {
  // `count` picks the plural form, so it stays a number.
  const filled = RIGHT_TO_LEFT.has(locale)
    ? Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          name === "count" || value === "" ? value : `\u2068${value}\u2069`,
        ]),
      )
    : values;
  if (!("count" in values)) {
    const plain = plainMessage(locale, key);
    if (plain !== undefined)
      return inflected(
        locale,
        plain.replace(PLACEHOLDER, (whole, name: string) => String(filled[name] ?? whole)),
      );
  }
  return inflected(locale, translator().t(key, { lng: locale, ...filled }));
}

/** Per locale, the words that change form after a preposition (`afterPrepositions`), compiled; null for none. */
const inflections = new Map<string, { pattern: RegExp; forms: Readonly<Record<string, string>> } | null>();

/**
 * A message with each word that follows a preposition in the form the language writes there
 * ("На суббота, 9 марта" → "На субботу, 9 марта"), from the locale's `afterPrepositions` data.
 * @example inflected("ru", "вот программа на среда, 6 марта") === "вот программа на среду, 6 марта"
 */
export function inflected(locale: string, text: string): string {
  let rule = inflections.get(locale);
  if (rule === undefined) {
    const data = LOCALE_WORDS[locale]?.afterPrepositions;
    rule = data
      ? {
          pattern: new RegExp(
            `(?<!\\p{L})(${data.prepositions.join("|")})(\\s+)(${Object.keys(data.forms).join("|")})(?!\\p{L})`,
            "giu",
          ),
          forms: data.forms,
        }
      : null;
    inflections.set(locale, rule);
  }
  if (!rule) return text;
  const { forms } = rule;
  return text.replace(rule.pattern, (whole, preposition: string, space: string, word: string) => {
    const form = forms[word.toLowerCase()];
    if (!form) return whole;
    const cased = word[0] === word[0]?.toUpperCase() ? form[0]?.toUpperCase() + form.slice(1) : form;
    return `${preposition}${space}${cased}`;
  });
}

/**
 * One message in the turn's language ({@link currentLocale}), its placeholders filled; plural
 * forms when `values.count` is a number (i18next keys `_one`, `_few`, `_many`… per
 * `Intl.PluralRules`).
 * @example tr("programme.where", { place: "UNHQ" }) === "Where: UNHQ"
 */
export function tr(key: string, values: Record<string, string | number> = {}): string {
  return say(currentLocale(), key, values);
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const plainMessages = new Map<string, string | null>();

/**
 * A message without plural forms, read straight from the resources (English when the locale
 * lacks it): answers are built from many short messages, and this skips i18next's per-call
 * option handling on the hot path. `undefined` for keys that only exist with plural suffixes.
 */
function plainMessage(locale: string, key: string): string | undefined {
  const cacheKey = `${locale}|${key}`;
  const known = plainMessages.get(cacheKey);
  if (known !== undefined) return known ?? undefined;
  const found = lookUp(MESSAGES[locale], key) ?? lookUp(MESSAGES.en, key);
  plainMessages.set(cacheKey, found ?? null);
  return found;
}

function lookUp(messages: Record<string, unknown> | undefined, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}
