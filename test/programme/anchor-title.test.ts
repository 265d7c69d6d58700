/**
 * The anchor line names the item it counts from as a sentence can: "After the capacity-building"
 * for a noun, "After “How international law applies …”" for a title that is a clause (never
 * "After the how international law applies …"); the other languages quote every title already.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NO_ZONE = user("nozone");
const firstLine = (text: string) => text.split("\n")[0];
/** Tuesday 5 March 2024, 12:30 in New York: next is "How international law applies …" at 3 p.m. */
const TUESDAY_1230 = "2024-03-05T12:30:00-05:00";

describe("the anchor line with a title that is a clause", () => {
  it.each([
    [
      "what's next?",
      "and after that?",
      /^After “How international law applies to the use of ICTs by States”: Confidence-building measures/,
    ],
    [
      "what's next?",
      "and before that?",
      /^Before “How international law applies to the use of ICTs by States”: Rules, norms/,
    ],
    [
      "qu'est-ce qui suit ?",
      "et après ?",
      /^Après\s«\sapplication du droit international.*\s»\s:\sMesures de confiance/,
    ],
    [
      "¿qué sigue?",
      "¿y después?",
      /^Después de «[Cc]ómo se aplica el derecho internacional.*»: Medidas de fomento de la confianza/,
    ],
  ])("%s → %s", async (first, then, expected) => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    await h.say(NO_ZONE, first);
    expect(firstLine(await h.say(NO_ZONE, then))).toMatch(expected);
  });

  it("a noun keeps its 'the': 'what's after capacity-building?'", async () => {
    const h = await harness({ now: TUESDAY_1230, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, "what's after capacity-building?"))).toMatch(
      /^After the capacity-building: /,
    );
  });
});
