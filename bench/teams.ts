/**
 * Teams HTTP throughput: authenticated personal-chat activities ("what's on Thursday
 * afternoon?", each request's JWT verified) into `POST /api/messages` of the running bot
 * (the composition root with the real handlers and the Teams adapter on its real
 * CloudAdapter; answers sent in-turn to a fake Bot Connector) versus a bare Agents SDK
 * echo bot (the SDK's CloudAdapter behind its own JWT middleware, the same outbound token source, a turn that only
 * echoes), in the same run on the same machine. A fourth target is the same bare app with
 * its replies sent through the adapter's pooled transport (`adapters/teams/transport.ts`,
 * undici's `request()` instead of the SDK's `fetch`): the bot/bare ratio counts that choice
 * in the bot's favour, the bot/pooled ratio shows what the core costs on top of an SDK app
 * that sends the same way.
 *
 * Each target runs in its own child process; this process generates the load (a closed
 * loop of {@link CONCURRENCY} requests in flight over keep-alive connections) and hosts the
 * local OpenID server and the fake Bot Connector (its rate limits off, so that both targets
 * are measured on the same footing). Both targets are warmed up, then measured in
 * alternating rounds, so that a busy machine weighs on both alike. The load is spread over
 * {@link CONVERSATIONS} conversations in {@link TENANTS} tenants so that the adapter's
 * pacing (7 per second and 8 per 2 s per conversation, 50 per second per tenant here)
 * does not bind: pacing is shown by the tests, not here. (With 200 conversations it did:
 * 8 per 2 s × 200 caps the bot at 800 activities/s, which it now exceeds.) Printed: activities/s answered (HTTP 200 after
 * the reply was posted), p50/p99 of the HTTP answer, and the ratio bot/bare (target ≥ 0.8).
 */
import { type ChildProcess, fork } from "node:child_process";
import { Agent, request } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FakeConnector } from "../test/support/fake-connector/index.js";
import { OpenIdServer, TEST_APP_ID } from "../test/support/openid-server.js";

/** Requests in flight; `BENCH_TEAMS_CONCURRENCY=1` shows each turn's own cost without interleaving. */
const CONCURRENCY = Number(process.env.BENCH_TEAMS_CONCURRENCY ?? 16);
const WARMUP_MS = 2_000;
const MEASURE_MS = 4_000;
/** Alternating rounds per target; `BENCH_TEAMS_ROUNDS` raises it for a steadier ratio (the per-round spread is wide). */
const ROUNDS = Number(process.env.BENCH_TEAMS_ROUNDS ?? 3);
const CONVERSATIONS = 1_000;
const TENANTS = 200;
const ROLE = process.env.BENCH_TEAMS_ROLE;

interface Figures {
  activities: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  latencies: number[];
}

interface Target {
  port: number;
  /** CPU time (user + system) the target process has used so far, in ms. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Runs the benchmark and prints its figures.
 * @example await (await import("./teams.js")).run();
 */
export async function run(): Promise<void> {
  const openid = await OpenIdServer.start();
  const connector = await FakeConnector.start({
    limits: false,
    verifyAuth: (header) => openid.verifyOutbound(header),
  });
  const token = `Bearer ${await openid.channelToken({ serviceUrl: connector.url })}`;
  const env = JSON.stringify(openid.teamsEnv());
  const targets: Target[] = [];
  try {
    const roles = ["bare", "pooled", "echo", "bot"] as const;
    const started: Record<(typeof roles)[number], Target> = {
      bare: await startTarget("bare", env),
      pooled: await startTarget("pooled", env),
      echo: await startTarget("echo", env),
      bot: await startTarget("bot", env),
    };
    targets.push(...Object.values(started));
    for (const role of roles)
      await load(started[role].port, `${role}-warmup`, token, connector.url, WARMUP_MS, CONVERSATIONS);
    const measured: Record<(typeof roles)[number], Figures[]> = { bare: [], pooled: [], echo: [], bot: [] };
    const cpu = { bare: 0, pooled: 0, echo: 0, bot: 0 };
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const role of roles) {
        const before = await started[role].cpuMs();
        measured[role].push(
          await load(started[role].port, `${role}-${round}`, token, connector.url, MEASURE_MS),
        );
        cpu[role] += (await started[role].cpuMs()) - before;
      }
    }
    const total = {
      bare: combine(measured.bare),
      pooled: combine(measured.pooled),
      echo: combine(measured.echo),
      bot: combine(measured.bot),
    };
    type Role = (typeof roles)[number];
    const ratio = (role: Role, base: Role = "bare") => total[role].perSecond / total[base].perSecond;
    const perRound = (role: Role, base: Role = "bare") =>
      measured[role]
        .map((figures, index) =>
          (figures.perSecond / (measured[base][index]?.perSecond ?? Number.NaN)).toFixed(2),
        )
        .join(", ");
    const verdict = (value: number) => (value >= 0.8 ? "ok" : "BELOW TARGET");
    const cpuPer = (role: (typeof roles)[number]) => (cpu[role] / total[role].activities).toFixed(2);
    process.stdout.write(
      [
        `concurrency ${CONCURRENCY}; ${ROUNDS} alternating rounds of ${MEASURE_MS / 1000} s per target after a warm-up; ${CONVERSATIONS} conversations in ${TENANTS} tenants`,
        line("bare Agents SDK echo", total.bare),
        line("bare, pooled transport", total.pooled),
        line("bot, echo handler", total.echo),
        line("bot, real handlers", total.bot),
        `ratio (adapter + core pipeline, echo handler)/bare: ${ratio("echo").toFixed(2)} ${verdict(ratio("echo"))}; per round ${perRound("echo")}`,
        `ratio (whole bot, programme answer as a card)/bare: ${ratio("bot").toFixed(2)} (target ≥ 0.80) ${verdict(ratio("bot"))}; per round ${perRound("bot")}`,
        `ratio (whole bot)/(bare SDK app on the adapter's pooled transport): ${ratio("bot", "pooled").toFixed(2)}; per round ${perRound("bot", "pooled")} (what the core costs over an SDK app that sends the same way)`,
        `CPU per activity in the target process: bare ${cpuPer("bare")} ms, bare pooled ${cpuPer("pooled")} ms, echo ${cpuPer("echo")} ms, bot ${cpuPer("bot")} ms`,
        `replies recorded by the fake Bot Connector: ${connector.activities().length}; outbound tokens issued: ${openid.outboundTokensIssued}`,
        "",
      ].join("\n"),
    );
  } finally {
    for (const target of targets) await target.stop();
    await connector.close();
    await openid.close();
  }
}

function line(name: string, figures: Figures): string {
  return `${name.padEnd(22)} ${figures.perSecond.toFixed(0).padStart(6)} activities/s   p50 ${figures.p50.toFixed(2).padStart(6)} ms   p99 ${figures.p99.toFixed(2).padStart(7)} ms   (${figures.activities} in ${figures.seconds.toFixed(1)} s, ${figures.errors} errors)`;
}

function summarise(latencies: number[], seconds: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    activities: sorted.length,
    seconds,
    perSecond: sorted.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors,
    latencies,
  };
}

function combine(list: Figures[]): Figures {
  return summarise(
    list.flatMap((entry) => entry.latencies),
    list.reduce((sum, entry) => sum + entry.seconds, 0),
    list.reduce((sum, entry) => sum + entry.errors, 0),
  );
}

/**
 * Runs the closed loop for `durationMs`, and at least until `minimum` requests were sent
 * (the warm-up visits every conversation once, so that first-contact work — the verified
 * email look-up, new store records — is not measured).
 */
async function load(
  port: number,
  label: string,
  authorization: string,
  serviceUrl: string,
  durationMs: number,
  minimum = 0,
): Promise<Figures> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let sequence = 0;
  let errors = 0;
  const send = (): Promise<number> => {
    sequence += 1;
    const conversation = sequence % CONVERSATIONS;
    const tenantId = `00000000-0000-0000-0000-${String(conversation % TENANTS).padStart(12, "0")}`;
    const body = JSON.stringify({
      type: "message",
      id: `${label}-${sequence}`,
      timestamp: new Date().toISOString(),
      channelId: "msteams",
      serviceUrl,
      from: { id: `29:bench-user-${conversation}`, name: "Bench User", aadObjectId: `aad-${conversation}` },
      recipient: { id: `28:${TEST_APP_ID}`, name: "Delegate" },
      conversation: { id: `a:bench-${conversation}`, conversationType: "personal", tenantId },
      channelData: { tenant: { id: tenantId } },
      text: "what's on Thursday afternoon?",
      textFormat: "plain",
      locale: "en-US",
      localTimezone: conversation % 2 === 0 ? "Europe/Zurich" : "America/New_York",
    });
    const started = performance.now();
    return new Promise((resolve) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path: "/api/messages",
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            authorization,
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => {
            if (res.statusCode !== 200) errors += 1;
            resolve(performance.now() - started);
          });
        },
      );
      req.on("error", () => {
        errors += 1;
        resolve(performance.now() - started);
      });
      req.end(body);
    });
  };
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + durationMs;
  const worker = async () => {
    while (performance.now() < until || sequence < minimum) latencies.push(await send());
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return summarise(latencies, seconds, errors);
}

/** Starts a target in a child process; resolves with its port and a way to stop it. */
async function startTarget(role: "bare" | "pooled" | "echo" | "bot", env: string): Promise<Target> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, BENCH_TEAMS_ROLE: role, BENCH_TEAMS_ENV: env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`the ${role} target exited (${code})`)));
  });
  return {
    port,
    cpuMs: () =>
      new Promise<number>((resolve) => {
        child.once("message", (message) => resolve((message as { cpuMs: number }).cpuMs));
        child.send("cpu");
      }),
    async stop() {
      // A message rather than a signal, so that the child exits normally (and a CPU profile gets written).
      if (child.connected) child.send("stop");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The child side: start the target, report its port, exit when told. */
async function serveTarget(role: string): Promise<void> {
  const teamsEnv = JSON.parse(process.env.BENCH_TEAMS_ENV ?? "{}") as Record<string, string>;
  const { localCredentialsFactory } = await import("../test/support/openid-server.js");
  let stop: () => Promise<void>;
  let port: number;
  if (role === "bare" || role === "pooled") {
    const { startBareEchoBot } = await import("./teams-baseline.js");
    const bare = await startBareEchoBot({
      appId: teamsEnv.MicrosoftAppId ?? "",
      loginUrl: teamsEnv.ToChannelFromBotLoginUrl ?? "",
      issuer: teamsEnv.ToBotFromChannelTokenIssuer ?? "",
      scope: teamsEnv.ToChannelFromBotOAuthScope ?? "",
      tokens: localCredentialsFactory(),
      pooledTransport: role === "pooled",
    });
    port = Number(new URL(bare.url).port);
    stop = bare.close;
  } else if (role === "echo") {
    const { createTeamsAdapter, loadTeamsConfig } = await import("../adapters/teams/index.js");
    const { testCore } = await import("../test/support/core.js");
    const { HttpServer } = await import("../bot/http.js");
    const { silentLogger } = await import("../bot/logger.js");
    const core = await testCore({
      modules: [
        {
          name: "echo",
          install: (router) =>
            router.use(async (ctx) => {
              await ctx.reply(`echo: ${ctx.event.kind === "message" ? ctx.event.text : ""}`);
            }),
        },
      ],
    });
    const teams = createTeamsAdapter(loadTeamsConfig({ ...teamsEnv, TEAMS_TENANT_MAX_PER_SECOND: "50" }), {
      credentialsFactory: localCredentialsFactory(),
    });
    const http = new HttpServer(silentLogger());
    core.deps.messenger.add(teams);
    await teams.start({
      sink: core.core.sink,
      store: core.store.namespace("adapter:teams"),
      log: silentLogger(),
      route: (method, path, handler) => http.route(method, path, handler),
    });
    port = await http.listen(0, "127.0.0.1");
    stop = async () => {
      await teams.stop();
      await http.close();
    };
  } else {
    const { createTeamsAdapter, loadTeamsConfig } = await import("../adapters/teams/index.js");
    const { startBot } = await import("../bot/app.js");
    const { fixedClock } = await import("../bot/clock.js");
    const teams = createTeamsAdapter(loadTeamsConfig({ ...teamsEnv, TEAMS_TENANT_MAX_PER_SECOND: "50" }), {
      credentialsFactory: localCredentialsFactory(),
    });
    const bot = await startBot({
      env: { STORE_URL: "memory:", LOG_LEVEL: "silent", PORT: "0" },
      adapters: [teams],
      clock: fixedClock("2024-03-04T08:00:00-05:00"),
    });
    port = bot.port ?? 0;
    stop = bot.stop;
  }
  const profile = await measuredRoundsProfile(role);
  process.on("message", (message) => {
    if (message === "cpu") {
      profile.start();
      const usage = process.cpuUsage();
      process.send?.({ cpuMs: (usage.user + usage.system) / 1000 });
      return;
    }
    profile
      .write()
      .then(stop)
      .finally(() => process.exit(0));
  });
  process.send?.({ port });
}

/**
 * BENCH_TEAMS_CPU_PROF=<dir> writes a CPU profile of each target (`<role>.cpuprofile`), for
 * finding hot spots. It covers the measured rounds only, from the first CPU reading (after
 * the warm-up) to the end: a profile of the whole process (`--cpu-prof`) is mostly start-up
 * (loading and compiling modules) and idle time, which hides what a turn costs.
 */
async function measuredRoundsProfile(role: string): Promise<{ start(): void; write(): Promise<void> }> {
  const dir = process.env.BENCH_TEAMS_CPU_PROF;
  if (!dir) return { start: () => undefined, write: async () => undefined };
  const { Session } = await import("node:inspector/promises");
  const { writeFile } = await import("node:fs/promises");
  const session = new Session();
  session.connect();
  let started: Promise<unknown> | undefined;
  return {
    start() {
      started ??= session.post("Profiler.enable").then(() => session.post("Profiler.start"));
    },
    async write() {
      if (!started) return;
      await started;
      const { profile } = await session.post("Profiler.stop");
      await writeFile(join(dir, `${role}.cpuprofile`), JSON.stringify(profile));
    },
  };
}

if (ROLE) {
  serveTarget(ROLE).catch((error: unknown) => {
    process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
    process.exit(1);
  });
}
