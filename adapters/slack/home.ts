/**
 * The App Home tab. Opening it dispatches an ActionEvent with actionId {@link HOME_ACTION_ID}
 * addressed to the user's home (`slack:T1/home/U3`); the core's handler replies with a card
 * (the next sessions in the user's zone, RSVPs, reminders) and the adapter publishes that
 * reply as the tab's view with `views.publish`. The core never learns what a "tab" is.
 */
import type { types } from "@slack/bolt";
import type { Outgoing } from "../../bot/cards.js";
import { cardBlocks } from "./render.js";
import { escapeText, truncate } from "./text.js";

/**
 * The action id dispatched when a user opens the bot's Home tab.
 * @example router.action(HOME_ACTION_ID, async (ctx) => { await ctx.reply(cardMessage(nextSessionsCard)); });
 */
export const HOME_ACTION_ID = "app.home";

/**
 * Blocks allowed in a Home tab view.
 * @example cardBlocks(card, HOME_BLOCK_LIMIT)
 */
export const HOME_BLOCK_LIMIT = 100;

/**
 * The Home tab view for a core message (a card, or plain text as one section).
 * @example homeView({ text: "No sessions today." }).type === "home"
 */
export function homeView(message: Outgoing): types.HomeView {
  const blocks = message.card
    ? cardBlocks(message.card, HOME_BLOCK_LIMIT)
    : [
        {
          type: "section" as const,
          text: { type: "mrkdwn" as const, text: truncate(escapeText(message.text), 3000) },
        },
      ];
  return { type: "home", blocks };
}
