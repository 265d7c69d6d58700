/**
 * "when, in Beijing time?" after an answer: that answer in Beijing time (as "北京时间几点"
 * already is), not the time in Beijing now; alone, the time there now.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const TOKYO = user("tokyo", { timeZone: "Asia/Tokyo" });
const firstLine = (text: string) => text.split("\n")[0];
/** Tuesday 5 March 2024, 12:30 in New York (01:30 on Wednesday in Beijing). */
const TUESDAY_1230 = "2024-03-05T17:30:00Z";

describe("'when, in Beijing time?' after an answer", () => {
  it.each([
    ["ماذا يوجد يوم الخميس بعد الظهر؟", "متى بتوقيت بكين؟", /8 آذار\/مارس.*04:00–07:00.*بكين/],
    ["ماذا يوجد يوم الخميس بعد الظهر؟", "متى ذلك بتوقيت بكين؟", /8 آذار\/مارس.*04:00–07:00.*بكين/],
    [
      "what's on Thursday afternoon?",
      "when is that in Beijing time?",
      /Fri 8 Mar.*04:00–07:00 \(Beijing\)|Fri 8 Mar, 4:00 AM–7:00 AM.*Beijing/,
    ],
    ["what's on Thursday afternoon?", "when, in Beijing time?", /Fri 8 Mar.*4:00 AM–7:00 AM.*Beijing/],
    [
      "qu'y a-t-il jeudi après-midi ?",
      "c'est quand à l'heure de Pékin ?",
      /vendredi 8 mars, 04:00–07:00 \(Pékin\)/,
    ],
    [
      "¿qué hay el jueves por la tarde?",
      "¿cuándo es eso en hora de Pekín?",
      /viernes, 8 de marzo, 04:00–07:00 \(Pekín\)/,
    ],
    ["что в четверг после обеда?", "а когда это по пекинскому времени?", /8 марта.*04:00–07:00.*Пекин/],
  ])("%s → %s shows that answer in Beijing time", async (first, then, expected) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(TOKYO, first);
    expect(await h.say(TOKYO, then)).toMatch(expected);
  });

  it("alone, 'متى بتوقيت بكين؟' is still the time in Beijing now", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(TOKYO, "متى بتوقيت بكين؟"))).toMatch(/01:30/);
  });
});
