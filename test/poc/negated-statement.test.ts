/**
 * A POC denying a value ("my email is not x@y.org", « mon e-mail n'est pas … ») states what is
 * wrong, not what is right: no preview proposes the denied value; the answer shows what the
 * record holds and asks for the right value, and nothing changes. Weak 16 item 1.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS } from "../../handlers/poc/cards.js";
import { AMINA, buttonsOf, CLAIRE, importDirectory, KEN_TECH, PETER, pocBot, textOf } from "./support.js";

const NOW = "2024-03-05T16:00:00.000Z";

describe("a negated statement proposes no value", () => {
  it.each([
    ["my email is not x@y.org", /peter\.otieno@cert\.example/],
    ["my email isn't x@y.org", /peter\.otieno@cert\.example/],
    ["my phone is no longer +254 20 999 9999", /\+254 20 1234567/],
    ["mon e-mail n'est pas x@y.org", /peter\.otieno@cert\.example/],
    ["mon e-mail n’est plus x@y.org", /peter\.otieno@cert\.example/],
    ["mi correo no es x@y.org", /peter\.otieno@cert\.example/],
    ["mi correo ya no es x@y.org", /peter\.otieno@cert\.example/],
    ["мой email не x@y.org", /peter\.otieno@cert\.example/],
    ["мой email больше не x@y.org", /peter\.otieno@cert\.example/],
    ["我的邮箱不是x@y.org", /peter\.otieno@cert\.example/],
    ["بريدي الإلكتروني ليس x@y.org", /peter\.otieno@cert\.example/],
  ])("%s", async (text, current) => {
    const bot = await pocBot({ now: NOW, modules: handlerModules });
    await importDirectory(bot, [PETER, AMINA, CLAIRE]);
    const before = await bot.directory.get("KEN:technical");
    const reply = await bot.say(KEN_TECH, text);
    const answer = textOf(reply);
    expect(answer).toMatch(current);
    expect(answer).not.toMatch(/x@y\.org.*(?:Confirm|Confirmer|Confirmar|Подтвердить|确认|تأكيد)/su);
    expect(buttonsOf(reply).map((b) => b.actionId)).not.toContain(ACTIONS.changeConfirm);
    expect(answer).not.toMatch(/Sorry|Désolé|Lo siento|Извините|抱歉|not valid|无效/);
    expect(await bot.directory.get("KEN:technical")).toEqual(before);
  });

  it("a plain statement still previews its value", async () => {
    const bot = await pocBot({ now: NOW, modules: handlerModules });
    await importDirectory(bot, [PETER, AMINA, CLAIRE]);
    const reply = await bot.say(KEN_TECH, "my email is now x@y.org");
    expect(buttonsOf(reply).map((b) => b.actionId)).toContain(ACTIONS.changeConfirm);
  });
});
