/**
 * A question in a seventh language (German, Portuguese, Italian, Dutch…) is told so, in
 * English with the six languages listed, rather than read with the French or Spanish words it
 * shares ("O que há na quinta-feira à tarde?" was answered in Spanish for Monday afternoon);
 * and no question of the six languages' fixtures is taken for a seventh.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../bot/language/detect.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const OTHER = [
  // German
  "Was steht am Donnerstag Nachmittag auf dem Programm?",
  "Wo findet der Empfang statt?",
  "Guten Tag, wann beginnt die Sitzung?",
  "Wann ist die nächste Sitzung?",
  "Gibt es morgen eine Sitzung?",
  // Portuguese
  "O que há na quinta-feira à tarde?",
  "Onde é a recepção?",
  "Quando começa a sessão amanhã?",
  "Qual é o programa de hoje?",
  "Bom dia, o que temos na segunda-feira?",
  // Italian
  "Cosa c'è giovedì pomeriggio?",
  "Dove si tiene il ricevimento?",
  "Quando inizia la riunione domani?",
  "Qual è il programma di oggi?",
  // Dutch
  "Wat staat er donderdagmiddag op het programma?",
  "Waar is de receptie?",
  "Wanneer begint de vergadering morgen?",
];

describe("a seventh language", () => {
  it.each(OTHER)("%j is in no language the bot speaks", (text) => {
    expect(detectLanguage(text)).toBe("other");
  });

  it("is answered in English with the languages there are, and no programme answer", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    for (const text of ["O que há na quinta-feira à tarde?", "Wo findet der Empfang statt?"]) {
      expect(await h.say(user("joao"), text)).toBe(
        'Sorry, I can answer only in these languages: English, français, español, русский, 中文, العربية. Write in one of them, or choose one: "English please", "language: français".',
      );
    }
  });

  it("no question of the six languages' fixtures is taken for a seventh", () => {
    const files = [
      "programme-questions.sample.json",
      "programme-questions.understanding.json",
      "programme-questions.multilingual.answers.json",
      "programme-questions.multilingual.more.json",
      "programme-questions.multilingual.sample.json",
    ];
    const questions = files.flatMap((name) =>
      (
        JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", name), "utf8")) as {
          cases: Array<{ q: string; before?: string | string[]; followUp?: string }>;
        }
      ).cases.flatMap((c) => [c.q, c.before ?? [], c.followUp ?? []].flat()),
    );
    expect(questions.length).toBeGreaterThan(500);
    expect(questions.filter((q) => detectLanguage(q) === "other")).toEqual([]);
  });
});
