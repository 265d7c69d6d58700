/**
 * "received?" — an acknowledgement word asked as a question — records nothing: it is answered
 * (recorded or not yet, and what to type), in the asker's language, whatever the question mark.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { pingServices } from "../../handlers/ping/service.js";
import { button, FRA_TECH, KEN_TECH, pingBot, SECRETARIAT, textOf } from "../poc/support.js";
import { leftInEnglish } from "../support/english.js";

async function setup() {
  const bot = await pingBot(handlerModules);
  const services = pingServices(bot.deps);
  const preview = await bot.say(SECRETARIAT, "start ping test technical window 24h");
  const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
  await bot.deps.scheduler.tick();
  const test = /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
  const acked = async () => [...(await services.tests.acks(test)).keys()].sort();
  return { bot, test, acked };
}

describe("an acknowledgement word asked as a question", () => {
  it("'received?' while the ping waits records nothing and says how to acknowledge; once acknowledged, says it is recorded", async () => {
    const { bot, test, acked } = await setup();
    expect(textOf(await bot.say(KEN_TECH, "received?"))).toBe(
      `Your acknowledgement of ping test ${test} (technical POC of Kenya) is not recorded yet, and this question records nothing: to acknowledge, click Acknowledge on the ping or write "received" (without a question mark).`,
    );
    expect(await acked()).toEqual([]);
    expect(textOf(await bot.say(KEN_TECH, "received"))).toMatch(/^Thank you: your acknowledgement/);
    expect(textOf(await bot.say(KEN_TECH, "Acknowledged ?"))).toBe(
      `Yes: your acknowledgement of ping test ${test} (technical POC of Kenya) is recorded, at Mon 10 Jun 2024, 9:00 AM New York time (4:00 PM your time, Nairobi).`,
    );
    expect(await acked()).toEqual(["KEN:technical"]);
  });

  it.each([
    ["fr", "français", "reçu ?", FRA_TECH, /^Votre accusé de réception .* n’est pas encore enregistré/],
    ["es", "español", "¿recibido?", FRA_TECH, /^Su acuse de recibo .* aún no está registrado/],
    ["ru", "русский", "получено?", KEN_TECH, /^Ваше подтверждение получения .* ещё не записано/],
    ["zh", "中文", "收到？", KEN_TECH, /^您对.*的确认回执尚未记录/],
    ["ar", "العربية", "تم الاستلام؟", KEN_TECH, /^لم يُسجَّل إقرارك/],
    ["en", "English", "got it, thanks?", KEN_TECH, /^(?!Thank you)/],
  ])(
    "in %s, %s records nothing and is answered in that language",
    async (locale, name, text, who, expected) => {
      const { bot, acked } = await setup();
      if (locale !== "en") await bot.say(who, `language: ${name}`);
      const answer = textOf(await bot.say(who, text));
      expect(answer).toMatch(expected);
      if (locale !== "en")
        expect(leftInEnglish(locale, answer.replace(/ping test \S+|\S+-\S+-\S+/g, ""))).toBeUndefined();
      expect(await acked()).toEqual([]);
    },
  );
});
