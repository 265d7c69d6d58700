/**
 * The question CLI answers from the programme version in force: the one the Secretariat
 * last published in the bot's store (`STORE_URL`, by default the console's SQLite file),
 * not always the files in `data/`. The versions are copied into the question's own memory
 * store, so asking never writes to the bot's.
 */
import { existsSync } from "node:fs";
import { z } from "zod";
import { openStore } from "./store/index.js";
import type { Store } from "./store/port.js";

/** The store namespace programme versions live in (`bot/versions/source.ts`). */
const PROGRAMME_NAMESPACE = "programme";
/** Its keys for the versions ("v:…") and for the one in force (`bot/versions/source.ts`). */
const VERSION_PREFIX = "v:";
const POINTER_KEY = "current";

/**
 * Copies the programme versions of the store at `storeUrl` into `target`; nothing when that
 * store is memory or an SQLite file that does not exist (the bot never ran here).
 * @returns whether versions were found
 * @throws when the store cannot be read (the caller says so and answers from `data/`)
 * @example if (await copyPublishedProgramme(process.env.STORE_URL ?? "sqlite:state/bot.sqlite", store)) await deps.programmes.refresh();
 */
export async function copyPublishedProgramme(storeUrl: string, target: Store): Promise<boolean> {
  if (storeUrl.startsWith("memory")) return false;
  if (storeUrl.startsWith("sqlite:") && !existsSync(storeUrl.slice("sqlite:".length).replace(/^\/\//, "")))
    return false;
  const source = await openStore(storeUrl);
  try {
    // Only the versions and their pointer: the namespace also holds each person's last
    // question (`handlers/programme/module.ts`), which would make this question a follow-up.
    const versions = source.namespace(PROGRAMME_NAMESPACE);
    const entries = [
      ...(await versions.list(VERSION_PREFIX, z.unknown())),
      ...(await versions.list(POINTER_KEY, z.unknown())).filter((entry) => entry.key === POINTER_KEY),
    ];
    if (entries.length === 0) return false;
    await target
      .namespace(PROGRAMME_NAMESPACE)
      .setAll(entries.map((entry) => ({ key: entry.key, value: entry.value })));
    return true;
  } finally {
    await source.close();
  }
}
