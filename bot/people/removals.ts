/**
 * Imports replace a whole list (the roster, the POC directory). A file that lacks entries the
 * store holds would remove them; that happens only when the Secretariat says it is meant
 * ("…, removing missing" in chat, `--remove-missing` on a CLI), else the import is refused
 * naming them. Both imports share this policy and the way the refusal names what is missing.
 * Columns a roster file lacks are not covered by this policy: see `roster-changes.ts`.
 */

/**
 * Whether an import may remove what its file lacks, and how the person says it is meant.
 * @example const policy: RemovalPolicy = { removeMissing: false, retryHint: "run the same command with --remove-missing" };
 */
export interface RemovalPolicy {
  removeMissing: boolean;
  /** Completes "If they should go, …" in the refusal. */
  retryHint: string;
}

/** For callers that replace the whole list on purpose (tests, internal tools). */
export const REMOVE_MISSING: RemovalPolicy = { removeMissing: true, retryHint: "" };

/** Entries named in a refusal; the rest are counted. */
const NAMED = 5;

/**
 * What is missing, for the refusal: the first few, then a count.
 * @example missingList(["a@x.org", "b@y.org"]) === "a@x.org, b@y.org"; missingList(sevenNames) === "n1, n2, n3, n4, n5 and 2 more"
 */
export function missingList(names: readonly string[]): string {
  const shown = names.slice(0, NAMED).join(", ");
  return names.length > NAMED ? `${shown} and ${names.length - NAMED} more` : shown;
}
