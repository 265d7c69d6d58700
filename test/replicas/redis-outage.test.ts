/**
 * Redis stopped for 30 s in the middle of a real broadcast (the broadcast module, driven
 * through chat by a Secretariat member, on a core whose store is a private Redis with AOF
 * on). The broadcast pauses, then completes: nothing lost, nothing sent twice. A chat turn
 * during the outage is told the records can't be reached.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreError } from "../../bot/errors.js";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import {
  broadcastCore,
  delegateUser,
  dmOf,
  draftIdOf,
  makePeople,
  secretariatUser,
} from "../broadcast/support/core.js";
import { type RedisServer, requireRedisOrSkip, startRedisServer } from "../support/redis-server.js";
import { waitFor } from "./support.js";

const skipReason = requireRedisOrSkip("Redis outage test (test/replicas)");
const RECIPIENTS = 200;
const OUTAGE_MS = 30_000;
const CONCURRENCY = 8; // the outbox default: the most sends in flight when Redis stops
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(skipReason !== undefined)(
  `Redis outage${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let redis: RedisServer;
    beforeAll(async () => {
      // AOF on, as the README asks of production: the data survives Redis's restart.
      redis = await startRedisServer({ appendOnly: true });
    });
    afterAll(() => redis?.dispose());

    it("Redis stopped for 30 s mid-broadcast: the broadcast pauses, then completes; nothing lost, nothing re-sent", async () => {
      const t = await broadcastCore({ storeUrl: redis.url, people: makePeople(RECIPIENTS, ["alpha"]) });
      const sec = secretariatUser("alpha");
      const [preview] = await t.say(
        sec,
        "broadcast to everyone: The plenary resumes at 15:00 in Conference Room 4",
      );
      const id = draftIdOf(preview?.message.card);
      await t.click(sec, ACTIONS.confirm, id);
      t.first.setDelay(100); // each send takes 100 ms: 8 at a time, about 80 a second

      const delegate = delegateUser("alpha", "d1");
      const notRecipients = new Set([dmOf(sec.id), dmOf(delegate.id)]);
      /** Broadcast messages received so far (not the bot's answers to the two people talking to it). */
      const delivered = () => t.first.sent.filter((s) => !notRecipients.has(s.to)).length;
      const tickErrors: unknown[] = [];
      let ticking = true;
      const ticks = (async () => {
        while (ticking) {
          await t.deps.scheduler.tick().catch((error: unknown) => tickErrors.push(error));
          t.clock.advance(1_000);
          await sleep(100);
        }
      })();

      try {
        await waitFor(() => delivered() >= 40 || undefined, 30_000, "40 sends before the outage");
        await redis.stop();
        const atStop = delivered();
        const stoppedAt = Date.now();

        // A chat turn during the outage: the de-duplication claim fails (after the store's
        // bounded wait), and the user is told, rather than the turn running unprotected.
        const during = await t.say(delegate, "help");
        expect(during.map((s) => s.text)).toEqual([
          "Sorry, I can't reach my records right now. Nothing was changed; please try again in a minute.",
        ]);

        await sleep(Math.max(0, stoppedAt + OUTAGE_MS - Date.now()));
        const beforeRestart = delivered();
        await redis.start();

        await waitFor(
          async () => {
            const records = await t.deps.outbox.campaign(`broadcast:${id}`);
            return records.length === RECIPIENTS && records.every((r) => r.status === "sent")
              ? records
              : undefined;
          },
          90_000,
          "every delivery sent after the outage",
        );

        // The broadcast's own progress message ends with the final count.
        await waitFor(
          () =>
            t.first.updates.some(
              (u) => u.text === `Broadcast ${id}: sent ${RECIPIENTS} of ${RECIPIENTS} — finished`,
            ) || undefined,
          30_000,
          "the broadcast's final progress",
          () => JSON.stringify(t.first.updates.map((u) => u.text).slice(-3)),
        );
        // Paused: only the sends already in flight finished while Redis was down.
        expect(beforeRestart - atStop).toBeLessThanOrEqual(CONCURRENCY);
        expect(beforeRestart).toBeLessThan(RECIPIENTS);
        // Completed: everyone exactly once; every record sent at its first attempt.
        const received = t.first.sent.filter((s) => !notRecipients.has(s.to));
        expect(received).toHaveLength(RECIPIENTS);
        expect(new Set(received.map((s) => s.to)).size).toBe(RECIPIENTS);
        expect(received.every((s) => s.text.includes("The plenary resumes at 15:00"))).toBe(true);
        const records = await t.deps.outbox.campaign(`broadcast:${id}`);
        expect(records.filter((r) => r.attempts !== 1)).toEqual([]);
        // A tick that met the outage failed with the store's error, if at all (never anything else).
        expect(tickErrors.filter((error) => !(error instanceof StoreError))).toEqual([]);
      } finally {
        ticking = false;
        await ticks;
        await t.store.close();
      }
    }, 150_000);
  },
);
