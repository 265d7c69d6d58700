/**
 * Answer wording per locale, on i18next (one messages file per locale under `locales/`):
 * `say("en", "gap.title", { what: "a room" })`. Missing keys fall back to English.
 */
import i18next, { type i18n } from "i18next";
import { englishMessages } from "./locales/en/messages.js";

/**
 * The messages of every locale, by BCP 47 tag.
 * @example Object.keys(MESSAGES) // ["en"]
 */
export const MESSAGES: Readonly<Record<string, Record<string, unknown>>> = { en: englishMessages };

let instance: i18n | undefined;

function translator(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    lng: "en",
    fallbackLng: "en",
    resources: Object.fromEntries(
      Object.entries(MESSAGES).map(([locale, messages]) => [locale, { translation: messages }]),
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
  return translator().t(key, { lng: locale, ...values });
}
