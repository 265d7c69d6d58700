/**
 * Core messages as e-mail: a subject (the card's title, else the first line), plain text,
 * and simple HTML with every value escaped. Buttons that open a link (`url`) become links;
 * buttons that only a chat can click are left out (an e-mail cannot send them back).
 */
import { type Card, cardToText, type Outgoing } from "../../bot/cards.js";
import { escapeHtml } from "../../bot/html.js";

/**
 * An e-mail's parts.
 * @example const mail: RenderedEmail = { subject: "Ping test", text: "…", html: "<p>…</p>" };
 */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const SUBJECT_MAX = 120;

/**
 * @example renderEmail({ text: "The session starts at 10:00." }).subject === "The session starts at 10:00."
 */
export function renderEmail(message: Outgoing): RenderedEmail {
  if (!message.card) {
    return {
      subject: subjectOf(message.text),
      text: message.text,
      html: page(message.text.split(/\n{2,}/).map((paragraph) => `<p>${lines(paragraph)}</p>`)),
    };
  }
  const card = message.card;
  const links = (card.buttons ?? []).filter((button) => button.url);
  const text = [
    cardToText({ ...card, buttons: [] }, { locale: message.locale ?? "en" }),
    ...links.map((button) => `${button.label}: ${button.url}`),
  ].join("\n\n");
  return { subject: subjectOf(card.title ?? message.text), text, html: page(cardHtml(card)) };
}

function cardHtml(card: Card): string[] {
  const parts: string[] = [];
  if (card.title) parts.push(`<h2>${escapeHtml(card.title)}</h2>`);
  for (const section of card.sections) {
    if (section.heading) parts.push(`<h3>${escapeHtml(section.heading)}</h3>`);
    if (section.text) parts.push(`<p>${lines(section.text)}</p>`);
    if (section.fields?.length) {
      const rows = section.fields.map(
        (field) =>
          `<tr><th align="left">${escapeHtml(field.label)}</th><td>${escapeHtml(field.value)}</td></tr>`,
      );
      parts.push(`<table>${rows.join("")}</table>`);
    }
  }
  for (const button of card.buttons ?? []) {
    if (button.url)
      parts.push(
        `<p><a href="${escapeHtml(button.url)}"><strong>${escapeHtml(button.label)}</strong></a></p>`,
      );
  }
  if (card.footer) parts.push(`<p><small>${lines(card.footer)}</small></p>`);
  return parts;
}

function page(body: string[]): string {
  return `<!doctype html><html><body>${body.join("\n")}</body></html>`;
}

function lines(text: string): string {
  return escapeHtml(text).replace(/\n/g, "<br>");
}

function subjectOf(text: string): string {
  const first =
    text
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim() ?? "Message";
  return first.length > SUBJECT_MAX ? `${first.slice(0, SUBJECT_MAX - 1)}…` : first;
}
