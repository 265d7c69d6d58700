/**
 * A POC changes their directory record's time zone by naming a place, in any of the six
 * languages ("change my time zone to Nairobi", « change mon fuseau horaire en Genève »): the
 * preview shows the IANA zone that will be stored beside the place as written; a place the bot
 * does not know, or a country with several zones ("United States", "Россия"), gets a specific
 * answer in the POC's language and changes nothing.
 */
import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { button, buttonsOf, KIP, kipBot, textOf } from "./support.js";

const setup = kipBot;

describe("a POC changes their record's time zone by naming a place", () => {
  it.each([
    ["en", "change my time zone to Nairobi", "Africa/Nairobi", "Nairobi", /time zone/],
    ["en", "change my time zone to Geneva", "Europe/Zurich", "Geneva", /time zone/],
    ["fr", "change mon fuseau horaire en Genève", "Europe/Zurich", "Genève", /fuseau/],
    ["es", "cambia mi zona horaria a Bogotá", "America/Bogota", "Bogotá", /zona horaria/],
    ["ru", "измени мой часовой пояс на Москву", "Europe/Moscow", "Москву", /часово/],
    ["zh", "把我的时区改为东京", "Asia/Tokyo", "东京", /时区/],
    ["ar", "غيّر منطقتي الزمنية إلى القاهرة", "Africa/Cairo", "القاهرة", /الزمنية/],
    // A city with its country: the city says which of the country's zones.
    ["en", "change my time zone to Moscow, Russia", "Europe/Moscow", "Moscow, Russia", /time zone/],
    [
      "fr",
      "change mon fuseau horaire en Chicago, États-Unis",
      "America/Chicago",
      "Chicago, États-Unis",
      /fuseau/,
    ],
    [
      "ru",
      "измени мой часовой пояс на Владивосток, Россия",
      "Asia/Vladivostok",
      "Владивосток, Россия",
      /часово/,
    ],
  ])(
    "%s: %s previews %s with the place as written, and stores it on Confirm",
    async (_l, text, zone, place, words) => {
      const bot = await setup();
      const preview = await bot.say(KIP, text);
      const shown = textOf(preview);
      expect(buttonsOf(preview).map((b) => b.actionId)).toContain(ACTIONS.changeConfirm);
      expect(shown).toContain(zone);
      expect(shown).toContain(place);
      expect(shown).toMatch(words);
      expect(shown).not.toMatch(/IANA time zone|not valid/);
      expect(await bot.directory.get("KEN:diplomatic")).toMatchObject({ timeZone: "America/New_York" });
      await bot.click(KIP, button(preview, ACTIONS.changeConfirm));
      expect(await bot.directory.get("KEN:diplomatic")).toMatchObject({ timeZone: zone, version: 2 });
      // The display zone the person chose is not what changed: the record is.
      expect((await bot.deps.people.contact(KIP.id))?.chosenTimeZone).toBeUndefined();
    },
  );

  it.each([
    ["en", "change my time zone to Narnia", /^I don't know a time zone for "Narnia"\./],
    ["fr", "change mon fuseau horaire en Narnia", /^Je ne connais pas de fuseau horaire pour « Narnia »/],
    ["es", "cambia mi zona horaria a Narnia", /^No conozco ninguna zona horaria para «Narnia»/],
    ["ru", "измени мой часовой пояс на Нарнию", /^Я не знаю часового пояса для «Нарнию»/],
    ["zh", "把我的时区改为纳尼亚", /^我不知道“纳尼亚”的时区/],
    ["ar", "غيّر منطقتي الزمنية إلى نارنيا", /^لا أعرف منطقة زمنية لـ/],
  ])(
    "%s: an unknown place (%s) is refused in the POC's language, nothing changed",
    async (_l, text, answer) => {
      const bot = await setup();
      const reply = await bot.say(KIP, text);
      expect(textOf(reply)).toMatch(answer);
      expect(buttonsOf(reply).map((b) => b.actionId)).not.toContain(ACTIONS.changeConfirm);
      expect(await bot.directory.get("KEN:diplomatic")).toMatchObject({
        version: 1,
        timeZone: "America/New_York",
      });
    },
  );

  it.each([
    ["en", "change my time zone to United States", /^"United States" has several time zones/],
    ["en", "change my time zone to USA", /^"USA" has several time zones/],
    ["en", "change my time zone to Russia", /^"Russia" has several time zones/],
    ["fr", "change mon fuseau horaire en États-Unis", /^« États-Unis » a plusieurs fuseaux horaires/],
    ["es", "cambia mi zona horaria a Estados Unidos", /^«Estados Unidos» tiene varias zonas horarias/],
    [
      "ru",
      "измени мой часовой пояс на Россию",
      /^В «Россию» несколько часовых поясов|несколько часовых поясов/,
    ],
    ["zh", "把我的时区改为美国", /^“美国”有多个时区/],
    ["ar", "غيّر منطقتي الزمنية إلى الولايات المتحدة", /عدة مناطق زمنية/],
  ])("%s: a country with several zones (%s) is not silently one of them", async (_l, text, answer) => {
    const bot = await setup();
    const reply = await bot.say(KIP, text);
    expect(textOf(reply)).toMatch(answer);
    expect(textOf(reply)).not.toMatch(/America\/New_York.*→|Europe\/Moscow/);
    expect(buttonsOf(reply).map((b) => b.actionId)).not.toContain(ACTIONS.changeConfirm);
    expect(await bot.directory.get("KEN:diplomatic")).toMatchObject({
      version: 1,
      timeZone: "America/New_York",
    });
  });

  it("an IANA name is still taken as it is, with no note about a place", async () => {
    const bot = await setup();
    const shown = textOf(await bot.say(KIP, "change my time zone to africa/nairobi"));
    expect(shown).toContain("Africa/Nairobi");
    expect(shown).not.toContain("africa/nairobi");
  });
});
