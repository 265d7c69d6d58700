/**
 * Saying one will (or will not) come to the reception, in plain words in the six languages,
 * records an RSVP through the whole bot (language module, pivot, every handler) on a real
 * SQLite store, with the same reply and checks as "rsvp …"; a question about the reception
 * is still answered from the programme.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { rsvpRepository } from "../../handlers/rsvp/module.js";
import { harness, people, withRoster } from "../reminders/harness.js";

const RECEPTION = "oewg-7-reception-2024-03-04";

async function setup() {
  const file = join(mkdtempSync(join(tmpdir(), "rsvp-statements-")), "bot.sqlite");
  const h = await harness({ modules: handlerModules, storeUrl: `sqlite:${file}` });
  await withRoster(h);
  return { ...h, rsvps: rsvpRepository(h.deps) };
}

describe("a statement that one will attend the reception records an RSVP", () => {
  it.each([
    ["I'll attend the reception", /^Thank you — noted on the Secretariat's list as attending/, 0, []],
    ["I will come to the reception with 2 experts", /^Thank you — .* with 2 accompanying experts/, 2, []],
    ["count me in for the reception", /^Thank you — noted on the Secretariat's list as attending/, 0, []],
    [
      "I will come to the reception with 2 experts: Ana Lima, Raj Patel",
      /with 2 accompanying experts \(Ana Lima, Raj Patel\)/,
      2,
      ["Ana Lima", "Raj Patel"],
    ],
    ["je viendrai à la réception", /^Merci — votre participation à la réception \(cocktail\)/, 0, []],
    ["je serai à la réception avec 1 expert", /^Merci — .*avec 1 /, 1, []],
    [
      "je serai à la réception avec 2 experts : Ana Lima, Raj Patel",
      /^Merci — .*Ana Lima, Raj Patel/,
      2,
      ["Ana Lima", "Raj Patel"],
    ],
    ["asistiré a la recepción", /^Gracias: queda anotada en la lista de la Secretaría su asistencia/, 0, []],
    ["я приду на приём", /^Спасибо — в списке Секретариата отмечено ваше участие/, 0, []],
    ["я буду на приёме с двумя экспертами", /^Спасибо — .*2/, 2, []],
    ["我会参加招待会", /^谢谢——已在秘书处名单上记下您将出席鸡尾酒招待会/, 0, []],
    ["我会参加招待会，带一位专家", /携1名随行专家/, 1, []],
    ["سأحضر حفل الاستقبال", /^شكراً لك — سُجّل حضورك/, 0, []],
    ["سأحضر حفل الاستقبال مع خبير واحد", /^شكراً لك — سُجّل حضورك/, 1, []],
    ["سأحضر حفل الاستقبال مع خبير واحد: Ana Lima", /Ana Lima/, 1, ["Ana Lima"]],
    // A yes-word of any of the six languages before the statement.
    ["si, asistiré a la recepción con 1 experto: Luis Gomez", /^Gracias: .*Luis Gomez/, 1, ["Luis Gomez"]],
    [
      "sí asistiré a la recepción",
      /^Gracias: queda anotada en la lista de la Secretaría su asistencia/,
      0,
      [],
    ],
    [
      "si asistire a la recepcion",
      /^Gracias: queda anotada en la lista de la Secretaría su asistencia/,
      0,
      [],
    ],
    ["oui, je viendrai à la réception", /^Merci — votre participation à la réception \(cocktail\)/, 0, []],
    ["yes, I'll come to the reception with 1 expert", /^Thank you — .* with 1 accompanying expert/, 1, []],
    ["да, я приду на приём", /^Спасибо — в списке Секретариата отмечено ваше участие/, 0, []],
    ["是的，我会参加招待会", /^谢谢——已在秘书处名单上记下您将出席鸡尾酒招待会/, 0, []],
    ["نعم، سأحضر حفل الاستقبال", /^شكراً لك — سُجّل حضورك/, 0, []],
  ] as const)("%s", async (text, reply, count, names) => {
    const h = await setup();
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count, names },
    });
  });
});

describe("a statement that one will not attend declines", () => {
  it.each([
    [
      "I won't come to the reception",
      /^Thank you — noted on the Secretariat's list that you will not attend/,
    ],
    [
      "je ne viendrai pas à la réception",
      /^Merci — il est noté sur la liste du Secrétariat que vous ne participerez pas/,
    ],
    ["no asistiré a la recepción", /^Gracias: queda anotado en la lista de la Secretaría que no asistirá/],
    ["я не приду на приём", /^Спасибо — в списке Секретариата отмечено, что вы не будете присутствовать/],
    ["我不参加招待会", /^谢谢——已在秘书处名单上记下您不出席鸡尾酒招待会/],
    ["لن أحضر حفل الاستقبال", /^شكراً لك — سُجّل في قائمة الأمانة أنك لن تحضر/],
  ])("%s", async (text, reply) => {
    const h = await setup();
    await h.say(people.claire, "rsvp attending with 1 expert");
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.status).toBe("declined");
  });
});

describe("the same checks as 'rsvp …'", () => {
  it.each([
    ["I will come to the reception with 1 expert: Ana Lima, Raj Patel", /2 experts.*1/],
    ["je serai à la réception avec 1 expert : Ana Lima, Raj Patel", /2 experts.*1/],
    ["I'll come to the reception with 2 experts: Ana Lima, Ministry of ICT", /Ministry of ICT/],
  ])("%s is refused and nothing is recorded", async (text, reply) => {
    const h = await setup();
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toBeUndefined();
  });

  it("a delegate the invitation does not name gets the same answer as 'rsvp attending'", async () => {
    const h = await setup();
    const plain = await h.say(people.peter, "rsvp attending");
    const stated = await h.say(people.peter, "I'll come to the reception");
    expect(stated).toBe(plain);
    expect(await h.rsvps.answer(RECEPTION, "test:peter")).toBeUndefined();
  });
});

describe("a question about the reception is not an RSVP", () => {
  it.each([
    "will there be a reception?",
    "who can attend the reception?",
    "can I bring an expert to the reception?",
    "qui peut venir à la réception ?",
    "я приду на приём?",
    "我会参加招待会吗？",
  ])("%s gets a programme answer and records nothing", async (text) => {
    const h = await setup();
    const reply = await h.say(people.claire, text);
    expect(reply).not.toMatch(/Secretariat's list|Secrétariat|Секретариата|秘书处名单/);
    expect(reply).toMatch(/Cocktail reception|Réception \(cocktail\)|Приём|鸡尾酒招待会/);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toBeUndefined();
  });
});
