/**
 * Where sign-in links point: under PUBLIC_URL (cookies then `Secure` when it is https), and
 * in the console chat at http://localhost:PORT, the server being started on demand.
 */
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import type { ConsoleAdapter } from "../../adapters/console/index.js";
import { startBot } from "../../bot/app.js";
import { dashboardBot, linkIn, SEC, signIn } from "./support.js";

describe("sign-in link addresses", () => {
  it("under an https PUBLIC_URL the link is there and the session cookie is Secure", async () => {
    const t = await dashboardBot({ env: { PUBLIC_URL: "https://bot.example.org/" } });
    try {
      const link = linkIn(await t.say(SEC, "dashboard")) ?? "";
      expect(link).toMatch(/^https:\/\/bot\.example\.org\/dashboard\/signin\/[A-Za-z0-9_-]{43}$/);
      const { response } = await signIn(t.base, link);
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith("dashboard_session="));
      expect(cookie).toMatch(/; HttpOnly; Secure; SameSite=Strict$/);
      expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
    } finally {
      await t.stop();
    }
  });

  it("in the console, 'dashboard' starts the server on PORT and links to http://localhost:PORT", async () => {
    const input = new PassThrough();
    const bot = await startBot({
      env: {
        STORE_URL: "memory:",
        LOG_LEVEL: "silent",
        PORT: "0",
        CONSOLE_EMAIL: "sec@un.example",
        SECRETARIAT_EMAILS: "sec@un.example",
      },
      input,
    });
    const written: string[] = [];
    try {
      expect(bot.port).toBeUndefined();
      const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
        written.push(String(chunk));
        return true;
      });
      try {
        await (bot.adapters[0] as ConsoleAdapter).say("open the dashboard");
      } finally {
        spy.mockRestore();
      }
      expect(bot.port).toBeGreaterThan(0);
      const link = written.join("").match(/http:\/\/localhost:(\d+)(\/dashboard\/signin\/[A-Za-z0-9_-]{43})/);
      expect(Number(link?.[1])).toBe(bot.port);
      const { response } = await signIn(`http://127.0.0.1:${bot.port}`, `http://x${link?.[2]}`);
      expect(response.status).toBe(303);
      expect((await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status).toBe(200);
    } finally {
      input.end();
      await bot.done;
      await bot.stop();
    }
  });
});
