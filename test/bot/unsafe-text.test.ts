import { describe, expect, it } from "vitest";
import { InputError } from "../../bot/errors.js";
import { assertSafeText, findUnsafeCharacter, unsafeTextProblem } from "../../bot/unsafe-text.js";

describe("the input sanitiser", () => {
  it.each([
    ["NUL", "Ann\u0000a", "U+0000 (NUL)"],
    ["a terminal escape", "Ann \u001b[41mred", "U+001B (escape, which starts terminal control sequences)"],
    ["a C1 control sequence introducer", "x\u009b41m", "U+009B (control sequence introducer)"],
    ["a right-to-left override", "gro.elpmaxe\u202e@ann", "U+202E (right-to-left override)"],
    ["a zero-width space", "ann\u200b@example.org", "U+200B (zero-width space)"],
    ["an isolate", "\u2066x", "U+2066 (left-to-right isolate)"],
    ["a byte-order mark inside the text", "a\ufeffb", "U+FEFF (zero-width no-break space (byte-order mark))"],
    ["a line separator", "a\u2028b", "U+2028 (line separator)"],
    ["another format character", "a\u2061b", "U+2061 (an invisible formatting character)"],
  ])("refuses %s", (_name, text, description) => {
    expect(findUnsafeCharacter(text)?.description).toBe(description);
  });

  it.each([
    ["tabs and line breaks", "a\tb\r\nc\n"],
    ["Persian with a zero-width non-joiner", "می\u200cخواهم"],
    ["an emoji family (zero-width joiners)", "👨\u200d👩\u200d👧"],
    ["a subdivision flag (tag characters)", "🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}"],
    ["accents, CJK, Arabic", "Côte d'Ivoire 日本 مصر"],
  ])("accepts %s", (_name, text) => {
    expect(findUnsafeCharacter(text)).toBeUndefined();
  });

  it("says where, by line and column in a multi-line text", () => {
    expect(unsafeTextProblem("state,name\nKEN,Ann\n\nFRA,Cl\u001b[41maire", "The file")).toBe(
      "The file contains the invisible character U+001B (escape, which starts terminal control sequences) at line 4, column 7. Such characters can disguise text or take over the screen of whoever reads it, so I don't accept them; please remove it (retyping that part is the surest way) and send it again. Nothing was changed.",
    );
    expect(() => assertSafeText("x\u202e", "The new value")).toThrow(InputError);
    expect(() => assertSafeText("fine", "The new value")).not.toThrow();
  });
});
