import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisServer, requireRedisOrSkip, startRedisServer } from "../support/redis-server.js";
import { KILLS, killImportRepeatedly, RECORDS } from "./kill-import.js";

const skip = requireRedisOrSkip("the kill test of a directory import on Redis");

describe.skipIf(skip !== undefined)(
  `a directory import killed at random moments, on Redis${skip ? ` (skipped: ${skip})` : ""}`,
  () => {
    let redis: RedisServer;
    beforeAll(async () => {
      redis = await startRedisServer();
    });
    afterAll(() => redis?.dispose());

    it(`after each of ${KILLS} SIGKILLs of the CLI importing ${RECORDS} renamed records, the directory and its audit trail agree, and a re-import completes it`, async () => {
      // One Redis database per lane.
      const report = await killImportRepeatedly(
        [1, 2, 3, 4].map((db) => `${redis.url}/${db}`),
        20,
      );
      expect(report.kills).toBe(KILLS);
      expect(report.before).toBeGreaterThan(0);
      console.log(`Redis kill test: ${JSON.stringify(report)}`);
    }, 900_000);
  },
);
