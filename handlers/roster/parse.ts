/**
 * Chat phrases of the roster: "import roster" followed by CSV lines (pasted in one message),
 * "roster", "roster template".
 */
import { rosterGrammar } from "../../bot/language/grammar.js";
import { cleanPastedCsv } from "../../bot/people/roster-import.js";

/**
 * Longest roster accepted in one chat message; bigger files go through the CLI.
 * @example if (text.length > MAX_ROSTER_MESSAGE) throw new InputError("use the CLI");
 */
export const MAX_ROSTER_MESSAGE = 60_000;

/**
 * The command a roster file sent as an attachment is read under, as if pasted after it.
 * @example `${ROSTER_IMPORT_COMMAND}\n${csv}` // what a paste of the file would be
 */
export const ROSTER_IMPORT_COMMAND = "import roster";

const IMPORT = rosterGrammar().importCommand;

/**
 * The CSV text of an "import roster" message and whether it allows dropping people the file
 * lacks ("import roster, removing missing"), or undefined when the message is something
 * else. Control and invisible characters are removed; line breaks are kept.
 * @example importCommandCsv("import roster\nemail,name,state,roles\nann@mission.ke,Ann,KEN,hod") // { csv: "email,name,state,roles\nann@mission.ke,Ann,KEN,hod", removeMissing: false }
 */
export function importCommandCsv(text: string): { csv: string; removeMissing: boolean } | undefined {
  const match = text.match(IMPORT);
  if (!match) return undefined;
  return { csv: cleanPastedCsv(match[2] ?? ""), removeMissing: match[1] !== undefined };
}

/**
 * "roster", "roster status", "show the roster".
 * @example ROSTER_STATUS.test("show the roster") === true
 */
export const ROSTER_STATUS: RegExp = rosterGrammar().status;

/**
 * "roster template", "roster csv template".
 * @example ROSTER_TEMPLATE.test("roster csv template") === true
 */
export const ROSTER_TEMPLATE: RegExp = rosterGrammar().template;
