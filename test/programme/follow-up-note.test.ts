/**
 * The note a follow-up's answer starts with says what it carried, in the asker's language,
 * never empty and never the words the question was normalised to (tester4 item 26).
 */
import { describe, expect, it } from "vitest";
import { say } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const ANA = user("ana", { timeZone: "America/New_York" });
const MONDAY_8AM = "2024-03-04T13:00:00Z";

describe("the follow-up note", () => {
  it.each([
    ["es", "¿cuándo es la recepción?", "¿y el jueves?"],
    ["ru", "когда прием?", "а в пятницу?"],
    ["zh", "招待会什么时候？", "那星期五呢？"],
    ["ar", "متى حفل الاستقبال؟", "وماذا عن الجمعة؟"],
    ["fr", "quand est la réception ?", "et jeudi matin ?"],
    ["fr", "c quoi le programme jeudi", "et jeudi matin ?"],
    ["es", "qué hay el miércoles", "¿y el jueves?"],
    ["es", "¿cuándo es la reunión de los puntos de contacto?", "¿y el jueves?"],
  ])("%s: %s → %s has no empty note", async (_l, first, then) => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    await h.say(ANA, first);
    const answer = await h.say(ANA, then);
    expect(answer).not.toMatch(/[:：]\s*[.。]/u);
  });

  it("names the subject by what was found, not by the normalised words", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    await h.say(ANA, "¿cuándo es la reunión de los puntos de contacto?");
    const answer = await h.say(ANA, "what about thursday morning?");
    expect(answer).toContain("Following on from your last question: about First POC meeting.");
  });

  it("does not quote the normalised words of a statement", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    await h.say(ANA, "I am in Nairobi this week");
    const answer = await h.say(ANA, "and thursday?");
    expect(answer).not.toMatch(/about nairobi/i);
    expect(answer.split("\n").join(" ")).toMatch(/Thursday 7 March/);
  });

  it.each([
    ["fr", "heure de Tokyo"],
    ["es", "hora de Tokio"],
    ["ru", "время (Токио)"],
    ["ar", "الأوقات حسب توقيت \u2068طوكيو\u2069"],
    ["zh", "按东京时间"],
  ])("%s: a carried zone is named once in the note (%s)", (locale, expected) => {
    const place = { fr: "Tokyo", es: "Tokio", ru: "Токио", ar: "طوكيو", zh: "东京" }[locale] ?? "";
    const zone = say(locale, "conversion.place", { place });
    const note = say(locale, "followUp.zone", { zone });
    // Was « heures en heure de Tokyo », "horas en hora de Tokio", "время: (Токио)", "بتوقيت توقيت".
    expect(note.replace(/\u2068|\u2069/g, "")).toBe(expected.replace(/\u2068|\u2069/g, ""));
  });
});
