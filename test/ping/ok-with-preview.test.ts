/**
 * A bare "ok" / "yes" while both a contact change's preview and a ping test wait for the POC
 * is ambiguous: it applies nothing and records nothing, and says the two typed choices. The
 * words that name one of them ("confirm the change", "acknowledge") still do what they say.
 */
import { describe, expect, it } from "vitest";
import { say as wording } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { pingServices } from "../../handlers/ping/service.js";
import { button, KEN_TECH, pingBot, SECRETARIAT, textOf } from "../poc/support.js";
import { CHOOSE_LANGUAGE } from "../support/choose-language.js";

const NEW = { number: "+254207654321" };

/** KEN's technical POC has an open ping waiting and a phone change previewed. */
async function bothWaiting() {
  const bot = await pingBot(handlerModules);
  const services = pingServices(bot.deps);
  const preview = await bot.say(SECRETARIAT, "start ping test technical");
  const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
  await bot.deps.scheduler.tick();
  const test = /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
  const before = (await bot.directory.get("KEN:technical"))?.phone;
  const change = await bot.say(KEN_TECH, "change my phone to 020 765 4321");
  expect(textOf(change)).toContain("+254 20 7654321");
  const acked = async () => [...(await services.tests.acks(test)).keys()];
  return { bot, test, acked, before };
}

describe("a bare 'ok' while a change's preview and a ping both wait", () => {
  it.each([
    ["ok", "en"],
    ["yes", "en"],
    ["confirm", "en"],
    ["oui", "fr"],
    ["sí", "es"],
    ["да", "ru"],
    ["好的", "zh"],
    ["نعم", "ar"],
  ])("%s changes nothing, records nothing, and names both choices (%s)", async (said, locale) => {
    const { bot, test, acked, before } = await bothWaiting();
    await bot.say(KEN_TECH, CHOOSE_LANGUAGE[locale] ?? "");
    const answer = textOf(await bot.say(KEN_TECH, said));
    expect((await bot.directory.get("KEN:technical"))?.phone).toEqual(before);
    expect(await acked()).toEqual([]);
    // The two typed choices, in the asker's language: the preview's Confirm and the ping's word.
    expect(answer).toContain(wording(locale, "poc.preview.confirm"));
    expect(answer).toContain(test);
    expect(answer).toContain("+254 20 7654321");
    expect(answer).toContain(wording(locale, "poc.field.phone"));
  });

  it("says so in full, in English", async () => {
    const { bot, test } = await bothWaiting();
    expect(textOf(await bot.say(KEN_TECH, "ok"))).toBe(
      `Waiting for your answer: the change of your phone to +254 20 7654321, and the ping test of Mon 10 Jun 2024, 9:00 AM New York time (${test}). Write "Confirm the change" to apply the change, or "acknowledge" for the other. Nothing was changed or recorded.`,
    );
  });

  it("'confirm the change' then applies the change only; 'acknowledge' then records the ping", async () => {
    const { bot, acked } = await bothWaiting();
    await bot.say(KEN_TECH, "ok");
    await bot.say(KEN_TECH, "confirm the change");
    expect((await bot.directory.get("KEN:technical"))?.phone).toEqual(NEW);
    expect(await acked()).toEqual([]);
    expect(textOf(await bot.say(KEN_TECH, "acknowledge"))).toMatch(
      /^Thank you: your acknowledgement of ping test/,
    );
    expect(await acked()).toEqual(["KEN:technical"]);
  });

  it("with no ping waiting, 'ok' still applies the preview", async () => {
    const { bot } = await bothWaiting();
    await bot.say(KEN_TECH, "acknowledge");
    await bot.say(KEN_TECH, "change my phone to 020 765 4321");
    await bot.say(KEN_TECH, "ok");
    expect((await bot.directory.get("KEN:technical"))?.phone).toEqual(NEW);
  });
});
