/**
 * The language of the turn being answered. The language middleware (`handlers/language.ts`)
 * runs the rest of a turn inside {@link withLocale}; formatters (`bot/programme/format.ts`)
 * and handlers read {@link currentLocale} instead of every call taking a locale argument.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const storage = new AsyncLocalStorage<string>();

/**
 * Runs `work` with `locale` as the turn's language.
 * @example await withLocale("fr", () => next());
 */
export function withLocale<T>(locale: string, work: () => T): T {
  return storage.run(locale, work);
}

/**
 * The turn's language ("en" outside a turn).
 * @example currentLocale() === "en"
 */
export function currentLocale(): string {
  return storage.getStore() ?? "en";
}
