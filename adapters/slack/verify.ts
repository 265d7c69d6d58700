/**
 * Checks made before Bolt sees a request, on headers only (the body is not read):
 *
 * - the body may be at most {@link MAX_BODY_BYTES} (a declared larger `Content-Length` → 413;
 *   a chunked body is cut off by Bolt's `bodyLimit` at the same size → 413);
 * - `X-Slack-Signature` and `X-Slack-Request-Timestamp` must be present and well formed → else 401;
 * - the timestamp must be within {@link MAX_SKEW_SECONDS} of now **in either direction**
 *   (Bolt alone rejects only old ones) → else 401.
 *
 * Bolt then verifies the HMAC signature over the raw body (401 on mismatch).
 */
import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Logger } from "../../bot/logger.js";
import type { HttpHandler } from "../../bot/types.js";

/**
 * Largest request body accepted: 1 MiB (Slack's payloads are far smaller).
 * @example new HTTPReceiver({ signingSecret, bodyLimit: MAX_BODY_BYTES })
 */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Largest clock difference accepted, both ways: 5 minutes.
 * @example Math.abs(nowSeconds - timestamp) > MAX_SKEW_SECONDS // refused
 */
export const MAX_SKEW_SECONDS = 300;

/**
 * Why a request was refused before reaching Bolt.
 * @example const verdict: Verdict = checkSlackHeaders(request.headers, Date.now()); if (!verdict.ok) response.writeHead(verdict.status).end();
 */
export type Verdict = { ok: true } | { ok: false; status: 401 | 413; reason: string };

/**
 * Judges a request by its headers.
 * @example checkSlackHeaders({ "x-slack-request-timestamp": "1709560800", "x-slack-signature": "v0=…" }, 1709560800_000).ok
 */
export function checkSlackHeaders(headers: IncomingHttpHeaders, nowMs: number): Verdict {
  const length = headers["content-length"];
  if (length !== undefined && !(Number(length) <= MAX_BODY_BYTES)) {
    return { ok: false, status: 413, reason: `body of ${length} bytes exceeds ${MAX_BODY_BYTES}` };
  }
  const timestamp = headers["x-slack-request-timestamp"];
  const signature = headers["x-slack-signature"];
  if (typeof timestamp !== "string" || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, status: 401, reason: "missing or malformed X-Slack-Request-Timestamp" };
  }
  if (typeof signature !== "string" || !/^v0=[0-9a-f]{64}$/.test(signature)) {
    return { ok: false, status: 401, reason: "missing or malformed X-Slack-Signature" };
  }
  const skew = Math.abs(Math.floor(nowMs / 1000) - Number(timestamp));
  if (skew > MAX_SKEW_SECONDS) {
    return {
      ok: false,
      status: 401,
      reason: `timestamp is ${skew} s away from now (max ${MAX_SKEW_SECONDS})`,
    };
  }
  return { ok: true };
}

/**
 * Wraps Bolt's request listener with {@link checkSlackHeaders}.
 * @example host.route("POST", "/slack/events", guardSlackRequests(receiver.requestListener, { log }));
 */
export function guardSlackRequests(
  listener: RequestListener,
  options: { log: Logger; now?: () => number },
): HttpHandler {
  const now = options.now ?? Date.now;
  return async (request: IncomingMessage, response: ServerResponse) => {
    const verdict = checkSlackHeaders(request.headers, now());
    if (!verdict.ok) {
      options.log.warn({ status: verdict.status, reason: verdict.reason }, "Slack request refused");
      // The body is never read: it is discarded, and the connection closed after the answer.
      response.writeHead(verdict.status, { connection: "close" }).end();
      request.resume();
      return;
    }
    listener(request, response);
  };
}
