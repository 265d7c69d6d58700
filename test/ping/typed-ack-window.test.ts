/**
 * tester11 W2: a typed "received" recorded, on 10 June, the acknowledgement of a broadcast of
 * 5 March that the person had never acknowledged. A typed word acknowledges only what the
 * person can reasonably mean: a broadcast that reached them less than three days ago (open two
 * days, then the day of grace a ping test's late answers have). An older one is named, with its
 * button as the way to acknowledge it, and nothing is recorded; nor does it stop a "got it" from
 * answering the ping that does wait.
 */
import { describe, expect, it } from "vitest";
import { BroadcastRepository } from "../../handlers/broadcast/repository.js";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { pingServices } from "../../handlers/ping/service.js";
import { button, dmOf, KEN_DIPLO, KEN_TECH, pingBot, SECRETARIAT, textOf } from "../poc/support.js";
import { leftInEnglish } from "../support/english.js";

const DAY = 24 * 60 * 60_000;

async function setup() {
  const bot = await pingBot(handlerModules);
  const services = pingServices(bot.deps);
  const broadcasts = new BroadcastRepository(bot.store.namespace("broadcast"));
  /** Sends a broadcast to all POCs asking for acknowledgement; resolves to its id. */
  const broadcast = async (text: string) => {
    const preview = await bot.say(SECRETARIAT, `broadcast to all POCs requiring acknowledgement: ${text}`);
    await bot.click(SECRETARIAT, button(preview, "broadcast:confirm"));
    await bot.deps.scheduler.tick();
    return (await broadcasts.all())[0]?.id ?? "";
  };
  const start = async (scope: string) => {
    const preview = await bot.say(SECRETARIAT, `start ping test ${scope}`);
    const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    return /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
  };
  const acksOf = async (id: string) => [...(await broadcasts.acks(id)).keys()].sort();
  const pingAcks = async (test: string) => [...(await services.tests.acks(test)).keys()].sort();
  return { bot, broadcast, start, acksOf, pingAcks };
}

describe("a typed acknowledgement and an old broadcast", () => {
  it("'received' three months after a broadcast records nothing and says why; the report does not count it", async () => {
    const { bot, broadcast, start, acksOf } = await setup();
    const id = await broadcast("The Tuesday afternoon meeting starts at 3 pm sharp.");
    bot.clock.advance(90 * DAY);
    // A ping test runs, which does not address this POC (technical POCs only).
    await start("technical window 48h");
    const answer = textOf(await bot.say(KEN_DIPLO, "received"));
    expect(answer).toBe(
      'There is no ping test addressed to you to acknowledge. Nothing was recorded. A typed word does not acknowledge a message that reached you more than 3 days ago, so nothing was recorded for the broadcast of Mon 10 Jun, 9:00 AM New York time (Mon 10 Jun, 1:00 PM your time (UTC)) ("The Tuesday afternoon meeting starts at 3 pm sharp."): if that is the one you mean, click Acknowledge on it.',
    );
    expect(await acksOf(id)).toEqual([]);
    const report = textOf(await bot.say(SECRETARIAT, `broadcast report ${id}`));
    expect(report).toContain("Acknowledged so far: 0 of 3");
  });

  it("within three days it is acknowledged; after, only the button does it", async () => {
    const { bot, broadcast, acksOf } = await setup();
    const id = await broadcast("Fire drill at 11:00.");
    bot.clock.advance(3 * DAY - 60_000);
    expect(textOf(await bot.say(KEN_DIPLO, "acknowledge"))).toMatch(
      /^Thank you: your acknowledgement of the broadcast of Mon 10 Jun/,
    );
    bot.clock.advance(2 * 60_000);
    expect(textOf(await bot.say(KEN_TECH, "acknowledge"))).toMatch(/more than 3 days ago/);
    expect(await acksOf(id)).toEqual([KEN_DIPLO.id]);
    const card = bot.sent.filter((m) => m.to === dmOf(KEN_TECH) && m.message.text.includes("Fire drill"));
    expect(textOf(await bot.click(KEN_TECH, button(card, "broadcast:ack")))).toBe(
      "Thank you: your acknowledgement is recorded.",
    );
    expect(await acksOf(id)).toEqual([KEN_DIPLO.id, KEN_TECH.id].sort());
  });

  it("an old broadcast does not keep 'got it' from answering the ping that waits", async () => {
    const { bot, broadcast, start, acksOf, pingAcks } = await setup();
    const id = await broadcast("Fire drill at 11:00.");
    bot.clock.advance(10 * DAY);
    const test = await start("technical window 48h");
    await bot.deps.scheduler.tick();
    expect(textOf(await bot.say(KEN_TECH, "got it, thanks"))).toMatch(
      /^Thank you: your acknowledgement of ping test/,
    );
    expect(await pingAcks(test)).toEqual(["KEN:technical"]);
    expect(await acksOf(id)).toEqual([]);
  });

  it.each([
    ["fr", "langue : français", "bien reçu"],
    ["es", "idioma: español", "recibido"],
    ["ru", "по-русски", "получено"],
    ["zh", "请用中文", "收到"],
    ["ar", "بالعربية", "تم الاستلام"],
  ])("%s: says so in the person's language", async (locale, choose, received) => {
    const { bot, broadcast, acksOf } = await setup();
    await bot.say(KEN_DIPLO, choose);
    const id = await broadcast("Fire drill at 11:00.");
    bot.clock.advance(30 * DAY);
    const answer = textOf(await bot.say(KEN_DIPLO, received)).replace(/[\u2066-\u2069]/g, "");
    expect(answer).toContain("3");
    expect(leftInEnglish(locale, answer.replace(/«.*?»|“.*?”|"Fire drill at 11:00\."/g, ""))).toBeUndefined();
    expect(await acksOf(id)).toEqual([]);
  });
});
