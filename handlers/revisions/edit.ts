/**
 * Chat-phrased changes made to the programme file's text with the `yaml` document API, so
 * the file keeps its comments and layout; the result is validated like any revised file.
 */

import { type Document, isMap, isSeq, parseDocument, Scalar } from "yaml";
import { InputError } from "../../bot/errors.js";
import { revisionGrammar } from "../../bot/language/grammar.js";
import { type ClockRange, minutesOfWall, wallOfMinutes } from "./clock.js";
import type { Target } from "./targets.js";

function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

function indexOf(document: Document, collection: "meetings" | "socialEvents", id: string): number {
  const list = document.get(collection);
  if (!isSeq(list)) return -1;
  return list.items.findIndex((node) => isMap(node) && node.get("id") === id);
}

function pathOf(document: Document, target: Target): [string, number] {
  const collection = target.kind === "meeting" ? "meetings" : "socialEvents";
  const index = indexOf(document, collection, target.id);
  if (index === -1)
    throw new InputError(`"${target.label}" is not in its programme file any more; nothing was changed.`);
  return [collection, index];
}

function shifted(time: unknown, delta: number): Scalar | undefined {
  if (typeof time !== "string") return undefined;
  const wall = wallOfMinutes(minutesOfWall(time) + delta);
  if (wall === undefined)
    throw new InputError("That would move part of it past midnight; send the revised file instead.");
  return quoted(wall);
}

/**
 * Moves a meeting (its timed items with it, by the same amount) or a social event to a new
 * start, or start and end, optionally on another date. Without an end, the length is kept.
 * @example moveTarget(text, thursdayAfternoon, { start: "15:30" }) // start "15:30", end "18:30"
 */
export function moveTarget(text: string, target: Target, range: ClockRange, date?: string): string {
  const document = parseDocument(text);
  const path = pathOf(document, target);
  const oldStart = document.getIn([...path, "start"]) as string;
  const oldEnd = document.getIn([...path, "end"]) as string | undefined;
  const delta = minutesOfWall(range.start) - minutesOfWall(oldStart);
  document.setIn([...path, "start"], quoted(range.start));
  if (range.end !== undefined) document.setIn([...path, "end"], quoted(range.end));
  else if (oldEnd !== undefined) document.setIn([...path, "end"], shifted(oldEnd, delta));
  if (date !== undefined) document.setIn([...path, "date"], date);
  if (target.kind === "meeting") {
    const items = document.getIn([...path, "items"]);
    if (isSeq(items)) {
      items.items.forEach((item, index) => {
        if (!isMap(item) || item.get("start") === undefined) return;
        document.setIn([...path, "items", index, "start"], shifted(item.get("start"), delta));
        document.setIn([...path, "items", index, "end"], shifted(item.get("end"), delta));
      });
    }
  }
  return document.toString();
}

/**
 * Sets a meeting's room.
 * @example setRoom(text, tuesdayMorning, "Conference Room 4")
 */
export function setRoom(text: string, target: Target, room: string): string {
  if (target.kind !== "meeting") {
    throw new InputError(
      `"${target.label}" takes place at an address (${target.event.place.name}), not in a room of the venue. To change its place, send the revised file.`,
    );
  }
  const document = parseDocument(text);
  document.setIn([...pathOf(document, target), "room"], room);
  return document.toString();
}

/**
 * Marks a meeting or social event cancelled (it stays in the programme, marked so).
 * @example cancelTarget(text, reception)
 */
export function cancelTarget(text: string, target: Target): string {
  if (target.kind === "meeting" ? target.meeting.cancelled : target.event.cancelled)
    throw new InputError(`"${target.label}" is already cancelled.`);
  const document = parseDocument(text);
  document.setIn([...pathOf(document, target), "cancelled"], true);
  return document.toString();
}

/**
 * Sets the programme's connection link (label "Connection link"), replacing an earlier one,
 * and drops its notices about a link to come ("will be conveyed in due course").
 * @example setConnectionLink(pocText, "https://meet.example/poc")
 */
export function setConnectionLink(text: string, url: string): string {
  const document = parseDocument(text);
  const links = document.get("links");
  const link = document.createNode({ label: "Connection link", url });
  if (isSeq(links)) {
    const index = links.items.findIndex((node) => isMap(node) && node.get("label") === "Connection link");
    if (index === -1) links.items.push(link);
    else links.items[index] = link;
  } else {
    document.set("links", document.createNode([{ label: "Connection link", url }]));
  }
  const notices = document.get("notices");
  if (isSeq(notices)) {
    notices.items = notices.items.filter(
      (node) => !(isMap(node) && revisionGrammar().linkNotice.test(String(node.get("about") ?? ""))),
    );
  }
  return document.toString();
}

/**
 * A side event to add.
 * @example const event: NewSideEvent = { id: "oewg-7-side-event-2024-03-06-1315", date: "2024-03-06", start: "13:15", end: "14:30", room: "Conference Room 11", title: "Capacity-building for POCs", venue: "United Nations Headquarters, New York" };
 */
export interface NewSideEvent {
  id: string;
  date: string;
  start: string;
  end?: string;
  room: string;
  title: string;
  /** The venue's name and city, as the event's address. */
  venue: string;
}

/**
 * Adds a side event to the programme's social events.
 * @example addSideEvent(oewgText, event)
 */
export function addSideEvent(text: string, event: NewSideEvent): string {
  const document = parseDocument(text);
  const node = document.createNode({
    id: event.id,
    kind: "side-event",
    title: event.title,
    date: event.date,
    start: quoted(event.start),
    ...(event.end ? { end: quoted(event.end) } : {}),
    place: { name: event.room, address: [event.venue] },
  });
  const events = document.get("socialEvents");
  if (isSeq(events)) events.items.push(node);
  else document.set("socialEvents", document.createNode([node]));
  return document.toString();
}
