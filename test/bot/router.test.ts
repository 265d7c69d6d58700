import { describe, expect, it } from "vitest";
import type { TurnContext } from "../../bot/context.js";
import { silentLogger } from "../../bot/logger.js";
import { composeMiddleware, type Middleware, Router } from "../../bot/router.js";
import { openStore } from "../../bot/store/index.js";
import type { IncomingEvent } from "../../bot/types.js";

const user = { id: "test:u1", displayName: "U1", isBot: false, isMe: false } as const;

async function contextFor(event: IncomingEvent, replies: string[]): Promise<TurnContext> {
  return {
    event,
    user,
    address: event.address,
    timeZone: undefined,
    locale: "en",
    now: () => new Date("2024-03-04T13:00:00Z"),
    reply: async (message) => {
      replies.push(typeof message === "string" ? message : message.text);
      return { address: event.address, messageId: String(replies.length) };
    },
    replyPrivately: async () => ({ address: event.address, messageId: "p" }),
    store: await openStore("memory:"),
    log: silentLogger(),
    roles: ["delegate"],
  };
}

const message = (text: string): IncomingEvent => ({
  kind: "message",
  id: "e1",
  text,
  user,
  address: "test:c1",
  isDirect: true,
});

describe("router", () => {
  it("runs middleware in order and stops at the first handler that answers", async () => {
    const seen: string[] = [];
    const router = new Router()
      .use(async (_ctx, next) => {
        seen.push("log");
        await next();
      })
      .message(/^help$/i, async (ctx) => {
        seen.push("help");
        await ctx.reply("help text");
      })
      .message(/.*/, async () => {
        seen.push("fallback");
      });
    const replies: string[] = [];
    await router.compose()(await contextFor(message("HELP"), replies), async () => undefined);
    expect(seen).toEqual(["log", "help"]);
    expect(replies).toEqual(["help text"]);
  });

  it("keeps the regex match on the context", async () => {
    let captured: string | undefined;
    const router = new Router().message(/^remind me (\d+) minutes before$/i, async (ctx) => {
      captured = ctx.match?.[1];
    });
    await router.compose()(
      await contextFor(message("remind me 15 minutes before"), []),
      async () => undefined,
    );
    expect(captured).toBe("15");
  });

  it("routes actions by id or pattern and ignores messages for them", async () => {
    const seen: string[] = [];
    const router = new Router()
      .action("rsvp:answer", async (ctx) => {
        seen.push(`exact:${ctx.event.value}`);
      })
      .action(/^poc:/, async (ctx) => {
        seen.push(`pattern:${ctx.event.actionId}`);
      })
      .use(async () => {
        seen.push("end");
      });
    const action = (actionId: string): IncomingEvent => ({
      kind: "action",
      id: "a",
      actionId,
      value: "yes",
      user,
      address: "test:c1",
      isDirect: true,
    });
    const run = router.compose();
    await run(await contextFor(action("rsvp:answer"), []), async () => undefined);
    await run(await contextFor(action("poc:confirm"), []), async () => undefined);
    await run(await contextFor(action("other"), []), async () => undefined);
    await run(await contextFor(message("rsvp:answer"), []), async () => undefined);
    expect(seen).toEqual(["exact:yes", "pattern:poc:confirm", "end", "end"]);
  });

  it("throws when a middleware calls next() twice", async () => {
    const twice: Middleware = async (_ctx, next) => {
      await next();
      await next();
    };
    const run = composeMiddleware([twice, async () => undefined]);
    await expect(run(await contextFor(message("x"), []), async () => undefined)).rejects.toThrow(
      /next\(\) was called more than once/,
    );
  });

  it("throws when a middleware calls next() twice even when routes that do not apply lie in between", async () => {
    const router = new Router()
      .use(async (_ctx, next) => {
        await next();
        await next();
      })
      .message(/^never$/, async () => undefined)
      .action("never", async () => undefined);
    await expect(router.compose()(await contextFor(message("x"), []), async () => undefined)).rejects.toThrow(
      /next\(\) was called more than once/,
    );
  });

  it("a matcher that throws fails the turn through its promise, and later routes do not run", async () => {
    let later = false;
    const router = new Router()
      .message(
        () => {
          throw new Error("bad matcher");
        },
        async () => undefined,
      )
      .use(async () => {
        later = true;
      });
    const outcome = router.compose()(await contextFor(message("x"), []), async () => undefined);
    expect(outcome).toBeInstanceOf(Promise);
    await expect(outcome).rejects.toThrow("bad matcher");
    expect(later).toBe(false);
  });

  it("calls the final continuation when every middleware passes", async () => {
    let reachedEnd = false;
    const run = composeMiddleware([async (_ctx, next) => next()]);
    await run(await contextFor(message("x"), []), async () => {
      reachedEnd = true;
    });
    expect(reachedEnd).toBe(true);
  });
  it("runs a middleware given what it applies to only on those turns, and the rest of the chain either way", async () => {
    const seen: string[] = [];
    const router = new Router()
      .use(
        async (ctx, next) => {
          seen.push(`gated:${ctx.event.kind === "message" ? ctx.event.text : ""}`);
          await next();
        },
        (ctx) => ctx.event.kind === "message" && ctx.event.text.startsWith("send"),
      )
      .use(async (ctx) => {
        seen.push(`end:${ctx.event.kind === "message" ? ctx.event.text : ""}`);
      });
    const run = router.compose();
    await run(await contextFor(message("send invitations"), []), async () => undefined);
    await run(await contextFor(message("what's on?"), []), async () => undefined);
    expect(seen).toEqual(["gated:send invitations", "end:send invitations", "end:what's on?"]);
  });

  it("throws when a middleware given what it applies to calls next() twice", async () => {
    const router = new Router()
      .use(
        async (_ctx, next) => {
          await next();
          await next();
        },
        () => true,
      )
      .message(/^never$/, async () => undefined);
    await expect(router.compose()(await contextFor(message("x"), []), async () => undefined)).rejects.toThrow(
      /next\(\) was called more than once/,
    );
  });
});
