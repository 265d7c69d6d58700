// Launcher of the question CLI (`npm run --silent ask -- "<question>" …`).
//
// Running bot/ask.ts through tsx costs a TypeScript transform of the whole module graph
// on every call (2–4 s on a busy 2-core machine). This launcher bundles bot/ask.ts with
// esbuild (already installed as tsx's compiler; ~50 ms) into a folder named after the
// newest source change, and runs the bundle with plain node, so a call stays well under
// the 1.5 s budget. Packages stay external and load from node_modules as usual.
//
// Concurrent first calls are safe: each builds into its own temporary folder and renames
// it into place; a rename that loses the race just uses the winner's bundle.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_FOLDERS = ["bot", "handlers", "schedules", "adapters"];

function newestSourceMtime() {
  let newest = statSync(join(root, "package-lock.json")).mtimeMs;
  for (const folder of SOURCE_FOLDERS) {
    for (const name of readdirSync(join(root, folder), { recursive: true })) {
      if (String(name).endsWith(".ts"))
        newest = Math.max(newest, statSync(join(root, folder, String(name))).mtimeMs);
    }
  }
  return Math.floor(newest);
}

const cache = join(root, "node_modules", ".cache", "delegate-bot");
/** How old an unused bundle must be before a new build removes it. */
const STALE_MS = 10 * 60_000;
const outdir = join(cache, String(newestSourceMtime()));
const entry = join(outdir, "ask.mjs");

if (!existsSync(entry)) {
  const staging = `${outdir}.${process.pid}.tmp`;
  mkdirSync(staging, { recursive: true });
  await build({
    entryPoints: [join(root, "bot", "ask.ts")],
    outdir: staging,
    bundle: true,
    // Keeps dynamic imports lazy (the Redis backend loads only for redis:// store URLs).
    splitting: true,
    entryNames: "[name]",
    outExtension: { ".js": ".mjs" },
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  try {
    renameSync(staging, outdir);
    // Older bundles are no longer needed, once no call can still be loading one: a call
    // that started on the bundle before this one loads its chunks lazily, and removing its
    // folder under it failed that call (ERR_MODULE_NOT_FOUND) while sources were edited.
    for (const name of readdirSync(cache)) {
      const folder = join(cache, name);
      if (folder !== outdir && !name.endsWith(".tmp") && Date.now() - statSync(folder).mtimeMs > STALE_MS)
        rmSync(folder, { recursive: true, force: true });
    }
  } catch (error) {
    // Another call renamed its bundle into place first: use that one.
    if (!existsSync(entry)) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
}

await import(pathToFileURL(entry).href);
