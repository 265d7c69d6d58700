/**
 * Helpers of the multi-replica tests: replicas as child processes (`replica.ts` under
 * `node --import tsx`, so that a signal reaches the bot itself, not a wrapper), the
 * programme clock they share with the test, and a polling wait.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Clock } from "../../bot/clock.js";

/**
 * The programme clock the test and its replicas share: `start` (an ISO instant of the
 * programme) at the wall-clock epoch ms `at`, running `speed` times faster than real time,
 * so that reminders of the 2024 session fall due within seconds of test time.
 * @example const clock = programmeClock("2024-03-07T14:44:00Z", Date.now(), 6);
 */
export function programmeClock(start: string, at: number, speed: number): Clock {
  const startMs = Date.parse(start);
  return { now: () => new Date(startMs + (Date.now() - at) * speed) };
}

const REPLICA_ENTRY = fileURLToPath(new URL("./replica.ts", import.meta.url));

/** A running replica. */
export interface Replica {
  name: string;
  /** Its HTTP port (`/slack/events`, `/healthz`). */
  port: number;
  child: ChildProcess;
  /** What it wrote to stdout/stderr (last 20 kB), for failure messages. */
  output(): string;
  /** True until the process exited. */
  alive(): boolean;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

/**
 * Starts `test/replicas/replica.ts` with `env` (plus PATH/HOME) and waits until it listens.
 * @example const a = await startReplica("a", { STORE_URL: redis.url, SLACK_API_URL: fake.apiUrl, … });
 */
export function startReplica(
  name: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<Replica> {
  const child = spawn(process.execPath, ["--import", "tsx", REPLICA_ENTRY], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  startedChildren.add(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`replica ${name} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`replica ${name} exited at start (${code ?? signal}):\n${output}`));
    });
    child.on("message", (message: { ready?: number }) => {
      if (typeof message?.ready !== "number") return;
      clearTimeout(timer);
      resolve({
        name,
        port: message.ready,
        child,
        output: () => output,
        alive,
        exited,
        async stop() {
          if (!alive()) return;
          child.kill("SIGTERM");
          const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}

/** Replicas a failed test left running are killed when the test process exits. */
const startedChildren = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of startedChildren)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/**
 * Polls `check` every 50 ms until it returns a value other than `undefined`/`false`.
 * @example await waitFor(async () => (await outbox.campaign("c")).every(isFinal) || undefined, 30_000, "all settled");
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs: number,
  what: string,
  describe?: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${describe ? `\n${describe()}` : ""}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
