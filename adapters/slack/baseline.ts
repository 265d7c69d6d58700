/**
 * A bare Bolt app that only acknowledges: the benchmark's baseline, kept here so that
 * `@slack/bolt` is imported nowhere outside `adapters/`.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";

/**
 * Starts a Bolt App with an HTTPReceiver and no listeners (Bolt acks Events API requests
 * itself) on its own HTTP server.
 * @example const bare = await startBareBolt("8f742231b10e8888abcd99yyyzzz85a5"); // POST http://127.0.0.1:${bare.port}/slack/events
 */
export async function startBareBolt(
  signingSecret: string,
): Promise<{ port: number; close(): Promise<void> }> {
  const receiver = new HTTPReceiver({ signingSecret, logLevel: LogLevel.ERROR });
  new App({ token: "xoxb-bare", botId: "B0", botUserId: "U0", receiver, logLevel: LogLevel.ERROR });
  const server: Server = createServer(receiver.requestListener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
