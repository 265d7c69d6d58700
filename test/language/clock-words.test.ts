/**
 * Spelled clock times and durations (`clock-words.ts`) as a table: Chinese number words read
 * as digits, with the part of the day that says am or pm; what is not a clock time is left.
 */
import { describe, expect, it } from "vitest";
import { numberOf, readClockWords } from "../../bot/language/clock-words.js";
import { chinese } from "../../bot/language/locales/zh/words.js";

const clockWords = chinese.clockWords;
if (!clockWords) throw new Error("Chinese has clock words");

describe("Chinese number words", () => {
  it.each<[string, number | undefined]>([
    ["一", 1],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
    ["四十五", 45],
    ["12", 12],
    ["几", undefined],
  ])("%s → %s", (text, expected) => {
    expect(numberOf(text, clockWords)).toBe(expected);
  });
});

describe("spelled clock times", () => {
  it.each([
    ["十点", "10:00"],
    ["10点", "10:00"],
    ["两点半", "2:30"],
    ["下午三点", "15:00"],
    ["下午两点半", "14:30"],
    ["上午十点十五分", "10:15"],
    ["晚上八点", "20:00"],
    ["中午十二点", "12:00"],
    // With a part of the day the hour is written as said, two digits: "06:00" is not read as 6 pm.
    ["凌晨十二点", "00:00"],
    ["早上六点", "06:00"],
    ["二十三点", "23:00"],
    // "星期四" + "十点": the weekday's 四 is not read into the hour ("四十点" is no time).
    ["星期四十点", "星期四 10:00"],
    ["三十分钟后", "30 分钟后"],
    ["5分钟", "5 分钟"],
    // Not clock times: left as they are.
    ["几点", "几点"],
    ["十一月", "十一月"],
  ])("%s → %s", (text, expected) => {
    expect(readClockWords(text, clockWords).replace(/\s+/g, " ").trim()).toBe(expected);
  });
});
