/**
 * The Secretariat's phrases for revising the programme (the chat-phrased edits are in
 * `phrases.ts`).
 */

import { revisionGrammar } from "../../bot/language/grammar.js";

/**
 * "revise programme" (or "revised programme", "programme revision") followed, in the same
 * message, by the whole YAML file; group 1 is the file.
 * @example REVISE_PROGRAMME.exec("revise programme\nid: oewg-7\n…")?.[1]?.startsWith("id:")
 */
export const REVISE_PROGRAMME: RegExp = revisionGrammar().revise;

/**
 * The command a programme file sent as an attachment is read under, as if pasted after it.
 * @example `${REVISE_COMMAND}\n${yaml}` // what a paste of the file would be
 */
export const REVISE_COMMAND: string = revisionGrammar().reviseCommand;

/** "publish", "publish the revision", "yes, publish". */
export const PUBLISH: RegExp = revisionGrammar().publish;

/** "discard", "discard the revision", "cancel the revision". */
export const DISCARD: RegExp = revisionGrammar().discard;

/** "programme history", "programme versions", "history of the programme". */
export const HISTORY: RegExp = revisionGrammar().history;

/** "restore version 3", "restore programme version 3"; group 1 is the number. */
export const RESTORE: RegExp = revisionGrammar().restore;

/** "stop change notices", "no more programme change notices". */
export const NOTICES_OFF: RegExp = revisionGrammar().noticesOff;

/** "start change notices", "resume change notices". */
export const NOTICES_ON: RegExp = revisionGrammar().noticesOn;
