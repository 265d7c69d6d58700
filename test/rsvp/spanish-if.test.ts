/**
 * Spanish "si" without its accent is "if": before a statement it makes a condition, not a
 * yes ("si no puedo ir a la recepción te aviso", "si voy a la recepción, te aviso"), and
 * records nothing; "sí", a "si" set apart by a comma ("si, asistiré …") and a "si" before a
 * future, which "if" never takes ("si asistire a la recepcion"), are still a yes.
 */
import { describe, expect, it } from "vitest";
import { rsvpGrammar } from "../../bot/language/grammar.js";
import { handlerModules } from "../../handlers/index.js";
import { rsvpRepository } from "../../handlers/rsvp/module.js";
import { harness, people, withRoster } from "../reminders/harness.js";

const RECEPTION = "oewg-7-reception-2024-03-04";

async function setup() {
  const h = await harness({ now: "2024-03-01T13:00:00Z", modules: handlerModules });
  await withRoster(h);
  return { ...h, rsvps: rsvpRepository(h.deps) };
}

describe("Spanish 'si' (if) before a statement", () => {
  it.each([
    "si no puedo ir a la recepción te aviso",
    "si voy a la recepción, te aviso",
    "si asisto a la recepción te lo confirmo",
    "si puedo ir a la recepción, te aviso",
  ])("%s is no RSVP: nothing recorded", async (text) => {
    expect(rsvpGrammar().statementOf(text)).toBeUndefined();
    const h = await setup();
    await h.say(people.claire, text);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toBeUndefined();
  });

  it.each([
    ["sí, asistiré a la recepción", "attending"],
    ["sí asistiré a la recepción", "attending"],
    ["si, asistiré a la recepción", "attending"],
    // "si" (if) takes no future: "si asistiré" is "sí" typed without its accent.
    ["si asistire a la recepcion", "attending"],
    ["no asistiré a la recepción", "declined"],
  ])("%s is still an answer (%s)", async (text, status) => {
    expect(rsvpGrammar().statementOf(text)?.status).toBe(status);
    const h = await setup();
    await h.say(people.claire, text);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({ status });
  });
});
