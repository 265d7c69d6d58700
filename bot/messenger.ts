/**
 * Proactive sending across platforms: routes an address to the adapter that owns it.
 * Reminders, broadcasts and ping tests send through this, never through an adapter directly.
 */
import type { Outgoing } from "./cards.js";
import { DeliveryError } from "./errors.js";
import { type Address, type ChatAdapter, platformOf, type SentRef } from "./types.js";

/**
 * @example await messenger.send("slack:D123", { text: "The session starts in 15 minutes." });
 */
export class Messenger {
  private readonly adapters = new Map<string, ChatAdapter>();

  constructor(adapters: readonly ChatAdapter[] = []) {
    for (const adapter of adapters) this.add(adapter);
  }

  add(adapter: ChatAdapter): void {
    this.adapters.set(adapter.name, adapter);
  }

  /** The adapter that owns an address; throws a permanent DeliveryError when none does. */
  adapterFor(address: Address): ChatAdapter {
    const adapter = this.adapters.get(platformOf(address));
    if (!adapter) throw new DeliveryError(`No adapter is running for ${platformOf(address)}`, true);
    return adapter;
  }

  /** Platforms currently running. */
  platforms(): string[] {
    return [...this.adapters.keys()];
  }

  /**
   * Whether a running adapter here serves this user address. False only when its adapter runs
   * and says the user is another instance's (a console of another e-mail on the same store);
   * an address with no adapter is "here" so that sending to it fails as it always did.
   * @example messenger.servesHere("console:ivan@rus.example") // false in Ana's console
   */
  servesHere(user: Address): boolean {
    const adapter = this.adapters.get(platformOf(user));
    return adapter?.serves?.(user) ?? true;
  }

  send(to: Address, message: Outgoing): Promise<SentRef> {
    return this.adapterFor(to).send(to, message);
  }

  /**
   * The direct-message address for a user (the adapter opens or looks it up when it can;
   * otherwise the user address itself).
   * @example const dm = await messenger.directAddress("slack:T1/@U3"); // "slack:T1/D3"
   */
  async directAddress(user: Address): Promise<Address> {
    const adapter = this.adapterFor(user);
    return adapter.openDirect ? adapter.openDirect(user) : user;
  }

  /**
   * Whether some platform can find a person by e-mail (a workspace look-up).
   * @example messenger.canFindByEmail() // true with Slack or Teams connected
   */
  canFindByEmail(): boolean {
    return [...this.adapters.values()].some((adapter) => adapter.findUserByEmail !== undefined);
  }

  /**
   * The chat account a platform finds for an e-mail (the first platform that can look
   * people up and knows them), and the platforms that looked and did not find them.
   * @example await messenger.findUserByEmail("ann@mission.ke") // { address: "…:U1", notOn: [] }
   */
  async findUserByEmail(email: string): Promise<{ address?: Address; notOn: string[] }> {
    const notOn: string[] = [];
    for (const adapter of this.adapters.values()) {
      if (!adapter.findUserByEmail) continue;
      const address = await adapter.findUserByEmail(email);
      if (address) return { address, notOn };
      notOn.push(adapter.name);
    }
    return { notOn };
  }

  /** Sends to a user in a direct message (opening it when the adapter needs to). */
  async sendDirect(user: Address, message: Outgoing): Promise<SentRef> {
    const adapter = this.adapterFor(user);
    const dm = adapter.openDirect ? await adapter.openDirect(user) : user;
    return adapter.send(dm, message);
  }

  /** Edits a sent message where the platform can; otherwise sends a new one. */
  async update(sent: SentRef, message: Outgoing): Promise<SentRef> {
    const adapter = this.adapterFor(sent.address);
    if (!adapter.update) return adapter.send(sent.address, message);
    await adapter.update(sent, message);
    return sent;
  }
}
