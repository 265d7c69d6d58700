/**
 * The router: one middleware shape `(ctx, next)`, run in the order installed; the first
 * handler that does not call `next()` ends the turn (grammY's composer). Calling `next()`
 * twice from one middleware throws.
 */

import type { TurnContext } from "./context.js";
import { beginInLocale } from "./language/current.js";
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
  private readonly chain: Link[] = [];

  /**
   * Adds a middleware for every event, or, given `applies`, only for the turns it accepts.
   * `applies` is synchronous and cheap (a kind check, a pattern): the turns it refuses pass
   * the middleware by in the chain's loop, as routes that do not apply do, with no promise or
   * `next` closure made for them. Most middlewares act on few messages: a message passes a
   * dozen of them on its way to the programme's answers.
   * @example router.use(async (ctx, next) => …, (ctx) => ctx.event.kind === "message" && SEND_INVITATIONS.test(ctx.event.text))
   */
  use(middleware: Middleware, applies?: (ctx: TurnContext) => boolean): this {
    this.chain.push(applies ? { applies, middleware } : middleware);
    return this;
  }

  /**
   * Adds a middleware for the messages `applies` accepts ({@link use} with what it applies to):
   * other messages and every action pass it by.
   * @example router.useOnMessages((ctx) => SEND_INVITATIONS.test(ctx.event.text), async (ctx, next) => …)
   */
  useOnMessages(
    applies: (ctx: TurnContext<MessageEvent>) => boolean,
    middleware: Middleware<MessageEvent>,
  ): this {
    return this.use(
      middleware as Middleware,
      (ctx) => ctx.event.kind === "message" && applies(ctx as TurnContext<MessageEvent>),
    );
  }

  /** Adds a handler for messages whose (trimmed) text matches. */
  message(matcher: MessageMatcher, handler: Handler<MessageEvent>): this {
    this.chain.push({
      route(ctx) {
        if (ctx.event.kind !== "message") return undefined;
        const messageCtx = ctx as TurnContext<MessageEvent>;
        const text = messageCtx.event.text.trim();
        if (matcher instanceof RegExp) {
          const match = text.match(matcher);
          if (!match) return undefined;
          messageCtx.match = match;
        } else if (!matcher(text, messageCtx)) {
          return undefined;
        }
        return handler(messageCtx);
      },
    });
    return this;
  }

  /** Adds a handler for card actions with this id (or matching this pattern). */
  action(actionId: string | RegExp, handler: Handler<ActionEvent>): this {
    this.chain.push({
      route(ctx) {
        if (ctx.event.kind !== "action") return undefined;
        const id = ctx.event.actionId;
        const matches = typeof actionId === "string" ? id === actionId : actionId.test(id);
        return matches ? handler(ctx as TurnContext<ActionEvent>) : undefined;
      },
    });
    return this;
  }

  /** One middleware that runs the whole chain. */
  compose(): Middleware {
    return composeChain([...this.chain]);
  }
}

/**
 * A link of the chain: a middleware; a route that says synchronously whether it takes
 * the turn (returning its handler's promise) or passes it on (`undefined`); or a middleware
 * with the test of the turns it applies to. Routes and middlewares that do not apply are
 * skipped in a plain loop: a message passes dozens of them, and each middleware level would
 * cost promises and a closure.
 */
type Link =
  | Middleware
  | { route(ctx: TurnContext): Promise<void> | undefined; applies?: undefined }
  | { applies(ctx: TurnContext): boolean; middleware: Middleware };

/** Runs middlewares in order, guarding against `next()` being called twice. */
export function composeMiddleware(chain: Middleware[]): Middleware {
  return composeChain(chain);
}

function composeChain(chain: readonly Link[]): Middleware {
  return (ctx, last) => {
    let lastIndex = -1;
    const run = (index: number): Promise<void> => {
      if (index <= lastIndex) {
        return Promise.reject(new Error("next() was called more than once in one middleware"));
      }
      try {
        // Every link renders in the turn's language up to its first await (see beginInLocale):
        // one scope over the synchronous walk, rather than one per link (a message passes some
        // 80 routes; `next()` opens its own scope when a middleware calls it).
        return beginInLocale(ctx.locale, () => {
          for (let at = index; at < chain.length; at += 1) {
            const link = chain[at] as Link;
            lastIndex = at;
            if (typeof link === "function") return link(ctx, () => run(at + 1));
            if (link.applies !== undefined) {
              if (link.applies(ctx)) return link.middleware(ctx, () => run(at + 1));
              continue;
            }
            const handled = link.route(ctx);
            if (handled !== undefined) return handled;
          }
          lastIndex = chain.length;
          return last();
        });
      } catch (error) {
        // A matcher or handler that throws before returning a promise fails the turn the same way.
        return Promise.reject(error);
      }
    };
    return run(0);
  };
}
