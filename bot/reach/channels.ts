/**
 * Channels a person is reached on. A delivery goes to a person, not an address: its
 * recipient is either an address (`"<platform>:…"`, a chat account the bot met) or a person
 * (`"person:<email>"`) with a channel, resolved by the outbox at send time (see
 * `resolver.ts`). E-mail is a channel like the chat platforms: its addresses are
 * `"email:<address>"`, owned by the e-mail adapter.
 */
import type { Address } from "../types.js";

/** The e-mail channel's name, also the first segment of its addresses. */
export const EMAIL_CHANNEL = "email";
/** The chat channel: whichever chat platform reaches the person (a stored account, a look-up by e-mail). */
export const CHAT_CHANNEL = "chat";
/**
 * Chat, else e-mail: the chat account (known, or found by e-mail on a platform), and when
 * there is none, the person's mailbox. For someone who should get a message one way or the
 * other (a broadcast to a person the bot has not met), decided at send time.
 */
export const CHAT_ELSE_EMAIL = "chat-else-email";
/** The recipient prefix of a person to be resolved at send time. */
export const PERSON_PREFIX = "person";

/** A channel a delivery goes by. */
export type Channel = typeof EMAIL_CHANNEL | typeof CHAT_CHANNEL | typeof CHAT_ELSE_EMAIL;

/**
 * The address of an e-mail mailbox.
 * @example emailAddress("Ann@Mission.KE") === "email:ann@mission.ke"
 */
export function emailAddress(email: string): Address {
  return `${EMAIL_CHANNEL}:${email.trim().toLowerCase()}`;
}

/**
 * A person as a delivery's recipient, resolved to a channel's address at send time.
 * @example personRecipient("ann@mission.ke") === "person:ann@mission.ke"
 */
export function personRecipient(email: string): Address {
  return `${PERSON_PREFIX}:${email.trim().toLowerCase()}`;
}

/**
 * The e-mail of a person recipient, else undefined.
 * @example personEmail("person:ann@mission.ke") === "ann@mission.ke"; personEmail("chat:U1") === undefined
 */
export function personEmail(recipient: string): string | undefined {
  return recipient.startsWith(`${PERSON_PREFIX}:`) ? recipient.slice(PERSON_PREFIX.length + 1) : undefined;
}

/**
 * The mailbox of an e-mail address, else undefined.
 * @example mailboxOf("email:ann@mission.ke") === "ann@mission.ke"
 */
export function mailboxOf(address: string): string | undefined {
  return address.startsWith(`${EMAIL_CHANNEL}:`) ? address.slice(EMAIL_CHANNEL.length + 1) : undefined;
}
