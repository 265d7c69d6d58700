/**
 * Confidential answers: whatever a handler says inside {@link answerPrivately} goes in a
 * direct message; in a channel the asker is only told "I've sent you a direct message".
 * Input errors raised inside are answered privately too (they may echo what was typed).
 */
import type { Outgoing } from "../../bot/cards.js";
import type { TurnContext } from "../../bot/context.js";
import { ForbiddenError, InputError } from "../../bot/errors.js";
import { withLocale } from "../../bot/language/current.js";
import { say as sayIn } from "../../bot/language/messages.js";

/**
 * Sends one message of a confidential answer. A function is rendered in the asker's language
 * (`ctx.locale`) when sent: `say(() => cardMessage(ownRecordCard(record)))`.
 */
export type Say = (message: Outgoing | string | (() => Outgoing | string)) => Promise<void>;

/**
 * @example
 * await answerPrivately(ctx, async (say) => { await say(cardMessage(ownRecordCard(record))); });
 */
export async function answerPrivately(ctx: TurnContext, work: (say: Say) => Promise<void>): Promise<void> {
  const say: Say = async (message) => {
    await ctx.replyPrivately(typeof message === "function" ? withLocale(ctx.locale, message) : message);
  };
  try {
    await work(say);
  } catch (error) {
    if (!(error instanceof InputError || error instanceof ForbiddenError)) throw error;
    await say(error.message);
  }
  // The note posted in the channel, in the asker's language.
  if (!ctx.event.isDirect) await ctx.reply(sayIn(ctx.locale, "poc.sentByDm"));
}
