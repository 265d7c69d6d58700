/**
 * Reading the Secretariat's import files as text. Spreadsheets save "CSV" in the system's
 * code page (Windows-1252 on most Windows machines) or as UTF-16 unless "CSV UTF-8" is
 * chosen; Node's `readFileSync(file, "utf8")` then silently turns "Zoë Müller" into
 * "Zo� M�ller", and the garbled names would be stored for good. So a file is decoded
 * strictly, and text (also pasted text) holding the replacement character is refused.
 */
import { readFileSync } from "node:fs";

/** How to fix any of the problems below. */
const SAVE_AS_UTF8 = 'Save it as "CSV UTF-8" (Excel: File → Save As → CSV UTF-8) and import it again.';

/**
 * Why a text cannot be trusted as written, or undefined: it holds U+FFFD, the mark of text
 * decoded with the wrong encoding somewhere before it reached the bot.
 * @example encodingProblem("Zo\uFFFD M\uFFFDller") // "The text contains � (line 1) …"
 */
export function encodingProblem(text: string): string | undefined {
  const at = text.indexOf("\uFFFD");
  if (at === -1) return undefined;
  const line = text.slice(0, at).split("\n").length;
  return `The text contains � (line ${line}): it was saved or copied in another encoding than UTF-8, and names would be stored garbled. ${SAVE_AS_UTF8}`;
}

/**
 * A file's text, decoded strictly as UTF-8 (a UTF-8 byte-order mark is dropped).
 * @throws {Error} with a message for the user when the file is UTF-16 or not valid UTF-8.
 * @example const csv = readUtf8File("roster.csv");
 */
export function readUtf8File(path: string): string {
  const bytes = readFileSync(path);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error(`the file is UTF-16 (Excel's "Unicode Text"). ${SAVE_AS_UTF8}`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(`the file is not UTF-8 (probably Windows-1252 or Latin-1). ${SAVE_AS_UTF8}`);
  }
  const problem = encodingProblem(text);
  if (problem) throw new Error(problem);
  return text;
}
