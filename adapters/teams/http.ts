/**
 * Node's `IncomingMessage`/`ServerResponse` → the `Request`/`Response` pair that
 * the Agents SDK's `CloudAdapter.process` expects (an Express-like shape: a parsed `body`,
 * the verified claims as `user`, and `status`/`setHeader`/`send`/`end`). The body is read
 * here, with a size limit.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request, WebResponse } from "@microsoft/agents-hosting";

/**
 * Largest activity accepted (Teams activities are a few kB; cards and mentions included).
 * @example await readJsonBody(request, MAX_BODY_BYTES)
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Why a body could not be read.
 * @example if (error instanceof BodyError) answer(response, error.status, error.message);
 */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = "BodyError";
  }
}

/**
 * Reads and parses a JSON object body, refusing more than `limit` bytes (413), a
 * non-JSON content type (415) or anything that is not a JSON object (400).
 * @example const activity = await readJsonBody(request);
 */
export async function readJsonBody(
  request: IncomingMessage,
  limit = MAX_BODY_BYTES,
): Promise<Record<string, unknown>> {
  const type = request.headers["content-type"] ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new BodyError(415, "expected application/json");
  const declared = Number(request.headers["content-length"] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    throw new BodyError(413, "body too large");
  }
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners("data");
        request.resume();
        reject(new BodyError(413, "body too large"));
        return;
      }
      chunks.push(chunk);
    });
    request.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.once("error", reject);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw Object.assign(new BodyError(400, "body is not valid JSON"), { cause: error });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new BodyError(400, "body is not a JSON object");
  }
  return parsed as Record<string, unknown>;
}

/**
 * The request the SDK's `CloudAdapter.process` reads: method, headers, parsed body, and
 * the verified claims as `user` (the identity of the turn).
 * @example await cloud.process(toSdkRequest(req, body, claims), toSdkResponse(res), logic);
 */
export function toSdkRequest(
  request: IncomingMessage,
  body: Record<string, unknown>,
  user: Request["user"],
): Request {
  return { method: request.method, headers: request.headers, body, user };
}

/**
 * The SDK's `WebResponse` over a node `ServerResponse`, written once, at `send()` or
 * `end()`. Objects are sent as JSON; a 5xx body is replaced by a generic text, so that no
 * error message reaches the caller.
 * @example const response = toSdkResponse(res); response.status(200).end();
 */
export function toSdkResponse(response: ServerResponse): WebResponse {
  let status = 200;
  const headers: Record<string, string> = {};
  const write = (body: string | undefined) => {
    if (response.headersSent) return;
    if (status >= 500) {
      body = "internal error";
      headers["content-type"] = "text/plain; charset=utf-8";
    }
    response.writeHead(status, headers);
    response.end(body);
  };
  return {
    get headersSent() {
      return response.headersSent;
    },
    get writableEnded() {
      return response.writableEnded;
    },
    status(code: number) {
      status = code;
      return this;
    },
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
      return this;
    },
    /** Sends and finishes the response, as Express's `send` does (the SDK's JWT middleware relies on it). */
    send(payload?: unknown) {
      if (payload === undefined || payload === null) return this;
      if (typeof payload === "string" || Buffer.isBuffer(payload)) {
        headers["content-type"] ??= "text/plain; charset=utf-8";
        write(payload.toString());
      } else {
        headers["content-type"] = "application/json; charset=utf-8";
        write(JSON.stringify(payload));
      }
      return this;
    },
    end() {
      write(undefined);
      return this;
    },
  };
}

/**
 * Writes a short plain-text answer, unless one was already sent.
 * @example answer(res, 413, "body too large");
 */
export function answer(response: ServerResponse, status: number, text: string): void {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(text);
}

/**
 * True for a caller on this machine (the only callers allowed in Emulator mode).
 * @example isLoopback("::ffff:127.0.0.1") === true
 */
export function isLoopback(remoteAddress: string | undefined): boolean {
  if (!remoteAddress) return false;
  return remoteAddress === "::1" || /^(::ffff:)?127\./.test(remoteAddress);
}
