/**
 * RSVP phrases in chat:
 *   "rsvp attending", "rsvp yes to the reception", "rsvp maybe", "rsvp declined",
 *   "rsvp attending with 2 experts: Ana Lima, Raj Patel", "my RSVPs";
 * and for the Secretariat:
 *   "reception RSVPs", "rsvp list", "export reception RSVPs", "set reception capacity 120",
 *   "set reception deadline 2024-03-01 17:00", "send reception invitations".
 */

import { InputError } from "../../bot/errors.js";
import { commandMatcher } from "../../bot/language/compile.js";
import { rsvpGrammar } from "../../bot/language/grammar.js";
import { say } from "../../bot/language/messages.js";
import { firstDuplicate, looksLikeOrganisation } from "./names.js";
import { type Experts, expertsSchema, MAX_EXPERTS, type RsvpStatus } from "./schema.js";

/**
 * A parsed "rsvp …" message.
 * @example const command: RsvpCommand = { status: "declined", eventWords: "the reception" };
 */
export interface RsvpCommand {
  status: RsvpStatus;
  /** Words naming the event, if any ("the reception"). */
  eventWords?: string;
  /** Given only when the message says something about experts. */
  experts?: { count?: number; names: string[] };
}

/** The RSVP grammar, compiled from the lexicon's words (`bot/language/locales/en/grammar.ts`). */
const g = rsvpGrammar();

const STATUS_WORDS: ReadonlyArray<[RegExp, RsvpStatus]> = [
  [g.declined, "declined"],
  [g.tentative, "tentative"],
  [g.attending, "attending"],
];

const PARTICLES = new Set([
  "de",
  "da",
  "das",
  "do",
  "dos",
  "del",
  "della",
  "di",
  "du",
  "van",
  "von",
  "der",
  "den",
  "ter",
  "ten",
  "bin",
  "binti",
  "al",
  "el",
  "la",
  "le",
  "y",
]);

/**
 * Whether a name is written as names are: each word with a capital, but particles after the
 * first ("Ana de Souza"); an organisation in brackets after it is left out.
 * @example writtenAsName("Paul Martin") === true; writtenAsName("mes rappels") === false
 */
export function writtenAsName(name: string): boolean {
  return name
    .replace(/\s*\(.*\)\s*$/, "")
    .split(/\s+/)
    .every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && PARTICLES.has(word)));
}

/** The match when every name in it is written as names are (capitals), else null: "with pleasure" is no name. */
function capitalised(match: RegExpMatchArray | null): RegExpMatchArray | null {
  if (!match?.[1]) return null;
  const names = splitNames(match[1]);
  return names.length > 0 && names.every(writtenAsName) ? match : null;
}

/**
 * "rsvp …": the whole message after the word.
 * @example "rsvp yes to the reception".match(RSVP_MESSAGE)?.[1] === "yes to the reception"
 */
export const RSVP_MESSAGE: RegExp = g.message;

/**
 * Splits a list of names: each language's list punctuation ("," "、" "،") and "and" ("y", "و", "和").
 * @example splitNames("Ana Lima, Raj Patel and Li Na") // ["Ana Lima", "Raj Patel", "Li Na"]
 */
export function splitNames(text: string): string[] {
  // The list's own brackets go ("(Ana Lima, Raj Patel)", or its closing one when "experts ("
  // was read already); brackets inside a name stay ("Dr. Ana Lima (Ministry of ICT)").
  let list = text.trim();
  const opened = (list.match(/[([]/g) ?? []).length;
  const closed = (list.match(/[)\]]/g) ?? []).length;
  if (/^[([]/.test(list) && /[)\]]$/.test(list) && opened === closed) list = list.slice(1, -1);
  else if (closed > opened) list = list.replace(/[)\]]\s*$/, "");
  // "just Ana Lima": a word before the names is none of them.
  return list
    .replace(g.namesLead, "")
    .split(g.nameSeparator)
    .map((name) => name.trim().replace(/[.!]+$/, ""))
    .filter(Boolean);
}

/**
 * Validates experts typed as a count and a list of names (from card inputs or text). The
 * count defaults to the number of names.
 * @throws {InputError} saying exactly what is wrong, in `locale`.
 * @example parseExperts("2", "Ana Lima, Raj Patel") // { count: 2, names: ["Ana Lima", "Raj Patel"] }
 */
export function parseExperts(
  countText: string | undefined,
  namesText: string | undefined,
  locale = "en",
): Experts {
  const names = splitNames(namesText ?? "");
  const trimmed = (countText ?? "").trim().toLowerCase();
  const refuse = (key: string, values: Record<string, string | number> = {}): never => {
    throw new InputError(say(locale, `rsvp.error.${key}`, values));
  };
  let count = names.length;
  if (trimmed !== "") {
    const value = g.countOf(trimmed);
    if (value === undefined) refuse("countNotNumber", { words: countText?.trim() ?? "", max: MAX_EXPERTS });
    count = value as number;
  }
  const organisation = names.find(looksLikeOrganisation);
  if (organisation) {
    const person = names[names.indexOf(organisation) - 1]?.replace(/\s*\(.*$/, "") || "Ana Lima";
    refuse("organisation", { organisation, example: `${person} (${organisation})` });
  }
  const parsed = expertsSchema.safeParse({ count, names });
  if (parsed.success) {
    const twice = firstDuplicate(parsed.data.names);
    if (twice) refuse("namedTwice", { name: twice });
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  if (issue?.path.length === 0) refuse("moreNames", { count: names.length, said: count });
  const badName =
    issue?.path[0] === "names" && typeof issue.path[1] === "number" ? names[issue.path[1]] : undefined;
  if (badName === undefined) return refuse("tooMany", { max: MAX_EXPERTS });
  const key =
    issue?.code === "too_small" ? "nameShort" : issue?.code === "too_big" ? "nameLong" : "nameCharacters";
  return refuse(key, { name: badName });
}

/**
 * Parses the words after "rsvp".
 * @throws {InputError} when no answer (attending, tentative, declined) is given, or experts are wrong (in `locale`).
 * @example parseRsvp("attending with 2 experts: Ana Lima, Raj Patel")
 * // { status: "attending", experts: { count: 2, names: ["Ana Lima", "Raj Patel"] } }
 */
export function parseRsvp(rest: string, locale = "en"): RsvpCommand {
  const { experts, before: text } = readExperts(rest, locale);
  // The answer said first wins: "attending, not sure about experts yet" is attending.
  const found = STATUS_WORDS.map(([pattern, status]) => ({ status, match: text.match(pattern) }))
    .filter((entry) => entry.match)
    .sort((a, b) => (a.match?.index ?? 0) - (b.match?.index ?? 0))[0];
  if (!found?.match) {
    throw new InputError(say(locale, "rsvp.error.answerMissing"));
  }
  const eventWords = eventWordsOf(text.replace(found.match[0], " "));
  // What is left names an event only if it has Latin letters ("I , sorry" leaves a comma).
  return { status: found.status, eventWords: /[a-z]/i.test(eventWords) ? eventWords : undefined, experts };
}

/**
 * What is left of an answer once its answer word and experts are read, without the words
 * around an event's name ("to", "pour", "на") and the punctuation at its ends.
 * @example eventWordsOf(" to the reception, thanks ") === "the reception"
 */
export function eventWordsOf(text: string): string {
  return text
    .replace(g.eventFiller, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:.!，。、-]+|[\s,;:.!，。、-]+$/gu, "");
}

/**
 * The words of an answer before what it says about experts (not checked: see
 * {@link readExperts}), to find the event's name before the experts are read.
 * @example beforeExperts("to the reception with 2 experts: Ana Lima").trim() === "to the reception"
 */
export function beforeExperts(rest: string): string {
  const text = ` ${rest.trim()} `.replace(g.unsureAboutExperts, " ");
  const starts = [
    g.withCount,
    g.withCountAfter,
    g.plusCount,
    g.withTwo,
    g.namedAfterColon,
    g.withNames,
    g.noExperts,
  ]
    .map((pattern) => text.match(pattern)?.index)
    .filter((index): index is number => index !== undefined);
  return starts.length > 0 ? text.slice(0, Math.min(...starts)) : text;
}

/**
 * The experts an answer names, in any language ("with 2 experts: Ana Lima, Raj Patel",
 * "avec 1 expert", "带一位专家", "مع خبير واحد", "alone"), and the words before them.
 * `experts` is undefined when nothing is said about experts.
 * @throws {InputError} when the experts are wrong (in `locale`), as for "rsvp …".
 * @example readExperts("the reception with 2 experts").experts // { count: 2, names: [] }
 */
export function readExperts(
  rest: string,
  locale = "en",
): { experts: RsvpCommand["experts"]; before: string } {
  let text = ` ${rest.trim()} `.replace(g.unsureAboutExperts, " ");
  let experts: RsvpCommand["experts"];
  const counted = text.match(g.withCount) ?? text.match(g.withCountAfter) ?? text.match(g.plusCount);
  // A word that says two ("مع خبيرين: …", the Arabic dual) counts as "2" written before it.
  const two = counted ? null : text.match(g.withTwo);
  const withExperts = counted ?? (two ? Object.assign(["", "2", two[1] ?? ""], { index: two.index }) : null);
  const namedOnly = text.match(g.namedAfterColon) ?? capitalised(text.match(g.namedNoColon));
  const withNames = capitalised(text.match(g.withNames));
  if (withExperts) {
    const parsed = parseExperts(withExperts[1], withExperts[2], locale);
    experts = { count: parsed.count, names: parsed.names };
    text = text.slice(0, withExperts.index);
  } else if (namedOnly ?? withNames) {
    const match = (namedOnly ?? withNames) as RegExpMatchArray;
    experts = { names: parseExperts(undefined, match[1], locale).names };
    text = text.slice(0, match.index);
  } else if (g.noExperts.test(text)) {
    experts = { count: 0, names: [] };
    text = text.replace(g.noExperts, " ");
  }
  return { experts, before: text };
}

/**
 * "my RSVPs", "show my rsvp".
 * @example MY_RSVPS.test("show my RSVPs") === true
 */
export const MY_RSVPS = commandMatcher("myRsvps");

/**
 * "reception RSVPs", "rsvp list", "rsvps for the reception", "who is coming to the reception?"
 * @example RSVP_REPORT.some((p) => p.test("who is coming to the reception?")) === true
 */
export const RSVP_REPORT: readonly RegExp[] = g.report;

/** Whether a message may be an RSVP report ({@link RSVP_REPORT}): it holds a word each of them needs. */
export const RSVP_REPORT_CUE: RegExp = g.reportCue;

/**
 * "export reception RSVPs", "export rsvps as csv", "rsvp csv".
 * @example RSVP_EXPORT.some((p) => p.test("export reception RSVPs")) === true
 */
export const RSVP_EXPORT: readonly RegExp[] = g.export;

/**
 * "set reception capacity 120", "set the reception capacity to none".
 * @example "set reception capacity 120".match(SET_CAPACITY)?.slice(1) // ["reception", "120"]
 */
export const SET_CAPACITY: RegExp = g.setCapacity;

/**
 * "set reception deadline 2024-03-01 17:00", "set the reception rsvp deadline to none".
 * @example "set reception deadline 2024-03-01 17:00".match(SET_DEADLINE)?.slice(1) // ["reception", "2024-03-01 17:00"]
 */
export const SET_DEADLINE: RegExp = g.setDeadline;

/**
 * "send reception invitations", "send the reception invitation to state:KEN".
 * @example "send reception invitations to state:KEN".match(SEND_INVITATIONS)?.slice(1) // ["reception", "state:KEN"]
 */
export const SEND_INVITATIONS: RegExp = g.sendInvitations;

/**
 * Reads a capacity: a positive whole number, or "none"/"unlimited"/"off".
 * @throws {InputError} otherwise.
 * @example parseCapacity("120") === 120; parseCapacity("none") === undefined
 */
export function parseCapacity(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (g.noLimit.test(trimmed)) return undefined;
  if (/^\d{1,5}$/.test(trimmed) && Number(trimmed) > 0) return Number(trimmed);
  throw new InputError(
    `"${text.trim()}" is not a capacity; give a whole number of places from 1 to 99999, or "none" for no limit.`,
  );
}

/**
 * A status from a button's value.
 * @example rsvpStatusWord("attending") === "attending"; rsvpStatusWord("x") === undefined
 */
export function rsvpStatusWord(word: string): RsvpStatus | undefined {
  return word === "attending" || word === "tentative" || word === "declined" ? word : undefined;
}
