/**
 * The language words are rendered in, scoped over synchronous rendering only.
 *
 * A turn's language travels explicitly: the language middleware (`handlers/language.ts`) sets
 * `ctx.locale`, and code that awaits passes it on. Rendering — formatters
 * (`bot/programme/format.ts`), message look-ups (`tr`), State and programme names — is
 * synchronous, so it runs inside {@link withLocale} and reads {@link currentLocale} instead of
 * every formatter taking a locale argument.
 *
 * Why not `AsyncLocalStorage`: on Node 20 it installs promise hooks that tax every promise of
 * the process, adapters and SDKs included (measured: Teams throughput 0.74–0.76 × a bare Agents
 * SDK app with it, 0.78–0.79 × without, over 8 rounds). A scope that only covers synchronous work is a variable swap.
 */

import { channel } from "node:diagnostics_channel";

let scoped: string | undefined;

/**
 * Published (with the reading's stack) when {@link currentLocale} is read outside any scope:
 * such a rendering comes out in English. Secretariat-only output is English by design; for a
 * delegate's or a POC's turn it is a bug, and the language tests subscribe to find it.
 */
export const UNSCOPED_LOCALE_CHANNEL = "delegate-bot:locale-read-outside-scope";
const unscoped = channel(UNSCOPED_LOCALE_CHANNEL);

/**
 * Runs synchronous `work` with `locale` as the language of everything it renders. Async work
 * must not run inside (its continuations would run outside the scope): pass the locale on and
 * open a scope around each rendering instead.
 * @example withLocale("fr", () => formatDate("2024-03-07")) === "jeudi 7 mars"
 */
export function withLocale<T>(locale: string, work: () => T): T {
  return beginInLocale(locale, () => {
    const result = work();
    if (typeof (result as { then?: unknown } | null)?.then === "function")
      throw new Error("withLocale() scopes synchronous rendering only: pass the locale to async work");
    return result;
  });
}

/**
 * Runs `work` with `locale` as its language up to its first `await`, and returns what it
 * returns (a promise too). The router runs each handler through it, so a handler's
 * synchronous part renders in the turn's language; what a handler renders after an `await`
 * takes `ctx.locale` itself (`say(ctx.locale, …)`, `withLocale(ctx.locale, () => card(…))`).
 * @example return beginInLocale(ctx.locale, () => handler(ctx));
 */
export function beginInLocale<T>(locale: string, work: () => T): T {
  const outer = scoped;
  scoped = locale;
  try {
    return work();
  } finally {
    scoped = outer;
  }
}

/**
 * The language of the rendering in progress; English outside any scope (see
 * {@link UNSCOPED_LOCALE_CHANNEL}).
 * @example withLocale("ar", currentLocale) === "ar"
 */
export function currentLocale(): string {
  if (scoped !== undefined) return scoped;
  if (unscoped.hasSubscribers) unscoped.publish({ stack: new Error("locale read outside a scope").stack });
  return "en";
}
