/**
 * The one bot core the programme benches ask (`programme.ts`, timed; `programme-questions.ts`,
 * its diagnostics): the whole pipeline on a memory store, a fixed clock, the handler modules
 * and a sink adapter that counts replies (and keeps them, for the diagnostics' dumps). Both
 * benches build it here so that they time and diagnose the same thing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createBotCore } from "../bot/bot.js";
import { fixedClock } from "../bot/clock.js";
import { loadCoreConfig } from "../bot/config.js";
import { buildDeps } from "../bot/deps.js";
import { silentLogger } from "../bot/logger.js";
import { openStore } from "../bot/store/index.js";
import type { Address, ChatAdapter, MessageEvent } from "../bot/types.js";
import { handlerModules } from "../handlers/index.js";

/** A fixture question: its language, the question, the turns around it, its clock and zone. */
export interface BenchCase {
  lang?: string;
  q: string;
  before?: string;
  followUp?: string;
  now?: string;
  tz?: string;
}

export const DEFAULT_NOW = "2024-03-04T08:00:00-05:00";
export const DEFAULT_TZ = "America/New_York";

/** The cases of one fixture file under `test/fixtures/`. */
export function fixtureCases(name: string): BenchCase[] {
  return (
    JSON.parse(readFileSync(join(import.meta.dirname, "..", "test", "fixtures", name), "utf8")) as {
      cases: BenchCase[];
    }
  ).cases;
}

/** The bench's questions of a language: the English sample, or the multilingual answers fixture's. */
export function benchCases(lang: string): BenchCase[] {
  if (lang === "en") return fixtureCases("programme-questions.sample.json");
  return fixtureCases("programme-questions.multilingual.answers.json").filter((c) => c.lang === lang);
}

/** A direct message from a bench user. */
export function benchMessage(
  id: string,
  text: string,
  user: string,
  address: string,
  tz: string,
): MessageEvent {
  return {
    kind: "message",
    id,
    text,
    isDirect: true,
    address: address as Address,
    user: { id: user as Address, displayName: "Bench", timeZone: tz, isBot: false, isMe: false },
  };
}

/**
 * The core, its clock and store, and what it sent: `replies()` counts them; with `keep`,
 * `sent` holds each as JSON (kept out of the timed bench, where it would cost).
 */
export async function makeProgrammeCore(options: { keep?: boolean } = {}) {
  const clock = fixedClock(DEFAULT_NOW);
  const store = await openStore("memory:");
  const deps = buildDeps({
    config: loadCoreConfig({ STORE_URL: "memory:" }),
    store,
    clock,
    log: silentLogger(),
  });
  const sent: string[] = [];
  let replies = 0;
  const sink: ChatAdapter = {
    name: "bench",
    start: async () => undefined,
    stop: async () => undefined,
    send: async (to: Address, message) => {
      replies += 1;
      if (options.keep) sent.push(JSON.stringify(message));
      return { address: to, messageId: String(replies) };
    },
  };
  deps.messenger.add(sink);
  const core = createBotCore(deps, handlerModules);
  return { core, clock, store, sent, replies: () => replies };
}
