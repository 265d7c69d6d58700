/**
 * Words for a mobile phone name the record's `phone` field in every language, English's own
 * included ("mobile", "cell", "cell phone"), as « portable », "móvil"/"celular", «мобильный» and
 * "手机" do: the 24/7 line is named only by its 24/7 words ("24/7 phone", « téléphone
 * d'astreinte », «круглосуточный телефон»). Weak 16 item 2.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { AMINA, button, CLAIRE, importDirectory, KEN_TECH, PETER, pocBot } from "./support.js";

const NOW = "2024-03-05T16:00:00.000Z";

describe("mobile words name the phone field", () => {
  it.each([
    "my cell is +254 712 345 678",
    "change my cell to +254 712 345 678",
    "change my cell phone to +254 712 345 678",
    "my mobile number is now +254 712 345 678",
    "change my mobile phone to +254 712 345 678",
    "mon portable c'est maintenant +254 712 345 678",
    "mi móvil ahora es +254 712 345 678",
    "mi celular es +254 712 345 678",
    "мой мобильный теперь +254 712 345 678",
    "我的手机号现在是 +254 712 345 678",
  ])("%s", async (text) => {
    const bot = await pocBot({ now: NOW, modules: handlerModules });
    await importDirectory(bot, [{ ...PETER, phone_24_7: "+254 20 123 4567" }, AMINA, CLAIRE]);
    const reply = await bot.say(KEN_TECH, text);
    await bot.click(KEN_TECH, button(reply, ACTIONS.changeConfirm));
    expect(await bot.directory.get("KEN:technical")).toMatchObject({
      phone: { number: "+254712345678" },
      phone247: { number: "+254201234567" },
    });
  });
});
