/**
 * Core messages → Bot Framework activities, as pure functions. A card becomes an Adaptive
 * Card (schema 1.5): title and sections as TextBlocks and FactSets, inputs as
 * `Input.Text`, buttons as `Action.Submit` whose data carries `actionId` and `value`
 * (the card's input values come back beside them, under `input:<id>`). The plain-text
 * rendering is the card's `fallbackText` and the activity's `summary`, so clients that
 * cannot draw the card and notifications still show its content.
 */
import type { Card, Outgoing } from "../../bot/cards.js";
import { INPUT_ID_PREFIX } from "./parse.js";

/**
 * Content type of an Adaptive Card attachment.
 * @example activity.attachments?.[0]?.contentType === ADAPTIVE_CARD_CONTENT_TYPE
 */
export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

/**
 * A JSON object of the Adaptive Card schema (kept loose: it is plain data).
 * @example const block: AdaptiveElement = { type: "TextBlock", text: "Reception", wrap: true };
 */
export type AdaptiveElement = Record<string, unknown>;

/**
 * The Adaptive Card a core card renders to.
 * @example const card: AdaptiveCard = renderAdaptiveCard({ sections: [{ text: "Hi" }] }, "Hi");
 */
export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  version: "1.5";
  body: AdaptiveElement[];
  actions?: AdaptiveElement[];
  fallbackText: string;
}

/**
 * The outgoing activity fields this adapter sets.
 * @example const activity: OutgoingActivity = toActivity({ text: "Hi" }); await context.sendActivity(activity);
 */
export interface OutgoingActivity {
  type: "message";
  text?: string;
  summary?: string;
  textFormat?: "plain" | "markdown";
  attachments?: Array<{ contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: AdaptiveCard }>;
}

/**
 * @example
 * renderAdaptiveCard({ title: "Reception", sections: [{ text: "Mon 4 Mar, 6:30 PM" }],
 *   buttons: [{ actionId: "rsvp:yes", label: "Attending", value: "reception" }] }, "Reception\n\nMon 4 Mar, 6:30 PM")
 * // → { type: "AdaptiveCard", version: "1.5", body: [...], actions: [{ type: "Action.Submit", title: "Attending",
 * //      data: { actionId: "rsvp:yes", value: "reception" } }], fallbackText: "Reception…" }
 */
export function renderAdaptiveCard(card: Card, fallbackText: string): AdaptiveCard {
  const body: AdaptiveElement[] = [];
  if (card.title)
    body.push({ type: "TextBlock", text: card.title, size: "Medium", weight: "Bolder", wrap: true });
  for (const section of card.sections) {
    const separated = body.length > 0;
    if (section.heading) {
      body.push({
        type: "TextBlock",
        text: section.heading,
        weight: "Bolder",
        wrap: true,
        spacing: "Medium",
      });
    }
    if (section.text) {
      body.push({
        type: "TextBlock",
        text: section.text,
        wrap: true,
        ...(separated && !section.heading ? { spacing: "Medium" } : {}),
      });
    }
    if (section.fields && section.fields.length > 0) {
      body.push({
        type: "FactSet",
        facts: section.fields.map((field) => ({ title: field.label, value: field.value })),
      });
    }
  }
  for (const input of card.inputs ?? []) {
    body.push({
      type: "Input.Text",
      id: `${INPUT_ID_PREFIX}${input.id}`,
      label: input.label,
      ...(input.placeholder ? { placeholder: input.placeholder } : {}),
      ...(input.initial !== undefined ? { value: input.initial } : {}),
      ...(input.multiline ? { isMultiline: true } : {}),
      isRequired: !input.optional,
      ...(!input.optional && input.missing ? { errorMessage: input.missing } : {}),
    });
  }
  if (card.footer)
    body.push({
      type: "TextBlock",
      text: card.footer,
      isSubtle: true,
      size: "Small",
      wrap: true,
      spacing: "Medium",
    });
  const actions = (card.buttons ?? []).map((button) => ({
    type: "Action.Submit",
    title: button.label,
    data: { actionId: button.actionId, ...(button.value !== undefined ? { value: button.value } : {}) },
    ...(button.style ? { style: button.style === "primary" ? "positive" : "destructive" } : {}),
  }));
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText,
  };
}

/**
 * The activity for a core message: plain text, or an Adaptive Card with its text fallback.
 * @example toActivity({ text: "The session starts at 10 AM." }) // { type: "message", text: "The session starts at 10 AM.", textFormat: "plain" }
 */
export function toActivity(message: Outgoing): OutgoingActivity {
  if (!message.card) return { type: "message", text: message.text, textFormat: "plain" };
  return {
    type: "message",
    summary: summaryOf(message.text),
    attachments: [
      { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: renderAdaptiveCard(message.card, message.text) },
    ],
  };
}

/**
 * The plain text a recorded activity carries: its `text`, else its card's `fallbackText`.
 * Used by the fake Bot Connector and the benchmark to read what was sent.
 * @example textOfActivity(toActivity({ text: "Hi" })) === "Hi"
 */
export function textOfActivity(activity: { text?: unknown; attachments?: unknown }): string {
  if (typeof activity.text === "string" && activity.text !== "") return activity.text;
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  for (const attachment of attachments) {
    const content = (attachment as { content?: { fallbackText?: unknown } }).content;
    if (typeof content?.fallbackText === "string") return content.fallbackText;
  }
  return "";
}

function summaryOf(text: string): string {
  const firstLine = text.split("\n", 1)[0] ?? "";
  return firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine;
}
