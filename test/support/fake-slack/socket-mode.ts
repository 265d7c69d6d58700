/**
 * A fake Slack Socket Mode endpoint: a WebSocket server on 127.0.0.1, port 0, speaking the
 * protocol the real one does (https://api.slack.com/apis/socket-mode): `hello` on connect,
 * envelopes `{ envelope_id, type, payload, accepts_response_payload, retry_attempt,
 * retry_reason }`, acknowledgements `{ envelope_id, payload? }` back, and a `disconnect`
 * message when Slack wants the client to reconnect. Like Slack, it delivers on any open
 * connection it has not asked to go away (the newest first). The fake Web API hands its URL
 * out from `apps.connections.open` (`startFakeSlack({ socketModeUrl })`).
 */
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** Envelope types the bot receives over Socket Mode. */
export type EnvelopeType = "events_api" | "slash_commands" | "interactive";

/**
 * An acknowledgement received for an envelope.
 * @example const { ackMs } = await socket.deliver("events_api", JSON.parse(body));
 */
export interface Ack {
  envelopeId: string;
  /** Time from sending the envelope to receiving its acknowledgement. */
  ackMs: number;
  /** What the client sent (`{ envelope_id, payload? }`). */
  message: Record<string, unknown>;
  /** Which connection carried it: 1 for the first accepted, 2 for the second… */
  connection: number;
}

/**
 * The running fake.
 * @example const socket = await startFakeSocketMode(); const fake = await startFakeSlack({ socketModeUrl: socket.url });
 */
export interface FakeSocketMode {
  /** `ws://127.0.0.1:<port>/link` */
  url: string;
  /** Connections accepted so far (a reconnect adds one). */
  connectionCount(): number;
  /** Connections open now. */
  openConnections(): number;
  /**
   * Sends an envelope on the newest open connection not asked to reconnect (waiting for one
   * if there is none); resolves with its acknowledgement.
   */
  deliver(
    type: EnvelopeType,
    payload: unknown,
    options?: { retryAttempt?: number; timeoutMs?: number },
  ): Promise<Ack>;
  /**
   * Asks the client to reconnect, as Slack does before recycling a connection: on every open
   * connection, or only on the oldest.
   */
  requestReconnect(reason?: string, which?: "all" | "oldest"): void;
  /** Resolves once `count` connections were accepted. */
  waitForConnections(count: number, timeoutMs?: number): Promise<void>;
  /** Connections accepted from now on get their `hello` only after this long (a slow connect). */
  delayHello(ms: number): void;
  close(): Promise<void>;
}

/**
 * @example
 * const socket = await startFakeSocketMode();
 * const ack = await socket.deliver("events_api", JSON.parse(directMessage(ctx, "Ev1", { text: "help", user: "U0GENEVA" })));
 */
export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0, path: "/link" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const open: WebSocket[] = [];
  /** Connections told to go away: nothing more is delivered on them. */
  const leaving = new Set<WebSocket>();
  const numbers = new Map<WebSocket, number>();
  const waiting = new Map<string, (message: Record<string, unknown>) => void>();
  let accepted = 0;
  let envelopes = 0;
  let helloDelayMs = 0;

  server.on("connection", (socket) => {
    accepted += 1;
    numbers.set(socket, accepted);
    open.push(socket);
    socket.on("close", () => {
      open.splice(open.indexOf(socket), 1);
      leaving.delete(socket);
    });
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as Record<string, unknown>;
      const id = String(message.envelope_id);
      waiting.get(id)?.(message);
      waiting.delete(id);
    });
    const hello = () =>
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: open.length,
          debug_info: { host: "fake-socket-mode", approximate_connection_time: 18060 },
          connection_info: { app_id: "A0APP" },
        }),
      );
    if (helloDelayMs > 0) setTimeout(() => open.includes(socket) && hello(), helloDelayMs);
    else hello();
  });

  const until = async (check: () => boolean, timeoutMs: number, what: string) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`fake Socket Mode: timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    connectionCount: () => accepted,
    openConnections: () => open.length,
    async deliver(type, payload, options = {}) {
      const timeoutMs = options.timeoutMs ?? 2_000;
      const usable = () => open.filter((socket) => !leaving.has(socket)).at(-1);
      await until(() => usable() !== undefined, timeoutMs, "an open connection");
      const socket = usable() as WebSocket;
      envelopes += 1;
      const envelopeId = `env-${envelopes}-${Date.now()}`;
      const started = performance.now();
      const acked = new Promise<Record<string, unknown>>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(envelopeId);
          reject(new Error(`fake Socket Mode: no acknowledgement of ${envelopeId} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(envelopeId, (message) => {
          clearTimeout(timer);
          resolve(message);
        });
      });
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== "events_api",
          retry_attempt: options.retryAttempt ?? 0,
          retry_reason: options.retryAttempt ? "timeout" : "",
        }),
      );
      const message = await acked;
      return {
        envelopeId,
        ackMs: performance.now() - started,
        message,
        connection: numbers.get(socket) ?? 0,
      };
    },
    requestReconnect(reason = "refresh_requested", which = "all") {
      for (const socket of which === "all" ? [...open] : open.slice(0, 1)) {
        leaving.add(socket);
        socket.send(JSON.stringify({ type: "disconnect", reason, debug_info: { host: "fake-socket-mode" } }));
      }
    },
    delayHello(ms) {
      helloDelayMs = ms;
    },
    waitForConnections: (count, timeoutMs = 5_000) =>
      until(() => accepted >= count && open.length > 0, timeoutMs, `${count} connections`),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.terminate();
        server.close(() => resolve());
      }),
  };
}

/**
 * Delivers a body built for the HTTP endpoint (payloads.ts) as Slack would over Socket
 * Mode: a JSON Events API body as `events_api`, a form-encoded click (`payload=`) as
 * `interactive`, any other form body (a slash command) as `slash_commands`.
 * @example await deliverAsEnvelope(socket, slashCommand(ctx, { … }), FORM);
 */
export function deliverAsEnvelope(
  socket: FakeSocketMode,
  body: string,
  contentType: string | undefined,
  options?: { retryAttempt?: number },
): Promise<Ack> {
  if (!contentType?.startsWith("application/x-www-form-urlencoded")) {
    return socket.deliver("events_api", JSON.parse(body), options);
  }
  const form = new URLSearchParams(body);
  const click = form.get("payload");
  return click === null
    ? socket.deliver("slash_commands", Object.fromEntries(form), options)
    : socket.deliver("interactive", JSON.parse(click), options);
}
