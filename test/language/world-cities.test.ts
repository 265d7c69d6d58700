/**
 * The world's larger cities as places (`bot/language/locales/world-cities.json`, from the
 * `city-timezones` package): asked about and chosen as a time zone, in the six languages
 * where the language's own list spells them; everyday words among city names stay words.
 */
import { describe, expect, it } from "vitest";
import data from "../../bot/language/locales/world-cities.json" with { type: "json" };
import { isValidTimeZone, zoneNamed } from "../../bot/language/zones.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

describe("the world's larger cities", () => {
  it.each([
    ["Marseille", "Europe/Paris"],
    ["Lyon", "Europe/Paris"],
    ["Mombasa", "Africa/Nairobi"],
    ["Jeddah", "Asia/Riyadh"],
    ["Barcelona", "Europe/Madrid"],
    ["Saint Petersburg", "Europe/Moscow"],
    ["St. Petersburg", "Europe/Moscow"],
    // Everyday words and first names are no places.
    ["split", undefined],
    ["david", undefined],
    ["nice", undefined],
  ])("%s is %s", (name, zone) => {
    expect(zoneNamed(name)).toBe(zone);
  });

  it("every city's zone is one the runtime knows, under a name of letters", () => {
    const cities = Object.entries(data.cities);
    expect(cities.length).toBeGreaterThan(400);
    for (const [name, zone] of cities) {
      expect(name).toMatch(/^[a-z][a-z -]*[a-z]$/);
      expect(isValidTimeZone(zone), `${name}: ${zone}`).toBe(true);
    }
  });

  it("'what time is it in Marseille' is answered for Marseille", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    expect(await h.say(user("zoe"), "what time is it in Marseille")).toMatch(/14:00|2:00\s?PM/);
  });

  it.each([
    ["my time zone is Mombasa", "Africa/Nairobi", /^Your time zone is now Mombasa/],
    ["my time zone is Lyon", "Europe/Paris", /^Your time zone is now Lyon/],
    ["mon fuseau horaire est Marseille", "Europe/Paris", /^Votre fuseau horaire est désormais Marseille/],
    ["mi zona horaria es Marsella", "Europe/Paris", /^Su zona horaria es ahora Marsella/],
    ["мой часовой пояс Санкт-Петербург", "Europe/Moscow", /^Теперь ваш часовой пояс — Санкт-Петербург/],
    ["我的时区是吉达", "Asia/Riyadh", /^您的时区现为吉达/],
    ["منطقتي الزمنية جدة", "Asia/Riyadh", /^منطقتك الزمنية الآن ⁨جدة/],
  ])("%s chooses %s, named in the language", async (text, zone, answer) => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    const anne = user("anne");
    expect(await h.say(anne, text)).toMatch(answer);
    expect((await h.deps.people.contact(anne.id))?.chosenTimeZone).toBe(zone);
  });
});
