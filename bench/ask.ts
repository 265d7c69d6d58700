/**
 * The question CLI as a person runs it: `npm run --silent ask -- "…" --now … --tz …`, a
 * fresh process each time (npm, the launcher, the bundled bot), one sample question per
 * run. The first run may build the bundle cache and is reported apart. Target: under
 * 1.5 s per question.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { quantile } from "./stats.js";

const RUNS = 12;

/**
 * Runs the CLI and prints its wall times.
 * @example await (await import("./ask.js")).run();
 */
export async function run(): Promise<void> {
  const root = join(import.meta.dirname, "..");
  const sample = JSON.parse(
    readFileSync(join(root, "test", "fixtures", "programme-questions.sample.json"), "utf8"),
  ) as { cases: Array<{ q: string; now: string; tz: string }> };
  const once = (index: number): number => {
    const question = sample.cases[index % sample.cases.length];
    if (!question) throw new Error("no sample questions");
    const started = performance.now();
    const result = spawnSync(
      "npm",
      ["run", "--silent", "ask", "--", question.q, "--now", question.now, "--tz", question.tz],
      { cwd: root, encoding: "utf8" },
    );
    const elapsed = performance.now() - started;
    if (result.status !== 0) throw new Error(`ask failed (${result.status}): ${result.stderr}`);
    return elapsed;
  };
  const first = once(0);
  const times = Array.from({ length: RUNS }, (_, index) => once(index + 1)).sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  const worst = times.at(-1) ?? 0;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`first run (may build the bundle cache): ${(first / 1000).toFixed(2)} s`);
  out(
    `${RUNS} runs: median ${(median / 1000).toFixed(2)} s, slowest ${(worst / 1000).toFixed(2)} s (target < 1.5 s: ${worst < 1_500 ? "met" : "NOT met"})`,
  );
}
