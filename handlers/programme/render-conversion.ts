/**
 * A time conversion as a card: "10:00 AM New York time (EST, UTC−5), Mon 4 Mar = 12:00 AM
 * Tokyo time (JST, UTC+9), Tue 5 Mar". Wording from the messages file.
 */
import type { Card } from "../../bot/cards.js";
import { tr } from "../../bot/language/messages.js";
import { placeNameIn } from "../../bot/language/place-names.js";
import { offsetZoneName } from "../../bot/language/zone-names.js";
import { formatClock, formatDate, zoneLabel, zoneName } from "../../bot/programme/format.js";
import { localDateTime } from "../../bot/programme/time.js";
import type { Finding } from "./finding.js";

/** "Asia/Tokyo" → "Tokyo time" ("Токио" in Russian); an offset zone by its offset ("UTC+9"). */
function placeTime(zone: string, venueZone: string, venueLabel: string, locale: string): string {
  if (zone === venueZone) return venueLabel;
  return offsetZoneName(zone) ?? tr("conversion.place", { place: zoneLabel(zone, locale) });
}

/**
 * Renders a conversion; places are named in `locale` ("Токио").
 * @example renderConversion({ kind: "conversion", instant: Date.parse("2024-03-04T15:00:00Z"), from: "America/New_York", to: "Asia/Tokyo", fromVenue: false, venueLabel: "New York time" }).title
 * // "10:00 AM New York time (EST, UTC−5), Mon 4 Mar is 12:00 AM Tokyo time (JST, UTC+9), Tue 5 Mar"
 */
export function renderConversion(finding: Extract<Finding, { kind: "conversion" }>, locale = "en"): Card {
  const { instant, from, to } = finding;
  const venueZone = finding.fromVenue ? from : "";
  const side = (zone: string, name: string) =>
    tr("conversion.side", {
      clock: formatClock(instant, zone),
      place: name,
      zoneName: zoneName(instant, zone),
      date: formatDate(localDateTime(instant, zone).date),
    });
  const named = (name: string) => tr("conversion.place", { place: placeNameIn(locale, name) });
  const fromName = finding.fromName
    ? named(finding.fromName)
    : placeTime(from, venueZone, finding.venueLabel, locale);
  if (finding.now) return renderNow(finding, side, venueZone, locale);
  const title = tr("conversion.title", {
    from: side(from, fromName),
    to: side(
      to,
      finding.toName ? named(finding.toName) : placeTime(to, venueZone, finding.venueLabel, locale),
    ),
  });
  const sections = finding.fromVenue
    ? [{ text: tr("conversion.venueNote", { fromLabel: finding.venueLabel }) }]
    : [];
  return { title, sections };
}

/** "It is 8:03 PM Geneva time (UTC+1), Thu 7 Mar; at the venue, 2:03 PM New York time (EST, UTC−5), Thu 7 Mar." */
function renderNow(
  finding: Extract<Finding, { kind: "conversion" }>,
  side: (zone: string, name: string) => string,
  venueZone: string,
  locale: string,
): Card {
  const { from, to } = finding;
  const atVenue = side(from, placeTime(from, venueZone, finding.venueLabel, locale));
  if (to === from) return { title: tr("conversion.nowAtVenue", { venue: atVenue }), sections: [] };
  const there = side(
    to,
    finding.toName
      ? tr("conversion.place", { place: placeNameIn(locale, finding.toName) })
      : placeTime(to, venueZone, finding.venueLabel, locale),
  );
  return { title: tr("conversion.now", { there, venue: atVenue }), sections: [] };
}
