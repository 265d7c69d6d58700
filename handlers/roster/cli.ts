/**
 * The roster CLI, for files too big to paste in chat:
 *
 *   npx tsx handlers/roster/cli.ts import roster.csv --store sqlite:state/bot.sqlite
 *   npx tsx handlers/roster/cli.ts import roster.yaml --store sqlite:state/bot.sqlite
 *   npx tsx handlers/roster/cli.ts template
 *
 * An import is all or nothing: any invalid row rejects the file with a row-by-row report
 * (exit code 1) and the stored roster stays as it was. `--store` defaults to `STORE_URL`,
 * then to the bot's default `sqlite:state/bot.sqlite`.
 */
import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { systemClock } from "../../bot/clock.js";
import { loadCoreConfig } from "../../bot/config.js";
import { PeopleDirectory } from "../../bot/people/directory.js";
import { readUtf8File } from "../../bot/people/text-file.js";
import { openStore } from "../../bot/store/index.js";
import { unsafeTextProblem } from "../../bot/unsafe-text.js";
import { ROSTER_TEMPLATE_FILE } from "./module.js";
import { importOutcome } from "./outcome.js";
import { entryProblems, rosterYamlToCsv } from "./yaml.js";

const USAGE =
  "Usage: npx tsx handlers/roster/cli.ts import <roster.csv|roster.yaml> [--store sqlite:state/bot.sqlite] [--remove-missing]\n       npx tsx handlers/roster/cli.ts template\n";

/**
 * Runs the CLI; resolves with the exit code. Output goes to the given streams.
 * @example const code = await runRosterCli(["import", "roster.csv", "--store", "memory:"], process.env);
 */
export async function runRosterCli(
  argv: string[],
  env: Record<string, string | undefined>,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { store: { type: "string" }, "remove-missing": { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const [command, file] = positionals;
  if (command === "template") {
    out.write(readFileSync(ROSTER_TEMPLATE_FILE, "utf8"));
    return 0;
  }
  if (command !== "import" || !file) {
    err.write(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readUtf8File(file);
  } catch (error) {
    err.write(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  // Checked here for YAML too (CSV files are checked again by the CSV reader).
  const unsafe = unsafeTextProblem(text, "The file");
  if (unsafe) {
    err.write(`Nothing was imported. ${unsafe}\n`);
    return 1;
  }
  const isYaml = /\.ya?ml$/i.test(file);
  let csv = text;
  if (isYaml) {
    const converted = rosterYamlToCsv(text);
    if (!converted.ok) {
      err.write(`Nothing was imported:\n${converted.problems.map((p) => `  ${p}`).join("\n")}\n`);
      return 1;
    }
    csv = converted.csv;
  }
  const storeUrl = values.store ?? loadCoreConfig(env).STORE_URL;
  const store = await openStore(storeUrl);
  try {
    const people = new PeopleDirectory(store.namespace("people"));
    const result = await people.importRoster(csv, `cli:${userInfo().username}`, systemClock.now(), {
      removeMissing: values["remove-missing"] ?? false,
      retryHint: "run the same command with --remove-missing",
    });
    if (!result.ok) {
      const problems = isYaml ? entryProblems(result.problems) : result.problems;
      err.write(
        `Nothing was imported: ${problems.length} problem(s).\n${problems.map((p) => `  ${p}`).join("\n")}\n`,
      );
      return 1;
    }
    const roster = await people.roster();
    out.write(`${importOutcome(result, roster?.people ?? [], ` into ${storeUrl}`)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runRosterCli(process.argv.slice(2), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `The roster could not be imported: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
