/**
 * A bare botbuilder echo bot: `CloudAdapter` with a plain `ConfigurationBotFrameworkAuthentication`
 * on its own node HTTP server, and a turn that only echoes the text. No core, no store, no
 * pacing, no retries, no 500→401 mapping. It is the yardstick of the Teams benchmark
 * (`bench/teams.ts`) and shows in the tests what botbuilder alone answers to bad tokens.
 * It lives here because nothing outside `adapters/` may import botbuilder.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import type { ServiceClientCredentialsFactory } from "botframework-connector";
import type { OutboundCredentialsFactory } from "./auth.js";
import { answer, BodyError, readJsonBody, toBotRequest, toBotResponse } from "./http.js";

/**
 * A running bare echo bot.
 * @example const bare: BareEchoBot = await startBareEchoBot(env); bare.turns();
 */
export interface BareEchoBot {
  /** Base URL; activities go to `${url}/api/messages`. */
  url: string;
  /** Turns run so far. */
  turns(): number;
  close(): Promise<void>;
}

/**
 * @example
 * const bare = await startBareEchoBot(openid.teamsEnv(), openid.credentialsFactory());
 * await fetch(`${bare.url}/api/messages`, { method: "POST", headers, body });
 * await bare.close();
 */
export async function startBareEchoBot(
  botFrameworkOptions: Record<string, string>,
  credentialsFactory?: OutboundCredentialsFactory,
): Promise<BareEchoBot> {
  const cloud = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(
      botFrameworkOptions,
      credentialsFactory as ServiceClientCredentialsFactory | undefined,
    ),
  );
  let turns = 0;
  const server = createServer((request, response) => {
    const handle = async () => {
      let body: Record<string, unknown>;
      try {
        body = await readJsonBody(request);
      } catch (error) {
        if (error instanceof BodyError) return answer(response, error.status, error.message);
        throw error;
      }
      await cloud.process(toBotRequest(request, body), toBotResponse(response), async (context) => {
        turns += 1;
        if (context.activity.type === "message")
          await context.sendActivity(`echo: ${context.activity.text ?? ""}`);
      });
    };
    handle().catch(() => answer(response, 500, "internal error"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    turns: () => turns,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
