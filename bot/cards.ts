/**
 * Cards are plain data. Each adapter renders them with a pure function
 * (Block Kit, Adaptive Cards, numbered console text); {@link cardToText} is the
 * plain-text fallback every renderer also sends.
 */
import { say } from "./language/messages.js";

/** A button. `actionId` names the handler; `value` travels back with the click. */
export interface CardButton {
  actionId: string;
  label: string;
  value?: string;
  /** Visual hint only; renderers may ignore it. */
  style?: "primary" | "danger";
  /** A link to open instead of an action to send back (e-mail's one-click answers). */
  url?: string;
}

/** A text input inside a card (forms: RSVP experts, POC field edits). */
export interface CardInput {
  id: string;
  label: string;
  placeholder?: string;
  initial?: string;
  multiline?: boolean;
  optional?: boolean;
  /** What to say when a required input is left empty, in the reader's language (platforms that check forms show it). */
  missing?: string;
}

/** A label/value line, e.g. `{ label: "When", value: "Mon 4 Mar, 6:30 PM" }`. */
export interface CardField {
  label: string;
  value: string;
}

/** A section of a card: an optional heading, text and fields. */
export interface CardSection {
  heading?: string;
  text?: string;
  fields?: CardField[];
}

/**
 * A platform-neutral card.
 * @example
 * const card: Card = { title: "Thursday 7 March", sections: [{ text: "10 AM–1 PM Capacity-building" }] };
 */
export interface Card {
  title?: string;
  sections: CardSection[];
  inputs?: CardInput[];
  buttons?: CardButton[];
  /** A short line under everything, e.g. "Times in New York time (EST)". */
  footer?: string;
}

/**
 * What a handler sends: plain text, or a card (which always has a text fallback). `locale` is
 * the reader's language, for the words a platform puts around a card (a form's hint, its
 * Cancel button): the core sets it on a turn's replies and on the outbox's sends.
 */
export type Outgoing = { text: string; card?: Card; locale?: string };

/**
 * Plain-text rendering of a card, used as the fallback on every platform and as the
 * console's rendering (buttons numbered so that a terminal user can pick one). With the
 * reader's `locale`, an optional input says so in that language; without one (the fallback
 * text, made before the language is known) it is shown bare.
 */
export function cardToText(card: Card, options: { numberButtons?: boolean; locale?: string } = {}): string {
  const lines: string[] = [];
  if (card.title) lines.push(card.title);
  for (const section of card.sections) {
    if (lines.length > 0) lines.push("");
    if (section.heading) lines.push(section.heading);
    if (section.text) lines.push(section.text);
    for (const field of section.fields ?? [])
      lines.push(
        options.locale
          ? say(options.locale, "forms.field", { label: field.label, value: field.value })
          : `${field.label}: ${field.value}`,
      );
  }
  const { locale } = options;
  for (const input of card.inputs ?? []) {
    lines.push(
      `[${input.optional && locale ? say(locale, "forms.optional", { label: input.label }) : input.label}]`,
    );
  }
  if (card.footer) lines.push("", card.footer);
  const buttons = card.buttons ?? [];
  if (buttons.length > 0) {
    lines.push("");
    buttons.forEach((button, index) => {
      lines.push(options.numberButtons ? `  ${index + 1}. ${button.label}` : `• ${button.label}`);
    });
  }
  return lines.join("\n").trim();
}

/** Builds an {@link Outgoing} from a card, with its text fallback filled in. */
export function cardMessage(card: Card): Outgoing {
  return { text: cardToText(card), card };
}
