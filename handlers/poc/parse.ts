/**
 * The chat phrases of the POC directory. Each returns what it understood, or undefined when
 * the message is not for this feature (so the next module may answer it).
 */

import { mayNamePocField } from "../../bot/language/compile.js";
import { directoryGrammar, pocGrammar } from "../../bot/language/grammar.js";
import { normalizeText } from "../../bot/language/normalise.js";
import { cleanPastedCsv } from "../../bot/people/roster-import.js";
import { stateCodeFor } from "../../bot/people/states.js";
import { type EditableField, fieldFromWords } from "./fields.js";
import type { PocType } from "./schema.js";

/** "my details", "show my POC record", "my technical details". */
export const MY_DETAILS: RegExp = directoryGrammar().myDetails;

/** "who hasn't confirmed?", "escalation list". */
export const WHO_HAS_NOT_CONFIRMED: RegExp = directoryGrammar().notConfirmed;

/**
 * "poc directory template", "show the poc csv template": the CSV template to import.
 * @example POC_TEMPLATE.test("poc directory template") === true
 */
export const POC_TEMPLATE: RegExp = directoryGrammar().template;

/** The first of the patterns that matches the text whose field words name a field, else the first match. */
function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | undefined {
  let first: RegExpExecArray | undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (fieldFromWords(match[2] ?? "")) return match;
    first ??= match;
  }
  return first;
}

/** A request to change one field of one's own record. */
export interface ChangeRequest {
  field: EditableField;
  value: string;
  type?: PocType;
  /** Said as a statement ("my email is now …"), not asked for ("change my email to …"). */
  statement?: true;
  /** The statement denies its value ("my email is not …"): no value is proposed. */
  negated?: true;
}

/**
 * "change my phone to …", "my 24/7 phone is …", "my email is now …", "chnage my phone to …"
 * (a one-letter slip in the verb), in the languages of `bot/language/locales/<tag>/grammar.ts`;
 * undefined when the words name no field of the directory.
 * @example parseChange("change my phone to +254 20 123 4567") // { field: "phone", value: "+254 20 123 4567" }
 * @example parseChange("my 24/7 phone is +254 20 123 4567") // { field: "phone247", value: "+254 20 123 4567" }
 * parseChange("change my rsvp to yes") === undefined
 */
export function parseChange(text: string): ChangeRequest | undefined {
  // Every message is read by the POC module and then by the time-zone one: the last reading is kept.
  if (lastChange?.text !== text) lastChange = { text, request: readChange(text) };
  return lastChange.request;
}

/** The last message {@link parseChange} read, and what it read (frozen: callers share it). */
let lastChange: { text: string; request: Readonly<ChangeRequest> | undefined } | undefined;

function readChange(text: string): Readonly<ChangeRequest> | undefined {
  const grammar = pocGrammar();
  const tidied = grammar.forgiveSlip(text.trim());
  // A change or statement names its field: the field's words first, before the matchers.
  if (!mayNamePocField(tidied)) return undefined;
  const asked = firstMatch(grammar.change, tidied);
  const match = asked ?? firstMatch(grammar.statement, tidied);
  if (!match) return undefined;
  const field = fieldFromWords(match[2] ?? "");
  if (!field) return undefined;
  // The type is before the field (group 1) or, in a change, after it ("mon téléphone technique").
  const head = match[0].slice(0, match[0].length - (match[3] ?? "").length);
  const type = grammar.typeOf(match[1] || (asked ? head : "")) as PocType | undefined;
  // "my email is not x@y.org": the words after the field's name deny the value.
  const afterField = match[0].slice(match[0].indexOf(match[2] ?? "") + (match[2] ?? "").length);
  const negated = !asked && grammar.denies(afterField);
  return Object.freeze({
    field,
    value: (match[3] ?? "").trim(),
    ...(type ? { type } : {}),
    ...(asked ? {} : { statement: true as const }),
    ...(negated ? { negated: true as const } : {}),
  });
}

/**
 * "confirm", "my details are correct", "all correct", "je confirme": the POC confirms their
 * record as it stands; `type` when the words name one ("confirm my technical details").
 * @example parseConfirm("my details are correct") // {}
 * @example parseConfirm("confirm my technical details") // { type: "technical" }
 * parseConfirm("confirm my rsvp") === undefined
 */
export function parseConfirm(text: string): { type?: PocType } | undefined {
  const grammar = pocGrammar();
  const tidied = grammar.forgiveSlip(text.trim());
  // Every confirmation, and every clause of several, holds one of the confirmations' words.
  if (!grammar.mayConfirm(tidied)) return undefined;
  // Typed with or without accents; several confirming clauses ("подтверждаю, всё верно") too.
  const confirms = (words: string) => {
    const normal = normalizeText(words);
    return grammar.confirm.some(
      (pattern) => pattern.test(words) || (normal !== words && pattern.test(normal)),
    );
  };
  if (confirms(tidied)) return confirmed(grammar, tidied);
  if (!CLAUSE_BREAK.test(tidied)) return undefined;
  const clauses = tidied.split(CLAUSE_BREAK_AROUND).filter(Boolean);
  return clauses.length > 1 && clauses.every(confirms) ? confirmed(grammar, tidied) : undefined;
}

const CLAUSE_BREAK = /[,;，、；،]/u;
const CLAUSE_BREAK_AROUND = /\s*[,;，、；،]\s*/u;

function confirmed(grammar: ReturnType<typeof pocGrammar>, tidied: string): { type?: PocType } {
  const type = grammar.typeOf(tidied) as PocType | undefined;
  return type ? { type } : {};
}

/** A question about a POC's details. `state` is undefined when the words name no State. */
export interface LookupRequest {
  state?: string;
  stateWords: string;
  type: PocType;
}

/**
 * @example parseLookup("what is Kenya's technical POC's phone?") // { state: "KEN", stateWords: "Kenya", type: "technical" }
 * parseLookup("show poc FRA diplomatic") // { state: "FRA", stateWords: "FRA", type: "diplomatic" }
 * parseLookup("the technical POC of Kenya") // { state: "KEN", stateWords: "Kenya", type: "technical" }
 */
export function parseLookup(text: string): LookupRequest | undefined {
  const grammar = directoryGrammar();
  const typeFirst = grammar.lookupTypeFirst.exec(text.trim());
  const match = typeFirst
    ? [typeFirst[0], typeFirst[2], typeFirst[1]]
    : (grammar.showPoc.exec(text.trim()) ?? grammar.lookup.exec(text.trim()));
  if (!match) return undefined;
  // After "of", the State's whole name ("Republic of Korea"); before the type, what follows a last "of".
  const words = typeFirst ? (match[1] ?? "").trim() : grammar.stateWords(match[1] ?? "");
  const type = (match[2] ?? "").toLowerCase() as PocType;
  const state = stateCodeFor(words);
  return { ...(state ? { state } : {}), stateWords: words, type };
}

/**
 * "poc history KEN technical".
 * @example parseHistory("poc history KEN technical") // { state: "KEN", stateWords: "KEN", type: "technical" }
 */
export function parseHistory(text: string): LookupRequest | undefined {
  const match = directoryGrammar().history.exec(text.trim());
  if (!match) return undefined;
  const words = (match[1] ?? "").trim();
  const state = stateCodeFor(words);
  return { ...(state ? { state } : {}), stateWords: words, type: (match[2] ?? "").toLowerCase() as PocType };
}

/** Longest directory accepted in one chat message; bigger files go through the CLI. */
export const MAX_IMPORT_MESSAGE = 100_000;

/**
 * The command a directory file sent as an attachment is read under, as if pasted after it.
 * @example `${POC_IMPORT_COMMAND}\n${csv}` // what a paste of the file would be
 */
export const POC_IMPORT_COMMAND = "import poc directory";

/**
 * The CSV of an "import poc directory" message (line breaks kept; control and zero-width
 * characters, smart quotes and a code fence removed), and whether the message allows the
 * import to remove records the file lacks ("import poc directory, removing missing");
 * undefined for any other message.
 * @example importCsvOf("import poc directory\nstate,type\nKEN,technical") // { csv: "state,type\nKEN,technical", removeMissing: false }
 */
export function importCsvOf(text: string): { csv: string; removeMissing: boolean } | undefined {
  const match = directoryGrammar().importDirectory.exec(text);
  if (!match) return undefined;
  return { csv: cleanPastedCsv(match[2] ?? ""), removeMissing: match[1] !== undefined };
}
