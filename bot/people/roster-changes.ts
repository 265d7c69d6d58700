/**
 * What a roster import would change in the stored roster. A file is the whole roster, so a
 * column it lacks would silently clear that field for everyone: such a file is refused (see
 * {@link columnLosses}); people it lacks are handled by `removals.ts`.
 *
 * "…, removing missing" does not cover columns: it says that people may go, and a partial
 * file sent to drop a few departed delegates must not also wipe everyone's State because the
 * column was lost on the way. Clearing a field on purpose has its own explicit form, visible
 * in the file itself: keep the column and leave its cells empty.
 */
import type { Person } from "./schema.js";

/** Optional columns: how a stored person holds a value for each, and what to call it. */
const OPTIONAL_COLUMNS: ReadonlyArray<{ column: string; has: (person: Person) => boolean; value: string }> = [
  { column: "state", has: (person) => person.state !== undefined, value: "State" },
];

/**
 * One optional column a file lacks while people it keeps have a value in it.
 * @example const loss: ColumnLoss = { column: "state", value: "State", people: 27 };
 */
export interface ColumnLoss {
  column: string;
  /** What a cell of the column is, for people ("State"). */
  value: string;
  /** People of the file who hold a value now and would lose it. */
  people: number;
}

/**
 * The optional columns a file lacks that people it keeps have values in.
 * @example columnLosses(roster.people, ["email", "name", "roles"], rows) // [{ column: "state", value: "State", people: 27 }]
 */
export function columnLosses(
  stored: readonly Person[],
  columns: readonly string[],
  incoming: readonly Person[],
): ColumnLoss[] {
  const kept = new Set(incoming.map((person) => person.email));
  return OPTIONAL_COLUMNS.filter(({ column }) => !columns.includes(column)).flatMap(
    ({ column, has, value }) => {
      const people = stored.filter((person) => kept.has(person.email) && has(person)).length;
      return people > 0 ? [{ column, value, people }] : [];
    },
  );
}

/**
 * The refusal for a column a file lacks.
 * @example describeColumnLoss({ column: "state", value: "State", people: 27 })
 * // "This file has no state column, but 27 people on the roster have a State, which they would lose …"
 */
export function describeColumnLoss(loss: ColumnLoss): string {
  const who = loss.people === 1 ? "1 person on the roster has" : `${loss.people} people on the roster have`;
  const audience = loss.column === "state" ? ' (and with it "delegates of Kenya" and the like)' : "";
  return `This file has no ${loss.column} column, but ${who} a ${loss.value}, which they would lose${audience}. Add the column and send the whole file again; to clear ${loss.value}s on purpose, keep the column and leave its cells empty.`;
}
