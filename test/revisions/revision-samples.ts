/**
 * Revised versions of the OEWG programme file for the revision tests: the real `data/` file
 * with one change made to its text.
 */
import { readFileSync } from "node:fs";

/** The file as in `data/`. */
export const OEWG = readFileSync(new URL("../../data/oewg-7th-session.yaml", import.meta.url), "utf8");

const THURSDAY_PM = /(id: oewg-7-2024-03-07-pm\n {4}date: 2024-03-07\n {4}start: )"15:00"\n {4}end: "18:00"/;

/**
 * Thursday afternoon (7 March, 15:00–18:00 New York) at other times.
 * @example thursdayAfternoonAt("15:30", "18:30")
 */
export function thursdayAfternoonAt(start: string, end: string): string {
  const text = OEWG.replace(THURSDAY_PM, `$1"${start}"\n    end: "${end}"`);
  if (text === OEWG) throw new Error("the data file no longer has Thursday afternoon at 15:00–18:00");
  return text;
}

/** Thursday afternoon marked cancelled. */
export const THURSDAY_AFTERNOON_CANCELLED = (() => {
  const text = OEWG.replace(THURSDAY_PM, (whole) => `${whole}\n    cancelled: true`);
  if (text === OEWG) throw new Error("the data file no longer has Thursday afternoon at 15:00–18:00");
  return text;
})();
