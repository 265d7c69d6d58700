/**
 * Answer wording per locale, on i18next (one messages file per locale under `locales/`):
 * `say("en", "gap.title", { what: "a room" })`. Missing keys fall back to English.
 */
import i18next, { type i18n } from "i18next";
import { escapeRegExp } from "../regexp.js";
import { currentLocale } from "./current.js";
import type { AfterPrepositions } from "./locale-words.js";
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
export function say(
  locale: string,
  key: string,
  values: Record<string, string | number> = NO_VALUES,
): string {
  const rightToLeft = RIGHT_TO_LEFT.has(locale);
  let template: string | undefined;
  if ("count" in values) {
    template =
      typeof values.count === "number" ? pluralMessage(locale, key, values.count, values) : undefined;
  } else {
    const plain = plainMessage(locale, key);
    // A message without placeholders is the same text every time: kept inflected.
    if (plain?.constant !== undefined) return plain.constant;
    template = plain?.template;
  }
  if (template !== undefined) return inflected(locale, fill(compiledTemplate(template), values, rightToLeft));
  // `count` picks the plural form, so it stays a number.
  const filled = rightToLeft
    ? Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          name === "count" || value === "" ? value : `\u2068${value}\u2069`,
        ]),
      )
    : values;
  return inflected(locale, translator().t(key, { lng: locale, ...filled }));
}

const NO_VALUES: Record<string, string | number> = Object.freeze({});

/**
 * A template split at its placeholders, once: `parts` has one more item than `names`
 * ("Where: {{place}}" → parts ["Where: ", ""], names ["place"]). Filling it is a loop of
 * concatenations, where a regular-expression replace with a callback cost most of a message's
 * time (a turn renders a dozen).
 */
interface CompiledTemplate {
  parts: readonly string[];
  names: readonly string[];
}

const compiledTemplates = new Map<string, CompiledTemplate>();

function compiledTemplate(template: string): CompiledTemplate {
  let compiled = compiledTemplates.get(template);
  if (compiled) return compiled;
  const parts: string[] = [];
  const names: string[] = [];
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(from, match.index));
    names.push(match[1] as string);
    from = match.index + match[0].length;
  }
  parts.push(template.slice(from));
  compiled = { parts, names };
  compiledTemplates.set(template, compiled);
  return compiled;
}

/**
 * The template with each placeholder's value; an unknown one is left as written. A value that
 * ends a sentence's abbreviation ("2024 г.", "etc.") before the message's own period gives one
 * period, not "г.."; right to left, each given value is isolated (U+2068…U+2069), `count` and
 * empty values excepted.
 */
function fill(
  template: CompiledTemplate,
  values: Record<string, string | number>,
  rightToLeft: boolean,
): string {
  const { parts, names } = template;
  let text = parts[0] as string;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as string;
    const after = parts[index + 1] as string;
    let value = values[name];
    if (typeof value === "string" && after.charCodeAt(0) === 46 /* . */ && endsWithOnePeriod(value))
      value = value.slice(0, -1);
    if (rightToLeft && Object.hasOwn(values, name) && name !== "count" && value !== "")
      text += `\u2068${value}\u2069`;
    else text += value === undefined ? `{{${name}}}` : String(value);
    text += after;
  }
  return text;
}

/** "2024 г." but not "…" or "..." (an ellipsis keeps its dots). */
function endsWithOnePeriod(value: string): boolean {
  return value.endsWith(".") && !value.endsWith("..");
}

/** Per locale, the rules of words that change form after a preposition (`afterPrepositions`), compiled. */
const inflections = new Map<
  string,
  ReadonlyArray<{
    pattern: RegExp;
    forms: Readonly<Record<string, string>>;
    asWritten: boolean;
    /** The words the rule changes, as the text is searched for them (lower case unless `asWritten`). */
    words: readonly string[];
  }>
>();

/**
 * A message with each word that follows a preposition in the form the language writes there
 * ("На суббота, 9 марта" → "На субботу, 9 марта"; "от понедельник" → "от понедельника"; French
 * "à Réception (cocktail)" → "à la réception (cocktail)"), from the locale's `afterPrepositions` data.
 * @example inflected("ru", "вот программа на среда, 6 марта") === "вот программа на среду, 6 марта"
 */
export function inflected(locale: string, text: string): string {
  let rules = inflections.get(locale);
  if (rules === undefined) {
    const data = LOCALE_WORDS[locale]?.afterPrepositions;
    const list: readonly AfterPrepositions[] = data === undefined ? [] : "forms" in data ? [data] : data;
    rules = list.map((rule) => ({
      pattern: new RegExp(
        `(?<!\\p{L})(${rule.prepositions.join("|")})(\\s+)(${Object.keys(rule.forms).join("|")})(?!\\p{L})`,
        rule.asWritten ? "gu" : "giu",
      ),
      forms: rule.forms,
      asWritten: rule.asWritten === true,
      words: Object.keys(rule.forms).map((word) => (rule.asWritten ? word : word.toLowerCase())),
    }));
    inflections.set(locale, rules);
  }
  let result = text;
  for (const { pattern, forms, asWritten, words } of rules) {
    // Every message rendered is inflected: most hold none of the rule's words, found without the pattern.
    const searched = asWritten ? result : result.toLowerCase();
    if (!words.some((word) => searched.includes(word))) continue;
    result = result.replace(pattern, (whole, preposition: string, space: string, word: string) => {
      const form = forms[asWritten ? word : word.toLowerCase()];
      if (!form) return whole;
      if (asWritten) return `${preposition}${space}${form}`;
      const cased = word[0] === word[0]?.toUpperCase() ? form[0]?.toUpperCase() + form.slice(1) : form;
      return `${preposition}${space}${cased}`;
    });
  }
  return contracted(locale, result);
}

/** Per locale, the pattern of its `contractions` ("de el", "a el") and their forms, compiled. */
const contractionRules = new Map<
  string,
  { pattern: RegExp; forms: ReadonlyMap<string, string>; lastWords: readonly string[] } | null
>();

/**
 * A message with the locale's two-word contractions written as one word (Spanish "de el" →
 * "del", "De el" → "Del"), from its `contractions` data; the article's case is as written,
 * so "de El Salvador" is left alone.
 * @example contracted("es", "su acuse de recibo de el mensaje") === "su acuse de recibo del mensaje"
 */
function contracted(locale: string, text: string): string {
  let rule = contractionRules.get(locale);
  if (rule === undefined) {
    const data = LOCALE_WORDS[locale]?.contractions;
    const forms = new Map<string, string>();
    for (const [words, form] of Object.entries(data ?? {})) {
      forms.set(words, form);
      // At a sentence's start: "A el" → "Al".
      forms.set(
        `${words.charAt(0).toUpperCase()}${words.slice(1)}`,
        `${form.charAt(0).toUpperCase()}${form.slice(1)}`,
      );
    }
    const alternatives = [...forms.keys()].map((words) => words.split(" ").map(escapeRegExp).join("\\s+"));
    rule =
      forms.size === 0
        ? null
        : {
            pattern: new RegExp(`(?<!\\p{L})(?:${alternatives.join("|")})(?!\\p{L})`, "gu"),
            forms,
            // A contraction's second word ("el"): a text without it has none to make.
            lastWords: [...new Set([...forms.keys()].map((words) => words.split(" ").pop() ?? words))],
          };
    contractionRules.set(locale, rule);
  }
  if (rule === null || !rule.lastWords.some((word) => text.includes(word))) return text;
  const { forms } = rule;
  return text.replace(rule.pattern, (whole) => forms.get(whole.split(/\s+/).join(" ")) ?? whole);
}

/** A sentence end a language writes with no space after it (Chinese "。", "！", "？", "）"). */
const CLOSED_END = /[。！？）」”]$/u;

/**
 * Sentences of a message one after another: a space between them, none after a full-width
 * end mark ("…联络人。请在…", not "…联络人。 请在…"). Empty parts are left out.
 * @example sentences(["此次测试…联络人。", "请在…"]) === "此次测试…联络人。请在…"
 * @example sentences(["This is a test.", "Please click."]) === "This is a test. Please click."
 */
export function sentences(parts: readonly string[]): string {
  let text = "";
  for (const part of parts) {
    if (!part) continue;
    text = text === "" || CLOSED_END.test(text) ? `${text}${part}` : `${text} ${part}`;
  }
  return text;
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

/** A plain message as {@link say} uses it: its template, and its text when it has no placeholder. */
interface PlainMessage {
  template: string;
  constant: string | undefined;
}

/** Per locale, per key (null: only plural forms exist). */
const plainMessages = new Map<string, Map<string, PlainMessage | null>>();

/** A locale's messages and features together, as i18next holds them. */
const mergedResources = new Map<string, Record<string, unknown>>();

function resourcesOf(locale: string): Record<string, unknown> {
  let resources = mergedResources.get(locale);
  if (!resources) {
    resources = { ...MESSAGES[locale], ...FEATURES[locale] };
    mergedResources.set(locale, resources);
  }
  return resources;
}

/**
 * A message without plural forms, read straight from the resources (English when the locale
 * lacks it): answers are built from many short messages, and this skips i18next's per-call
 * option handling on the hot path. `undefined` for keys that only exist with plural suffixes.
 */
function plainMessage(locale: string, key: string): PlainMessage | undefined {
  let ofLocale = plainMessages.get(locale);
  if (!ofLocale) {
    ofLocale = new Map();
    plainMessages.set(locale, ofLocale);
  }
  const known = ofLocale.get(key);
  if (known !== undefined) return known ?? undefined;
  // As i18next holds them (see translator()): features' top-level keys over messages', and
  // English where the locale has no such key. Feature messages went to i18next, whose filling
  // does not give one period for a value ending a sentence ("2 мая 2025 г..").
  const template = lookUp(resourcesOf(locale), key) ?? lookUp(resourcesOf("en"), key);
  const found =
    template === undefined
      ? null
      : { template, constant: template.includes("{{") ? undefined : inflected(locale, template) };
  ofLocale.set(key, found);
  return found ?? undefined;
}

/**
 * The form of a plural message i18next would pick, read straight from the resources: in the
 * locale (not English), `_zero` for 0 when the language has one, else the form
 * `Intl.PluralRules` selects, else the key itself, as i18next tries them. `undefined` (so
 * i18next answers) when the locale has none of these, the text nests or formats (`$t(`,
 * `{{x, …}}`), or a value's name is one of i18next's options. Answers count things
 * ("3 more", "2 sessions") on every turn; i18next's `t` costs ~10 µs a call.
 */
function pluralMessage(
  locale: string,
  key: string,
  count: number,
  values: Record<string, string | number>,
): string | undefined {
  for (const name in values) if (I18NEXT_OPTIONS.has(name)) return undefined;
  const forms = pluralForms(locale, key);
  if (!forms) return undefined;
  const template =
    (count === 0 ? forms.zero : undefined) ?? forms.byCategory.get(pluralRules(locale).select(count));
  return template ?? forms.plain;
}

/** Names i18next's `t` reads as options rather than as values to fill in. */
const I18NEXT_OPTIONS = new Set([
  "lng",
  "lngs",
  "ns",
  "context",
  "ordinal",
  "defaultValue",
  "replace",
  "returnObjects",
  "returnDetails",
  "joinArrays",
  "postProcess",
  "interpolation",
  "keyPrefix",
  "fallbackLng",
  "skipInterpolation",
  "nest",
]);

interface PluralForms {
  zero?: string;
  byCategory: Map<string, string>;
  plain?: string;
}

const pluralFormsOf = new Map<string, PluralForms | null>();

/** A plural key's forms in a locale (messages and features, as i18next holds them), or null when any is not a plain template. */
function pluralForms(locale: string, key: string): PluralForms | undefined {
  const cacheKey = `${locale}|${key}`;
  const known = pluralFormsOf.get(cacheKey);
  if (known !== undefined) return known ?? undefined;
  // As i18next holds them (see translator()): features' top-level keys over messages'.
  const resources = resourcesOf(locale);
  const read = (suffixed: string): string | undefined | false => {
    const found = lookUp(resources, suffixed);
    if (found === undefined) return undefined;
    return found !== "" && !found.includes("$t(") && !/\{\{(?!\w+\}\})/.test(found) ? found : false;
  };
  let usable = MESSAGES[locale] !== undefined;
  const forms: PluralForms = { byCategory: new Map() };
  const zero = read(`${key}_zero`);
  const plain = read(key);
  if (zero === false || plain === false) usable = false;
  if (zero) forms.zero = zero;
  if (plain) forms.plain = plain;
  for (const category of ["one", "two", "few", "many", "other"]) {
    const form = read(`${key}_${category}`);
    if (form === false) usable = false;
    else if (form !== undefined) forms.byCategory.set(category, form);
  }
  if (!forms.zero && !forms.plain && forms.byCategory.size === 0) usable = false;
  pluralFormsOf.set(cacheKey, usable ? forms : null);
  return usable ? forms : undefined;
}

const pluralRulesOf = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesOf.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { type: "cardinal" });
    pluralRulesOf.set(locale, rules);
  }
  return rules;
}

function lookUp(messages: Record<string, unknown> | undefined, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}
