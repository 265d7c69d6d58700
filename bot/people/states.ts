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

/** The English short name of a State: `stateName("KEN") === "Kenya"`. */
export function stateName(code: string): string {
  return countries.getName(code, "en") ?? code;
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
