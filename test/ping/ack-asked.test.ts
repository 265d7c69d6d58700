/**
 * A POC asks whether they answered the ping ("did I answer the ping already?", "have I replied
 * to the ping test?", and the same in the six languages, with or without a question mark): the
 * answer says whether their acknowledgement of their latest ping is recorded and when, in their
 * zone, or that no ping test was addressed to them. It records nothing. These used to be "I
 * didn't understand" or the programme's answer about the ping test.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { pingServices } from "../../handlers/ping/service.js";
import { button, DELEGATE, FRA_TECH, KEN_TECH, pingBot, SECRETARIAT, textOf } from "../poc/support.js";

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

describe("did I answer the ping?", () => {
  it.each([
    "did i answer the ping already?",
    "Have I replied to the ping test?",
    "have I acknowledged the ping",
    "is my acknowledgement recorded?",
  ])("%s → not yet (nothing recorded), then yes with when, in the POC's zone", async (question) => {
    const { bot, test, acked } = await setup();
    expect(textOf(await bot.say(KEN_TECH, question))).toBe(
      `Your acknowledgement of ping test ${test} (technical POC of Kenya) is not recorded yet, and this question records nothing: to acknowledge, click Acknowledge on the ping or write "received" (without a question mark).`,
    );
    expect(await acked()).toEqual([]);
    bot.clock.advance(5 * 60_000);
    await bot.say(KEN_TECH, "received");
    expect(textOf(await bot.say(KEN_TECH, question))).toBe(
      `Yes: your acknowledgement of ping test ${test} (technical POC of Kenya) is recorded, at Mon 10 Jun 2024, 9:05 AM New York time (4:05 PM your time, Nairobi).`,
    );
  });

  it("someone no ping test was addressed to is told so", async () => {
    const { bot } = await setup();
    expect(textOf(await bot.say(DELEGATE, "did I answer the ping already?"))).toBe(
      "There is no ping test addressed to you to acknowledge. Nothing was recorded.",
    );
  });

  it.each([
    [
      "fr",
      "français",
      "Ai-je déjà répondu au ping ?",
      FRA_TECH,
      /^Votre accusé de réception .* n’est pas encore enregistré/,
    ],
    [
      "fr",
      "français",
      "est-ce que j'ai répondu au test ping",
      FRA_TECH,
      /^Votre accusé de réception .* n’est pas encore enregistré/,
    ],
    ["es", "español", "¿Ya respondí al ping?", FRA_TECH, /^Su acuse de recibo .* aún no está registrado/],
    ["ru", "русский", "Я уже ответил на пинг?", KEN_TECH, /^Ваше подтверждение получения .* ещё не записано/],
    ["zh", "中文", "我已经回复ping了吗？", KEN_TECH, /^您对.*的确认回执尚未记录/],
    ["ar", "العربية", "هل رددت على اختبار الاتصال؟", KEN_TECH, /^لم يُسجَّل إقرارك/],
  ])("in %s, %s: answered in that language, nothing recorded", async (_locale, name, text, who, expected) => {
    const { bot, acked } = await setup();
    await bot.say(who, `language: ${name}`);
    expect(textOf(await bot.say(who, text))).toMatch(expected);
    expect(await acked()).toEqual([]);
  });

  it("in French, once acknowledged: yes, and when, in the POC's zone", async () => {
    const { bot } = await setup();
    await bot.say(FRA_TECH, "language: français");
    await bot.say(FRA_TECH, "reçu");
    expect(textOf(await bot.say(FRA_TECH, "Ai-je déjà répondu au ping ?"))).toMatch(
      /^Oui\u202f: votre accusé de réception du .* a été enregistré le .*Paris/u,
    );
  });
});
