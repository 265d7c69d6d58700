/**
 * One zone for a person in every answer: the one they chose in chat, else the one their POC
 * record lists, else their chat app's. A POC whose app says UTC but whose record says
 * Asia/Shanghai read Shanghai times on their record card and UTC on reminders and RSVPs.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { REMINDER_CAMPAIGN } from "../../schedules/reminders/producer.js";
import { button, importDirectory, pocBot, textOf, user } from "./support.js";

const LI = user("li", "li@chn.example", "UTC");

async function setup() {
  const bot = await pocBot({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
  await importDirectory(bot, [
    { state: "CHN", type: "technical", name: "Li Wei", emails: LI.email ?? "", time_zone: "Asia/Shanghai" },
  ]);
  return bot;
}

describe("a POC's zone", () => {
  it("is their record's in programme answers, reminders and the RSVP card, over their app's", async () => {
    const bot = await setup();
    const reception = textOf(await bot.say(LI, "where is the reception?"));
    expect(reception).toContain("(Shanghai)");
    expect(reception).not.toContain("(UTC)");
    const subscribed = textOf(await bot.say(LI, "remind me 15 minutes before every session"));
    expect(subscribed).toContain("your time (Shanghai)");

    bot.clock.set("2024-03-04T09:45:00-05:00");
    await bot.deps.scheduler.tick();
    const reminder = bot.sent.map((s) => s.message.text).find((text) => text.startsWith("Reminder:"));
    expect(reminder).toContain("Your time: Mon 4 Mar, 11:00 PM – Tue 5 Mar, 2:00 AM (Shanghai)");
    expect((await bot.deps.outbox.campaign(REMINDER_CAMPAIGN)).map((d) => d.status)).toContain("sent");
  });

  it("follows their record when they change its zone, and a zone chosen in chat wins until reset", async () => {
    const bot = await setup();
    const preview = await bot.say(LI, "change my time zone to Asia/Tokyo");
    await bot.click(LI, button(preview, ACTIONS.changeConfirm));
    expect(textOf(await bot.say(LI, "where is the reception?"))).toContain("Tue 5 Mar, 8:30 AM (Tokyo)");
    // A zone chosen in chat (before they were a POC, say) is theirs over the record's.
    await bot.deps.people.chooseTimeZone(
      {
        id: LI.id,
        displayName: LI.name,
        verifiedEmail: LI.email,
        timeZone: "UTC",
        isBot: false,
        isMe: false,
      },
      "Europe/Paris",
      bot.clock.now(),
    );
    expect(textOf(await bot.say(LI, "where is the reception?"))).toContain("(Paris)");
    await bot.say(LI, "reset my time zone");
    expect(textOf(await bot.say(LI, "where is the reception?"))).toContain("(Tokyo)");
  });

  it("is read from the directory with the contact's hourly refresh, not on every message", async () => {
    const bot = await setup();
    await bot.say(LI, "where is the reception?");
    // Counts the look-ups from here on (the directory itself lists the same zone).
    let lookUps = 0;
    bot.deps.people.listZonesFrom(async () => {
      lookUps += 1;
      return "Asia/Shanghai";
    });
    for (const question of ["what's on today?", "where is the reception?", "what's next?"])
      expect(textOf(await bot.say(LI, question))).not.toContain("(UTC)");
    expect(lookUps).toBe(0);
    bot.clock.set("2024-03-04T09:01:00-05:00");
    expect(textOf(await bot.say(LI, "where is the reception?"))).toContain("(Shanghai)");
    expect(lookUps).toBe(1);
  });
});
