/**
 * The frame of every dashboard page: `lang` and `dir` set, a skip link, the navigation, the
 * sign-out form (with its CSRF token), the stylesheet and scripts from the bot itself.
 */
import { type Html, html } from "./html.js";

/** Where the dashboard is mounted. */
export const BASE = "/dashboard";

/** What a page needs besides its data. */
export interface PageContext {
  /** The signed-in member's e-mail. */
  email: string;
  /** The CSRF token for forms on the page. */
  csrf: string;
  now: Date;
}

const NAV: ReadonlyArray<{ path: string; label: string }> = [
  { path: "/", label: "Overview" },
  { path: "/rsvp", label: "RSVPs" },
  { path: "/poc", label: "POC directory" },
  { path: "/ping", label: "Ping tests" },
  { path: "/broadcasts", label: "Broadcasts" },
  { path: "/reminders", label: "Reminders" },
];

/**
 * A whole page.
 * @example page({ title: "Overview", current: "/", context, body: html`<p>…</p>` })
 */
export function page(options: {
  title: string;
  current?: string;
  context?: PageContext;
  body: Html;
  plots?: boolean;
}): string {
  const { context } = options;
  return html`<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} · Secretariat dashboard</title>
<link rel="stylesheet" href="${BASE}/assets/dashboard.css">
${options.plots ? html`<link rel="stylesheet" href="${BASE}/vendor/uplot/uPlot.min.css">` : ""}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<p class="brand"><a href="${BASE}/">Secretariat dashboard</a></p>
${
  context
    ? html`<nav aria-label="Dashboard"><ul>${NAV.map(
        (item) =>
          html`<li><a href="${BASE}${item.path}"${item.path === options.current ? html` aria-current="page"` : ""}>${item.label}</a></li>`,
      )}</ul></nav>
<form class="signout" method="post" action="${BASE}/signout"><input type="hidden" name="_csrf" value="${context.csrf}"><span class="who">${context.email}</span> <button type="submit">Sign out</button></form>`
    : ""
}
</header>
<main id="main" tabindex="-1">
<h1>${options.title}</h1>
${options.body}
</main>
${options.plots ? html`<script src="${BASE}/vendor/uplot/uPlot.iife.min.js" defer></script>` : ""}
<script src="${BASE}/assets/dashboard.js" defer></script>
</body>
</html>
`.value;
}

/**
 * An instant as the dashboard writes it (UTC, minutes).
 * @example when("2024-03-04T13:00:00.000Z") === "2024-03-04 13:00 UTC"
 */
export function when(iso: string | number | undefined): string {
  if (iso === undefined) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
