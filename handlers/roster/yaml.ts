/**
 * Roster files in YAML: a list of people (or `people:` holding the list), each with email,
 * name, state and roles (a list or one string). They are turned into the CSV the people
 * directory imports, so that both formats go through the same row-by-row checks.
 */
import { stringify } from "csv-stringify/sync";
import { parse } from "yaml";

/**
 * Converts roster YAML into roster CSV; a file that is not a list of people is reported.
 * Problems name entries ("entry 2") rather than CSV rows: use {@link entryProblems}.
 * @example rosterYamlToCsv("- {email: ann@mission.ke, name: Ann, state: KEN, roles: [hod]}")
 * // { ok: true, csv: "email,name,state,roles\nann@mission.ke,Ann,KEN,hod\n" }
 */
export function rosterYamlToCsv(text: string): { ok: true; csv: string } | { ok: false; problems: string[] } {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        `The file is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      ],
    };
  }
  const list = Array.isArray(document)
    ? document
    : document && typeof document === "object" && Array.isArray((document as { people?: unknown }).people)
      ? (document as { people: unknown[] }).people
      : undefined;
  if (!list)
    return { ok: false, problems: ["The YAML file must be a list of people (or have a `people:` list)."] };
  const text_ = (value: unknown) => (value === undefined || value === null ? "" : String(value));
  const records = list.map((entry) =>
    entry && typeof entry === "object" ? (entry as Record<string, unknown>) : {},
  );
  // No entry with a state: key is a file without the column, which the import checks
  // against the States the roster holds (an empty `state:` clears one on purpose).
  const withState = records.some((record) => "state" in record);
  const rows = records.map((record) => {
    const roles = Array.isArray(record.roles) ? record.roles.map(text_).join(";") : text_(record.roles);
    return [text_(record.email), text_(record.name), ...(withState ? [text_(record.state)] : []), roles];
  });
  const header = withState ? ["email", "name", "state", "roles"] : ["email", "name", "roles"];
  return { ok: true, csv: stringify([header, ...rows]) };
}

/**
 * Rewrites "row N" of CSV problems as "entry N−1" for a YAML source.
 * @example entryProblems(["row 3: email: …"]) // ["entry 2: email: …"]
 */
export function entryProblems(problems: readonly string[]): string[] {
  return problems.map((problem) =>
    problem.replace(/\brow (\d+)\b/g, (_, row: string) => `entry ${Number(row) - 1}`),
  );
}
