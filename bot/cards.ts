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

/** Messages made by {@link cardMessage} without a language, and the fallback text they were given. */
const unworded = new WeakMap<Outgoing, string>();

/**
 * Builds an {@link Outgoing} from a card, with its text fallback filled in. Given the reader's
 * `locale` (a handler's `ctx.locale`, a renderer's `locale`), the text is written once, in that
 * language ("Quand : …"), and the message carries it; without one it is the bare fallback
 * ("When: …"), written again when the language is set (`withLocale` in `context.ts`). English
 * keeps the bare fallback either way.
 * @example cardMessage(card, ctx.locale)
 */
export function cardMessage(card: Card, locale?: string): Outgoing {
  if (locale)
    return { text: locale === "en" ? cardToText(card) : cardToText(card, { locale }), card, locale };
  const message = { text: cardToText(card), card };
  unworded.set(message, message.text);
  return message;
}

/**
 * Whether a message's text is still the bare fallback {@link cardMessage} gave its card (not
 * a text a handler wrote, nor one changed since), so that it may be written in the reader's
 * language; `undefined` when the message was not made by `cardMessage`.
 */
export function hasBareFallback(message: Outgoing): boolean | undefined {
  const text = unworded.get(message);
  return text === undefined ? undefined : text === message.text;
}
