/**
 * SMTP failures → the core's {@link DeliveryError}: a permanent rejection (5xx, except 503)
 * marks the address undeliverable and is never retried; a 4xx reply or a lost connection is
 * retried by the outbox with backoff. A timeout after the message went out may have
 * delivered it (`outcomeUnknown`).
 */
import { DeliveryError } from "../../bot/errors.js";

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  permanent?: boolean;
  command?: string;
}

/**
 * @example toEmailDeliveryError(Object.assign(new Error("x"), { responseCode: 550, response: "550 5.1.1 no such user" })).permanent === true
 */
export function toEmailDeliveryError(error: unknown): DeliveryError {
  const failure = (typeof error === "object" && error !== null ? error : {}) as SmtpFailure;
  const reply = failure.response?.trim().slice(0, 200);
  if (failure.responseCode !== undefined) {
    const permanent = failure.permanent ?? (failure.responseCode >= 500 && failure.responseCode !== 503);
    const what = permanent
      ? "undeliverable: the mail server refused it"
      : "the mail server asked to try later";
    return new DeliveryError(`E-mail ${what} (${reply ?? failure.responseCode})`, permanent, {
      cause: error,
    });
  }
  const timedOutAfterData = failure.code === "ETIMEDOUT" && failure.command === "DATA";
  return new DeliveryError(
    `E-mail not sent: ${failure.code ?? "error"} ${error instanceof Error ? error.message : String(error)}`,
    false,
    { cause: error, outcomeUnknown: timedOutAfterData },
  );
}
