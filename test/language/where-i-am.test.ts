/**
 * "I'm in Tokyo" in the other languages gets English's answer: where that is and the command
 * that sets the zone. It sets nothing by itself (see the note of weak12a: a place one is in may
 * be for a day, and the zone is stored data the person chooses with the command).
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

describe("saying where one is", () => {
  it.each([
    ["im in tokyo", /^You said you are in Tokyo \(UTC\+9\)\. Say "my time zone is Tokyo"/],
    ["je suis à Tokyo", /^Vous êtes à Tokyo \(UTC\+9\)\. Dites « mon fuseau horaire est Tokyo »/],
    ["estoy en Tokio", /^Dice que está en Tokio \(UTC\+9\)\. Diga «mi zona horaria es Tokio»/],
    ["я нахожусь в Токио", /^Вы находитесь в Токио \(UTC\+9\)\. Скажите «мой часовой пояс Токио»/],
    ["我现在在东京", /^您说您在东京（UTC\+9）。请说“我的时区是东京”/],
    ["أنا في طوكيو", /^قلت إنك في \u2068طوكيو\u2069 \(\u2068UTC\+9\u2069\)/],
  ])("%s: the command that sets the zone, and nothing set", async (text, expected) => {
    const h = await harness({ modules: handlerModules });
    const kim = user("kim");
    expect(await h.say(kim, text)).toMatch(expected);
    expect(await h.say(kim, "what's my time zone")).not.toMatch(/Tokyo/);
  });
});
