/**
 * The POC directory CLI, for files too big to paste in chat:
 *
 *   npx tsx handlers/poc/cli.ts import directory.csv --store sqlite:state/bot.sqlite [--by secretariat@un.org]
 *   npx tsx handlers/poc/cli.ts check directory.csv
 *
 * `import` checks every row and replaces the directory all or nothing (the same code as the
 * chat import); `check` only reports. Exit codes: 0 done, 1 rejected, 2 usage error.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { type Clock, systemClock } from "../../bot/clock.js";
import { InputError } from "../../bot/errors.js";
import { readUtf8File } from "../../bot/people/text-file.js";
import { openStore } from "../../bot/store/index.js";
import { parsePocCsv } from "./import.js";
import { describeSummary, PocRepository } from "./repository.js";

const USAGE =
  "usage: npx tsx handlers/poc/cli.ts import|check <file.csv> [--store sqlite:state/bot.sqlite] [--by <who>] [--remove-missing]";

/** Where the CLI writes. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  clock?: Clock;
}

/**
 * Runs the CLI; resolves to the exit code.
 * @example const code = await runPocCli(["import", "directory.csv", "--store", "sqlite:state/bot.sqlite"], { out: console.log, err: console.error });
 */
export async function runPocCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { command, file, store: storeUrl, by, removeMissing } = parsed;
  if ((command !== "import" && command !== "check") || !file) {
    io.err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readUtf8File(resolve(file));
  } catch (error) {
    io.err(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const now = (io.clock ?? systemClock).now();
  const result = parsePocCsv(text, now);
  if (!result.ok) {
    io.err(`Nothing was imported: ${result.problems.length} problem(s), row by row (row 1 is the header):`);
    for (const problem of result.problems) io.err(`  ${problem}`);
    return 1;
  }
  if (command === "check") {
    io.out(
      `${file}: ${result.rows.length} rows, all valid. Nothing was written (use "import" to load them).`,
    );
    return 0;
  }
  const store = await openStore(storeUrl);
  try {
    const summary = await new PocRepository(store.namespace("poc")).replaceDirectory(
      result.rows,
      { name: by },
      now,
      { removeMissing, retryHint: "run the same command with --remove-missing" },
    );
    io.out(`Imported into ${storeUrl}: ${describeSummary(summary)}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(error.message);
    return 1;
  } finally {
    await store.close();
  }
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      store: { type: "string", default: "sqlite:state/bot.sqlite" },
      by: { type: "string", default: "CLI import" },
      "remove-missing": { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  return {
    command: positionals[0],
    file: positionals[1],
    store: values.store,
    by: values.by,
    removeMissing: values["remove-missing"],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runPocCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`The import failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
