/**
 * Last in the chain: a friendly answer for anything no feature understood, with a few
 * examples to try. Unknown card actions (an old card, say) get their own answer.
 */
import type { HandlerModule } from "../bot/module.js";

/** The answer for a message nobody understood. */
export const NOT_UNDERSTOOD =
  'Sorry, I didn\'t understand that. Try "what\'s on Thursday afternoon?", "when is the reception?", "what\'s next?" — or type "help" to see everything I can do.';

export const fallback: HandlerModule = {
  name: "fallback",
  install(router) {
    router.use(async (ctx) => {
      if (ctx.event.kind === "message") {
        await ctx.reply(
          ctx.event.text === ""
            ? `Hello! ${NOT_UNDERSTOOD.replace(/^Sorry, I didn't understand that\. /, "")}`
            : NOT_UNDERSTOOD,
        );
        return;
      }
      ctx.log.warn({ actionId: ctx.event.actionId }, "unknown action");
      await ctx.reply('That button is no longer active. Type "help" to see what I can do.');
    });
  },
};
