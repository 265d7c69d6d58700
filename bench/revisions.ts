/**
 * Revisions: publishing a revision that moves one session (Thursday afternoon) followed by
 * 1,000 subscribers queues every change notice — target < 1 s from "publish" to the last
 * notice queued — on the in-memory store and on SQLite; and a programme answer's p99 through
 * the whole core before any revision and after one (the "changed on …" note reads the
 * asker's last seen version only once a revision exists). Prints figures; asserts nothing.
 * Run alone: `npx tsx bench/revisions.ts`.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { createBotCore } from "../bot/bot.js";
import { fixedClock } from "../bot/clock.js";
import { loadCoreConfig } from "../bot/config.js";
import { buildDeps } from "../bot/deps.js";
import { silentLogger } from "../bot/logger.js";
import { openStore } from "../bot/store/index.js";
import type { Address, MessageEvent } from "../bot/types.js";
import { handlerModules } from "../handlers/index.js";
import { reminderRepository } from "../handlers/reminders/module.js";
import { noticeCampaign } from "../handlers/revisions/notices.js";
import { prepareRevision, publishDraft } from "../handlers/revisions/preview.js";
import { ms, quantile } from "./stats.js";

const SUBSCRIBERS = 1_000;
const TARGET_MS = 1_000;
const QUESTIONS = 400;
const OEWG = readFileSync(new URL("../data/oewg-7th-session.yaml", import.meta.url), "utf8");
const MOVED = OEWG.replace(
  /(id: oewg-7-2024-03-07-pm\n {4}date: 2024-03-07\n {4}start: )"15:00"\n {4}end: "18:00"/,
  '$1"15:30"\n    end: "18:30"',
);

function question(text: string): MessageEvent {
  const user = { id: "bench:asker" as Address, displayName: "asker", isBot: false, isMe: false };
  return { kind: "message", id: randomUUID(), text, user, address: "bench:dm-asker", isDirect: true };
}

async function answerP99(core: ReturnType<typeof createBotCore>): Promise<number> {
  const samples: number[] = [];
  const texts = [
    "what's on Thursday afternoon?",
    "when is the regular institutional dialogue?",
    "where is the reception?",
  ];
  for (let i = 0; i < QUESTIONS; i++) {
    const start = performance.now();
    await core.sink.dispatch(question(texts[i % texts.length] as string));
    samples.push(performance.now() - start);
  }
  return quantile(samples.slice(QUESTIONS / 10), 0.99);
}

async function one(label: string, storeUrl: string): Promise<void> {
  const store = await openStore(storeUrl);
  const clock = fixedClock("2024-03-05T14:00:00Z");
  const config = loadCoreConfig({ STORE_URL: "memory:" });
  const deps = buildDeps({ config, store, clock, log: silentLogger() });
  deps.messenger.add({
    name: "bench",
    start: async () => undefined,
    stop: async () => undefined,
    send: async (to) => ({ address: to, messageId: "1" }),
  });
  const core = createBotCore(deps, handlerModules);
  const reminders = reminderRepository(deps);
  const now = clock.now().toISOString();
  for (let i = 0; i < SUBSCRIBERS; i++) {
    await reminders.subscribe({
      userId: `bench:u${i}`,
      target: { type: "occurrence", occurrenceId: "oewg-7-regular-institutional-dialogue" },
      leadMinutes: 15,
      createdAt: now,
      updatedAt: now,
    });
  }
  const before = await answerP99(core);
  const previewStart = performance.now();
  await prepareRevision(
    deps,
    "bench:desk",
    [...deps.programmes.files()].map((file) =>
      file.file.endsWith("oewg-7th-session.yaml") ? { file: file.file, text: MOVED } : file,
    ),
    "bench",
    { now: clock.now() },
  );
  const previewMs = performance.now() - previewStart;
  const start = performance.now();
  const answer = await publishDraft(deps, "bench:desk", undefined, "bench");
  const publishMs = performance.now() - start;
  const queued = (await deps.outbox.campaign(noticeCampaign(2))).length;
  const after = await answerP99(core);
  process.stdout.write(
    `${label}: preview ${ms(previewMs)}; publish → ${queued} notices queued in ${ms(publishMs)} ` +
      `(target < ${TARGET_MS} ms: ${publishMs < TARGET_MS ? "met" : "NOT met"}); ${answer.split(".")[0]}\n` +
      `${label}: programme answer p99 through the core: ${ms(before)} before any revision, ${ms(after)} after one\n`,
  );
  await store.close();
}

/** Runs the benchmark (called by `bench/index.ts`). */
export async function run(): Promise<void> {
  await one("memory", "memory:");
  await one("sqlite", `sqlite:${join(mkdtempSync(join(tmpdir(), "bench-revisions-")), "bot.sqlite")}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
