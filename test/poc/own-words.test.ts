/**
 * POCs confirming and correcting their details in their own words, through every module of
 * the bot (so "my 24/7 phone is …" reaches the directory, not the date reader): a preview
 * before any change, a confirmation only for a POC, bad values refused with nothing written.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import {
  AMINA,
  button,
  CLAIRE,
  DELEGATE,
  FRA_TECH,
  importDirectory,
  KEN_TECH,
  PETER,
  pocBot,
  textOf,
} from "./support.js";

const NOW = "2024-06-01T12:00:00.000Z";
/** A letter of the language's script: the answer is in it. */
const SCRIPT: Record<string, RegExp> = {
  es: /Confirmar/,
  ru: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
  ar: /\p{Script=Arabic}/u,
};

async function setup() {
  const bot = await pocBot({ now: NOW, modules: handlerModules });
  await importDirectory(bot, [{ ...PETER, phone_24_7: "+254 20 123 4567" }, AMINA, CLAIRE]);
  return bot;
}

describe("a POC corrects a field in their own words", () => {
  it.each([
    ["my 24/7 phone is +254 20 765 4321", /^Change your 24\/7 phone\?[\s\S]*After: \+254 20 7654321/],
    ["chnage my phone to 020 765 4321", /^Change your phone\?[\s\S]*After: \+254 20 7654321/],
    ["change my phone to +254 20 765 4321", /^Change your phone\?[\s\S]*After: \+254 20 7654321/],
    ["my email is now peter@cert.example", /^Change your email\?[\s\S]*After: peter@cert\.example/],
  ])("%s: a preview, nothing written until Confirm", async (text, preview) => {
    const bot = await setup();
    const before = await bot.directory.get("KEN:technical");
    const reply = await bot.say(KEN_TECH, text);
    expect(textOf(reply)).toMatch(preview);
    expect(button(reply, ACTIONS.changeConfirm)).toBeDefined();
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
  });

  it("a value that is not one is refused, naming it, and nothing is written", async () => {
    const bot = await setup();
    const before = await bot.directory.get("KEN:technical");
    expect(textOf(await bot.say(KEN_TECH, "my 24/7 phone is 12"))).toMatch(
      /^That 24\/7 phone is not valid: .*Nothing was changed\.$/,
    );
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
  });

  it("in French, the new number is kept as written (not pivoted away)", async () => {
    const bot = await setup();
    const reply = textOf(await bot.say(FRA_TECH, "changer mon téléphone en +33 1 23 45 67 89"));
    expect(reply).toMatch(/\+33 1 23 45 67 89/);
    expect(reply).not.toMatch(/^Je ne comprends|^I didn't/);
  });
});

describe("a POC's own details in Russian, Chinese and Arabic", () => {
  it.each([
    ["мой телефон +254 20 765 4321", "ru"],
    ["мой телефон теперь +254 20 765 4321", "ru"],
    ["измените мой телефон на +254 20 765 4321", "ru"],
    ["我的电话改为 +254 20 765 4321", "zh"],
    ["把我的电话改成 +254 20 765 4321", "zh"],
    ["هاتفي +254 20 765 4321", "ar"],
    ["هاتفي الجديد هو +254 20 765 4321", "ar"],
    ["غيّر هاتفي إلى +254 20 765 4321", "ar"],
  ])("%s: a preview in the language, nothing written until Confirm", async (text, tag) => {
    const bot = await setup();
    const before = await bot.directory.get("KEN:technical");
    const reply = await bot.say(KEN_TECH, text);
    expect(textOf(reply)).toMatch(/7654321/);
    expect(textOf(reply)).not.toMatch(/Change your|Sorry|I didn't/);
    expect(textOf(reply)).toMatch(SCRIPT[tag] as RegExp);
    expect(button(reply, ACTIONS.changeConfirm)).toBeDefined();
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
    await bot.click(KEN_TECH, button(reply, ACTIONS.changeConfirm));
    expect(await bot.directory.get("KEN:technical")).toMatchObject({ phone: { number: "+254207654321" } });
  });

  it.each([
    ["изменить телефон на +7 495 123 45 67", { phone: { number: "+74951234567" } }],
    ["поменять телефон на +7 495 123 45 67", { phone: { number: "+74951234567" } }],
    ["обновить номер телефона на +7 495 123 45 67", { phone: { number: "+74951234567" } }],
    ["пожалуйста, измените телефон на +7 495 123 45 67", { phone: { number: "+74951234567" } }],
    // A new email is confirmed from that mailbox first: only the preview is checked here.
    ["обновить почту на peter@cert.example", undefined],
    ["изменить должность на Директор", { title: "Директор" }],
  ])("%s (a verb without 'мой'): a Russian preview, nothing written until Confirm", async (text, after) => {
    const bot = await setup();
    const before = await bot.directory.get("KEN:technical");
    const reply = await bot.say(KEN_TECH, text);
    expect(textOf(reply)).toMatch(/^Изменить поле «[^»]+»\?/);
    expect(button(reply, ACTIONS.changeConfirm)).toBeDefined();
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
    if (!after) return;
    await bot.click(KEN_TECH, button(reply, ACTIONS.changeConfirm));
    expect(await bot.directory.get("KEN:technical")).toMatchObject(after);
  });

  it.each([
    ["всё верно", "ru"],
    ["подтверждаю", "ru"],
    ["подтверждаю, всё верно", "ru"],
    ["подтверждаю свои данные", "ru"],
    ["confirmo mis datos", "es"],
    ["确认", "zh"],
    ["我的信息正确", "zh"],
    ["أؤكد", "ar"],
    ["بياناتي صحيحة", "ar"],
  ])("%s shows the record to confirm, in the language; only the click confirms it", async (text, tag) => {
    const bot = await setup();
    const before = await bot.directory.get("KEN:technical");
    const shown = await bot.say(KEN_TECH, text);
    expect(textOf(shown)).toMatch(SCRIPT[tag] as RegExp);
    const confirm = button(shown, ACTIONS.confirm);
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
    await bot.click(KEN_TECH, confirm);
    expect(await bot.directory.get("KEN:technical")).toMatchObject({
      status: "confirmed",
      lastConfirmedAt: NOW,
    });
  });
});

describe("a POC confirms their details in their own words", () => {
  it.each([
    "confirm",
    "my details are correct",
    "all correct",
    "Everything is still correct.",
    "je confirme",
    // tester4 item 20.
    "je confirme mes coordonnées",
    "mes coordonnees sont correctes",
    "je confirme mes coordonnees, tout est correct",
  ])("%s shows the record to confirm; only the click confirms it for another 12 months", async (text) => {
    const bot = await setup();
    const before = await bot.directory.get("FRA:technical");
    const shown = await bot.say(FRA_TECH, text);
    const confirm = button(shown, ACTIONS.confirm);
    expect(textOf(shown)).toMatch(/Click "Confirm, still correct"|Cliquez sur « Confirmer, toujours exact »/);
    expect(await bot.directory.get("FRA:technical")).toEqual(before);
    expect(textOf(await bot.click(FRA_TECH, confirm))).toMatch(/2025/);
    expect(await bot.directory.get("FRA:technical")).toMatchObject({
      status: "confirmed",
      lastConfirmedAt: NOW,
    });
  });

  it("someone who is no POC is not answered by the directory, and nothing is written", async () => {
    const bot = await setup();
    const history = await bot.directory.history("FRA:technical");
    for (const text of ["all correct", "my name is Dan Delegate"]) {
      const answer = textOf(await bot.say(DELEGATE, text));
      expect(answer).not.toMatch(/POC record|confirmation is due|Change your/);
    }
    expect(await bot.directory.history("FRA:technical")).toEqual(history);
  });
});

describe("'24/7' in a POC's free phrasings is their 24/7 phone, never 24 July", () => {
  it.each([
    [
      "my 24/7 number changed too, its +254 733 000111",
      /^Change your 24\/7 phone\?[\s\S]*After: \+254 733 000111/,
    ],
    [
      "my 24/7 number has changed, it's +254 733 000111",
      /^Change your 24\/7 phone\?[\s\S]*After: \+254 733 000111/,
    ],
    [
      "change mon tel 24/7 en +33 6 98 76 54 32",
      /^Modifier le téléphone 24\/7[\s\S]*Après\s:\s\+33 6 98 76 54 32/,
    ],
    [
      "cambia mi telefono de guardia 24/7 a +52 55 2222 3333",
      /^¿Cambiar su teléfono 24\/7\?[\s\S]*Después: \+52 55 2222 3333/,
    ],
  ])("%s: the 24/7 phone's preview, nothing written until Confirm", async (text, preview) => {
    const bot = await setup();
    const before = await bot.directory.get("KEN:technical");
    const reply = await bot.say(KEN_TECH, text);
    expect(textOf(reply)).toMatch(preview);
    expect(textOf(reply)).not.toMatch(/July|juillet|julio/);
    expect(button(reply, ACTIONS.changeConfirm)).toBeDefined();
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
  });

  it.each([
    "my 24/7 number changed too, its +254 733 000111",
    "change mon tel 24/7 en +33 6 98 76 54 32",
    "cambia mi telefono de guardia 24/7 a +52 55 2222 3333",
  ])("%s, by someone who is no POC: the POC answer, no programme", async (text) => {
    const bot = await setup();
    const answer = textOf(await bot.say(DELEGATE, text));
    expect(answer).toMatch(/POC record|ficha de punto de contacto|fiche de point de contact/);
    expect(answer).not.toMatch(/July|juillet|julio|Rules, norms|Règles|scheduled|previsto/);
  });
});

describe("a POC-only field said by someone who is no POC", () => {
  it("'my 24/7 phone is …' is the directory's, never a date: it says how POCs are recognised", async () => {
    const bot = await setup();
    const answer = textOf(await bot.say(DELEGATE, "my 24/7 phone is +254 20 123 4567"));
    expect(answer).toMatch(/^I don't have a POC record for your chat account/);
    expect(answer).not.toMatch(/July|scheduled/);
  });
});
