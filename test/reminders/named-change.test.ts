/**
 * Changing one reminder named by its event, topic or day ("change my reception reminder to
 * 2 hours before", "modifie le rappel de la réception à 2 heures avant") through the whole bot
 * (language module, pivot, every handler) on a real SQLite store: only that reminder changes;
 * a name that fits none or several of the person's reminders lists them, in their language,
 * and changes nothing.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { reminderRepository } from "../../handlers/reminders/module.js";
import { harness, user } from "./harness.js";

const RECEPTION = "oewg-7-reception-2024-03-04";
const THURSDAY_AM = "oewg-7-2024-03-07-am";
const THURSDAY_PM = "oewg-7-2024-03-07-pm";
const CLOSURE = "oewg-7-closure";

type Harness = Awaited<ReturnType<typeof harness>>;

/** The person's own reminders: occurrence id → lead in minutes. */
async function leads(h: Harness, name: string): Promise<Record<string, number>> {
  const own = await reminderRepository(h.deps).remindersOf(`test:${name}`);
  return Object.fromEntries(
    own.map((s) => [s.target.type === "occurrence" ? s.target.occurrenceId : s.target.type, s.leadMinutes]),
  );
}

/** A person with reminders for the reception (1 hour), the closure and capacity-building on Thursday (15 minutes). */
async function withReminders(name: string) {
  const file = join(mkdtempSync(join(tmpdir(), "named-change-")), "bot.sqlite");
  const h = await harness({
    modules: handlerModules,
    now: "2024-03-01T12:00:00Z",
    storeUrl: `sqlite:${file}`,
  });
  const person = user(name);
  for (const text of [
    "remind me about the reception",
    "remind me about the closure of the session",
    "remind me about capacity-building",
  ]) {
    expect(await h.say(person, text)).toMatch(/^I'll remind you/);
  }
  return { h, person, before: await leads(h, name) };
}

describe("changing one named reminder", () => {
  it.each([
    [
      "en",
      "change my reception reminder to 2 hours before",
      /^I'll remind you about Cocktail reception: 2 hours before .*\(was 1 hour before\)/,
    ],
    ["en", "change the reminder for the reception to 2 hours before", /Cocktail reception: 2 hours before/],
    [
      "fr",
      "modifie le rappel de la réception à 2 heures avant",
      /^Je vous préviendrai pour la réception \(cocktail\).*2 heures avant.*\(auparavant 1 heure avant\)/,
    ],
    [
      "es",
      "cambia el recordatorio de la recepción a 2 horas antes",
      /^Le avisaré de la recepción \(cóctel\): 2 horas antes/,
    ],
    [
      "ru",
      "измени напоминание о приёме на 2 часа до начала",
      /^Я напомню вам: Приём \(коктейль\): за 2 часа до начала/,
    ],
    ["zh", "把招待会的提醒改为提前2小时", /^我会提醒您：鸡尾酒招待会：开始前2小时/],
    ["ar", "غيّر تذكير حفل الاستقبال إلى قبل ساعتين", /^سأذكّرك بـ .*حفل استقبال/],
  ])("%s: %s changes the reception's reminder only", async (_lang, text, answer) => {
    const { h, person, before } = await withReminders("p");
    expect(await h.say(person, text)).toMatch(answer);
    expect(await leads(h, "p")).toEqual({ ...before, [RECEPTION]: 120 });
  });

  it.each([
    [
      "en",
      "change my Thursday reminder to 30 minutes before",
      /^I'll remind you about .*Capacity-building: 30 minutes before Thu 7 Mar/,
    ],
    [
      "fr",
      "modifie le rappel du jeudi à 30 minutes avant",
      /^Je vous préviendrai pour .*Renforcement des capacités.*30 minutes avant jeudi 7 mars/,
    ],
    [
      "ru",
      "измени напоминание о приёме на час до начала",
      /^Я напомню вам: Приём \(коктейль\): за 1 час до начала/,
    ],
  ])("%s: %s changes the one reminder that day or event has", async (_lang, text, answer) => {
    const { h, person, before } = await withReminders("p");
    await h.say(person, "change my reception reminder to 2 hours before");
    const reply = await h.say(person, text);
    expect(reply).toMatch(answer);
    const after = await leads(h, "p");
    expect(after[CLOSURE]).toBe(before[CLOSURE]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  });

  it("the ping test's reminder, named by the test", async () => {
    const { h, person } = await withReminders("p");
    await h.say(person, "remind me about the ping test");
    const set = await leads(h, "p");
    const ping = Object.keys(set).find(
      (id) => ![RECEPTION, CLOSURE].includes(id) && !id.includes("capacity"),
    );
    expect(ping).toBeDefined();
    expect(await h.say(person, "change the reminder for the ping test to 2 hours before")).toMatch(
      /"Ping" test of the Global POC Directory: 2 hours before/,
    );
    expect(await leads(h, "p")).toEqual({ ...set, [ping as string]: 120 });
  });
});

describe("a name that fits none or several reminders changes nothing", () => {
  it.each([
    [
      "en",
      "change my reminder for the ping test to 2 hours before",
      /^None of your reminders is for that\. Your reminders:\n• Cocktail reception.*\nNothing was changed\.$|Nothing was changed\.$/s,
    ],
    [
      "fr",
      "modifie le rappel du ping à 2 heures avant",
      /^Aucun de vos rappels ne correspond\. Vos rappels\u202f:\n• Réception \(cocktail\).*Rien n’a été modifié\.$/s,
    ],
    [
      "es",
      "cambia el recordatorio de la prueba ping a 2 horas antes",
      /^Ninguno de sus recordatorios corresponde\. Sus recordatorios:\n• Recepción \(cóctel\).*No se ha cambiado nada\.$/s,
    ],
    [
      "ru",
      "измени напоминание о пинг-тесте на 2 часа до начала",
      /^Ни одно из ваших напоминаний не подходит\. Ваши напоминания:\n• Приём \(коктейль\).*Ничего не изменено\.$/s,
    ],
    [
      "zh",
      "把星期二的提醒改为提前2小时",
      /^您的提醒中没有与之相符的。您的提醒：\n• 鸡尾酒招待会.*未作任何更改。$/s,
    ],
    ["ar", "غيّر تذكير الجلسة التالية إلى قبل ساعتين", /^لا يطابق أيٌّ من تذكيراتك ذلك\..*لم يُغيَّر شيء\.$/s],
  ])("%s: %s lists the person's reminders in their language", async (_lang, text, answer) => {
    const { h, person, before } = await withReminders("p");
    const reply = await h.say(person, text);
    expect(reply).toMatch(answer);
    expect(await leads(h, "p")).toEqual(before);
  });

  it.each([
    [
      "en",
      "change my Thursday reminder to 30 minutes before",
      /^Several of your reminders fit that\. Your reminders:\n.*Nothing was changed\.$/s,
    ],
    [
      "fr",
      "modifie le rappel du jeudi à 30 minutes avant",
      /^Plusieurs de vos rappels correspondent\..*Rien n’a été modifié\.$/s,
    ],
    ["zh", "把星期四的提醒改为30分钟前", /^您有多个提醒与之相符。.*未作任何更改。$/s],
  ])("%s: %s with two Thursday reminders asks which", async (_lang, text, answer) => {
    const { h, person } = await withReminders("p");
    await h.say(person, "remind me about Thursday");
    const before = await leads(h, "p");
    expect(before[THURSDAY_PM]).toBe(15);
    expect(await h.say(person, text)).toMatch(answer);
    expect(await leads(h, "p")).toEqual(before);
  });

  it("'change my Thursday reminders' changes every Thursday reminder", async () => {
    const { h, person } = await withReminders("p");
    await h.say(person, "remind me about Thursday");
    const before = await leads(h, "p");
    expect(
      (await h.say(person, "change my Thursday reminders to 30 minutes before")).split("\n").length,
    ).toBeGreaterThan(1);
    const after = await leads(h, "p");
    expect(after[THURSDAY_AM]).toBe(30);
    expect(after[THURSDAY_PM]).toBe(30);
    expect(after[CLOSURE]).toBe(before[CLOSURE]);
    expect(after[RECEPTION]).toBe(before[RECEPTION]);
  });
});
