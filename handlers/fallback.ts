/**
 * Last in the chain: a friendly answer for anything no feature understood, with a few
 * examples to try. Unknown card actions (an old card, say) get their own answer.
 */

import { compiled, smallTalkOf } from "../bot/language/compile.js";
import { english } from "../bot/language/locales/en/lexicon.js";
import { say } from "../bot/language/messages.js";
import type { HandlerModule } from "../bot/module.js";

/** "good evening", "hello there" (other languages' greetings are read into these words): a greeting alone. */
const HELLO_ONLY = compiled(english).helloOnly;

export const fallback: HandlerModule = {
  name: "fallback",
  install(router) {
    router.use(async (ctx) => {
      if (ctx.event.kind === "message") {
        const text = ctx.event.text.trim();
        const smallTalk = smallTalkOf(text);
        // Nothing (spaces, or a mention alone): what can be asked, without a greeting to someone
        // who said none. A greeting alone ("bonsoir", "buenas noches"): a greeting back, with it.
        if (text === "") await ctx.reply(say(ctx.locale, "fallback.empty"));
        else if (HELLO_ONLY.test(text.toLowerCase())) await ctx.reply(say(ctx.locale, "greeting.hello"));
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
