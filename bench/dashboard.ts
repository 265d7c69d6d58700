/**
 * The Secretariat's dashboard: how long the server takes to answer the overview and a ping
 * test's page for a store of 2,000 roster entries (all met in chat), 400 POC records, 10
 * ping tests of the 400 and 5 broadcasts of 2,000 — target < 50 ms p95 each. The request
 * goes through the whole server (Fastify, the session and role check, the CSRF token, the
 * reads from the store, the rendering) by `inject`, without a socket. Run on the embedded
 * SQLite store (the default) and in memory. Prints wall-clock figures and the CPU time of
 * the process per request (which a busy machine inflates less). Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import countries from "i18n-iso-countries";
import { type CountryCode, getExampleNumber, isSupportedCountry } from "libphonenumber-js";
import examples from "libphonenumber-js/mobile/examples";
import { fixedClock } from "../bot/clock.js";
import { loadCoreConfig } from "../bot/config.js";
import { buildDeps } from "../bot/deps.js";
import { HttpServer } from "../bot/http.js";
import { silentLogger } from "../bot/logger.js";
import type { BotDeps } from "../bot/module.js";
import { isStateCode } from "../bot/people/states.js";
import { loadCatalogue } from "../bot/programme/load.js";
import { Router } from "../bot/router.js";
import { openStore } from "../bot/store/index.js";
import type { Address } from "../bot/types.js";
import { dashboard } from "../dashboard/module.js";
import { SESSION_COOKIE } from "../dashboard/plugin.js";
import { Sessions } from "../dashboard/sessions.js";
import { BroadcastRepository, campaignOf, localIdOf } from "../handlers/broadcast/repository.js";
import { PingRepository, pingCampaign } from "../handlers/ping/store.js";
import { parsePocCsv } from "../handlers/poc/import.js";
import { PocRepository } from "../handlers/poc/repository.js";
import { rsvpRepository } from "../handlers/rsvp/module.js";
import { deliveryKey } from "../schedules/delivery.js";
import { ms, quantile } from "./stats.js";

const ROSTER = 2_000;
const POC_STATES = 200;
const PING_TESTS = 10;
const BROADCASTS = 5;
const RUNS = 60;
const WARM_UP = 5;
const TARGET_MS = 50;
const NOW = new Date("2024-06-10T15:00:00.000Z");
const SEC = "sec@un.org";

function states(): string[] {
  return Object.keys(countries.getAlpha2Codes())
    .sort()
    .filter((alpha2) => isSupportedCountry(alpha2) && getExampleNumber(alpha2 as CountryCode, examples))
    .map((alpha2) => countries.alpha2ToAlpha3(alpha2))
    .filter((code): code is string => typeof code === "string" && isStateCode(code))
    .slice(0, POC_STATES);
}

const sentDelivery = (campaign: string, localId: string, recipient: string, kind: string, at: string) => ({
  id: `${campaign}/${localId}`,
  campaign,
  kind,
  recipient,
  payload: {},
  dueAt: at,
  status: "sent",
  attempts: 1,
  createdAt: at,
  updatedAt: at,
  sentAt: at,
  messageId: "1",
});

export async function seed(deps: BotDeps): Promise<string> {
  const codes = states();
  const people = Array.from({ length: ROSTER }, (_, i) => ({
    email: `p${i}@mission.example`,
    name: `Person ${i}`,
    state: codes[i % codes.length] ?? "KEN",
    userId: `bench:u${i}`,
  }));
  const roster = [
    "email,name,state,roles",
    ...people.map(
      (p, i) => `${p.email},${p.name},${p.state},${i % 10 === 0 ? "head of delegation" : "delegate"}`,
    ),
  ].join("\n");
  const imported = await deps.people.importRoster(roster, SEC, NOW);
  if (!imported.ok) throw new Error(imported.problems.join("; "));
  for (const p of people)
    await deps.people.recordContact(
      { id: p.userId as Address, displayName: p.name, verifiedEmail: p.email, isBot: false, isMe: false },
      `bench:dm-${p.userId.slice(6)}`,
      NOW,
    );

  // 400 POC records (200 States × 2 types), met in chat under their own e-mails.
  const lines = codes.flatMap((state) =>
    (["diplomatic", "technical"] as const).map((type) => {
      const alpha2 = countries.alpha3ToAlpha2(state) as CountryCode;
      const phone = getExampleNumber(alpha2, examples)?.formatInternational() ?? "";
      const technical = type === "technical";
      const fingerprint = "0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567";
      return `${state},${type},${type} POC of ${state},Officer,Ministry,${type}.${state.toLowerCase()}@poc.example,${phone},${technical ? phone : ""},UTC,09:00-17:00 Mon-Fri,${technical ? fingerprint : ""},`;
    }),
  );
  const csv = [
    "state,type,name,title,organisation,emails,phone,phone_24_7,time_zone,hours,pgp_fingerprint,last_confirmed",
    ...lines,
  ].join("\n");
  const parsed = parsePocCsv(csv, NOW);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const directory = new PocRepository(deps.store.namespace("poc"));
  await directory.replaceDirectory(parsed.rows, { email: SEC }, NOW);
  const records = await directory.all();
  const outbox = deps.store.namespace("outbox");

  // 10 ping tests of the 400: 90% delivered, of which two thirds acknowledge.
  const tests = new PingRepository(deps.store.namespace("ping"));
  let lastTest = "";
  for (let t = 0; t < PING_TESTS; t++) {
    const startedAt = new Date(NOW.getTime() - (PING_TESTS - t) * 3 * 86_400_000);
    const id = `bench-${t}`;
    lastTest = id;
    await tests.start(
      {
        id,
        scope: { kind: "all" },
        windowMs: 86_400_000,
        startedAt: startedAt.toISOString(),
        halfwayAt: new Date(startedAt.getTime() + 43_200_000).toISOString(),
        closesAt: new Date(startedAt.getTime() + 86_400_000).toISOString(),
        startedBy: { email: SEC },
        targets: records.map((record, i) => ({
          pocId: record.id,
          state: record.state,
          type: record.type,
          emails: record.emails,
          ...(i % 10 === 9 ? {} : { recipient: `bench:poc${i}` }),
        })),
      },
      startedAt,
    );
    for (const [i, record] of records.entries()) {
      if (i % 10 === 9) continue;
      const at = startedAt.toISOString();
      await outbox.set(
        deliveryKey(`${pingCampaign(id)}/${record.id}`),
        sentDelivery(pingCampaign(id), record.id, `bench:poc${i}`, "ping", at),
      );
      if (i % 3 !== 0)
        await tests.acknowledge(id, record.id, {
          at: new Date(startedAt.getTime() + (i % 50) * 60_000 * (i % 7 === 0 ? 40 : 1)).toISOString(),
          userId: `bench:poc${i}`,
          email: record.emails[0] ?? "",
        });
    }
  }

  // 5 broadcasts of the 2,000, every delivery sent.
  const broadcasts = new BroadcastRepository(deps.store.namespace("broadcast"));
  for (let b = 0; b < BROADCASTS; b++) {
    const at = new Date(NOW.getTime() - (BROADCASTS - b) * 3_600_000).toISOString();
    const id = `bench${b}`;
    await broadcasts.create(
      {
        id,
        text: `Announcement ${b}`,
        selector: "everyone",
        audienceLabel: "everyone",
        requiresAck: false,
        authorId: "bench:sec",
        authorName: "Secretariat",
        confirmedBy: "bench:sec",
        confirmedAt: at,
        dueAt: at,
        reachable: ROSTER,
        unreachable: 0,
        status: "reported",
        reportedAt: at,
      },
      people.map((p) => ({ key: p.email, name: p.name, userId: p.userId })),
    );
    for (const p of people)
      await outbox.set(
        deliveryKey(`${campaignOf(id)}/${localIdOf(p.userId)}`),
        sentDelivery(campaignOf(id), localIdOf(p.userId), p.userId, "broadcast", at),
      );
  }

  // Heads of delegation answered the reception's RSVP.
  const rsvps = rsvpRepository(deps);
  for (const [i, p] of people.entries()) {
    if (i % 10 !== 0) continue;
    const at = NOW.toISOString();
    await rsvps.save({
      eventId: "oewg-7-reception-2024-03-04",
      userId: p.userId,
      email: p.email,
      name: p.name,
      state: p.state,
      status: i % 30 === 0 ? "declined" : "attending",
      experts: { count: i % 3, names: [] },
      firstRespondedAt: at,
      queuedAt: at,
      updatedAt: at,
      answers: 1,
    });
  }
  return lastTest;
}

async function measure(storeUrl: string): Promise<string[]> {
  const store = await openStore(storeUrl);
  const config = loadCoreConfig({ STORE_URL: "memory:", SECRETARIAT_EMAILS: SEC });
  const deps = buildDeps({
    config,
    store,
    clock: fixedClock(NOW.toISOString()),
    log: silentLogger(),
    catalogue: loadCatalogue(),
  });
  dashboard.install(new Router(), deps, []);
  const seedStart = performance.now();
  const testId = await seed(deps);
  const seedMs = performance.now() - seedStart;
  const http = new HttpServer(silentLogger());
  deps.routes?.mountOn(http);
  await http.app.ready();
  const cookie = `${SESSION_COOKIE}=${await new Sessions(store.namespace("dashboard")).open(SEC, NOW)}`;
  const lines = [`store ${storeUrl.split(":")[0]} (seeded in ${(seedMs / 1000).toFixed(1)} s)`];
  for (const [name, url] of [
    ["overview", "/dashboard/"],
    ["ping-test page", `/dashboard/ping/${testId}`],
  ] as const) {
    const wall: number[] = [];
    const cpu: number[] = [];
    let bytes = 0;
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const response = await http.app.inject({ method: "GET", url, headers: { cookie } });
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
      bytes = response.body.length;
      if (i >= WARM_UP) {
        wall.push(elapsed);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    const p95 = quantile(wall, 0.95);
    lines.push(
      `  ${name}: wall median ${ms(quantile(wall, 0.5))}, p95 ${ms(p95)}, max ${ms(Math.max(...wall))}; CPU median ${ms(quantile(cpu, 0.5))}, p95 ${ms(quantile(cpu, 0.95))} (${(bytes / 1024).toFixed(0)} kB; target wall p95 < ${TARGET_MS} ms: ${p95 < TARGET_MS ? "met" : "NOT met"})`,
    );
  }
  await http.close();
  await store.close();
  return lines;
}

/**
 * Runs the benchmark and prints its figures.
 * @example await (await import("./dashboard.js")).run();
 */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-dashboard-"));
  try {
    process.stdout.write(
      `${ROSTER} roster entries met in chat, ${states().length * 2} POC records (every UN State with a phone example, × 2 types), ${PING_TESTS} ping tests of them, ${BROADCASTS} broadcasts of ${ROSTER}, ${RUNS} requests per page\n`,
    );
    for (const url of [`sqlite:${join(dir, "bench.sqlite")}`, "memory:"])
      process.stdout.write(`${(await measure(url)).join("\n")}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
