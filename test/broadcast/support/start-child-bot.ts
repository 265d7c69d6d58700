/**
 * Starts `child-bot.ts` (the bot on a store, composing or resuming a broadcast) in its own
 * process group (npx → tsx → node), so that SIGKILL reaches all of it; the crash tests kill it
 * mid-broadcast and start it again.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..", "..");

/** A running child bot and what it has printed. */
export interface ChildBot {
  child: ChildProcess;
  /** Its standard output so far. */
  output(): string;
  /** Its standard error so far. */
  errors(): string;
  /** Both, in the order they arrived. */
  all(): string;
  exited: Promise<number | null>;
}

/**
 * @param cleanups where to register the SIGKILL of the whole group, for the test's `afterEach`
 * @example const bot = startChildBot({ ...env, BROADCAST_MODE: "compose" }, cleanups);
 */
export function startChildBot(
  env: Record<string, string>,
  cleanups: Array<() => Promise<void> | void>,
): ChildBot {
  const child = spawn("npx", ["--no-install", "tsx", "test/broadcast/support/child-bot.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let errors = "";
  let all = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
    all += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString("utf8");
    all += chunk.toString("utf8");
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null && child.pid)
      process.kill(-child.pid, "SIGKILL");
  });
  return { child, output: () => output, errors: () => errors, all: () => all, exited };
}
