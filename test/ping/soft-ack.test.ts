/**
 * tester11 M7 and M8: "got it" typed before the ping reached the POC got a bare "👍" in English
 * (the other languages' "received" said the ping had not reached them, nothing recorded); with
 * a broadcast asking for acknowledgement on screen, "ok noted thx" was not understood. Common
 * acknowledgement phrasings (lexicon data, six languages) acknowledge the one broadcast a typed
 * word may still acknowledge, and say plainly that a ping has not arrived yet.
 */
import { describe, expect, it } from "vitest";
import { BroadcastRepository } from "../../handlers/broadcast/repository.js";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { pingServices } from "../../handlers/ping/service.js";
import { button, KEN_DIPLO, KEN_TECH, pingBot, SECRETARIAT, textOf } from "../poc/support.js";
import { leftInEnglish } from "../support/english.js";

async function setup() {
  const bot = await pingBot(handlerModules);
  const services = pingServices(bot.deps);
  const broadcasts = new BroadcastRepository(bot.store.namespace("broadcast"));
  return { bot, services, broadcasts };
}

describe("'got it' before the ping arrives", () => {
  it("says the ping has not reached them yet and records nothing, as 'received' does", async () => {
    const { bot, services } = await setup();
    const preview = await bot.say(SECRETARIAT, "start ping test technical window 2h");
    const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    const test = /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
    // No tick: the ping is queued, not sent.
    for (const text of ["got it", "ok got it, thanks"])
      expect(textOf(await bot.say(KEN_TECH, text))).toBe(
        `Ping test ${test} (technical POC of Kenya) has not reached you yet: it is being sent to you in chat. Nothing was recorded: when it arrives, click Acknowledge on it or write "received" again.`,
      );
    expect([...(await services.tests.acks(test)).keys()]).toEqual([]);
  });
});

describe("plain acknowledgements of a broadcast", () => {
  it.each([
    ["en", undefined, "ok noted thx", /^Thank you: your acknowledgement of the broadcast of /],
    ["en", undefined, "noted with thanks", /^Thank you: your acknowledgement of the broadcast of /],
    [
      "fr",
      "langue : français",
      "ok, je prends note, merci",
      /^Merci\u202f: votre accusé de réception pour le message du /,
    ],
    ["es", "idioma: español", "ok, tomo nota", /^Gracias: su acuse de recibo /],
    ["ru", "по-русски", "принято к сведению", /^Спасибо: ваше подтверждение получения/],
    ["zh", "请用中文", "好的，已阅", /^谢谢：已记录您对/],
    ["ar", "بالعربية", "تمت الملاحظة، شكرا", /^شكرًا: سُجِّل تأكيد استلامك/],
  ])("%s: %s then '%s' acknowledges the broadcast on screen", async (locale, choose, text, answer) => {
    const { bot, broadcasts } = await setup();
    if (choose) await bot.say(KEN_DIPLO, choose);
    const preview = await bot.say(
      SECRETARIAT,
      "broadcast to all POCs requiring acknowledgement: Fire drill at 11:00.",
    );
    await bot.click(SECRETARIAT, button(preview, "broadcast:confirm"));
    await bot.deps.scheduler.tick();
    const id = (await broadcasts.all())[0]?.id ?? "";
    const reply = textOf(await bot.say(KEN_DIPLO, text)).replace(/[\u2066-\u2069]/g, "");
    expect(reply).toMatch(answer);
    if (locale !== "en")
      expect(
        leftInEnglish(locale, reply.replace(/«.*?»|“.*?”|"Fire drill at 11:00\."/g, "")),
      ).toBeUndefined();
    expect([...(await broadcasts.acks(id)).keys()]).toEqual([KEN_DIPLO.id]);
  });

  it("'thanks' with nothing waiting stays small talk and records nothing", async () => {
    const { bot, broadcasts } = await setup();
    const preview = await bot.say(SECRETARIAT, "broadcast to all POCs: Fire drill at 11:00.");
    await bot.click(SECRETARIAT, button(preview, "broadcast:confirm"));
    await bot.deps.scheduler.tick();
    expect(textOf(await bot.say(KEN_DIPLO, "ok noted thx"))).not.toMatch(/acknowledg/i);
    const id = (await broadcasts.all())[0]?.id ?? "";
    expect([...(await broadcasts.acks(id)).keys()]).toEqual([]);
  });
});
