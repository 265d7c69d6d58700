/**
 * One replica of the bot, as a child process of the multi-replica tests: the real
 * `startBot` (every handler module, the reminder producer included) with the real Slack
 * adapter, pointed at the test's fake Slack Web API by `SLACK_API_URL`, on the shared Redis
 * of `STORE_URL`.
 *
 * Test-only knobs (environment): `REPLICA_TICK` (cron expression of the tick, default every
 * second), `REPLICA_CLAIM_TTL_MS` (outbox claim TTL, default 3 s, so that a killed replica's
 * claims lapse quickly), and the programme clock `REPLICA_CLOCK_START`/`_AT`/`_SPEED` (see
 * {@link programmeClock}). It reports `{ ready: port }` over IPC once listening.
 *
 * @example node --import tsx test/replicas/replica.ts   (see `support.ts` startReplica)
 */
import { startBot } from "../../bot/app.js";
import { programmeClock } from "./support.js";

async function main(): Promise<void> {
  const env = process.env;
  const bot = await startBot({
    env,
    clock: env.REPLICA_CLOCK_START
      ? programmeClock(
          env.REPLICA_CLOCK_START,
          Number(env.REPLICA_CLOCK_AT),
          Number(env.REPLICA_CLOCK_SPEED ?? 1),
        )
      : undefined,
    outboxOptions: { claimTtlMs: Number(env.REPLICA_CLAIM_TTL_MS ?? 3_000) },
    schedulerOptions: { expression: env.REPLICA_TICK ?? "* * * * * *" },
  });
  const shutdown = async () => {
    await bot.stop();
    process.exit(0);
  };
  process.once("SIGTERM", shutdown);
  process.send?.({ ready: bot.port });
}

main().catch((error: unknown) => {
  process.stderr.write(`replica failed to start: ${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
