/**
 * Small statistics helpers shared by the benchmarks.
 */
import { readFileSync } from "node:fs";

/** The q-quantile (0..1) of a list of numbers, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Formats milliseconds with three decimals: `ms(0.0123) === "0.012 ms"`. */
export function ms(value: number): string {
  return `${value.toFixed(3)} ms`;
}

/**
 * How fast the host runs plain JavaScript now: the median time of a fixed workload (string
 * splitting and joining, regular expressions, JSON, a sort, Map look-ups: the kinds of work a
 * turn does, none of the bot's code), in ms. These machines run the same code 1.5–2.5× slower
 * in some windows than in others; a bench prints this beside its figures so that runs in
 * different windows can be compared (higher: a slower host).
 * @example const before = hostCalibration(); // ~4 ms on a quiet machine of this project's kind
 */
export function hostCalibration(rounds = 15): number {
  const words = "what is on thursday afternoon in tokyo when does the reception start".split(" ");
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    let checksum = 0;
    const seen = new Map<string, number>();
    for (let index = 0; index < 2_000; index += 1) {
      const text = `${words[index % words.length]} ${index} ${words[(index * 7) % words.length]}`;
      const parsed = JSON.parse(JSON.stringify({ text, index, parts: text.split(" ") })) as {
        parts: string[];
      };
      checksum += parsed.parts.join("-").replace(/[aeiou]/g, "").length;
      seen.set(text.toUpperCase(), index);
      checksum += [...parsed.parts].sort().length + (seen.get(text) ?? 0);
    }
    times.push(performance.now() - started);
    if (checksum < 0) throw new Error("unreachable");
  }
  return quantile(times, 0.5);
}

/** CPU time of the whole machine from `/proc/stat` (Linux), in seconds: busy and stolen. */
function machineCpu(): { busy: number; steal: number } | undefined {
  try {
    const fields = readFileSync("/proc/stat", "utf8")
      .split("\n", 1)[0]
      ?.trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    if (!fields || fields.length < 8) return undefined;
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    const hz = 100; // USER_HZ on Linux
    return { busy: (user + nice + system + irq + softirq) / hz, steal: steal / hz };
  } catch {
    return undefined;
  }
}

/**
 * What the rest of the machine did while a bench ran: started before the timed work,
 * `stop()` gives the CPUs that other processes kept busy on average (2 = both cores of these
 * machines) and the share of time the hypervisor took (steal), or `undefined` off Linux.
 * A bench's figures measure the code only when nothing else runs: a test suite or a package
 * install beside it slowed every figure 2–3× here. The host can be slow with nothing else
 * running too (the calibration of `hostCalibration` tells that).
 * @example const load = otherLoad(); await work(); console.log(describeOtherLoad(load.stop()));
 */
export function otherLoad(): { stop(): { otherCpus: number; stealShare: number } | undefined } {
  const startMachine = machineCpu();
  const startOwn = process.cpuUsage();
  const started = performance.now();
  return {
    stop() {
      const endMachine = machineCpu();
      if (!startMachine || !endMachine) return undefined;
      const wall = (performance.now() - started) / 1_000;
      const own = process.cpuUsage(startOwn);
      const ownSeconds = (own.user + own.system) / 1e6;
      return {
        otherCpus: Math.max(0, (endMachine.busy - startMachine.busy - ownSeconds) / wall),
        stealShare: (endMachine.steal - startMachine.steal) / wall,
      };
    },
  };
}

/** Other processes' CPUs above which a bench says its figures do not measure the code alone. */
export const BUSY_MACHINE_CPUS = 0.25;

/**
 * One line on what ran beside a bench, and whether its figures measure the code alone.
 * @example describeOtherLoad({ otherCpus: 0.05, stealShare: 0 }) // "machine: other processes kept 0.05 CPUs busy …: quiet"
 */
export function describeOtherLoad(load: { otherCpus: number; stealShare: number } | undefined): string {
  if (!load) return "machine: other processes' load unknown (no /proc/stat)";
  const verdict =
    load.otherCpus > BUSY_MACHINE_CPUS
      ? "BUSY: the figures above are slowed by other work and do not measure the code alone; run again on a quiet machine"
      : "quiet";
  return `machine: other processes kept ${load.otherCpus.toFixed(2)} CPUs busy on average, steal ${(100 * load.stealShare).toFixed(1)} %: ${verdict}`;
}
