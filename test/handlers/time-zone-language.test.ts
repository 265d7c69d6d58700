/**
 * The time-zone replies and the help sections of time zone, language and programme changes are
 * in the asker's language; the commands they quote are the English ones the bot reads.
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
    ["mon fuseau horaire est Genève", /^Votre fuseau horaire est désormais Zurich/, "Europe/Zurich"],
    ["мой часовой пояс Москва", /^Теперь ваш часовой пояс — Москва/, "Europe/Moscow"],
    ["我的时区是东京", /^您的时区现为东京/, "Asia/Tokyo"],
    ["منطقتي الزمنية هي طوكيو", /^منطقتك الزمنية الآن ⁨طوكيو/, "Asia/Tokyo"],
  ])("%s: the zone is chosen in the asker's own words and kept", async (text, answer, zone) => {
    const h = await setup();
    const anne = user("anne");
    expect(await h.say(anne, text)).toMatch(answer);
    expect((await h.deps.people.contact(anne.id))?.chosenTimeZone).toBe(zone);
  });

  it("Arabic: a zone chosen, and a bad one", async () => {
    const h = await setup();
    const amal = user("amal");
    await h.say(amal, "بالعربية");
    expect(await h.say(amal, "my time zone is Tokyo")).toMatch(/^منطقتك الزمنية الآن/);
    expect(await h.say(amal, "my time zone is Narnia")).toMatch(
      /^لا أعرف «\u2068?Narnia\u2069?» منطقةً زمنية/,
    );
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
