/**
 * "poc directory template": the directory's CSV template (`data/templates/poc-directory.csv`),
 * as "roster template" gives the roster's; what it shows imports as it is.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POC_TEMPLATE_FILE } from "../../handlers/poc/module.js";
import { pocBot, SECRETARIAT, textOf } from "./support.js";

describe("poc directory template", () => {
  it.each(["poc directory template", "show the poc csv template", "send me the POC directory template"])(
    "%s: the template with what its columns take, and it imports",
    async (asked) => {
      const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z" });
      const answer = textOf(await bot.say(SECRETARIAT, asked));
      const template = readFileSync(POC_TEMPLATE_FILE, "utf8").trim();
      expect(answer).toMatch(
        /^POC directory CSV template: one line per POC; type is "diplomatic" or "technical"/,
      );
      expect(answer).toContain('paste it under "import poc directory"');
      const shown = answer.slice(answer.indexOf("\n") + 1);
      expect(shown).toBe(template);
      expect(textOf(await bot.say(SECRETARIAT, `import poc directory\n${shown}`))).toMatch(
        /^Imported 3 POC records/,
      );
    },
  );
});
