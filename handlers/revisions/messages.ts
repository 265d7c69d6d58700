/**
 * Every sentence of the revisions feature in one place. What delegates read (the change
 * lines and the notice) is in the message catalogue, in the reader's language; what only the
 * Secretariat reads stays English here.
 */
import { tr } from "../../bot/language/messages.js";
import { describeWhen, formatDate, formatSpan, zoneLabel } from "../../bot/programme/format.js";
import { localDateTime } from "../../bot/programme/time.js";
import { local } from "../../bot/programme/translations.js";
import type { Change } from "../../bot/versions/model.js";

/** Zones a change is said in: the venue's (with its label) and the reader's. */
export interface ChangeZones {
  venueLabel?: string;
  askerZone?: string;
}

function when(
  start: number | undefined,
  end: number | undefined,
  change: Change,
  zones: ChangeZones,
): string {
  if (start === undefined || change.zone === undefined) return "";
  const described = describeWhen(
    { start, end },
    {
      venueZone: change.zone,
      venueLabel: zones.venueLabel ?? zoneLabel(change.zone),
      askerZone: zones.askerZone,
    },
  );
  return described.asker ? `${described.venue} (${described.asker})` : described.venue;
}

/**
 * When a moved occurrence was, in the turn's language: the stored words are English (the
 * Secretariat's preview and the audit read them); a milestone's bare date stays as stored.
 */
function movedFrom(change: Change, stored: string): string {
  if (change.beforeStart === undefined || change.zone === undefined || /^\d{4}-\d{2}-\d{2}$/.test(stored))
    return stored;
  return formatSpan(change.beforeStart, change.beforeEnd, change.zone);
}

/**
 * One change as a line, with times in the venue's zone and the reader's.
 * @example changeLine({ kind: "room", label: "Capacity-building", before: undefined, after: "Conference Room 4", … })
 * // "Capacity-building: the room is now Conference Room 4 (none was given before)"
 */
export function changeLine(change: Change, zones: ChangeZones = {}): string {
  const { before = "", after = "" } = { ...change, before: change.before ?? "", after: change.after ?? "" };
  // The label is stored in the data's English (the Secretariat's preview and the audit read
  // it); the reader gets the data's translation of it where there is one.
  const label = local(change.label);
  const at = () => when(change.afterStart, change.afterEnd, change, zones);
  switch (change.kind) {
    case "moved":
      return tr("revisions.moved", { label, when: at(), before: movedFrom(change, before) });
    case "room":
      return change.after
        ? tr("revisions.roomNow", {
            label,
            after,
            was: change.before ? tr("revisions.roomWas", { before }) : tr("revisions.roomNoneBefore"),
          })
        : tr("revisions.roomGone", { label, before });
    case "link":
      return change.after
        ? tr("revisions.linksNow", { label, after }) +
            (change.before ? tr("revisions.linksWere", { before }) : "")
        : tr("revisions.linksGone", { label, before });
    case "cancelled":
      return tr("revisions.cancelled", { label, before });
    case "reinstated":
      return tr("revisions.reinstated", { label, after });
    case "added":
      return tr("revisions.added", { label, when: at() });
    case "removed":
      return tr("revisions.removed", { label, before });
    case "title":
      return tr("revisions.title", { before, after });
    case "details":
      return change.after
        ? tr("revisions.details", { label, after })
        : tr("revisions.detailsGone", { label });
  }
}

export const messages = {
  onlySecretariat: "Sorry, only the Secretariat can revise the programme.",
  emptyRevision:
    'Send "revise programme" followed, in the same message, by the whole revised programme file (YAML, as in data/). Or say a change, e.g. "move Thursday afternoon to 3:30 PM".',
  invalid: (count: number, lines: string[]) =>
    [
      `Nothing was changed: the revised file has ${count} problem${count === 1 ? "" : "s"}. Fix ${count === 1 ? "it" : "them"} and send the whole file again.`,
      ...lines.map((line) => `• ${line}`),
    ].join("\n"),
  noChange: (version: number) =>
    `That is the programme as it stands (version ${version}): nothing to publish.`,
  previewTitle: (base: number) =>
    `Revision of the programme (from version ${base}) — preview, not published yet`,
  affectedLine: (reminders: number, rsvps: number, calendars: number, told: number, optedOut: number) =>
    `${reminders} with reminders, ${rsvps} with RSVPs, ${calendars} holding calendar links (their calendars update at the next refresh). ` +
    `${told} ${told === 1 ? "person" : "people"} will be told, once each${optedOut > 0 ? ` (${optedOut} turned change notices off)` : ""}.`,
  confirmHint: 'Press Publish (or type "publish") to publish it, Discard (or "discard") to drop it.',
  noDraft: 'There is no revision waiting. Send "revise programme" with the file, or say a change.',
  staleDraft: "That preview was replaced by a newer one: publish from the latest preview.",
  discarded: "Revision discarded; the programme is unchanged.",
  published: (version: number, changes: number, told: number) =>
    `Published version ${version} (${changes} change${changes === 1 ? "" : "s"}). ${told} ${told === 1 ? "person is" : "people are"} being told. Every replica answers from it within seconds.`,
  historyTitle: "Programme versions",
  historyLine: (version: number, at: string, author: string, note: string, current: boolean) =>
    `${current ? "▶" : "•"} Version ${version} — ${at}, ${author}: ${note}`,
  historyHint:
    'Say "restore version N" to go back to one (it is previewed, then published as a new version).',
  noSuchVersion: (text: string, latest: number) =>
    `There is no version ${text}: versions run from 1 to ${latest}.`,
  alreadyCurrent: (version: number) => `Version ${version} is already the programme in force.`,
  restoreNote: (version: number) => `restores version ${version}`,
  noticeTitle: (version: number, date: string) => tr("revisions.noticeTitle", { version, date }),
  get noticeFooter(): string {
    return tr("revisions.noticeFooter");
  },
  /** The note programme answers add: "changed on Tue 5 Mar (was 10:00 AM)". */
  changedOn: (date: string, was: string | undefined) =>
    was ? tr("revisions.changedOnWas", { date, was }) : tr("revisions.changedOn", { date }),
  cancelledOn: (date: string) => tr("revisions.cancelledOn", { date }),
};

/**
 * A publication time as people read it, in the venue's zone.
 * @example publishedDate("2024-03-05T14:00:00Z", "America/New_York") === "Tue 5 Mar"
 */
export function publishedDate(iso: string, zone: string): string {
  return formatDate(localDateTime(Date.parse(iso), zone).date);
}
