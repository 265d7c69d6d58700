/**
 * The question CLI copies the published programme versions from the bot's store, and nothing
 * else: the copy took the whole "programme" namespace, the console's last question with it,
 * so a separate `npm run ask` answered "when does the session end" as a follow-up of the
 * console's last question (Wed 6 Mar instead of Fri 8 Mar).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { copyPublishedProgramme } from "../../bot/ask-programme.js";
import { openStore } from "../../bot/store/index.js";

describe("copyPublishedProgramme", () => {
  it("copies the versions and the pointer, not a person's last question", async () => {
    const storeUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), "ask-copy-")), "bot.sqlite")}`;
    const source = await openStore(storeUrl);
    const programme = source.namespace("programme");
    await programme.set("current", { version: 2, at: "2024-03-05T14:00:00.000Z" });
    await programme.set("v:000001", { version: 1 });
    await programme.set("v:000002", { version: 2 });
    await programme.set("recent-query:console:me", { date: "2024-03-06" });
    await source.close();

    const target = await openStore("memory:");
    expect(await copyPublishedProgramme(storeUrl, target)).toBe(true);
    const copied = await target.namespace("programme").list("", z.unknown());
    expect(copied.map((entry) => entry.key)).toEqual(["current", "v:000001", "v:000002"]);
  });
});
