/**
 * A small HTTP proxy in front of a fake platform server, for faults the fakes do not have:
 * "a 429 with Retry-After 1 on every 50th send", "these users have blocked the bot". It
 * forwards everything else unchanged and counts what it saw.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** What the proxy answers instead of forwarding. */
export interface ProxyFault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A request as the fault rule sees it. */
export interface ProxiedRequest {
  method: string;
  path: string;
  body: string;
}

/** The running proxy. */
export interface FaultProxy {
  /** Base URL, ending with `/`. */
  url: string;
  /** Requests the rule answered itself. */
  faults: ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * @example
 * let sends = 0;
 * const proxy = await startFaultProxy(fake.apiUrl, (r) => r.path.endsWith("chat.postMessage") && ++sends % 50 === 0 ? { status: 429, headers: { "retry-after": "1" } } : undefined);
 */
export async function startFaultProxy(
  target: string,
  rule: (request: ProxiedRequest) => ProxyFault | undefined,
): Promise<FaultProxy> {
  const base = new URL(target);
  const faults: ProxiedRequest[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const path = request.url ?? "/";
      const proxied: ProxiedRequest = { method: request.method ?? "GET", path, body };
      const fault = rule(proxied);
      if (fault) {
        faults.push(proxied);
        response
          .writeHead(fault.status, { "content-type": "application/json", ...fault.headers })
          .end(JSON.stringify(fault.body ?? { ok: false, error: "ratelimited" }));
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(
          ([name, value]) =>
            typeof value === "string" && !["host", "content-length", "connection"].includes(name),
        ),
      ) as Record<string, string>;
      const forwarded = await fetch(new URL(path.replace(/^\//, ""), `${base.origin}/`), {
        method: request.method,
        headers,
        body: request.method === "GET" || request.method === "HEAD" ? undefined : body,
      });
      const text = await forwarded.text();
      const answerHeaders: Record<string, string> = {};
      forwarded.headers.forEach((value, name) => {
        if (!["content-length", "transfer-encoding", "connection", "content-encoding"].includes(name))
          answerHeaders[name] = value;
      });
      response.writeHead(forwarded.status, answerHeaders).end(text);
    })().catch((error: unknown) => {
      response.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    faults,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
