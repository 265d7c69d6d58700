/**
 * Typography of what the bot shows, in every language: the fixture answers of all six
 * languages (and a reminder, an RSVP card and the time-zone replies) rendered through the
 * real pipeline and searched for slips a native reader trips on: a double period ("2024 г.."),
 * a space before a comma, French punctuation without its narrow no-break space ("Quand: …",
 * "Rappel : …" with a plain space), a card label joined with a plain colon in Chinese.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { handlerModules } from "../../handlers/index.js";
import { harness, people, user, withRoster } from "../reminders/harness.js";
import { CHOOSE_LANGUAGE } from "../support/choose-language.js";

const Cases = z.object({
  cases: z.array(
    z.object({
      lang: z.string().optional(),
      q: z.string(),
      before: z.string().optional(),
      followUp: z.string().optional(),
      now: z.string().optional(),
      tz: z.string().optional(),
    }),
  ),
});

const fixture = (name: string) =>
  Cases.parse(JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"))).cases;

const CASES = [
  ...fixture("programme-questions.sample.json").map((c) => ({ ...c, lang: "en" })),
  ...fixture("programme-questions.multilingual.answers.json"),
];

const CHOOSE = CHOOSE_LANGUAGE;

/** Slips in any language, and those of one language; each names what it caught. */
const EVERY: ReadonlyArray<[string, RegExp]> = [
  ["a double period", /(?<![.])\.\.(?![.])|\.\u2069\./u],
  ["г. then a period", /г\.\u2069?\./u],
  ["a space before a comma", / [,،，]/u],
  ["two spaces", /[^\s] {2,}[^\s]/u],
  // "в 18:00 ((Нью-Йорк))": a message's brackets around a label that has its own.
  ["a doubled opening bracket", /\([\u2068\u2069]?\(/u],
];
/**
 * Bracket and punctuation slips of Russian and Chinese, checked on every answer: the programme
 * answers of the fixtures ("纽约时间 (未说明结束时间)", "18:30 (Нью-Йорк) (время окончания не
 * указано)" were such slips), reminders, RSVP replies and conversions.
 */
const BRACKETS: Readonly<Record<string, ReadonlyArray<[string, RegExp]>>> = {
  // Two brackets in a row: "18:30 (Нью-Йорк) (…)", "(Цюрих))".
  ru: [["two brackets in a row", /\)[\u2068\u2069]?\s?[()]/u]],
  zh: [
    // Chinese brackets and punctuation are full-width: "（", "）", "，", "；" beside Chinese text.
    [
      "a Latin bracket beside Chinese",
      /[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e] ?[()]|[()] ?[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]/u,
    ],
    ["Latin punctuation after Chinese", /[\u4e00-\u9fff][,;?!]/u],
  ],
};

const OF_LANGUAGE: Readonly<Record<string, ReadonlyArray<[string, RegExp]>>> = {
  // A narrow no-break space before : ; ? ! (not in 18:30 or https://).
  fr: [
    ["French punctuation after a plain space", / [:;?!](?=\s|$)/mu],
    ["French punctuation with no space", /[^\s\u202f\u00a0\d:;?!"«(][:;?!](?=\s|$)/mu],
  ],
  zh: [["a Latin colon after Chinese", /[\u4e00-\u9fff]: /u]],
};

/** The slips found in an answer; what stays as written (URLs) is taken out first. */
function slips(lang: string, answer: string, brackets = false): string[] {
  // URLs, and the language command help quotes as typed ("language: français").
  const text = answer.replace(/https?:\/\/\S+/g, "URL").replace(/language: \S+/g, "language");
  return [...EVERY, ...(OF_LANGUAGE[lang] ?? []), ...((brackets && BRACKETS[lang]) || [])]
    .filter(([, pattern]) => pattern.test(text))
    .map(
      ([name, pattern]) =>
        `${name}: …${text.slice(Math.max(0, (pattern.exec(text)?.index ?? 0) - 30), (pattern.exec(text)?.index ?? 0) + 30)}…`,
    );
}

describe("typography of the answers in every language", () => {
  it("catches the slips it looks for (it can fail)", () => {
    expect(slips("ru", "Источник: письмо от 22 марта 2024 г..")).toHaveLength(2);
    expect(slips("fr", "Quand: lundi 4 mars")).toHaveLength(1);
    expect(slips("fr", "Rappel : la réception")).toHaveLength(1);
    expect(slips("fr", "Rappel\u202f: la réception, à 18:30 (https://bit.ly/x)")).toEqual([]);
    expect(slips("en", "Mon 4 Mar , 6:30 PM")).toHaveLength(1);
    expect(slips("zh", "时间: 3月4日")).toHaveLength(1);
    expect(slips("ru", "18:30 (Нью-Йорк) (вторник, 00:30 (Цюрих))", true)).toHaveLength(1);
    expect(slips("ru", "18:30 (Нью-Йорк); вторник, 00:30 по вашему времени (Цюрих)", true)).toEqual([]);
    expect(slips("zh", "招待会，3月4日 (纽约时间)", true)).toHaveLength(1);
    expect(slips("zh", "提醒我, 谢谢", true)).toHaveLength(1);
    expect(slips("zh", "招待会（纽约时间 UTC-5）", true)).toEqual([]);
  });

  it.each(CASES)("$lang: $q", async ({ lang = "en", q, before, followUp, now, tz }) => {
    const h = await harness({ now: now ?? "2024-03-04T08:00:00-05:00", modules: handlerModules });
    const asker = user("amal", { timeZone: tz ?? "America/New_York" });
    await h.say(asker, CHOOSE[lang] ?? "English please");
    const answers = [];
    if (before) answers.push(await h.say(asker, before));
    answers.push(await h.say(asker, q));
    if (followUp) answers.push(await h.say(asker, followUp));
    for (const answer of answers) expect(slips(lang, answer, true), answer).toEqual([]);
  });

  it.each(Object.keys(CHOOSE))("%s: a reminder, an RSVP and the time-zone replies", async (lang) => {
    const h = await harness({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
    const asker = user("amal", { timeZone: "Europe/Moscow" });
    const answers = [
      await h.say(asker, CHOOSE[lang] as string),
      await h.say(asker, "remind me 15 minutes before every session"),
      await h.say(asker, "my reminders"),
      await h.say(asker, "rsvp"),
      await h.say(asker, "my time zone"),
      await h.say(asker, "my time zone is Tokyo"),
      await h.say(asker, "help"),
    ];
    for (const answer of answers) expect(slips(lang, answer), answer).toEqual([]);
  });

  it.each(Object.keys(CHOOSE))(
    "%s: a reminder of one session and its list, an RSVP reply and conversions",
    async (lang) => {
      const h = await harness({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
      const asker = user("amal", { timeZone: "Europe/Zurich" });
      const answers = [
        await h.say(asker, CHOOSE[lang] as string),
        await h.say(asker, "remind me 15 minutes before the reception"),
        await h.say(asker, "remind me about the ping test"),
        await h.say(asker, "my reminders"),
        await h.say(asker, "rsvp yes"),
        await h.say(asker, "I'll come to the reception with 2 experts"),
        await h.say(asker, "what is 10am New York in Tokyo"),
        await h.say(asker, "convert 3pm to Delhi time"),
        await h.say(asker, "what time is it in Geneva?"),
      ];
      expect(answers.flatMap((answer) => slips(lang, answer, true))).toEqual([]);
    },
  );

  it.each(Object.keys(CHOOSE))("%s: the end of a day, of a session and of a meeting", async (lang) => {
    // Russian wrapped the venue's "(Нью-Йорк)" in a second pair: "в 18:00 ((Нью-Йорк))".
    const h = await harness({ now: "2024-03-07T11:00:00-05:00", modules: handlerModules });
    const asker = user("amal", { timeZone: "America/New_York" });
    const answers = [
      await h.say(asker, CHOOSE[lang] as string),
      await h.say(asker, "when does the session end today?"),
      await h.say(asker, "how long is the session?"),
      await h.say(asker, "how long does the POC meeting last?"),
      await h.say(asker, "when does the reception end?"),
    ];
    for (const answer of answers) expect(slips(lang, answer), answer).toEqual([]);
  });

  it.each(Object.keys(CHOOSE))("%s: the RSVP replies of an invited head of delegation", async (lang) => {
    const h = await harness({ now: "2024-03-04T08:00:00-05:00", modules: handlerModules });
    await withRoster(h);
    const head = people.claire;
    const answers = [
      await h.say(head, CHOOSE[lang] as string),
      await h.say(head, "rsvp yes with 2 experts: Ana Lima, Raj Patel"),
      await h.say(head, "my rsvps"),
      await h.say(head, "rsvp maybe"),
      await h.say(head, "rsvp no"),
    ];
    expect(answers.flatMap((answer) => slips(lang, answer, true))).toEqual([]);
  });
});
