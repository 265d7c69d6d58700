/**
 * "help": lists what can be asked, built from every installed module's `help` metadata,
 * so a new feature documents itself by declaring it.
 */
import { type Card, cardMessage } from "../bot/cards.js";
import { commandMatcher } from "../bot/language/compile.js";
import { currentLocale } from "../bot/language/current.js";
import { splitGreeting } from "../bot/language/greeting.js";
import { say } from "../bot/language/messages.js";
import type { BotDeps, HandlerModule } from "../bot/module.js";
import type { Role } from "../bot/people/schema.js";
import { languageButtons } from "./language.js";

/** Messages that ask for help, in every language ("help", "aide", "帮助": `bot/language/locales/<tag>/commands.ts`). */
export const HELP_PATTERN = commandMatcher("help");

/**
 * Builds the help card from module metadata, showing each person what their roles allow:
 * a delegate on a phone is not scrolled through Secretariat commands.
 * @example helpCard(handlerModules, ["delegate"]).sections.map((s) => s.heading)
 */
export function helpCard(modules: readonly HandlerModule[], roles: readonly Role[], deps?: BotDeps): Card {
  const isSecretariat = roles.includes("secretariat");
  const sections = modules.flatMap((module) => {
    const entry = module.help;
    if (!entry) return [];
    if (entry.roles && !entry.roles.some((role) => roles.includes(role))) return [];
    if (deps && entry.available && !entry.available(deps)) return [];
    const locale = currentLocale();
    const own = entry.wording ? say(locale, `${entry.wording}.examples`).split("\n") : entry.examples;
    const examples = [...own, ...(isSecretariat ? (entry.secretariatExamples ?? []) : [])];
    const heading = entry.wording ? say(locale, `${entry.wording}.title`) : entry.title;
    return [{ heading, text: examples.map((example) => `• ${example}`).join("\n") }];
  });
  return {
    title: say(currentLocale(), "help.title"),
    sections,
    footer: say(currentLocale(), "help.footer"),
    buttons: languageButtons(),
  };
}

export const help: HandlerModule = {
  name: "help",
  install(router, deps, modules) {
    router.message(HELP_PATTERN, async (ctx) => {
      // "hello", "bonjour", "你好" alone: a greeting back, with what to ask and how to see the rest.
      if (splitGreeting(ctx.event.asWritten ?? ctx.event.text)?.rest === "") {
        await ctx.reply(say(ctx.locale, "greeting.hello"));
        return;
      }
      await ctx.reply(cardMessage(helpCard(modules, ctx.roles, deps), ctx.locale));
    });
  },
};
