import { describe, expect, it } from "vitest";
import { say } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const ANA = user("ana");

describe("what no feature understood", () => {
  it.each([
    ["thanks!", "You're welcome."],
    ["thx 🙏", "You're welcome."],
    // "merci" is French command data now (a ping acknowledgement while one waits): answered in French.
    ["merci", "Je vous en prie."],
    ["ok", "👍"],
    ["got it 👍", "👍"],
    // Each language's small talk is its data (`smallTalk` in locales/<tag>/commands.ts).
    ["muchas gracias", say("es", "greeting.thanks")],
    ["спасибо!", say("ru", "greeting.thanks")],
    ["谢谢！", say("zh", "greeting.thanks")],
    ["شكرا جزيلا", say("ar", "greeting.thanks")],
    ["d'accord", "👍"],
  ])("%j gets a word back, not 'didn't understand'", async (text, answer) => {
    const h = await harness({ modules: handlerModules });
    expect(await h.say(ANA, text)).toBe(answer);
  });

  it("thanks followed by other words is not small talk", async () => {
    const h = await harness({ modules: handlerModules });
    expect(await h.say(ANA, "thanks for the qwerty asdf")).toBe(say("en", "fallback.notUnderstood"));
  });

  it.each(["今日の予定は？", "Was gibt es heute?"])(
    "%j, in a seventh language, is told in English which languages there are",
    async (text) => {
      const h = await harness({ modules: handlerModules });
      expect(await h.say(ANA, text)).toMatch(
        /^Sorry, I can answer only in these languages: English, français, español, русский, 中文, العربية\./,
      );
    },
  );

  it("English with a zone abbreviation is still a programme question, and nonsense is not understood", async () => {
    const h = await harness({ now: "2024-03-04T13:00:00Z", modules: handlerModules });
    expect(await h.say(ANA, "what's on thursday at 4pm est")).toMatch(/^Thursday 7 March at 4:00 PM/);
    expect(await h.say(ANA, "asdf qwerty")).toBe(say("en", "fallback.notUnderstood"));
  });
});
