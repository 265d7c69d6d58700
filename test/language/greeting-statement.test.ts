/**
 * A greeting before a statement (an RSVP, a time-zone choice, a POC's change, a ping
 * acknowledgement), with or without punctuation, in the six languages: the statement is read,
 * in its language. A greeting alone gets a greeting back, with what the bot can do, in the
 * greeting's language.
 */
import { describe, expect, it } from "vitest";
import { splitGreeting } from "../../bot/language/greeting.js";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { rsvpRepository } from "../../handlers/rsvp/module.js";
import { button, importDirectory, KEN_TECH, PETER, pocBot, textOf } from "../poc/support.js";
import { harness, people, user, withRoster } from "../reminders/harness.js";

const RECEPTION = "oewg-7-reception-2024-03-04";

describe("a greeting, then an RSVP", () => {
  it.each([
    ["hello, rsvp attending with 1 expert: Ana Lima", /^Thank you/, ["Ana Lima"]],
    ["hi rsvp attending with 1 expert: Ana Lima", /^Thank you/, ["Ana Lima"]],
    ["bonjour, rsvp oui avec 1 expert : Ana Lima", /^Merci/, ["Ana Lima"]],
    ["hola rsvp sí con 1 experto: Ana Lima", /^Gracias/, ["Ana Lima"]],
    ["здравствуйте, rsvp да с 1 экспертом: Ana Lima", /^Спасибо/, ["Ana Lima"]],
    ["你好，rsvp 参加，带一名专家：张伟", /^谢谢/, ["张伟"]],
    ["مرحبا، rsvp نعم مع 1 خبير: Ana Lima", /^شكر/, ["Ana Lima"]],
  ])("%s records the answer, said in the language", async (text, thanks, names) => {
    const h = await harness({ modules: handlerModules });
    await withRoster(h);
    expect(await h.say(people.claire, text)).toMatch(thanks);
    expect(await rsvpRepository(h.deps).answer(RECEPTION, "test:claire")).toMatchObject({
      status: "attending",
      experts: { count: names.length, names },
    });
  });
});

describe("a greeting, then a time-zone choice", () => {
  it.each([
    ["hello, my time zone is Tokyo", /^Your time zone is now Tokyo/, "Asia/Tokyo"],
    ["good morning my time zone is Tokyo", /^Your time zone is now Tokyo/, "Asia/Tokyo"],
    ["bonjour, mon fuseau horaire est Genève", /^Votre fuseau horaire est désormais Genève/, "Europe/Zurich"],
    ["bonsoir mon fuseau horaire est Genève", /^Votre fuseau horaire est désormais Genève/, "Europe/Zurich"],
    ["hola, mi zona horaria es Bogotá", /^Su zona horaria es ahora Bogotá/, "America/Bogota"],
    // Phone shorthand ("c" for "c'est") and "fuseau" alone for "fuseau horaire".
    ["salut mon fuseau c geneve", /^Votre fuseau horaire est désormais Genève/, "Europe/Zurich"],
    ["mon fuseau c'est Genève", /^Votre fuseau horaire est désormais Genève/, "Europe/Zurich"],
    ["здравствуйте, мой часовой пояс Москва", /^Теперь ваш часовой пояс — Москва/, "Europe/Moscow"],
    ["你好，我的时区是东京", /^您的时区现为东京/, "Asia/Tokyo"],
    ["مرحبا، منطقتي الزمنية هي طوكيو", /^منطقتك الزمنية الآن/, "Asia/Tokyo"],
  ])("%s chooses the zone", async (text, answer, zone) => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    const anne = user("anne");
    expect(await h.say(anne, text)).toMatch(answer);
    expect((await h.deps.people.contact(anne.id))?.chosenTimeZone).toBe(zone);
  });
});

describe("a greeting, then a POC's change", () => {
  it.each([
    ["hello, my 24/7 phone is +254 20 765 4321", /^Change your 24\/7 phone\?/],
    ["bonjour mon téléphone 24/7 est +254 20 765 4321", /^Modifier/],
  ])("%s: the change's preview", async (text, preview) => {
    const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z", modules: handlerModules });
    await importDirectory(bot, [{ ...PETER, phone_24_7: "+254 20 123 4567" }]);
    const reply = await bot.say(KEN_TECH, text);
    expect(textOf(reply)).toMatch(preview);
    expect(button(reply, ACTIONS.changeConfirm)).toBeDefined();
  });
});

describe("a greeting and what follows it", () => {
  it.each([
    ["hello, rsvp yes", "en", "rsvp yes"],
    ["bonsoir", "fr", ""],
    ["buenas noches", "es", ""],
    ["hello received", "en", "received"],
    ["Holanda rsvp sí", undefined, undefined],
    ["hello kitty rsvp yes", undefined, undefined],
  ])("%s: greeting in %s, then %s", (text, locale, rest) => {
    const split = splitGreeting(text);
    expect(split?.locale).toBe(locale);
    expect(split?.rest).toBe(rest);
  });
});

describe("a greeting alone", () => {
  it.each([
    ["good evening", /^Hello!/],
    ["hello there", /^Hello!/],
    ["bonsoir", /^Bonjour/],
    ["bonsoir !", /^Bonjour/],
    ["buenas noches", /^¡Hola/],
    ["добрый вечер", /^Здравствуйте/],
    ["晚上好", /^您好/],
    ["مساء الخير", /^مرحب/],
    ["hello", /^Hello!/],
    ["bonjour", /^Bonjour/],
    ["hola", /^¡Hola/],
    ["hola q tal", /^¡Hola/],
    ["hola qué tal", /^¡Hola/],
    ["привет", /^Здравствуйте/],
    ["你好", /^您好/],
    ["مرحبا", /^مرحب/],
  ])("%s gets a greeting back, in its language", async (text, hello) => {
    const h = await harness({ modules: handlerModules });
    const answer = await h.say(user("zoe"), text);
    expect(answer).toMatch(hello);
    // Short: the greeting and what to ask, not the whole help card.
    expect(answer.split("\n")).toHaveLength(1);
  });

  it("an English greeting before 'received' is answered in English, after French", async () => {
    const h = await harness({ modules: handlerModules });
    const zoe = user("zoe");
    expect(await h.say(zoe, "bonsoir")).toMatch(/^Bonjour/);
    expect(await h.say(zoe, "hello received")).toMatch(/^There is no ping test/);
  });
});
