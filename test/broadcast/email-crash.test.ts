/**
 * An e-mail broadcast to 500 people who never wrote to the bot, the bot killed with SIGKILL
 * in the middle and started again: the bot runs as a child process on a SQLite file, a real
 * SMTP server runs here and captures the mail. Everyone gets exactly one copy, except at
 * most the sends in flight at the kill, which are flagged uncertain.
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
import { startSmtpServer } from "../support/smtp-server.js";
import { SECRETARIAT_EMAIL } from "./support/core.js";
import { startChildBot } from "./support/start-child-bot.js";

const COUNT = 500;
const CONCURRENCY = 8;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const startBot = (env: Record<string, string>) => startChildBot(env, cleanups);

describe("e-mail broadcast: killed with SIGKILL and started again", () => {
  it("everyone gets one copy; only the sends in flight may arrive twice, and those are flagged", {
    timeout: 180_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "email-crash-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const smtp = await startSmtpServer();
    cleanups.push(() => smtp.close());
    const fake = await startFakeSlack({
      team: "T0TEAM",
      users: [{ id: "USEC", name: "sec", profile: { email: SECRETARIAT_EMAIL } }],
    });
    cleanups.push(() => fake.close());
    const env = {
      STORE_URL: `sqlite:${join(dir, "bot.sqlite")}`,
      LOG_LEVEL: "warn",
      SECRETARIAT_EMAILS: SECRETARIAT_EMAIL,
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SMTP_URL: smtp.url,
      MAIL_FROM: "Secretariat <sec@un.org>",
      PEOPLE_COUNT: String(COUNT),
      PEOPLE_CHANNEL: "email",
      OUTBOX_CONCURRENCY: String(CONCURRENCY),
      BROADCAST_TEXT: "E-mail crash test notice",
    };
    const killAt = Math.floor(COUNT * (0.1 + Math.random() * 0.8));
    const first = startBot({ ...env, BROADCAST_MODE: "compose" });
    const deadline = Date.now() + 120_000;
    while (smtp.messages.length < killAt) {
      if (Date.now() > deadline || first.child.exitCode !== null)
        throw new Error(`first run: ${first.all()}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    process.kill(-(first.child.pid ?? 0), "SIGKILL");
    await first.exited;
    const beforeRestart = smtp.messages.length;
    expect(beforeRestart).toBeLessThan(COUNT);

    const second = startBot({ ...env, BROADCAST_MODE: "resume" });
    const code = await Promise.race([
      second.exited,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 120_000)),
    ]);
    expect({ code, output: second.all() }).toMatchObject({
      code: 0,
      output: expect.stringMatching(/finished [0-9a-f]{8}\n$/),
    });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the last SMTP sessions end

    const store = await openStore(env.STORE_URL);
    cleanups.push(() => store.close());
    const [broadcast] = await store.namespace("broadcast").list("broadcast:", broadcastSchema);
    const records = (
      await store.namespace("outbox").list(`delivery:broadcast:${broadcast?.value.id}/`, deliverySchema)
    ).map((entry) => entry.value);
    expect(records).toHaveLength(COUNT);
    expect(records.every((record) => record.channel === "email")).toBe(true);
    expect(records.every((record) => record.status === "sent" || record.status === "uncertain")).toBe(true);

    const received = new Map<string, number>();
    for (const mail of smtp.messages) received.set(mail.to, (received.get(mail.to) ?? 0) + 1);
    expect(received.size).toBe(COUNT);
    const uncertain = new Set(
      records
        .filter((record) => record.status === "uncertain")
        .map((record) => record.recipient.slice("person:".length)),
    );
    const twice = [...received].filter(([, n]) => n > 1).map(([to]) => to);
    expect([...received.values()].every((n) => n <= 2)).toBe(true);
    expect(twice.every((to) => uncertain.has(to))).toBe(true);
    expect(uncertain.size).toBeLessThanOrEqual(CONCURRENCY);
    process.stdout.write(
      `e-mail crash test: killed after ${beforeRestart} of ${COUNT} e-mails; ${uncertain.size} flagged uncertain, ${twice.length} received twice\n`,
    );
  });
});
