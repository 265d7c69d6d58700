/**
 * Renders core messages for a terminal: the card's text with its buttons numbered, so the
 * user can answer "1", "2"….
 */
import { cardToText, type Outgoing } from "../../bot/cards.js";
import { say } from "../../bot/language/messages.js";

/**
 * @example renderForConsole({ text: "Hi" }) === "Hi"
 */
export function renderForConsole(message: Outgoing): string {
  if (!message.card) return message.text;
  const hasButtons = (message.card.buttons ?? []).length > 0;
  const locale = message.locale ?? "en";
  const body = cardToText(message.card, { numberButtons: true, locale });
  return hasButtons ? `${body}\n${say(locale, "forms.typeNumber")}` : body;
}
