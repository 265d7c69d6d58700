/**
 * The bot answers in English only; a question in another language gets told so rather than a
 * guess. This recognises text in another script, or with common French or Spanish words of
 * programme questions.
 */
const OTHER_LANGUAGE =
  /[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff]|[¿¡]|(?<![\p{L}'])(?:quel|quelle|quand|où|jeudi|mardi|lundi|mercredi|vendredi|réception|qué|cuándo|dónde|jueves|martes|lunes|miércoles|viernes|recepción|hoy|mañana|aujourd'hui|demain)(?![\p{L}'])/iu;

/**
 * True for text that is most likely not English ("où est la réception ?", "¿qué hay el jueves?",
 * "今日の予定は？").
 * @example looksLikeAnotherLanguage("Quel est le programme de jeudi ?") === true
 */
export function looksLikeAnotherLanguage(text: string): boolean {
  return OTHER_LANGUAGE.test(text);
}
