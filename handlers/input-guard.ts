/**
 * First in the chain: refuses text holding control, bidirectional or invisible formatting
 * characters (messages, and the fields and values of forms and buttons; the check is
 * `bot/unsafe-text.ts`, shared with the imports), folds runs of whitespace, and answers
 * over-long messages without bothering the feature handlers.
 */
import type { HandlerModule } from "../bot/module.js";
import { unsafeTextProblem } from "../bot/unsafe-text.js";

/** Longest message the bot reads; anything longer gets a short, specific answer. */
export const MAX_MESSAGE_LENGTH = 1_000;

/**
 * Removes control and invisible characters and collapses whitespace.
 * @example cleanText("what's\u0000 on\t\ttoday?\u200b") === "what's on today?"
 */
export function cleanText(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, (char) => (/\s/.test(char) ? " " : ""))
    .replace(/\s+/g, " ")
    .trim();
}

export const inputGuard: HandlerModule = {
  name: "input-guard",
  install(router) {
    router.use(async (ctx, next) => {
      if (ctx.event.kind === "action") {
        const { value, inputs } = ctx.event;
        const texts: Array<[string, string | undefined]> = [
          ["The button's value", value],
          ...Object.entries(inputs ?? {}).map(([field, text]): [string, string] => [
            `The form's "${field}" field`,
            text,
          ]),
        ];
        for (const [what, text] of texts) {
          const problem = text === undefined ? undefined : unsafeTextProblem(text, what);
          if (problem) {
            await ctx.reply(problem);
            return;
          }
        }
        return next();
      }
      if (ctx.event.kind !== "message") return next();
      const unsafe = unsafeTextProblem(ctx.event.text, "That message");
      if (unsafe) {
        await ctx.reply(unsafe);
        return;
      }
      const text = cleanText(ctx.event.text);
      if (text.length > MAX_MESSAGE_LENGTH) {
        // A long broadcast has a place of its own; anything else is usually a question.
        const advice = /^(?:send\s+(?:a\s+)?)?broadcast\b/i.test(text)
          ? 'For a longer broadcast, type "broadcast" alone and use the form (up to 3,000 characters).'
          : 'Please ask one short question, e.g. "what\'s on Thursday afternoon?".';
        await ctx.reply(
          `That message is ${text.length.toLocaleString("en-US")} characters long; I read up to ${MAX_MESSAGE_LENGTH.toLocaleString("en-US")}. ${advice}`,
        );
        return;
      }
      (ctx.event as { text: string }).text = text;
      return next();
    });
  },
};
