/**
 * What the Secretariat is told after an accepted roster import, in chat and by the CLI: the
 * roster's summary and, on a re-import, what changed; or that nothing did.
 */
import type { RosterImport } from "../../bot/people/directory.js";
import { describeRosterChanges } from "../../bot/people/roster-changes.js";
import type { Person } from "../../bot/people/schema.js";
import { rosterSummary } from "./audiences.js";

/**
 * The answer to an accepted import; `where` follows "Roster imported" (the CLI names the store).
 * @example importOutcome(result, roster.people) // "Roster imported (version 2): 29 people: …\nCompared with version 1: 0 added, 1 changed, …"
 */
export function importOutcome(result: RosterImport, people: readonly Person[], where = ""): string {
  if (!result.written) {
    return `Nothing changed: the file matches roster version ${result.version} (${result.count} ${result.count === 1 ? "person" : "people"}), so no new version was made.`;
  }
  const head = `Roster imported${where} (version ${result.version}): ${rosterSummary(people)}.`;
  return result.previousVersion === undefined
    ? head
    : `${head}\n${describeRosterChanges(result.changes, result.previousVersion)}`;
}
