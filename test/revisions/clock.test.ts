/**
 * The Secretariat's clock times, read through the one date/time reader: single times,
 * ranges whose start takes the end's meridiem, a bare hour from 1 to 7 as the afternoon,
 * and impossible times refused (the reader alone would clamp "3:75 PM").
 */
import { describe, expect, it } from "vitest";
import { readClockRange } from "../../handlers/revisions/clock.js";

describe("readClockRange", () => {
  it.each([
    ["3:30 PM", { start: "15:30" }],
    ["15:30", { start: "15:30" }],
    ["3 pm", { start: "15:00" }],
    ["3", { start: "15:00" }],
    ["at 4", { start: "16:00" }],
    ["8", { start: "08:00" }],
    ["07:00", { start: "07:00" }],
    ["1:15–2:30 PM", { start: "13:15", end: "14:30" }],
    ["11–12:30 PM", { start: "11:00", end: "12:30" }],
    ["3:30 to 6:00 PM", { start: "15:30", end: "18:00" }],
    ["10:00 AM - 1:00 PM", { start: "10:00", end: "13:00" }],
    ["9:00 until 11:00", { start: "09:00", end: "11:00" }],
    ["25:00", undefined],
    ["3:75 PM", undefined],
    ["soon", undefined],
    ["Friday 10 AM", undefined],
  ])("%s", (text, expected) => {
    expect(readClockRange(text)).toEqual(expected);
  });
});
