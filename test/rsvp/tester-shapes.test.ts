/**
 * Shapes an exploratory tester wrote as a head of delegation (Claire on the roster): an RSVP
 * statement naming one expert after "my" ("con mi experta María Gómez"), a bare statement of
 * coming or not with one RSVP event open, and a phone shorthand greeting before a statement.
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
  const file = join(mkdtempSync(join(tmpdir(), "rsvp-shapes-")), "bot.sqlite");
  const h = await harness({ modules: handlerModules, storeUrl: `sqlite:${file}` });
  await withRoster(h);
  return { ...h, rsvps: rsvpRepository(h.deps) };
}

describe("one expert named after 'my'", () => {
  it.each([
    ["hola, voy a la recepción con mi experta María Gómez", /María Gómez/, "María Gómez"],
    ["je vais à la réception avec mon expert Paul Durand", /Paul Durand/, "Paul Durand"],
    ["I'll come to the reception with my expert Raj Patel", /Raj Patel/, "Raj Patel"],
  ])("%s records the expert", async (text, reply, name) => {
    const h = await setup();
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: 1, names: [name] },
    });
  });
});

describe("a phone shorthand greeting before a statement", () => {
  it.each([
    [
      "bjr je serai présent à la réception avec 2 experts: Paul Durand, Léa Petit",
      /^Merci — .*Paul Durand, Léa Petit/,
    ],
    [
      "slt, je viendrai à la réception avec 2 experts : Paul Durand, Léa Petit",
      /^Merci — .*Paul Durand, Léa Petit/,
    ],
    [
      "cc je serai à la réception avec 2 experts : Paul Durand, Léa Petit",
      /^Merci — .*Paul Durand, Léa Petit/,
    ],
    [
      "buenas, asistiré a la recepción con 2 expertos: Paul Durand, Léa Petit",
      /^Gracias: .*Paul Durand, Léa Petit/,
    ],
  ])("%s is recorded", async (text, reply) => {
    const h = await setup();
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: 2, names: ["Paul Durand", "Léa Petit"] },
    });
  });
});

describe("a bare statement with one RSVP event open is read as about it, as English 'I can't come' is", () => {
  it.each([
    ["I can't come", /^If you mean the Cocktail reception \(Mon 4 Mar\), type "rsvp declined"/],
    [
      "je viendrai pas finalement",
      /^Si vous parlez de la réception \(cocktail\) \(lundi 4 mars\), écrivez « rsvp non »/,
    ],
    ["je ne viendrai pas", /^Si vous parlez de .*« rsvp non »/],
    ["finalement je viens pas", /^Si vous parlez de .*« rsvp non »/],
    ["je viendrai", /^Si vous parlez de .*« rsvp oui »/],
    ["je viendrai peut-être", /^Si vous parlez de .*« rsvp peut-être »/],
    ["не приду", /^Если вы о мероприятии .*«rsvp нет»/],
    ["возможно приду", /^Если вы о мероприятии .*«rsvp возможно»/],
    ["я приду", /^Если вы о мероприятии .*«rsvp да»/],
    ["quizás vaya", /^Si se refiere a .*«rsvp quizás»/],
    ["ya no voy", /^Si se refiere a .*«rsvp no»/],
    ["asistiré", /^Si se refiere a .*«rsvp sí»/],
    ["maybe I'll come", /^If you mean the .*"rsvp tentative"/],
    ["ربما أحضر", /^إذا كنت تقصد .*«rsvp ربما»/],
    ["can't make it sorry", /^If you mean the .*"rsvp declined"/],
    // After a greeting, shorthand too.
    ["bjr, je viendrai pas finalement", /^Si vous parlez de .*« rsvp non »/],
    ["hola, ya no voy", /^Si se refiere a .*«rsvp no»/],
  ])("%s gets the command to type and changes nothing", async (text, reply) => {
    const h = await setup();
    await h.say(people.claire, "rsvp attending with 1 expert");
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: 1 },
    });
  });

  it("'bonjour je vais bien' is a greeting, not a statement", async () => {
    const h = await setup();
    expect(await h.say(people.claire, "bonjour je vais bien")).toMatch(
      /^Voici ce que vous pouvez me demander/,
    );
  });

  it.each(["je viendrai pas ?", "возможно приду?"])("a question %s is not one", async (text) => {
    const h = await setup();
    expect(await h.say(people.claire, text)).not.toMatch(/rsvp/);
  });
});

describe("withdrawing one's answer in every language", () => {
  it.each([
    ["annule ma réponse", /^Merci — il est noté .* que vous ne participerez pas/],
    ["annuler mon rsvp", /^Merci — il est noté .* que vous ne participerez pas/],
    ["cancela mi rsvp", /^Gracias: queda anotado .* que no asistirá/],
    ["отмени мой ответ", /^Спасибо — в списке Секретариата отмечено, что вы не будете присутствовать/],
    ["ألغ ردي", /^شكراً لك — سُجّل في قائمة الأمانة أنك لن تحضر/],
  ])("%s declines, answered in its language", async (text, reply) => {
    const h = await setup();
    await h.say(people.claire, "rsvp attending with 1 expert");
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({ status: "declined" });
  });
});

describe("answers said in passing", () => {
  it("'cant make it to the reception sorry' declines", async () => {
    const h = await setup();
    await h.say(people.claire, "rsvp yes");
    expect(await h.say(people.claire, "cant make it to the reception sorry")).toMatch(
      /^Thank you — noted on the Secretariat's list that you will not attend the Cocktail reception/,
    );
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({ status: "declined" });
  });

  it.each([
    ["maybe I'll come to the reception", /^Noted as tentative for the Cocktail reception/],
    ["je viendrai peut-être à la réception", /^Réponse provisoire notée .* pour la réception \(cocktail\)/],
    ["quizás vaya a la recepción", /^Anotada una respuesta provisional .* para la recepción \(cóctel\)/],
    ["ربما أحضر حفل الاستقبال", /^سُجّل ردك المبدئي بشأن/],
  ])("%s records a tentative answer, in its language", async (text, reply) => {
    const h = await setup();
    await h.say(people.claire, "rsvp yes");
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({ status: "tentative" });
  });

  it("'rsvp yes w 1 expert raj patel (MFA)': 'w' is 'with'", async () => {
    const h = await setup();
    expect(await h.say(people.claire, "rsvp yes w 1 expert raj patel (MFA)")).toMatch(
      /^Thank you — noted .* as attending the Cocktail reception .*with 1 accompanying expert \(raj patel \(MFA\)\)/,
    );
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: 1, names: ["raj patel (MFA)"] },
    });
  });
});

describe("removing one expert, with or without 'from my rsvp'", () => {
  it.each([
    ["enlève Léa Petit", /avec 1 expert accompagnant \(Ana Lima\)/],
    ["enlève Léa Petit de ma réponse", /avec 1 expert accompagnant \(Ana Lima\)/],
    ["retire l'experte Léa Petit de mon rsvp", /avec 1 expert accompagnant \(Ana Lima\)/],
    ["remove Léa Petit", /avec 1 expert accompagnant \(Ana Lima\)/],
    ["quita a Léa Petit de mi respuesta", /Ana Lima/],
    ["убери Léa Petit из моего ответа", /Ana Lima/],
  ])("%s drops her and keeps Ana Lima", async (text, reply) => {
    const h = await setup();
    await h.say(people.claire, "rsvp oui avec 2 experts : Ana Lima, Léa Petit");
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: 1, names: ["Ana Lima"] },
    });
  });
});
