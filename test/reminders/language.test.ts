/**
 * The reminder list and the answers to stopping reminders carry no English for a French
 * reader: the empty list, its footer, "stopped" and "you had none".
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "./harness.js";

describe("reminders in French", () => {
  it("the empty list, its footer and stopping one reminder are in French", async () => {
    const h = await harness({ modules: handlerModules });
    const anne = user("anne");
    await h.say(anne, "language: français");
    const list = await h.say(anne, "mes rappels");
    expect(list).toContain(
      "Vous n’avez aucun rappel. Essayez « rappelle-moi 15 minutes avant chaque séance ».",
    );
    expect(list).toContain("Écrivez « arrêter les rappels » pour tous les arrêter");
    expect(list).not.toMatch(/You have no reminders|Say "stop reminders"/);
    expect(await h.say(anne, "rappelle-moi la réception")).not.toMatch(/^Sorry|^Désolé/);
    expect(await h.say(anne, "stop reminders about the reception")).toMatch(
      /^C’est fait : plus de rappels pour /,
    );
    expect(await h.say(anne, "stop reminders about the reception")).toMatch(
      /^Vous n’aviez pas de rappel pour /,
    );
  });

  it.each([
    ["rappelle-moi 15 minutes avant la prochaine séance", /commence dans 10 minutes .*aucun rappel/],
    [
      "recuérdame 15 minutos antes de la próxima sesión",
      /empieza dentro de 10 minutos .*antes que «15 minutos antes».*no se ha programado/,
    ],
    [
      "напомни мне за 15 минут до следующего заседания",
      /начинается через 10 минут, .*напоминание не установлено/,
    ],
    ["下次会议前15分钟提醒我", /10分钟后开始.*未设置提醒/],
    ["ذكرني قبل 15 دقيقة من الجلسة القادمة", /بعد .*10 دقائق.*لم يُضبط أي تذكير/],
  ])(
    "%s right after an English command, 10 minutes before the session: too soon, said in its language",
    async (text, answer) => {
      const h = await harness({ modules: handlerModules, now: "2024-03-07T19:50:00Z" });
      const anne = user("anne");
      expect(await h.say(anne, "my reminders")).toMatch(/You have no reminders/);
      const reply = await h.say(anne, text);
      expect(reply).toMatch(answer);
      expect(reply).not.toMatch(/starts in|sooner than|no reminder was set/);
    },
  );
  it("a reminder too late to set, and an event that has begun: French, nothing set", async () => {
    const h = await harness({ modules: handlerModules, now: "2024-03-04T23:13:00Z" }); // 17 minutes before the reception
    const anne = user("anne");
    await h.say(anne, "language: français");
    const soon = await h.say(anne, "rappelle-moi la réception");
    expect(soon).toMatch(
      /^Réception \(cocktail\) commence dans 17 minutes \(.*\), donc moins de 1 heure avant : aucun rappel n’a été programmé\./,
    );
    expect(soon).not.toMatch(/starts in|sooner than|no reminder was set/);
    h.clock.set("2024-03-04T23:45:00Z");
    expect(await h.say(anne, "rappelle-moi la réception")).toMatch(
      /^Réception \(cocktail\) \(.*\) a déjà commencé ou a déjà eu lieu\.$/,
    );
  });

  it.each([
    [
      "rappelle-moi 3 jours avant la réception",
      /^Les rappels peuvent arriver .*votre demande sort de cet intervalle\.$/,
    ],
    ["recuérdame 2 días antes de la recepción", /lo que pidió queda fuera de ese margen\.$/],
    ["ذكرني قبل 30 ساعة من الاستقبال", /وما طلبته خارج هذا النطاق\.$/],
  ])("%s: the error does not quote its English reading back", async (text, answer) => {
    const h = await harness({ modules: handlerModules, now: "2024-03-01T14:00:00Z" });
    const reply = await h.say(user("anne"), text);
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(/before|days|hours|reception|\bthe\b/);
  });

  it("change and stop one reminder in French, and the list names the event in French with French commands", async () => {
    const h = await harness({ modules: handlerModules, now: "2024-03-01T14:00:00Z" });
    const anne = user("anne");
    await h.say(anne, "rappelle-moi la réception");
    expect(await h.say(anne, "change mon rappel à 30 minutes avant")).toMatch(
      /^Je vous préviendrai pour la réception \(cocktail\).*30 minutes avant.*\(auparavant 1 heure avant\)/,
    );
    const list = await h.say(anne, "mes rappels");
    expect(list).toContain("• Réception (cocktail), ");
    expect(list).toContain("« arrête les rappels pour … »");
    expect(list).not.toMatch(/Cocktail reception|stop reminders|change my reminder/);
    expect(await h.say(anne, "arrête les rappels pour la réception")).toMatch(
      /^C’est fait : plus de rappels pour la réception \(cocktail\)/,
    );
  });
});

describe("changing and stopping one reminder in Russian, Chinese and Arabic", () => {
  it.each([
    {
      lang: "ru",
      remind: "напомни мне о приёме",
      change: "измени моё напоминание на 30 минут до начала",
      changed: /за 30 минут до начала.*было: за 1 час до начала/,
      list: "мои напоминания",
      quotes: ["«отмени напоминания о …»", "«измени моё напоминание на 30 минут до начала»"],
      every: "напомни мне за 15 минут до каждого заседания",
      stop: "отмени напоминания о приёме",
      stopped: /^Готово: больше никаких напоминаний о Приём/,
      stopSession: "отмени напоминания о следующем заседании",
      still: "«отмени напоминания о каждом заседании»",
      stopEvery: "отмени напоминания о каждом заседании",
      stoppedEvery: /^Готово: напоминаний перед каждым заседанием больше не будет/,
    },
    {
      lang: "zh",
      remind: "招待会提醒我",
      change: "把我的提醒改为30分钟前",
      changed: /开始前30分钟.*原为开始前1小时/,
      list: "我的提醒",
      quotes: ["“取消……的提醒”", "“把我的提醒改为30分钟前”"],
      every: "每场会议前15分钟提醒我",
      stop: "取消招待会的提醒",
      stopped: /^已完成：不再提醒鸡尾酒招待会/,
      stopSession: "取消下一场会议的提醒",
      still: "“取消每场会议的提醒”",
      stopEvery: "取消每场会议的提醒",
      stoppedEvery: /^已完成：不再在每场会议前提醒您/,
    },
    {
      lang: "ar",
      remind: "ذكرني بحفل الاستقبال",
      change: "غيّر تذكيري إلى قبل 30 دقيقة",
      changed: /30 دقيقة.*ساعة واحدة/s,
      list: "تذكيراتي",
      quotes: ["«أوقف تذكيرات …»", "«غيّر تذكيري إلى قبل 30 دقيقة»"],
      every: "ذكرني قبل 15 دقيقة من كل جلسة",
      stop: "أوقف تذكيرات حفل الاستقبال",
      stopped: /^تم: لا مزيد من التذكيرات بشأن/,
      stopSession: "أوقف تذكيرات الجلسة التالية",
      still: "«أوقف تذكيرات كل جلسة»",
      stopEvery: "أوقف تذكيرات كل جلسة",
      stoppedEvery: /^تم: لن تصلك تذكيرات قبل كل جلسة/,
    },
  ])(
    "$lang: change one, the list quotes the language's own commands, stop one, then every session",
    async (c) => {
      const h = await harness({ modules: handlerModules, now: "2024-03-01T14:00:00Z" });
      const person = user(`p-${c.lang}`);
      expect(await h.say(person, c.remind)).not.toMatch(/^Sorry/);
      expect(await h.say(person, c.change)).toMatch(c.changed);
      const list = await h.say(person, c.list);
      for (const quote of c.quotes) expect(list).toContain(quote);
      expect(list).not.toMatch(/[A-Za-z]{3,} reminders?|change my/);
      expect(await h.say(person, c.stop)).toMatch(c.stopped);
      // Stopping a session every-session reminders still cover says how to end those, in the language's words.
      expect(await h.say(person, c.every)).not.toMatch(/^Sorry/);
      expect(await h.say(person, c.stopSession)).toContain(c.still);
      expect(await h.say(person, c.stopEvery)).toMatch(c.stoppedEvery);
      expect(await h.say(person, c.list)).not.toMatch(/[A-Za-z]{3,} reminders?|change my/);
    },
  );
});

describe("a reminder before every meeting, in Chinese word orders", () => {
  it.each([
    "提醒我每次会议前15分钟",
    "每次会议前15分钟提醒我",
    "提醒我所有会议前15分钟",
    // Meetings right after the verb, no "next" or day: every meeting (it asked "remind you of what?").
    "提醒我会议开始前15分钟",
    "提醒我会议前15分钟",
  ])("%s sets one reminder before every session, answered in Chinese", async (text) => {
    const h = await harness({ modules: handlerModules, now: "2024-03-04T13:00:00Z" });
    const reply = await h.say(user("wei"), text);
    expect(reply).toMatch(/^每场会议我都会提醒您：开始前15分钟。/);
    expect(reply).not.toMatch(/提醒您什么/);
  });
});

describe("a reminder about an agenda item, read in another language", () => {
  it("my reminders and the reminder itself name the item as the data translates it", async () => {
    const h = await harness({ modules: handlerModules, now: "2024-03-06T19:00:00Z" });
    const anne = user("anne");
    expect(await h.say(anne, "remind me about capacity-building 30 minutes before")).toMatch(
      /Agenda item 5 \(continued\): Capacity-building/,
    );
    await h.say(anne, "请用中文");
    const list = await h.say(anne, "我的提醒");
    expect(list).toContain("议程项目5（续）：能力建设");
    expect(list).not.toMatch(/Agenda item|Capacity-building/);
    h.clock.set("2024-03-07T14:30:00Z"); // 30 minutes before Thursday 10:00 EST
    await h.deps.scheduler.tick();
    await h.deps.scheduler.tick();
    const sent = h.textsTo("anne").at(-1) ?? "";
    expect(sent).toContain("议程项目5（续）：能力建设");
    expect(sent).not.toMatch(/Agenda item|Capacity-building/);
  });

  it.each([
    ["fr", "language: français", "mes rappels", "Point 5 de l'ordre du jour (suite)"],
    ["es", "en español por favor", "mis recordatorios", "Tema 5 del programa (continuación)"],
    ["ru", "по-русски", "мои напоминания", "Пункт 5 повестки дня (продолжение)"],
    ["ar", "بالعربية", "تذكيراتي", "البند 5 من جدول الأعمال (تابع)"],
  ])("in %s too", async (_locale, choose, mine, label) => {
    const h = await harness({ modules: handlerModules, now: "2024-03-06T19:00:00Z" });
    const anne = user("anne");
    await h.say(anne, "remind me about capacity-building 30 minutes before");
    await h.say(anne, choose);
    const list = (await h.say(anne, mine)).replace(/[\u2066-\u2069]/g, "");
    expect(list).toContain(label);
    expect(list).not.toMatch(/Agenda item|Capacity-building/);
  });
});

// "1h", "час", "ساعة واحدة" as a reminder's new lead were read as the clock time 01:00 or as no
// count, and the reminder was left as it was (Chinese "把我的提醒改为提前1小时" already worked).
describe("changing one reminder to an hour before, in every language", () => {
  it.each([
    [
      "rappelle-moi 30 minutes avant la réception",
      "change mon rappel à 1h avant",
      /1 heure avant.*\(auparavant 30 minutes avant\)/,
    ],
    [
      "recuérdame 30 minutos antes de la recepción",
      "cambia mi recordatorio a 1h antes",
      /1 hora antes.*\(antes: 30 minutos antes\)|1 hora antes.*30 minutos antes/,
    ],
    [
      "напомни мне за 30 минут до приёма",
      "измени моё напоминание на час до начала",
      /за 1 час до начала.*было: за 30 минут до начала/,
    ],
    ["ذكرني قبل 30 دقيقة من حفل الاستقبال", "غيّر تذكيري إلى قبل ساعة واحدة", /ساعة واحدة.*30 دقيقة/s],
  ])("%s, then %s: the reminder moves to 1 hour before", async (remind, change, changed) => {
    const h = await harness({ modules: handlerModules, now: "2024-03-04T13:00:00Z" });
    const anne = user("anne");
    expect(await h.say(anne, remind)).toMatch(/30/);
    expect(await h.say(anne, change)).toMatch(changed);
  });
});

describe("reminder phrasings a tester found not understood", () => {
  it.each(["stop rappels", "supprime mes rappels"])(
    "%s stops every reminder, answered in French",
    async (text) => {
      const h = await harness({ modules: handlerModules, now: "2024-03-04T13:00:00Z" });
      const anne = user("anne");
      await h.say(anne, "rappelle-moi la réception");
      expect(await h.say(anne, text)).toMatch(/^C.est fait\u202f: 1 rappel arrêté/);
      expect(await h.say(anne, "mes rappels")).toContain("Vous n’avez aucun rappel.");
    },
  );

  it.each([
    ["напомни о приёме за полчаса", /Приём \(коктейль\): за 30 минут до начала/],
    // "بـ" written onto the number (the tatweel dropped: "ب15").
    ["ذكرني قبل كل جلسة بـ15 دقيقة", /^سأذكّرك بكل جلسة: .*15 دقيقة/],
    // A part of the day names that part's meeting, today's when no day is said.
    [
      "rappelle-moi de la séance de cet aprem 10 min avant",
      /^Je vous préviendrai pour .*Point 5 .*: 10 minutes avant lundi 4 mars, 15:00–18:00/,
    ],
    [
      "remind me about Monday afternoon 10 minutes before",
      /^I'll remind you about .*Agenda item 5: .*10 minutes before Mon 4 Mar, 3:00 PM/,
    ],
    ["remind me this afternoon", /^I'll remind you about .*15 minutes before Mon 4 Mar, 3:00 PM/],
  ])("%s sets the reminder with its lead", async (text, answer) => {
    const h = await harness({ modules: handlerModules, now: "2024-03-04T13:00:00Z" });
    expect(await h.say(user("ivan"), text)).toMatch(answer);
  });
});
