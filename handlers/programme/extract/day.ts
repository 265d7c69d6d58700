/**
 * When a question is about: an agenda item ("item 5"), a day, part of day or clock time
 * (through the bot's one date reader), "after"/"before" something named, "now"/"next".
 */
import { readDayExpression } from "../../../bot/language/dates.js";
import type { ProgrammeQuery } from "../query.js";
import { type Extractor, lexicon, words$ } from "./reading.js";

/** "item 5", "agenda item five": the item's number; the words are consumed. */
export const agendaItem: Extractor = {
  name: "agenda item",
  read(reading) {
    const match = words$.agendaItem.exec(reading.rest);
    const word = match?.[1];
    if (!match || !word) return;
    const number = /^\d+$/.test(word) ? Number(word) : lexicon.ordinals.get(word);
    if (number !== undefined) reading.query.agendaItem = number;
    reading.rest = reading.rest.replace(match[0], " ");
  },
};

/**
 * "Thursday afternoon", "tomorrow at 3pm", "in 30 minutes", "later today": read by the one
 * date reader; the words are consumed. A clock time is in the zone named before, or the
 * asker's when they said "my time".
 */
export const dayAndTime: Extractor = {
  name: "day and time",
  read(reading) {
    const found = readDayExpression(reading.rest, { lexicon });
    const { query } = reading;
    reading.rest = found.rest;
    if (found.day) query.day = found.day;
    if (found.part) query.part = found.part;
    if (found.clock !== undefined) query.clock = found.clock;
    if (found.slice) query.slice = found.slice;
    if (found.minutesAhead !== undefined) query.minutesAhead = found.minutesAhead;
    if (found.clock !== undefined) {
      if (reading.inAskersZone) query.clockInAskersZone = true;
      else if (query.zone) query.clockZone = query.zone;
    }
  },
};

/**
 * "and the next day?", "the day after": the day after the one asked about before (a
 * follow-up fills it in; alone, tomorrow); "and the day before?" ending the message, the day
 * before it ("the day before the reception" is not). Read after the day reader, so "the day
 * after tomorrow" is already a day; the words are consumed.
 */
export const dayAfter: Extractor = {
  name: "day after",
  read(reading) {
    if (reading.query.day !== undefined) return;
    const after = words$.dayAfter.exec(reading.rest);
    const match = after ?? words$.dayBefore.exec(reading.rest);
    if (!match) return;
    reading.query.daysAfterPrevious = after ? 1 : -1;
    reading.rest = reading.rest.replace(match[0], " ");
  },
};

/** "after the stakeholder session", "before the reception". */
export const anchor: Extractor = {
  name: "anchor",
  read(reading) {
    const word = words$.anchor.exec(reading.rest)?.[1];
    const found = word ? lexicon.anchorWords.get(word) : undefined;
    if (found) reading.query.anchor = found;
  },
};

/** "now", "next", "previous"; "now" only without a day ("what's happening on Tuesday" is about Tuesday). */
export const relative: Extractor = {
  name: "now, next or previous",
  read(reading) {
    const { query } = reading;
    if (query.anchor) return;
    const hasDay = query.day !== undefined || query.minutesAhead !== undefined;
    const found: ProgrammeQuery["relative"] =
      !hasDay && words$.now.test(reading.rest)
        ? "now"
        : words$.next.test(reading.rest)
          ? "next"
          : words$.previous.test(reading.rest)
            ? "previous"
            : undefined;
    if (found) query.relative = found;
  },
};
