/**
 * Common changes said in chat by the Secretariat, turned into a revised programme file:
 * "move Thursday afternoon to 3:30 PM", "the room for Tuesday morning is Conference Room 4",
 * "the connection link for the POC meeting is https://…", "cancel the reception",
 * "add a side event on Wednesday 1:15–2:30 PM in Conference Room 11 about …".
 */

import { z } from "zod";
import { InputError } from "../../bot/errors.js";
import { readDayExpression } from "../../bot/language/dates.js";
import { revisionGrammar } from "../../bot/language/grammar.js";
import type { Catalogue } from "../../bot/programme/catalogue.js";
import { formatDate } from "../../bot/programme/format.js";
import type { ProgrammeFile } from "../../bot/versions/model.js";
import { dayContext, referenceProgramme, resolveDays } from "../programme/resolve-day.js";
import { type ClockRange, readClockRange } from "./clock.js";
import { addSideEvent, cancelTarget, moveTarget, setConnectionLink, setRoom } from "./edit.js";
import { type Found, resolveProgramme, resolveTarget, type Target } from "./targets.js";

const g = revisionGrammar();
const MOVE = g.move;
const ROOM = g.room;
const PUT_IN_ROOM = g.putInRoom;
const LINK = g.link;
const CANCEL = g.cancel;
const ADD_SIDE_EVENT = g.addSideEvent;
/** A clock time or range at the end of a phrase ("Wednesday 1:15–2:30 PM"). */
const TRAILING_CLOCK = g.trailingClock;

/**
 * True when the text has the shape of a chat-phrased change (it may still name nothing).
 * @example isRevisionPhrase("cancel the reception") === true
 */
export function isRevisionPhrase(text: string): boolean {
  return [MOVE, ROOM, PUT_IN_ROOM, LINK, CANCEL, ADD_SIDE_EVENT].some((pattern) => pattern.test(text));
}

/** A change ready for preview: the files it would publish and how the history names it. */
export interface PhrasedRevision {
  files: ProgrammeFile[];
  note: string;
}

interface Context {
  catalogue: Catalogue;
  files: readonly ProgrammeFile[];
  now: Date;
}

function one(found: Found, words: string, catalogue: Catalogue): Target {
  if (found.kind === "one") return found.target;
  if (found.kind === "many") {
    const names = found.targets
      .slice(0, 6)
      .map((target) => `${target.label} (${formatDate(target.date)}, ${target.startTime})`);
    throw new InputError(
      `"${words}" names ${found.targets.length} sessions: ${names.join("; ")}. Say which one, e.g. with its day and "morning" or "afternoon".`,
    );
  }
  const example = catalogue.programmes[0]?.meetingDays[0];
  throw new InputError(
    `I couldn't find "${words}" in the programme; nothing was changed. Name a day and part of it ("${example ? formatDate(example, { long: true }).split(" ")[0] : "Thursday"} afternoon"), a topic, or "the reception".`,
  );
}

function withFile(context: Context, file: string, change: (text: string) => string): ProgrammeFile[] {
  const current = context.files.find((entry) => entry.file === file);
  if (!current)
    throw new InputError(`The file ${file} is not in the programme any more; nothing was changed.`);
  return context.files.map((entry) => (entry.file === file ? { file, text: change(entry.text) } : entry));
}

/** "Friday 10 AM" → the day (if any) and the clock range. */
function dayAndClock(words: string, context: Context): { date?: string; range: ClockRange } {
  const split = TRAILING_CLOCK.exec(words.trim());
  const range = split ? readClockRange(split[2] ?? "") : undefined;
  if (!split || !range)
    throw new InputError(
      `I couldn't read a time in "${words}". Write it like "3:30 PM", "15:30" or "1:15–2:30 PM".`,
    );
  const dayWords = (split[1] ?? "").trim().replace(g.dayLink, "").replace(/,$/, "");
  if (dayWords === "") return { range };
  const expression = readDayExpression(dayWords.toLowerCase());
  if (!expression.day || expression.rest.trim() !== "")
    throw new InputError(`I couldn't read the day "${dayWords}". Write it like "Wednesday" or "6 March".`);
  const date = resolveDays(
    expression.day,
    dayContext(context.catalogue, context.catalogue.programmes, context.now),
  ).dates[0];
  return { date, range };
}

/**
 * The revised files a phrase asks for; undefined when the text is not such a phrase, or is a
 * "cancel …" that names nothing in the programme (it may mean something else, e.g. an RSVP).
 * @throws {InputError} when the phrase is a change but cannot be made as said.
 * @example chatRevision("cancel the reception", { catalogue, files, now })?.note === "cancelled Cocktail reception"
 */
export function chatRevision(text: string, context: Context): PhrasedRevision | undefined {
  const { catalogue, now } = context;
  const added = ADD_SIDE_EVENT.exec(text);
  if (added) {
    const [, when = "", room = "", title = ""] = added;
    const { date, range } = dayAndClock(when, context);
    if (!date)
      throw new InputError(
        'Say the day of the side event, e.g. "add a side event on Wednesday 1:15–2:30 PM in Conference Room 11 about …".',
      );
    const programme =
      catalogue.programmes.find((entry) => entry.days.includes(date)) ??
      referenceProgramme(catalogue.programmes, now.getTime());
    if (!programme) throw new InputError("There is no programme to add it to.");
    const venue = programme.programme.venue;
    const event = {
      id: `${programme.id}-side-event-${date}-${range.start.replace(":", "")}`,
      date,
      start: range.start,
      end: range.end,
      room: room.trim(),
      title: title.trim().replace(/^./, (first) => first.toUpperCase()),
      venue: `${venue.name}, ${venue.city}`,
    };
    if (catalogue.byId.has(event.id))
      throw new InputError(`A side event already starts then (${event.id}); nothing was changed.`);
    return {
      files: withFile(context, programme.file, (file) => addSideEvent(file, event)),
      note: `added side event "${event.title}"`,
    };
  }
  const link = LINK.exec(text);
  if (link) {
    const [, words = "", url = ""] = link;
    if (!z.url({ protocol: z.regexes.httpProtocol }).safeParse(url).success)
      throw new InputError(
        `"${url}" is not a web address (it should start with https://); nothing was changed.`,
      );
    const programme = resolveProgramme(catalogue, words, now);
    if (!programme)
      throw new InputError(
        `I couldn't tell which programme "${words}" is; nothing was changed. Name it as the programme does, e.g. "${catalogue.programmes[0]?.programme.shortTitle}".`,
      );
    return {
      files: withFile(context, programme.file, (file) => setConnectionLink(file, url)),
      note: `connection link of ${programme.programme.shortTitle}`,
    };
  }
  const room = ROOM.exec(text) ?? PUT_IN_ROOM.exec(text);
  if (room) {
    const [, words = "", name = ""] = room;
    const target = one(resolveTarget(catalogue, words, now), words, catalogue);
    return {
      files: withFile(context, target.programme.file, (file) => setRoom(file, target, name.trim())),
      note: `room of ${target.label}, ${formatDate(target.date)}`,
    };
  }
  const move = MOVE.exec(text);
  if (move) {
    const [, words = "", destination = ""] = move;
    const target = one(resolveTarget(catalogue, words, now), words, catalogue);
    const { date, range } = dayAndClock(destination, context);
    return {
      files: withFile(context, target.programme.file, (file) => moveTarget(file, target, range, date)),
      note: `moved ${target.label}, ${formatDate(target.date)}`,
    };
  }
  const cancel = CANCEL.exec(text);
  if (cancel) {
    const words = cancel[1] ?? "";
    const found = resolveTarget(catalogue, words, now);
    if (found.kind === "none") return undefined;
    const target = one(found, words, catalogue);
    return {
      files: withFile(context, target.programme.file, (file) => cancelTarget(file, target)),
      note: `cancelled ${target.label}, ${formatDate(target.date)}`,
    };
  }
  return undefined;
}
