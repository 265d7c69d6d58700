/**
 * RSVP changes as heads of delegation write them (tester 11, M3): experts who will not come,
 * "only 1 expert", « juste Marie », attending with experts as a statement with one RSVP event
 * open, and withdrawing beside a statement of not coming. Ambiguous changes ask and change nothing.
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

const expertsOf = async (h: Awaited<ReturnType<typeof setup>>, id: string) =>
  (await h.rsvps.answer(RECEPTION, id))?.experts;

describe("an expert who will not come, the experts kept", () => {
  it.each([
    [
      "en",
      "rsvp attending with 2 experts: Ana Lima, Raj Patel",
      "actually only 1 expert, Raj cant come",
      /with 1 accompanying expert \(Ana Lima\)/,
      ["Ana Lima"],
    ],
    [
      "en",
      "rsvp attending with 2 experts: Ana Lima, Raj Patel",
      "Raj can't come after all",
      /with 1 accompanying expert \(Ana Lima\)/,
      ["Ana Lima"],
    ],
    [
      "fr",
      "rsvp oui avec 2 experts : Marie Dupont, Luc Bernard",
      "finalement Luc ne vient pas, juste Marie",
      /avec 1 expert accompagnant \(Marie Dupont\)/,
      ["Marie Dupont"],
    ],
    [
      "es",
      "rsvp sí con 2 expertos: Ana Lima, Raj Patel",
      "al final Ana no viene",
      /1 experto acompañante \(Raj Patel\)/,
      ["Raj Patel"],
    ],
    [
      "ru",
      "rsvp да с 2 экспертами: Анна Смирнова, Иван Орлов",
      "Иван не придёт, только Анна",
      /Анна Смирнова/,
      ["Анна Смирнова"],
    ],
    ["zh", "rsvp 出席，带两名专家：王芳、张伟", "改成只带一位专家：王芳", /携1名随行专家（王芳）/, ["王芳"]],
    ["zh", "rsvp 出席，带两名专家：王芳、张伟", "张伟不来了", /携1名随行专家（王芳）/, ["王芳"]],
  ])("%s: %s then %s", async (_tag, first, change, reply, names) => {
    const h = await setup();
    await h.say(people.claire, first);
    expect(await h.say(people.claire, change)).toMatch(reply);
    expect(await expertsOf(h, "test:claire")).toEqual({ count: 1, names });
  });

  it("a number that leaves a named expert out asks which, and changes nothing", async () => {
    const h = await setup();
    await h.say(people.ann, "rsvp attending with 3 experts: Ana Lima, Raj Patel, Taro Yamada");
    expect(await h.say(people.ann, "actually only 1 expert, Raj cant come")).toBe(
      'You named 3 experts before (Ana Lima, Raj Patel, Taro Yamada). Say who comes, e.g. "rsvp attending with 1 expert: Ana Lima". Nothing was changed.',
    );
    expect(await expertsOf(h, "test:ann")).toEqual({
      count: 3,
      names: ["Ana Lima", "Raj Patel", "Taro Yamada"],
    });
  });

  it("a name that is none of the experts, or a first name two share, changes nothing", async () => {
    const h = await setup();
    await h.say(people.claire, "rsvp oui avec 2 experts : Marie Dupont, Marie Curie");
    expect(await h.say(people.claire, "finalement Luc ne vient pas")).toBe(
      "« Luc » ne fait pas partie des experts que vous avez nommés (Marie Dupont, Marie Curie). Rien n’a été modifié.",
    );
    expect(await h.say(people.claire, "juste Marie")).toMatch(
      /^Vous aviez nommé 2 experts .*Rien n’a été modifié\.$/,
    );
    expect(await expertsOf(h, "test:claire")).toEqual({ count: 2, names: ["Marie Dupont", "Marie Curie"] });
  });

  it("'just checking' with experts named is no change", async () => {
    const h = await setup();
    await h.say(people.ann, "rsvp attending with 2 experts: Ana Lima, Raj Patel");
    expect(await h.say(people.ann, "just checking")).not.toMatch(/noted/);
    expect(await expertsOf(h, "test:ann")).toEqual({ count: 2, names: ["Ana Lima", "Raj Patel"] });
  });
});

describe("attending with experts as a statement, one RSVP event open", () => {
  it("« je viens avec 2 experts : Marie Dupont et Luc Bernard » is recorded", async () => {
    const h = await setup();
    expect(await h.say(people.claire, "je viens avec 2 experts : Marie Dupont et Luc Bernard")).toMatch(
      /^Merci — .*avec 2 experts accompagnants \(Marie Dupont, Luc Bernard\)/,
    );
    expect(await h.rsvps.answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: 2, names: ["Marie Dupont", "Luc Bernard"] },
    });
  });
});

describe("withdrawing beside a statement of not coming", () => {
  it.each([
    ["rsvp sí con 1 experto: Ana Lima", "mejor no voy, cancela", /^Gracias/],
    ["rsvp да с 1 экспертом: Анна Смирнова", "отмени мой ответ, не смогу", /^Спасибо/],
    ["rsvp attending with 1 expert: Ana Lima", "I can't come after all, cancel it", /^Thank you/],
    ["rsvp oui avec 1 expert : Ana Lima", "je ne viendrai pas, annule", /^Merci/],
  ])("%s, then %s declines", async (first, text, reply) => {
    const h = await setup();
    await h.say(people.claire, first);
    expect(await h.say(people.claire, text)).toMatch(reply);
    expect((await h.rsvps.answer(RECEPTION, "test:claire"))?.status).toBe("declined");
  });
});

describe("Chinese names in a list", () => {
  it("are joined with 、", async () => {
    const h = await setup();
    expect(await h.say(people.li, "rsvp 出席，带两名专家：王芳、张伟")).toMatch(/（王芳、张伟）/);
  });

  it("the reception's card says to type the words the other hints give (rsvp 出席)", async () => {
    const h = await setup();
    const card = await h.say(people.li, "招待会是什么时候");
    expect(card).toContain("请在此输入“rsvp 出席”");
    expect(card).not.toContain("rsvp 参加");
  });
});

describe("Chinese replies", () => {
  it("put no space after 。 before the list's line", async () => {
    const h = await setup();
    const reply = await h.say(people.li, "rsvp 出席，带两名专家：王芳、张伟");
    expect(reply).toContain("（王芳、张伟）。此名单由秘书处保存");
    expect(reply).not.toMatch(/。 /u);
  });
});
