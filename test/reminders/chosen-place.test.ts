/**
 * A person who chose their zone by a place ("my time zone is Geneva") reads that place beside
 * their times everywhere, as programme answers already show it: their reminders (the
 * confirmation, "my reminders", the reminder itself), their POC card's time zone field and
 * the ping lines — not the zone's own city (Zurich).
 */
import { describe, expect, it } from "vitest";
import { PING_ACTIONS } from "../../handlers/ping/cards.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { button, dmOf, KIP, kipBot, SECRETARIAT, textOf } from "../poc/support.js";

describe("the place a person named their zone by", () => {
  it("labels their reminders: the confirmation, the list and the reminder itself", async () => {
    const bot = await kipBot();
    await bot.say(KIP, "my time zone is Geneva");
    const set = textOf(await bot.say(KIP, "remind me 15 minutes before the reception"));
    expect(set).toContain("your time (Geneva)");
    expect(set).not.toContain("Zurich");
    const mine = textOf(await bot.say(KIP, "my reminders"));
    expect(mine).toContain("your time (Geneva)");
    expect(mine).not.toContain("Zurich");
    bot.clock.set("2024-03-04T18:15:00-05:00");
    const before = bot.sent.length;
    await bot.deps.scheduler.tick();
    const reminder = textOf(bot.sent.slice(before).filter((m) => m.to === dmOf(KIP)));
    expect(reminder).toContain("Cocktail reception");
    expect(reminder).toContain("(Geneva)");
    expect(reminder).not.toContain("Zurich");
  });

  it("labels them in the person's language too (ru: Женева, not Цюрих)", async () => {
    const bot = await kipBot();
    await bot.say(KIP, "мой часовой пояс Женева");
    await bot.say(KIP, "напомни мне за 15 минут до приёма");
    const mine = textOf(await bot.say(KIP, "мои напоминания"));
    expect(mine).toContain("Женева");
    expect(mine).not.toContain("Цюрих");
  });

  it("labels the ping they get and their acknowledgement", async () => {
    const bot = await kipBot();
    await bot.say(KIP, "my time zone is Geneva");
    await bot.say(SECRETARIAT, "hello");
    const preview = await bot.say(SECRETARIAT, "start ping test all");
    await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start));
    const before = bot.sent.length;
    await bot.deps.scheduler.tick();
    const ping = textOf(bot.sent.slice(before).filter((m) => m.to === dmOf(KIP)));
    expect(ping).toContain("your time, Geneva)");
    expect(ping).not.toContain("Zurich");
    const ack = textOf(await bot.say(KIP, "acknowledge"));
    expect(ack).toContain("your time, Geneva)");
    expect(ack).not.toContain("Zurich");
  });

  it("labels their POC card's time zone field when it is the zone they chose", async () => {
    const bot = await kipBot();
    const preview = await bot.say(KIP, "change my time zone to Geneva");
    await bot.click(KIP, button(preview, ACTIONS.changeConfirm));
    await bot.say(KIP, "my time zone is Geneva");
    const card = textOf(await bot.say(KIP, "my details"));
    expect(card).toContain("Time zone: Europe/Zurich (Geneva)");
  });

  it("labels their RSVP reply and their RSVPs", async () => {
    const bot = await kipBot();
    await bot.deps.people.importRoster(
      `email,name,state,roles\n${KIP.email},Kip Rono,KEN,head of delegation;poc\n`,
      "test",
      bot.clock.now(),
    );
    await bot.say(KIP, "my time zone is Geneva");
    const reply = textOf(await bot.say(KIP, "rsvp yes"));
    expect(reply).toContain("(Geneva)");
    expect(reply).not.toContain("Zurich");
    const mine = textOf(await bot.say(KIP, "my rsvps"));
    expect(mine).toContain("(Geneva)");
    expect(mine).not.toContain("Zurich");
  });

  it("labels the Secretariat's own ping-test replies", async () => {
    const bot = await kipBot();
    await bot.say(SECRETARIAT, "my time zone is Geneva");
    const preview = await bot.say(SECRETARIAT, "start ping test all");
    const started = textOf(await bot.click(SECRETARIAT, button(preview, PING_ACTIONS.start)));
    expect(started).toContain("your time, Geneva)");
    expect(started).not.toContain("Zurich");
  });
});
