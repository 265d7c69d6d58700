/**
 * A translation the Secretariat gives after drafting is checked against its tag: text clearly
 * in another language ("zh: Hello everyone…" in English) is refused, naming the language it
 * appears to be in, and the draft is unchanged; a second text for the same language says it
 * replaced the earlier one (it was replaced silently).
 */
import { describe, expect, it } from "vitest";
import type { Card } from "../../bot/cards.js";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { language } from "../../handlers/language.js";
import { broadcastCore, draftIdOf, secretariatUser } from "./support/core.js";

const sec = secretariatUser("alpha");

const fieldsOf = (card: Card | undefined, section: number) =>
  Object.fromEntries((card?.sections[section]?.fields ?? []).map((f) => [f.label, f.value]));

async function drafted() {
  const t = await broadcastCore({ people: [], before: [language] });
  const [preview] = await t.say(
    sec,
    "broadcast to everyone: The afternoon meeting moves to Conference Room 4",
  );
  return { t, id: draftIdOf(preview?.message.card) };
}

describe("a translation in the wrong language", () => {
  it.each([
    [
      "zh: Hello everyone, the afternoon meeting moves to Conference Room 4",
      /^The zh text was not added to draft \S+: it appears to be in English \(en\), not Chinese \(zh\)/,
    ],
    ["zh: Hello everyone", /^The zh text was not added to draft \S+: it has no Chinese characters/],
    [
      "es: La séance de l’après-midi a lieu en salle de conférence 4",
      /^The es text was not added to draft \S+: it appears to be in French \(fr\), not Spanish \(es\)/,
    ],
    ["fr: 下午的会议改在4号会议室", /it appears to be in Chinese \(zh\), not French \(fr\)/],
  ])("%s is refused, the draft unchanged", async (text, reply) => {
    const { t, id } = await drafted();
    const [refused] = await t.say(sec, text);
    expect(refused?.text).toMatch(reply);
    const [shown] = await t.say(sec, "fr: La séance de l’après-midi a lieu en salle 4");
    expect(draftIdOf(shown?.message.card)).toBe(id);
    expect(fieldsOf(shown?.message.card, 2)).toMatchObject({ Translations: "French (fr)" });
  });

  it("the form's Translations field is checked the same way", async () => {
    const t = await broadcastCore({ people: [], before: [language] });
    const [problem] = await t.click(sec, ACTIONS.compose, undefined, {
      text: "Room 4",
      audience: "everyone",
      translations: "ru: Hello everyone, the meeting is in Room 4",
    });
    expect(problem?.text).toMatch(/Translations: .*it appears to be in English \(en\), not Russian \(ru\)/);
  });
});

describe("a second text for the same language", () => {
  it("says it replaced the earlier one, and keeps the new one", async () => {
    const { t, id } = await drafted();
    await t.say(sec, "ru: Дневное заседание переносится в зал 4");
    const [note, preview] = await t.say(sec, "ru: Дневное заседание переносится в конференц-зал 4");
    expect(note?.text).toBe(`The Russian (ru) text of draft ${id} replaces the one given before.`);
    expect(preview?.message.card?.sections.slice(3)).toEqual([
      { heading: "Russian (ru)", text: "Дневное заседание переносится в конференц-зал 4" },
    ]);
  });
});
