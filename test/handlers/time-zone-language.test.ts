/**
 * The time-zone replies and the help sections of time zone, language and programme changes are
 * in the asker's language; the commands they quote are the asker's language's own, which the bot reads.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NOW = "2024-03-04T13:00:00Z";
const setup = () => harness({ now: NOW, modules: handlerModules });

/** English words of a sentence left in English, outside quoted commands, zone names and offsets. */
function englishLeft(text: string): string[] {
  const unquoted = text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, " ").replace(/\b[A-Z][a-z]+\/[A-Za-z_]+\b/g, " ");
  return (
    unquoted.match(/\b(?:the|your|you|is|are|and|to|time|zone|chat|app|only|done|says?|had|not)\b/gi) ?? []
  ).map((w) => w.toLowerCase());
}

describe("time zone in the asker's language", () => {
  it("French: every reply of the time-zone commands, good and bad input", async () => {
    const h = await setup();
    const anne = user("anne");
    await h.say(anne, "language: français");
    const replies = [
      await h.say(anne, "my time zone is Narnia"),
      await h.say(anne, "my time zone is UTC+99"),
      await h.say(anne, "my time zone"),
      await h.say(anne, "reset my time zone"),
      await h.say(anne, "my time zone is Tokyo"),
      await h.say(anne, "my time zone"),
      await h.say(anne, "reset my time zone"),
    ];
    expect(replies[0]).toBe(
      "Je ne connais pas « Narnia » comme fuseau horaire. Donnez une ville (« Tokyo », « Geneva », « New York ») ou un fuseau IANA (« Asia/Tokyo »).",
    );
    expect(replies[4]).toMatch(/^Votre fuseau horaire est désormais Tokyo \(UTC\+9\) :/);
    for (const reply of replies) expect(englishLeft(reply), reply).toEqual([]);
  });

  it.each([
    ["mi zona horaria es Bogotá", /^Su zona horaria es ahora Bogotá/, "America/Bogota"],
    ["mon fuseau horaire est Genève", /^Votre fuseau horaire est désormais Genève/, "Europe/Zurich"],
    ["мой часовой пояс Москва", /^Теперь ваш часовой пояс — Москва/, "Europe/Moscow"],
    ["我的时区是东京", /^您的时区现为东京/, "Asia/Tokyo"],
    ["منطقتي الزمنية هي طوكيو", /^منطقتك الزمنية الآن ⁨طوكيو/, "Asia/Tokyo"],
  ])("%s: the zone is chosen in the asker's own words and kept", async (text, answer, zone) => {
    const h = await setup();
    const anne = user("anne");
    expect(await h.say(anne, text)).toMatch(answer);
    expect((await h.deps.people.contact(anne.id))?.chosenTimeZone).toBe(zone);
  });

  it.each([
    [
      "fr",
      "mon fuseau horaire est Genève",
      "mon fuseau horaire",
      "réinitialise mon fuseau horaire",
      /^C’est fait/,
    ],
    ["es", "mi zona horaria es Bogotá", "mi zona horaria", "restablece mi zona horaria", /^Hecho/],
    ["ru", "мой часовой пояс Москва", "мой часовой пояс", "сбрось мой часовой пояс", /^Готово/],
    ["zh", "我的时区是东京", "我的时区", "重置我的时区", /^已/],
    ["ar", "منطقتي الزمنية هي طوكيو", "منطقتي الزمنية", "أعد ضبط منطقتي الزمنية", /^تم/],
    ["en", "my time zone is Tokyo", "what's my time zone?", "reset my time zone", /^Done/],
  ])(
    "%s: choose, show and reset the zone in the asker's own words; the replies quote those words",
    async (_, set, show, reset, resetDone) => {
      const h = await setup();
      const anne = user("anne");
      const chosen = await h.say(anne, set);
      expect(chosen).toContain(reset);
      const shown = await h.say(anne, show);
      expect(shown).toContain(reset);
      expect(await h.say(anne, reset)).toMatch(resetDone);
      expect((await h.deps.people.contact(anne.id))?.chosenTimeZone).toBeUndefined();
      // Nothing chosen any more: said in the same language, not read as another command.
      expect(await h.say(anne, reset)).not.toMatch(/^(?:Sorry|Désolé|Lo siento|Извините|抱歉|عذرًا)/);
    },
  );

  it.each(["mon fuseau horaire c'est quoi ?", "c'est quoi mon fuseau horaire", "mon fuseau c quoi"])(
    "%s shows the zone chosen and changes nothing",
    async (show) => {
      const h = await setup();
      const anne = user("anne");
      await h.say(anne, "mon fuseau c geneve");
      expect(await h.say(anne, show)).toContain("réinitialise mon fuseau horaire");
      expect((await h.deps.people.contact(anne.id))?.chosenTimeZone).toBe("Europe/Zurich");
    },
  );

  it("Arabic: a zone chosen, and a bad one", async () => {
    const h = await setup();
    const amal = user("amal");
    await h.say(amal, "بالعربية");
    expect(await h.say(amal, "my time zone is Tokyo")).toMatch(/^منطقتك الزمنية الآن/);
    expect(await h.say(amal, "my time zone is Narnia")).toMatch(
      /^لا أعرف «\u2068?Narnia\u2069?» منطقةً زمنية/,
    );
  });

  it("a place the bot cannot read is refused without quoting an empty name (tester7)", async () => {
    const h = await setup();
    const olga = user("olga");
    const ru = await h.say(olga, "мой часовой пояс Нарния");
    expect(ru).toMatch(/^Я не знаю часового пояса этого места/);
    expect(ru).not.toContain("«»");
    const amal = user("amal");
    const ar = await h.say(amal, "منطقتي الزمنية نارنيا");
    expect(ar).toMatch(/^لا أعرف المنطقة الزمنية لهذا المكان/);
    expect(ar).not.toMatch(/«\u2068?\u2069?»/);
  });

  it("French help: the sections of time zone, language and programme changes are in French", async () => {
    const h = await setup();
    const anne = user("anne");
    await h.say(anne, "language: français");
    const help = await h.say(anne, "aide");
    for (const heading of ["Votre fuseau horaire", "Langue", "Modifications du programme"])
      expect(help).toContain(heading);
    for (const heading of ["Your time zone", "Programme changes", "\nLanguage\n"])
      expect(help).not.toContain(heading);
  });

  it("programme change notices: stop and start answer in French", async () => {
    const h = await setup();
    const anne = user("anne");
    await h.say(anne, "language: français");
    expect(await h.say(anne, "stop change notices")).toMatch(/^C’est fait : je ne vous enverrai plus/);
    expect(await h.say(anne, "start change notices")).toBe(
      "C’est fait : je vous préviendrai quand une séance que vous suivez change.",
    );
  });
});
