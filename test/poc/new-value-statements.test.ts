/**
 * A POC stating a new value for one of their fields, in the words POCs write ("mon email c'est
 * maintenant …", "mi correo ahora es …", "бريدي الإلكتروني الآن …"), and colloquial change verbs
 * and short field words ("поменяй …", "cambia mi cel a …"): the change's preview, never the
 * programme (« maintenant », "ahora" are "now" to the programme). A value in the message (an
 * e-mail address, a phone number) tells a statement even with words of no list before it.
 * Tester 15 items 1 and 2.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import {
  AMINA,
  button,
  CLAIRE,
  FRA_TECH,
  importDirectory,
  KEN_TECH,
  PETER,
  pocBot,
  textOf,
} from "./support.js";

// During a session (5 March 2024, 11:00 in New York): "now" questions have an answer.
const NOW = "2024-03-05T16:00:00.000Z";

async function setup() {
  const bot = await pocBot({ now: NOW, modules: handlerModules });
  await importDirectory(bot, [{ ...PETER, phone_24_7: "+254 20 123 4567" }, AMINA, CLAIRE]);
  return bot;
}

describe("a POC states a new value: the change's preview, not the programme", () => {
  it.each([
    [
      "mon email c'est maintenant claire.martin@anssi.example",
      /^Modifier l’e-mail|^Modifier l'e-mail|^Modifier/,
      /claire\.martin@anssi\.example/,
    ],
    ["mon e-mail c'est désormais claire.martin@anssi.example", /^Modifier/, /claire\.martin@anssi\.example/],
    ["mon téléphone c'est désormais +33 1 23 45 67 89", /^Modifier le téléphone/, /\+33 1 23 45 67 89/],
    ["mon titre c'est maintenant Directrice", /^Modifier/, /Directrice/],
    ["mon portable c'est maintenant +33 6 98 76 54 32", /^Modifier le téléphone/, /\+33 6 98 76 54 32/],
    ["my email is now claire@anssi.example", /^Change your email/, /claire@anssi\.example/],
    ["my email from now on claire@anssi.example", /^Change your email/, /claire@anssi\.example/],
    // "c'est" alone is no verb of the lists (« … c'est quoi ? » is a question): the value tells.
    ["mon mail c'est claire@anssi.example", /^Modifier/, /claire@anssi\.example/],
    ["mi correo ahora es claire@anssi.example", /^¿Cambiar su correo/, /claire@anssi\.example/],
    ["mi teléfono ya es +34 912 345 678", /^¿Cambiar su teléfono/, /\+34 912 34 56 78|\+34 912 345 678/],
    ["мой email теперь claire@anssi.example", /^Изменить поле «электронная почта»/, /claire@anssi\.example/],
    ["мой имейл теперь claire@anssi.example", /^Изменить поле «электронная почта»/, /claire@anssi\.example/],
    ["мой мобильный теперь +7 495 123 45 67", /^Изменить поле «телефон»/, /\+7 495 123[- ]45[- ]67/],
    ["我的邮箱现在是claire@anssi.example", /^修改您的电子邮件/, /claire@anssi\.example/],
    ["我的手机号现在是 +86 10 1234 5678", /^修改您的电话/, /\+86 10 1234 5678/],
    ["بريدي الإلكتروني الآن claire@anssi.example", /\p{Script=Arabic}/u, /claire@anssi\.example/],
  ])("%s", async (text, head, value) => {
    const bot = await setup();
    const before = await bot.directory.get("FRA:technical");
    const reply = await bot.say(FRA_TECH, text);
    const answer = textOf(reply);
    expect(answer).toMatch(head);
    expect(answer).toMatch(value);
    expect(answer).not.toMatch(/Rien n'a lieu|En ce moment|Ahora \(|Now \(|الآن \(|Сейчас|现在（/);
    expect(button(reply, ACTIONS.changeConfirm)).toBeDefined();
    expect(await bot.directory.get("FRA:technical")).toEqual(before);
  });
});

describe("colloquial change verbs and short field words", () => {
  it.each([
    ["поменяй круглосуточный телефон на +7 495 123 45 67", { phone247: { number: "+74951234567" } }],
    ["смени мой телефон на +7 495 123 45 67", { phone: { number: "+74951234567" } }],
    ["обнови мой мобильный на +7 495 123 45 67", { phone: { number: "+74951234567" } }],
    ["cambia mi cel a +34 912 345 678", { phone: { number: "+34912345678" } }],
    ["cambia mi celular a +34 912 345 678", { phone: { number: "+34912345678" } }],
    ["cambia mi móvil a +34 912 345 678", { phone: { number: "+34912345678" } }],
    ["pon mi cel en +34 912 345 678", { phone: { number: "+34912345678" } }],
    ["change mon portable en +33 6 98 76 54 32", { phone: { number: "+33698765432" } }],
    ["把我的手机改成 +86 10 1234 5678", { phone: { number: "+861012345678" } }],
  ])("%s: the preview, then the click changes it", async (text, after) => {
    const bot = await setup();
    const before = await bot.directory.get("KEN:technical");
    const reply = await bot.say(KEN_TECH, text);
    expect(textOf(reply)).not.toMatch(/Sorry|Извините|Lo siento|抱歉|Désolé/);
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
    await bot.click(KEN_TECH, button(reply, ACTIONS.changeConfirm));
    expect(await bot.directory.get("KEN:technical")).toMatchObject(after);
  });

  it.each([
    "信息都对",
    "信息都没错",
    "都对",
    "没问题，信息都对",
    "todo bien",
    "todo está bien",
    "всё так",
    "tout est bon",
  ])("%s shows the record to confirm; only the click confirms it", async (text) => {
    const bot = await setup();
    const before = await bot.directory.get("KEN:technical");
    const shown = await bot.say(KEN_TECH, text);
    const confirm = button(shown, ACTIONS.confirm);
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
    await bot.click(KEN_TECH, confirm);
    expect(await bot.directory.get("KEN:technical")).toMatchObject({
      status: "confirmed",
      lastConfirmedAt: NOW,
    });
  });
});
