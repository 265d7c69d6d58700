/**
 * The grammars with slots (`bot/language/grammar.ts`), compiled from lexicon data: the template
 * notation, reminders in six languages (other languages through the pivot, as the bot reads
 * them) and RSVP answers in six languages (their own words, names kept as written).
 */
import { describe, expect, it } from "vitest";
import { InputError } from "../../bot/errors.js";
import { COMMAND_WORDS } from "../../bot/language/commands.js";
import { mayNamePocField, phraseVariants } from "../../bot/language/compile.js";
import {
  broadcastGrammar,
  cueOf,
  phrases,
  pocGrammar,
  REMINDER_COMMAND_PARTS,
  reminderGrammar,
  revisionGrammar,
  rsvpGrammar,
  templateSource,
  writtenLanguage,
} from "../../bot/language/grammar.js";
import { arabicGrammar } from "../../bot/language/locales/ar/grammar.js";
import { englishGrammar } from "../../bot/language/locales/en/grammar.js";
import { spanishGrammar } from "../../bot/language/locales/es/grammar.js";
import { frenchGrammar } from "../../bot/language/locales/fr/grammar.js";
import { russianGrammar } from "../../bot/language/locales/ru/grammar.js";
import { chineseGrammar } from "../../bot/language/locales/zh/grammar.js";
import { LOCALE_WORDS } from "../../bot/language/locales.js";
import { normalizeText } from "../../bot/language/normalise.js";
import { toPivot } from "../../bot/language/pivot.js";
import {
  importCsvOf,
  MY_DETAILS,
  parseChange,
  parseConfirm,
  parseHistory,
  parseLookup,
  WHO_HAS_NOT_CONFIRMED,
} from "../../handlers/poc/parse.js";
import { parseRemind, readReminderCommand } from "../../handlers/reminders/parse.js";
import { parseRsvp, RSVP_MESSAGE } from "../../handlers/rsvp/parse.js";

describe("the template notation", () => {
  it.each([
    ["[all] [my|the] reminders", "all the reminders", true],
    ["[all] [my|the] reminders", "reminders", true],
    ["[all] [my|the] reminders", "my all reminders", false],
    ["(every|each|all) [[of] the] (session|sessions)", "all of the sessions", true],
    ["(every|each|all) [[of] the] (session|sessions)", "each session", true],
    ["(every|each|all) [[of] the] (session|sessions)", "of the sessions", false],
    ["(don't|do not) remind (me|us)", "dont remind me", true],
    ["(don't|do not) remind (me|us)", "don’t  remind us", true],
    ["stop sending [me|us]", "stop sending", true],
    ["(remove|drop) … from my reminders", "drop the ping test from my reminders", true],
  ])("%s reads %j: %s", (template, text, expected) => {
    expect(new RegExp(`^(?:${templateSource(template)})$`, "i").test(text)).toBe(expected);
  });

  it("a list is tried longest first, and an empty list matches nothing", () => {
    expect(new RegExp(`^(?:${phrases(["stop", "stop sending"])})`).exec("stop sending")?.[0]).toBe(
      "stop sending",
    );
    expect(new RegExp(`^(?:${phrases([])})$`).test("")).toBe(false);
  });
});

/** A reminder command as the bot reads it: in English as written, otherwise through the pivot. */
function remind(locale: string, text: string): unknown {
  const words = LOCALE_WORDS[locale];
  const read = words ? toPivot(text, words).text : text;
  const command = readReminderCommand(read);
  if (command?.kind !== "remind") return command;
  try {
    return parseRemind(command.rest);
  } catch (error) {
    if (error instanceof InputError) return "refused";
    throw error;
  }
}

/** The grammars of the six languages, English first. */
const SIX_GRAMMARS = [
  englishGrammar,
  frenchGrammar,
  spanishGrammar,
  russianGrammar,
  chineseGrammar,
  arabicGrammar,
];

describe("a grammar's cue: the words a message must hold for its matchers to run", () => {
  it("looks for the required part whose shortest word is longest, a group by all its words", () => {
    const cue = cueOf([["(set|add) [me] [a|an] (reminder|alert)"], ["(change|make) (it|that) [to]"]], "i");
    expect(cue.test("Set me an ALERT")).toBe(true);
    expect(cue.test("make that 10 minutes")).toBe(true);
    // "that", "me", "an" are not looked for: a required part with longer words is.
    expect(cue.test("what's on that afternoon?")).toBe(false);
    expect(cue.test("is there an event for me?")).toBe(false);
  });

  it("looks for a stem by its letters", () => {
    const cue = cueOf([["confirm* [it]"]], "iu");
    expect(cue.test("je confirme")).toBe(true);
    expect(cue.test("je valide")).toBe(false);
  });

  it("looks for a word with an apostrophe by its longest part, since the apostrophe may be left out", () => {
    const cue = cueOf([["j'assisterai"]], "iu");
    expect(cue.test("jassisterai à la réception")).toBe(true);
    expect(cue.test("j’assisterai")).toBe(true);
  });

  it("every RSVP statement lead, in every language, holds the RSVP grammar's statement cue", () => {
    const grammars = SIX_GRAMMARS;
    const leads = grammars.flatMap((grammar) => [
      ...(grammar.rsvp?.statementDeclined ?? []),
      ...(grammar.rsvp?.statementTentative ?? []),
      ...(grammar.rsvp?.statementAttending ?? []),
    ]);
    expect(leads.length).toBeGreaterThan(20);
    const read = rsvpGrammar();
    const missed = leads
      .flatMap(phraseVariants)
      .filter(
        (lead) =>
          read.statementOf(`${lead} à la réception`) === undefined &&
          read.statementOf(`${lead} reception`) === undefined,
      );
    expect(missed).toEqual([]);
  });

  it("every RSVP withdrawal naming its event, in every language, holds the RSVP grammar's cancelFor cue", () => {
    const grammars = SIX_GRAMMARS;
    const phrasesOfAll = grammars.flatMap((grammar) => grammar.rsvp?.cancelFor ?? []);
    expect(phrasesOfAll.length).toBeGreaterThan(4);
    const read = rsvpGrammar();
    const missed = phrasesOfAll
      .flatMap(phraseVariants)
      .filter((phrase) => read.cancelForOf(phrase.replace("…", "reception")) === undefined);
    expect(missed).toEqual([]);
  });

  it("every bare RSVP statement lead of a spaced language is still read alone", () => {
    const grammars = [englishGrammar, frenchGrammar, spanishGrammar, russianGrammar, arabicGrammar];
    const leads = grammars.flatMap((grammar) => [
      ...(grammar.rsvp?.statementDeclined ?? []),
      ...(grammar.rsvp?.statementTentative ?? []),
      ...(grammar.rsvp?.statementAttending ?? []),
    ]);
    const read = rsvpGrammar();
    const missed = leads
      .flatMap(phraseVariants)
      .filter((lead) => lead.length <= 60 && read.bareStatementOf(lead) === undefined);
    expect(missed).toEqual([]);
  });

  it("every RSVP report phrase holds the report cue", () => {
    const w = englishGrammar.rsvp;
    const spellings = [...w.report, ...w.whoIsComing.map((phrase) => `${phrase} reception`)].flatMap(
      phraseVariants,
    );
    const { report, reportCue } = rsvpGrammar();
    expect(spellings.filter((spelling) => report.some((pattern) => pattern.test(spelling)))).toEqual(
      spellings,
    );
    expect(spellings.filter((spelling) => !reportCue.test(spelling))).toEqual([]);
    expect(reportCue.test("reception RSVPs")).toBe(true);
    expect(reportCue.test("what's on this afternoon?")).toBe(false);
  });

  it("every confirmation of one's record, in every language, typed or without accents, holds the POC grammar's cue", () => {
    const lists = SIX_GRAMMARS.map((grammar) => grammar.poc?.confirm ?? []);
    const spellings = lists.flat().flatMap(phraseVariants);
    expect(spellings.length).toBeGreaterThan(50);
    const grammar = pocGrammar();
    expect(
      spellings.filter(
        (spelling) => !grammar.mayConfirm(spelling) || !grammar.mayConfirm(normalizeText(spelling)),
      ),
    ).toEqual([]);
    expect(grammar.mayConfirm("what's on this afternoon?")).toBe(false);
  });

  it("refuses a phrase with no required word of letters, whose cue would skip messages it matches", () => {
    expect(() => cueOf([["[please] …"]], "i")).toThrow(/No required word/);
    expect(() => cueOf([["(+|never) …"]], "i")).toThrow(/No required word/);
  });

  it("the reminder grammar's cue is in every spelling of every phrase its command matchers are built from", () => {
    const w = englishGrammar.reminders;
    const lists = REMINDER_COMMAND_PARTS.map((key) => w[key]);
    const spellings = lists.flat().flatMap(phraseVariants);
    expect(spellings.length).toBeGreaterThan(100);
    const { cue } = reminderGrammar();
    expect(spellings.filter((spelling) => !cue.test(spelling))).toEqual([]);
    // And most questions hold none of its words, so the matchers do not run on them.
    for (const question of [
      "what's on this afternoon?",
      "when does the session end",
      "who speaks at the opening",
    ])
      expect(cue.test(question)).toBe(false);
  });
});

describe("whether a message may name a POC's field (the cue before the POC change and statement matchers)", () => {
  it("finds every field name of every language, however cased, accented or spaced", () => {
    const names = Object.values(COMMAND_WORDS).flatMap(({ pocFields }) => Object.keys(pocFields ?? {}));
    expect(names.length).toBeGreaterThan(30);
    const missed = names.filter(
      (name) =>
        !mayNamePocField(`change my ${name} to x`) ||
        !mayNamePocField(name.toUpperCase()) ||
        !mayNamePocField(name.normalize("NFD").replace(/[\u0300-\u036f]/g, "")) ||
        !mayNamePocField(name.replace(/\s+/g, "  ")) ||
        !mayNamePocField(name.replace(/\s+/g, "")),
    );
    expect(missed).toEqual([]);
  });

  it("a programme question names none, so the POC matchers do not run on it", () => {
    for (const question of [
      "what's on this afternoon?",
      "qu'y a-t-il jeudi ?",
      "明天下午有什么？",
      "ماذا يوجد غدا؟",
    ])
      expect(mayNamePocField(question)).toBe(false);
  });
});

describe("reminder phrasings", () => {
  it.each([
    ["en", "remind me 15 minutes before the next session", { what: "the next session", leadMinutes: 15 }],
    ["en", "remind me the day before the reception", { what: "the reception", leadMinutes: 1440 }],
    ["en", "pls remind me half an hour b4 every session", { what: "every session", leadMinutes: 30 }],
    ["en", "could you remind me when the next session starts", { what: "the next session", leadMinutes: 0 }],
    [
      "en",
      "change my reminder to 30 minutes before",
      { kind: "change", all: false, latest: false, leadText: "30 minutes before" },
    ],
    [
      "en",
      "change all my reminders to 1 hour before",
      { kind: "change", all: true, latest: false, leadText: "1 hour before" },
    ],
    [
      "en",
      "make it an hour before",
      { kind: "change", all: false, latest: true, leadText: "an hour before" },
    ],
    ["en", "stop the ping reminders", { kind: "stop", what: "ping" }],
    ["en", "stop", { kind: "stop" }],
    ["en", "unsubscribe", { kind: "stop" }],
    ["en", "don't remind me about the reception anymore", { kind: "stop", what: "the reception" }],
    ["en", "remove the ping test from my reminders", { kind: "stop", what: "the ping test" }],
    ["en", "stop all", { kind: "stop" }],
    ["fr", "rappelle-moi 10 minutes avant la prochaine séance", { what: "next", leadMinutes: 10 }],
    ["fr", "rappelle-moi la veille de la réception", { what: "reception", leadMinutes: 1440 }],
    ["es", "recuérdame 30 minutos antes de la próxima sesión", { what: "next session", leadMinutes: 30 }],
    ["ru", "напомни за 15 минут до следующего заседания", { what: "next", leadMinutes: 15 }],
    ["zh", "下一场会议前10分钟提醒我", { what: "next session", leadMinutes: 10 }],
    ["zh", "提前10分钟提醒我下一场会议", { what: "next session", leadMinutes: 10 }],
    ["ar", "ذكرني قبل 10 دقائق من الجلسة القادمة", { what: "next session", leadMinutes: 10 }],
  ])("%s: %s", (locale, text, expected) => {
    const read = remind(locale, text);
    if ("kind" in expected) expect(read).toEqual(expected);
    else expect(read).toMatchObject(expected);
  });

  it.each([
    ["es", "recuérdame 30 minutos antes"],
    ["ru", "напомни за 15 минут до"],
    ["zh", "提前10分钟提醒我"],
    ["ar", "ذكرني قبل 10 دقائق"],
    ["fr", "rappelle-moi 10 minutes avant"],
    ["en", "remind me 10 minutes before"],
    ["en", "remind me 25 hours before the reception"],
    ["en", "remind me -5 minutes before the reception"],
    ["en", "remind me at 9am about the reception"],
  ])("%s: %s is refused with a question, not guessed", (locale, text) => {
    expect(remind(locale, text)).toBe("refused");
  });

  it("reads the units and words of a lead from the data", () => {
    const grammar = reminderGrammar();
    expect(grammar.unitMinutes("hrs")).toBe(60);
    expect(grammar.unitMinutes("weeks")).toBe(10080);
    expect(grammar.unitMinutes("fortnight")).toBeUndefined();
    expect(grammar.everySession.test("all the sessions")).toBe(true);
    expect(grammar.next.exec("the very next event")?.[1]).toBe("event");
  });
});

/** An "rsvp …" message read as the RSVP module reads it. */
function rsvp(text: string): unknown {
  const rest = text.match(RSVP_MESSAGE)?.[1];
  if (rest === undefined) return "not an rsvp";
  try {
    return parseRsvp(rest);
  } catch (error) {
    if (error instanceof InputError) return "refused";
    throw error;
  }
}

describe("RSVP answers", () => {
  it.each([
    [
      "rsvp yes with 2 experts: Ana Lima, Raj Patel",
      { status: "attending", experts: { count: 2, names: ["Ana Lima", "Raj Patel"] } },
    ],
    [
      "rsvp for the cocktail, attending with 1 expert",
      { status: "attending", eventWords: "the cocktail", experts: { count: 1, names: [] } },
    ],
    ["rsvp declined", { status: "declined" }],
    ["rsvp no, sorry", { status: "declined" }],
    ["rsvp maybe", { status: "tentative" }],
    ["rsvp attending alone", { status: "attending", experts: { count: 0, names: [] } }],
    [
      "RSVP: yes with two experts: Ana Lima and Raj Patel",
      { status: "attending", experts: { count: 2, names: ["Ana Lima", "Raj Patel"] } },
    ],
    [
      "rsvp oui avec 2 experts : Ana Lima, Raj Patel",
      { status: "attending", experts: { count: 2, names: ["Ana Lima", "Raj Patel"] } },
    ],
    ["rsvp non", { status: "declined" }],
    ["rsvp peut-être", { status: "tentative" }],
    ["rsvp oui, seule", { status: "attending", experts: { count: 0, names: [] } }],
    ["rsvp sí con un experto: Ana Lima", { status: "attending", experts: { count: 1, names: ["Ana Lima"] } }],
    ["rsvp no asistiré", { status: "declined" }],
    [
      "rsvp да с 2 экспертами: Ana Lima, Raj Patel",
      { status: "attending", experts: { count: 2, names: ["Ana Lima", "Raj Patel"] } },
    ],
    ["rsvp нет", { status: "declined" }],
    [
      "rsvp 参加，带两名专家：张伟、李娜",
      { status: "attending", experts: { count: 2, names: ["张伟", "李娜"] } },
    ],
    ["rsvp 不参加", { status: "declined" }],
    [
      "rsvp نعم مع 2 خبراء: Ana Lima, Raj Patel",
      { status: "attending", experts: { count: 2, names: ["Ana Lima", "Raj Patel"] } },
    ],
    ["rsvp ربما", { status: "tentative" }],
  ])("%s", (text, expected) => {
    expect(rsvp(text)).toMatchObject(expected);
  });

  it.each([
    "rsvp",
    "rsvp with 2 experts: Ana Lima, Raj Patel",
    "rsvp oui avec 1 expert : Ana Lima, Raj Patel",
    "rsvp yes with 2 experts: Ana Lima, Ministry of Foreign Affairs",
    "rsvp sí con 2 expertos: Ana Lima, ana lima",
  ])("%s is refused with what is wrong", (text) => {
    expect(rsvp(text)).toBe("refused");
  });

  it.each([
    ["I'll attend the reception", { locale: "en", status: "attending", rest: "the reception" }],
    ["count me in for the reception", { locale: "en", status: "attending", rest: "for the reception" }],
    ["I won't come to the reception.", { locale: "en", status: "declined", rest: "to the reception" }],
    [
      "je serai à la réception avec 1 expert",
      { locale: "fr", status: "attending", rest: "à la réception avec 1 expert" },
    ],
    ["je ne viendrai pas à la réception", { locale: "fr", status: "declined", rest: "à la réception" }],
    ["no asistiré a la recepción", { locale: "es", status: "declined", rest: "a la recepción" }],
    [
      "я буду на приёме с двумя экспертами",
      { locale: "ru", status: "attending", rest: "на приёме с двумя экспертами" },
    ],
    ["我会参加招待会，带一位专家", { locale: "zh", status: "attending", rest: "招待会，带一位专家" }],
    ["我不参加招待会", { locale: "zh", status: "declined", rest: "招待会" }],
    ["لن أحضر حفل الاستقبال", { locale: "ar", status: "declined", rest: "حفل الاستقبال" }],
    // A leading yes-word of any language.
    [
      "si, asistiré a la recepción con 1 experto: Luis Gomez",
      { locale: "es", status: "attending", rest: "a la recepción con 1 experto: Luis Gomez" },
    ],
    ["sí asistiré a la recepción", { locale: "es", status: "attending", rest: "a la recepción" }],
    ["oui je viendrai à la réception", { locale: "fr", status: "attending", rest: "à la réception" }],
    ["да, я приду на приём", { locale: "ru", status: "attending", rest: "на приём" }],
    ["是的，我会参加招待会", { locale: "zh", status: "attending", rest: "招待会" }],
    ["نعم، سأحضر حفل الاستقبال", { locale: "ar", status: "attending", rest: "حفل الاستقبال" }],
  ])("%s is a statement that one will (not) come", (text, expected) => {
    expect(rsvpGrammar().statementOf(text)).toEqual(expected);
  });

  it.each([
    "will there be a reception?",
    "I'll attend the reception?",
    "我会参加招待会吗？",
    "我会参加招待会吗",
    "سأحضر حفل الاستقبال؟",
    "who can attend the reception",
    "oui ?",
    "oui",
    "sí, ¿asistiré a la recepción?",
    "oui, je viendrai à la réception ?",
    "是的，我会参加招待会吗",
  ])("%s is no statement", (text) => {
    expect(rsvpGrammar().statementOf(text)).toBeUndefined();
  });

  it("counts experts said after the noun ('مع خبير واحد')", () => {
    expect(" مع خبير واحد".match(rsvpGrammar().withCountAfter)?.[1]).toBe("واحد");
  });

  it("a number word of any language counts experts; other words do not", () => {
    const grammar = rsvpGrammar();
    expect(grammar.countOf("deux")).toBe(2);
    expect(grammar.countOf("两")).toBe(2);
    expect(grammar.countOf("12")).toBe(12);
    expect(grammar.countOf("half an")).toBeUndefined();
    expect(grammar.countOf("several")).toBeUndefined();
  });
});

describe("the language of a message read as written (too short for detectLanguage)", () => {
  it.each([
    ["rsvp oui", "fr"],
    ["rsvp sí, con 1 experto", "es"],
    ["rsvp да", "ru"],
    ["rsvp 是", "zh"],
    ["rsvp 不是", "zh"],
    ["rsvp نعم", "ar"],
    ["rsvp oui avec 2 experts : Ana Lima", "fr"],
    ["je confirme", "fr"],
    ["我的电话改为 +86 10 1234 5678", "zh"],
    ["أؤكد", "ar"],
    ["ما هو البند 5", undefined],
    // English words, one of them no other language's: English (it brings English back).
    ["rsvp yes with 2 experts", "en"],
    ["rsvp attending", "en"],
    ["change my title to Director", "en"],
    // A POC's new value is not the message's language: "Mon" is a day here, not French "mon".
    ["change my hours to 10:00-16:00 Mon-Fri", "en"],
    ["change my working hours to 09:00-18:00 lun-ven", "en"],
    ["cambiar mi horario a 10:00-16:00 Mon-Fri", "es"],
    ["changer mes horaires en 10:00-16:00 Mon-Fri", "fr"],
    ["rsvp yes with 1 expert: Mon Ami", "en"],
    // "no" is Spanish too ("no asistiré").
    ["rsvp no", undefined],
    ["ok", undefined],
    ["10:00", undefined],
    ["KEN", undefined],
  ])("%s → %s", (text, expected) => {
    expect(writtenLanguage(text)).toBe(expected);
  });

  it.each([
    ["actually make it 1 expert, just Ana Lima", "1 expert, just Ana Lima"],
    ["make that two experts: Ana Lima, Raj Patel", "two experts: Ana Lima, Raj Patel"],
    ["make it 30 minutes before", undefined],
    ["make it the reception", undefined],
  ])("the experts changed in passing: %s", (text, experts) => {
    expect(rsvpGrammar().changeIt.exec(text)?.[1]).toBe(experts);
  });

  it("是 is attending and 不是 declined", () => {
    expect(parseRsvp("是")).toMatchObject({ status: "attending" });
    expect(parseRsvp("不是")).toMatchObject({ status: "declined" });
  });
});

describe("a POC's own details", () => {
  it.each([
    ["change my phone to +254 20 123 4567", { field: "phone", value: "+254 20 123 4567" }],
    ["chnage my phone to +254 20 123 4567", { field: "phone", value: "+254 20 123 4567" }],
    ["my 24/7 phone is +254 20 123 4567", { field: "phone247", value: "+254 20 123 4567", statement: true }],
    ["my email is now a@b.org", { field: "emails", value: "a@b.org", statement: true }],
    ["my new email is a@b.org", { field: "emails", value: "a@b.org", statement: true }],
    [
      "update my technical phone: +254 20 123 4567",
      { field: "phone", value: "+254 20 123 4567", type: "technical" },
    ],
    ["please set my working hours to 08:30-16:30 Mon-Thu", { field: "hours", value: "08:30-16:30 Mon-Thu" }],
    ["changer mon téléphone en +33 1 23 45 67 89", { field: "phone", value: "+33 1 23 45 67 89" }],
    ["mon courriel est maintenant x@y.fr", { field: "emails", value: "x@y.fr", statement: true }],
    ["cambiar mi teléfono a +34 91 123 45 67", { field: "phone", value: "+34 91 123 45 67" }],
    ["мой телефон +7 495 123 45 67", { field: "phone", value: "+7 495 123 45 67", statement: true }],
    ["измените мой телефон на +7 495 123 45 67", { field: "phone", value: "+7 495 123 45 67" }],
    ["моя почта теперь a@b.ru", { field: "emails", value: "a@b.ru", statement: true }],
    ["我的电话改为 +86 10 1234 5678", { field: "phone", value: "+86 10 1234 5678", statement: true }],
    ["把我的电话改成 +86 10 1234 5678", { field: "phone", value: "+86 10 1234 5678" }],
    [
      "我的技术联络人电话改为 +86 10 1234 5678",
      { field: "phone", value: "+86 10 1234 5678", type: "technical", statement: true },
    ],
    ["我的邮箱是 a@b.cn", { field: "emails", value: "a@b.cn", statement: true }],
    ["هاتفي +971 4 123 4567", { field: "phone", value: "+971 4 123 4567", statement: true }],
    ["هاتفي الجديد هو +971 4 123 4567", { field: "phone", value: "+971 4 123 4567", statement: true }],
    ["غيّر هاتفي إلى +971 4 123 4567", { field: "phone", value: "+971 4 123 4567" }],
    ["بريدي الإلكتروني هو a@b.ae", { field: "emails", value: "a@b.ae", statement: true }],
    ["my phone +254 20 123 4567", { field: "phone", value: "+254 20 123 4567", statement: true }],
    // The type after the field, as the answers' examples write it in these languages.
    [
      "changer téléphone technique en +33 1 23 45 67 89",
      { field: "phone", value: "+33 1 23 45 67 89", type: "technical" },
    ],
    [
      "cambiar mi teléfono técnico a +34 91 123 45 67",
      { field: "phone", value: "+34 91 123 45 67", type: "technical" },
    ],
    [
      "изменить телефон технического контактного лица на +7 495 123 45 67",
      { field: "phone", value: "+7 495 123 45 67", type: "technical" },
    ],
    [
      "غيّر الهاتف التقني إلى +971 4 123 4567",
      { field: "phone", value: "+971 4 123 4567", type: "technical" },
    ],
    ["changer heures de travail en 09:00-17:00 lun-ven", { field: "hours", value: "09:00-17:00 lun-ven" }],
    ["متى هو الاستقبال", undefined],
    ["招待会是什么时候", undefined],
    ["change my rsvp to yes", undefined],
    ["my details are correct", undefined],
    ["change my shoe size to 42", undefined],
  ])("%s", (text, expected) => {
    expect(parseChange(text)).toEqual(expected);
  });

  it.each([
    ["confirm", {}],
    ["Confirm.", {}],
    ["confrim", {}],
    ["my details are correct", {}],
    ["all correct", {}],
    ["everything is still correct", {}],
    ["confirm my technical details", { type: "technical" }],
    ["je confirme", {}],
    ["tout est correct", {}],
    ["todo correcto", {}],
    ["всё верно", {}],
    ["подтверждаю", {}],
    ["确认", {}],
    ["我的信息正确", {}],
    ["أؤكد", {}],
    ["بياناتي صحيحة", {}],
    // Naming the record, as the answer to a POC of both asks in each language.
    ["je confirme ma fiche technique", { type: "technical" }],
    ["confirmo mi registro técnico", { type: "technical" }],
    ["confirmo", {}],
    ["подтверждаю данные технического контактного лица", { type: "technical" }],
    ["确认我的技术联络人信息", { type: "technical" }],
    ["أؤكد بيانات جهة الاتصال الدبلوماسية", { type: "diplomatic" }],
    // A yes-word first, in each language.
    ["yes all correct", {}],
    ["c bon tout est correct", {}],
    ["sí, todo correcto", {}],
    ["да, всё верно", {}],
    ["是的，全部正确", {}],
    ["نعم، كل شيء صحيح", {}],
    ["yes", undefined],
    ["oui ?", undefined],
    ["да", undefined],
    ["confirm my rsvp", undefined],
    ["right", undefined],
    ["correct my phone to +254 20 123 4567", undefined],
  ])("%s", (text, expected) => {
    expect(parseConfirm(text)).toEqual(expected);
  });
});

describe("the Secretariat's broadcast commands (English words from locales/en/grammar.ts)", () => {
  const g = broadcastGrammar(["en", "fr"]);
  it.each([
    ["command", "send a broadcast to everyone: hi", "to everyone: hi"],
    ["command", "broadcast to HoDs: x", "to HoDs: x"],
    ["command", "broadcasting to all", undefined],
    ["report", "broadcast report 4cde827d", "4cde827d"],
    ["report", "broadcast status", ""],
    ["cancel", "cancel broadcast 4cde827d", "4cde827d"],
    ["original", "original language fr", "fr"],
    ["original", "original: en", "en"],
    ["original", "original is de", undefined],
    ["channelsOf", "show the channels of ann@mission.ke", "ann@mission.ke"],
    ["pocs", "all technical pocs", "technical"],
    ["pocs", "points of contact", ""],
    ["states", "delegates of kenya and france", "kenya and france"],
    ["rsvp", "people who rsvp'd maybe to the reception", "maybe"],
    ["rsvp", "those who answered for the reception", ""],
    ["attending", "guests coming to the reception", "the reception"],
    ["subscribers", "people who are subscribed to the opening session", "the opening session"],
    ["dayOnly", "on tomorrow", "tomorrow"],
    ["dayOnly", "tomorrow 9am", undefined],
  ] as const)("%s reads %j: %j", (name, text, expected) => {
    const match = (g[name] as RegExp).exec(text);
    expect(match === null ? undefined : (match[1] ?? "")).toBe(expected);
  });

  it.each([
    ["form", "new broadcast form", true],
    ["form", "broadcast", true],
    ["form", "broadcast forms", false],
    ["list", "show broadcasts?", true],
    ["audiences", "broadcast audiences", true],
    ["emailToo", "please send me announcements via e-mail as well, please", true],
    ["emailToo", "send me announcements", false],
    ["chatOnly", "announcements in chat only", true],
    ["chatOnly", "no more e-mails please", true],
    ["chatOnly", "stop sending me emails", true],
    ["chatOnly", "chat", false],
    ["allChannels", "show everyone’s channels", true],
    ["everyone", "all the delegates", true],
    ["everyone", "the delegates of kenya", false],
    ["heads", "all heads of the delegations", true],
    ["heads", "hods", true],
    ["secretariat", "the secretariat staff", true],
    ["byEmail", "to everyone, and also by e-mail too", true],
    ["byEmail", "to the e-mail team", false],
    ["ack", "to everyone requiring acknowledgement", true],
    ["ack", "to everyone (ack required)", true],
    ["ack", "to everyone with a confirmation of receipt", true],
    ["ack", "to the acknowledged experts", false],
    ["sendNow", "asap", true],
    ["sendNow", "now please", false],
  ] as const)("%s on %j: %s", (name, text, expected) => {
    expect((g[name] as RegExp).test(text)).toBe(expected);
  });

  it.each([
    ["to everyone tomorrow 9am", " "],
    ["to heads of delegation on 5th of March", " "],
    ["to everyone,3 p.m", ","],
    ["to everyone thurs", " "],
    ["to the people", undefined],
  ])("a send time may start in %j (after %j)", (text, before) => {
    const starts = [...text.matchAll(g.timeStarts)].filter((m) => (m.index ?? 0) > 0);
    expect(starts[0]?.[0]).toBe(before);
  });

  it("a past day is told apart, and the union of audiences splits on its words", () => {
    expect(g.isPastDay("Yesterday")).toBe(true);
    expect(g.isPastDay("today")).toBe(false);
    expect("hods plus kenya; technical pocs and the secretariat".split(g.unionSeparator)).toEqual([
      "hods",
      "kenya",
      "technical pocs",
      "the secretariat",
    ]);
  });
});

describe("the Secretariat's revision commands (English words from locales/en/grammar.ts)", () => {
  const g = revisionGrammar();
  it.each([
    ["publish", "yes, publish the revision", true],
    ["publish", "publish it!", true],
    ["publish", "publish the reception", false],
    ["discard", "discard", true],
    ["discard", "cancel the programme revision", true],
    ["discard", "cancel the reception", false],
    ["history", "history of the programme?", true],
    ["history", "programme versions", true],
    ["noticesOff", "no more programme change notices", true],
    ["noticesOff", "unsubscribe from notices of changes.", true],
    ["noticesOn", "resume change notices again", true],
    ["noticesOn", "resume the meeting", false],
    ["linkNotice", "Connection link changed", true],
    ["linkNotice", "linked rooms", false],
  ] as const)("%s on %j: %s", (name, text, expected) => {
    expect((g[name] as RegExp).test(text)).toBe(expected);
  });

  it.each([
    ["revise", "revise the programme:\nid: oewg-7", ["id: oewg-7"]],
    ["revise", "update programme file", [undefined]],
    ["restore", "go back to the programme version 3.", ["3"]],
    ["move", "reschedule Thursday afternoon to 3:30 PM", ["Thursday afternoon", "3:30 PM"]],
    ["room", "the room for Tuesday morning will be in Room 4", ["Tuesday morning", "Room 4"]],
    ["putInRoom", "hold the briefing in conference room 11", ["the briefing", "conference room 11"]],
    [
      "link",
      "the zoom link for the POC meeting is https://zoom.us/j/1",
      ["the POC meeting", "https://zoom.us/j/1"],
    ],
    ["cancel", "cancel the reception!", ["the reception"]],
    [
      "addSideEvent",
      "add a side-event on Wednesday 1:15–2:30 PM in Room 11 titled Cyber capacity",
      ["Wednesday 1:15–2:30 PM", "Room 11", "Cyber capacity"],
    ],
    ["trailingClock", "Wednesday at 1:15 p.m. until 2:30 pm", ["Wednesday", "at 1:15 p.m. until 2:30 pm"]],
    ["range", "10 till 11am", ["10", "11am"]],
    ["range", "10am tomorrow", undefined],
    ["bareHour", "at 3", ["3"]],
    ["bareHour", "at 15:00", undefined],
  ] as const)("%s reads %j: %j", (name, text, expected) => {
    expect((g[name] as RegExp).exec(text)?.slice(1)).toEqual(expected);
  });

  it("the filler words of a target go, and an attachment is read as the first revise command", () => {
    expect("the thursday afternoon session".replace(g.targetFiller, "").trim()).toBe("thursday afternoon");
    expect(g.revise.test(`${g.reviseCommand}\nid: x`)).toBe(true);
  });
});

describe("the POC directory's commands (English data in locales/en/grammar.ts)", () => {
  it.each([
    ["what is Kenya's technical POC's phone?", { state: "KEN", stateWords: "Kenya", type: "technical" }],
    ["show poc FRA diplomatic", { state: "FRA", stateWords: "FRA", type: "diplomatic" }],
    ["who’s the technical point of contact of the Republic of Korea", { state: "KOR", type: "technical" }],
    ["tell me the diplomatic POC of Viet Nam", { state: "VNM", type: "diplomatic" }],
    ["whats Kenya's technical POC email", { state: "KEN", type: "technical" }],
  ])("look-up %s", (text, expected) => {
    expect(parseLookup(text)).toMatchObject(expected);
  });

  it.each(["what is the weather", "show my rsvps", "technical details please"])(
    "%s is no look-up",
    (text) => {
      expect(parseLookup(text)).toBeUndefined();
    },
  );

  it.each([
    ["poc history KEN technical", { state: "KEN", type: "technical" }],
    ["audit trail of FRA diplomatic", { state: "FRA", type: "diplomatic" }],
    ["changes for KEN technical poc", { state: "KEN", type: "technical" }],
  ])("history %s", (text, expected) => {
    expect(parseHistory(text)).toMatchObject(expected);
  });

  it.each([
    ["my details", true],
    ["please show me my technical poc record", true],
    ["what are my contact details in the directory?", true],
    ["my rsvps", false],
  ])("'%s' asks for one's own record: %s", (text, asks) => {
    expect(MY_DETAILS.test(text)).toBe(asks);
  });

  it.each([
    ["who hasn't confirmed?", true],
    ["which POCs have not confirmed yet", true],
    ["escalation list", true],
    ["poc confirmation status", true],
    ["who has confirmed", false],
  ])("'%s' asks who has not confirmed: %s", (text, asks) => {
    expect(WHO_HAS_NOT_CONFIRMED.test(text)).toBe(asks);
  });

  it("reads the import command, with or without 'removing missing', keeping the CSV's lines", () => {
    expect(importCsvOf("import poc directory\nstate,type\nKEN,technical")).toEqual({
      csv: "state,type\nKEN,technical",
      removeMissing: false,
    });
    expect(importCsvOf("Import the POC directory, removing missing:\nstate,type")?.removeMissing).toBe(true);
    expect(importCsvOf("import roster\nemail")).toBeUndefined();
  });
});
