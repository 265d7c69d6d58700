/**
 * Entry point: `npm start` (platforms from the environment, else the console) and
 * `npm run chat` (`--console`: the console even when credentials are present).
 */

import { startBot } from "./app.js";
import { ConfigError, userMessageFor } from "./errors.js";

async function main(): Promise<void> {
  const bot = await startBot({ env: process.env, forceConsole: process.argv.includes("--console") });
  const shutdown = async () => {
    await bot.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  await bot.done;
  await bot.stop();
}

main().catch((error: unknown) => {
  // Configuration problems are the user's to fix: say which variable, without a stack trace.
  process.stderr.write(`${error instanceof ConfigError ? error.message : userMessageFor(error)}\n`);
  if (!(error instanceof ConfigError))
    process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
