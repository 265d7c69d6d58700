/**
 * "add <email> to my emails" and "remove <email> from my emails", in six languages: one address
 * added to or taken from the POC's list, through the same preview and confirmation as any
 * change (a new address still goes to the Secretariat to add after their check). The list had
 * to be typed whole ("change my emails to a, b"), and these words were not understood.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { NEW_EMAILS_ANSWER } from "../../handlers/poc/self-service.js";
import { CHOOSE_LANGUAGE } from "../support/choose-language.js";
import { buttonsOf, importDirectory, KEN_TECH, PETER, pocBot, textOf } from "./support.js";

const MINE = KEN_TECH.email ?? "";
const DESK = "desk@cert.example";
const HOME = "peter.home@example.org";

async function twoAddresses(locale = "en") {
  const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z", modules: handlerModules });
  await importDirectory(bot, [{ ...PETER, emails: `${MINE};${DESK}` }]);
  if (locale !== "en") await bot.say(KEN_TECH, CHOOSE_LANGUAGE[locale] ?? "");
  return bot;
}

const emailsOf = async (bot: Awaited<ReturnType<typeof twoAddresses>>) =>
  (await bot.directory.get("KEN:technical"))?.emails;

describe("add one address to my emails", () => {
  it("previews the list with it, and confirming passes the new address to the Secretariat", async () => {
    const bot = await twoAddresses();
    const preview = await bot.say(KEN_TECH, `add ${HOME} to my emails`);
    expect(buttonsOf(preview).map((b) => b.actionId)).toContain(ACTIONS.changeConfirm);
    const text = textOf(preview);
    expect(text).toContain(`${MINE}, ${DESK}, ${HOME}`);
    expect(text).not.toContain("would be removed");
    expect(await emailsOf(bot)).toEqual([MINE, DESK]);
    expect(textOf(await bot.say(KEN_TECH, "confirm the change"))).toBe(NEW_EMAILS_ANSWER([HOME]));
    expect(await emailsOf(bot)).toEqual([MINE, DESK]);
  });

  it.each([
    ["fr", `ajouter ${HOME} à mes adresses e-mail`],
    ["es", `añade ${HOME} a mis correos`],
    ["ru", `добавь ${HOME} в мои адреса`],
    ["zh", `把 ${HOME} 添加到我的邮箱`],
    ["ar", `أضف ${HOME} إلى عناويني`],
  ])("%s: %s previews the list with it", async (locale, said) => {
    const bot = await twoAddresses(locale);
    const preview = await bot.say(KEN_TECH, said);
    expect(buttonsOf(preview).map((b) => b.actionId)).toContain(ACTIONS.changeConfirm);
    expect(textOf(preview)).toContain(`${MINE}, ${DESK}, ${HOME}`);
  });

  it("an address already listed: said so, nothing previewed", async () => {
    const bot = await twoAddresses();
    const answer = await bot.say(KEN_TECH, `add ${DESK} to my emails`);
    expect(textOf(answer)).toBe(`${DESK} is already one of your addresses. Nothing was changed.`);
    expect(buttonsOf(answer)).toEqual([]);
  });
});

describe("remove one address from my emails", () => {
  it("previews the list without it; confirming applies it", async () => {
    const bot = await twoAddresses();
    const preview = textOf(await bot.say(KEN_TECH, `remove ${DESK} from my emails`));
    expect(preview).toContain(`${DESK} would be removed from the record`);
    await bot.say(KEN_TECH, "confirm the change");
    expect(await emailsOf(bot)).toEqual([MINE]);
  });

  it.each([
    ["fr", `retirer ${DESK} de mes adresses e-mail`],
    ["es", `quita ${DESK} de mis correos`],
    ["ru", `удали ${DESK} из моих адресов`],
    ["zh", `从我的邮箱中删除 ${DESK}`],
    ["ar", `احذف ${DESK} من عناويني`],
  ])("%s: %s previews the list without it", async (locale, said) => {
    const bot = await twoAddresses(locale);
    const preview = await bot.say(KEN_TECH, said);
    expect(buttonsOf(preview).map((b) => b.actionId)).toContain(ACTIONS.changeConfirm);
    await bot.say(KEN_TECH, "confirm the change");
    expect(await emailsOf(bot)).toEqual([MINE]);
  });

  it("an address not listed: said so, with the list, and nothing changes", async () => {
    const bot = await twoAddresses();
    const answer = await bot.say(KEN_TECH, "remove someone@else.example from my emails");
    expect(textOf(answer)).toBe(
      `someone@else.example is not one of your addresses (${MINE} and ${DESK}). Nothing was changed.`,
    );
    expect(buttonsOf(answer)).toEqual([]);
  });

  it("words without an address: asked for one, nothing changes", async () => {
    const bot = await twoAddresses();
    expect(textOf(await bot.say(KEN_TECH, "add my colleague to my emails"))).toBe(
      'Give one e-mail address, e.g. "add name@example.org to my emails". Nothing was changed.',
    );
  });
});
