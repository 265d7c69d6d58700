/**
 * Regular-expression escaping for the patterns built from data (words, phrases, ids).
 */

/**
 * Text as literal pattern source: every character that means something in a pattern (and `/`)
 * gets a backslash. Safe with and without the `u` flag; not for use inside a character class
 * (`-` is left as it is, since `\-` outside a class is an error under `u`).
 * @example new RegExp(escapeRegExp("a.m. (NY)")).test("10 a.m. (NY)") === true
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
