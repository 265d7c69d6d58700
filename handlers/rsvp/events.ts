/**
 * The events that take RSVPs: social events of the catalogue with an `rsvp` block. Names in
 * chat ("the reception", an event id) resolve to them; the deadline and capacity combine the
 * YAML (deadline date) with the Secretariat's settings in the store.
 */

import { InputError } from "../../bot/errors.js";
import { currentLocale, withLocale } from "../../bot/language/current.js";
import { rsvpGrammar } from "../../bot/language/grammar.js";
import { say } from "../../bot/language/messages.js";
import type { Catalogue, SocialOccurrence } from "../../bot/programme/catalogue.js";
import { describeWhen, formatClock, formatDate, formatSpan } from "../../bot/programme/format.js";
import { termsOf } from "../../bot/programme/text.js";
import { addDays, localDateTime, wallTimeToInstant } from "../../bot/programme/time.js";
import { local } from "../../bot/programme/translations.js";
import type { EventSettings } from "./schema.js";

/** Words ignored when naming an event. */
const FILLER = new Set(
  termsOf("the a an to for of at my our event rsvp rsvps invitation invitations please"),
);

/**
 * Social events that take RSVPs, by start.
 * @example rsvpEvents(loadCatalogue()).map((e) => e.id) // ["oewg-7-reception-2024-03-04"]
 */
export function rsvpEvents(catalogue: Catalogue): SocialOccurrence[] {
  return catalogue.occurrences.filter(
    (o): o is SocialOccurrence => o.kind === "social" && o.event.rsvp !== undefined,
  );
}

/**
 * The RSVP events some words name (an id, or words of its title, kind or keywords); with no
 * words, those still to come (or all when none is).
 * @example matchRsvpEvents(catalogue, "reception", now).map((e) => e.id) // ["oewg-7-reception-2024-03-04"]
 */
export function matchRsvpEvents(
  catalogue: Catalogue,
  words: string | undefined,
  now: Date,
): SocialOccurrence[] {
  const events = rsvpEvents(catalogue);
  const wanted = termsOf(words ?? "").filter((term) => !FILLER.has(term));
  if (wanted.length === 0) {
    const upcoming = events.filter((event) => event.start > now.getTime());
    return upcoming.length > 0 ? upcoming : events;
  }
  const byId = events.find((event) => event.id === words?.trim().toLowerCase());
  if (byId) return [byId];
  return events.filter((event) => {
    const known = new Set(
      termsOf(
        `${event.id.replaceAll("-", " ")} ${event.event.title} ${event.event.kind} ${event.event.keywords.join(" ")} ${formatDate(event.date, { long: true })}`,
      ),
    );
    return wanted.every((term) => known.has(term));
  });
}

/**
 * The one RSVP event some words name, else undefined (no words but filler, none, or several).
 * @example namedRsvpEvent(catalogue, "the reception", now)?.id === "oewg-7-reception-2024-03-04"
 */
export function namedRsvpEvent(catalogue: Catalogue, words: string, now: Date): SocialOccurrence | undefined {
  if (termsOf(words).every((term) => FILLER.has(term))) return undefined;
  const found = matchRsvpEvents(catalogue, words, now);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The events that take RSVPs as a list for people: "Cocktail reception, Mon 4 Mar", in
 * `locale` (titles as the data translates them); with their internal ids only when asked (for
 * the Secretariat, whose audiences use them).
 * @example rsvpEventList(catalogue) === "Cocktail reception, Mon 4 Mar"
 * @example rsvpEventList(catalogue, false, "fr") === "Réception (cocktail), lun. 4 mars"
 */
export function rsvpEventList(catalogue: Catalogue, withIds = false, locale = "en"): string {
  return withLocale(locale, () =>
    rsvpEvents(catalogue)
      .map((event) =>
        withIds
          ? `${local(event.label)} (${formatDate(event.date)}; id ${event.id})`
          : `${local(event.label)}, ${formatDate(event.date)}`,
      )
      .join(say(locale, "programme.listSeparator")),
  );
}

/**
 * The RSVP event named by some words (see {@link matchRsvpEvents}): exactly one.
 * @throws {InputError} naming the events that take RSVPs when none or several match (their ids
 * only with `withIds`, for the Secretariat).
 * @example resolveRsvpEvent(catalogue, "reception", now).id === "oewg-7-reception-2024-03-04"
 */
export function resolveRsvpEvent(
  catalogue: Catalogue,
  words: string | undefined,
  now: Date,
  options: { withIds?: boolean; locale?: string } = {},
): SocialOccurrence {
  const locale = options.locale ?? "en";
  const events = rsvpEvents(catalogue);
  if (events.length === 0) throw new InputError(say(locale, "rsvp.error.noEvents"));
  const matches = matchRsvpEvents(catalogue, words, now);
  if (matches.length === 1 && matches[0]) return matches[0];
  const list = rsvpEventList(catalogue, options.withIds, locale);
  if (matches.length === 0)
    throw new InputError(say(locale, "rsvp.error.unknownEvent", { words: words?.trim() ?? "", list }));
  throw new InputError(
    say(locale, "rsvp.error.whichEvent", { list, kind: events[0]?.event.kind ?? "reception" }),
  );
}

/**
 * The audience an event invites, read from its invitation text: heads of delegation when it
 * names them, otherwise everyone.
 * @example invitationScope(reception) === "role:head_of_delegation"
 */
export function invitationScope(event: SocialOccurrence): string {
  return rsvpGrammar().headsOfDelegation.test(event.event.invitation ?? "")
    ? "role:head_of_delegation"
    : "everyone";
}

/**
 * What the people of {@link invitationScope} are called, one and many.
 * @example scopeNouns(reception) // ["head of delegation", "heads of delegation"]
 */
export function scopeNouns(event: SocialOccurrence): readonly [string, string] {
  return invitationScope(event) === "role:head_of_delegation"
    ? ["head of delegation", "heads of delegation"]
    : ["invitee", "invitees"];
}

/**
 * The RSVP deadline as an instant: the Secretariat's setting, else the end of the YAML
 * deadline date in the venue's zone, else none.
 * @example rsvpDeadline(reception, undefined) === undefined
 */
export function rsvpDeadline(
  event: SocialOccurrence,
  settings: EventSettings | undefined,
): number | undefined {
  if (settings?.deadline) return Date.parse(settings.deadline);
  const date = event.event.rsvp?.deadline;
  if (!date) return undefined;
  return wallTimeToInstant(addDays(date, 1), "00:00", event.programme.zone);
}

/**
 * A deadline for people, in the venue's zone and, when it differs, the reader's. A deadline at
 * midnight is the end of the day before, and reads so: "Sat 2 Mar, 12:00 AM" is read as one day
 * later than meant, so it shows as "end of Fri 1 Mar (11:59 PM New York time)".
 * @example describeDeadline(Date.parse("2024-03-01T22:00:00Z"), reception) === "Fri 1 Mar, 5:00 PM New York time"
 * @example describeDeadline(Date.parse("2024-03-02T05:00:00Z"), reception, "Asia/Tokyo") // "end of Fri 1 Mar (11:59 PM New York time); Sat 2 Mar, 1:59 PM your time (Asia/Tokyo), next day"
 */
export function describeDeadline(deadline: number, event: SocialOccurrence, zone?: string): string {
  const { zone: venueZone, zoneLabel: venueLabel } = event.programme;
  const local = localDateTime(deadline, venueZone);
  const endOfDay = local.minutes === 0 && deadline % 60_000 === 0;
  // The moment shown: a minute before midnight, so that the reader's clock agrees with "11:59 PM".
  const shown = endOfDay ? deadline - 60_000 : deadline;
  const venue = endOfDay
    ? `end of ${formatDate(addDays(local.date, -1))} (${formatClock(shown, venueZone)} ${venueLabel})`
    : `${formatSpan(deadline, undefined, venueZone)} ${venueLabel}`;
  const asker = describeWhen({ start: shown }, { venueZone, venueLabel, askerZone: zone }).asker;
  return asker ? `${venue}; ${asker}` : venue;
}

/**
 * Parses a deadline typed by the Secretariat: `YYYY-MM-DD` (end of that day) or
 * `YYYY-MM-DD HH:mm`, in the venue's zone.
 * @throws {InputError} for anything else or a time that does not exist there.
 * @example parseDeadline("2024-03-01 17:00", reception) === Date.parse("2024-03-01T22:00:00Z")
 */
export function parseDeadline(text: string, event: SocialOccurrence): number {
  const match = text.trim().match(/^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}))?$/);
  const zone = event.programme.zone;
  const date = match?.[1];
  const time = match?.[2]?.padStart(5, "0");
  const instant =
    date === undefined
      ? undefined
      : time
        ? wallTimeToInstant(date, time, zone)
        : wallTimeToInstant(addDays(date, 1), "00:00", zone);
  if (instant === undefined || Number.isNaN(instant)) {
    throw new InputError(
      `"${text.trim()}" is not a deadline I can read. Write the date as YYYY-MM-DD, optionally with a 24-hour time in ${event.programme.zoneLabel}, e.g. "2024-03-01 17:00".`,
    );
  }
  return instant;
}

/**
 * Whose list the answers given in chat are (`rsvp.chatList` in the programme file):
 * `secretariat` unless a letter says the organiser takes them as RSVPs.
 * @example listKeeper(reception) === "secretariat"
 */
export function listKeeper(event: SocialOccurrence): "secretariat" | "organiser" {
  return event.event.rsvp?.chatList ?? "secretariat";
}

/**
 * The sentence that sends people to the organiser's own RSVP, as the invitation words it;
 * empty when the chat list is the organiser's.
 * @example hostRsvpLine(reception) === "This list is kept for the Secretariat; it is not an RSVP to the host. To confirm your participation, the invitation asks you to RSVP at https://bit.ly/OEWG_4Mar24."
 */
export function hostRsvpLine(event: SocialOccurrence): string {
  if (listKeeper(event) === "organiser") return "";
  const link = event.event.rsvp?.originalLink;
  const locale = currentLocale();
  const rest = link ? say(locale, "rsvp.hostLink", { link }) : say(locale, "rsvp.hostNoLink");
  return say(locale, "rsvp.hostLine", { rest });
}
