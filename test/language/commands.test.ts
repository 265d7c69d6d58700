/**
 * The command words of the delegate- and POC-facing features: one whole-message command
 * read in each of the six languages, the data complete per locale, and the one table of
 * number words shared by reminders and RSVPs.
 */
import { describe, expect, it } from "vitest";
import { COMMAND_IDS, COMMAND_WORDS } from "../../bot/language/commands.js";
import { commandOf, numberWord, phraseVariants } from "../../bot/language/compile.js";
import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { toPivot } from "../../bot/language/pivot.js";
import { leadOf } from "../../handlers/reminders/parse.js";

describe("command words", () => {
  it("every language has words for every command", () => {
    for (const [locale, words] of Object.entries(COMMAND_WORDS))
      for (const id of COMMAND_IDS) expect(words.commands[id].length, `${locale} ${id}`).toBeGreaterThan(0);
  });

  it("no phrase means two commands in one language", () => {
    for (const [locale, words] of Object.entries(COMMAND_WORDS)) {
      const seen = new Map<string, string>();
      for (const id of COMMAND_IDS)
        for (const variant of words.commands[id].flatMap(phraseVariants)) {
          expect(seen.get(variant) ?? id, `${locale} "${variant}"`).toBe(id);
          seen.set(variant, id);
        }
    }
  });

  it.each([
    ["help", "help", "en"],
    ["What can you do?", "help", "en"],
    ["aide", "help", "fr"],
    ["ayuda", "help", "es"],
    ["помощь", "help", "ru"],
    ["帮助", "help", "zh"],
    ["مساعدة", "help", "ar"],
    ["show my reminders", "myReminders", "en"],
    ["Mes rappels ?", "myReminders", "fr"],
    ["muéstrame mis recordatorios", "myReminders", "es"],
    ["Покажи мои напоминания", "myReminders", "ru"],
    ["查看 我的提醒", "myReminders", "zh"],
    ["اعرض تذكيراتي", "myReminders", "ar"],
    ["unsubscribe", "stopReminders", "en"],
    ["arrêter les rappels", "stopReminders", "fr"],
    ["stop rappels", "stopReminders", "fr"],
    ["supprime mes rappels", "stopReminders", "fr"],
    ["cancelar mis recordatorios", "stopReminders", "es"],
    ["отменить все напоминания", "stopReminders", "ru"],
    ["取消所有提醒", "stopReminders", "zh"],
    ["أوقف كل التذكيرات", "stopReminders", "ar"],
    ["ping test received", "acknowledgePing", "en"],
    ["Bien reçu !", "acknowledgePing", "fr"],
    ["recibido", "acknowledgePing", "es"],
    ["получено", "acknowledgePing", "ru"],
    ["已收到", "acknowledgePing", "zh"],
    ["تمّ الاستلام", "acknowledgePing", "ar"],
    ["mon fuseau horaire c'est quoi ?", "myTimeZone", "fr"],
    ["c'est quoi mon fuseau horaire", "myTimeZone", "fr"],
    ["mon fuseau c quoi", "myTimeZone", "fr"],
    // Typed on a phone: no apostrophe, no accent, a comma, colloquial words.
    ["j ai bien recu le ping", "acknowledgePing", "fr"],
    ["J'ai bien reçu le ping.", "acknowledgePing", "fr"],
    ["recu le ping merci", "acknowledgePing", "fr"],
    ["recibi el ping", "acknowledgePing", "es"],
    ["ping recibido, gracias", "acknowledgePing", "es"],
    ["получил пинг", "acknowledgePing", "ru"],
    ["получено, спасибо", "acknowledgePing", "ru"],
    ["收到了", "acknowledgePing", "zh"],
    ["ping收到了", "acknowledgePing", "zh"],
    ["وصلني", "acknowledgePing", "ar"],
    ["استلمت الرسالة", "acknowledgePing", "ar"],
    ["got the ping", "acknowledgePing", "en"],
    ["I've received the ping", "acknowledgePing", "en"],
    ["received, thanks", "acknowledgePing", "en"],
    ["my technical details", "myDetails", "en"],
    ["mes coordonnées", "myDetails", "fr"],
    ["mis datos de contacto", "myDetails", "es"],
    ["мои данные", "myDetails", "ru"],
    ["我的联系方式", "myDetails", "zh"],
    ["بياناتي", "myDetails", "ar"],
    ["how to rsvp for the reception", "rsvpHelp", "en"],
    ["怎么回复出席", "rsvpHelp", "zh"],
    ["如何确认出席", "rsvpHelp", "zh"],
    ["como confirmo asistencia", "rsvpHelp", "es"],
    ["cómo confirmar mi asistencia", "rsvpHelp", "es"],
    ["كيف أؤكد الحضور", "rsvpHelp", "ar"],
    ["comment confirmer ma présence", "rsvpHelp", "fr"],
    ["annule ma réponse", "cancelRsvp", "fr"],
    ["cancela mi rsvp", "cancelRsvp", "es"],
    ["отмени мой ответ", "cancelRsvp", "ru"],
    ["取消我的回复", "cancelRsvp", "zh"],
    ["ألغ ردي", "cancelRsvp", "ar"],
    ["renouveler mon lien de calendrier", "resetCalendarLink", "fr"],
    ["mi calendario", "calendarLink", "es"],
  ])("%j is %s in %s", (text, id, locale) => {
    expect(commandOf(text)).toEqual({ id, locale });
  });

  it.each(["what's on today?", "my", "show", "i", "", "stop the ping reminders", "rappels demain"])(
    "%j is no whole-message command",
    (text) => {
      expect(commandOf(text)).toBeUndefined();
    },
  );

  it("one table of number words for reminder leads and numbers of experts", () => {
    expect(numberWord("forty-five")).toBe(45);
    expect(numberWord("Half an")).toBe(0.5);
    expect(numberWord("no")).toBe(0);
    expect(leadOf("a quarter of an hour before")).toBe(15);
    expect(leadOf("forty five minutes")).toBe(45);
    expect(leadOf("twelve hours before")).toBe(720);
  });

  it("reads a reminder command in another language into the feature's words", () => {
    const fr = LOCALE_WORDS.fr;
    const ru = LOCALE_WORDS.ru;
    if (!fr || !ru) throw new Error("French and Russian are registered");
    // "prochaine séance" is the programme's "next" (the French words' own term wins).
    expect(toPivot("Rappelle-moi dix minutes avant la prochaine séance", fr).text).toBe(
      "remind me 10 minutes before next",
    );
    // "за" is "before" too ("за 10 минут" alone is the usual lead): the grammar reads the lead
    // "10 minutes before" and drops the word "before" left in front of what it is for.
    expect(toPivot("напомни мне за 10 минут до следующего заседания", ru).text).toBe(
      "remind me before 10 minutes before next",
    );
    expect(toPivot("напомни мне о приеме за 30 минут", ru).text).toBe(
      "remind me reception before 30 minutes",
    );
    expect(toPivot("спасибо за помощь", ru).text).toBe("thanks");
  });

  it.each([
    ["fr", "ajoute jeudi à mon calendrier", "add thursday to my calendar"],
    ["fr", "ajoute le renforcement des capacités à mon calendrier", "add capacity-building to my calendar"],
    ["fr", "ajoute tout le programme à mon calendrier", "add the whole programme to my calendar"],
    ["fr", "arrête les avis de modification", "stop change notices"],
    ["fr", "reprends les avis de modification", "start change notices"],
    ["es", "añade el jueves a mi calendario", "add thursday to my calendar"],
    ["es", "añade el fomento de la capacidad a mi calendario", "add capacity-building to my calendar"],
    ["es", "añade todo el programa a mi calendario", "add the whole programme to my calendar"],
    ["es", "desactiva los avisos de cambios", "stop change notices"],
    ["es", "activa los avisos de cambios", "start change notices"],
    ["ru", "добавь четверг в мой календарь", "add thursday to my calendar"],
    ["ru", "добавь наращивание потенциала в мой календарь", "add capacity-building to my calendar"],
    ["ru", "добавь всю программу в мой календарь", "add the whole programme to my calendar"],
    ["ru", "отключи уведомления об изменениях", "stop change notices"],
    ["ru", "включи уведомления об изменениях", "start change notices"],
    ["zh", "把周四加入我的日历", "add thursday to my calendar"],
    ["zh", "把能力建设加入我的日历", "add capacity-building to my calendar"],
    ["zh", "把全部日程加入我的日历", "add the whole programme to my calendar"],
    ["zh", "停止变更通知", "stop change notices"],
    ["zh", "恢复变更通知", "start change notices"],
    ["ar", "أضف الخميس إلى تقويمي", "add thursday to my calendar"],
    ["ar", "أضف بناء القدرات إلى تقويمي", "add capacity-building to my calendar"],
    ["ar", "أضف البرنامج كاملا إلى تقويمي", "add the whole programme to my calendar"],
    ["ar", "أوقف إشعارات التغيير", "stop change notices"],
    ["ar", "استأنف إشعارات التغيير", "start change notices"],
  ])("%s: %s reads as the calendar or change-notice command %s", (locale, text, english) => {
    const words = LOCALE_WORDS[locale];
    if (!words) throw new Error(`${locale} is registered`);
    expect(toPivot(text, words).text).toBe(english);
    // A phrase of the features, not a whole-message command of another meaning.
    expect(commandOf(text)).toBeUndefined();
  });
});
