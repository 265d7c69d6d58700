/**
 * Two replicas on one private Redis: a revision published on one is answered from on the
 * other within the polling interval, and a replica started afterwards starts on it.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../bot/store/index.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, withRoster } from "../reminders/harness.js";
import { type RedisServer, requireRedisOrSkip, startRedisServer } from "../support/redis-server.js";
import { waitFor } from "./support.js";

const skipReason = requireRedisOrSkip("programme versions across replicas (test/replicas)");
const OEWG = readFileSync(new URL("../../data/oewg-7th-session.yaml", import.meta.url), "utf8");
const MOVED = OEWG.replace(
  /(id: oewg-7-2024-03-07-pm\n {4}date: 2024-03-07\n {4}start: )"15:00"\n {4}end: "18:00"/,
  '$1"15:30"\n    end: "18:30"',
);
const POLL_MS = 200;

describe.skipIf(skipReason !== undefined)(
  `programme versions on two replicas${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let redis: RedisServer;
    beforeAll(async () => {
      redis = await startRedisServer();
    });
    afterAll(async () => {
      await redis?.dispose();
    });

    it("a revision published on one replica is answered from on the other within the interval", async () => {
      const replica = async () => {
        const h = await harness({
          now: "2024-03-05T14:00:00Z",
          store: await openStore(redis.url),
          modules: handlerModules,
        });
        await h.deps.programmes.refresh();
        h.deps.programmes.start(POLL_MS);
        return h;
      };
      const a = await replica();
      const b = await replica();
      try {
        await withRoster(a);
        const question = "what's on Thursday afternoon?";
        expect(await b.say(people.ann, question)).toContain("3:00 PM–6:00 PM");
        await a.say(people.secretariat, `revise programme\n${MOVED}`);
        expect(await a.say(people.secretariat, "publish")).toMatch(/^Published version 2/);
        // Replica b picks it up at its next poll (the bound is generous for a loaded machine).
        await waitFor(() => b.deps.programmes.version === 2 || undefined, 5_000, "replica b on version 2");
        expect(await b.say(people.ann, question)).toContain("3:30 PM–6:30 PM");

        // A replica started now starts on version 2, not on data/.
        const c = await replica();
        try {
          expect(c.deps.programmes.version).toBe(2);
          expect(await c.say(people.ann, question)).toContain("3:30 PM–6:30 PM");
        } finally {
          c.deps.programmes.stop();
          await c.store.close();
        }
      } finally {
        for (const h of [a, b]) {
          h.deps.programmes.stop();
          await h.store.close();
        }
      }
    });
  },
);
