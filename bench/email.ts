/**
 * E-mail fan-out: 2,000 e-mails through the outbox, the real e-mail adapter (nodemailer's
 * SMTP pool) and a real local SMTP server (`smtp-server`), paced at a configured rate
 * (`BENCH_EMAIL_RATE`, default 10 per second, as a mail provider might allow). Prints the
 * time from the first to the last message accepted by the server as a ratio to the least
 * time the rate allows. Target: at most 1.15.
 */
import { createEmailAdapter, parseEmailConfig } from "../adapters/email/index.js";
import { systemClock } from "../bot/clock.js";
import { loadCoreConfig } from "../bot/config.js";
import { buildDeps } from "../bot/deps.js";
import { silentLogger } from "../bot/logger.js";
import { emailAddress } from "../bot/reach/channels.js";
import { openStore } from "../bot/store/index.js";
import { startSmtpServer } from "../test/support/smtp-server.js";

const COUNT = Number(process.env.BENCH_EMAIL_COUNT ?? 2_000);
const RATE = Number(process.env.BENCH_EMAIL_RATE ?? 10);

/** @example await run(); // "e-mail: 2000 messages in 201.3 s; minimum at 10/1 s: 199.0 s; ratio 1.012" */
export async function run(): Promise<void> {
  const smtp = await startSmtpServer();
  const store = await openStore("memory:");
  const config = loadCoreConfig({ STORE_URL: "memory:", OUTBOX_RATE_LIMITS: `email=${RATE}/1s` });
  const deps = buildDeps({ config, store, clock: systemClock, log: silentLogger() });
  const mail = createEmailAdapter(
    parseEmailConfig({ SMTP_URL: smtp.url, MAIL_FROM: "Secretariat <sec@un.example>" }),
  );
  await mail.start({ sink: { dispatch: async () => undefined }, store, log: silentLogger() });
  deps.messenger.add(mail);
  deps.outbox.register("bench", () => ({
    text: "Benchmark notice: the afternoon meeting moves to Conference Room 4.",
  }));
  const now = new Date().toISOString();
  for (let i = 0; i < COUNT; i += 1) {
    await deps.outbox.enqueue({
      campaign: "bench",
      localId: String(i),
      kind: "bench",
      recipient: emailAddress(`p${i}@bench.example`),
      payload: {},
      dueAt: now,
    });
  }
  const started = Date.now();
  while (smtp.messages.length < COUNT && Date.now() - started < (COUNT / RATE) * 3_000)
    await deps.outbox.drain();
  const arrivals = smtp.messages.map((message) => message.at).sort((a, b) => a - b);
  const measured = (arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0);
  const minimum = Math.floor((COUNT - 1) / RATE) * 1_000;
  const failed = (await deps.outbox.campaign("bench")).filter(
    (delivery) => delivery.status !== "sent",
  ).length;
  process.stdout.write(
    `e-mail: ${arrivals.length} messages in ${(measured / 1000).toFixed(1)} s; minimum at ${RATE}/1 s: ${(minimum / 1000).toFixed(1)} s; ratio ${(measured / minimum).toFixed(3)} (target ≤ 1.15); ${failed} not sent\n`,
  );
  await mail.stop();
  await smtp.close();
  await store.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
