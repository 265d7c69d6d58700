/**
 * Slack Web API failures → the core's {@link DeliveryError}: permanent when retrying cannot
 * help (unknown user or channel, archived, not a member, deactivated account, bad token,
 * missing scope, malformed message), transient otherwise, with `retryAfterMs` from a 429.
 */
import { webApi } from "@slack/bolt";
import { DeliveryError } from "../../bot/errors.js";

/**
 * Slack `error` codes after which a retry is pointless.
 * @example PERMANENT_SLACK_ERRORS.has("channel_not_found") === true
 */
export const PERMANENT_SLACK_ERRORS: ReadonlySet<string> = new Set([
  "user_not_found",
  "users_not_found",
  "channel_not_found",
  "is_archived",
  "not_in_channel",
  "account_inactive",
  "user_disabled",
  "cannot_dm_bot",
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "no_permission",
  "missing_scope",
  "not_allowed_token_type",
  "restricted_action",
  "restricted_action_read_only_channel",
  "restricted_action_thread_only_channel",
  "restricted_action_non_threadable_channel",
  "team_access_not_granted",
  "ekm_access_denied",
  "org_login_required",
  "invalid_blocks",
  "invalid_blocks_format",
  "invalid_arguments",
  "invalid_arg_name",
  "msg_too_long",
  "no_text",
  "too_many_attachments",
  "message_not_found",
  "cant_update_message",
  "edit_window_closed",
  "expired_trigger_id",
  "invalid_trigger_id",
  "view_too_large",
  "not_found",
  "app_missing_action_url",
  "expired_url",
  "used_url",
]);

/**
 * Slack `error` codes worth retrying later. Unknown codes are treated as permanent.
 * @example TRANSIENT_SLACK_ERRORS.has("internal_error") === true
 */
export const TRANSIENT_SLACK_ERRORS: ReadonlySet<string> = new Set([
  "ratelimited",
  "rate_limited",
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
  "team_added_to_org",
]);

/**
 * A failed Slack call: the core's DeliveryError plus Slack's own code and what was called.
 * @example throw new SlackDeliveryError("is_archived", "chat.postMessage", true);
 */
export class SlackDeliveryError extends DeliveryError {
  constructor(
    /** Slack's `error` (`"channel_not_found"`), or `"timeout"`, `"network"`, `"http_503"`. */
    readonly slackError: string,
    readonly method: string,
    permanent: boolean,
    options: { cause?: unknown; retryAfterMs?: number; outcomeUnknown?: boolean } = {},
  ) {
    super(
      `Slack ${method} failed: ${slackError}${options.outcomeUnknown ? " (it may or may not have been delivered)" : ""}`,
      permanent,
      { ...options, rateLimited: slackError === "ratelimited" },
    );
  }
}

interface CodedError {
  code?: unknown;
  data?: { error?: unknown; response_metadata?: { retryAfter?: unknown } };
  retryAfter?: unknown;
  statusCode?: unknown;
  original?: unknown;
}

/**
 * Maps anything a WebClient call threw.
 * @example toDeliveryError("chat.postMessage", error).permanent // true for channel_not_found
 */
export function toDeliveryError(method: string, error: unknown): SlackDeliveryError {
  if (error instanceof SlackDeliveryError) return error;
  const coded = (typeof error === "object" && error !== null ? error : {}) as CodedError;
  const { ErrorCode } = webApi;
  switch (coded.code) {
    case ErrorCode.PlatformError: {
      const slackError = typeof coded.data?.error === "string" ? coded.data.error : "unknown_error";
      const retryAfter = Number(coded.data?.response_metadata?.retryAfter);
      const transient = TRANSIENT_SLACK_ERRORS.has(slackError);
      return new SlackDeliveryError(slackError, method, !transient, {
        cause: error,
        retryAfterMs: transient && Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
      });
    }
    case ErrorCode.RateLimitedError:
      return new SlackDeliveryError("ratelimited", method, false, {
        cause: error,
        retryAfterMs: Number(coded.retryAfter) * 1000,
      });
    case ErrorCode.HTTPError: {
      const status = Number(coded.statusCode);
      return new SlackDeliveryError(`http_${status}`, method, status >= 400 && status < 500, {
        cause: error,
      });
    }
    case ErrorCode.RequestError:
      return isTimeout(coded.original)
        ? new SlackDeliveryError("timeout", method, false, { cause: error, outcomeUnknown: true })
        : new SlackDeliveryError("network", method, false, {
            cause: error,
            outcomeUnknown: !isRefused(coded.original),
          });
    default:
      return isTimeout(error)
        ? new SlackDeliveryError("timeout", method, false, { cause: error, outcomeUnknown: true })
        : new SlackDeliveryError("unexpected", method, false, { cause: error, outcomeUnknown: true });
  }
}

/**
 * True for an aborted-by-timeout fetch (`AbortSignal.timeout`).
 * @example isTimeout(new DOMException("timed out", "TimeoutError")) === true
 */
export function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

/**
 * True when the connection was refused: the request certainly did not arrive.
 * @example isRefused(new TypeError("fetch failed", { cause: Object.assign(new Error(), { code: "ECONNREFUSED" }) })) === true
 */
export function isRefused(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    if ((current as { code?: unknown }).code === "ECONNREFUSED") return true;
    current = current.cause;
  }
  return false;
}
