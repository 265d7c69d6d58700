/**
 * The question CLI: `npm run --silent ask -- "<question>" [--now <ISO 8601>] [--tz <zone>] [--lang <tag>]`.
 * Prints the bot's answer on stdout, through the same pipeline as a chat message (the
 * console adapter, the router, every handler), on an in-memory store. The programme is the
 * version in force in the bot's store (`STORE_URL`, default the console's SQLite file) when
 * one was published there, else `data/`.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createConsoleAdapter } from "../adapters/console/index.js";
import { handlerModules } from "../handlers/index.js";
import { copyPublishedProgramme } from "./ask-programme.js";
import { createBotCore } from "./bot.js";
import { fixedClock, systemClock } from "./clock.js";
import { loadCoreConfig } from "./config.js";
import { buildDeps } from "./deps.js";
import { LANGUAGES } from "./language/locales.js";
import { silentLogger } from "./logger.js";
import { projectRoot } from "./paths.js";
import { loadCatalogue } from "./programme/load.js";
import { isValidTimeZone } from "./programme/time.js";
import { openStore } from "./store/index.js";

/** The bot's own default store (as `bot/config.ts`). */
const DEFAULT_STORE_URL = "sqlite:state/bot.sqlite";

const argsSchema = z.object({
  question: z.string(),
  // "2024-03-07T14:50-05:00" (no seconds) is ISO 8601 too: the seconds are added.
  now: z
    .preprocess(
      (value) => (typeof value === "string" ? value.replace(/(T\d{2}:\d{2})(?=[Zz+-])/, "$1:00") : value),
      z.iso.datetime({
        offset: true,
        local: false,
        error: "--now must be an ISO 8601 date-time with an offset, e.g. 2024-03-04T08:00:00-05:00",
      }),
    )
    .optional(),
  tz: z
    .string()
    .refine(isValidTimeZone, { error: "--tz must be an IANA time zone, e.g. Europe/Zurich" })
    .optional(),
  lang: z
    .string()
    .refine((tag) => LANGUAGES.includes(tag), {
      error: `--lang must be one of ${LANGUAGES.join(", ")}`,
    })
    .optional(),
});

const USAGE = `Usage: npm run --silent ask -- "<question>" [--now <ISO 8601 with offset>] [--tz <IANA zone>] [--lang <en|fr|es|ru|zh|ar>]
  e.g. npm run --silent ask -- "what's on Thursday afternoon?" --now 2024-03-04T08:00:00-05:00 --tz Europe/Zurich
--lang answers in that language as if the asker had chosen it; without it, the question's own language is used.
A question that starts with "-" goes after a second "--".
`;

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        now: { type: "string" },
        tz: { type: "string" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    // An unknown option or a missing value: node's message names it.
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function ask(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if ("error" in args) {
    process.stderr.write(`${args.error}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = argsSchema.safeParse({
    question: positionals.join(" "),
    now: values.now,
    tz: values.tz,
    lang: values.lang,
  });
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((issue) => issue.message).join("\n")}\n`);
    return 2;
  }
  const { question, now, tz, lang } = parsed.data;
  const store = await openStore("memory:");
  const deps = buildDeps({
    config: loadCoreConfig({ STORE_URL: "memory:" }),
    store,
    clock: now ? fixedClock(now) : systemClock,
    log: silentLogger(),
    catalogue: loadCatalogue(join(projectRoot(import.meta.url), "data")),
  });
  const storeUrl = process.env.STORE_URL ?? DEFAULT_STORE_URL;
  try {
    if (await copyPublishedProgramme(storeUrl, store)) await deps.programmes.refresh();
  } catch (error) {
    process.stderr.write(
      `Answering from data/: the published programme could not be read from ${storeUrl.replace(/\/\/[^@/]*@/, "//…@")} (${error instanceof Error ? error.message : String(error)}).\n`,
    );
  }
  const consoleAdapter = createConsoleAdapter({ timeZone: tz ?? null });
  deps.messenger.add(consoleAdapter);
  const core = createBotCore(deps, handlerModules);
  await consoleAdapter.start({ sink: core.sink, store, log: silentLogger() });
  // "--lang fr": the asker's explicit choice, as "language: français" would keep it.
  if (lang)
    await deps.people.setLanguage(consoleAdapter.user, { chosen: lang, inUse: lang }, deps.clock.now());
  await consoleAdapter.say(question);
  await store.close();
  return 0;
}

ask(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `The question could not be answered: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
