/**
 * The message that chooses each of the six languages, as a person types it (the choice is kept
 * on their contact record): tests that run a conversation in every language start with it.
 */
export const CHOOSE_LANGUAGE: Readonly<Record<string, string>> = {
  en: "English please",
  fr: "language: français",
  es: "en español por favor",
  ru: "по-русски",
  zh: "请用中文",
  ar: "بالعربية",
};
