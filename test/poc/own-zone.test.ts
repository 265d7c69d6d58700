/**
 * A POC's own display zone (tester4 items 1, 13, 22): "my time zone is Nairobi" in any of the
 * six languages chooses the zone answers are shown in, for a POC as for anyone; it never
 * touches their directory record. "change my time zone to …" stays the POC's change of the
 * record's field (previewed, then confirmed).
 */
import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { button, buttonsOf, KIP, kipBot, textOf } from "./support.js";

const setup = kipBot;

describe("a POC chooses their own time zone", () => {
  it.each([
    ["en", "my time zone is Nairobi", "(Nairobi)"],
    ["en", "my time zone is Africa/Nairobi", "(Nairobi)"],
    ["fr", "mon fuseau horaire est Paris", "(Paris)"],
    ["es", "mi zona horaria es Ciudad de México", "(Mexico City)"],
    ["ru", "мой часовой пояс Москва", "(Moscow)"],
    ["zh", "我的时区是东京", "(Tokyo)"],
    ["ar", "منطقتي الزمنية هي القاهرة", "(Cairo)"],
  ])("%s: %s sets the zone answers use, and leaves the record alone", async (_locale, text, city) => {
    const bot = await setup();
    const answer = await bot.say(KIP, text);
    expect(buttonsOf(answer).map((b) => b.actionId)).not.toContain(ACTIONS.changeConfirm);
    expect(textOf(answer)).not.toMatch(/IANA|in moscow/);
    const contact = await bot.deps.people.contact(KIP.id);
    expect(contact?.chosenTimeZone).toBeDefined();
    expect(textOf(await bot.say(KIP, "where is the reception?"))).toContain(city);
    const record = await bot.say(KIP, "my details");
    expect(textOf(record)).toContain("America/New_York");
  });

  it('"I\'m in Nairobi" advises a sentence that works for a POC', async () => {
    const bot = await setup();
    const advice = textOf(await bot.say(KIP, "I'm in Nairobi"));
    const said = advice.match(/"(my time zone is [^"]+)"/)?.[1];
    expect(said).toBeDefined();
    expect(textOf(await bot.say(KIP, said ?? ""))).not.toContain("IANA");
    expect(textOf(await bot.say(KIP, "where is the reception?"))).toContain("(Nairobi)");
  });

  it("changes the record's zone with the explicit change form, previewed and confirmed", async () => {
    const bot = await setup();
    const preview = await bot.say(KIP, "change my time zone to Africa/Nairobi");
    expect(textOf(preview)).toContain("Africa/Nairobi");
    await bot.click(KIP, button(preview, ACTIONS.changeConfirm));
    expect(textOf(await bot.say(KIP, "my details"))).toContain("Africa/Nairobi");
    expect((await bot.deps.people.contact(KIP.id))?.chosenTimeZone).toBeUndefined();
  });

  it("says the zone comes from their record, not their chat app, in their language", async () => {
    const bot = await setup();
    expect(textOf(await bot.say(KIP, "my time zone"))).toMatch(
      /^Your time zone is New York \(EST, UTC−5\), the one your POC directory record gives\./,
    );
    expect(textOf(await bot.say(KIP, "mon fuseau horaire"))).toMatch(
      /^Votre fuseau horaire est New York .*, celui de votre fiche/,
    );
  });
});
