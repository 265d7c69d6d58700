/**
 * A change's preview answered by typing, in six languages: "confirm", "oui", "确认" apply the
 * change as the Confirm button does, and "cancel", "annuler", "нет" drop it as Cancel does. A
 * typed "confirm" used to confirm the record as it stood: the old phone was certified for a
 * year and the correction was lost (an exploratory tester's finding).
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { button, buttonsOf, importDirectory, KEN_TECH, PETER, pocBot, textOf } from "./support.js";

const NOW = "2024-06-01T12:00:00.000Z";
const OLD = { number: "+254201234567" };
const NEW = { number: "+254207654321" };

async function previewShown() {
  const bot = await pocBot({ now: NOW, modules: handlerModules });
  await importDirectory(bot, [{ ...PETER, emails: KEN_TECH.email ?? "" }]);
  const preview = await bot.say(KEN_TECH, "change my phone to 020 765 4321");
  expect(buttonsOf(preview).map((b) => b.actionId)).toContain(ACTIONS.changeConfirm);
  return { bot, preview };
}

describe("a change's preview answered by typing", () => {
  it.each([
    "confirm",
    "Confirm the change",
    "yes",
    "ok",
    "confirmer",
    "oui",
    "confirmar el cambio",
    "sí",
    "подтвердить",
    "да",
    "确认",
    "确认修改",
    "تأكيد",
    "نعم",
  ])("%s applies the change, and does not confirm the old record", async (answer) => {
    const { bot } = await previewShown();
    await bot.say(KEN_TECH, answer);
    const record = await bot.directory.get("KEN:technical");
    expect(record?.phone).toEqual(NEW);
    expect(record?.lastConfirmedAt).toBeUndefined();
    expect(await bot.directory.history("KEN:technical")).toHaveLength(2);
  });

  it.each(["cancel", "no", "annuler", "cancelar", "нет", "取消修改", "إلغاء"])(
    "%s drops the change and changes nothing",
    async (answer) => {
      const { bot, preview } = await previewShown();
      await bot.say(KEN_TECH, answer);
      // The preview is gone: its Confirm button applies nothing now.
      await bot.click(KEN_TECH, button(preview, ACTIONS.changeConfirm));
      // A later "confirm" has no change to apply: the record is shown to confirm as it stands.
      const after = textOf(await bot.say(KEN_TECH, "confirm"));
      expect(after).toContain("+254 20 1234567");
      const record = await bot.directory.get("KEN:technical");
      expect(record?.phone).toEqual(OLD);
      expect(await bot.directory.history("KEN:technical")).toHaveLength(1);
    },
  );

  it("a number typed in Arabic-Indic or full-width digits is the same number", async () => {
    for (const typed of ["+٢٥٤ ٢٠ ٧٦٥ ٤٣٢١", "＋２５４ ２０ ７６５ ４３２１"]) {
      const bot = await pocBot({ now: NOW, modules: handlerModules });
      await importDirectory(bot, [{ ...PETER, emails: KEN_TECH.email ?? "" }]);
      expect(textOf(await bot.say(KEN_TECH, `change my phone to ${typed}`))).toContain("+254 20 7654321");
      await bot.say(KEN_TECH, "confirm");
      expect((await bot.directory.get("KEN:technical"))?.phone).toEqual(NEW);
    }
  });

  it("after the preview has expired, a typed 'confirm' shows the record as it stands", async () => {
    const { bot } = await previewShown();
    bot.clock.advance(16 * 60_000);
    const reply = await bot.say(KEN_TECH, "confirm");
    expect(buttonsOf(reply).map((b) => b.actionId)).toContain(ACTIONS.confirm);
    expect((await bot.directory.get("KEN:technical"))?.phone).toEqual(OLD);
  });
});
