/**
 * The kill test of a directory import, shared by its SQLite and Redis files: the real CLI
 * (`handlers/poc/cli.ts import`) of 390 renamed records (the 195 UN States × 2 types) killed with SIGKILL at a random moment of its writing, again and again;
 * after each kill the directory and its audit trail must agree, and importing the same file
 * again must complete what is missing.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { expect } from "vitest";
import { UN_STATES } from "../../bot/people/un-states.js";
import { openStore, type Store } from "../../bot/store/index.js";
import { POC_COLUMNS, parsePocCsv } from "../../handlers/poc/import.js";
import { PocRepository } from "../../handlers/poc/repository.js";
import { auditEntrySchema, type PocRecord } from "../../handlers/poc/schema.js";
import { pocEmail } from "./support.js";

const ROOT = resolve(import.meta.dirname, "../..");
/**
 * The CLI bundled once with esbuild (our sources in one file, packages from node_modules):
 * the same code as `npx tsx handlers/poc/cli.ts`, started with half the CPU, since most of
 * each round is the CLI's start-up.
 */
const BUNDLE = join(ROOT, "node_modules/.cache/poc-kill-test/cli.mjs");

/** Builds {@link BUNDLE} (once per test file). */
export async function bundleCli(): Promise<void> {
  await build({
    entryPoints: [join(ROOT, "handlers/poc/cli.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile: BUNDLE,
    logLevel: "warning",
  });
}

/** Every UN State (195), two records each. */
const STATES = UN_STATES.map((state) => state.code).sort();
export const RECORDS = STATES.length * 2;

/** How many kills per backend: 20, or `POC_KILLS` (e.g. more on a quiet machine). */
export const KILLS = Number(process.env.POC_KILLS ?? 20);

/** The directory with every name ending in `suffix`. */
function directoryFile(suffix: string): string {
  const fingerprint = "0123456789ABCDEF0123456789ABCDEF01234567";
  const lines = STATES.flatMap((state) =>
    (["diplomatic", "technical"] as const).map((type) => {
      const technical = type === "technical";
      // Phones in international format: valid for any State's record.
      const row: Record<(typeof POC_COLUMNS)[number], string> = {
        state,
        type,
        name: `POC ${type} ${state} ${suffix}`,
        title: "Officer",
        organisation: `Ministry of ${state}`,
        emails: pocEmail(state, type),
        phone: "+41 22 917 1234",
        phone_24_7: technical ? "+41 22 917 1235" : "",
        time_zone: "UTC",
        hours: "09:00-17:00 Mon-Fri",
        pgp_fingerprint: technical ? fingerprint : "",
        last_confirmed: "",
      };
      return POC_COLUMNS.map((column) => row[column]).join(",");
    }),
  );
  return [POC_COLUMNS.join(","), ...lines].join("\n");
}

/** Which file the directory holds: "A" or "B" (the suffix of every name), or a mixture. */
const suffixOf = (records: readonly PocRecord[]) =>
  [...new Set(records.map((record) => record.name.split(" ").at(-1)))].join("+");

/**
 * Directory and audit trail agree: every record's name is the last name its trail records
 * (or the first file's, before any rename), and each import's name changes are all there —
 * as many at each instant as records, never a part of them.
 */
async function assertAgree(store: Store): Promise<string> {
  const repository = new PocRepository(store.namespace("poc"));
  const records = await repository.all();
  expect(records).toHaveLength(RECORDS);
  const suffix = suffixOf(records);
  expect(["A", "B"]).toContain(suffix);
  const trail = (await store.namespace("poc").list("audit:", auditEntrySchema)).map((e) => e.value);
  const lastName = new Map<string, string | null>();
  const perImport = new Map<string, number>();
  for (const entry of trail) {
    if (entry.field !== "name") continue;
    lastName.set(entry.pocId, entry.after);
    perImport.set(entry.at, (perImport.get(entry.at) ?? 0) + 1);
  }
  for (const record of records) {
    expect(lastName.get(record.id) ?? `POC ${record.type} ${record.state} A`).toBe(record.name);
  }
  expect([...perImport.values()].filter((count) => count !== RECORDS)).toEqual([]);
  const created = trail.filter((e) => e.field === "record" && e.after === "created by import");
  expect(created).toHaveLength(RECORDS);
  return suffix;
}

function runChild(
  file: string,
  storeUrl: string,
): { child: ChildProcess; started: Promise<number>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BUNDLE, "import", file, "--store", storeUrl], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const started = new Promise<number>((resolveStarted, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("importing into")) resolveStarted(Date.now());
    });
    child.on("exit", () => reject(new Error(`the CLI exited before importing: ${out}`)));
  });
  started.catch(() => undefined);
  const exited = new Promise<number | null>((resolveExit) => child.on("exit", (code) => resolveExit(code)));
  return { child, started, exited };
}

/** What {@link killImportRepeatedly} saw. */
export interface KillReport {
  kills: number;
  /** Kills after which the directory was the old one (the import had not switched yet). */
  before: number;
  /** Kills after which the new directory was live (with every audit entry). */
  after: number;
  /** Runs that finished before their kill moment. */
  finished: number;
}

/** The same import as the CLI's, in this process, on an open store, run to its end. */
async function importToCompletion(store: Store, file: string): Promise<void> {
  const parsed = parsePocCsv(readFileSync(file, "utf8"), new Date());
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  const outcome = await new PocRepository(store.namespace("poc")).importDirectory(
    parsed.rows,
    { name: "test" },
    new Date(),
  );
  expect(outcome.kind).toBe("imported");
}

/**
 * One lane: imports file A, then until `kills` SIGKILLs have landed: starts the CLI importing the file
 * the directory does not hold, kills it at a random moment of its writing phase, and checks
 * that the directory and the trail agree. When a kill left the old directory, the next run
 * imports the same file again (the re-import); at the end one import runs to completion and
 * must leave the other file's directory complete, with its whole trail.
 */
async function killLane(storeUrl: string, store: Store, kills: number): Promise<KillReport> {
  const dir = mkdtempSync(join(tmpdir(), "poc-kill-"));
  const files = { A: join(dir, "a.csv"), B: join(dir, "b.csv") };
  writeFileSync(files.A, directoryFile("A"));
  writeFileSync(files.B, directoryFile("B"));
  const report: KillReport = { kills: 0, before: 0, after: 0, finished: 0 };
  try {
    await importToCompletion(store, files.A);
    let current = await assertAgree(store);
    // How long the writing takes, from the CLI's "importing" line to its exit: kills fall in it.
    const timed = runChild(files.B, storeUrl);
    const startedAt = await timed.started;
    await timed.exited;
    // Re-measured from every run that finishes, so the kill window follows the machine's speed.
    let writeMs = Date.now() - startedAt;
    current = await assertAgree(store);
    expect(current).toBe("B");
    let target: "A" | "B" = "A";
    for (let round = 0; report.kills < kills && round < kills * 6; round += 1) {
      const run = runChild(files[target], storeUrl);
      const runStartedAt = await run.started;
      const wait = Math.random() * writeMs * 1.1;
      const finished = await Promise.race([
        run.exited.then(() => true),
        new Promise<false>((done) => setTimeout(() => done(false), wait)),
      ]);
      if (!finished) {
        run.child.kill("SIGKILL");
        await run.exited;
      }
      current = await assertAgree(store);
      if (process.env.POC_KILLS_VERBOSE)
        console.log(`${storeUrl}: round ${round}, ${finished ? "finished" : "killed"}, now ${current}`);
      if (finished) {
        report.finished += 1;
        writeMs = Date.now() - runStartedAt;
      } else {
        report.kills += 1;
        if (current === target) report.after += 1;
        else report.before += 1;
      }
      // Not switched yet: the next run imports the same file again, else the other one.
      target = current === "A" ? "B" : "A";
    }
    // A last import runs to completion and completes what is missing.
    await importToCompletion(store, files[target]);
    expect(await assertAgree(store)).toBe(target);
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * {@link killLane} on several stores at once (separate SQLite files or Redis databases), so
 * that the CLI's start-up — most of each round — overlaps: `kills` in all.
 * @example const report = await killImportRepeatedly(["sqlite:/tmp/a.sqlite", "sqlite:/tmp/b.sqlite"], 20);
 */
export async function killImportRepeatedly(storeUrls: readonly string[], kills: number): Promise<KillReport> {
  await bundleCli();
  const share = Math.ceil(kills / storeUrls.length);
  // Connections are opened one after the other, before the lanes' work can hold up the
  // event loop of this process past a connection's timeout.
  const stores: Store[] = [];
  for (const url of storeUrls) stores.push(await openStore(url));
  try {
    const reports = await Promise.all(
      storeUrls.map((url, index) => killLane(url, stores[index] as Store, share)),
    );
    return sumReports(reports);
  } finally {
    for (const store of stores) await store.close();
  }
}

function sumReports(reports: KillReport[]): KillReport {
  return reports.reduce((sum, r) => ({
    kills: sum.kills + r.kills,
    before: sum.before + r.before,
    after: sum.after + r.after,
    finished: sum.finished + r.finished,
  }));
}
