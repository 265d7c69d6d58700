/**
 * The typo distance against a plain, allocation-happy reference (optimal string alignment),
 * on a table of typos and on random words, including words longer than its reused rows.
 */
import { describe, expect, it } from "vitest";
import { boundedDistance, slipFixer } from "../../bot/language/distance.js";

function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe("boundedDistance", () => {
  it.each([
    ["thrusday", "thursday", 2, 1],
    ["thursday", "thursday", 2, 0],
    ["wensday", "wednesday", 2, 2],
    ["mecredi", "mercredi", 1, 1],
    ["friday", "monday", 1, 2],
    ["", "abc", 3, 3],
    ["capasity", "capacity", 2, 1],
  ])("%s → %s (limit %i) = %i", (a, b, limit, expected) => {
    expect(boundedDistance(a, b, limit)).toBe(expected);
  });

  it("agrees with the reference on random words, capped at limit + 1", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = (max: number) =>
      Array.from({ length: Math.floor(random() * max) }, () => "abcde"[Math.floor(random() * 5)]).join("");
    for (let round = 0; round < 2_000; round++) {
      const a = word(round % 100 === 0 ? 60 : 9);
      const b = word(round % 100 === 0 ? 60 : 9);
      const limit = 1 + Math.floor(random() * 3);
      expect(boundedDistance(a, b, limit), `${a} / ${b}`).toBe(Math.min(reference(a, b), limit + 1));
    }
  });
});

describe("slipFixer", () => {
  const fix = slipFixer(["remind", "reminder", "reminders", "reception"]);

  it("corrects a one-letter slip of a word of five letters or more to the first known word within one edit", () => {
    expect(fix("remmind")).toBe("remind");
    expect(fix("Reminedr")).toBe("reminder");
    expect(fix("receptoin")).toBe("reception");
  });

  it("leaves known words, short words and words further away as written, asked again or not", () => {
    for (let round = 0; round < 2; round += 1) {
      expect(fix("Remind")).toBe("Remind");
      expect(fix("remd")).toBe("remd");
      expect(fix("Thursday")).toBe("Thursday");
      expect(fix("remdner")).toBe("remdner");
    }
  });
});
