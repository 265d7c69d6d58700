/**
 * A zone named in the question ("in Santiago time") is named in the answer even when its clock
 * is the venue's (Santiago on 9 May 2024 is UTC−4, as New York): the asker's line is shown, in
 * the six languages. A zone of the asker's profile alone, on the venue's clock, adds no line.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const TUESDAY = "2024-03-05T14:00:00Z";
const SANTIAGO = user("santi", { timeZone: "America/Santiago" });

async function ask(text: string): Promise<string> {
  const h = await harness({ now: TUESDAY, modules: handlerModules });
  return h.say(SANTIAGO, text);
}

describe("a zone asked for, on the venue's clock", () => {
  it.each([
    ["when is the POC meeting in Santiago time", /Your time: Thu 9 May, 10:00 AM–1:00 PM \(Santiago\)/],
    [
      "cuando es la reunion de los POC en hora de Santiago",
      /Su hora: jueves, 9 de mayo, 10:00–13:00 \(Santiago/,
    ],
    [
      "quand a lieu la réunion des points de contact heure de Santiago",
      /Chez vous\u202f: jeudi 9 mai, 10:00–13:00 \(Santiago\)/,
    ],
    [
      "когда встреча контактных лиц по времени Сантьяго",
      /Ваше время: четверг, 9 мая, 10:00–13:00 \(Сантьяго\)/,
    ],
    ["联络点会议是圣地亚哥时间几点", /您的时间：5月9日星期四 10:00–13:00（圣地亚哥）/],
    ["متى اجتماع جهات الاتصال بتوقيت سانتياغو", /بتوقيتك: .*10:00–13:00.*سانتياغو/],
  ])("%s names Santiago", async (text, expected) => {
    expect(await ask(text)).toMatch(expected);
  });

  it("the asker's own zone on the venue's clock, not asked for: no second line", async () => {
    expect(await ask("when is the POC meeting")).not.toMatch(/Santiago/);
  });
});
