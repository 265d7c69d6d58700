/**
 * A greeting before a whole-message command, with or without punctuation between them, in the
 * six languages ("bonjour mes coordonnées", "hola mis recordatorios", "你好我的提醒"): the
 * command is done, in the language; a first word that only looks like a greeting ("Holanda",
 * "приветствие") is not dropped, and the message is not read as the command.
 */
import { describe, expect, it } from "vitest";
import { commandOf } from "../../bot/language/compile.js";
import { splitGreeting } from "../../bot/language/greeting.js";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

/** What the language middleware reads: the greeting split off as it splits it, then the command of the rest. */
function afterGreeting(
  text: string,
): { rest: string; command: NonNullable<ReturnType<typeof commandOf>> } | undefined {
  const greeted = splitGreeting(text);
  const command = greeted && greeted.rest !== "" ? commandOf(greeted.rest) : undefined;
  return greeted && command ? { rest: greeted.rest, command } : undefined;
}

/** The answer to "my reminders" for someone who has none, in each language. */
const NO_REMINDERS: Readonly<Record<string, RegExp>> = {
  en: /\nYou have no reminders\./,
  fr: /\nVous n’avez aucun rappel\./,
  es: /\nNo tiene recordatorios\./,
  ru: /\nУ вас нет напоминаний\./,
  zh: /\n您没有任何提醒。/,
  ar: /\nليست لديك تذكيرات\./,
};

describe("a greeting, then a whole-message command", () => {
  it.each([
    ["en", "hi my reminders"],
    ["en", "hello there my reminders"],
    ["en", "good morning my reminders"],
    ["en", "hi, my reminders"],
    ["fr", "bonjour mes rappels"],
    ["fr", "bonjour, mes rappels"],
    ["fr", "salut mes rappels"],
    ["es", "buenos días mis recordatorios"],
    ["ru", "добрый день мои напоминания"],
    ["zh", "您好我的提醒"],
    ["zh", "你好，我的提醒"],
    ["ar", "أهلا تذكيراتي"],
    ["es", "hola mis recordatorios"],
    ["ru", "привет мои напоминания"],
    ["ru", "здравствуйте мои напоминания"],
    ["zh", "你好我的提醒"],
    ["zh", "你好 我的提醒"],
    ["ar", "مرحبا تذكيراتي"],
    ["ar", "صباح الخير تذكيراتي"],
  ])("%s: %s is the command, answered in the language", async (locale, text) => {
    expect(afterGreeting(text)?.command.id).toBe("myReminders");
    const h = await harness({ modules: handlerModules });
    expect(await h.say(user(`p-${locale}`), text)).toMatch(NO_REMINDERS[locale] ?? /^$/);
  });

  it.each([
    ["fr", "bonjour mes coordonnées", "myDetails"],
    ["es", "hola mis datos", "myDetails"],
    ["en", "hello help", "help"],
    ["ru", "привет помощь", "help"],
  ])("%s: %s is %s", (_locale, text, id) => {
    expect(afterGreeting(text)?.command.id).toBe(id);
  });

  it.each([
    ["en", "hiking my reminders"],
    ["en", "hello kitty my reminders"],
    ["fr", "salutaire mes rappels"],
    ["fr", "bonjour à la fête mes rappels"],
    ["es", "Holanda mis recordatorios"],
    ["ru", "приветствие мои напоминания"],
    ["ar", "مرحلة تذكيراتي"],
  ])("%s: %s starts with no greeting: not the command", async (locale, text) => {
    expect(afterGreeting(text)).toBeUndefined();
    const h = await harness({ modules: handlerModules });
    expect(await h.say(user(`p-${locale}`), text)).not.toMatch(NO_REMINDERS[locale] ?? /^$/);
  });

  it('zh: 你好像我的提醒 ("you seem", not "hello") is not a greeting before a command', () => {
    expect(afterGreeting("你好像我的提醒")).toBeUndefined();
  });
});
