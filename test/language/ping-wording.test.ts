/**
 * Wording an exploratory tester found wrong in ping tests and POC previews: Chinese spacing
 * after a full-width period, Russian agreement and one name for the ping test, the French
 * change preview's title, and English "0 ping(s)".
 */
import { describe, expect, it } from "vitest";
import { englishFeatures } from "../../bot/language/locales/en/features.js";
import { say } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { button, dmOf, FRA_TECH, KEN_TECH, pingBot, SECRETARIAT, textOf } from "../poc/support.js";

async function pingIn(language: string, who: typeof KEN_TECH) {
  const bot = await pingBot(handlerModules);
  await bot.say(who, language);
  const preview = await bot.say(SECRETARIAT, "start ping test technical window 2h");
  await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
  await bot.deps.scheduler.tick();
  const ping = () => textOf(bot.sent.filter((m) => m.to === dmOf(who)).slice(-1));
  return { bot, ping };
}

describe("ping wording", () => {
  it("Chinese: no space after a full-width period in the ping and its reminder", async () => {
    const { bot, ping } = await pingIn("中文", KEN_TECH);
    expect(ping()).toContain("联系到肯尼亚的技术联络人。请在");
    bot.clock.advance(61 * 60_000);
    await bot.deps.scheduler.tick();
    expect(ping()).toMatch(/^提醒/);
    expect(ping()).not.toMatch(/[。）] |）\./);
  });

  it("Russian: the POC's type agrees in the ping, and the test has one name", async () => {
    const { ping } = await pingIn("русский", FRA_TECH);
    expect(ping()).not.toContain("контактным лицом (техническое)");
    expect(ping()).toContain("с контактным лицом государства Франция (техническое контактное лицо)");
    const ru = JSON.stringify(
      Object.keys(englishFeatures.ping).map((key) => {
        try {
          return say("ru", `ping.${key}`, { count: 2 });
        } catch {
          return "";
        }
      }),
    );
    // "Проверка связи (пинг-тест)" names it first (the card's title); otherwise "пинг-тест".
    expect(ping()).toMatch(/^Проверка связи \(пинг-тест\)/);
    expect(ru.replace(/проверка связи \(пинг-тест\)/gi, "")).not.toMatch(/проверк\S* связи/i);
  });

  it("French: the change preview asks « Modifier le téléphone ? »", () => {
    expect(say("fr", "poc.preview.title", { field: say("fr", "poc.fieldThe.phone") })).toBe(
      "Modifier le téléphone\u202f?",
    );
    expect(say("fr", "poc.preview.title", { field: say("fr", "poc.fieldThe.emails") })).toBe(
      "Modifier l’adresse e-mail\u202f?",
    );
  });

  it("English: cancelling a test says how many pings were not sent, in words that fit the count", async () => {
    const { bot } = await pingIn("hello", KEN_TECH);
    const answer = textOf(await bot.say(SECRETARIAT, "cancel ping test"));
    expect(answer).not.toContain("(s)");
    expect(answer).toMatch(/every ping and reminder had already been sent/);
  });
});
