/**
 * Chinese names a thing one way across its catalogue. The directory is 联络点名录 everywhere (the
 * cards said 联络人名录, the programme answers 联络点名录). Each RSVP answer is named one way wherever it quotes a command to type: "rsvp 出席",
 * "rsvp 待定", "rsvp 不出席" (the programme card's words), not "rsvp 可能" in one message and
 * "rsvp 待定" in the next, or "rsvp 参加" after a tentative answer.
 */
import { describe, expect, it } from "vitest";
import { chineseFeatures } from "../../bot/language/locales/zh/features.js";
import { chineseMessages } from "../../bot/language/locales/zh/messages.js";
import { chineseProgramme } from "../../bot/language/locales/zh/programme.js";

/** Every string of a nested catalogue object. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("Chinese RSVP commands in the catalogue", () => {
  it("quote only the card's three words", () => {
    const words = new Set(Object.values(chineseProgramme.rsvpStatus));
    const quoted = strings(chineseFeatures).flatMap((text) =>
      [...text.matchAll(/rsvp ([^，、”\s]+)/g)].map((match) => match[1] as string),
    );
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter((word) => !words.has(word))).toEqual([]);
  });
});

describe("the Chinese name of the POC directory", () => {
  it("is 联络点名录 in every message", () => {
    const names = [chineseFeatures, chineseMessages, chineseProgramme]
      .flatMap(strings)
      .flatMap((text) => [...text.matchAll(/(?:联络人|联络点|联系人)名录/gu)].map((match) => match[0]));
    expect(names.length).toBeGreaterThan(5);
    expect([...new Set(names)].filter((name) => !name.endsWith("联络点名录"))).toEqual([]);
  });
});
