/**
 * Resolves a delivery's recipient to the address of the channel it goes by, at send time:
 *
 * - an address (`"<platform>:…"`) is used as it is;
 * - a person (`"person:<email>"`) by e-mail goes to their mailbox;
 * - a person in chat goes to the chat account the bot met with that verified e-mail (the most
 *   recently seen), else to the account a platform finds by e-mail (`findUserByEmail`, e.g. a
 *   workspace look-up), else nowhere: "unreachable", with the reasons (no chat account,
 *   not found on a platform) for the report;
 * - a person by "chat, else e-mail" goes where chat would, and when no chat account is found,
 *   to their mailbox (a broadcast reaches people the bot never met).
 */
import type { Messenger } from "../messenger.js";
import type { PeopleDirectory } from "../people/directory.js";
import type { Contact } from "../people/schema.js";
import { type Address, platformOf } from "../types.js";
import { CHAT_CHANNEL, CHAT_ELSE_EMAIL, EMAIL_CHANNEL, emailAddress, personEmail } from "./channels.js";

/**
 * Where a delivery goes, or why it cannot.
 * @example const where: Resolution = { address: "email:ann@mission.ke" };
 */
export type Resolution = { address: Address } | { unreachable: string };

/** How long the contact list is reused between resolutions (a broadcast resolves thousands). */
const CONTACTS_REUSE_MS = 5_000;

/**
 * @example
 * const resolver = new RecipientResolver(people, messenger);
 * await resolver.resolve("person:ann@mission.ke", "chat"); // { address: "chat:U1" } or { unreachable: "no chat account…" }
 */
export class RecipientResolver {
  private contacts?: { at: number; byEmail: Map<string, Contact> };

  constructor(
    private readonly people: PeopleDirectory,
    private readonly messenger: Messenger,
  ) {}

  /** Throws a transient DeliveryError when a platform's look-up failed (the outbox retries). */
  async resolve(recipient: string, channel: string | undefined): Promise<Resolution> {
    const email = personEmail(recipient);
    if (!email) return { address: recipient as Address };
    if (channel === EMAIL_CHANNEL) return { address: emailAddress(email) };
    if (channel !== CHAT_CHANNEL && channel !== CHAT_ELSE_EMAIL)
      return { unreachable: `unknown channel "${channel ?? ""}"` };
    const contact = (await this.contactsByEmail()).get(email);
    if (contact) return { address: contact.userId as Address };
    const found = await this.messenger.findUserByEmail(email);
    if (found.address) return { address: found.address };
    if (channel === CHAT_ELSE_EMAIL) return { address: emailAddress(email) };
    const reasons = [
      "no chat account known (has not written to the bot)",
      ...found.notOn.map((name) => `not on ${name}`),
    ];
    return { unreachable: reasons.join("; ") };
  }

  /**
   * The language a recipient reads: the one they chose, else the one they last wrote in
   * (their contact record, found by verified e-mail or by chat account); none for a stranger.
   * @example await resolver.localeOf("person:ann@mission.ke") // "fr"
   */
  async localeOf(recipient: string): Promise<string | undefined> {
    const email = personEmail(recipient);
    const contact = email ? (await this.contactsByEmail()).get(email) : await this.people.contact(recipient);
    return contact?.language ?? contact?.languageInUse;
  }

  /** The channel name of a resolved address, for the ledger: `email`, or the chat platform's. */
  static channelOf(address: Address): string {
    return platformOf(address);
  }

  private async contactsByEmail(): Promise<Map<string, Contact>> {
    const now = Date.now();
    if (this.contacts && now - this.contacts.at < CONTACTS_REUSE_MS) return this.contacts.byEmail;
    const byEmail = new Map<string, Contact>();
    for (const contact of await this.people.contacts()) {
      if (!contact.email) continue;
      const existing = byEmail.get(contact.email);
      if (!existing || contact.lastSeenAt > existing.lastSeenAt) byEmail.set(contact.email, contact);
    }
    this.contacts = { at: now, byEmail };
    return byEmail;
  }
}
