/**
 * An hour alone after a language's hour lead ("в 15", "в 10", « à 15h »: what is on at 15:00?)
 * is a question in that language, answered in it as "что в 15" is; a lone Cyrillic letter was
 * too little to tell Russian, and « à » before an hour too little to tell French, so they were
 * read as English and not understood.
 */
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../bot/language/detect.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

describe("an hour alone after an hour lead", () => {
  it.each([
    ["в 15", "ru"],
    ["в 10", "ru"],
    ["в 10?", "ru"],
    ["à 15h", "fr"],
    ["à 10h30", "fr"],
    ["vers 15h", "fr"],
    // One word and an hour: Spanish "las 10" (a short follow-up), French "vers 15".
    ["las 10", "es"],
    ["las 10?", "es"],
    ["las 15:30", "es"],
    ["a las 10", "es"],
    ["vers 15", "fr"],
    // "la 1": "la" is French too.
    ["la 1", undefined],
    // Nothing tells a language: the one in use is kept.
    ["15h", undefined],
    ["10:00", undefined],
    ["a 15", undefined],
  ])("%s is %s", (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it.each([
    ["в 15", /^понедельник, 4 марта, 15:00: Существующие и потенциальные угрозы/],
    ["в 10", /^понедельник, 4 марта, 10:00/],
    ["à 15h", /^lundi 4 mars à 15:00/],
    ["las 10", /^lunes, 4 de marzo a las 10:00/],
    ["las 15:30", /^lunes, 4 de marzo a las 15:30/],
  ])("%s is answered in its language", async (text, expected) => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    expect(await h.say(user("zoe"), text)).toMatch(expected);
  });
});
