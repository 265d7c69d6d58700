/**
 * What a revision changes, item by item: occurrences added, removed, moved, cancelled or
 * reinstated, rooms and titles changed, and programme-wide links and notices.
 */
import type { Catalogue, Occurrence, ProgrammeEntry } from "../programme/catalogue.js";
import { formatSpan } from "../programme/format.js";
import { isCancelled } from "./cancelled.js";
import type { Change } from "./model.js";

/** Occurrences a person can be told about: meetings, social events, milestones, items with their own time. */
function tracked(catalogue: Catalogue): Map<string, Occurrence> {
  const out = new Map<string, Occurrence>();
  for (const occurrence of catalogue.occurrences) {
    if (occurrence.kind === "item" && !occurrence.ownTime) continue;
    out.set(occurrence.id, occurrence);
  }
  return out;
}

/**
 * Where an occurrence takes place, as the programme says (room, or place of a social event).
 * @example roomOf(thursdayMorning) === "Conference Room 4"
 */
export function roomOf(occurrence: Occurrence): string | undefined {
  if (occurrence.kind === "social")
    return [occurrence.event.place.name, ...occurrence.event.place.address].join(", ");
  if (occurrence.kind === "milestone") return undefined;
  return occurrence.meeting.room ?? occurrence.programme.programme.venue.room;
}

/**
 * "Thu 7 Mar, 10:00 AM–1:00 PM" in the venue's zone ("Mon 10 Jun" for a date-only milestone).
 * @example spanText(thursdayMorning) === "Thu 7 Mar, 10:00 AM–1:00 PM"
 */
export function spanText(occurrence: Occurrence): string {
  if (occurrence.kind === "milestone") return occurrence.date;
  return formatSpan(occurrence.start, occurrence.end, occurrence.programme.zone);
}

function linksText(entry: ProgrammeEntry): string {
  return entry.programme.links.map((link) => `${link.label}: ${link.url}`).join("; ");
}

function noticesText(entry: ProgrammeEntry): string {
  return entry.programme.notices.map((notice) => notice.text).join(" ");
}

/**
 * The changes from one catalogue to the next, in programme order (removed ones last).
 * @example diffCatalogues(before, after).map((c) => c.kind) // ["moved"]
 */
export function diffCatalogues(before: Catalogue, after: Catalogue): Change[] {
  const changes: Change[] = [];
  const old = tracked(before);
  const now = tracked(after);
  for (const [id, next] of now) {
    const base = {
      id,
      programmeId: next.programme.id,
      scope: "occurrence" as const,
      label: next.label,
      zone: next.programme.zone,
    };
    const previous = old.get(id);
    if (!previous) {
      changes.push({
        ...base,
        kind: "added",
        after: spanText(next),
        afterStart: next.start,
        afterEnd: next.end,
      });
      continue;
    }
    const wasCancelled = isCancelled(previous);
    const cancelled = isCancelled(next);
    if (cancelled && !wasCancelled) {
      changes.push({ ...base, kind: "cancelled", before: spanText(previous), beforeStart: previous.start });
      continue;
    }
    if (!cancelled && wasCancelled) changes.push({ ...base, kind: "reinstated", after: spanText(next) });
    if (previous.start !== next.start || previous.end !== next.end) {
      changes.push({
        ...base,
        kind: "moved",
        before: spanText(previous),
        after: spanText(next),
        beforeStart: previous.start,
        beforeEnd: previous.end,
        afterStart: next.start,
        afterEnd: next.end,
      });
    }
    const roomBefore = roomOf(previous);
    const roomAfter = roomOf(next);
    // An item's room is its meeting's: said once, for the meeting.
    if (roomBefore !== roomAfter && next.kind !== "item")
      changes.push({ ...base, kind: "room", before: roomBefore, after: roomAfter });
    if (previous.label !== next.label)
      changes.push({ ...base, kind: "title", before: previous.label, after: next.label });
  }
  for (const [id, previous] of old) {
    if (now.has(id)) continue;
    changes.push({
      kind: "removed",
      id,
      programmeId: previous.programme.id,
      scope: "occurrence",
      label: previous.label,
      zone: previous.programme.zone,
      before: spanText(previous),
      beforeStart: previous.start,
    });
  }
  const oldProgrammes = new Map(before.programmes.map((entry) => [entry.id, entry]));
  for (const entry of after.programmes) {
    const previous = oldProgrammes.get(entry.id);
    if (!previous) continue;
    const base = {
      id: entry.id,
      programmeId: entry.id,
      scope: "programme" as const,
      label: entry.programme.shortTitle,
    };
    if (linksText(previous) !== linksText(entry))
      changes.push({
        ...base,
        kind: "link",
        before: linksText(previous) || undefined,
        after: linksText(entry) || undefined,
      });
    if (noticesText(previous) !== noticesText(entry))
      changes.push({
        ...base,
        kind: "details",
        before: noticesText(previous) || undefined,
        after: noticesText(entry) || undefined,
      });
  }
  return changes;
}
