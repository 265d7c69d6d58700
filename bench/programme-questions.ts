/**
 * Diagnostics for `bench/programme.ts` (not a suite of `npm run bench`): which questions are
 * slow, and how much each turn allocates. The programme bench asks each language's ~61
 * fixture questions round-robin, so its p99 is about the time of the slowest one or two
 * questions plus GC pauses; this names them.
 *
 *   node --expose-gc --max-semi-space-size=64 --import tsx bench/programme-questions.ts [top]
 *     per language: the `top` (default 5) slowest questions by median time over round-robin
 *     rounds (the bench's order and user), the language's median, and bytes allocated per turn
 *     (heap growth over turns with no GC in between: hence the larger young generation)
 *   npx tsx bench/programme-questions.ts --dump answers.json
 *     every answer to every fixture question (English and multilingual, with their `before`
 *     and `followUp` turns, then the bench's round-robin order) as JSON, to show a change to
 *     the hot path leaves all answers byte-identical (`cmp` two dumps)
 *   node --cpu-prof --import tsx bench/programme-questions.ts --repeat fr:35 10000
 *     one question (the language's bench question number, as the report prints it; `fr` alone:
 *     all of them in turn) asked 10,000 times, to profile it
 *   npx tsx bench/programme-questions.ts --round-robin 40
 *     CPU per turn over all six languages' questions in turn (compare two trees in one window)
 *   npx tsx bench/programme-questions.ts --cold-dates
 *     the calendar-date reader (chrono-node) just after itself and after other work
 *   npx tsx bench/programme-questions.ts --allocations fr 5000 fr.heapprofile
 *     where 5,000 turns of a language's questions allocate (a sampling heap profile that
 *     counts what GC collected)
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import {
  benchCases,
  benchMessage,
  type BenchCase as Case,
  DEFAULT_NOW,
  DEFAULT_TZ,
  fixtureCases as fixture,
  makeProgrammeCore,
} from "./programme-core.js";

const FIXTURES = [
  "programme-questions.sample.json",
  "programme-questions.understanding.json",
  "programme-questions.multilingual.answers.json",
  "programme-questions.multilingual.more.json",
  "programme-questions.multilingual.sample.json",
];
const LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"] as const;
const WARM_UP = 2_000;
const TIMED_ROUNDS = 60;
const ALLOCATION_TURNS = 20;

async function makeCore() {
  const { core, clock, sent, store } = await makeProgrammeCore({ keep: true });
  let id = 0;
  const ask = async (user: string, text: string, testCase: Case): Promise<void> => {
    clock.set(testCase.now ?? DEFAULT_NOW);
    id += 1;
    await core.sink.dispatch(
      benchMessage(`diag-${id}`, text, `bench:${user}`, `bench:dm-${user}`, testCase.tz ?? DEFAULT_TZ),
    );
  };
  return { ask, sent, store };
}

async function dump(file: string): Promise<void> {
  const { ask, sent, store } = await makeCore();
  const out: Array<{ where: string; q: string; answers: string[] }> = [];
  for (const name of FIXTURES) {
    for (const [index, testCase] of fixture(name).entries()) {
      const user = `dump-${name}-${index}`;
      const from = sent.length;
      if (testCase.before) await ask(user, testCase.before, testCase);
      await ask(user, testCase.q, testCase);
      if (testCase.followUp) await ask(user, testCase.followUp, testCase);
      out.push({ where: `${name}#${index}`, q: testCase.q, answers: sent.slice(from) });
    }
  }
  for (const lang of LANGUAGES) {
    const cases = benchCases(lang);
    for (let round = 0; round < cases.length * 2; round += 1) {
      const testCase = cases[round % cases.length] as Case;
      const from = sent.length;
      await ask(`round-${lang}`, testCase.q, testCase);
      out.push({ where: `round-${lang}#${round}`, q: testCase.q, answers: sent.slice(from) });
    }
  }
  writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
  process.stdout.write(`${out.length} turns' answers written to ${file}\n`);
  await store.close();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function diagnose(top: number): Promise<void> {
  const { ask, store } = await makeCore();
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const lang of LANGUAGES) {
    const cases = benchCases(lang);
    const user = `diag-${lang}`;
    for (let round = 0; round < WARM_UP; round += 1) {
      const testCase = cases[round % cases.length] as Case;
      await ask(user, testCase.q, testCase);
    }
    const times: number[][] = cases.map(() => []);
    for (let round = 0; round < TIMED_ROUNDS; round += 1) {
      for (const [index, testCase] of cases.entries()) {
        const t0 = performance.now();
        await ask(user, testCase.q, testCase);
        times[index]?.push(performance.now() - t0);
      }
    }
    const medians = times.map((list, index) => ({ index, median: median(list) }));
    const all = median(times.flat());
    let allocation = "";
    if (gc) {
      // Heap growth over ALLOCATION_TURNS rounds of all questions, between two forced GCs'
      // states: what survives is tiny (the dedupe and follow-up entries), so this is ~allocation.
      const perTurn: number[] = [];
      for (let repeat = 0; repeat < 5; repeat += 1) {
        gc();
        const before = process.memoryUsage().heapUsed;
        for (let round = 0; round < ALLOCATION_TURNS; round += 1) {
          const testCase = cases[round % cases.length] as Case;
          await ask(user, testCase.q, testCase);
        }
        perTurn.push((process.memoryUsage().heapUsed - before) / ALLOCATION_TURNS);
      }
      allocation = `   allocated per turn ~${(median(perTurn) / 1024).toFixed(1)} KB`;
    }
    process.stdout.write(`${lang}: ${cases.length} questions, median ${all.toFixed(3)} ms${allocation}\n`);
    for (const { index, median: value } of medians.sort((a, b) => b.median - a.median).slice(0, top)) {
      process.stdout.write(`  ${value.toFixed(3)} ms  #${index}  ${cases[index]?.q}\n`);
    }
  }
  await store.close();
}

/** Asks one question (`fr:35`), or all of a language's in turn (`fr`), `times` times, e.g. under `--cpu-prof`. */
async function repeat(which: string, times: number): Promise<void> {
  const [lang = "en", index] = which.split(":");
  const cases = benchCases(lang);
  const asked = index === undefined ? cases : [cases[Number(index)] as Case];
  const { ask, store } = await makeCore();
  const t0 = performance.now();
  for (let round = 0; round < times; round += 1) {
    const testCase = asked[round % asked.length] as Case;
    await ask(`repeat-${lang}`, testCase.q, testCase);
  }
  const what = asked.length === 1 ? asked[0]?.q : `${asked.length} questions in turn`;
  process.stdout.write(`${what}: ${((performance.now() - t0) / times).toFixed(3)} ms per turn\n`);
  await store.close();
}

/**
 * Where a language's turns allocate: V8's sampling heap profiler over `times` turns, counting
 * what minor and major GCs collected too (`--heap-prof` keeps only what is still alive),
 * written as a `.heapprofile` for Chrome DevTools.
 */
async function allocations(lang: string, times: number, file: string): Promise<void> {
  const { Session } = await import("node:inspector/promises");
  const cases = benchCases(lang);
  const { ask, store } = await makeCore();
  for (let round = 0; round < WARM_UP; round += 1) {
    const testCase = cases[round % cases.length] as Case;
    await ask(`alloc-${lang}`, testCase.q, testCase);
  }
  const session = new Session();
  session.connect();
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let round = 0; round < times; round += 1) {
    const testCase = cases[round % cases.length] as Case;
    await ask(`alloc-${lang}`, testCase.q, testCase);
  }
  const { profile } = await session.post("HeapProfiler.stopSampling");
  writeFileSync(file, JSON.stringify(profile));
  process.stdout.write(`${times} turns in ${lang}: allocation profile written to ${file}\n`);
  session.disconnect();
  await store.close();
}

/**
 * Why the calendar-date question is each language's slowest: the date reader's chrono-node
 * parse (18 parsers with large patterns, 16 refiners) is cheap when it has just run and ~10×
 * dearer when other work has pushed its code and data out of the CPU caches, as in a turn
 * that comes ~60 other questions after the last date. Times `readDayExpression` on the
 * pivoted question both ways.
 */
async function coldDates(): Promise<void> {
  const { readDayExpression } = await import("../bot/language/dates.js");
  const now = new Date(DEFAULT_NOW);
  const other = new Float64Array(4 * 1024 * 1024); // 32 MB, more than the caches
  let touched = 0;
  const evict = () => {
    for (let index = 0; index < other.length; index += 8) touched += other[index] ?? 0;
  };
  const timed = (text: string, before: () => void): number => {
    const list: number[] = [];
    for (let round = 0; round < 300; round += 1) {
      before();
      const t0 = performance.now();
      readDayExpression(text, { now });
      list.push(performance.now() - t0);
    }
    return median(list);
  };
  // A weekday alone never reaches chrono-node; a calendar date does.
  for (const text of ["what's on thursday afternoon ?", "what's on sunday 10 march ?"]) {
    timed(text, () => undefined);
    const hot = timed(text, () => undefined);
    const cold = timed(text, evict);
    process.stdout.write(
      `readDayExpression("${text}"): ${hot.toFixed(3)} ms just after itself, ${cold.toFixed(3)} ms after 32 MB of other work\n`,
    );
  }
  if (touched < 0) process.stdout.write("\n");
}

/**
 * CPU per turn over every language's bench questions in turn (English, then French, … Arabic,
 * round after round), after 30 untimed rounds: the mean cost of a turn whose code and data the
 * other languages' questions have pushed out of the caches, as in a server. Steadier than the
 * bench's wall-clock p99 on a shared machine; compare two trees in the same window.
 */
async function roundRobin(rounds: number): Promise<void> {
  const { ask, store } = await makeCore();
  const cases = LANGUAGES.map((lang) => ({ lang, cases: benchCases(lang) }));
  const all = async () => {
    let turns = 0;
    for (const { lang, cases: questions } of cases)
      for (const testCase of questions) {
        await ask(`rr-${lang}`, testCase.q, testCase);
        turns += 1;
      }
    return turns;
  };
  for (let round = 0; round < Number(process.env.WARM_ROUNDS ?? 30); round += 1) await all();
  const cpu = process.cpuUsage();
  let turns = 0;
  for (let round = 0; round < rounds; round += 1) turns += await all();
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    `${turns} turns in the six languages in turn: ${((used.user + used.system) / turns).toFixed(1)} µs of CPU per turn\n`,
  );
  await store.close();
}

const args = process.argv.slice(2);
if (args[0] === "--dump") await dump(args[1] ?? "answers.json");
else if (args[0] === "--allocations")
  await allocations(args[1] ?? "fr", Number(args[2] ?? 5_000), args[3] ?? "turns.heapprofile");
else if (args[0] === "--cold-dates") await coldDates();
else if (args[0] === "--round-robin") await roundRobin(Number(args[1] ?? 40));
else if (args[0] === "--repeat") await repeat(args[1] ?? "en:0", Number(args[2] ?? 10_000));
else await diagnose(Number(args[0] ?? 5));
