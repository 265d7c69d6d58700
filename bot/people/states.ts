/**
 * Member States by ISO 3166-1 alpha-3 code, with English names (i18n-iso-countries), so
 * that "KEN" and "Kenya" both resolve.
 */
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";

// Loaded with require: JSON import attributes do not survive bundling (the ask CLI's bundle).
countries.registerLocale(createRequire(import.meta.url)("i18n-iso-countries/langs/en.json"));

/**
 * True for an ISO 3166-1 alpha-3 code (upper case).
 * @example isStateCode("KEN") === true; isStateCode("XKX") === false
 */
export function isStateCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

const withoutMarks = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "");

/**
 * The English short name of a State. The library lists "Cote d'Ivoire" first and "Côte
 * d'Ivoire" as an alias: a name that is the first one with its accents restored wins.
 * @example stateName("KEN") === "Kenya"; stateName("CIV") === "Côte d'Ivoire"
 */
export function stateName(code: string): string {
  const [first, ...others] = countries.getName(code, "en", { select: "all" }) ?? [];
  if (!first) return code;
  return others.find((name) => name !== first && withoutMarks(name) === first) ?? first;
}

/**
 * The code for a State named in free text (code or English name), if any.
 * @example stateCodeFor("kenya") === "KEN"; stateCodeFor("ken") === "KEN"
 */
export function stateCodeFor(text: string): string | undefined {
  const trimmed = text.trim();
  if (isStateCode(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return countries.getAlpha3Code(trimmed, "en") ?? undefined;
}

/** Every State's English name with its code, for finding names inside sentences. */
export function allStateNames(): Array<{ code: string; name: string }> {
  return Object.entries(countries.getNames("en", { select: "all" })).flatMap(([alpha2, names]) => {
    const code = countries.alpha2ToAlpha3(alpha2);
    return code ? (Array.isArray(names) ? names : [names]).map((name) => ({ code, name })) : [];
  });
}

/**
 * The States a list names ("Kenya, France and SGP", "Côte d'Ivoire", "South Africa KEN"):
 * items are split at commas, semicolons, "&" and "and" (a name holding "and", such as
 * "Bosnia and Herzegovina", stays whole); an item that is not one State is read as several
 * names or codes separated by spaces when every word finds its State. What cannot be read is
 * returned in `unknown`, as typed.
 * @example statesInList("Côte d'Ivoire and South Africa") // { codes: ["CIV", "ZAF"], unknown: [] }
 * @example statesInList("KEN FRA, Atlantis") // { codes: ["KEN", "FRA"], unknown: ["Atlantis"] }
 */
export function statesInList(list: string): { codes: string[]; unknown: string[] } {
  const tokens = list
    .replace(/[\u2018\u2019]/g, "'")
    .split(/\s*,\s*|\s*;\s*|\s+and\s+|\s*&\s*/i)
    .map((token) => token.trim().replace(/^the\s+/i, ""))
    .filter(Boolean);
  const codes: string[] = [];
  const unknown: string[] = [];
  const add = (code: string) => {
    if (!codes.includes(code)) codes.push(code);
  };
  for (let i = 0; i < tokens.length; ) {
    let matched = false;
    for (let j = tokens.length; j > i; j -= 1) {
      const code = stateCodeFor(tokens.slice(i, j).join(" and "));
      if (code) {
        add(code);
        i = j;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const token = tokens[i] ?? "";
    const words = wordsAsStates(token);
    if (words) words.forEach(add);
    else unknown.push(token);
    i += 1;
  }
  return { codes, unknown };
}

/** "KEN FRA", "South Africa Kenya": the States of space-separated names, if every word finds one. */
function wordsAsStates(token: string): string[] | undefined {
  const words = token.split(/\s+/).filter(Boolean);
  const codes: string[] = [];
  for (let i = 0; i < words.length; ) {
    let j = words.length;
    for (; j > i; j -= 1) {
      const code = stateCodeFor(words.slice(i, j).join(" "));
      if (code) {
        codes.push(code);
        break;
      }
    }
    if (j === i) return undefined;
    i = j;
  }
  return codes.length > 0 ? codes : undefined;
}
