/**
 * Moments on link pages: the reader's zone is unknown there, so UTC, said as such.
 */

/**
 * @example formatLinkMoment("2024-06-10T13:05:00.000Z") === "10 June 2024, 13:05 UTC"
 */
export function formatLinkMoment(iso: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
  const time = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(date);
  return `${day}, ${time} UTC`;
}
