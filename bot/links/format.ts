/**
 * Moments on link pages: the reader's zone is unknown there, so UTC, said as such.
 */

import { dateTimeFormat } from "../language/intl.js";

/**
 * A moment in UTC, in `locale` (British English's day-month order for English).
 * @example formatLinkMoment("2024-06-10T13:05:00.000Z") === "10 June 2024, 13:05 UTC"
 * @example formatLinkMoment("2024-06-10T13:05:00.000Z", "fr") === "10 juin 2024, 13:05 UTC"
 */
export function formatLinkMoment(iso: string, locale = "en"): string {
  const date = new Date(iso);
  const tag = locale === "en" ? "en-GB" : locale;
  const day = dateTimeFormat(tag, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
  const time = dateTimeFormat(tag, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(date);
  return `${day}, ${time} UTC`;
}
