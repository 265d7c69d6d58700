/**
 * Right after a reminder was set, "and for the reception, 2h before" asks the same for the
 * reception with its own lead, in the six languages; a length of time ("2h", "deux heures") is
 * a lead, never a calendar date (it was "dimanche 31 décembre"). Said with no reminder just
 * set, nothing is recorded.
 */
import { describe, expect, it } from "vitest";
import { readDayExpression } from "../../bot/language/dates.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "./harness.js";

const MONDAY_8AM = "2024-03-04T13:00:00Z";

describe("a reminder's follow-up with its own lead", () => {
  it.each([
    [
      "rappelle moi 15 min avant chaque seance",
      "et aussi pour la reception, 2h avant",
      /réception.*2 heures avant/,
    ],
    [
      "rappelle moi 15 min avant chaque seance",
      "et pour la réception, 2 h avant",
      /réception.*2 heures avant/,
    ],
    [
      "rappelle moi 15 min avant chaque seance",
      "et aussi pour la réception deux heures avant",
      /réception.*2 heures avant/,
    ],
    [
      "remind me 15 min before every session",
      "and for the reception, 2h before",
      /reception: 2 hours before/,
    ],
    [
      "recuérdame 15 minutos antes de cada sesión",
      "y para la recepción 2 horas antes",
      /recepción.*2 horas antes/,
    ],
    ["напомни мне за 15 минут до каждого заседания", "и для приёма за 2 часа", /при[её]м.*2 часа/i],
    ["每次会议前15分钟提醒我", "招待会也提前2小时", /招待会.*2小时/],
    ["ذكرني قبل 15 دقيقة من كل جلسة", "وللاستقبال قبل ساعتين", /استقبال.*ساعتين/],
  ])("%s → %s", async (first, followUp, expected) => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    const anne = user("anne", { timeZone: "Europe/Paris" });
    await h.say(anne, first);
    const answer = await h.say(anne, followUp);
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/31 d|Dec|déc|dic|дек|12月|كانون الأول/);
    // Two reminders now, in the list (in the asker's language): every session and the reception.
    const list = await h.say(anne, "my reminders");
    expect(list.match(/^• /gm)).toHaveLength(2);
  });

  it("with no reminder just set, nothing is recorded and no date is made up", async () => {
    const h = await harness({ now: MONDAY_8AM, modules: handlerModules });
    const anne = user("anne");
    const answer = await h.say(anne, "et aussi pour la reception, 2h avant");
    expect(answer).not.toMatch(/31 décembre|dimanche/);
    expect(await h.say(anne, "my reminders")).not.toMatch(/^• /m);
  });
});

describe("a length of time is no calendar date", () => {
  it.each(["and reception 120 minutes before", "reception 2h before", "2 hours earlier"])("%s", (text) => {
    expect(readDayExpression(text).day).toBeUndefined();
  });
});
