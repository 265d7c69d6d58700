/**
 * Finding the person a Secretariat member names ("li wei", "Otieno") among the people a
 * broadcast or ping test went to: every word given must be one of the name's words, compared
 * without case, accents or titles (`comparableName`), so "wei" finds "Li Wei" and "li wei"
 * does not find "Li Weiming".
 */
import { comparableName } from "../rsvp/names.js";

/**
 * Whether `name` is the name of the person `asked` names.
 * @example namesPerson("li wei", "Dr. Li  Wéi") === true; namesPerson("wei ming", "Li Wei") === false
 */
export function namesPerson(asked: string, name: string): boolean {
  const wanted = words(asked);
  if (wanted.length === 0) return false;
  const have = new Set(words(name));
  return wanted.every((word) => have.has(word));
}

function words(name: string): string[] {
  return comparableName(name)
    .split(/[\s.,'’-]+/u)
    .filter(Boolean);
}

/**
 * The people among `entries` that `asked` names, each with all of their entries (a POC who is
 * both the diplomatic and the technical contact is one person with two), in the order found.
 * @example peopleNamed("li wei", targets, (t) => `${t.name}|${t.state}`, (t) => t.name)
 */
export function peopleNamed<T>(
  asked: string,
  entries: readonly T[],
  personOf: (entry: T) => string,
  nameOf: (entry: T) => string | undefined,
): T[][] {
  const people = new Map<string, T[]>();
  for (const entry of entries) {
    const name = nameOf(entry);
    if (name === undefined || !namesPerson(asked, name)) continue;
    const key = personOf(entry);
    const list = people.get(key);
    if (list) list.push(entry);
    else people.set(key, [entry]);
  }
  return [...people.values()];
}

/**
 * An answer about one person: its text, and the person's full name when the name asked found
 * exactly one person (a follow-up's "he" then means them).
 * @example const receipt: Receipt = { text: "Ping test …", person: "Li Wei" };
 */
export interface Receipt {
  text: string;
  person?: string;
}
