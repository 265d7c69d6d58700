import { BotError } from "../errors.js";

/**
 * One problem found in a programme file.
 * @example const issue: ProgrammeDataIssue = { file: "data/x.yaml", path: "meetings[2].end", message: "must be after start" };
 */
export interface ProgrammeDataIssue {
  /** The file, relative to the data folder's parent: `data/oewg-7th-session.yaml`. */
  file: string;
  /** Where inside the file: `meetings[2].end`; empty for the whole file. */
  path: string;
  message: string;
}

/**
 * A programme file is unreadable or invalid. The message has one line per issue, each naming
 * the file and the path inside it.
 * @example
 * try { loadCatalogue(); } catch (error) {
 *   if (error instanceof ProgrammeDataError) console.error(error.message); // "data/x.yaml: meetings[2].end: must be after start"
 * }
 */
export class ProgrammeDataError extends BotError {
  declare readonly code: "PROGRAMME_DATA";

  constructor(
    readonly issues: readonly ProgrammeDataIssue[],
    options?: { cause?: unknown },
  ) {
    super("PROGRAMME_DATA", issues.map(describeIssue).join("\n") || "invalid programme data", options);
  }
}

/**
 * One issue as a line of text.
 * @example describeIssue({ file: "data/x.yaml", path: "meetings[2].end", message: "must be after start" })
 * // "data/x.yaml: meetings[2].end: must be after start"
 */
export function describeIssue(issue: ProgrammeDataIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}
