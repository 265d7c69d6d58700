/**
 * The help card's examples in each language are phrases the bot understands in that
 * language: each one, typed by a POC who is also a head of delegation, gets an answer in
 * the language, never the "not understood" fallback.
 */
import { describe, expect, it } from "vitest";
import { FEATURES, say } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { directoryCsv, pocBot, SECRETARIAT, textOf, user } from "../poc/support.js";

const CHOICE: Readonly<Record<string, string>> = {
  en: "English please",
  fr: "langue : français",
  es: "en español por favor",
  ru: "по-русски",
  zh: "请用中文",
  ar: "بالعربية",
};

/** Each example of each localised help section, without its parenthesised note. */
function examplesOf(locale: string): string[] {
  const help = FEATURES[locale]?.help as { modules: Record<string, { examples: string }> } | undefined;
  const modules = help?.modules ?? {};
  return Object.values(modules).flatMap(({ examples }) =>
    examples
      .split("\n")
      .flatMap((line) => line.replace(/\s*[(（].*$/u, "").split(" / "))
      .map((line) => line.trim()),
  );
}

describe("help examples in every language", () => {
  it.each(Object.keys(CHOICE))("%s: every example is understood", async (locale) => {
    const bot = await pocBot({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
    const me = user("amina", "amina.diallo@example.org", "Europe/Zurich");
    await bot.say(
      SECRETARIAT,
      `import poc directory\n${directoryCsv([{ state: "KEN", type: "technical", emails: me.email ?? "" }])}`,
    );
    await bot.say(
      SECRETARIAT,
      `import roster\nemail,name,state,roles\n${me.email},Amina Diallo,KEN,head of delegation`,
    );
    await bot.say(me, CHOICE[locale] ?? "");
    const notUnderstood = say(locale, "fallback.notUnderstood");
    const examples = examplesOf(locale);
    expect(examples.length).toBeGreaterThan(4);
    for (const example of examples) {
      const answer = textOf(await bot.say(me, example));
      expect(answer, `${locale}: ${example}`).not.toBe("");
      expect(answer, `${locale}: ${example}`).not.toContain(notUnderstood);
      expect(answer, `${locale}: ${example}`).not.toMatch(/^Sorry/);
    }
  });
});

describe("the calendar link in the person's language", () => {
  it.each([
    ["fr", "calendrier", "Tout le programme pour votre calendrier", "Ouvrez ce lien pour ajouter"],
    ["es", "mi calendario", "Todo el programa para su calendario", "Abra este enlace para añadir"],
    ["ru", "ссылка на календарь", "Вся программа: для вашего календаря", "Откройте эту ссылку"],
    ["zh", "日历链接", "全部日程——添加到您的日历", "打开此链接"],
    ["ar", "رابط التقويم", "البرنامج كاملاً لتقويمك", "افتح هذا الرابط"],
  ])("%s: %s", async (locale, command, title, body) => {
    const bot = await pocBot({
      now: "2024-03-04T08:00:00-05:00",
      modules: handlerModules,
      env: { PUBLIC_URL: "https://bot.example.org" },
    });
    const me = user("amina", "amina.diallo@example.org", "Europe/Zurich");
    await bot.say(me, CHOICE[locale] ?? "");
    const answer = textOf(await bot.say(me, command)).replace(/[\u2066-\u2069]/g, "");
    expect(answer).toContain(title);
    expect(answer).toContain(body);
    expect(answer).toContain("https://bot.example.org/");
  });
});

describe("a due reminder in the language the person reads", () => {
  it.each([
    [
      "fr",
      "rappelle-moi 15 minutes avant chaque séance",
      "Rappel : ",
      "commence dans 15 minutes",
      "Arrêter ces rappels",
    ],
    [
      "ru",
      "напомни мне за 15 минут до каждого заседания",
      "Напоминание: ",
      "начнётся через 15 минут",
      "Отменить эти напоминания",
    ],
    ["ar", "ذكرني قبل 15 دقيقة من كل جلسة", "تذكير: ", "يبدأ بعد 15 دقيقة", "إيقاف هذه التذكيرات"],
  ])("%s", async (locale, ask, lead, starts, stop) => {
    const bot = await pocBot({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
    const me = user("amina", "amina.diallo@example.org", "Europe/Zurich");
    await bot.say(me, CHOICE[locale] ?? "");
    await bot.say(me, ask);
    const before = bot.sent.length;
    bot.clock.advance(105 * 60_000); // 9:45 New York time: the 10:00 opening is 15 minutes away
    await bot.deps.scheduler.tick();
    await bot.deps.scheduler.tick();
    const due = bot.sent.slice(before).map((sent) => sent.message);
    const text = due.map((message) => message.text.replace(/[\u2066-\u2069]/g, "")).join("\n");
    expect(text).toContain(lead);
    expect(text).toContain(starts);
    expect(due.flatMap((message) => message.card?.buttons ?? []).map((button) => button.label)).toContain(
      stop,
    );
  });
});

describe("an invitation in the language the invitee reads", () => {
  it.each([
    ["es", "Invitación: Recepción (cóctel)", ["Asistiré", "Quizás", "No asistiré"]],
    ["zh", "邀请：鸡尾酒招待会", ["出席", "待定", "不出席"]],
  ])("%s", async (locale, title, buttons) => {
    const bot = await pocBot({ now: "2024-03-01T08:00:00-05:00", modules: handlerModules });
    const me = user("amina", "amina.diallo@example.org", "Europe/Zurich");
    await bot.say(
      SECRETARIAT,
      `import roster\nemail,name,state,roles\n${me.email},Amina Diallo,KEN,head of delegation`,
    );
    await bot.say(me, CHOICE[locale] ?? "");
    const before = bot.sent.length;
    await bot.say(SECRETARIAT, "send reception invitations");
    await bot.deps.scheduler.tick();
    const mine = bot.sent.slice(before).filter((sent) => sent.to.includes("amina"));
    const text = mine.map((sent) => sent.message.text.replace(/[\u2066-\u2069]/g, "")).join("\n");
    expect(text).toContain(title);
    expect(mine.flatMap((sent) => sent.message.card?.buttons ?? []).map((b) => b.label)).toEqual(
      expect.arrayContaining(buttons),
    );
  });
});

describe("the yearly confirmation request in the language the POC reads", () => {
  it("ru: the request and its buttons", async () => {
    const bot = await pocBot({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
    const me = user("amina", "amina.diallo@example.org", "Europe/Zurich");
    await bot.say(
      SECRETARIAT,
      `import poc directory\n${directoryCsv([{ state: "KEN", type: "technical", emails: me.email ?? "" }])}`,
    );
    await bot.say(me, CHOICE.ru ?? "");
    const before = bot.sent.length;
    bot.clock.advance(336 * 24 * 3_600_000); // 30 days before the yearly confirmation is due
    await bot.deps.scheduler.tick();
    await bot.deps.scheduler.tick();
    const mine = bot.sent.slice(before).filter((sent) => sent.to.includes("amina"));
    const text = mine.map((sent) => sent.message.text.replace(/[\u2066-\u2069]/g, "")).join("\n");
    expect(text).toContain("Срок ежегодного подтверждения —");
    expect(text).toContain("Ваша запись в справочнике контактных лиц");
    expect(mine.flatMap((sent) => sent.message.card?.buttons ?? []).map((b) => b.label)).toContain(
      "Подтвердить, всё верно",
    );
  });
});

describe("a reminder error in the person's language", () => {
  it.each([
    ["fr", "rappelle-moi", "Vous rappeler quoi ?"],
    ["ru", "напомни мне", "О чём напомнить?"],
    ["zh", "提醒我", "提醒您什么？"],
  ])("%s: %s", async (locale, text, expected) => {
    const bot = await pocBot({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
    const me = user("amina", "amina.diallo@example.org", "Europe/Zurich");
    await bot.say(me, CHOICE[locale] ?? "");
    expect(textOf(await bot.say(me, text))).toContain(expected);
  });
});

describe("an RSVP refusal in the person's language", () => {
  it("fr: someone not invited is told who is, in French", async () => {
    const bot = await pocBot({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
    const me = user("amina", "amina.diallo@example.org", "Europe/Zurich");
    await bot.say(me, CHOICE.fr ?? "");
    const answer = textOf(await bot.say(me, "rsvp oui"));
    expect(answer).toContain("Réception (cocktail) : sont invités");
    expect(answer).toContain("demandez-lui de vous nommer comme expert");
  });
});
