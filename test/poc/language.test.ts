/**
 * A POC who reads French or Arabic gets the errors of a change to their entry in their
 * language, the reason for an invalid value included (the Secretariat's import report keeps the
 * same reasons in English), and nothing is changed.
 */
import { describe, expect, it } from "vitest";
import { toActivity } from "../../adapters/teams/render.js";
import { withLocale } from "../../bot/language/current.js";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS, editFormCard } from "../../handlers/poc/cards.js";
import type { PocRecord } from "../../handlers/poc/schema.js";
import {
  AMINA,
  DELEGATE,
  importDirectory,
  KEN_DIPLO,
  KEN_TECH,
  PETER,
  pocBot,
  textOf,
  user,
} from "./support.js";

async function setup() {
  const bot = await pocBot({ now: "2024-06-01T12:00:00.000Z", modules: handlerModules });
  await importDirectory(bot, [PETER, AMINA]);
  return bot;
}

describe("POC self-service errors in French", () => {
  it("a value it cannot take, an unchanged value, a required field: French, nothing changed", async () => {
    const bot = await setup();
    await bot.say(KEN_TECH, "language: français");
    expect(textOf(await bot.say(KEN_TECH, "change my phone to +254 20 123 4567"))).toBe(
      "Ce champ (téléphone) vaut déjà +254 20 1234567. Rien n’a été modifié.",
    );
    expect(textOf(await bot.say(KEN_TECH, "change my 24/7 phone to none"))).toBe(
      "Un point de contact technique doit avoir ce champ (téléphone 24/7) : il ne peut pas être supprimé ; donnez plutôt la nouvelle valeur. Rien n’a été modifié.",
    );
    expect(textOf(await bot.say(KEN_TECH, "change my phone to 12"))).toBe(
      "Cette valeur n’est pas valide (téléphone) : « 12 » est trop court pour un numéro de téléphone (Kenya). Rien n’a été modifié.",
    );
    expect(textOf(await bot.say(KEN_TECH, "change my working hours to 17:00-09:00"))).toContain(
      "la fin (09:00) doit venir après le début (17:00)",
    );
    expect(textOf(await bot.say(KEN_TECH, "change my name to 1"))).toContain(
      "le champ « nom » doit contenir au moins deux lettres",
    );
    expect((await bot.directory.get("KEN:technical"))?.version).toBe(1);
  });

  it("the reasons for an invalid value, in Arabic, through the change form", async () => {
    const bot = await setup();
    await bot.say(KEN_TECH, "بالعربية");
    const edit = { actionId: ACTIONS.editSubmit, value: "KEN:technical" };
    const answer = (field: string, value: string) =>
      bot
        .click(KEN_TECH, edit, { field, value })
        .then((sent) => textOf(sent).replace(/[\u2066-\u2069]/g, ""));
    expect(await answer("الهاتف", "12")).toContain("«12» أقصر من أن يكون رقم هاتف (كينيا)");
    expect(await answer("البريد الإلكتروني", "nope")).toContain("«nope» ليس عنوان بريد إلكتروني صالحًا");
    expect(await answer("المنطقة الزمنية", "Mars/Olympus")).toContain("ليست منطقة زمنية من IANA");
    // A place is read as one (the form as the sentence): one the bot does not know is said so.
    expect(await answer("المنطقة الزمنية", "Atlantis")).toContain("لا أعرف منطقة زمنية لـ«Atlantis»");
    expect((await bot.directory.get("KEN:technical"))?.version).toBe(1);
  });
});

describe("the change form's required fields", () => {
  it("say what is missing in the POC's language, which Teams shows under an empty field", () => {
    const record = { state: "KEN", type: "technical" } as PocRecord;
    for (const [locale, missing] of [
      ["fr", /^Veuillez remplir le champ « Champ »/],
      ["ar", /^يرجى ملء حقل/],
      ["en", /^Please fill in Field\.$/],
    ] as const) {
      const card = withLocale(locale, () => editFormCard(record));
      const activity = toActivity({ text: "form", card });
      const inputs = activity.attachments?.[0]?.content.body.filter(
        (element) => element.type === "Input.Text",
      );
      expect(inputs?.map((input) => input.errorMessage)).toHaveLength(2);
      expect(String(inputs?.[0]?.errorMessage)).toMatch(missing);
    }
  });
});

describe("someone who is not a POC asks for their details in their language", () => {
  it.each([
    ["mes coordonnées", /^Je n’ai pas de fiche de point de contact .*\(dan\.delegate@mission\.example\)/],
    ["mis datos", /^No tengo ninguna ficha de punto de contacto .*\(dan\.delegate@mission\.example\)/],
    ["мои данные", /^У меня нет записи контактного лица .*\(dan\.delegate@mission\.example\)/],
    ["我的信息", /^您的聊天账户没有对应的联络人记录。.*dan\.delegate@mission\.example/],
    ["بياناتي", /^ليس لديّ سجل جهة اتصال .*dan\.delegate@mission\.example/],
    ["my details", /^I don't have a POC record for your chat account\. .*\(dan\.delegate@mission\.example\)/],
  ])("%s: the answer is in that language", async (text, answer) => {
    const bot = await setup();
    expect(textOf(await bot.say(DELEGATE, text))).toMatch(answer);
  });

  it("without a verified email, in French too", async () => {
    const bot = await setup();
    expect(textOf(await bot.say(user("nomail"), "mes coordonnées"))).toMatch(
      /^Je n’ai pas de fiche de point de contact pour votre compte de messagerie : votre plateforme/,
    );
  });

  it("the diplomatic POC asking for the technical record is told so in their language", async () => {
    const bot = await setup();
    await bot.say(KEN_DIPLO, "language: français");
    expect(textOf(await bot.say(KEN_DIPLO, "my technical details"))).toMatch(
      /^Vous êtes le point de contact diplomatique de Kenya \(KEN\), pas son point de contact technique/,
    );
  });
});
