/**
 * Slack HTTP throughput: signed `app_mention` events ("what's on Thursday afternoon?") into
 * the running bot (the composition root with the real handlers, the Slack adapter on the
 * bot's HTTP server, each answer posted to a fake Slack Web API) versus a bare Bolt app
 * that also posts one reply per mention ("Bolt echo"), in the same run on the same machine.
 * The earlier comparison with a Bolt app that only acknowledges is retired: it measured
 * the Web API call, which any bot that answers must make, more than the bot.
 *
 * Each target runs alone in a child process, the fake Web API in another; this process
 * only generates the load, over keep-alive connections. Two phases:
 *
 * 1. saturation: a closed loop of {@link CONCURRENCY} requests in flight, for both targets:
 *    events/s acknowledged, p50/p99 of the HTTP answer, and the ratio bot/Bolt echo
 *    (targets: ratio ≥ 0.8, bot p99 < 50 ms); for the bot also the end-to-end rate (until
 *    every answer reached the fake Web API);
 * 2. a steady {@link STEADY_RATE} events/s into the bot (open loop): p99 of the HTTP answer
 *    and of the whole turn (request sent → answer posted to the Web API).
 *
 * Each event comes from its own channel: the bot paces its posts to about one per second
 * per channel (Slack's limit), which is shown by the tests, not measured here.
 *
 * `BENCH_SLACK_CPU_PROF=<dir>` writes a CPU profile of each target.
 */
import { type ChildProcess, fork } from "node:child_process";
import { Agent, request } from "node:http";
import { fileURLToPath } from "node:url";
import { startFakeSlack } from "../test/support/fake-slack/api.js";
import { slackSignature, TEST_SIGNING_SECRET } from "../test/support/fake-slack/sign.js";

const CONCURRENCY = 16;
const WARMUP_MS = 1_500;
const MEASURE_MS = 6_000;
const STEADY_RATE = 100;
const STEADY_MS = 5_000;
const USERS = ["U0GENEVA", "U0NEWYORK", "U0NOZONE"];

interface Figures {
  events: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * Runs both targets and prints the figures.
 * @example await (await import("./slack.js")).run();
 */
export async function run(): Promise<void> {
  const fake = await startFakeProcess();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    out(
      `saturation: ${CONCURRENCY} requests in flight, ${MEASURE_MS / 1000} s per target after ${WARMUP_MS / 1000} s warm-up`,
    );
    let echoCpu = 0;
    const echo = await withTarget("echo", fake, async (target) => {
      const generator = new Generator(target.port, "echo");
      const before = await fake.count();
      const figures = await saturate(generator, async () => {
        const cpu = await target.cpuMicros();
        return async () => {
          echoCpu = (await target.cpuMicros()) - cpu;
        };
      });
      await drain(fake, before + generator.sent);
      return figures;
    });
    out(line("Bolt echo", echo));
    await withTarget("bot", fake, async (target) => {
      const generator = new Generator(target.port, "bot");
      const before = await fake.count();
      const started = performance.now();
      let cpuAtStart = 0;
      const bot = await saturate(generator, async () => {
        cpuAtStart = await target.cpuMicros();
        return async () => undefined;
      });
      await drain(fake, before + generator.sent);
      const botCpu = (await target.cpuMicros()) - cpuAtStart;
      const endToEnd = ((await fake.count()) - before) / ((performance.now() - started) / 1000);
      const ratio = bot.perSecond / echo.perSecond;
      out(line("bot", bot));
      out(
        `CPU per event (the target process, robust to other load on the machine): Bolt echo ${(echoCpu / echo.events).toFixed(0)} µs (its reply posted during the window), bot ${(botCpu / bot.events).toFixed(0)} µs including its answer`,
      );
      out(
        `ratio bot/Bolt echo (a bare Bolt app that also posts one reply per mention): ${ratio.toFixed(2)} (target ≥ 0.80: ${ratio >= 0.8 ? "met" : "NOT met"})`,
      );
      out(`bot p99: ${bot.p99.toFixed(1)} ms (target < 50 ms: ${bot.p99 < 50 ? "met" : "NOT met"})`);
      out(`bot end to end at saturation: ${endToEnd.toFixed(0)} answers/s posted to the Web API`);

      const steady = await steadyLoad(generator, fake);
      out(
        `steady ${STEADY_RATE} events/s into the bot for ${STEADY_MS / 1000} s: HTTP answer p50 ${steady.ack.p50.toFixed(1)} ms, p99 ${steady.ack.p99.toFixed(1)} ms; whole turn (answer posted) p50 ${steady.turn.p50.toFixed(1)} ms, p99 ${steady.turn.p99.toFixed(1)} ms; ${steady.ack.errors} errors`,
      );
    });
  } finally {
    await fake.stop();
  }
}

function line(name: string, figures: Figures): string {
  return `${name.padEnd(10)} ${figures.perSecond.toFixed(0).padStart(6)} events/s   p50 ${figures.p50.toFixed(1).padStart(6)} ms   p99 ${figures.p99.toFixed(1).padStart(6)} ms   (${figures.events} events, ${figures.errors} errors)`;
}

/** Signed app_mention requests with unique event ids and message timestamps. */
class Generator {
  sent = 0;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY * 4 });

  constructor(
    private readonly port: number,
    private readonly label: string,
  ) {}

  /** Sends one event; resolves with its latency (ms) and status, and the message ts used. */
  send(): { ts: string; done: Promise<{ ms: number; ok: boolean }> } {
    this.sent += 1;
    const n = this.sent;
    const ts = `1709560900.${String(n).padStart(6, "0")}`;
    const body = JSON.stringify({
      token: "legacy",
      team_id: "T0TEAM",
      api_app_id: "A0APP",
      type: "event_callback",
      event_id: `Ev-${this.label}-${n}`,
      event_time: 1709560900,
      event: {
        type: "app_mention",
        user: USERS[n % USERS.length],
        text: "<@U0BOT> what's on Thursday afternoon?",
        ts,
        channel: `C0BENCH${n}`, // one channel per event: the bot paces each channel to ~1 post/s
        event_ts: ts,
      },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    const done = new Promise<{ ms: number; ok: boolean }>((resolve) => {
      const req = request(
        {
          host: "127.0.0.1",
          port: this.port,
          path: "/slack/events",
          method: "POST",
          agent: this.agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            "x-slack-request-timestamp": String(timestamp),
            "x-slack-signature": slackSignature(TEST_SIGNING_SECRET, timestamp, body),
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ ms: performance.now() - started, ok: res.statusCode === 200 }));
        },
      );
      req.on("error", () => resolve({ ms: performance.now() - started, ok: false }));
      req.end(body);
    });
    return { ts, done };
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Warm-up, then the measured closed loop. `probe` runs when measuring starts and returns
 * what to run when it ends (CPU readings).
 */
async function saturate(generator: Generator, probe: () => Promise<() => Promise<void>>): Promise<Figures> {
  const loop = async (until: number, results: Array<{ ms: number; ok: boolean }> | undefined) => {
    const worker = async () => {
      while (performance.now() < until) {
        const result = await generator.send().done;
        results?.push(result);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  };
  await loop(performance.now() + WARMUP_MS, undefined);
  const results: Array<{ ms: number; ok: boolean }> = [];
  const finish = await probe();
  const started = performance.now();
  await loop(started + MEASURE_MS, results);
  const seconds = (performance.now() - started) / 1000;
  await finish();
  return summarise(results, seconds);
}

async function steadyLoad(generator: Generator, fake: FakeProcess) {
  const sentAt = new Map<string, number>();
  const pending: Array<Promise<{ ms: number; ok: boolean }>> = [];
  const startedAt = Date.now();
  const startedPerf = performance.now();
  const total = Math.round((STEADY_RATE * STEADY_MS) / 1000);
  for (let index = 0; index < total; index += 1) {
    const due = startedPerf + (index * 1000) / STEADY_RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { ts, done } = generator.send();
    sentAt.set(ts, Date.now());
    pending.push(done);
  }
  const acks = await Promise.all(pending);
  await drain(fake, (await fake.count()) + sentAt.size - acks.length); // most are posted already
  const turns = (await fake.posts())
    .filter((post) => post.at >= startedAt && sentAt.has(post.threadTs))
    .map((post) => ({ ms: post.at - (sentAt.get(post.threadTs) ?? post.at), ok: true }));
  generator.close();
  return { ack: summarise(acks, STEADY_MS / 1000), turn: summarise(turns, STEADY_MS / 1000) };
}

/** Waits (up to 20 s) until the fake Web API received `count` posts. */
async function drain(fake: FakeProcess, count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await fake.count()) < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function summarise(results: Array<{ ms: number; ok: boolean }>, seconds: number): Figures {
  const latencies = results.map((result) => result.ms).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    events: results.length,
    perSecond: results.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors: results.filter((result) => !result.ok).length,
  };
}

/** Starts a target in a child process, runs `work` against its port, and stops it. */
async function withTarget<T>(
  role: "echo" | "bot",
  fake: FakeProcess,
  work: (target: { port: number; cpuMicros(): Promise<number> }) => Promise<T>,
): Promise<T> {
  const { child, ready } = spawnRole(role, fake.apiUrl);
  const cpuMicros = () =>
    new Promise<number>((resolve) => {
      child.once("message", (answer) => resolve(Number(answer)));
      child.send("cpu");
    });
  try {
    return await work({ port: Number(await ready), cpuMicros });
  } finally {
    await stopChild(child);
  }
}

/** The fake Web API in its own process, asked for its records over IPC. */
interface FakeProcess {
  apiUrl: string;
  count(): Promise<number>;
  posts(): Promise<Array<{ threadTs: string; at: number }>>;
  stop(): Promise<void>;
}

async function startFakeProcess(): Promise<FakeProcess> {
  const { child, ready } = spawnRole("fake", "");
  const apiUrl = String(await ready);
  const ask = <T>(question: "count" | "posts") =>
    new Promise<T>((resolve) => {
      child.once("message", (answer) => resolve(answer as T));
      child.send(question);
    });
  return {
    apiUrl,
    count: () => ask<number>("count"),
    posts: () => ask<Array<{ threadTs: string; at: number }>>("posts"),
    stop: () => stopChild(child),
  };
}

function spawnRole(
  role: "echo" | "bot" | "fake",
  apiUrl: string,
): { child: ChildProcess; ready: Promise<unknown> } {
  const profile = process.env.BENCH_SLACK_CPU_PROF;
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    execArgv: [
      "--import",
      "tsx",
      ...(profile && role !== "fake" ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : []),
    ],
    env: { ...process.env, BENCH_SLACK_ROLE: role, BENCH_SLACK_API_URL: apiUrl },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const ready = new Promise<unknown>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { ready: unknown }).ready));
    child.once("exit", (code) => reject(new Error(`the ${role} process exited (${code})`)));
  });
  return { child, ready };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.send("stop");
  await exited;
}

/** The child side: starts the target, reports its port, stops when told. */
async function serveTarget(role: string): Promise<void> {
  let stop: () => Promise<void>;
  if (role === "fake") {
    const fake = await startFakeSlack({ channelIntervalMs: 0, rawJsonFields: true });
    process.send?.({ ready: fake.apiUrl });
    process.on("message", (question) => {
      if (question === "count") process.send?.(fake.callsTo("chat.postMessage").length);
      if (question === "posts") {
        process.send?.(
          fake
            .callsTo("chat.postMessage")
            .map((call) => ({ threadTs: String(call.args.thread_ts), at: call.at })),
        );
      }
      if (question === "stop") fake.close().finally(() => process.exit(0));
    });
    return;
  }
  if (role === "echo") {
    const { startBareBolt } = await import("./slack-baseline.js");
    const bare = await startBareBolt(TEST_SIGNING_SECRET, {
      echoApiUrl: process.env.BENCH_SLACK_API_URL,
    });
    stop = bare.close;
    process.send?.({ ready: bare.port });
  } else {
    const { startBot } = await import("../bot/app.js");
    const { fixedClock } = await import("../bot/clock.js");
    const bot = await startBot({
      env: {
        SLACK_BOT_TOKEN: "xoxb-1000-2000-benchtoken",
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_API_URL: process.env.BENCH_SLACK_API_URL,
        STORE_URL: "memory:",
        PORT: "0",
        LOG_LEVEL: "silent",
      },
      clock: fixedClock("2024-03-04T08:00:00-05:00"),
    });
    stop = bot.stop;
    process.send?.({ ready: bot.port });
  }
  process.on("message", (question) => {
    if (question === "cpu") {
      const usage = process.cpuUsage();
      process.send?.(usage.user + usage.system);
    }
    if (question === "stop") stop().finally(() => process.exit(0));
  });
}

const role = process.env.BENCH_SLACK_ROLE;
if (role) {
  serveTarget(role).catch((error: unknown) => {
    process.stderr.write(
      `bench target ${role} failed: ${String(error instanceof Error ? error.stack : error)}\n`,
    );
    process.exit(1);
  });
}
