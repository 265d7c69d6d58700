/**
 * Bad input never crashes the bot: every message, however odd, gets exactly one helpful
 * answer through the real pipeline and modules, and none leaks internals.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_MESSAGE_LENGTH } from "../../handlers/input-guard.js";
import { directBot } from "../support/direct-bot.js";

const bot = directBot;

const LEAKS =
  /(at \S+\.(ts|js):\d+|TypeError|ReferenceError|undefined is not|\[object Object\]|NaN|Invalid Date)/;

describe("bad input", () => {
  it.each([
    ["empty", ""],
    ["whitespace", "   \n\t  "],
    ["10 KB", "what's on Thursday? ".repeat(520)],
    ["emoji only", "🎉🙏🏽🇸🇬"],
    ["control characters", "\u0000\u0007what's\u001b[31m next\u0008?"],
    ["SQL", "'; DROP TABLE rsvp; --"],
    ["HTML", '<script>alert("x")</script><img src=x onerror=alert(1)>'],
    ["right-to-left and zero-width", "\u202ewhat's\u200b on\u2060 today"],
    ["lone surrogate", "what's on \ud800 Monday"],
  ])("answers %s input with one helpful reply", async (_name, text) => {
    const { say } = await bot();
    const replies = await say(text);
    expect(replies).toHaveLength(1);
    const [reply = ""] = replies;
    expect(reply.length).toBeGreaterThan(10);
    expect(reply).not.toMatch(LEAKS);
    expect(reply).not.toContain("<script>");
  });

  it("says exactly why a very long message is not read", async () => {
    const { say } = await bot();
    const [reply] = await say("a".repeat(10_240));
    expect(reply).toBe(
      `That message is 10,240 characters long; I read up to ${MAX_MESSAGE_LENGTH.toLocaleString("en-US")}. Please ask one short question, e.g. "what's on Thursday afternoon?".`,
    );
    const [broadcast] = await say(`broadcast to everyone: ${"b".repeat(1_200)}`);
    expect(broadcast).toBe(
      'That message is 1,223 characters long; I read up to 1,000. For a longer broadcast, type "broadcast" alone and use the form (up to 3,000 characters).',
    );
  });

  it("refuses a message holding control characters, saying which and where, and still answers one without", async () => {
    const { say } = await bot();
    const [reply] = await say("\u0000What's on\u0007 Tuesday afternoon?\u001f");
    expect(reply).toMatch(/^That message contains the invisible character U\+0000 \(NUL\) at character 1\./);
    const [answer] = await say("What's on Tuesday afternoon?");
    expect(answer).toMatch(/international law/i);
  });

  it("never throws and always answers once, for arbitrary text (property)", async () => {
    const { say } = await bot();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ maxLength: 120, unit: "binary" })),
        async (text) => {
          const replies = await say(text);
          expect(replies).toHaveLength(1);
          expect(replies[0]).not.toMatch(LEAKS);
        },
      ),
      { numRuns: 300 },
    );
  });
});
