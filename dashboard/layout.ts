/**
 * The frame of every dashboard page: `lang` and `dir` set from the member's language (its
 * words from `bot/language/`, so Arabic gets `dir="rtl"` and a mirrored layout), a skip link,
 * the navigation, the sign-out form (with its CSRF token), the stylesheet and scripts from
 * the bot itself. Times are shown in the venue's zone, which each page names.
 */
import { MESSAGES, say, textDirection } from "../bot/language/index.js";
import { localDateTime, timeOfMinutes } from "../bot/programme/time.js";
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
  /** The venue's zone, in which every time on the page is shown (IANA name and label). */
  zone: { zone: string; label: string };
  /** The member's language (a key of `MESSAGES`); the frame is in it, the pages' own words in English. */
  locale: string;
}

const NAV: ReadonlyArray<{ path: string; key: string }> = [
  { path: "/", key: "overview" },
  { path: "/rsvp", key: "rsvp" },
  { path: "/poc", key: "poc" },
  { path: "/ping", key: "ping" },
  { path: "/broadcasts", key: "broadcasts" },
  { path: "/reminders", key: "reminders" },
];

/**
 * The page language of a member's chosen language: one the bot has words for, else English.
 * @example pageLocale("ar") === "ar"; pageLocale("de") === "en"; pageLocale(undefined) === "en"
 */
export function pageLocale(language: string | undefined): string {
  const tag = language?.toLowerCase().split("-")[0];
  return tag && tag in MESSAGES ? tag : "en";
}

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
  const locale = context?.locale ?? "en";
  const t = (key: string, values?: Record<string, string>) => say(locale, `dashboard.${key}`, values);
  // The pages' own words are English: marked so, inside a frame in the member's language.
  const bodyLang = locale === "en" ? "" : html` lang="en"`;
  return html`<!doctype html>
<html lang="${locale}" dir="${textDirection(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} · ${t("title")}</title>
<link rel="stylesheet" href="${BASE}/assets/dashboard.css">
${options.plots ? html`<link rel="stylesheet" href="${BASE}/vendor/uplot/uPlot.min.css">` : ""}
</head>
<body>
<a class="skip" href="#main">${t("skip")}</a>
<header class="top">
<p class="brand"><a href="${BASE}/">${t("title")}</a></p>
${
  context
    ? html`<nav aria-label="${t("nav")}"><ul>${NAV.map(
        (item) =>
          html`<li><a href="${BASE}${item.path}"${item.path === options.current ? html` aria-current="page"` : ""}>${t(item.key)}</a></li>`,
      )}</ul></nav>
<form class="signout" method="post" action="${BASE}/signout"><input type="hidden" name="_csrf" value="${context.csrf}"><span class="who">${context.email}</span> <button type="submit">${t("signOut")}</button></form>`
    : ""
}
</header>
<main id="main" tabindex="-1"${bodyLang}>
<h1>${options.title}</h1>
${context ? html`<p class="note zone" lang="${locale}" data-zone="${context.zone.zone}">${t("times", { zone: context.zone.label, tz: context.zone.zone })}</p>` : ""}
${options.body}
</main>
${options.plots ? html`<script src="${BASE}/vendor/uplot/uPlot.iife.min.js" defer></script>` : ""}
<script src="${BASE}/assets/dashboard.js" defer></script>
</body>
</html>
`.value;
}

/**
 * An instant as the dashboard writes it: to the minute, in `zone` (the venue's, named once
 * at the top of each page), in a `<time>` element that carries the exact UTC instant.
 * @example when("2024-03-04T13:00:00.000Z", "America/New_York").value === '<time datetime="2024-03-04T13:00:00.000Z">2024-03-04 08:00</time>'
 */
export function when(iso: string | number | undefined, zone: string): Html | string {
  if (iso === undefined) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  const { date: day, minutes } = localDateTime(date.getTime(), zone);
  const local = `${day} ${timeOfMinutes(minutes)}`;
  return html`<time datetime="${date.toISOString()}">${local}</time>`;
}
