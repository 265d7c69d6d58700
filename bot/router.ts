/**
 * The router: one middleware shape `(ctx, next)`, run in the order installed; the first
 * handler that does not call `next()` ends the turn (grammY's composer). Calling `next()`
 * twice from one middleware throws.
 */
import type { TurnContext } from "./context.js";
import type { ActionEvent, IncomingEvent, MessageEvent } from "./types.js";

/** A middleware: do something, and call `next()` to let the rest of the chain run. */
export type Middleware<E extends IncomingEvent = IncomingEvent> = (
  ctx: TurnContext<E>,
  next: () => Promise<void>,
) => Promise<void>;

/** A terminal handler for one kind of event. */
export type Handler<E extends IncomingEvent = IncomingEvent> = (ctx: TurnContext<E>) => Promise<void>;

/** Decides whether a message route applies; a RegExp match is kept on `ctx.match`. */
export type MessageMatcher = RegExp | ((text: string, ctx: TurnContext<MessageEvent>) => boolean);

/**
 * @example
 * const router = new Router();
 * router.message(/^(help|\?)$/i, showHelp);
 * router.action("rsvp:answer", recordRsvp);
 * const run = router.compose();
 */
export class Router {
  private readonly chain: Middleware[] = [];

  /** Adds a middleware for every event. */
  use(middleware: Middleware): this {
    this.chain.push(middleware);
    return this;
  }

  /** Adds a handler for messages whose (trimmed) text matches. */
  message(matcher: MessageMatcher, handler: Handler<MessageEvent>): this {
    return this.use(async (ctx, next) => {
      if (ctx.event.kind !== "message") return next();
      const messageCtx = ctx as TurnContext<MessageEvent>;
      const text = messageCtx.event.text.trim();
      if (matcher instanceof RegExp) {
        const match = text.match(matcher);
        if (!match) return next();
        messageCtx.match = match;
      } else if (!matcher(text, messageCtx)) {
        return next();
      }
      await handler(messageCtx);
    });
  }

  /** Adds a handler for card actions with this id (or matching this pattern). */
  action(actionId: string | RegExp, handler: Handler<ActionEvent>): this {
    return this.use(async (ctx, next) => {
      if (ctx.event.kind !== "action") return next();
      const id = ctx.event.actionId;
      const matches = typeof actionId === "string" ? id === actionId : actionId.test(id);
      if (!matches) return next();
      await handler(ctx as TurnContext<ActionEvent>);
    });
  }

  /** One middleware that runs the whole chain. */
  compose(): Middleware {
    return composeMiddleware([...this.chain]);
  }
}

/** Runs middlewares in order, guarding against `next()` being called twice. */
export function composeMiddleware(chain: Middleware[]): Middleware {
  return (ctx, last) => {
    let lastIndex = -1;
    const run = async (index: number): Promise<void> => {
      if (index <= lastIndex) throw new Error("next() was called more than once in one middleware");
      lastIndex = index;
      const middleware = chain[index];
      if (middleware === undefined) return last();
      await middleware(ctx, () => run(index + 1));
    };
    return run(0);
  };
}
