/**
 * Last in the chain: a friendly answer for anything no feature understood, with a few
 * examples to try. Unknown card actions (an old card, say) get their own answer.
 */

import { say } from "../bot/language/messages.js";
import type { HandlerModule } from "../bot/module.js";

const TRY =
  'Try "what\'s on Thursday afternoon?", "when is the reception?", "what\'s next?" — or type "help" to see everything I can do.';

/** The answer for a message nobody understood. */
export const NOT_UNDERSTOOD = `Sorry, I didn't understand that. ${TRY}`;

/** Thanks ("thanks!", "merci", "🙏"): a word back. */
const THANKS = /^(?:(?:thanks?|thank you|thx|ty|cheers|merci|gracias|спасибо|🙏)[\s!.,🙂😊]*)+$/iu;
/** Acknowledgements ("ok", "got it", "👍"): a word back too. */
const OKAY = /^(?:(?:ok(?:ay)?|great|perfect|got it|noted|cool|👍|👌|✅)[\s!.,🙂😊]*)+$/iu;

export const fallback: HandlerModule = {
  name: "fallback",
  install(router) {
    router.use(async (ctx) => {
      if (ctx.event.kind === "message") {
        const text = ctx.event.text.trim();
        if (text === "") await ctx.reply(`Hello! ${TRY}`);
        else if (THANKS.test(text)) await ctx.reply(say(ctx.locale, "greeting.thanks"));
        else if (OKAY.test(text)) await ctx.reply("👍");
        else await ctx.reply(say(ctx.locale, "fallback.notUnderstood"));
        return;
      }
      ctx.log.warn({ actionId: ctx.event.actionId }, "unknown action");
      await ctx.reply(say(ctx.locale, "fallback.staleButton"));
    });
  },
};
