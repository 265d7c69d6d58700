/**
 * The one check of text at the boundary, for every input path (chat messages, form fields,
 * CLI and pasted imports): control characters (NUL, ESC and the terminal escape sequences
 * it starts, C1 controls such as CSI), bidirectional controls (U+202E RIGHT-TO-LEFT
 * OVERRIDE, isolates, marks) and invisible format characters (U+200B ZERO WIDTH SPACE, word
 * joiner, soft hyphen, a byte-order mark inside the text) are refused, not silently
 * removed: stored, they disguise names and e-mails ("moc.elpmaxe@" shown reversed), and
 * printed, they repaint the terminal of whoever reads the record. Tabs and line breaks are
 * allowed; so are U+200C/U+200D (zero-width non-joiner and joiner, needed by Persian,
 * Indic scripts and emoji sequences) and the tag characters of flag emoji.
 */
import { InputError } from "./errors.js";

/** An unsafe character found in a text, and where (1-based line and column). */
export interface UnsafeCharacter {
  codePoint: number;
  /** "U+202E (right-to-left override)". */
  description: string;
  line: number;
  column: number;
}

/** Names of the characters people are most likely to meet. */
const NAMES: Readonly<Record<number, string>> = {
  0: "NUL",
  7: "bell",
  8: "backspace",
  27: "escape, which starts terminal control sequences",
  127: "delete",
  155: "control sequence introducer",
  173: "soft hyphen",
  1564: "Arabic letter mark",
  8203: "zero-width space",
  8206: "left-to-right mark",
  8207: "right-to-left mark",
  8232: "line separator",
  8233: "paragraph separator",
  8234: "left-to-right embedding",
  8235: "right-to-left embedding",
  8236: "pop directional formatting",
  8237: "left-to-right override",
  8238: "right-to-left override",
  8288: "word joiner",
  8294: "left-to-right isolate",
  8295: "right-to-left isolate",
  8296: "first strong isolate",
  8297: "pop directional isolate",
  65279: "zero-width no-break space (byte-order mark)",
};

/** Format characters that are part of ordinary writing. */
function allowedFormat(codePoint: number): boolean {
  return codePoint === 0x200c || codePoint === 0x200d || (codePoint >= 0xe0020 && codePoint <= 0xe007f);
}

const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** A character {@link findUnsafeCharacter} looks at more closely: a control or format one but a tab or line break. */
const ANY_CONTROL_OR_FORMAT = /(?![\t\n\r])[\p{Cc}\p{Cf}\u2028\u2029]/u;

/**
 * The first unsafe character of a text, or undefined.
 * @example findUnsafeCharacter("Ann\u202Eeoj")?.description === "U+202E (right-to-left override)"
 */
export function findUnsafeCharacter(text: string): UnsafeCharacter | undefined {
  // Every message is checked: one search finds the few that need the walk below.
  if (!ANY_CONTROL_OR_FORMAT.test(text)) return undefined;
  let line = 1;
  let column = 0;
  for (const char of text) {
    column += 1;
    if (char === "\n") {
      line += 1;
      column = 0;
      continue;
    }
    if (char === "\t" || char === "\r" || !CONTROL_OR_FORMAT.test(char)) continue;
    const codePoint = char.codePointAt(0) ?? 0;
    if (allowedFormat(codePoint)) continue;
    const hex = codePoint.toString(16).toUpperCase().padStart(4, "0");
    const name =
      NAMES[codePoint] ??
      (/\p{Cc}/u.test(char) ? "a control character" : "an invisible formatting character");
    return { codePoint, description: `U+${hex} (${name})`, line, column };
  }
  return undefined;
}

/**
 * Why a text is refused, in words for the person who sent it, or undefined when it is safe.
 * `what` names the text ("That message", "The file", "The new value").
 * @example unsafeTextProblem("a\u001b[41mb", "The file") // "The file contains U+001B (escape, …) at line 1, column 2: …"
 */
export function unsafeTextProblem(text: string, what: string): string | undefined {
  const found = findUnsafeCharacter(text);
  if (!found) return undefined;
  const where = text.includes("\n")
    ? ` at line ${found.line}, column ${found.column}`
    : ` at character ${found.column}`;
  return `${what} contains the invisible character ${found.description}${where}. Such characters can disguise text or take over the screen of whoever reads it, so I don't accept them; please remove it (retyping that part is the surest way) and send it again. Nothing was changed.`;
}

/**
 * Throws an {@link InputError} when a text holds an unsafe character.
 * @example assertSafeText(ctx.event.inputs?.value ?? "", "The new value");
 */
export function assertSafeText(text: string, what: string): void {
  const problem = unsafeTextProblem(text, what);
  if (problem) throw new InputError(problem);
}
