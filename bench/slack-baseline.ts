/**
 * The Slack benchmark's baseline: a bare Bolt app that posts one reply per mention (or, with
 * no API URL, only acknowledges). Test-only code, so it lives beside the benchmark rather
 * than in the adapter; the benchmarks may name a platform, the core may not.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";

/**
 * Starts a Bolt App with an HTTPReceiver on its own HTTP server. Without `echoApiUrl` it has
 * no listeners (Bolt acks Events API requests itself); with it, it also answers every
 * mention with its own text through the Web API at that URL — the fair baseline for a bot
 * that answers.
 * @example const bare = await startBareBolt("8f742231b10e8888abcd99yyyzzz85a5"); // POST http://127.0.0.1:${bare.port}/slack/events
 */
export async function startBareBolt(
  signingSecret: string,
  options: { echoApiUrl?: string } = {},
): Promise<{ port: number; close(): Promise<void> }> {
  const receiver = new HTTPReceiver({ signingSecret, logLevel: LogLevel.ERROR });
  const app = new App({
    token: "xoxb-bare",
    botId: "B0",
    botUserId: "U0",
    receiver,
    logLevel: LogLevel.ERROR,
    clientOptions: options.echoApiUrl
      ? { slackApiUrl: options.echoApiUrl, retryConfig: { retries: 0 } }
      : undefined,
  });
  if (options.echoApiUrl) {
    app.event("app_mention", async ({ event, client }) => {
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: event.text });
    });
  }
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
