/**
 * Last in the chain: a friendly answer for anything no feature understood, with a few
 * examples to try. Unknown card actions (an old card, say) get their own answer.
 */

import { smallTalkOf } from "../bot/language/compile.js";
import { say } from "../bot/language/messages.js";
import type { HandlerModule } from "../bot/module.js";

export const fallback: HandlerModule = {
  name: "fallback",
  install(router) {
    router.use(async (ctx) => {
      if (ctx.event.kind === "message") {
        const text = ctx.event.text.trim();
        const smallTalk = smallTalkOf(text);
        if (text === "") await ctx.reply(say(ctx.locale, "greeting.hello"));
        // Thanks ("merci !", "🙏") get a word back; an acknowledgement ("ok", "got it"), a thumb.
        else if (smallTalk === "thanks") await ctx.reply(say(ctx.locale, "greeting.thanks"));
        else if (smallTalk === "okay") await ctx.reply("👍");
        else await ctx.reply(say(ctx.locale, "fallback.notUnderstood"));
        return;
      }
      ctx.log.warn({ actionId: ctx.event.actionId }, "unknown action");
      await ctx.reply(say(ctx.locale, "fallback.staleButton"));
    });
  },
};
