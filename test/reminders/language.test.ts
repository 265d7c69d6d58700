/**
 * The reminder list and the answers to stopping reminders carry no English for a French
 * reader: the empty list, its footer, "stopped" and "you had none".
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "./harness.js";

describe("reminders in French", () => {
  it("the empty list, its footer and stopping one reminder are in French", async () => {
    const h = await harness({ modules: handlerModules });
    const anne = user("anne");
    await h.say(anne, "language: français");
    const list = await h.say(anne, "mes rappels");
    expect(list).toContain(
      "Vous n’avez aucun rappel. Essayez « rappelle-moi 15 minutes avant chaque séance ».",
    );
    expect(list).toContain("Écrivez « arrêter les rappels » pour tous les arrêter");
    expect(list).not.toMatch(/You have no reminders|Say "stop reminders"/);
    expect(await h.say(anne, "rappelle-moi la réception")).not.toMatch(/^Sorry|^Désolé/);
    expect(await h.say(anne, "stop reminders about the reception")).toMatch(
      /^C’est fait : plus de rappels pour /,
    );
    expect(await h.say(anne, "stop reminders about the reception")).toMatch(
      /^Vous n’aviez pas de rappel pour /,
    );
  });

  it.each([
    ["rappelle-moi 15 minutes avant la prochaine séance", /commence dans 10 minutes .*aucun rappel/],
    ["recuérdame 15 minutos antes de la próxima sesión", /comienza dentro de 10 minutos .*no se creó/],
    ["напомни мне за 15 минут до следующего заседания", /начнётся через 10 минут .*напоминание не создано/],
    ["下次会议前15分钟提醒我", /将在10分钟后开始.*未设置提醒/],
    ["ذكرني قبل 15 دقيقة من الجلسة القادمة", /بعد .*10 دقائق.*لم يُضبط أي تذكير/],
  ])(
    "%s right after an English command, 10 minutes before the session: too soon, said in its language",
    async (text, answer) => {
      const h = await harness({ modules: handlerModules, now: "2024-03-07T19:50:00Z" });
      const anne = user("anne");
      expect(await h.say(anne, "my reminders")).toMatch(/You have no reminders/);
      const reply = await h.say(anne, text);
      expect(reply).toMatch(answer);
      expect(reply).not.toMatch(/starts in|sooner than|no reminder was set/);
    },
  );
});
