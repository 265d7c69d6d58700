/**
 * The Teams adapter's pooled transport (`adapters/teams/transport.ts`) against a local HTTP
 * server: what the SDK and `retry.ts` read from a connector answer keeps its meaning.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpError } from "@microsoft/agents-hosting";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyFailure } from "../../adapters/teams/retry.js";
import { PooledConnectorClient, PooledHttpClient } from "../../adapters/teams/transport.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

let server: Server;
let base: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body });
      if (request.url?.startsWith("/throttled")) {
        response.writeHead(429, { "content-type": "application/json", "retry-after": "3" });
        response.end(JSON.stringify({ error: { code: "Throttled" } }));
      } else if (request.url?.startsWith("/text")) {
        response.writeHead(200, { "content-type": "text/plain" });
        response.end("plain words");
      } else if (request.url?.startsWith("/blocked")) {
        response.writeHead(403, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { code: "MessageWritesBlocked" } }));
      } else {
        response.writeHead(201, { "content-type": "application/json" });
        response.end(JSON.stringify({ id: "1:posted" }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("the pooled transport", () => {
  it("posts JSON with the client's headers under its base URL, query parameters appended, and parses the answer", async () => {
    const client = new PooledHttpClient({ baseURL: `${base}/`, headers: { Authorization: "Bearer t0k3n" } });
    const response = await client.request<{ id: string }>({
      method: "post",
      url: "v3/conversations/a%3A1/activities",
      params: { page: "2", skipped: undefined },
      data: { type: "message", text: "Réception à 18 h 30" },
    });
    expect(response.status).toBe(201);
    expect(response.data).toEqual({ id: "1:posted" });
    expect(response.headers.get("content-type")).toBe("application/json");
    const request = seen.at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/v3/conversations/a%3A1/activities?page=2");
    expect(request?.headers.authorization).toBe("Bearer t0k3n");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({ type: "message", text: "Réception à 18 h 30" });
  });

  it("gives a body that is not JSON as text", async () => {
    const client = new PooledHttpClient({ baseURL: base });
    expect((await client.request({ method: "get", url: "/text" })).data).toBe("plain words");
  });

  it("throws the SDK's HttpError on a 429, whose Retry-After retry.ts reads as before", async () => {
    const client = new PooledHttpClient({ baseURL: base });
    const failure = await client.request({ method: "post", url: "/throttled", data: {} }).catch((e) => e);
    expect(failure).toBeInstanceOf(HttpError);
    expect(failure.status).toBe(429);
    expect(failure.response.data).toEqual({ error: { code: "Throttled" } });
    const classified = classifyFailure(failure, Date.now());
    expect(classified).toMatchObject({ retry: true, status: 429, retryAfterMs: 3_000, reason: "throttled" });
  });

  it("reads a 403's error code as a permanent failure", async () => {
    const client = new PooledHttpClient({ baseURL: base });
    const failure = await client.request({ method: "post", url: "/blocked", data: {} }).catch((e) => e);
    expect(classifyFailure(failure, Date.now())).toMatchObject({ retry: false });
    expect(failure.response.data).toEqual({ error: { code: "MessageWritesBlocked" } });
  });

  it("makes a connector client with the SDK's headers (bearer token, user agent) on the pooled transport", async () => {
    const client = PooledConnectorClient.withToken(`${base}/`, "s3cret");
    expect(client.httpClient).toBeInstanceOf(PooledHttpClient);
    await client.httpClient.request({ method: "post", url: "/v3/conversations/x/activities", data: {} });
    const request = seen.at(-1);
    expect(request?.headers.authorization).toBe("Bearer s3cret");
    expect(request?.headers["user-agent"]).toMatch(/agents/i);
  });
});
