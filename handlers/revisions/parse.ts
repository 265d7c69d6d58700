/**
 * The Secretariat's phrases for revising the programme (the chat-phrased edits are in
 * `phrases.ts`).
 */

/**
 * "revise programme" (or "revised programme", "programme revision") followed, in the same
 * message, by the whole YAML file; group 1 is the file.
 * @example REVISE_PROGRAMME.exec("revise programme\nid: oewg-7\n…")?.[1]?.startsWith("id:")
 */
export const REVISE_PROGRAMME =
  /^\s*(?:revise(?:\s+the)?\s+programme|revised\s+programme|programme\s+revision|update\s+(?:the\s+)?programme(?:\s+file)?)\s*:?[ \t]*(?:\r?\n([\s\S]*))?$/i;

/**
 * The command a programme file sent as an attachment is read under, as if pasted after it.
 * @example `${REVISE_COMMAND}\n${yaml}` // what a paste of the file would be
 */
export const REVISE_COMMAND = "revise programme";

/** "publish", "publish the revision", "yes, publish". */
export const PUBLISH =
  /^(?:yes,?\s+)?publish(?:\s+(?:the\s+|this\s+)?(?:revision|changes?|it|programme))?[.!]*$/i;

/** "discard", "discard the revision", "cancel the revision". */
export const DISCARD =
  /^(?:discard(?:\s+(?:the\s+|this\s+)?(?:revision|draft|changes?))?|(?:drop|cancel|abandon)\s+(?:the\s+|this\s+)?(?:programme\s+)?(?:revision|draft))[.!]*$/i;

/** "programme history", "programme versions", "history of the programme". */
export const HISTORY =
  /^(?:programme\s+(?:history|versions)|history\s+of\s+the\s+programme|versions\s+of\s+the\s+programme)[?.!]*$/i;

/** "restore version 3", "restore programme version 3"; group 1 is the number. */
export const RESTORE =
  /^(?:restore|go\s+back\s+to|revert\s+to)\s+(?:the\s+)?(?:programme\s+)?version\s+(\S+?)[.!]*$/i;

/** "stop change notices", "no more programme change notices". */
export const NOTICES_OFF =
  /^(?:stop|no\s+more|mute|unsubscribe\s+from)\s+(?:programme\s+)?(?:change\s+notices|changes?\s+messages|programme\s+changes|notices\s+of\s+changes)[.!]*$/i;

/** "start change notices", "resume change notices". */
export const NOTICES_ON =
  /^(?:start|resume|restart|send\s+me)\s+(?:programme\s+)?(?:change\s+notices|programme\s+changes|notices\s+of\s+changes)(?:\s+again)?[.!]*$/i;
