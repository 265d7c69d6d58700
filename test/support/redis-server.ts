/**
 * A private `redis-server` for tests: started on a free port of 127.0.0.1 in a temporary
 * folder, without persistence by default (`--save "" --appendonly no`), stoppable and
 * restartable on the same port (outage tests). When the binary is missing, Redis tests are
 * skipped with a message saying why — except in CI (`CI=true`), where that is a failure.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The binary; `REDIS_SERVER_BIN` overrides it. */
const BINARY = process.env.REDIS_SERVER_BIN ?? "redis-server";

/** Options of {@link startRedisServer}. */
export interface RedisServerOptions {
  /**
   * Turn AOF persistence on (`appendonly yes`, `appendfsync everysec`), so that data
   * survives {@link RedisServer.stop} + {@link RedisServer.start}. Default off.
   */
  appendOnly?: boolean;
}

/** A running (or stopped) private Redis. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Stops the server gracefully (SIGTERM: Redis flushes its AOF, if on, then exits). */
  stop(): Promise<void>;
  /** Starts it again on the same port and folder (after {@link stop}). */
  start(): Promise<void>;
  /** True while the process runs. */
  running(): boolean;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
}

/**
 * Why Redis tests cannot run here, or `undefined` when `redis-server` is available.
 * @example const skip = redisUnavailableReason(); describe.skipIf(skip !== undefined)(…)
 */
export function redisUnavailableReason(): string | undefined {
  const probe = spawnSync(BINARY, ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? probe.error.message : `exit status ${probe.status}`;
    return `"${BINARY}" cannot be run (${why}); install Redis (apt-get install redis-server) or set REDIS_SERVER_BIN`;
  }
  return undefined;
}

/**
 * What a Redis test file does before its `describe`: in CI a missing binary throws (the
 * file fails); elsewhere it prints why the Redis tests are skipped and returns the reason.
 * @example
 * const skipReason = requireRedisOrSkip("store contract on Redis");
 * describe.skipIf(skipReason !== undefined)("…", () => { … });
 */
export function requireRedisOrSkip(what: string): string | undefined {
  const reason = redisUnavailableReason();
  if (reason === undefined) return undefined;
  if (process.env.CI === "true") {
    throw new Error(`${what}: Redis is required in CI (CI=true) but ${reason}. .ci/run installs it.`);
  }
  console.warn(`SKIPPED ${what}: ${reason}. These tests run in CI.`);
  return reason;
}

/**
 * Starts a private Redis on a free port; resolves once it answers PING.
 * @example const redis = await startRedisServer(); … await redis.dispose();
 */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), "delegate-bot-redis-"));
  let port = await freePort();
  let child: ChildProcess | undefined;
  let output = "";

  const launch = async () => {
    const args = [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--dir",
      dir,
      "--save",
      "",
      "--appendonly",
      options.appendOnly ? "yes" : "no",
      "--appendfsync",
      "everysec",
      "--daemonize",
      "no",
      "--logfile",
      "",
    ];
    output = "";
    const started = spawn(BINARY, args, { stdio: ["ignore", "pipe", "pipe"] });
    started.stdout?.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4_000);
    });
    started.stderr?.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4_000);
    });
    const exited = new Promise<void>((resolve) => started.once("exit", () => resolve()));
    child = started;
    const deadline = Date.now() + 10_000;
    while (!(await answersPing(port))) {
      if (started.exitCode !== null || started.signalCode !== null) {
        await exited;
        throw new Error(`redis-server exited at start (port ${port}): ${output.trim()}`);
      }
      if (Date.now() > deadline) {
        started.kill("SIGKILL");
        throw new Error(`redis-server did not answer PING within 10 s (port ${port}): ${output.trim()}`);
      }
      await sleep(20);
    }
  };

  // Another process may take the free port between the probe and the start: try again.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await launch();
      break;
    } catch (error) {
      if (attempt >= 2 || !/address already in use/i.test(output)) throw error;
      port = await freePort();
    }
  }
  liveServers.add(() => child?.kill("SIGKILL"));

  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    running.kill("SIGTERM");
    await exited;
  };

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start: launch,
    running: () => child !== undefined && child.exitCode === null && child.signalCode === null,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Kills servers a crashed test left running when the test process exits. */
const liveServers = new Set<() => void>();
process.once("exit", () => {
  for (const kill of liveServers) kill();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** One raw PING over TCP; true on `+PONG`. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    let reply = "";
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk: Buffer) => {
      reply += chunk.toString("utf8");
      if (reply.includes("\r\n")) done(reply.startsWith("+PONG"));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
