/**
 * The POC directory CLI, for files too big to paste in chat:
 *
 *   npx tsx handlers/poc/cli.ts import directory.csv --store sqlite:state/bot.sqlite [--by secretariat@un.org]
 *       [--poc-corrections keep|file] [--remove-missing]
 *   npx tsx handlers/poc/cli.ts check directory.csv
 *
 * `import` checks every row and replaces the directory all or nothing (the same code as the
 * chat import); `check` only reports. When the file would overwrite values POCs set
 * themselves, they are listed before anything is written and the Secretariat chooses: at a
 * terminal, a question (Enter keeps the POCs' values); otherwise `--poc-corrections keep`
 * or `--poc-corrections file`, without which nothing is written (exit 3).
 * Exit codes: 0 done, 1 rejected, 2 usage error, 3 a choice is needed.
 */
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { type Clock, systemClock } from "../../bot/clock.js";
import { InputError } from "../../bot/errors.js";
import { readUtf8File } from "../../bot/people/text-file.js";
import { openStore } from "../../bot/store/index.js";
import { type CorrectionChoice, correctionKey, describeCorrection } from "./corrections.js";
import { parsePocCsv } from "./import.js";
import { describeSummary, PocRepository } from "./repository.js";

const USAGE =
  "usage: npx tsx handlers/poc/cli.ts import|check <file.csv> [--store sqlite:state/bot.sqlite] [--by <who>] [--remove-missing] [--poc-corrections keep|file]";

/** Where the CLI writes. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  clock?: Clock;
  /**
   * Asks the Secretariat at a terminal; resolves with the answer (a line). Absent when the
   * input is not a terminal: then `--poc-corrections` must say what to do.
   */
  ask?: (question: string) => Promise<string>;
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
  const { command, file, store: storeUrl, by, removeMissing, corrections } = parsed;
  if ((command !== "import" && command !== "check") || !file) {
    io.err(USAGE);
    return 2;
  }
  if (corrections !== undefined && corrections !== "keep" && corrections !== "file") {
    io.err(
      `--poc-corrections takes "keep" (the POCs' values) or "file" (the file's), not "${corrections}".\n${USAGE}`,
    );
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
    const directory = new PocRepository(store.namespace("poc"));
    const removals = { removeMissing, retryHint: "run the same command with --remove-missing" };
    io.out(`${file}: ${result.rows.length} rows, all valid; importing into ${storeUrl}…`);
    let outcome = await directory.importDirectory(result.rows, { name: by }, now, removals, {
      corrections: corrections ?? "ask",
    });
    while (outcome.kind === "choose") {
      const shown = outcome.corrections;
      io.out(
        `The file would overwrite ${shown.length} value${shown.length === 1 ? "" : "s"} the POCs set themselves since they were imported:`,
      );
      for (const correction of shown) io.out(`  ${describeCorrection(correction)}`);
      const choice = await chooseCorrections(io);
      if (choice === undefined) {
        io.err(
          "Nothing was imported. Run it again with --poc-corrections keep (keep the POCs' values; the default at a terminal) or --poc-corrections file (take the file's).",
        );
        return 3;
      }
      if (choice === "cancel") {
        io.out("Cancelled. Nothing was imported.");
        return 1;
      }
      outcome = await directory.importDirectory(result.rows, { name: by }, now, removals, {
        corrections: choice,
        seen: shown.map(correctionKey),
      });
    }
    io.out(`Imported into ${storeUrl}: ${describeSummary(outcome.summary)}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(error.message);
    return 1;
  } finally {
    await store.close();
  }
}

/** The Secretariat's answer at a terminal; undefined when there is none to ask. */
async function chooseCorrections(io: CliIo): Promise<CorrectionChoice | "cancel" | undefined> {
  if (!io.ask) return undefined;
  for (;;) {
    const answer = (
      await io.ask("Keep the POCs' values [k, the default], take the file's [f], or cancel [c]? ")
    )
      .trim()
      .toLowerCase();
    if (answer === "" || answer === "k" || answer === "keep") return "keep";
    if (answer === "f" || answer === "file") return "file";
    if (answer === "c" || answer === "cancel") return "cancel";
    io.err(`"${answer}" is not one of k, f or c.`);
  }
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      store: { type: "string", default: "sqlite:state/bot.sqlite" },
      by: { type: "string", default: "CLI import" },
      "remove-missing": { type: "boolean", default: false },
      "poc-corrections": { type: "string" },
    },
    allowPositionals: true,
  });
  return {
    command: positionals[0],
    file: positionals[1],
    store: values.store,
    by: values.by,
    removeMissing: values["remove-missing"],
    corrections: values["poc-corrections"],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const terminal = process.stdin.isTTY
    ? createInterface({ input: process.stdin, output: process.stdout })
    : undefined;
  runPocCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    ...(terminal ? { ask: (question: string) => terminal.question(question) } : {}),
  })
    .finally(() => terminal?.close())
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(
          `The import failed: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exitCode = 1;
      },
    );
}
