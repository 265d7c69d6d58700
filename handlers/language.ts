/**
 * Which language a person is answered in, and reading their message in it. In this order:
 * the language they chose (kept on their contact record: "language: français", "en español
 * por favor", "по-русски", "请用中文", "بالعربية", "English please", or the language button of
 * help), else the language this message is clearly in, else the one they last wrote in
 * (short messages such as "ok", "10:00", "KEN" keep it), else their platform's locale, else
 * English. A message in a seventh language is answered in English with the list of languages.
 *
 * It sets `ctx.locale`, which the rest of the turn renders in (answers, dates and times in the
 * person's language); a message in one of the other five languages is read into the English
 * lexicon's words (`bot/language/pivot.ts`) for the handlers that understand questions.
 * A greeting before a whole-message command or a statement ("bonjour, mes coordonnées", "hola mis
 * recordatorios", "你好我的提醒", "hello, rsvp yes", "здравствуйте, мой часовой пояс Москва") is
 * dropped (`bot/language/greeting.ts`); a greeting alone says which language it is in ("bonsoir"). Words the pivot does not know are a gap ("…") in
 * a calendar or reminder-stop command that named only them, so "取消午餐的提醒" is "stop …
 * reminders" (not found) and never "stop reminders" (every one).
 */
import { readLanguageChoice } from "../bot/language/choice.js";
import { commandOf } from "../bot/language/compile.js";
import { detectLanguage, isTaggedText, tiedLanguages } from "../bot/language/detect.js";
import { frameOf, readAsWritten, rsvpGrammar, writtenLanguage } from "../bot/language/grammar.js";
import { splitGreeting } from "../bot/language/greeting.js";
import { LANGUAGES, LOCALE_WORDS, languageName } from "../bot/language/locales.js";
import { say } from "../bot/language/messages.js";
import { toPivot } from "../bot/language/pivot.js";
import type { HandlerModule } from "../bot/module.js";
import { dataVocabulary } from "../bot/programme/vocabulary.js";
import { ADD_TO_CALENDAR, CALENDAR_FOR } from "./calendar/parse.js";
import { looksLikeCsvLines } from "./csv-paste.js";
import { readReminderCommand } from "./reminders/parse.js";

/** The action id of the language buttons (help, home); the button's value is the tag. */
export const CHOOSE_LANGUAGE_ACTION = "language:choose";

/**
 * A platform locale ("fr-FR", "es_419", "zh-Hans-CN") as one of the bot's languages.
 * @example languageOfLocale("fr-CA") === "fr"; languageOfLocale("de-DE") === undefined
 */
export function languageOfLocale(locale: string | undefined): string | undefined {
  const tag = locale?.toLowerCase().split(/[-_]/)[0];
  return tag && LANGUAGES.includes(tag) ? tag : undefined;
}

/**
 * The list of languages, each in its own name ("English, français, español, русский, 中文, العربية").
 * @example languageList().startsWith("English, français")
 */
export function languageList(): string {
  return LANGUAGES.map(languageName).join(", ");
}

/**
 * Buttons to choose a language, one per language, each labelled in its own name.
 * @example languageButtons().length === 6
 */
export function languageButtons(): { label: string; actionId: string; value: string }[] {
  return LANGUAGES.map((tag) => ({ label: languageName(tag), actionId: CHOOSE_LANGUAGE_ACTION, value: tag }));
}

/** What stands, in a message's reading, for words the pivot did not know. */
const GAP = "…";

/**
 * The words a calendar command ("add … to my calendar") or a reminder's stop ("stop
 * reminders about …") names in a pivoted text ("" when it names none) and whether it is the
 * stop; undefined when the text is neither. One reading of the reminder grammar serves both.
 */
function commandSlot(text: string): { words: string; stop: boolean } | undefined {
  const calendar = (text.match(ADD_TO_CALENDAR) ?? text.match(CALENDAR_FOR))?.[1];
  if (calendar !== undefined) return { words: calendar.trim(), stop: false };
  const reminder = readReminderCommand(text);
  return reminder?.kind === "stop" ? { words: reminder.what ?? "", stop: true } : undefined;
}

/**
 * A message's reading, with its unknown words kept as a gap when they were all a calendar or
 * reminder command named: "arrête le rappel de la fête des cerises" is "stop reminders about
 * …" (not found, changes nothing), not "stop reminders about" (every reminder), and "把午餐加入
 * 我的日历" is "add … to my calendar", not the programme's overview. A stop verb followed only
 * by unknown words ("取消我的东西": "stop …", which the whole-message "stop" reads once the gap
 * is left out) has no reading: `undefined`, the message stays as written and stops nothing.
 */
function readingOf(pivot: { text: string; gapped?: string }): string | undefined {
  const { text, gapped } = pivot;
  if (gapped === undefined || gapped === text) return text;
  // The gapped reading first: most messages with unknown words are no such command, and
  // reading one as a reminder command costs the reminder grammar's dozen expressions.
  const slot = commandSlot(gapped);
  if (slot?.stop && slot.words === "" && gapped.indexOf(GAP, 1) > 0) return undefined;
  if (!slot?.words.includes(GAP)) return text;
  return commandSlot(text)?.words ? text : gapped;
}

/**
 * Of languages a message is as much in as each other, the one whose reading knows more of its
 * words ("agenda de la reunion de POC": Spanish reads "agenda", French says "ordre du jour"),
 * the first of them when they know as many.
 */
function bestReading(
  tags: readonly string[],
  text: string,
  vocabulary: ReadonlySet<string>,
): string | undefined {
  let best: { tag: string; understood: number } | undefined;
  for (const tag of tags) {
    const words = LOCALE_WORDS[tag];
    const understood = words ? toPivot(text, words, (token) => vocabulary.has(token)).understood : -1;
    if (!best || understood > best.understood) best = { tag, understood };
  }
  return best?.tag;
}

/**
 * The language a whole-message command tells: its own, for another language's ("aide"); for an
 * English one, English when it has two words or more ("stop all reminders", "my reminders"), as
 * a clear English question is; one word ("help", "ok") is shared too widely and keeps the
 * language in use.
 * @example commandLanguage("en", "stop all reminders") === "en"; commandLanguage("en", "help") === undefined
 */
function commandLanguage(locale: string, text: string): string | undefined {
  if (locale !== "en") return locale;
  return (text.match(WORD) ?? []).length >= 2 ? "en" : undefined;
}

const WORD = /\p{L}+/gu;

export const language: HandlerModule = {
  name: "language",
  help: {
    title: "Language",
    wording: "help.modules.language",
    examples: [
      '"language: français", "en español por favor", "по-русски", "请用中文", "بالعربية", "English please"',
    ],
  },
  install(router, deps) {
    router.use(async (ctx, next) => {
      const contact = ctx.contact ?? (await deps.people.contact(ctx.user.id));
      const platform = languageOfLocale(ctx.user.locale);
      if (ctx.event.kind === "action") {
        const chosen = ctx.event.actionId === CHOOSE_LANGUAGE_ACTION ? ctx.event.value : undefined;
        if (chosen && LANGUAGES.includes(chosen)) {
          await deps.people.setLanguage(ctx.user, { chosen, inUse: chosen }, ctx.now());
          await ctx.reply(say(chosen, "language.chosen"));
          return;
        }
        ctx.locale = contact?.language ?? contact?.languageInUse ?? platform ?? "en";
        return next();
      }
      let text = ctx.event.text;
      const chosen = readLanguageChoice(text);
      if (chosen) {
        await deps.people.setLanguage(ctx.user, { chosen, inUse: chosen }, ctx.now());
        await ctx.reply(say(chosen, "language.chosen"));
        return;
      }
      // A whole-message command ("aide", "мои напоминания", "تم الاستلام") is in the language of its
      // words; after a greeting ("bonjour, mes coordonnées", "hello, rsvp yes", "hola, mi zona
      // horaria es Bogotá") the command or statement alone is read. A greeting alone ("bonsoir")
      // is kept, and says which language it is in.
      let command = commandOf(text);
      const greeted = command ? undefined : splitGreeting(text);
      if (greeted && greeted.rest !== "") {
        text = greeted.rest;
        ctx.event.text = text;
        command = commandOf(text);
      }
      // "fr: …" is text given in French for others (a broadcast's translation), and pasted CSV
      // lines are data (a French organisation's name): not the writer's language, so neither
      // the answer's nor the one kept as in use.
      const asData = isTaggedText(text) || looksLikeCsvLines(text);
      let detected = asData
        ? undefined
        : // A POC's new value ("10:00-16:00 lun-ven") or an RSVP's names say nothing of the writer's language.
          (detectLanguage(frameOf(text)) ??
          (command ? commandLanguage(command.locale, text) : undefined) ??
          // "rsvp oui", "rsvp 是": too short to tell, but the answer's words are one language's.
          writtenLanguage(text) ??
          // "asistiré", "не приду": a statement alone is its language's.
          rsvpGrammar().bareStatementOf(text)?.locale ??
          // "bonsoir", "hello received": the greeting's language.
          greeted?.locale);
      // "agenda de la reunion de POC", French and Spanish alike: the one in use if either, else
      // the one whose reading understands more of it.
      const tied =
        detected === undefined && !asData && !command && !readAsWritten(text) ? tiedLanguages(text) : [];
      if (tied.length > 0) {
        const inUse = contact?.languageInUse;
        detected =
          inUse && tied.includes(inUse) ? inUse : bestReading(tied, text, dataVocabulary(deps.catalogue));
      }
      if (detected === "other") {
        await ctx.reply(
          say(contact?.language ?? "en", "language.unsupported", { languages: languageList() }),
        );
        return;
      }
      const answerIn = contact?.language ?? detected ?? contact?.languageInUse ?? platform ?? "en";
      if (detected && detected !== contact?.languageInUse)
        await deps.people.setLanguage(ctx.user, { inUse: detected }, ctx.now());
      // Read in the language it is written in; an unclear message in the language in use.
      const words = LOCALE_WORDS[detected ?? contact?.languageInUse ?? answerIn];
      // A command is read by its own matcher (`commandOf`) in every language: left as written.
      // So are an RSVP answer and a POC's change or confirmation: their grammars read every
      // language's words, and the pivot would drop the experts' names or the new value.
      if (words && !command && !readAsWritten(text)) {
        const vocabulary = dataVocabulary(deps.catalogue);
        const pivot = toPivot(text, words, (token) => vocabulary.has(token), GAP);
        const reading = pivot.understood > 0 ? readingOf(pivot) : undefined;
        if (reading !== undefined) {
          ctx.event.asWritten = text;
          ctx.event.text = reading;
        }
      }
      ctx.locale = answerIn;
      return next();
    });
  },
};
