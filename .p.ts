import { detectLanguage } from "./bot/language/detect.js";
import { LOCALE_WORDS } from "./bot/language/locales.js";
import { toPivot } from "./bot/language/pivot.js";
import { parseRemind, readReminderCommand } from "./handlers/reminders/parse.js";
import { parseRsvp, RSVP_MESSAGE } from "./handlers/rsvp/parse.js";

for (const text of process.argv.slice(2)) {
  const lang = detectLanguage(text) ?? "en";
  const words = LOCALE_WORDS[lang as string];
  const p = words ? toPivot(text, words, () => false).text : text;
  let out: unknown;
  try {
    const c = readReminderCommand(p);
    out = c?.kind === "remind" ? parseRemind(c.rest) : c;
    if (!c) {
      const m = p.match(RSVP_MESSAGE);
      out = m ? parseRsvp(m[1] ?? "") : undefined;
    }
  } catch (e) {
    out = `ERR ${(e as Error).message}`;
  }
  console.log(lang, "|", text, "=>", p, "=>", JSON.stringify(out));
}
