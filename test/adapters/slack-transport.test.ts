/**
 * The Web API transport (undici `request()` in fetch's shape) against a local HTTP server:
 * what WebClient reads of a response, bodies it sends (form and multipart), the caller's
 * timeout, and redirects not followed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requestFetch } from "../../adapters/slack/transport.js";

interface Received {
  method: string;
  headers: IncomingMessage["headers"];
  body: string;
}

describe("requestFetch", () => {
  let server: Server;
  let base: string;
  let received: Received[];
  let answer: (res: ServerResponse) => void;
  const fetch = requestFetch();

  beforeEach(async () => {
    received = [];
    answer = (res) => res.end("{}");
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        received.push({
          method: req.method ?? "",
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        });
        answer(res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("sends the method, headers and form body, and reads status, headers and JSON", async () => {
    answer = (res) => {
      res.writeHead(200, { "Content-Type": "application/json", "X-OAuth-Scopes": "chat:write" });
      res.end('{"ok":true,"ts":"1.2"}');
    };
    const response = await fetch(`${base}/api/chat.postMessage`, {
      method: "POST",
      headers: { Authorization: "Bearer xoxb-1", "Content-Type": "application/x-www-form-urlencoded" },
      body: "channel=C1&text=h%C3%A9",
    });
    expect(received).toEqual([expect.objectContaining({ method: "POST", body: "channel=C1&text=h%C3%A9" })]);
    expect(received[0]?.headers.authorization).toBe("Bearer xoxb-1");
    expect(response).toMatchObject({
      ok: true,
      status: 200,
      statusText: "OK",
      url: `${base}/api/chat.postMessage`,
    });
    expect(response.headers.get("x-oauth-scopes")).toBe("chat:write");
    expect(response.headers.get("X-OAuth-Scopes")).toBe("chat:write");
    expect(response.headers.get("retry-after")).toBeNull();
    expect(await response.json()).toEqual({ ok: true, ts: "1.2" });
  });

  it("reads a 429's Retry-After and a non-200 body as text, and joins repeated headers", async () => {
    answer = (res) => {
      res.writeHead(429, [
        ["Retry-After", "7"],
        ["Set-Cookie", "a=1"],
        ["Set-Cookie", "b=2"],
      ]);
      res.end("ratelimited");
    };
    const response = await fetch(`${base}/api/x`, { method: "POST", body: "" });
    expect(response).toMatchObject({ ok: false, status: 429, statusText: "Too Many Requests" });
    expect(response.headers.get("retry-after")).toBe("7");
    expect(Object.fromEntries(response.headers.entries())).toMatchObject({ "set-cookie": "a=1, b=2" });
    expect(await response.text()).toBe("ratelimited");
  });

  it("hands over the exact bytes of a binary body", async () => {
    const bytes = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff]);
    answer = (res) => {
      res.writeHead(200, { "Content-Type": "application/gzip" });
      res.end(bytes);
    };
    const response = await fetch(`${base}/api/admin.analytics.getFile`, { method: "POST" });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it("sends FormData as multipart with its boundary (file uploads)", async () => {
    const form = new FormData();
    form.append("channels", "C1");
    form.append("file", new Blob(["agenda"]), "agenda.txt");
    await fetch(`${base}/api/files.upload`, {
      method: "POST",
      headers: { "Content-Type": "text/plain" }, // replaced: the boundary must be the form's
      body: form,
    });
    const contentType = String(received[0]?.headers["content-type"]);
    const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(received[0]?.body).toContain(`--${boundary}`);
    expect(received[0]?.body).toContain('name="file"; filename="agenda.txt"');
    expect(received[0]?.body).toContain("agenda");
  });

  it("aborts with the caller's signal: a timeout surfaces as a TimeoutError", async () => {
    answer = () => undefined; // never answers
    const error = await fetch(`${base}/api/chat.postMessage`, {
      method: "POST",
      body: "x=1",
      signal: AbortSignal.timeout(100),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("TimeoutError");
  });

  it("does not follow a redirect: the 3xx itself comes back", async () => {
    answer = (res) => {
      res.writeHead(302, { Location: `${base}/elsewhere` });
      res.end();
    };
    const response = await fetch(`${base}/api/chat.postMessage`, { method: "POST", body: "x=1" });
    expect(response.status).toBe(302);
    expect(received.map((request) => request.method)).toEqual(["POST"]);
  });

  it("rejects a refused connection with its ECONNREFUSED code", async () => {
    const closed = `${base}`;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const error = await fetch(`${closed}/api/x`, { method: "POST", body: "" }).catch(
      (caught: unknown) => caught,
    );
    expect((error as { code?: string }).code).toBe("ECONNREFUSED");
  });
});
