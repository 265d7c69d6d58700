/**
 * The core pipeline every adapter dispatches into: self-filtering, atomic de-duplication,
 * the turn context, the router, and the one global catch.
 */

import type { Clock } from "./clock.js";
import { type TurnContext, toOutgoing } from "./context.js";
import { ConflictError, ForbiddenError, InputError, userMessageFor } from "./errors.js";
import type { Logger } from "./logger.js";
import type { Messenger } from "./messenger.js";
import type { Middleware } from "./router.js";
import type { Store } from "./store/port.js";
import { type EventSink, type IncomingEvent, platformOf } from "./types.js";

/** How long an event id is remembered: Slack retries for ~5 min, Teams re-sends after 15 s. */
export const DEDUPE_TTL_MS = 60 * 60 * 1000;

/** What the pipeline needs. */
export interface PipelineDeps {
  handler: Middleware;
  store: Store;
  clock: Clock;
  log: Logger;
  messenger: Messenger;
}

/**
 * Builds the sink adapters dispatch into.
 * @example const sink = createPipeline({ handler: router.compose(), store, clock, log, messenger });
 */
export function createPipeline(deps: PipelineDeps): EventSink {
  const dedupe = deps.store.namespace("dedupe");
  return {
    async dispatch(event: IncomingEvent): Promise<void> {
      if (event.user.isMe || event.user.isBot) return;
      const ctx = createTurnContext(event, deps);
      try {
        const firstTime = await dedupe.setIfAbsent(
          `${platformOf(event.user.id)}:${event.id}`,
          1,
          DEDUPE_TTL_MS,
        );
        if (!firstTime) {
          ctx.log.debug("duplicate event ignored");
          return;
        }
        await deps.handler(ctx, async () => undefined);
      } catch (error) {
        // A refused input is the bot working as intended: noted, not an error with a stack.
        if (
          error instanceof InputError ||
          error instanceof ForbiddenError ||
          error instanceof ConflictError
        ) {
          ctx.log.info({ code: error.code, reason: error.message }, "turn refused");
        } else {
          ctx.log.error({ err: error }, "turn failed");
        }
        await ctx.reply(userMessageFor(error)).catch((replyError: unknown) => {
          ctx.log.error({ err: replyError }, "could not tell the user about the failure");
        });
      }
    },
  };
}

/**
 * The turn's context. Its logger, a child carrying the event id, is made when first used:
 * most turns log nothing, and a child logger costs its bindings on every message.
 */
function createTurnContext(event: IncomingEvent, deps: PipelineDeps): TurnContext {
  let log: Logger | undefined;
  const ctx: TurnContext = {
    event,
    user: event.user,
    address: event.address,
    timeZone: event.user.timeZone,
    locale: "en",
    now: () => deps.clock.now(),
    reply: (message) => deps.messenger.send(event.address, toOutgoing(message, ctx.locale)),
    replyPrivately: (message) =>
      event.isDirect
        ? deps.messenger.send(event.address, toOutgoing(message, ctx.locale))
        : deps.messenger.sendDirect(event.user.id, toOutgoing(message, ctx.locale)),
    store: deps.store,
    get log() {
      log ??= deps.log.child({ eventId: event.id, kind: event.kind, user: event.user.id });
      return log;
    },
    roles: ["delegate"],
  };
  return ctx;
}
