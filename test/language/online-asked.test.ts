/**
 * "is the reception online?" in the six languages, through the whole bot: the event named is
 * answered from its own format in data/ (the reception is in person), not from its
 * programme's; a question naming no event still answers for the programme.
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

describe("online participation of an event named", () => {
  it.each([
    ["is the reception online?", /^Cocktail reception is held in person \(Permanent Mission of Singapore/],
    ["can I follow the reception remotely?", /^Cocktail reception is held in person/],
    [
      "la réception est-elle en ligne ?",
      /^Réception \(cocktail\) se tient en présentiel \(Permanent Mission of Singapore/,
    ],
    ["¿la recepción es en línea?", /^Recepción \(cóctel\) se celebra de forma presencial/],
    ["приём онлайн?", /^Приём \(коктейль\) проходит очно/],
    ["招待会可以在线参加吗？", /^鸡尾酒招待会为现场活动（Permanent Mission of Singapore/],
    ["هل حفل الاستقبال عبر الإنترنت؟", /^حفل استقبال يعقد حضوريا/],
  ])("%s", async (text, expected) => {
    const answer = await ask(text);
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/OEWG|GTCNL|GTCA|РГОС|工作组|الفريق العامل/);
  });

  it.each([
    ["can I join online?", /^OEWG 7th session: the letter gives no online or remote participation/],
    ["is the POC meeting online?", /^First POC meeting is held in a hybrid format/],
  ])("without an event: %s", async (text, expected) => {
    expect(await ask(text)).toMatch(expected);
  });
});
