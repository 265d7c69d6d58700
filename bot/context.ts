/**
 * The turn context: everything a handler needs for one incoming event, and nothing
 * platform-specific.
 */
import { cardToText, hasBareFallback, type Outgoing } from "./cards.js";
import type { Logger } from "./logger.js";
import type { Contact, Person, Role } from "./people/schema.js";
import type { Store } from "./store/port.js";
import type { Address, IncomingEvent, SentRef, UserRef } from "./types.js";

/**
 * How long a short message may follow up what the person asked last ("and Friday?" after a
 * programme answer, "and for the reception, 2h before" after a reminder, "and France's?" after
 * an RSVP report): the same window for every feature, so people learn one.
 */
export const FOLLOW_UP_MS = 15 * 60_000;

/**
 * One turn. `reply` answers where the event came from (the DM, or the thread in a
 * channel); `replyPrivately` answers in a direct message, for anything confidential.
 * @example
 * router.message(/^help$/i, async (ctx) => { await ctx.reply("Ask me about the programme."); });
 */
export interface TurnContext<E extends IncomingEvent = IncomingEvent> {
  readonly event: E;
  readonly user: UserRef;
  readonly address: Address;
  /** The injected clock's current time. */
  now(): Date;
  /**
   * The asker's IANA zone: the one they chose in chat ("my time zone is Tokyo", set by the
   * identity module), else the one their platform told us, else undefined.
   */
  timeZone: string | undefined;
  /**
   * The place or offset the asker named their chosen zone by ("Geneva", "UTC+5:30"), which
   * labels their times instead of the zone's own city (Zurich, Kolkata); set with `timeZone`.
   */
  timeZonePlace?: string;
  /**
   * The language this turn is answered in ("en", "fr", "es", "ru", "zh", "ar"), set by the
   * language middleware (`handlers/language.ts`); "en" before it runs. Pass it on to whatever
   * renders words: `say(ctx.locale, "key", values)`.
   */
  locale: string;
  reply(message: Outgoing | string): Promise<SentRef>;
  /** Sends in a direct message to the asker (the same conversation when already direct). */
  replyPrivately(message: Outgoing | string): Promise<SentRef>;
  readonly store: Store;
  readonly log: Logger;
  /** The match of a `router.message(regex, …)` route, when one matched. */
  match?: RegExpMatchArray;
  /** The asker's roster entry, matched by verified email (set by the identity module). */
  person?: Person;
  /** The asker's roles; `["delegate"]` for anyone not on the roster. */
  roles: readonly Role[];
  /**
   * The asker's contact record as the identity module left it this turn (read once per turn:
   * later middlewares use it instead of reading the store again).
   */
  contact?: Contact;
}

/**
 * Normalises a handler's reply argument; `locale` (the turn's language) is kept on it unless
 * the message names its own.
 * @example toOutgoing("Bonjour", "fr") // { text: "Bonjour", locale: "fr" }
 */
export function toOutgoing(message: Outgoing | string, locale?: string): Outgoing {
  if (typeof message === "string") return locale ? { text: message, locale } : { text: message };
  return locale && !message.locale ? withLocale(message, locale) : message;
}

/**
 * A message given its reader's language; a card's text fallback, made before the language was
 * known, is written again in it ("Quand : …", "时间：…") unless the handler wrote its own text.
 * A card given its language by `cardMessage(card, locale)` is written once and passes as it is.
 * @example withLocale(cardMessage(card), "fr").text // "…\nQuand : lundi 4 mars…"
 */
export function withLocale(message: Outgoing, locale: string): Outgoing {
  const { card } = message;
  // Only fields and optional inputs read differently per language: a card without them keeps its text.
  const worded = card && (card.inputs?.length || card.sections.some((section) => section.fields?.length));
  if (!card || !worded || locale === "en") return { ...message, locale };
  // A message of `cardMessage` says whether its text is the card's; any other is compared.
  const bare = hasBareFallback(message) ?? message.text === cardToText(card);
  return bare ? { ...message, text: cardToText(card, { locale }), locale } : { ...message, locale };
}
