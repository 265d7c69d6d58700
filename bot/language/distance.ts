/** Edit distance for typo-tolerant matching of words ("thrusday" → "thursday"). */

/** Three reusable rows: the distance runs on every word of every question, so it allocates nothing. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(33), new Int32Array(33), new Int32Array(33)];

/**
 * Damerau-Levenshtein (optimal string alignment) distance, giving up (returning `limit + 1`)
 * as soon as it must exceed `limit`.
 * @example boundedDistance("capasity", "capacity", 2) === 1
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  let [previousPrevious, previous, current] = rows;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const charB = b.charCodeAt(j - 1);
      const cost = charA === charB ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        value = Math.min(value, (previousPrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return Math.min(previous[b.length] as number, limit + 1);
}

/** Words a slip fixer remembers before it starts over (a turn's words repeat across messages). */
const SLIP_MEMORY = 2_000;

/**
 * A reader of slips in a list of known words: the first known word (in `known`'s order) within
 * `limitOf(word)` edits of a word, else undefined. Remembers its answers, since every message's
 * words pass through such readers and the edit distance to each known word costs microseconds.
 * @example slipReader(["afternoon", "evening"], (w) => (w.length >= 9 ? 2 : 1))("aftrnoon") === "afternoon"
 */
export function slipReader(
  known: readonly string[],
  limitOf: (word: string) => number = () => 1,
): (word: string) => string | undefined {
  const memory = new Map<string, string | null>();
  return (word) => {
    let found = memory.get(word);
    if (found === undefined) {
      const limit = limitOf(word);
      found = known.find((candidate) => boundedDistance(word, candidate, limit) <= limit) ?? null;
      if (memory.size >= SLIP_MEMORY) memory.clear();
      memory.set(word, found);
    }
    return found ?? undefined;
  };
}

/**
 * A corrector of one-letter slips in a feature's own words ("remmind" → "remind"): a word of 5
 * or more letters within one edit of a known word becomes that word (the first in `known`'s
 * order); others come back unchanged ({@link slipReader}, lower-cased).
 * @example slipFixer(["remind", "reminder"])("Remmind") === "remind"
 * @example slipFixer(["remind"])("Thursday") === "Thursday"
 */
export function slipFixer(known: readonly string[]): (word: string) => string {
  const exact = new Set(known);
  const read = slipReader(known);
  return (word) => {
    const lower = word.toLowerCase();
    if (lower.length < 5 || exact.has(lower)) return word;
    return read(lower) ?? word;
  };
}
