/**
 * The bot killed with SIGKILL at a random point of a broadcast, and started again: the bot
 * runs as a child process (`npx tsx`) on a SQLite file in a temporary folder, the fake
 * Slack Web API runs here; afterwards the fake's received messages are compared with the
 * delivery records.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../../bot/store/index.js";
import { broadcastSchema } from "../../handlers/broadcast/schema.js";
import { deliverySchema } from "../../schedules/delivery.js";
import { startFakeSlack } from "../support/fake-slack/api.js";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "../support/fake-slack/sign.js";
import { SECRETARIAT_EMAIL } from "./support/core.js";
import { startChildBot } from "./support/start-child-bot.js";

const COUNT = 1_000;
const CONCURRENCY = 8;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const startBot = (env: Record<string, string>) => startChildBot(env, cleanups);

describe("broadcast: killed with SIGKILL and started again", () => {
  it("everyone gets it; duplicates only among the sends in flight, and those are marked uncertain", {
    timeout: 180_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "broadcast-crash-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const fake = await startFakeSlack({
      team: "T0TEAM",
      users: [
        { id: "USEC", name: "sec", profile: { email: SECRETARIAT_EMAIL } },
        ...Array.from({ length: COUNT }, (_, i) => ({
          id: `U${String(i).padStart(5, "0")}`,
          name: `person${i}`,
        })),
      ],
    });
    cleanups.push(() => fake.close());
    const env = {
      STORE_URL: `sqlite:${join(dir, "bot.sqlite")}`,
      LOG_LEVEL: "warn",
      SECRETARIAT_EMAILS: SECRETARIAT_EMAIL,
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PEOPLE_COUNT: String(COUNT),
      OUTBOX_CONCURRENCY: String(CONCURRENCY),
      BROADCAST_TEXT: "Crash test notice",
    };
    const recipientPosts = () =>
      fake
        .callsTo("chat.postMessage")
        .filter(
          (call) => call.args.channel !== "DUSEC" && String(call.args.text).includes("Crash test notice"),
        );

    // First run: killed once a random share (10–90 %) of the messages has reached Slack.
    const killAt = Math.floor(COUNT * (0.1 + Math.random() * 0.8));
    const first = startBot({ ...env, BROADCAST_MODE: "compose" });
    const deadline = Date.now() + 120_000;
    while (recipientPosts().length < killAt) {
      if (Date.now() > deadline || first.child.exitCode !== null)
        throw new Error(`first run: ${first.output()} ${first.errors()}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    process.kill(-(first.child.pid ?? 0), "SIGKILL");
    await first.exited;
    const beforeRestart = recipientPosts().length;
    expect(beforeRestart).toBeGreaterThanOrEqual(killAt);
    expect(beforeRestart).toBeLessThan(COUNT);

    // Second run on the same file: resumes where the first stopped.
    const second = startBot({ ...env, BROADCAST_MODE: "resume" });
    const code = await Promise.race([
      second.exited,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 120_000)),
    ]);
    expect({ output: second.output(), code }).toMatchObject({
      output: expect.stringMatching(/^ticking\nfinished [0-9a-f]{8}\n$/),
    });
    expect(code).toBe(0);

    const store = await openStore(env.STORE_URL);
    cleanups.push(() => store.close());
    const [broadcast] = await store.namespace("broadcast").list("broadcast:", broadcastSchema);
    const records = (
      await store.namespace("outbox").list(`delivery:broadcast:${broadcast?.value.id}/`, deliverySchema)
    ).map((entry) => entry.value);
    expect(records).toHaveLength(COUNT);

    const received = new Map<string, number>();
    for (const call of recipientPosts())
      received.set(String(call.args.channel), (received.get(String(call.args.channel)) ?? 0) + 1);
    // Everyone got it.
    expect(received.size).toBe(COUNT);
    expect(records.every((record) => record.status === "sent" || record.status === "uncertain")).toBe(true);
    // Duplicates only among the sends in flight at the kill, and each of those is marked uncertain.
    const channelOf = (recipient: string) => `D${recipient.slice(recipient.indexOf("@") + 1)}`;
    const uncertain = new Set(
      records.filter((record) => record.status === "uncertain").map((record) => channelOf(record.recipient)),
    );
    const duplicated = [...received].filter(([, n]) => n > 1).map(([channel]) => channel);
    expect([...received.values()].every((n) => n <= 2)).toBe(true);
    expect(duplicated.every((channel) => uncertain.has(channel))).toBe(true);
    expect(uncertain.size).toBeLessThanOrEqual(CONCURRENCY);
    // The report says so.
    const report = fake
      .callsTo("chat.postMessage")
      .find((call) => String(call.args.text).includes(`Broadcast ${broadcast?.value.id}: finished`));
    expect(String(report?.args.text)).toContain(`Sent, possibly twice (after a restart): ${uncertain.size}`);
    process.stdout.write(
      `crash test: killed after ${beforeRestart} of ${COUNT} posts; ${uncertain.size} uncertain, ${duplicated.length} received twice\n`,
    );
  });
});
