/**
 * Small statistics helpers shared by the benchmarks.
 */

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
