/**
 * Signed requests into the bot, as Slack sends them: `v0=` HMAC-SHA256 of
 * `v0:{timestamp}:{raw body}` with the signing secret.
 */
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";

/**
 * A signing secret for tests (32 hex characters, like Slack's).
 * @example parseSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1-2-x", SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET })
 */
export const TEST_SIGNING_SECRET = "8f742231b10e8888abcd99e1e1ab85a5";

/** The test app's bot token (what `auth.test` on the fake answers for). */
export const TEST_BOT_TOKEN = "xoxb-1000-2000-testtoken";

/** The test app's app-level token, for Socket Mode. */
export const TEST_APP_TOKEN = "xapp-1-A0APP-3000-abcdef0123456789";

/**
 * @example slackSignature(TEST_SIGNING_SECRET, 1709560800, "{}") // "v0=…"
 */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/**
 * Options of {@link postToSlackEndpoint}.
 * @example await postToSlackEndpoint(url, body, { timestamp: now - 301, retryNum: 1 } satisfies SignedRequestOptions);
 */
export interface SignedRequestOptions {
  secret?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  contentType?: string;
  /** `X-Slack-Retry-Num`. */
  retryNum?: number;
  /** Replaces the body after signing (a tampered request). */
  bodyAfterSigning?: string;
  /** Headers to drop (e.g. `x-slack-signature`). */
  omitHeaders?: string[];
  /** Extra or overriding headers. */
  headers?: Record<string, string>;
  /** Send without Content-Length (chunked). */
  chunked?: boolean;
}

/**
 * What came back.
 * @example const { status, elapsedMs }: EndpointResponse = await postToSlackEndpoint(url, body);
 */
export interface EndpointResponse {
  status: number;
  body: string;
  /** Milliseconds from sending to the end of the response. */
  elapsedMs: number;
}

/**
 * Signs and posts a body to the bot's Slack endpoint.
 * @example const { status } = await postToSlackEndpoint(url, JSON.stringify(envelope));
 */
export function postToSlackEndpoint(
  url: string,
  body: string,
  options: SignedRequestOptions = {},
): Promise<EndpointResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const sent = options.bodyAfterSigning ?? body;
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? "application/json",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": slackSignature(options.secret ?? TEST_SIGNING_SECRET, timestamp, body),
    ...(options.retryNum !== undefined
      ? { "x-slack-retry-num": String(options.retryNum), "x-slack-retry-reason": "http_timeout" }
      : {}),
    ...(options.chunked ? {} : { "content-length": String(Buffer.byteLength(sent)) }),
    ...options.headers,
  };
  for (const name of options.omitHeaders ?? []) delete headers[name];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          elapsedMs: performance.now() - started,
        }),
      );
      res.on("error", reject);
    });
    // A server may answer (413/401) and close before the whole body is written.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    if (options.chunked) {
      const size = 64 * 1024;
      for (let start = 0; start < sent.length; start += size) req.write(sent.slice(start, start + size));
      req.end();
    } else {
      req.end(sent);
    }
  });
}
