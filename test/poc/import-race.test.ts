/**
 * An import and a POC's own change at the same moment: neither is lost silently. The store
 * is the real one; a wrapper runs the "other" party's change at the worst moment (while
 * the import writes its new generation, or while the POC's change is being written).
 */
import { describe, expect, it } from "vitest";
import { ConflictError } from "../../bot/errors.js";
import { openStore } from "../../bot/store/index.js";
import type { Store } from "../../bot/store/port.js";
import { parsePocCsv } from "../../handlers/poc/import.js";
import { PocRepository } from "../../handlers/poc/repository.js";
import type { PocRecord } from "../../handlers/poc/schema.js";
import { gate } from "../support/gate.js";
import { directoryCsv } from "./support.js";

const NOW = new Date("2024-06-01T12:00:00.000Z");
const LATER = new Date("2024-06-02T09:00:00.000Z");
const SECRETARY = { email: "secretariat@un.example", name: "Sec" };
const POC = { email: "technical.ken@poc.example", name: "POC" };

const FIRST = directoryCsv([
  { state: "KEN", type: "technical" },
  { state: "FRA", type: "technical" },
]);
const SECOND = directoryCsv([
  { state: "KEN", type: "technical", title: "Director" },
  { state: "FRA", type: "technical" },
]);

function rows(csv: string, now: Date) {
  const result = parsePocCsv(csv, now);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.rows;
}

/** The store, with the hooks awaited before each `set`, `update` and `delete`. */
function intercepting(
  inner: Store,
  hooks: {
    beforeSet?: (key: string) => Promise<void>;
    beforeUpdate?: (key: string) => Promise<void>;
    beforeDelete?: (key: string) => Promise<void>;
  },
): Store {
  return {
    get: (key, schema) => inner.get(key, schema),
    async set(key, value, ttl) {
      await hooks.beforeSet?.(key);
      return inner.set(key, value, ttl);
    },
    async delete(key) {
      await hooks.beforeDelete?.(key);
      return inner.delete(key);
    },
    setIfAbsent: (key, value, ttl) => inner.setIfAbsent(key, value, ttl),
    setAll: (writes) => inner.setAll(writes),
    async update(key, schema, change, ttl) {
      await hooks.beforeUpdate?.(key);
      return inner.update(key, schema, change, ttl);
    },
    async updateTogether(key, schema, change, watch) {
      await hooks.beforeUpdate?.(key);
      return inner.updateTogether(key, schema, change, watch);
    },
    list: (prefix, schema) => inner.list(prefix, schema),
    namespace: (name) => intercepting(inner.namespace(name), hooks),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}

async function setup() {
  const store = (await openStore("memory:")).namespace("poc");
  const directory = new PocRepository(store);
  await directory.replaceDirectory(rows(FIRST, NOW), SECRETARY, NOW);
  return { store, directory };
}

/**
 * Runs `work` when an import writes the first record of a new generation, for the first
 * `times` generations it writes (each attempt of the import writes one).
 */
function duringImportWrites(directory: PocRepository, work: () => Promise<void>, times = 1) {
  const seen = new Set<string>();
  return async (key: string) => {
    const current = (await directory.pointer())?.generation;
    const generation = /^rec:([^:]+):/.exec(key)?.[1];
    if (!generation || generation === current || seen.has(generation)) return;
    seen.add(generation);
    if (seen.size <= times) await work();
  };
}

const confirm = (record: PocRecord | undefined, at: string): PocRecord | undefined =>
  record && {
    ...record,
    status: "confirmed",
    lastConfirmedAt: at,
    version: record.version + 1,
    updatedAt: at,
  };

describe("an import racing a POC's own change", () => {
  it("a confirmation written while the import runs is seen: its date is carried, and the record is unconfirmed since the file changes it", async () => {
    const { store, directory } = await setup();
    const confirmedAt = "2024-06-02T08:59:00.000Z";
    const importing = new PocRepository(
      intercepting(store, {
        beforeSet: duringImportWrites(directory, async () => {
          await directory.update("KEN:technical", (record) => confirm(record, confirmedAt));
        }),
      }),
    );
    const summary = await importing.replaceDirectory(rows(SECOND, LATER), SECRETARY, LATER);
    // The POC confirmed the title the file replaces, not "Director".
    expect(summary.unconfirmed).toEqual(["KEN technical"]);
    expect(await directory.get("KEN:technical")).toMatchObject({
      title: "Director",
      status: "unconfirmed",
      lastConfirmedAt: confirmedAt,
    });
  });

  it("a correction written while the import runs, which the file would overwrite, stops the import for the Secretariat's choice", async () => {
    const { store, directory } = await setup();
    const importing = new PocRepository(
      intercepting(store, {
        beforeSet: duringImportWrites(directory, async () => {
          await directory.update(
            "KEN:technical",
            (record) => record && { ...record, title: "Head of Unit", version: record.version + 1 },
          );
          await directory.appendAudit([
            {
              pocId: "KEN:technical",
              at: "2024-06-02T08:59:00.000Z",
              by: POC,
              source: "self-service",
              field: "title",
              before: "Officer",
              after: "Head of Unit",
            },
          ]);
        }),
      }),
    );
    const generation = (await directory.pointer())?.generation;
    const outcome = await importing.importDirectory(rows(SECOND, LATER), SECRETARY, LATER);
    expect(
      outcome.kind === "choose" &&
        outcome.corrections.map((c) => [c.pocId, c.field, c.pocValue, c.fileValue]),
    ).toEqual([["KEN:technical", "title", "Head of Unit", "Director"]]);
    // Nothing was imported: the POC's title stands, the directory is the one it was.
    expect((await directory.get("KEN:technical"))?.title).toBe("Head of Unit");
    expect((await directory.pointer())?.generation).toBe(generation);
  });

  it("gives up, changing nothing, when records change on every attempt", async () => {
    const { store, directory } = await setup();
    const before = await directory.all();
    const generation = (await directory.pointer())?.generation;
    let n = 0;
    const importing = new PocRepository(
      intercepting(store, {
        beforeSet: duringImportWrites(
          directory,
          async () => {
            n += 1;
            await directory.update("FRA:technical", (record) =>
              confirm(record, `2024-06-02T08:5${n}:00.000Z`),
            );
          },
          3,
        ),
      }),
    );
    await expect(importing.replaceDirectory(rows(SECOND, LATER), SECRETARY, LATER)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await directory.pointer())?.generation).toBe(generation);
    expect((await directory.all()).map((record) => [record.id, record.title])).toEqual(
      before.map((record) => [record.id, record.title]),
    );
    // Nothing of the abandoned generations is left behind.
    expect((await store.list("rec:", (await import("zod")).z.unknown())).map((entry) => entry.key)).toEqual(
      before.map((record) => `rec:${generation}:${record.id}`),
    );
  });

  it("a POC's change written after an import switched the directory is reported as not done", async () => {
    const { store, directory } = await setup();
    const oldGeneration = (await directory.pointer())?.generation;
    // The import stops just after switching generations, before deleting the old records.
    const { promise: held, release } = gate();
    const importing = new PocRepository(intercepting(store, { beforeDelete: () => held }));
    let importDone: Promise<unknown> = Promise.resolve();
    const pocSide = new PocRepository(
      intercepting(store, {
        beforeUpdate: async () => {
          importDone = importing.replaceDirectory(rows(SECOND, LATER), SECRETARY, LATER);
          while ((await directory.pointer())?.generation === oldGeneration) {
            await new Promise((resolve) => setTimeout(resolve, 1));
          }
        },
      }),
    );
    const written = await pocSide.update("KEN:technical", (record) =>
      confirm(record, "2024-06-02T09:30:00.000Z"),
    );
    release();
    await importDone;
    expect(written).toBeUndefined();
    expect(await directory.get("KEN:technical")).toMatchObject({ title: "Director", status: "unconfirmed" });
  });
});
