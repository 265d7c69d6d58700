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
import type { Person, Role } from "./schema.js";

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

/**
 * How a re-import differs from the stored roster, person by person (matched by email).
 * @example const changes: RosterChanges = { added: ["Zoë Müller"], changed: [{ name: "Ann Mwangi", fields: ["state KEN → AUT"] }], unchanged: 27, removed: [] };
 */
export interface RosterChanges {
  added: string[];
  changed: Array<{ name: string; fields: string[] }>;
  unchanged: number;
  removed: string[];
}

const ROLE_WORDS: Readonly<Record<Role, string>> = {
  head_of_delegation: "head of delegation",
  delegate: "delegate",
  poc: "POC",
  secretariat: "Secretariat",
};

const rolesText = (roles: readonly Role[]) =>
  (Object.keys(ROLE_WORDS) as Role[])
    .filter((role) => roles.includes(role))
    .map((role) => ROLE_WORDS[role])
    .join(", ");

/** "state KEN → AUT" for each field that differs. */
function fieldChanges(before: Person, after: Person): string[] {
  const fields: Array<[string, string, string]> = [
    ["name", before.name, after.name],
    ["state", before.state ?? "none", after.state ?? "none"],
    ["roles", rolesText(before.roles), rolesText(after.roles)],
  ];
  return fields.flatMap(([field, was, is]) => (was === is ? [] : [`${field} ${was} → ${is}`]));
}

/**
 * Who a file adds, changes and removes, in the file's order.
 * @example rosterChanges(roster.people, rows).changed // [{ name: "Zoë Müller", fields: ["state DEU → AUT"] }]
 */
export function rosterChanges(stored: readonly Person[], incoming: readonly Person[]): RosterChanges {
  const before = new Map(stored.map((person) => [person.email, person]));
  const kept = new Set(incoming.map((person) => person.email));
  const changes: RosterChanges = { added: [], changed: [], unchanged: 0, removed: [] };
  for (const person of incoming) {
    const was = before.get(person.email);
    const fields = was ? fieldChanges(was, person) : [];
    if (!was) changes.added.push(person.name);
    else if (fields.length > 0) changes.changed.push({ name: person.name, fields });
    else changes.unchanged += 1;
  }
  changes.removed = stored.filter((person) => !kept.has(person.email)).map((person) => person.name);
  return changes;
}

/**
 * True when a file would leave the roster as it is.
 * @example if (nothingChanged(changes)) return; // no new version
 */
export function nothingChanged(changes: RosterChanges): boolean {
  return changes.added.length + changes.changed.length + changes.removed.length === 0;
}

/** People named per kind of change; the rest are counted. Names may hold commas: "; " apart. */
const NAMED = 5;

function named(items: readonly string[]): string {
  const shown = items.slice(0, NAMED).join("; ");
  return items.length > NAMED ? `${shown}; and ${items.length - NAMED} more` : shown;
}

/**
 * The changes in words: the counts, then who changed (with the fields), was added, removed.
 * @example describeRosterChanges(changes, 2)
 * // "Compared with version 2: 0 added, 1 changed, 28 unchanged, 0 removed.\n• Zoë Müller: state DEU → AUT"
 */
export function describeRosterChanges(changes: RosterChanges, previousVersion: number): string {
  const { added, changed, unchanged, removed } = changes;
  const lines = [
    `Compared with version ${previousVersion}: ${added.length} added, ${changed.length} changed, ${unchanged} unchanged, ${removed.length} removed.`,
  ];
  for (const person of changed.slice(0, NAMED)) lines.push(`• ${person.name}: ${person.fields.join("; ")}`);
  if (changed.length > NAMED) lines.push(`• …and ${changed.length - NAMED} more changed`);
  if (added.length > 0) lines.push(`• Added: ${named(added)}`);
  if (removed.length > 0) lines.push(`• Removed: ${named(removed)}`);
  return lines.join("\n");
}
