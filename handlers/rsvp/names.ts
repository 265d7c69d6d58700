/**
 * Expert names compared as people write them: without accents, case, titles, extra spaces or
 * the affiliation in brackets ("Dr. Péter  Otieno (MFA)" is "peter otieno"). Used to refuse
 * duplicates and oneself, to find the expert "remove Taro from my rsvp" means, and to tell a
 * roster person that their head of delegation named them.
 */

import { rsvpGrammar } from "../../bot/language/grammar.js";

const TITLES = rsvpGrammar().titles;

/**
 * A name reduced for comparison.
 * @example comparableName("Dr. Péter  Otieno (MFA)") === "peter otieno"
 */
export function comparableName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)\s*$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(TITLES, "")
    .replace(/[.’']+$/, "");
}

/**
 * Whether two names are the same person's name (full names, see {@link comparableName}).
 * @example sameName("Peter Otieno", "péter otieno") === true; sameName("Peter", "Peter Otieno") === false
 */
export function sameName(a: string, b: string): boolean {
  return comparableName(a) !== "" && comparableName(a) === comparableName(b);
}

/**
 * The first name given twice, as first written.
 * @example firstDuplicate(["Ana Lima", "Raj Patel", "ana lima"]) === "Ana Lima"
 */
export function firstDuplicate(names: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const name of names) {
    const key = comparableName(name);
    if (seen.has(key)) return names.find((candidate) => comparableName(candidate) === key);
    seen.add(key);
  }
  return undefined;
}

const ORGANISATION_WORDS = rsvpGrammar().organisation;

/**
 * Whether a list item reads as an organisation rather than a person (outside brackets):
 * "Taro Yamada, National Police Agency" is two items, the second not a person.
 * @example looksLikeOrganisation("National Police Agency") === true; looksLikeOrganisation("Taro Yamada (National Police Agency)") === false
 */
export function looksLikeOrganisation(item: string): boolean {
  return ORGANISATION_WORDS.test(comparableName(item));
}

/**
 * The expert a short name points at: the full name, else the only one with that word
 * (a first or family name); undefined when none or several.
 * @example findExpert(["Ana Lima", "Taro Yamada"], "taro") === "Taro Yamada"
 */
export function findExpert(names: readonly string[], wanted: string): string | undefined {
  const exact = names.find((name) => sameName(name, wanted));
  if (exact) return exact;
  const words = comparableName(wanted).split(" ");
  const partial = names.filter((name) => {
    const parts = comparableName(name).split(" ");
    return words.every((word) => parts.includes(word));
  });
  return partial.length === 1 ? partial[0] : undefined;
}
