/**
 * The hook programme answers call to say what changed: "changed on Tue 5 Mar (was 10:00 AM)"
 * next to an occurrence whose time, room or link changed in a version published since the
 * person last asked (all published changes for someone who never asked). Each person's last
 * seen version is kept in the store (`revisions:seen:<userId>`), read only once a revision exists.
 */
import { z } from "zod";
import { tr } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import type { Occurrence } from "../../bot/programme/catalogue.js";
import { formatClock, formatDate } from "../../bot/programme/format.js";
import { localDateTime } from "../../bot/programme/time.js";
import type { DatedChange, ProgrammeSource } from "../../bot/versions/source.js";
import { messages, publishedDate } from "./messages.js";

/**
 * What an answer calls per occurrence; undefined when there is nothing to say.
 * @example const note: ChangeNote = (occurrence) => "changed on Tue 5 Mar (was 3:00 PM)";
 */
export type ChangeNote = (occurrence: Occurrence) => string | undefined;

function was(dated: DatedChange, zone: string): string | undefined {
  const { change } = dated;
  if (change.kind === "moved" && change.beforeStart !== undefined) {
    const clock = formatClock(change.beforeStart, zone);
    const sameDay =
      change.afterStart !== undefined &&
      localDateTime(change.beforeStart, zone).date === localDateTime(change.afterStart, zone).date;
    return sameDay ? clock : `${formatDate(localDateTime(change.beforeStart, zone).date)}, ${clock}`;
  }
  if (change.kind === "room") return change.before ?? tr("revisions.noRoomBefore");
  if (change.kind === "link") return change.before ?? tr("revisions.noLinkBefore");
  return undefined;
}

/**
 * The note of one occurrence given the last version the person saw.
 * @example changeNoteFor(deps.programmes, 1)(thursdayAfternoon) === "changed on Tue 5 Mar (was 3:00 PM)"
 */
export function changeNoteFor(source: ProgrammeSource, seenVersion: number): ChangeNote {
  return (occurrence) => {
    const ids = [
      occurrence.id,
      occurrence.kind === "item" ? occurrence.meetingId : undefined,
      occurrence.programme.id,
    ];
    const latest = ids
      .flatMap((id) => (id === undefined ? [] : [source.lastChange(id)]))
      .filter((dated): dated is DatedChange => dated !== undefined && dated.version > seenVersion)
      .sort((a, b) => a.version - b.version)
      .at(-1);
    if (!latest) return undefined;
    const zone = occurrence.programme.zone;
    const date = publishedDate(latest.at, zone);
    if (latest.change.kind === "cancelled") return messages.cancelledOn(date);
    return messages.changedOn(date, was(latest, zone));
  };
}

const seenSchema = z.number().int().positive();

/** Per core, the versions people were last seen on (saves a store read per question once they saw the latest). */
const seenCache = new WeakMap<object, Map<string, number>>();

/**
 * The note hook for a person's question, and a function to call after answering that records
 * the version they have now seen. No store access while no revision was ever published.
 * @example const { note, seen } = await changeNotesFor(deps, ctx.user.id); …; await seen();
 */
export async function changeNotesFor(
  deps: Pick<BotDeps, "programmes" | "store">,
  userId: string,
): Promise<{ note?: ChangeNote; seen: () => Promise<void> }> {
  const version = deps.programmes.version;
  if (version === 1) return { seen: async () => undefined };
  let cache = seenCache.get(deps.programmes);
  if (!cache) {
    cache = new Map();
    seenCache.set(deps.programmes, cache);
  }
  const known = cache;
  if ((known.get(userId) ?? 0) >= version) return { seen: async () => undefined };
  const store = deps.store.namespace("revisions");
  const seenVersion = (await store.get(`seen:${userId}`, seenSchema)) ?? 1;
  if (seenVersion >= version) {
    known.set(userId, seenVersion);
    return { seen: async () => undefined };
  }
  return {
    note: changeNoteFor(deps.programmes, seenVersion),
    seen: async () => {
      await store.set(`seen:${userId}`, version);
      known.set(userId, version);
    },
  };
}
