import { describe, expect, it } from "vitest";
import { loadCoreConfig } from "../../bot/config.js";
import { ConfigError } from "../../bot/errors.js";

describe("core configuration", () => {
  it("has working defaults for a fresh machine: SQLite in state/, port 3978", () => {
    const config = loadCoreConfig({});
    expect(config).toMatchObject({
      STORE_URL: "sqlite:state/bot.sqlite",
      PORT: 3978,
      LOG_LEVEL: "info",
      REMINDER_GRACE_MINUTES: 15,
      SECRETARIAT_EMAILS: [],
    });
  });

  it("normalises the Secretariat emails", () => {
    expect(loadCoreConfig({ SECRETARIAT_EMAILS: " A@UN.org, b@un.org ,," }).SECRETARIAT_EMAILS).toEqual([
      "a@un.org",
      "b@un.org",
    ]);
  });

  it("names the variable to fix when one is malformed", () => {
    expect(() => loadCoreConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadCoreConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadCoreConfig({ STORE_URL: "mysql://x" })).toThrow(
      /STORE_URL: use sqlite:<file>, memory:, or redis/,
    );
    expect(() => loadCoreConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });

  it("reads the console user's email, lowercased, and names CONSOLE_EMAIL when it is not one", () => {
    expect(loadCoreConfig({ CONSOLE_EMAIL: "Sec@UN.example" }).CONSOLE_EMAIL).toBe("sec@un.example");
    expect(loadCoreConfig({}).CONSOLE_EMAIL).toBeUndefined();
    expect(() => loadCoreConfig({ CONSOLE_EMAIL: "nope" })).toThrow(
      "CONSOLE_EMAIL: must be an email address such as secretariat@un.example",
    );
  });

  it("reads BOT_NOW as a moment with its offset, and refuses it in production", () => {
    expect(loadCoreConfig({ BOT_NOW: "2024-03-04T08:00:00-05:00" }).BOT_NOW?.toISOString()).toBe(
      "2024-03-04T13:00:00.000Z",
    );
    expect(() => loadCoreConfig({ BOT_NOW: "2024-03-04 08:00" })).toThrow(
      "BOT_NOW: must be a moment with its offset, such as 2024-03-04T08:00:00-05:00",
    );
    expect(() => loadCoreConfig({ BOT_NOW: "2024-03-04T08:00:00Z", NODE_ENV: "production" })).toThrow(
      "BOT_NOW: pretends another time and is refused when NODE_ENV=production; unset it",
    );
  });

  it("treats empty variables as unset", () => {
    expect(loadCoreConfig({ PORT: "", STORE_URL: "" })).toMatchObject({
      PORT: 3978,
      STORE_URL: "sqlite:state/bot.sqlite",
    });
  });
});
