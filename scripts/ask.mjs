// Launcher of the question CLI (`npm run --silent ask -- "<question>" …`).
//
// Running bot/ask.ts through tsx costs a TypeScript transform of the whole module graph
// on every call. This launcher bundles bot/ask.ts once with esbuild (already installed as
// tsx's compiler, ~50 ms), rebuilds only when a source file is newer than the bundle, and
// runs the bundle with plain node, so that a call stays well under the 1.5 s budget.
// Packages stay external: they load from node_modules as usual.
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "node_modules", ".cache", "delegate-bot", "ask.mjs");
const SOURCE_FOLDERS = ["bot", "handlers", "schedules", "adapters"];

function newestSourceMtime() {
  let newest = statSync(join(root, "package-lock.json")).mtimeMs;
  for (const folder of SOURCE_FOLDERS) {
    for (const name of readdirSync(join(root, folder), { recursive: true })) {
      if (String(name).endsWith(".ts")) newest = Math.max(newest, statSync(join(root, folder, String(name))).mtimeMs);
    }
  }
  return newest;
}

function bundleMtime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return 0; // no bundle yet
  }
}

if (bundleMtime() < newestSourceMtime()) {
  mkdirSync(dirname(bundle), { recursive: true });
  await build({
    entryPoints: [join(root, "bot", "ask.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}

await import(pathToFileURL(bundle).href);
