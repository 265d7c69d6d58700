/**
 * An exploratory tester's phrasings of POC self-service and ping answers, through every module
 * of the bot: typos ("my detials", "acknowlege"), French « mes données », "Roger that" (an
 * acknowledgement only while a ping waits), "yes, still correct" on an overdue record, and
 * "my phone is wrong, it should be …".
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { pingServices } from "../../handlers/ping/service.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import {
  AMINA,
  button,
  CLAIRE,
  FRA_TECH,
  importDirectory,
  KEN_DIPLO,
  KEN_TECH,
  PETER,
  pingBot,
  pocBot,
  SECRETARIAT,
  textOf,
} from "./support.js";

const NOW = "2024-06-01T12:00:00.000Z";

async function setup() {
  const bot = await pocBot({ now: NOW, modules: handlerModules });
  await importDirectory(bot, [
    { ...PETER, last_confirmed: "2022-01-15" },
    AMINA,
    { ...CLAIRE, last_confirmed: "2022-01-15" },
  ]);
  return bot;
}

describe("POC self-service phrasings", () => {
  it("'my detials' shows the details as 'my details' does", async () => {
    const bot = await setup();
    const expected = textOf(await bot.say(KEN_TECH, "my details"));
    expect(expected).toMatch(/Peter Otieno/);
    expect(textOf(await bot.say(KEN_TECH, "my detials"))).toBe(expected);
  });

  it("« mes données » shows the details as « mes coordonnées » does", async () => {
    const bot = await setup();
    const expected = textOf(await bot.say(FRA_TECH, "mes coordonnées"));
    expect(expected).toMatch(/Claire Martin/);
    expect(textOf(await bot.say(FRA_TECH, "mes données"))).toBe(expected);
  });

  it("'yes, still correct' on an overdue record shows it to confirm, as 'all correct' does", async () => {
    const bot = await setup();
    const before = await bot.directory.get("KEN:technical");
    const expected = textOf(await bot.say(KEN_TECH, "all correct"));
    expect(expected).toMatch(/Click "Confirm, still correct"/);
    const shown = await bot.say(KEN_TECH, "yes, still correct");
    expect(textOf(shown)).toBe(expected);
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
    expect(textOf(await bot.click(KEN_TECH, button(shown, ACTIONS.confirm)))).toMatch(/2025/);
  });

  it("'my phone is wrong, it should be +41 22 917 1234' previews the phone change", async () => {
    const bot = await setup();
    const before = await bot.directory.get("KEN:technical");
    const reply = await bot.say(KEN_TECH, "my phone is wrong, it should be +41 22 917 1234");
    expect(textOf(reply)).toMatch(/^Change your phone\?[\s\S]*After: \+41 22 917 12 34/);
    expect(button(reply, ACTIONS.changeConfirm)).toBeDefined();
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
  });
});

describe("ping acknowledgement phrasings", () => {
  async function pinged() {
    const bot = await pingBot(handlerModules);
    const services = pingServices(bot.deps);
    const preview = await bot.say(SECRETARIAT, "start ping test all window 24h");
    const started = await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    await bot.deps.scheduler.tick();
    const test = /Ping test (\S+) started/.exec(textOf(started))?.[1] ?? "";
    const acked = async () => [...(await services.tests.acks(test)).keys()].sort();
    return { bot, acked };
  }

  it("'acknowlege' acknowledges the waiting ping", async () => {
    const { bot, acked } = await pinged();
    expect(textOf(await bot.say(KEN_TECH, "acknowlege"))).toMatch(/^Thank you: your acknowledgement/);
    expect(await acked()).toEqual(["KEN:technical"]);
  });

  it("'Roger that' acknowledges a waiting ping, and only then", async () => {
    const { bot, acked } = await pinged();
    expect(textOf(await bot.say(KEN_DIPLO, "Roger that"))).toMatch(/^Thank you: your acknowledgement/);
    expect(await acked()).toEqual(["KEN:diplomatic"]);
    const again = textOf(await bot.say(KEN_DIPLO, "Roger that"));
    expect(again).not.toMatch(/acknowledg|didn't understand/i);
    expect(await acked()).toEqual(["KEN:diplomatic"]);
  });
});
