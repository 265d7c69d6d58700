/**
 * Misreadings an exploratory tester found (round 15): conversions written "10am NY en Madrid",
 * "10 صباحا بتوقيت نيويورك كم في دبي"; the POC meeting by other names ("نقاط الاتصال", "puntos
 * focales", "points focaux", "联系点"); "how do I RSVP?" in Chinese, Spanish and Arabic; a
 * follow-up that names its own subject ("cuando termina la sesion" after the reception, "第5项议程"
 * after it); a misspelt part of the day ("thursdy aftrnoon"). Through the whole handler chain.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const MONDAY = "2024-03-04T08:00:00-05:00";

interface Case {
  q: string;
  before?: string;
  tz?: string;
  must: RegExp[];
  mustNot?: RegExp[];
}

const cases: Case[] = [
  // 1. Conversions. "en" before a city is Spanish (French writes « à Madrid »): read in Spanish.
  { q: "10am NY en Madrid", tz: "Europe/Madrid", must: [/16:00/, /hora de Madrid/], mustNot: [/Opening/] },
  { q: "10h NY à Madrid", tz: "Europe/Madrid", must: [/16:00/, /Madrid/] },
  { q: "10 утра NY в Мадриде", tz: "Europe/Madrid", must: [/16:00/] },
  { q: "纽约上午10点是迪拜几点", must: [/19:00/, /迪拜/] },
  { q: "10 صباحا بتوقيت نيويورك كم في دبي", must: [/19:00/, /دبي/], mustNot: [/حفل استقبال/] },
  { q: "10 صباحا بتوقيت نيويورك كم في الرياض", must: [/18:00/, /الرياض/] },
  { q: "كم الساعة في دبي عندما تكون 10 صباحا في نيويورك", must: [/19:00/, /دبي/] },
  // 2. The POC meeting by its other names.
  { q: "متى اجتماع نقاط الاتصال الأول", must: [/لجهات الاتصال/, /أيار/], mustNot: [/الدورة السابعة/] },
  { q: "cuando es la reunion de puntos focales", must: [/puntos de contacto/, /9 de mayo/] },
  { q: "quand est la réunion des points focaux", must: [/points de contact/, /9 mai/] },
  { q: "когда встреча контактных пунктов", must: [/9 мая/] },
  { q: "联系点会议什么时候", must: [/联络点/, /5月9日/] },
  // 3. How to RSVP, as in English.
  { q: "怎么回复出席", must: [/^•.*rsvp/m, /bit\.ly/] },
  { q: "como confirmo asistencia", must: [/^•.*rsvp/m, /bit\.ly/] },
  { q: "كيف أؤكد الحضور", must: [/^•.*rsvp/m, /bit\.ly/] },
  // 4. A follow-up that names its own subject is about it, not the last answer's.
  {
    before: "a qué hora es la recepción",
    q: "cuando termina la sesion",
    must: [/8 de marzo/, /18:00/],
    mustNot: [/finalización/, /última pregunta/],
  },
  {
    before: "what time is the reception?",
    q: "when does the session end?",
    must: [/8 Mar/, /6:00 PM/],
    mustNot: [/no end time/, /last question/i],
  },
  { before: "招待会什么时候", q: "第5项议程什么时候讨论", must: [/议程项目5/, /威胁/], mustNot: [/招待会/] },
  { q: "议程第5项什么时候", must: [/议程项目5/, /威胁/] },
  // 5. A misspelt part of the day, read as a misspelt weekday is.
  { q: "thursdy aftrnoon pls", must: [/afternoon/, /3:00 PM/], mustNot: [/10:00 AM/] },
];

describe("tester round 15: misreadings", () => {
  it.each(cases)("$before → $q", async ({ q, before, tz, must, mustNot }) => {
    const h = await harness({ now: MONDAY, modules: handlerModules });
    const asker = user("amal", { timeZone: tz ?? "America/New_York" });
    if (before) await h.say(asker, before);
    const answer = await h.say(asker, q);
    for (const pattern of must) expect(answer).toMatch(pattern);
    for (const pattern of mustNot ?? []) expect(answer).not.toMatch(pattern);
  });
});
