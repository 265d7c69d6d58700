/**
 * An e-mail change sent to the Secretariat (it adds an address) waits for them: "my details"
 * says so — what and since when — in the POC's language, until the directory holds the
 * addresses. Tester 15 item 4.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { button, CLAIRE, FRA_TECH, greet, importDirectory, pocBot, SECRETARIAT, textOf } from "./support.js";

const NOW = "2024-06-01T12:00:00.000Z";
const NEW = "claire@anssi.example";

async function requested() {
  const bot = await pocBot({ now: NOW, modules: handlerModules });
  await importDirectory(bot, [CLAIRE]);
  await greet(bot, [SECRETARIAT, FRA_TECH]);
  const preview = await bot.say(FRA_TECH, `add ${NEW} to my emails`);
  const answer = textOf(await bot.click(FRA_TECH, button(preview, ACTIONS.changeConfirm)));
  expect(answer).toContain(NEW);
  return bot;
}

describe("'my details' while an e-mail request waits for the Secretariat", () => {
  it.each([
    [
      "my details",
      /A change waits for the Secretariat since Sat 1 Jun 2024: emails → claire\.martin@cert\.example, claire@anssi\.example/,
    ],
    [
      "mes coordonnées",
      /Une modification attend le Secrétariat depuis le [^\n]*1 juin 2024\u202f: e-mails → [^\n]*claire@anssi\.example/,
    ],
    [
      "mis datos",
      /Un cambio espera a la Secretaría desde [^\n]*1 jun 2024: correos → [^\n]*claire@anssi\.example/,
    ],
    [
      "мои данные",
      /Изменение ждёт Секретариата с [^\n]*2024[^\n]*: электронная почта → [^\n]*claire@anssi\.example/,
    ],
    [
      "我的资料",
      /一项修改自[^\n]*2024年6月1日[^\n]*起等待秘书处处理：电子邮件 → [^\n]*claire@anssi\.example/,
    ],
    [
      "بياناتي",
      /تغيير بانتظار الأمانة منذ [^\n]*2024[^\n]*: البريد الإلكتروني ← [^\n]*claire@anssi\.example/,
    ],
  ])("%s: what waits and since when", async (text, waiting) => {
    const bot = await requested();
    expect(textOf(await bot.say(FRA_TECH, text))).toMatch(waiting);
  });

  it("once the Secretariat's directory holds the address, nothing is said to wait", async () => {
    const bot = await requested();
    await importDirectory(bot, [{ ...CLAIRE, emails: `${FRA_TECH.email}; ${NEW}` }]);
    const answer = textOf(await bot.say(FRA_TECH, "my details"));
    expect(answer).toContain(NEW);
    expect(answer).not.toMatch(/waits for the Secretariat/);
  });

  it("no request, no line", async () => {
    const bot = await pocBot({ now: NOW, modules: handlerModules });
    await importDirectory(bot, [CLAIRE]);
    expect(textOf(await bot.say(FRA_TECH, "my details"))).not.toMatch(/waits for the Secretariat/);
  });
});
