/**
 * Reminders: how long `dueReminders` takes to work out who is due for 1,000 subscribers
 * over the whole programme (every OEWG slot, the reception, the POC meeting and the ping
 * test) in one window — target < 100 ms — and for one 5-second tick window. Prints figures;
 * asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { loadCatalogue } from "../bot/programme/load.js";
import { dueReminders, type ReminderSubscription } from "../schedules/reminders/due.js";
import { ms, quantile } from "./stats.js";

const SUBSCRIBERS = 1_000;
const RUNS = 30;
const TARGET_MS = 100;

/** Every subscriber follows every session; a third also a specific item; a quarter the reception. */
function subscriptions(): ReminderSubscription[] {
  const items = [
    "oewg-7-capacity-building",
    "oewg-7-international-law",
    "poc-meeting-1-launch",
    "oewg-7-closure",
  ];
  const list: ReminderSubscription[] = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const userId = `bench:u${i}`;
    list.push({ userId, target: { type: "every-session" }, leadMinutes: [15, 30, 60][i % 3] as number });
    if (i % 3 === 0)
      list.push({
        userId,
        target: { type: "occurrence", occurrenceId: items[i % items.length] as string },
        leadMinutes: 15,
      });
    if (i % 4 === 0)
      list.push({
        userId,
        target: { type: "occurrence", occurrenceId: "oewg-7-reception-2024-03-04" },
        leadMinutes: 60,
        origin: "rsvp",
      });
  }
  return list;
}

/** Wall-clock samples, and CPU time (user + system) per run, which a busy machine inflates less. */
function time(run: () => unknown): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/**
 * Runs the benchmark and prints its figures.
 * @example await (await import("./reminders.js")).run(); // prints the figures
 */
export async function run(): Promise<void> {
  const catalogue = loadCatalogue();
  const subs = subscriptions();
  const start = Math.min(...catalogue.programmes.map((entry) => entry.start)) - 2 * 86_400_000;
  const end = Math.max(...catalogue.programmes.map((entry) => entry.end)) + 86_400_000;
  const due = dueReminders(subs, catalogue, start, end);
  const whole = time(() => dueReminders(subs, catalogue, start, end));
  const tickAt = Date.parse("2024-03-07T14:45:00Z");
  const tick = time(() => dueReminders(subs, catalogue, tickAt - 5_000, tickAt));
  const median = quantile(whole.wall, 0.5);
  process.stdout.write(
    [
      `${SUBSCRIBERS} subscribers, ${subs.length} subscriptions, ${due.length} reminders over the whole programme`,
      `whole programme: wall median ${ms(median)}, p95 ${ms(quantile(whole.wall, 0.95))}, max ${ms(Math.max(...whole.wall))}; CPU median ${ms(quantile(whole.cpu, 0.5))} (target < ${TARGET_MS} ms: ${median < TARGET_MS ? "met" : "NOT met"})`,
      `one 5 s tick window: wall median ${ms(quantile(tick.wall, 0.5))}, max ${ms(Math.max(...tick.wall))}`,
      "",
    ].join("\n"),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
