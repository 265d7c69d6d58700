/**
 * A POC record never confirmed is due for confirmation now: its card says so, in the POC's
 * language, instead of the yearly reminder schedule's date (12 months after the import),
 * which no letter or directory file gives as a deadline. Once confirmed, the next date shows.
 * Tester 15 item 3.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { button, CLAIRE, FRA_TECH, importDirectory, pocBot, textOf } from "./support.js";

const NOW = "2024-06-01T12:00:00.000Z";

describe("'my details' of a record never confirmed", () => {
  it.each([
    ["my details", /Next confirmation due: now — not confirmed yet: please check and confirm/],
    [
      "mes coordonnées",
      /Prochaine confirmation[^\n]*maintenant — pas encore confirmée\u202f: merci de la vérifier et de la confirmer/,
    ],
    ["mis datos", /ahora — aún no confirmada: revísela y confírmela/],
    ["мои данные", /сейчас — запись ещё не подтверждена: проверьте и подтвердите её/],
    ["我的资料", /现在——尚未确认：请核对并确认/],
    ["بياناتي", /الآن — لم تؤكَّد بعد: يرجى مراجعتها وتأكيدها/],
  ])("%s: due now, not a date a year away", async (text, dueNow) => {
    const bot = await pocBot({ now: NOW, modules: handlerModules });
    await importDirectory(bot, [CLAIRE]);
    const answer = textOf(await bot.say(FRA_TECH, text));
    expect(answer).toMatch(dueNow);
    expect(answer).not.toMatch(/2025/);
  });

  it("once confirmed, the card gives the next date", async () => {
    const bot = await pocBot({ now: NOW, modules: handlerModules });
    await importDirectory(bot, [CLAIRE]);
    const shown = await bot.say(FRA_TECH, "my details");
    await bot.click(FRA_TECH, button(shown, ACTIONS.confirm));
    const answer = textOf(await bot.say(FRA_TECH, "my details"));
    expect(answer).toMatch(/Next confirmation due: [^\n]*2025/);
    expect(answer).not.toMatch(/not confirmed yet/);
  });
});
