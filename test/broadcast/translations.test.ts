/**
 * A broadcast in several languages: the Secretariat gives translations after drafting ("fr: …",
 * one language per message, or the form's Translations field); each recipient gets their
 * language's text, else the original under one line, in their language, naming the original's
 * language. On a real SQLite store, through the outbox, with the delivery report counting
 * every recipient once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Card } from "../../bot/cards.js";
import type { Address, UserRef } from "../../bot/types.js";
import { ACTIONS } from "../../handlers/broadcast/cards.js";
import { broadcastSchema } from "../../handlers/broadcast/schema.js";
import { readTranslationBlocks, textFor } from "../../handlers/broadcast/translations.js";
import { language } from "../../handlers/language.js";
import { broadcastCore, dmOf, draftIdOf, secretariatUser, type TestPerson } from "./support/core.js";

const sec = secretariatUser("alpha");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Someone on the roster with a chat account on "alpha" (or none: unreachable). */
function person(id: string, reachable = true): TestPerson {
  return {
    key: `${id}@mission.example`,
    name: id,
    ...(reachable ? { userId: `alpha:${id}` as Address } : {}),
    roles: ["delegate"],
  };
}

function user(id: string): UserRef {
  return {
    id: `alpha:${id}`,
    displayName: id,
    verifiedEmail: `${id}@mission.example`,
    isBot: false,
    isMe: false,
  };
}

const PEOPLE = [person("amelie"), person("beatriz"), person("boris"), person("ann"), person("nomad", false)];

async function sqliteCore() {
  const dir = mkdtempSync(join(tmpdir(), "broadcast-translations-"));
  dirs.push(dir);
  const t = await broadcastCore({
    people: PEOPLE,
    storeUrl: `sqlite:${join(dir, "bot.sqlite")}`,
    before: [language],
  });
  // Each reader says which language they read; Ann says nothing (English).
  await t.say(user("amelie"), "language: français");
  await t.say(user("beatriz"), "idioma: español");
  await t.say(user("boris"), "язык: русский");
  return t;
}

/** What the broadcast's recipient `id` got: the sections of its card. */
function received(t: Awaited<ReturnType<typeof sqliteCore>>, id: string): Card["sections"] {
  const cards = t.sentTo(dmOf(`alpha:${id}`)).filter((s) => s.message.card?.buttons === undefined);
  const broadcast = cards.filter((s) => s.message.card?.title !== undefined).at(-1);
  return broadcast?.message.card?.sections ?? [];
}

const fieldsOf = (card: Card | undefined, section: number) =>
  Object.fromEntries((card?.sections[section]?.fields ?? []).map((f) => [f.label, f.value]));

describe("broadcast translations", () => {
  it("each recipient gets their language's text; without one, the original and a line naming its language; the report counts each once", async () => {
    const t = await sqliteCore();
    const [preview] = await t.say(
      sec,
      "broadcast to everyone: The afternoon meeting moves to Conference Room 4",
    );

    expect(fieldsOf(preview?.message.card, 2)).toMatchObject({
      "Written in": "English (en)",
      Translations: "none",
    });

    const [withFrench] = await t.say(sec, "fr: La séance de l’après-midi a lieu en salle de conférence 4");
    const id = draftIdOf(withFrench?.message.card);
    expect(id).toBe(draftIdOf(preview?.message.card));
    expect(fieldsOf(withFrench?.message.card, 2)).toMatchObject({ Translations: "French (fr)" });
    const [withSpanish] = await t.say(
      sec,
      "ES: La sesión de la tarde tiene lugar en la sala de conferencias 4",
    );
    // Giving a Spanish text does not make the Secretariat member a Spanish reader.
    expect((await t.deps.people.contact(sec.id))?.languageInUse ?? "en").toBe("en");
    expect(fieldsOf(withSpanish?.message.card, 2)).toMatchObject({
      Translations: "French (fr), Spanish (es)",
      "Readers of these get the original and a line naming its language":
        "Russian (ru), Chinese (zh), Arabic (ar)",
    });
    expect(withSpanish?.message.card?.sections.slice(3)).toEqual([
      { heading: "French (fr)", text: "La séance de l’après-midi a lieu en salle de conférence 4" },
      { heading: "Spanish (es)", text: "La sesión de la tarde tiene lugar en la sala de conferencias 4" },
    ]);

    // The original's own language is refused, and changes nothing.
    const [refused] = await t.say(sec, "en: The afternoon meeting");
    expect(refused?.text).toMatch(
      new RegExp(
        `^The en text was not added to draft ${id}: the message itself is written in English \\(en\\)`,
      ),
    );

    await t.click(sec, ACTIONS.confirm, id);
    await t.runUntilQuiet();

    expect(received(t, "amelie")).toEqual([
      { text: "La séance de l’après-midi a lieu en salle de conférence 4" },
    ]);
    expect(received(t, "beatriz")).toEqual([
      { text: "La sesión de la tarde tiene lugar en la sala de conferencias 4" },
    ]);
    expect(received(t, "boris")).toEqual([
      { text: "Язык этого сообщения — английский; перевода на ваш язык нет." },
      { text: "The afternoon meeting moves to Conference Room 4" },
    ]);
    expect(received(t, "ann")).toEqual([{ text: "The afternoon meeting moves to Conference Room 4" }]);

    const report = t.sentTo(dmOf(sec.id)).find((s) => s.message.card?.title === `Broadcast ${id}: finished`);
    expect(fieldsOf(report?.message.card, 1)).toMatchObject({
      Audience: "5",
      "Reachable in chat": "4",
      Sent: "4",
      Failed: "0",
      "Unreachable (not met in chat)": "1",
    });
    // One message each: a translation is the same delivery, not another.
    for (const id of ["amelie", "beatriz", "boris", "ann"])
      expect(t.sentTo(dmOf(`alpha:${id}`)).filter((s) => s.text.includes("4"))).toHaveLength(1);
  });

  it("a text written in French is French: English readers get it with the line, French readers as it is; 'original: es' corrects it", async () => {
    const t = await sqliteCore();
    const [preview] = await t.say(
      sec,
      "broadcast to everyone: La séance de l’après-midi est déplacée dans la salle de conférence 4, merci",
    );
    expect(fieldsOf(preview?.message.card, 2)).toMatchObject({ "Written in": "French (fr)" });
    const [corrected] = await t.say(sec, "original: es");
    expect(fieldsOf(corrected?.message.card, 2)).toMatchObject({ "Written in": "Spanish (es)" });
    const [back] = await t.say(sec, "original: fr");
    await t.click(sec, ACTIONS.confirm, draftIdOf(back?.message.card));
    await t.runUntilQuiet();
    expect(received(t, "amelie")).toHaveLength(1);
    expect(received(t, "ann")).toEqual([
      { text: "This message is in French: no translation into your language was given." },
      { text: "La séance de l’après-midi est déplacée dans la salle de conférence 4, merci" },
    ]);
    expect(received(t, "beatriz")[0]?.text).toBe(
      "Este mensaje está en francés: no se ha facilitado traducción a su idioma.",
    );
  });

  it("the form's Translations field: a block per language, line breaks kept; a bad block is named and nothing is drafted", async () => {
    const t = await sqliteCore();
    const [preview] = await t.click(sec, ACTIONS.compose, undefined, {
      text: "Room 4",
      audience: "everyone",
      translations: "fr: Salle 4\nau premier étage\nzh: 4号会议室",
    });
    expect(preview?.message.card?.sections.slice(3)).toEqual([
      { heading: "French (fr)", text: "Salle 4\nau premier étage" },
      { heading: "Chinese (zh)", text: "4号会议室" },
    ]);
    const [problem] = await t.click(sec, ACTIONS.compose, undefined, {
      text: "Room 4",
      audience: "everyone",
      language: "de",
      translations: "Salle 4",
    });
    expect(problem?.text).toBe(
      [
        "The broadcast was not prepared:",
        '• Written in: "de" is not one of en fr es ru zh ar.',
        '• Translations: start each translation with its language and a colon ("fr: …", "es: …"; the tags are en fr es ru zh ar).',
      ].join("\n"),
    );
  });

  it("a delegate's message starting 'fr:' is not taken for a translation; a Secretariat member without a draft is told what to do", async () => {
    const t = await sqliteCore();
    const [answer] = await t.say(user("ann"), "fr: hello");
    expect(answer?.text ?? "").not.toMatch(/draft|translation/i);
    const [noDraft] = await t.say(sec, "fr: Salle 4");
    expect(noDraft?.text).toBe(
      'You have no broadcast draft waiting (a draft is kept for one hour). Compose the broadcast first ("broadcast to …: <text>"), then give its fr text as "fr: <text>".',
    );
  });

  it("a broadcast stored before translations existed is read as English, sent as it is to English readers", () => {
    const legacy = broadcastSchema.parse({
      id: "1a2b3c4d",
      text: "Room 4",
      selector: "everyone",
      audienceLabel: "everyone",
      requiresAck: false,
      authorId: "alpha:sec",
      authorName: "Secretariat",
      confirmedBy: "alpha:sec",
      confirmedAt: "2024-03-04T13:00:00.000Z",
      dueAt: "2024-03-04T13:00:00.000Z",
      reachable: 1,
      unreachable: 0,
      status: "queued",
    });
    expect(textFor(legacy, "en")).toEqual({ text: "Room 4" });
    expect(textFor(legacy, "ar")).toEqual({
      text: "Room 4",
      note: "هذه الرسالة باللغة \u2068الإنجليزية\u2069، ولم تُقدَّم ترجمة بلغتك.",
    });
  });

  it.each([
    ["fr: Salle 4", { fr: "Salle 4" }],
    ["fr: Salle 4\nes: Sala 4", { fr: "Salle 4", es: "Sala 4" }],
    ["\nAR : قاعة 4\n\n", { ar: "قاعة 4" }],
    ["fr: Salle 4\nNote: au 1er étage", { fr: "Salle 4\nNote: au 1er étage" }],
    ["", {}],
  ])("reads the Translations field %j", (field, expected) => {
    expect(readTranslationBlocks(field)).toEqual(expected);
  });

  it.each([
    ["Salle 4", /start each translation with its language/],
    ["fr: Salle 4\nfr: Salle 5", /fr is given twice/],
    ["fr:\nes: Sala 4", /the fr block is empty/],
  ])("refuses the Translations field %j", (field, problem) => {
    expect(() => readTranslationBlocks(field)).toThrow(problem);
  });
});
