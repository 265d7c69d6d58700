/**
 * Text normalisation shared by the catalogue's search index and the question parser, so that
 * both sides turn "Closing", "closure" and "concluding" into the same term, and
 * "capacity-building" and "Capacity Building" into the same two terms.
 */

import { english } from "../language/locales/en/lexicon.js";
import { normalizeText } from "../language/normalise.js";

export { normalizeText };

/**
 * A word as typed (lower-cased, accents removed) and the term it is indexed under
 * (the lexicon's synonyms read first: "closing" → "close").
 * @example const word: Word = { surface: "closing", term: "clos" };
 */
export interface Word {
  surface: string;
  term: string;
}

const WORD = /[a-z0-9]+(?:&[a-z0-9]+)?/g;

/**
 * Splits normalised text into words; drops possessive/contracted `'s`.
 * @example surfaceWords("What's on? Capacity-building") // ["what", "on", "capacity", "building"]
 */
export function surfaceWords(normalized: string): string[] {
  return normalized.replace(/'s\b/g, "").replace(/'/g, "").match(WORD) ?? [];
}

/**
 * A light English stemmer (plural, -ing, -ed, -ion, -ation, final e), enough to match
 * "discussed"/"discussion"/"discuss" and "measures"/"measure". Applied to index and query alike.
 * @example stem("building") === "build"; stem("measures") === "measur"; stem("discussion") === "discuss"
 */
export function stem(word: string): string {
  let w = word.replace(/iz(e|es|ed|ing|ation|ations)$/, "is$1");
  if (w.length <= 3 || /^\d/.test(w)) return w;
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ["ation", "ion", "ing", "ed"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

/**
 * The index term of one surface word (synonyms folded, then stemmed).
 * @example termOf("Concluding") === "clos"; termOf("CBMs") === "cbm"
 */
export function termOf(surface: string): string {
  const lower = surface.toLowerCase();
  return stem(english.synonyms.get(lower) ?? lower);
}

/**
 * Words of a text with their terms.
 * @example words("Closing remarks") // [{ surface: "closing", term: "clos" }, { surface: "remarks", term: "remark" }]
 */
export function words(text: string): Word[] {
  return surfaceWords(normalizeText(text)).map((surface) => ({ surface, term: termOf(surface) }));
}

/**
 * Terms of a text, in order (duplicates kept).
 * @example termsOf("Confidence-building measures") // ["confidenc", "build", "measur"]
 */
export function termsOf(text: string): string[] {
  return words(text).map((word) => word.term);
}

/**
 * Of things found by some words, those the words *name*: whose label begins with them ("the
 * ping test" names '"Ping" test of the Global POC Directory'; 'Briefing on "ping" test …' is
 * only about it). All of them when none begins so.
 * @example preferNamed([briefing, pingTest], termsOf("ping test")) // [pingTest]
 */
export function preferNamed<T extends { readonly label: string }>(
  found: readonly T[],
  terms: readonly string[],
): T[] {
  const named = found.filter((thing) => {
    const label = termsOf(thing.label);
    return (
      terms.length > 0 && terms.length <= label.length && terms.every((term, index) => label[index] === term)
    );
  });
  return named.length > 0 ? named : [...found];
}
