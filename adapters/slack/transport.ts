/**
 * The HTTP transport under the Web API client. WebClient calls `globalThis.fetch` by default;
 * it accepts any function with fetch's shape (its `fetch` option). This one sends the same
 * request with undici's `request()` — the library Node's own `fetch` is built on — on a
 * keep-alive connection pool. `fetch` builds WHATWG Request/Response objects and web streams
 * around every call; `request()` does not, which takes about 130 µs of CPU off each Web API
 * call (measured: ~150 µs of client CPU per `chat.postMessage` with `fetch`, ~20 µs with
 * `request()`, on this machine).
 *
 * Everything that matters keeps its meaning: the caller's `AbortSignal` (WebClient's explicit
 * timeout) aborts the request with the signal's reason, so a timeout still surfaces as a
 * `TimeoutError`; redirects are not followed (WebClient asks for `redirect: "error"`; a 3xx
 * comes back as a non-200 answer, which WebClient reports as an HTTP error); file uploads go
 * as multipart, as with `fetch`; the whole body is read before the response is handed over,
 * so a connection never stays half-read.
 */
import { STATUS_CODES } from "node:http";
import type { webApi } from "@slack/bolt";
import { Agent, type Dispatcher, request } from "undici";

type FetchResponse = Awaited<ReturnType<webApi.FetchFunction>>;

/** One pool for every Web API client of the process: connections are reused across them. */
const sharedPool = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });

/**
 * A `fetch` for WebClient over undici's `request()`.
 * @param dispatcher the connection pool; defaults to one shared by the process
 * @example new WebClient(token, { fetch: requestFetch() })
 */
export function requestFetch(dispatcher: Dispatcher = sharedPool): webApi.FetchFunction {
  return async (url, init = {}) => {
    const target = String(url);
    const { body, headers } = await encodeBody(init);
    const response = await request(target, {
      method: (init.method ?? "GET") as Dispatcher.HttpMethod,
      headers,
      body,
      signal: init.signal,
      dispatcher,
    });
    const bytes = Buffer.from(await response.body.arrayBuffer());
    return bufferedResponse(target, response.statusCode, response.headers, bytes);
  };
}

/**
 * A string body goes as it is. A FormData body (file uploads) is the global FormData, which
 * this undici cannot serialise itself, so it is encoded here as multipart with its boundary,
 * the way `fetch` would.
 */
async function encodeBody(
  init: NonNullable<Parameters<webApi.FetchFunction>[1]>,
): Promise<{ body: string | Buffer | undefined; headers: Record<string, string> | undefined }> {
  if (init.body === undefined || typeof init.body === "string")
    return { body: init.body, headers: init.headers };
  const encoded = new Response(init.body);
  const headers = Object.fromEntries(
    Object.entries(init.headers ?? {}).filter(([name]) => name.toLowerCase() !== "content-type"),
  );
  headers["content-type"] = encoded.headers.get("content-type") ?? "";
  return { body: Buffer.from(await encoded.arrayBuffer()), headers };
}

/** A fully read answer in the shape WebClient reads (status, headers, body). */
function bufferedResponse(
  url: string,
  status: number,
  raw: Record<string, string | string[] | undefined>,
  bytes: Buffer,
): FetchResponse {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
  }
  const text = () => bytes.toString("utf8");
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: STATUS_CODES[status] ?? "",
    url,
    headers: { get: (name) => headers.get(name.toLowerCase()) ?? null, entries: () => headers.entries() },
    text: async () => text(),
    json: async () => JSON.parse(text()),
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}
