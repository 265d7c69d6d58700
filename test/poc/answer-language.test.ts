/**
 * A POC's change of their own entry is answered in the language it is written in, whatever
 * its value holds: an English sentence whose hours say "Mon-Fri" ("mon" is French for "my") or
 * "lun-ven" is English, and an English message brings English back after another language.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { importDirectory, KEN_TECH, PETER, pocBot, textOf } from "./support.js";

async function setup() {
  const bot = await pocBot({ now: "2024-06-10T12:00:00.000Z", modules: handlerModules });
  await importDirectory(bot, [PETER]);
  return bot;
}

/** The first line of a change's preview in each language. */
const PREVIEW = {
  en: /^Change your working hours\?/,
  fr: /^Modifier ce champ \(heures de travail\)\u202f\?/,
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
