/**
 * The States of the UN (193 Member States, 2 observer States; data in `un-states.ts`): shown by
 * their UN short name in the person's language, read from any of the six names, common
 * English names ("South Korea", "UK"), the alpha-3 code or the alpha-2 code in capitals. Nothing
 * else is a State: a territory, Antarctica or a user-assigned code (XKX) is refused by name.
 */
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { currentLocale } from "../language/current.js";
import { COMMON_ALIASES, UN_STATES, type UnState } from "./un-states.js";

// ISO's English names, only to say what a code that is not a State is ("ATA" is Antarctica).
// Loaded with require: JSON import attributes do not survive bundling (the ask CLI's bundle).
countries.registerLocale(createRequire(import.meta.url)("i18n-iso-countries/langs/en.json"));

const BY_CODE: ReadonlyMap<string, UnState> = new Map(UN_STATES.map((state) => [state.code, state]));
const BY_ALPHA2: ReadonlyMap<string, string> = new Map(UN_STATES.map((state) => [state.alpha2, state.code]));

/**
 * A name folded for reading: lower case, no accents or Arabic marks, no tatweel, straight
 * apostrophes, single spaces, no leading "the".
 * @example fold("  Côte d’Ivoire ") === "cote d'ivoire"
 */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\u0640/g, "")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\uff08]/g, "(")
    .replace(/[\uff09]/g, ")")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** Every readable name, folded, to its code: UN names first, then aliases (first one wins). */
const BY_NAME: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = fold(name);
    if (key && !index.has(key)) index.set(key, code);
  };
  for (const state of UN_STATES) for (const name of Object.values(state.names)) add(name, state.code);
  for (const [name, code] of Object.entries(COMMON_ALIASES)) add(name, code);
  for (const state of UN_STATES) for (const name of state.aliases) add(name, state.code);
  return index;
})();

/**
 * True for the alpha-3 code (upper case) of a UN Member State or observer State.
 * @example isStateCode("KEN") === true; isStateCode("VAT") === true; isStateCode("ATA") === false
 */
export function isStateCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** The six languages' keys of {@link UnState.names}. */
type NameLocale = keyof UnState["names"];

/**
 * The UN short name of a State in a language (the turn's language by default; English when the
 * language is not one of the six). A code that is not a State (a phone number's territory) gets
 * its ISO English name, else itself.
 * @example stateName("KOR") === "Republic of Korea"; stateName("KOR", "fr") === "République de Corée"
 */
export function stateName(code: string, locale: string = currentLocale()): string {
  const state = BY_CODE.get(code);
  if (!state) return countries.getName(code, "en") ?? code;
  const base = locale.toLowerCase().split("-")[0] as NameLocale;
  return state.names[base] ?? state.names.en;
}

/**
 * The code for a State named in free text: any of its six UN names or a common name (case and
 * accents do not matter), its alpha-3 code, or its alpha-2 code typed in capitals ("KR", not
 * "kr", so that "in" or "to" in a sentence is no State).
 * @example stateCodeFor("viet nam") === "VNM"; stateCodeFor("ken") === "KEN"; stateCodeFor("KR") === "KOR"
 * @example stateCodeFor("Antarctica") === undefined
 */
export function stateCodeFor(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed) && BY_CODE.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(trimmed) && BY_ALPHA2.has(trimmed)) return BY_ALPHA2.get(trimmed);
  return BY_NAME.get(fold(trimmed));
}

/**
 * What something given as a State is, when it is a known code or ISO name that is no UN State
 * (a territory, Antarctica, a user-assigned code); undefined otherwise.
 * @example whyNotAState("ATA") === '"ATA" is Antarctica (ATA), which is not a UN Member State or observer State'
 * @example whyNotAState("XKX") === '"XKX" is a user-assigned code, not a UN Member State or observer State'
 * @example whyNotAState("Atlantis") === undefined
 */
export function whyNotAState(text: string): string | undefined {
  const given = text.trim();
  const upper = given.toUpperCase();
  const iso =
    (/^[A-Z]{3}$/.test(upper) && countries.isValid(upper) ? upper : undefined) ??
    (/^[A-Z]{2}$/.test(given) ? countries.alpha2ToAlpha3(given) : undefined) ??
    countries.getAlpha3Code(given, "en");
  if (iso && !BY_CODE.has(iso)) {
    return `"${given}" is ${countries.getName(iso, "en") ?? iso} (${iso}), which is not a UN Member State or observer State`;
  }
  if (/^(?:AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$/.test(upper)) {
    return `"${given}" is a user-assigned code, not a UN Member State or observer State`;
  }
  return undefined;
}

/**
 * Why something given as a State is not one, naming what was given: for a refusal message.
 * @example notAState("Atlantis") === '"Atlantis" is not the name or code of a UN Member State or observer State'
 */
export function notAState(text: string): string {
  return (
    whyNotAState(text) ?? `"${text.trim()}" is not the name or code of a UN Member State or observer State`
  );
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
