/**
 * Diagnostics, not a suite of `npm run bench`: how many regular-expression operations a
 * programme question's turn runs, and in which files. Every `exec`, `test`, `replace`,
 * `match`, `matchAll`, `search` and `split` with a regular expression is counted over two
 * rounds of the bench's questions in the six languages (after three untimed rounds), and
 * each is put down to the file that ran it (its first stack frame in the project).
 *
 *   npx tsx bench/regexp-census.ts [top]
 *     per turn: all operations, then by file and by expression (the `top` most, default 25)
 *
 * The count is what the bench's turns do, not how long they take: stable between runs and
 * machines, so it shows the effect of gating a feature's grammar on a message's words
 * (DESIGN §8, "one shared reading") where timings cannot (these machines' timings vary
 * 1.5–2.5× between windows). Counting slows the turns down; never time anything here.
 */
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);
const OPERATIONS = [
  "exec",
  "test",
  Symbol.replace,
  Symbol.match,
  Symbol.matchAll,
  Symbol.search,
  Symbol.split,
];

const byExpression = new Map<string, number>();
const byFile = new Map<string, number>();
let counting = false;

/** The project file of the first stack frame outside this one, relative to the project. */
function callerFile(): string {
  for (const line of (new Error().stack ?? "").split("\n").slice(2)) {
    const at = line.indexOf(ROOT);
    if (at === -1 || line.includes(THIS_FILE)) continue;
    return line.slice(at + ROOT.length).replace(/:\d+:\d+\)?$/, "");
  }
  return "(outside the project)";
}

function countOperations(): void {
  const prototype = RegExp.prototype as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
  for (const name of OPERATIONS) {
    const original = prototype[name] as (...args: unknown[]) => unknown;
    prototype[name] = function (this: RegExp, ...args: unknown[]) {
      if (!counting) return original.apply(this, args);
      // Not counted again inside: a `replace` runs `exec` itself.
      counting = false;
      try {
        const expression = `${String(name).replace(/^Symbol\((.*)\)$/, "$1")} /${this.source.slice(0, 70)}/${this.flags}`;
        byExpression.set(expression, (byExpression.get(expression) ?? 0) + 1);
        const file = callerFile();
        byFile.set(file, (byFile.get(file) ?? 0) + 1);
        return original.apply(this, args);
      } finally {
        counting = true;
      }
    };
  }
}

function table(counts: Map<string, number>, turns: number, top: number): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, count]) => `${(count / turns).toFixed(2).padStart(7)}  ${key}`)
    .join("\n");
}

async function census(top: number): Promise<void> {
  const { benchCases, benchMessage, DEFAULT_NOW, DEFAULT_TZ, makeProgrammeCore } = await import(
    "./programme-core.js"
  );
  const { core, clock, store } = await makeProgrammeCore();
  const cases = (process.env.CENSUS_LANGS ?? "en,fr,es,ru,zh,ar")
    .split(",")
    .flatMap((lang) => benchCases(lang).map((testCase) => ({ ...testCase, lang })));
  let id = 0;
  const round = async () => {
    for (const testCase of cases) {
      clock.set(testCase.now ?? DEFAULT_NOW);
      id += 1;
      const user = `bench:census-${testCase.lang}`;
      await core.sink.dispatch(
        benchMessage(`census-${id}`, testCase.q, user, `${user}-dm`, testCase.tz ?? DEFAULT_TZ),
      );
    }
  };
  for (let warm = 0; warm < 3; warm += 1) await round();
  countOperations();
  counting = true;
  await round();
  await round();
  counting = false;
  const turns = 2 * cases.length;
  const total = [...byExpression.values()].reduce((sum, count) => sum + count, 0);
  process.stdout.write(
    `${cases.length} questions, two rounds: ${(total / turns).toFixed(1)} regular-expression operations per turn, ${byExpression.size} expressions\n\nby file (per turn):\n${table(byFile, turns, top)}\n\nby expression (per turn):\n${table(byExpression, turns, top)}\n`,
  );
  await store.close();
}

await census(Number(process.argv[2] ?? 25));
