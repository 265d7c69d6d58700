/**
 * The small HTML pages of one-click links: every value escaped, no script, no asset from
 * elsewhere, a Content-Security-Policy that allows nothing but the form posting back here,
 * no caching, no referrer (the token is in the URL).
 */
import type { ServerResponse } from "node:http";
import { escapeHtml } from "../html.js";
import { textDirection } from "../language/messages.js";

/** What a page shows. */
export interface LinkPage {
  title: string;
  text: string;
  /** A button that posts back to this URL (the only state-changing step). */
  button?: string;
  /** The language the page is written in (`<html lang dir>`); English when not given. */
  locale?: string;
}

/**
 * @example sendPage(response, 200, { title: "Ping test", text: "Click to acknowledge.", button: "Acknowledge" });
 */
export function sendPage(response: ServerResponse, status: number, page: LinkPage): void {
  const body = [
    "<!doctype html>",
    `<html lang="${escapeHtml(page.locale ?? "en")}" dir="${textDirection(page.locale ?? "en")}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(page.title)}</title></head><body>`,
    `<h1>${escapeHtml(page.title)}</h1>`,
    ...page.text.split(/\n{2,}/).map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`),
    ...(page.button
      ? [`<form method="post"><button type="submit">${escapeHtml(page.button)}</button></form>`]
      : []),
    "</body></html>",
  ].join("\n");
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy":
      "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-robots-tag": "noindex",
  });
  response.end(body);
}
