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
