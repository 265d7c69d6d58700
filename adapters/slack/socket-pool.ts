/**
 * Socket Mode over several connections at once. Slack lets an app hold up to 10 Socket Mode
 * connections and spreads envelopes over them. It also recycles each connection every few
 * hours: it sends `disconnect`, and Bolt's client closes the socket and waits its ping
 * timeout (5 s by default) before opening a new one. With one connection, that wait is a
 * gap in which slash commands fail and events wait for Slack's redelivery (a minute or
 * more); with two, Slack delivers to the other one meanwhile.
 *
 * Each connection is Bolt's own SocketModeReceiver (its client, acks and reconnects); this
 * receiver only starts and stops them together. The same event arriving twice (Slack's
 * retries may come on another connection) is answered once by the core's de-duplication.
 */

import type { EventEmitter } from "node:events";
import { once } from "node:events";
import type { App, Receiver } from "@slack/bolt";

/** How long stop() waits for a reconnection under way to finish before closing anyway. */
const RECONNECT_SETTLE_MS = 3_000;

/** A receiver's Socket Mode client (Bolt's SocketModeReceiver has one), seen as its events. */
function socketClientOf(receiver: Receiver): EventEmitter | undefined {
  const client = (receiver as { client?: unknown }).client;
  return client && typeof (client as EventEmitter).once === "function" ? (client as EventEmitter) : undefined;
}

/**
 * Bolt receivers run as one: every one gets the app, starts and stops together.
 * @example new App({ token, receiver: new ReceiverPool([socketReceiver(), socketReceiver()]) });
 */
export class ReceiverPool implements Receiver {
  private stopped = false;
  /** Clients between "connecting" and "connected" (a start or a reconnection under way). */
  private readonly connecting = new Set<EventEmitter>();

  constructor(private readonly receivers: readonly Receiver[]) {
    if (receivers.length === 0) throw new RangeError("ReceiverPool needs at least one receiver");
    for (const receiver of receivers) {
      const client = socketClientOf(receiver);
      client?.on("connecting", () => this.connecting.add(client));
      client?.on("connected", () => this.connecting.delete(client));
      client?.on("disconnected", () => this.connecting.delete(client));
    }
  }

  init(app: App): void {
    for (const receiver of this.receivers) receiver.init(app);
  }

  /**
   * Starts every receiver. If one cannot start, stops them all at once (another may still
   * be retrying its connection) and rethrows that error.
   */
  async start(): Promise<void> {
    this.stopped = false;
    const starts = this.receivers.map(async (receiver) => {
      await receiver.start();
      // Stopped while this one was still fetching its URL: Bolt's client connects anyway
      // once it has it, so it is stopped again now.
      if (this.stopped) await receiver.stop();
    });
    try {
      await Promise.all(starts);
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  /**
   * Stops every receiver. A client reconnecting at that moment is given up to 3 s to finish
   * first: Bolt's client rejects its pending reconnection, unhandled, when disconnected in the
   * middle of it (an unhandled rejection, which ends a Node process by default).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled(
      this.receivers.map(async (receiver) => {
        const client = socketClientOf(receiver);
        if (client && this.connecting.has(client)) {
          await once(client, "connected", { signal: AbortSignal.timeout(RECONNECT_SETTLE_MS) }).catch(
            () => undefined,
          );
        }
        await receiver.stop();
      }),
    );
  }
}
