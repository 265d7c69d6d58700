/**
 * The language boundary: everything the bot knows about words. Other folders import from
 * here; the English lexicon is the only place English words for understanding live.
 */
export { alternation, type CompiledLexicon, compiled, phrasePattern } from "./compile.js";
export {
  chronoFor,
  type DayExpression,
  type DaySlice,
  type DaySpec,
  momentAhead,
  type ReadOptions,
  readDayExpression,
  readMoment,
} from "./dates.js";
export type { Facet, Lexicon, PartOfDay, TimeUnit } from "./lexicon.js";
export { english } from "./locales/en/lexicon.js";
export { MESSAGES, say, textDirection, tr } from "./messages.js";
export { MAX_MESSAGE_LENGTH, normalise, normalizeText } from "./normalise.js";
export { canonicalZone, isValidTimeZone, zoneNamed, zoneOfOffset } from "./zones.js";

import type { Lexicon } from "./lexicon.js";
import { english } from "./locales/en/lexicon.js";

/**
 * The lexicon of each locale the bot reads, by BCP 47 tag.
 * @example LEXICONS.en === english
 */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en: english };
