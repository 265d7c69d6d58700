/**
 * Where the project lives on disk, found by walking up from a module to the folder that
 * holds `package.json` — so that paths stay right when code runs bundled elsewhere (the
 * `ask` CLI's bundle under node_modules/.cache).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * @example projectRoot(import.meta.url) // "/work/main"
 */
export function projectRoot(fromModuleUrl: string): string {
  let dir = dirname(fileURLToPath(fromModuleUrl));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "data"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No project folder (package.json with data/) above ${fromModuleUrl}`);
    dir = parent;
  }
}
