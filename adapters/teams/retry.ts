/**
 * Retries of Bot Connector calls, and the translation of their failures into the core's
 * {@link DeliveryError}.
 *
 * - 429 is retried whether or not it carries `Retry-After` (the Agents SDK's connector
 *   client retries nothing): the header's delay when given, else jittered
 *   exponential backoff. 412, 502 and 504 are retried with jittered backoff, and so is a
 *   refused connection (nothing was sent).
 * - 403 is permanent: `MessageWritesBlocked` (and `ConversationBlockedByUser`) mean the
 *   user blocked or removed the bot, recorded as "blocked"; 404 is permanent ("conversation
 *   not found"); 400 is permanent ("rejected").
 * - Attempts are bounded, and so is any single wait: a `Retry-After` longer than
 *   `maxWaitMs` is not slept through but handed back as a transient error with
 *   `retryAfterMs`, for the outbox to reschedule.
 */
import { DeliveryError } from "../../bot/errors.js";

/**
 * Why a Teams send failed, beyond permanent/transient.
 * @example if (error.reason === "blocked") delivery.status = "failed";
 */
export type TeamsFailure =
  | "blocked"
  | "not-found"
  | "rejected"
  | "unauthorized"
  | "throttled"
  | "unavailable"
  | "no-reference"
  | "failed";

/**
 * A {@link DeliveryError} that also says why, e.g. `reason: "blocked"` for 403 `MessageWritesBlocked`.
 * @example if (error instanceof TeamsDeliveryError && error.reason === "blocked") markBlocked(user);
 */
export class TeamsDeliveryError extends DeliveryError {
  constructor(
    readonly reason: TeamsFailure,
    message: string,
    permanent: boolean,
    options?: { cause?: unknown; retryAfterMs?: number; status?: number },
  ) {
    super(message, permanent, { ...options, rateLimited: options?.status === 429 });
    this.status = options?.status;
  }
  /** The HTTP status the Bot Connector answered, when it answered. */
  readonly status?: number;
}

/**
 * How retries are spaced and bounded.
 * @example createTeamsAdapter(config, { retry: { maxAttempts: 3, baseDelayMs: 100 } })
 */
export interface RetryPolicy {
  /** Total attempts, the first included. */
  maxAttempts: number;
  /** Backoff before the second attempt; doubles each time, with jitter. */
  baseDelayMs: number;
  /** Cap of one backoff. */
  maxDelayMs: number;
  /** Longest single wait (a longer `Retry-After` ends the retries). */
  maxWaitMs: number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Defaults: 5 attempts, 250 ms doubling to at most 8 s, never one wait over 30 s.
 * @example await withRetry(send, { ...DEFAULT_RETRY_POLICY, maxWaitMs: 5_000 })
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxWaitMs: 30_000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * What one failure means.
 * @example const classified = classifyFailure(error); if (classified.retry) await sleep(classified.retryAfterMs ?? 250);
 */
export type Classified =
  | { retry: true; status?: number; retryAfterMs?: number; reason: TeamsFailure; detail: string }
  | { retry: false; error: TeamsDeliveryError };

/** Statuses the Bot Framework documentation says to retry. */
const RETRIED_STATUSES = new Set([412, 429, 502, 504]);

/**
 * Reads the HTTP status, `Retry-After` and error code of the SDK's `HttpError`
 * (or anything shaped like it) and says what to do.
 * @example classifyFailure({ statusCode: 403, response: { bodyAsText: '{"error":{"code":"MessageWritesBlocked"}}' } })
 * // → { retry: false, error: TeamsDeliveryError(reason "blocked", permanent) }
 */
export function classifyFailure(error: unknown, nowMs: number = Date.now()): Classified {
  const status = statusOf(error);
  const code = errorCodeOf(error);
  const detail = `${status ?? "no response"}${code ? ` ${code}` : ""}`;
  if (status !== undefined && RETRIED_STATUSES.has(status)) {
    return {
      retry: true,
      status,
      retryAfterMs: status === 429 ? retryAfterOf(error, nowMs) : undefined,
      reason: status === 429 ? "throttled" : "unavailable",
      detail,
    };
  }
  if (status === undefined && networkCodeOf(error) === "ECONNREFUSED") {
    return { retry: true, reason: "unavailable", detail: "connection refused" };
  }
  const fail = (reason: TeamsFailure, message: string, permanent: boolean) => ({
    retry: false as const,
    error: new TeamsDeliveryError(reason, message, permanent, { cause: error, status }),
  });
  if (status === 403) {
    const blocked =
      code === undefined || /MessageWritesBlocked|ConversationBlockedByUser|BotDisabled/i.test(code);
    return fail(
      blocked ? "blocked" : "rejected",
      blocked
        ? `blocked: Teams refuses messages to this conversation (${detail}); the user blocked or removed the bot`
        : `Teams refused the message (${detail})`,
      true,
    );
  }
  if (status === 404) return fail("not-found", `conversation not found (${detail})`, true);
  if (status === 400) return fail("rejected", `Teams rejected the message as malformed (${detail})`, true);
  if (status === 401)
    return fail("unauthorized", `Teams did not accept the bot's credentials (${detail})`, false);
  return fail("failed", `Teams send failed (${detail})`, false);
}

/**
 * Runs `attempt` until it succeeds, a failure is permanent, or the policy's bounds are
 * reached; always throws a {@link TeamsDeliveryError} on failure.
 * @example const id = await withRetry(() => connector.send(activity), DEFAULT_RETRY_POLICY);
 */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  onRetry?: (info: { attempt: number; waitMs: number; detail: string }) => void,
): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    let failure: unknown;
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      failure = error;
    }
    if (failure instanceof TeamsDeliveryError) throw failure;
    const classified = classifyFailure(failure);
    if (!classified.retry) throw classified.error;
    const waitMs = backoffMs(attemptNumber, classified.retryAfterMs, policy);
    const lastAttempt = attemptNumber >= policy.maxAttempts;
    if (lastAttempt || waitMs > policy.maxWaitMs) {
      const why = lastAttempt
        ? `after ${attemptNumber} attempts`
        : `Retry-After ${Math.round(waitMs / 1000)} s is too long to wait`;
      throw new TeamsDeliveryError(
        classified.reason,
        `Teams send failed ${why} (${classified.detail})`,
        false,
        {
          cause: failure,
          status: classified.status,
          retryAfterMs: classified.retryAfterMs ?? waitMs,
        },
      );
    }
    onRetry?.({ attempt: attemptNumber, waitMs, detail: classified.detail });
    await policy.sleep(waitMs);
  }
}

/**
 * The wait before the next attempt: the server's `Retry-After` plus up to 10 % jitter,
 * else "equal jitter" exponential backoff (half fixed, half random).
 * @example backoffMs(1, undefined, { ...DEFAULT_RETRY_POLICY, random: () => 0.5 }) === 187.5
 */
export function backoffMs(
  attemptNumber: number,
  retryAfterMs: number | undefined,
  policy: RetryPolicy,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs + retryAfterMs * 0.1 * policy.random();
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptNumber - 1));
  return ceiling / 2 + (ceiling / 2) * policy.random();
}

function statusOf(error: unknown): number | undefined {
  const candidate = error as
    | { statusCode?: unknown; status?: unknown; response?: { status?: unknown } }
    | undefined;
  for (const value of [candidate?.statusCode, candidate?.response?.status, candidate?.status]) {
    if (typeof value === "number" && value >= 100 && value < 600) return value;
  }
  return undefined;
}

function headerOf(error: unknown, name: string): string | undefined {
  const headers = (error as { response?: { headers?: unknown } } | undefined)?.response?.headers;
  if (!headers || typeof headers !== "object") return undefined;
  const getter = (headers as { get?: unknown }).get;
  const value =
    typeof getter === "function"
      ? (getter as (key: string) => unknown).call(headers, name)
      : (headers as Record<string, unknown>)[name.toLowerCase()];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** `Retry-After` in ms: seconds or an HTTP date; also Azure's `retry-after-ms`. */
function retryAfterOf(error: unknown, nowMs: number): number | undefined {
  const ms = headerOf(error, "retry-after-ms") ?? headerOf(error, "x-ms-retry-after-ms");
  if (ms !== undefined && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headerOf(error, "retry-after");
  if (value === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1_000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - nowMs) : undefined;
}

function errorCodeOf(error: unknown): string | undefined {
  const candidate = error as {
    code?: unknown;
    body?: unknown;
    details?: unknown;
    response?: { bodyAsText?: unknown; parsedBody?: unknown; data?: unknown };
  };
  const bodies: unknown[] = [
    candidate?.response?.data,
    candidate?.response?.parsedBody,
    candidate?.details,
    candidate?.body,
  ];
  if (typeof candidate?.response?.bodyAsText === "string") {
    try {
      bodies.push(JSON.parse(candidate.response.bodyAsText));
    } catch {
      // Not JSON: the body carries no error code.
    }
  }
  for (const body of bodies) {
    const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
    if (typeof code === "string" && code !== "") return code;
  }
  return typeof candidate?.code === "string" && !/^[A-Z_]+$/.test(candidate.code)
    ? candidate.code
    : undefined;
}

function networkCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | undefined)?.code;
  if (typeof code === "string") return code;
  const causeCode = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof causeCode === "string" ? causeCode : undefined;
}
