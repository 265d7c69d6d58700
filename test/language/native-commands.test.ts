/**
 * What the bot tells a French, Spanish, Russian, Chinese or Arabic reader to type is a
 * command it understands in that language, and nothing it shows them is left in English:
 * each quoted example of the POC answers (changing a field, working hours, the technical or
 * diplomatic record), of the help card (calendar, change notices) and of the time-zone and
 * change-notice answers is typed back, through the real bot, and does what it says; the
 * e-mail change notes and the reception's title after a preposition are in the language.
 */
import { describe, expect, it } from "vitest";
import { FEATURES, say } from "../../bot/language/messages.js";
import { handlerModules } from "../../handlers/index.js";
import { ACTIONS, shownValue } from "../../handlers/poc/cards.js";
import {
  button,
  buttonsOf,
  directoryCsv,
  pocBot,
  SECRETARIAT,
  type Sent,
  textOf,
  type User,
  user,
} from "../poc/support.js";
import { leftInEnglish } from "../support/english.js";

const LOCALES = ["fr", "es", "ru", "zh", "ar"] as const;

const CHOICE: Readonly<Record<string, string>> = {
  fr: "langue : français",
  es: "en español por favor",
  ru: "по-русски",
  zh: "请用中文",
  ar: "بالعربية",
};

/** "My details" and "help" in each language. */
const MY_DETAILS: Readonly<Record<string, string>> = {
  fr: "mes coordonnées",
  es: "mis datos",
  ru: "мои данные",
  zh: "我的资料",
  ar: "بياناتي",
};
const HELP: Readonly<Record<string, string>> = {
  fr: "aide",
  es: "ayuda",
  ru: "помощь",
  zh: "帮助",
  ar: "مساعدة",
};

/** "My time zone is Tokyo" in each language. */
const ZONE_TOKYO: Readonly<Record<string, string>> = {
  fr: "mon fuseau horaire est Tokyo",
  es: "mi zona horaria es Tokio",
  ru: "мой часовой пояс Токио",
  zh: "我的时区是东京",
  ar: "منطقتي الزمنية هي طوكيو",
};

/** Words of an English command, or an English day, inside a quote. */
const ENGLISH_COMMAND =
  /(?<!\p{L})(?:my|add|change|reset|notices|calendar|phone|technical|to)(?!\p{L})|(?<!\p{L})(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?!\p{L})/u;

/** The quoted parts of a text: «…», “…”, "…". */
function quotes(text: string): string[] {
  return [...text.replace(/[\u2066-\u2069]/g, "").matchAll(/«\s?([^»]*?)\s?»|“([^”]*)”|"([^"]*)"/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? "",
  );
}

/** A quoted English command, or an English sentence, in a reader's text; undefined when none. */
function englishIn(locale: string, text: string): string | undefined {
  const quoted = quotes(text).find((quote) => ENGLISH_COMMAND.test(quote));
  return quoted === undefined ? leftInEnglish(locale, text) : `quotes "${quoted}"`;
}

/** The one quoted example of a message: what it tells the reader to type. */
function exampleOf(message: string, index = 0): string {
  const found = quotes(message)[index];
  if (found === undefined) throw new Error(`no quoted example in: ${message}`);
  return found;
}

/** The example with its "…" filled with a value. */
const filled = (example: string, value: string) => example.replace(/\s*…\s*$/, value ? ` ${value}` : "");

async function pocOf(
  locale: string,
  types: readonly ("technical" | "diplomatic")[] = ["technical"],
  timeZone = "UTC",
) {
  const bot = await pocBot({
    now: "2024-03-04T08:00:00-05:00",
    modules: handlerModules,
    env: { PUBLIC_URL: "https://bot.example.org" },
  });
  const me = user("amina", "amina.diallo@example.org", "Europe/Zurich");
  await bot.say(
    SECRETARIAT,
    `import poc directory\n${directoryCsv(types.map((type) => ({ state: "KEN", type, emails: me.email ?? "", time_zone: timeZone })))}`,
  );
  await bot.say(
    SECRETARIAT,
    `import roster\nemail,name,state,roles\n${me.email},Amina Diallo,KEN,head of delegation`,
  );
  await bot.say(me, CHOICE[locale] ?? "");
  const said = async (who: User, text: string): Promise<[Sent[], string]> => {
    const sent = await bot.say(who, text);
    return [sent, textOf(sent).replace(/[\u2066-\u2069]/g, "")];
  };
  return { bot, me, said };
}

const t = (locale: string, key: string, values?: Record<string, string>) =>
  say(locale, key, values).replace(/[\u2066-\u2069]/g, "");

describe("the POC answers' examples are commands in the reader's language", () => {
  it.each(LOCALES)(
    "%s: the card, a missing value, working hours and a new e-mail address",
    async (locale) => {
      const { bot, me, said } = await pocOf(locale);
      const field = (id: string) => t(locale, `poc.field.${id}`);

      const [, card] = await said(me, MY_DETAILS[locale] ?? "");
      expect(card).toContain(t(locale, "poc.own.footer"));
      expect(englishIn(locale, t(locale, "poc.own.footer")), card).toBeUndefined();
      // The working hours on the card are in the language too (stored as "09:00-17:00 Mon-Fri").
      expect(card).not.toMatch(/\bMon-Fri\b/);

      // The card's example, typed: a preview of the change.
      const [preview] = await said(me, exampleOf(t(locale, "poc.own.footer")));
      expect(buttonsOf(preview).map((b) => b.actionId)).toContain(ACTIONS.changeConfirm);
      await bot.click(me, button(preview, ACTIONS.changeCancel));

      // A change with no value: the answer's example, typed with the value, is understood.
      const emptyPhone = t(locale, "poc.error.emptyValue", { field: field("phone") });
      expect(englishIn(locale, emptyPhone)).toBeUndefined();
      const [, empty] = await said(me, filled(exampleOf(emptyPhone), ""));
      expect(empty).toBe(emptyPhone);
      const [typed] = await said(me, filled(exampleOf(empty), "+254 20 7654321"));
      expect(buttonsOf(typed).map((b) => b.actionId)).toContain(ACTIONS.changeConfirm);
      await bot.click(me, button(typed, ACTIONS.changeCancel));

      // Working hours: the span and the days each answer shows are read back.
      const changeHours = exampleOf(t(locale, "poc.error.emptyValue", { field: field("hours") }));
      const [, badSpan] = await said(me, filled(changeHours, "9-5"));
      expect(englishIn(locale, badSpan), badSpan).toBeUndefined();
      const span = exampleOf(badSpan, 1);
      expect(span).toMatch(/^09:00-17:00 \S+$/);
      const [, badDays] = await said(me, filled(changeHours, "09:00-17:00 xyz"));
      expect(englishIn(locale, badDays), badDays).toBeUndefined();
      const sunToThu = exampleOf(badDays, 2);
      const [hoursPreview, hoursText] = await said(me, filled(changeHours, `08:00-16:00 ${sunToThu}`));
      expect(hoursText).not.toMatch(/\b(?:Mon|Sun|Thu|Fri)\b/);
      await bot.click(me, button(hoursPreview, ACTIONS.changeConfirm));
      expect((await bot.directory.get("KEN:technical"))?.hours).toEqual({
        start: "08:00",
        end: "16:00",
        days: ["Mon", "Tue", "Wed", "Thu", "Sun"],
      });
      const [spanPreview] = await said(me, filled(changeHours, span));
      await bot.click(me, button(spanPreview, ACTIONS.changeConfirm));
      expect((await bot.directory.get("KEN:technical"))?.hours?.days).toEqual([
        "Mon",
        "Tue",
        "Wed",
        "Thu",
        "Fri",
      ]);

      // A new e-mail address: the notes and the answer are in the language.
      const changeEmails = exampleOf(t(locale, "poc.error.emptyValue", { field: field("emails") }));
      const [emailPreview, emailText] = await said(
        me,
        filled(changeEmails, `${me.email}; new.amina@example.org`),
      );
      expect(emailText).toContain(t(locale, "poc.emailNewAddresses"));
      expect(englishIn(locale, t(locale, "poc.emailNewAddresses"))).toBeUndefined();
      const done = textOf(await bot.click(me, button(emailPreview, ACTIONS.changeConfirm))).replace(
        /[\u2066-\u2069]/g,
        "",
      );
      expect(done).toBe(t(locale, "poc.newEmails", { list: "new.amina@example.org" }));
      // The address is data, written as it is.
      expect(englishIn(locale, done.replace("new.amina@example.org", ""))).toBeUndefined();
    },
  );

  it.each(LOCALES)("%s: a POC of both records is shown how to name the technical one", async (locale) => {
    const { bot, me, said } = await pocOf(locale, ["technical", "diplomatic"]);
    const phone = t(locale, "poc.field.phone");
    const changePhone = exampleOf(t(locale, "poc.error.emptyValue", { field: phone }));
    const [, which] = await said(me, filled(changePhone, "+254 20 7654321"));
    expect(exampleOf(which)).toBe(exampleOf(t(locale, "poc.error.whichType", { state: "—", field: phone })));
    expect(englishIn(locale, which)).toBeUndefined();
    const [preview] = await said(me, filled(exampleOf(which), "+254 20 7654321"));
    await bot.click(me, button(preview, ACTIONS.changeConfirm));
    expect(JSON.stringify((await bot.directory.get("KEN:technical"))?.phone)).toMatch(/7654321/);
    expect(JSON.stringify((await bot.directory.get("KEN:diplomatic"))?.phone)).not.toMatch(/7654321/);
  });
});

describe("a POC of both records who confirms", () => {
  it.each([
    ["fr", "je confirme"],
    ["es", "confirmo"],
    ["ru", "подтверждаю"],
    ["zh", "确认"],
    ["ar", "أؤكد"],
  ])(
    "%s: is asked which, in the language, and the example names the technical one",
    async (locale, confirm) => {
      const { me, said } = await pocOf(locale, ["technical", "diplomatic"]);
      const [, which] = await said(me, confirm);
      expect(which).toBe(t(locale, "poc.whichConfirm", { state: "KEN" }));
      expect(englishIn(locale, which.replace("KEN", ""))).toBeUndefined();
      const [card, text] = await said(me, exampleOf(which));
      expect(buttonsOf(card).map((b) => b.actionId)).toContain(ACTIONS.confirm);
      // The technical record's card, not the diplomatic one's.
      expect(text).toContain(t(locale, "poc.type.technical"));
      expect(text).not.toContain(t(locale, "poc.type.diplomatic"));
    },
  );
});

describe("a POSIX offset zone on the card", () => {
  it.each([
    ["fr", "Etc/GMT+3 (soit UTC−3)"],
    ["es", "Etc/GMT+3 (es decir, UTC−3)"],
    ["ru", "Etc/GMT+3 (то есть UTC−3)"],
    ["zh", "Etc/GMT+3（即UTC−3）"],
    ["ar", "Etc/GMT+3 (أي UTC−3)"],
  ])("%s: the note on its sign is in the language", async (locale, shown) => {
    const { me, said } = await pocOf(locale, ["technical"], "Etc/GMT+3");
    const [, card] = await said(me, MY_DETAILS[locale] ?? "");
    expect(card).toContain(shown);
    expect(card).not.toContain("that is");
  });
});

describe("a POSIX offset zone in a change's before and after", () => {
  it.each([
    ["fr", "Etc/GMT+3 (soit UTC−3)"],
    ["zh", "Etc/GMT+3（即UTC−3）"],
    ["ar", "Etc/GMT+3 (أي UTC−3)"],
  ])("%s: the stored English note is shown in the language", (locale, shown) => {
    // The preview's before and after are stored as the audit trail reads them (English).
    expect(shownValue("timeZone", "Etc/GMT+3 (that is UTC−3)", locale).replace(/[\u2066-\u2069]/g, "")).toBe(
      shown,
    );
    expect(shownValue("timeZone", "Africa/Nairobi", locale)).toBe("Africa/Nairobi");
    expect(shownValue("timeZone", "—", locale)).toBe("—");
  });
});

describe("the help card and the answers that quote a command", () => {
  /** One help section's example lines, each without its parenthesised note. */
  const examples = (locale: string, module: string): string[] => {
    const help = FEATURES[locale]?.help as { modules: Record<string, { examples: string }> } | undefined;
    return (help?.modules[module]?.examples ?? "")
      .split("\n")
      .map((line) => line.replace(/\s*[(（].*$/u, "").trim());
  };

  it.each(LOCALES)(
    "%s: no English on the help card; its calendar and change-notice lines work",
    async (locale) => {
      const { me, said } = await pocOf(locale);
      const [, help] = await said(me, HELP[locale] ?? "");
      for (const english of [
        "(en anglais",
        "(en inglés",
        "по-английски",
        "用英文",
        "بالإنجليزية",
        "add Thursday",
      ])
        expect(help).not.toContain(english);
      for (const line of [...examples(locale, "calendar"), ...examples(locale, "revisions")])
        expect(ENGLISH_COMMAND.test(line), line).toBe(false);

      // "Add Thursday / a topic / the whole programme to my calendar": a calendar link, not a programme answer.
      const adds = examples(locale, "calendar").slice(2);
      expect(adds).toHaveLength(3);
      for (const add of adds) {
        const [, answer] = await said(me, add);
        expect(answer, add).toContain("https://bot.example.org/calendar/");
      }

      // Change notices off and on, and the command the "off" answer quotes.
      const [off, on] = examples(locale, "revisions");
      const [, stopped] = await said(me, off ?? "");
      expect(stopped).toBe(t(locale, "changeNotices.off"));
      expect(englishIn(locale, stopped)).toBeUndefined();
      const [, started] = await said(me, exampleOf(stopped));
      expect(started).toBe(t(locale, "changeNotices.on"));
      expect((await said(me, on ?? ""))[1]).toBe(t(locale, "changeNotices.on"));
      // The programme-change notice's footer quotes the "off" command in the language.
      expect(exampleOf(t(locale, "revisions.noticeFooter"))).toBe(off);
    },
  );

  it.each(LOCALES)("%s: the time-zone answer quotes the reset command in the language", async (locale) => {
    // Someone who is not a POC (a POC's zone is their directory record's).
    const { said } = await pocOf(locale);
    const lena = user("lena", "lena.delegate@example.org", "Europe/Zurich");
    await said(lena, CHOICE[locale] ?? "");
    const [, chosen] = await said(lena, ZONE_TOKYO[locale] ?? "");
    expect(englishIn(locale, chosen), chosen).toBeUndefined();
    const [, reset] = await said(lena, exampleOf(chosen));
    const done = t(locale, "timeZone.resetApp", { zone: "{{zone}}" }).split("{{zone}}")[0] ?? "";
    expect(reset.startsWith(done), reset).toBe(true);
  });
});

describe("the reception's title after a preposition", () => {
  it.each([
    ["fr", "rsvp oui", "à la réception (cocktail)", "à Réception"],
    ["es", "rsvp sí", "a la recepción (cóctel)", "a Recepción"],
  ])("%s: %s", async (locale, command, wanted, unwanted) => {
    const { me, said } = await pocOf(locale);
    const [, answer] = await said(me, command);
    expect(answer).toContain(wanted);
    expect(answer).not.toContain(unwanted);
  });
});

describe("the answers for something not in the programme quote commands in the language", () => {
  /** "The cherry party" or "lunch": nothing the programme holds, in each language. */
  const NOT_IN_PROGRAMME: Readonly<Record<string, { add: string; stop: string }>> = {
    fr: {
      add: "ajoute la fête des cerises à mon calendrier",
      stop: "arrête le rappel de la fête des cerises",
    },
    es: { add: "añade el almuerzo a mi calendario", stop: "deja de recordarme el almuerzo" },
    ru: { add: "добавь обед в мой календарь", stop: "отмени напоминания об обеде" },
    zh: { add: "把午餐加入我的日历", stop: "取消午餐的提醒" },
    ar: { add: "أضف الغداء إلى تقويمي", stop: "أوقف تذكيرات الغداء" },
  };

  it.each(LOCALES)("%s: adding it to the calendar, and stopping its reminder", async (locale) => {
    const { me, said } = await pocOf(locale);
    const words = NOT_IN_PROGRAMME[locale] ?? { add: "", stop: "" };

    // Not quoted back (the words were read through the pivot's English), no English.
    const [, notFound] = await said(me, words.add);
    expect(notFound).toBe(t(locale, "calendar.notFoundUnquoted"));
    expect(englishIn(locale, notFound), notFound).toBeUndefined();
    for (const example of quotes(notFound)) {
      const [, answer] = await said(me, example);
      expect(answer, example).toContain("https://bot.example.org/calendar/");
    }

    const [, noReminder] = await said(me, words.stop);
    expect(noReminder).toBe(t(locale, "reminders.error.stopNotFoundUnquoted"));
    expect(englishIn(locale, noReminder), noReminder).toBeUndefined();
    const [, list] = await said(me, exampleOf(noReminder));
    expect(list).toContain(t(locale, "reminders.empty"));
  });
});
