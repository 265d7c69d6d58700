/**
 * The Slack Web API as the adapter uses it: Bolt's WebClient with an explicit request
 * timeout and the SDK's own retries turned off (its default is 10 retries over ~30 min,
 * including 4xx), plus one small retry loop here whose policy is explicit and testable:
 *
 * - permanent failures (see {@link PERMANENT_SLACK_ERRORS}) are never retried;
 * - a 429 is retried after its `Retry-After` when that is short (≤ `maxRetryAfterMs`),
 *   otherwise thrown as a transient DeliveryError carrying `retryAfterMs` for the caller
 *   (the outbox) to pace by;
 * - 5xx and connection failures are retried with exponential backoff, at most `retries` times;
 * - a timeout is retried only for idempotent calls: `chat.postMessage` has no idempotency
 *   key, so a timed-out post is reported (`outcomeUnknown`) rather than risk a duplicate.
 */
import { webApi } from "@slack/bolt";
import type { Logger } from "../../bot/logger.js";
import { isRefused, isTimeout, SlackDeliveryError, toDeliveryError } from "./errors.js";
import { boltLogger } from "./logger.js";
import { requestFetch } from "./transport.js";

/**
 * Tuning of {@link SlackApi}; the defaults suit production.
 * @example new SlackApi({ token, apiUrl: "https://slack.com/api/", log, timeoutMs: 5_000, retries: 2 })
 */
export interface SlackApiOptions {
  token: string;
  /** Web API base URL (`SLACK_API_URL`). */
  apiUrl: string;
  log: Logger;
  /** Per-request timeout. Default 10 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 2. */
  retries?: number;
  /** First backoff for 5xx/connection failures, doubled each time. Default 500 ms. */
  backoffMs?: number;
  /** Longest `Retry-After` waited for inline. Default 5 s. */
  maxRetryAfterMs?: number;
  /** Injected for tests: how to wait. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A Web API result: `ok` plus the method's fields.
 * @example const { ts } = (await api.call("chat.postMessage", args, { idempotent: false })) as SlackResult;
 */
export type SlackResult = { ok?: boolean } & Record<string, unknown>;

/**
 * The WebClient options the adapter uses everywhere (its own client and Bolt's).
 * @example new App({ token, receiver, clientOptions: webClientOptions({ token, apiUrl, log }) });
 */
export function webClientOptions(options: SlackApiOptions): webApi.WebClientOptions {
  return {
    slackApiUrl: options.apiUrl,
    timeout: options.timeoutMs ?? 10_000,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: requestFetch(),
    logger: boltLogger(options.log.child({ component: "slack-web-api" })),
  };
}

/**
 * @example
 * const api = new SlackApi({ token: "xoxb-…", apiUrl: "https://slack.com/api/", log });
 * const { ts } = await api.call("chat.postMessage", { channel: "D1", text: "Hi" }, { idempotent: false });
 */
export class SlackApi {
  readonly web: webApi.WebClient;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** The Web API's own transport, for `response_url` posts too. */
  private readonly fetch = requestFetch();

  constructor(private readonly options: SlackApiOptions) {
    this.web = new webApi.WebClient(options.token, webClientOptions(options));
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? 500;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 5_000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Calls a Web API method under the retry policy above.
   * @throws SlackDeliveryError
   */
  async call(
    method: string,
    args: Record<string, unknown>,
    how: { idempotent: boolean },
  ): Promise<SlackResult> {
    return this.withRetries(method, how.idempotent, async () => {
      try {
        return (await this.web.apiCall(method, args)) as SlackResult;
      } catch (error) {
        throw toDeliveryError(method, error);
      }
    });
  }

  /**
   * Posts a message to a slash command's or an action's `response_url` (no token needed;
   * valid 30 minutes, 5 uses).
   * @throws SlackDeliveryError (`http_404` etc. are permanent: the URL expired or was used up)
   */
  async postToResponseUrl(url: string, body: Record<string, unknown>): Promise<void> {
    const method = "response_url";
    await this.withRetries(method, false, async () => {
      let response: Awaited<ReturnType<webApi.FetchFunction>>;
      try {
        response = await this.fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json; charset=utf-8" },
          body: JSON.stringify(body),
          redirect: "error",
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (error) {
        throw isTimeout(error)
          ? new SlackDeliveryError("timeout", method, false, { cause: error, outcomeUnknown: true })
          : new SlackDeliveryError("network", method, false, {
              cause: error,
              outcomeUnknown: !isRefused(error),
            });
      }
      const text = await response.text();
      if (response.status === 429) {
        const retryAfter = Number(response.headers.get("retry-after"));
        throw new SlackDeliveryError("ratelimited", method, false, {
          retryAfterMs: Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
        });
      }
      if (!response.ok) {
        const code = /^[a-z_]{3,40}$/.test(text.trim()) ? text.trim() : `http_${response.status}`;
        throw new SlackDeliveryError(code, method, response.status < 500);
      }
      return undefined;
    });
  }

  private async withRetries<T>(method: string, idempotent: boolean, attempt: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries += 1) {
      try {
        return await attempt();
      } catch (error) {
        const failure = error instanceof SlackDeliveryError ? error : toDeliveryError(method, error);
        const wait = this.retryDelay(failure, tries, idempotent);
        if (wait === undefined) throw failure;
        this.options.log.warn(
          { method, error: failure.slackError, waitMs: wait, attempt: tries + 1 },
          "Slack call failed; retrying",
        );
        await this.sleep(wait);
      }
    }
  }

  private retryDelay(failure: SlackDeliveryError, tries: number, idempotent: boolean): number | undefined {
    if (failure.permanent || tries >= this.retries) return undefined;
    if (failure.retryAfterMs !== undefined) {
      return failure.retryAfterMs <= this.maxRetryAfterMs ? failure.retryAfterMs : undefined;
    }
    if (failure.outcomeUnknown && !idempotent) return undefined;
    return this.backoffMs * 2 ** tries;
  }
}
