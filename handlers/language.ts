/**
 * The bot answers in English only; a question in another language gets told so rather than a
 * guess. This recognises text in another script, or with common French or Spanish words of
 * programme questions. It runs on every message the programme module sees: three plain patterns.
 */
const OTHER_SCRIPT = /[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff¿¡]/;
const PLAIN_WORDS =
  /\b(?:quel|quelle|quand|jeudi|mardi|lundi|mercredi|vendredi|jueves|martes|lunes|viernes|hoy|demain)\b/i;
const ACCENTED_WORDS = /(?:où|réception|qué|cuándo|dónde|miércoles|recepción|mañana|aujourd'hui)/i;

/**
 * True for text that is most likely not English ("où est la réception ?", "¿qué hay el jueves?",
 * "今日の予定は？").
 * @example looksLikeAnotherLanguage("Quel est le programme de jeudi ?") === true
 */
export function looksLikeAnotherLanguage(text: string): boolean {
  return OTHER_SCRIPT.test(text) || PLAIN_WORDS.test(text) || ACCENTED_WORDS.test(text);
}
