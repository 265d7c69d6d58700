/**
 * Node's `IncomingMessage`/`ServerResponse` → the `Request`/`Response` pair that
 * `CloudAdapter.process` expects (an Express/Restify shape: a parsed `body`, and
 * `status`/`header`/`send`/`end`). The body is read here, with a size limit.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request, Response } from "botbuilder";

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
 * The request botbuilder reads: method, headers, parsed body.
 * @example await cloud.process(toBotRequest(req, body), toBotResponse(res), logic);
 */
export function toBotRequest(request: IncomingMessage, body: Record<string, unknown>): Request {
  return { method: request.method, headers: request.headers, body };
}

/**
 * A botbuilder `Response` over a node `ServerResponse`. Objects are sent as JSON; a 5xx
 * body is replaced by a generic text, because botbuilder puts the raw error message there.
 * @example const response = toBotResponse(res); response.status(200); response.end();
 */
export function toBotResponse(response: ServerResponse): Response {
  let status = 200;
  let body: string | undefined;
  const headers: Record<string, string> = {};
  return {
    socket: response.socket,
    status(code: unknown) {
      status = Number(code);
      return this;
    },
    header(name: unknown, value: unknown) {
      headers[String(name).toLowerCase()] = String(value);
      return this;
    },
    send(payload: unknown) {
      if (payload === undefined || payload === null) return this;
      if (typeof payload === "string" || Buffer.isBuffer(payload)) {
        body = payload.toString();
        headers["content-type"] ??= "text/plain; charset=utf-8";
      } else {
        body = JSON.stringify(payload);
        headers["content-type"] = "application/json; charset=utf-8";
      }
      return this;
    },
    end() {
      if (response.headersSent) return this;
      if (status >= 500) {
        body = "internal error";
        headers["content-type"] = "text/plain; charset=utf-8";
      }
      response.writeHead(status, headers);
      response.end(body);
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
