/**
 * "add <email> as my technical email" (also "as diplomatic", "to my technical emails", and the
 * same in the six languages): the address added to the list of the POC's record of that type,
 * through the same preview as "add <email> to my emails". The type word was not understood, so
 * these got "I didn't understand"; a POC of both types could not say which list.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { NEW_EMAILS_ANSWER } from "../../handlers/poc/self-service.js";
import { CHOOSE_LANGUAGE } from "../support/choose-language.js";
import { buttonsOf, importDirectory, KEN_TECH, PETER, pocBot, textOf } from "./support.js";

const MINE = KEN_TECH.email ?? "";
const NEW = "x@y.org";

/** Peter holds Kenya's technical record and, under the same address, its diplomatic one. */
async function bothTypes(locale = "en") {
  const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z", modules: handlerModules });
  await importDirectory(bot, [
    PETER,
    { state: "KEN", type: "diplomatic", name: "Peter Otieno", emails: MINE },
  ]);
  if (locale !== "en") await bot.say(KEN_TECH, CHOOSE_LANGUAGE[locale] ?? "");
  return bot;
}

describe("add an address to one type's list", () => {
  it.each([
    [`add ${NEW} as my technical email`, "technical"],
    [`add ${NEW} as diplomatic`, "diplomatic"],
    [`please add ${NEW} to my technical emails`, "technical"],
  ])("%s → the preview of the %s record's list, and the same confirmation", async (said, type) => {
    const bot = await bothTypes();
    const preview = await bot.say(KEN_TECH, said);
    expect(buttonsOf(preview).map((b) => b.actionId)).toContain(ACTIONS.changeConfirm);
    expect(textOf(preview)).toContain(`Kenya (KEN) — ${type} POC`);
    expect(textOf(preview)).toContain(`After: ${MINE}, ${NEW}`);
    expect(textOf(await bot.say(KEN_TECH, "confirm the change"))).toBe(NEW_EMAILS_ANSWER([NEW]));
  });

  it.each([
    ["fr", `ajoute ${NEW} comme mon adresse technique`, "technical"],
    ["fr", `ajoute ${NEW} à mes adresses diplomatiques`, "diplomatic"],
    ["es", `añade ${NEW} como mi correo técnico`, "technical"],
    ["ru", `добавь ${NEW} как мой технический адрес`, "technical"],
    ["zh", `把${NEW}添加为我的外交邮箱`, "diplomatic"],
    ["ar", `أضف ${NEW} إلى بريدي التقني`, "technical"],
  ])("%s: %s previews the %s record's list", async (locale, said, type) => {
    const bot = await bothTypes(locale);
    const preview = await bot.say(KEN_TECH, said);
    expect(buttonsOf(preview).map((b) => b.actionId)).toContain(ACTIONS.changeConfirm);
    expect(textOf(preview)).toContain(`${MINE}, ${NEW}`);
    const pending = await bot.store
      .namespace("poc")
      .get(`pending:${KEN_TECH.id}`, z.object({ pocId: z.string() }).loose());
    expect(pending?.pocId).toBe(`KEN:${type}`);
  });

  it("a type the POC does not hold is said as such; nothing is previewed", async () => {
    const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z", modules: handlerModules });
    await importDirectory(bot, [PETER]);
    const answer = await bot.say(KEN_TECH, `add ${NEW} as my diplomatic email`);
    expect(buttonsOf(answer)).toEqual([]);
    expect(textOf(answer)).toContain("diplomatic");
    expect(textOf(answer)).toContain("technical");
  });
});
