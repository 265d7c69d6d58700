/**
 * A message as much French as Spanish ("agenda de la reunion de POC"): answered in the language
 * the person last wrote in when it is one of them, else in the one whose reading understands
 * more of the message, else the first of them (French) — never in English, and read as a
 * question in that language (the POC meeting's whole agenda, not its overview).
 */
import { describe, expect, it } from "vitest";
import { tiedLanguages } from "../../bot/language/detect.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NOW = "2024-03-03T10:00:00-05:00";

describe("a message in two languages alike", () => {
  it.each([
    ["agenda de la reunion de POC", ["fr", "es"]],
    ["la reunion", ["fr", "es"]],
    ["¿qué hay el lunes?", []],
    ["what's on monday", []],
  ])("%s ties %j", (text, tied) => {
    expect(tiedLanguages(text)).toEqual(tied);
  });

  it("is answered in French for someone new, with every item of the POC meeting's agenda", async () => {
    const h = await harness({ now: NOW, modules: handlerModules });
    const answer = await h.say(user("lea", { timeZone: "Europe/Paris" }), "agenda de la reunion de POC");
    expect(answer).toMatch(/^jeudi 9 mai\s: Allocutions d'ouverture/);
    expect(answer).toContain("12:50–13:00 Exposé sur la voie à suivre");
  });

  it("keeps Spanish for someone who last wrote Spanish", async () => {
    const h = await harness({ now: NOW, modules: handlerModules });
    const asker = user("ana", { timeZone: "Europe/Madrid" });
    await h.say(asker, "¿qué hay el lunes por la mañana?");
    const answer = await h.say(asker, "agenda de la reunion de POC");
    expect(answer).toMatch(/^jueves, 9 de mayo: Palabras de apertura/);
    expect(answer).toContain("12:50–13:00 Información sobre el camino a seguir");
  });
});
