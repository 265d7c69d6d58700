/**
 * "help": lists what can be asked, built from every installed module's `help` metadata,
 * so a new feature documents itself by declaring it.
 */
import { type Card, cardMessage } from "../bot/cards.js";
import type { HandlerModule } from "../bot/module.js";

/** Messages that ask for help. */
export const HELP_PATTERN =
  /^(\/?help|\?|what can (you|i) (do|ask)\??|commands|menu|start|hi|hello|hey)[.!?]*$/i;

/** Builds the help card from module metadata. */
export function helpCard(modules: readonly HandlerModule[]): Card {
  return {
    title: "Here is what you can ask me",
    sections: modules.flatMap((module) =>
      module.help
        ? [
            {
              heading: module.help.title,
              text: module.help.examples.map((example) => `• ${example}`).join("\n"),
            },
          ]
        : [],
    ),
    footer: "Times are shown in the venue's time, and in yours when it differs.",
  };
}

export const help: HandlerModule = {
  name: "help",
  install(router, _deps, modules) {
    router.message(HELP_PATTERN, async (ctx) => {
      await ctx.reply(cardMessage(helpCard(modules)));
    });
  },
};
