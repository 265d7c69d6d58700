/**
 * A POC's change of their own entry is answered in the language it is written in, whatever
 * its value holds: an English sentence whose hours say "Mon-Fri" ("mon" is French for "my") or
 * "lun-ven" is English, and an English message brings English back after another language.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { importDirectory, KEN_TECH, PETER, pocBot, textOf } from "./support.js";

async function setup() {
  const bot = await pocBot({ now: "2024-06-10T12:00:00.000Z", modules: handlerModules });
  await importDirectory(bot, [PETER]);
  return bot;
}

/** The first line of a change's preview in each language. */
const PREVIEW = {
  en: /^Change your working hours\?/,
  fr: /^Modifier les heures de travail\u202f\?/,
  es: /^¿Cambiar su horario de trabajo\?/,
  ru: /^Изменить поле «рабочие часы»\?/,
  zh: /^修改您的工作时间？/,
  ar: /^هل تريد تغيير ساعات العمل؟/,
} as const;

describe("a POC's change is previewed in the language it is written in", () => {
  it.each([
    ["change my hours to 10:00-16:00 Mon-Fri", "en"],
    ["change my hours to 09:00-18:00 Mon-Fri", "en"],
    ["change my working hours to 09:00-18:00 lun-ven", "en"],
    ["please set my working hours to 08:30-16:30 Mon-Thu", "en"],
    ["my hours are now 10:00-16:00 Mon-Fri", "en"],
    ["changer mes heures de travail en 10:00-16:00 lun-ven", "fr"],
    ["changer mes horaires en 10:00-16:00 Mon-Fri", "fr"],
    ["cambiar mi horario a 10:00-16:00 lunes-viernes", "es"],
    ["cambiar mi horario a 10:00-16:00 Mon-Fri", "es"],
    ["измените мои рабочие часы на 10:00-16:00 пн-пт", "ru"],
    ["把我的工作时间改为 10:00-16:00 周一-周五", "zh"],
    ["غيّر ساعات العمل إلى 10:00-16:00 Mon-Fri", "ar"],
  ] as const)("%s → %s", async (text, locale) => {
    const bot = await setup();
    // Arabic's placeholders are wrapped in Unicode isolates.
    const answer = textOf(await bot.say(KEN_TECH, text)).replace(/[\u2066-\u2069]/g, "");
    expect(answer).toMatch(PREVIEW[locale]);
  });
});

describe("an English message after another language's is answered in English", () => {
  it("the French of a change does not stick to the next English one", async () => {
    const bot = await setup();
    expect(textOf(await bot.say(KEN_TECH, "change my title to Director"))).toMatch(/^Change your title\?/);
    expect(textOf(await bot.say(KEN_TECH, "changer mes horaires en 10:00-16:00 lun-ven"))).toMatch(
      PREVIEW.fr,
    );
    expect(textOf(await bot.say(KEN_TECH, "change my title to Director"))).toMatch(/^Change your title\?/);
    expect(textOf(await bot.say(KEN_TECH, "change my hours to 10:00-16:00 Mon-Fri"))).toMatch(PREVIEW.en);
    expect(textOf(await bot.say(KEN_TECH, "change my email to peter@@cert"))).toMatch(
      /^That email is not valid/,
    );
  });
});

describe("confirming one's details in words after 'my details', a yes-word first", () => {
  // A typed confirmation is answered with the record and its Confirm button, in the writer's
  // language (a POC confirms what they see: the click carries the record's version).
  it.each([
    ["yes all correct", /^Is everything below still correct\?/],
    ["yes, everything is correct", /^Is everything below still correct\?/],
    ["c bon tout est correct", /^Tout ce qui suit est-il toujours exact\u202f\?/],
    ["oui, c'est correct", /^Tout ce qui suit est-il toujours exact\u202f\?/],
    ["sí, todo correcto", /^¿Sigue siendo correcto todo lo que figura a continuación\?/],
    ["да, всё верно", /^Всё ли ниже по-прежнему верно\?/],
    ["是的，全部正确", /^以下内容是否仍然正确？/],
    ["نعم، كل شيء صحيح", /^هل ما زالت البيانات أدناه صحيحة كلها؟/],
  ])("%s", async (text, prompt) => {
    const bot = await setup();
    await bot.say(KEN_TECH, "my details");
    const sent = await bot.say(KEN_TECH, text);
    const card = sent[0]?.message.card;
    expect(card?.sections?.[0]?.text ?? "").toMatch(prompt);
    expect(card?.buttons?.map((b) => b.actionId)).toContain(ACTIONS.confirm);
  });

  it.each(["yes", "oui ?", "sí", "yes, change it"])("%s alone is no confirmation", async (text) => {
    const bot = await setup();
    await bot.say(KEN_TECH, "my details");
    const sent = await bot.say(KEN_TECH, text);
    expect(sent.flatMap((s) => s.message.card?.buttons ?? []).map((b) => b.actionId)).not.toContain(
      ACTIONS.confirm,
    );
    expect((await bot.directory.get("KEN:technical"))?.lastConfirmedAt).toBeUndefined();
  });
});
