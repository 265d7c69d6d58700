/**
 * A greeting before a question, without punctuation ("hello when is the reception", "bonjour c
 * quand la réception", "你好招待会什么时候"), as delegates write on a phone: the question is
 * answered, in the six languages. A greeting before words that ask nothing ("hello from
 * Singapore") is still no programme question.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const ANA = user("ana");
const MONDAY_8AM = "2024-03-04T13:00:00Z";

async function ask(text: string): Promise<string> {
  const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
  return (await h.say(ANA, text)).replace(/[\u2066-\u2069]/g, "");
}

describe("a greeting, then a question, with no punctuation between", () => {
  it.each([
    ["hello when is the reception", /^Cocktail reception: Mon 4 Mar, 6:30 PM New York time/],
    ["hi whats on thursday afternoon", /^Thursday 7 March afternoon: Regular institutional dialogue/],
    ["good evening what's on at 11", /^Monday 4 March at 11:00 AM: Opening of the session/],
    ["bonjour c quand la réception", /^Réception \(cocktail\)\s?: lundi 4 mars, 18:30/],
    ["hola cuando es la recepcion", /^Recepción \(cóctel\): lunes, 4 de marzo, 18:30/],
    ["привет когда приём", /^Приём \(коктейль\): понедельник, 4 марта, 18:30/],
    ["你好招待会什么时候", /^鸡尾酒招待会：3月4日星期一 18:30/],
    ["مرحبا متى حفل الاستقبال", /^حفل استقبال: الاثنين، 4 آذار\/مارس، 18:30/],
  ])("%s", async (text, expected) => {
    expect(await ask(text)).toMatch(expected);
  });

  it("a greeting before words that ask nothing is no programme question", async () => {
    expect(await ask("hello from Singapore")).toMatch(/^Sorry, I didn't understand that/);
  });
});
