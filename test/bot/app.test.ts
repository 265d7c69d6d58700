/**
 * The composition root in console mode (no platform credentials): the HTTP server runs
 * only when PUBLIC_URL says where it is reachable (for calendar feeds).
 */
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import type { ConsoleAdapter } from "../../adapters/console/index.js";
import { startBot } from "../../bot/app.js";

async function consoleBot(env: Record<string, string>) {
  const input = new PassThrough();
  const bot = await startBot({
    env: { STORE_URL: "memory:", LOG_LEVEL: "silent", PORT: "0", ...env },
    input,
  });
  return {
    bot,
    async stop() {
      input.end();
      await bot.done;
      await bot.stop();
    },
  };
}

describe("startBot in console mode", () => {
  it("starts no HTTP server without PUBLIC_URL", async () => {
    const { bot, stop } = await consoleBot({});
    expect([bot.adapters.map((adapter) => adapter.name), bot.port]).toEqual([["console"], undefined]);
    await stop();
  });

  it("serves /healthz and the calendar feed behind the link the console user is given when PUBLIC_URL is set", async () => {
    const { bot, stop } = await consoleBot({ PUBLIC_URL: "http://localhost:3978" });
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await (bot.adapters[0] as ConsoleAdapter).say("calendar link");
    } finally {
      spy.mockRestore();
    }
    const path = /http:\/\/localhost:3978(\/calendar\/\S+\.ics)/.exec(written.join(""))?.[1];
    const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    const feed = await fetch(`http://127.0.0.1:${bot.port}${path}`);
    const ics = await feed.text();
    await health.text();
    await stop();
    expect(health.status).toBe(200);
    expect(feed.status).toBe(200);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
  });
});
