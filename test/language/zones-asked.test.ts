/**
 * Conversions and a city's time asked in the other languages, through the whole bot: the
 * language told from the message's own words (a place it spells its own way, "nueva york"),
 * the clock time and the place read into the English words the programme reader knows.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const ANA = user("ana");
const TUESDAY_9AM = "2024-03-05T14:00:00Z";

async function ask(text: string): Promise<string> {
  const h = await harness({ now: TUESDAY_9AM, modules: handlerModules });
  return h.say(ANA, text);
}

describe("Spanish conversions", () => {
  it.each([
    ["convierte 10am nueva york a madrid", /^10:00 hora de Nueva York .* son 16:00 hora de Madrid/],
    ["10am nueva york en madrid", /^10:00 hora de Nueva York .* son 16:00 hora de Madrid/],
    ["convierte 10am nueva york a tokio", /^10:00 hora de Nueva York .* son 00:00 hora de Tokio/],
  ])("%s", async (text, expected) => {
    expect((await ask(text)).split("\n")[0]).toMatch(expected);
  });
});
