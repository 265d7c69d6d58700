/** The pages seen before a session: how to get a link, the link's confirmation, refusals. */
import { html } from "../html.js";
import { BASE, page } from "../layout.js";
import type { LinkRefusal } from "../links.js";

/** Shown to anyone without a session. */
export function signInPage(): string {
  return page({
    title: "Sign in",
    body: html`<p>This dashboard is for the Secretariat. To sign in, type <kbd>dashboard</kbd> to the bot in a direct message: it answers with a personal link, valid for 10 minutes and usable once.</p>`,
  });
}

/** The button that uses a valid link (a link preview or a scanner that only reads it opens nothing). */
export function confirmPage(token: string, email: string, csrf: string): string {
  return page({
    title: "Sign in",
    body: html`<form method="post" action="${BASE}/signin"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="token" value="${token}">
<p>Sign in as <strong>${email}</strong>?</p><button type="submit">Sign in</button></form>`,
  });
}

const REFUSALS: Record<LinkRefusal, string> = {
  unknown: "This sign-in link is not valid.",
  expired: "This sign-in link has expired (links last 10 minutes).",
  used: "This sign-in link has already been used (each link works once).",
};

/** A link that opens nothing. */
export function refusedPage(why: LinkRefusal): string {
  return page({
    title: "Sign-in link refused",
    body: html`<p role="alert">${REFUSALS[why]}</p><p>Type <kbd>dashboard</kbd> to the bot in a direct message for a new one.</p>`,
  });
}

/** A request refused for its form token (cross-site, stale page). */
export function forbiddenPage(): string {
  return page({
    title: "Request refused",
    body: html`<p role="alert">This request was refused: it did not come from a page of this dashboard, or the page was too old. Reload the page and try again.</p>`,
  });
}

/** No such page. */
export function notFoundPage(): string {
  return page({
    title: "Not found",
    body: html`<p>There is no such page. <a href="${BASE}/">Back to the overview</a>.</p>`,
  });
}

/** Something went wrong on the bot's side. */
export function errorPage(): string {
  return page({
    title: "Something went wrong",
    body: html`<p role="alert">This page could not be made just now; the error is in the bot's log. Try again in a moment.</p>`,
  });
}
