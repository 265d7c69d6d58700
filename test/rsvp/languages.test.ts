/**
 * RSVP answers said in words through the whole bot (every module, the language module
 * included): the event named first, and answers in other languages with the experts' names
 * kept as written (the pivot would drop them).
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { rsvpRepository } from "../../handlers/rsvp/module.js";
import { harness, people, withRoster } from "../reminders/harness.js";

const RECEPTION = "oewg-7-reception-2024-03-04";

async function setup() {
  const h = await harness({ modules: handlerModules });
  await withRoster(h);
  return { ...h, rsvps: rsvpRepository(h.deps) };
}

describe("RSVP answers in words", () => {
  it("'rsvp for the cocktail, attending with 1 expert' records attending with 1 expert", async () => {
    const h = await setup();
    expect(await h.say(people.claire, "rsvp for the cocktail, attending with 1 expert")).toMatch(
      /^Thank you — noted on the Secretariat's list as attending the Cocktail reception .*with 1 accompanying expert/,
    );
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: 1, names: [] },
    });
  });

  it.each([
    ["rsvp oui avec 2 experts : Ana Lima, Raj Patel", ["Ana Lima", "Raj Patel"]],
    ["rsvp sí con 1 experto: Ana Lima", ["Ana Lima"]],
    ["rsvp да с 2 экспертами: Ana Lima, Raj Patel", ["Ana Lima", "Raj Patel"]],
    ["rsvp 参加，带两名专家：张伟、李娜", ["张伟", "李娜"]],
    ["rsvp نعم مع 1 خبير: Ana Lima", ["Ana Lima"]],
  ])("%s records attending with the names as written", async (text, names) => {
    const h = await setup();
    await h.say(people.claire, text);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: names.length, names },
    });
  });

  it.each([
    ["rsvp oui", "fr", /^Merci/],
    ["rsvp sí, con 1 experto", "es", /^Gracias/],
    ["rsvp да", "ru", /^Спасибо/],
    ["rsvp 是", "zh", /^谢谢/],
    ["rsvp نعم", "ar", /^شكرًا|^شكرا/],
  ])(
    "%s right after an English command is answered in its language, kept for 'ok'",
    async (text, tag, thanks) => {
      const h = await setup();
      expect(await h.say(people.claire, "help")).toMatch(/[a-z]/);
      expect(await h.say(people.claire, text)).toMatch(thanks);
      expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({ status: "attending" });
      // A short message in no clear language keeps the one now in use.
      await h.say(people.claire, "ok");
      expect((await h.deps.people.contact(people.claire.id))?.languageInUse).toBe(tag);
    },
  );

  // tester4 items 4 and 5: each language's "and" and list punctuation split the names, and
  // the Arabic dual "خبيرين" counts two.
  it.each([
    ["rsvp نعم مع خبير واحد: محمد علي", ["محمد علي"]],
    ["rsvp نعم مع خبيرين: محمد علي و سارة يوسف", ["محمد علي", "سارة يوسف"]],
    ["rsvp نعم مع 2 خبراء: محمد علي، سارة يوسف", ["محمد علي", "سارة يوسف"]],
    ["سأحضر حفل الاستقبال مع خبيرين: محمد علي و سارة يوسف", ["محمد علي", "سارة يوسف"]],
    ["rsvp si con dos expertos: Luis Gómez y Carla Ruiz", ["Luis Gómez", "Carla Ruiz"]],
    ["rsvp oui avec 2 experts : Luc Martin et Anne Roy", ["Luc Martin", "Anne Roy"]],
    ["rsvp да с 2 экспертами: Иван Петров и Анна Смирнова", ["Иван Петров", "Анна Смирнова"]],
    ["rsvp 参加，带2位专家：王伟和李娜", ["王伟", "李娜"]],
    ["rsvp 参加，带2位专家：王伟，李娜", ["王伟", "李娜"]],
  ])("%s records each expert apart", async (text, names) => {
    const h = await setup();
    await h.say(people.claire, text);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: names.length, names },
    });
  });

  it("too many names for the count is refused, and nothing is recorded", async () => {
    const h = await setup();
    const answer = await h.say(people.claire, "rsvp oui avec 1 expert : Ana Lima, Raj Patel");
    expect(answer).toMatch(/2 experts.*1/);
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toBeUndefined();
  });
});

describe("the events that take RSVPs, listed in the reader's language", () => {
  it.each([
    ["rsvp oui pour le gala", "Réception (cocktail)"],
    ["rsvp 是 for the gala", "鸡尾酒招待会"],
    ["rsvp sí para la gala", "Recepción (cóctel)"],
  ])("%s: an event it does not know, the list in that language", async (text, title) => {
    const h = await setup();
    const answer = await h.say(people.claire, text);
    expect(answer).toContain(title);
    expect(answer).not.toMatch(/Cocktail reception|Mon 4 Mar/);
  });
});

describe("changing the experts in passing, after an answer", () => {
  it.each([
    ["actually make it 1 expert, just Ana Lima", 1, ["Ana Lima"]],
    ["make it 1 expert: Ana Lima", 1, ["Ana Lima"]],
    ["actually, make that 3 experts: Ana Lima, Raj Patel, Li Na", 3, ["Ana Lima", "Raj Patel", "Li Na"]],
    ["change my rsvp to 1 expert, just Ana Lima", 1, ["Ana Lima"]],
  ])("%s", async (text, count, names) => {
    const h = await setup();
    await h.say(people.claire, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
    expect(await h.say(people.claire, text)).toMatch(
      /^Thank you — noted on the Secretariat's list as attending/,
    );
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count, names },
    });
  });

  it("'make it 30 minutes before' is still a reminder's, not an RSVP's", async () => {
    const h = await setup();
    await h.say(people.claire, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
    await h.say(people.claire, "make it 30 minutes before");
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      experts: { count: 2, names: ["Ana Lima", "Raj Patel"] },
    });
  });
});
