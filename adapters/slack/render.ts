/**
 * Core messages → Slack Block Kit, by pure functions. Every rendering keeps the core's
 * plain-text fallback in `text` (notifications, screen readers, old clients), and every
 * Slack limit is respected (header 150, section 3000, 10 fields, button label 75,
 * 25 buttons per actions block, 50 blocks per message).
 */
import type { types } from "@slack/bolt";
import type { Card, CardButton, Outgoing } from "../../bot/cards.js";
import { say } from "../../bot/language/messages.js";
import { encodeButtonValue, type FormSpec } from "./buttons.js";
import { escapeText, truncate } from "./text.js";

type KnownBlock = types.KnownBlock;

/**
 * Blocks allowed in a message; App Home and modals allow 100.
 * @example cardBlocks(card).length <= MESSAGE_BLOCK_LIMIT
 */
export const MESSAGE_BLOCK_LIMIT = 50;
const SECTION_TEXT_LIMIT = 3000;
const FALLBACK_TEXT_LIMIT = 39_000;

/**
 * A message ready for `chat.postMessage` / `chat.update` / a `response_url`.
 * @example const { text, blocks }: RenderedMessage = renderMessage(message); await api.call("chat.postMessage", { channel, text, blocks }, { idempotent: false });
 */
export interface RenderedMessage {
  /** The fallback text, Slack-escaped. */
  text: string;
  blocks?: KnownBlock[];
}

/**
 * Renders a core message. Plain text stays plain (no blocks); a card becomes blocks with
 * its fallback text alongside.
 * @example
 * renderMessage({ text: "Q&A at 3 PM" }) // { text: "Q&amp;A at 3 PM" }
 * renderMessage(cardMessage({ title: "Reception", sections: [] })).blocks?.[0]?.type === "header"
 */
export function renderMessage(message: Outgoing, maxBlocks = MESSAGE_BLOCK_LIMIT): RenderedMessage {
  const text = truncate(escapeText(message.text), FALLBACK_TEXT_LIMIT);
  if (!message.card) return { text };
  return { text, blocks: cardBlocks(message.card, maxBlocks, message.locale) };
}

/**
 * The blocks of a card. Buttons of a card with inputs open a form (a modal) when clicked.
 * @example cardBlocks({ sections: [{ text: "10 AM–1 PM" }] }) // [{ type: "section", text: { type: "mrkdwn", text: "10 AM–1 PM" } }]
 */
export function cardBlocks(card: Card, maxBlocks = MESSAGE_BLOCK_LIMIT, locale = "en"): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (card.title) blocks.push(titleBlock(card.title));
  for (const section of card.sections) {
    const head = section.heading?.trim() ? bold(section.heading) : "";
    const body = section.text ? escapeText(section.text) : "";
    const text = [head, body].filter(Boolean).join("\n");
    for (const chunk of chunkText(text, SECTION_TEXT_LIMIT)) blocks.push(mrkdwnSection(chunk));
    const fields = section.fields ?? [];
    for (let start = 0; start < fields.length; start += 10) {
      blocks.push({
        type: "section",
        fields: fields.slice(start, start + 10).map((field) => ({
          type: "mrkdwn" as const,
          text: truncate(`${bold(field.label)}\n${escapeText(field.value)}`, 2000),
        })),
      });
    }
  }
  const inputs = card.inputs ?? [];
  const form: FormSpec | undefined =
    inputs.length > 0 ? { title: card.title, inputs, ...(locale !== "en" ? { locale } : {}) } : undefined;
  if (form) {
    const names = inputs
      .map((input) => (input.optional ? say(locale, "forms.optional", { label: input.label }) : input.label))
      .join(", ");
    blocks.push(context(say(locale, "forms.opens", { names })));
  }
  if (card.footer) blocks.push(context(card.footer));
  const buttons = card.buttons ?? [];
  for (let start = 0; start < buttons.length; start += 25) {
    blocks.push({
      type: "actions",
      elements: buttons
        .slice(start, start + 25)
        .map((button, offset) => buttonElement(button, start + offset, form)),
    });
  }
  if (blocks.length <= maxBlocks) return blocks;
  return [...blocks.slice(0, maxBlocks - 1), context(say(locale, "forms.shortened"))];
}

/**
 * A label in bold: Slack reads `*…*` as bold only when no space touches the asterisks, so a
 * label indented in the core ("  on slack") is written `*on slack*`, never `*  on slack*`.
 */
function bold(label: string): string {
  const trimmed = label.trim();
  return trimmed ? `*${escapeText(trimmed)}*` : "";
}

function titleBlock(title: string): KnownBlock {
  if (title.length <= 150) return { type: "header", text: { type: "plain_text", text: title, emoji: true } };
  return mrkdwnSection(`*${escapeText(truncate(title, 2900))}*`);
}

function mrkdwnSection(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function context(text: string): KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text: truncate(escapeText(text), 2900) }] };
}

function buttonElement(button: CardButton, index: number, form: FormSpec | undefined) {
  return {
    type: "button" as const,
    action_id: truncate(`${index}:${button.actionId}`, 255),
    text: { type: "plain_text" as const, text: truncate(button.label, 75), emoji: true },
    value: encodeButtonValue({ actionId: button.actionId, value: button.value, form }),
    ...(button.style ? { style: button.style } : {}),
  };
}

function chunkText(text: string, size: number): string[] {
  if (text === "") return [];
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > size) {
    let cut = rest.lastIndexOf("\n", size) > size / 2 ? rest.lastIndexOf("\n", size) : size;
    const amp = rest.lastIndexOf("&", cut - 1);
    if (amp > cut - 5 && rest.indexOf(";", amp) >= cut) cut = amp; // never split an escape
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, "");
  }
  chunks.push(rest);
  return chunks;
}
