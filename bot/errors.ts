/**
 * The bot's small family of typed errors. Each has a stable `code` (for logs and tests)
 * and an optional `cause`. A user never sees a stack trace: the pipeline's one global
 * catch logs the error and replies with {@link userMessageFor}.
 */

/** Base class: a stable machine-readable code plus a message. */
export class BotError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Input a user typed or clicked was not acceptable. Its message is written for the user
 * and is shown as it is.
 * @example throw new InputError("The phone number must include a country code, e.g. +41 22 917 1234.");
 */
export class InputError extends BotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("INPUT", message, options);
  }
}

/** The user may not do this. The message is shown to the user and reveals nothing more. */
export class ForbiddenError extends BotError {
  constructor(message = "Sorry, only the Secretariat can do that.", options?: { cause?: unknown }) {
    super("FORBIDDEN", message, options);
  }
}

/** Configuration is missing or malformed; the message names the variable to set. */
export class ConfigError extends BotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("CONFIG", message, options);
  }
}

/**
 * What the user asked for collided with a change made at the same moment by someone else,
 * and was not done. The message, written for the user, says so and what to do.
 * @example throw new ConflictError("The directory changed while it was being imported. Nothing was imported; please import it again.");
 */
export class ConflictError extends BotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("CONFLICT", message, options);
  }
}

/** The store failed (unreachable, corrupt record). Never read as "absent". */
export class StoreError extends BotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("STORE", message, options);
  }
}

/**
 * A platform refused or failed a send. `permanent` failures (unknown user, bot blocked)
 * must not be retried; the others may be.
 */
export class DeliveryError extends BotError {
  constructor(
    message: string,
    readonly permanent: boolean,
    options?: { cause?: unknown; retryAfterMs?: number; outcomeUnknown?: boolean; rateLimited?: boolean },
  ) {
    super(permanent ? "DELIVERY_PERMANENT" : "DELIVERY_TRANSIENT", message, options);
    this.retryAfterMs = options?.retryAfterMs;
    this.outcomeUnknown = options?.outcomeUnknown === true;
    this.rateLimited = options?.rateLimited === true;
  }
  /** How long to wait before trying again, when the platform said (`Retry-After`). */
  readonly retryAfterMs?: number;
  /** The request may have reached the platform (a timeout): a retry may duplicate it. */
  readonly outcomeUnknown: boolean;
  /**
   * The platform turned the send away for its rate limit (HTTP 429): nothing is wrong with
   * the message. The outbox does not count it against the delivery's attempts, and holds
   * the platform's other sends for `retryAfterMs`.
   */
  readonly rateLimited: boolean;
}

/** The message a user sees for an error thrown while handling their turn. */
export function userMessageFor(error: unknown): string {
  if (error instanceof InputError || error instanceof ForbiddenError || error instanceof ConflictError) {
    return error.message;
  }
  if (error instanceof StoreError) {
    return "Sorry, I can't reach my records right now. Nothing was changed; please try again in a minute.";
  }
  return "Sorry, something went wrong on my side. Nothing was changed; please try again.";
}
