/**
 * Cancellation as revisions mark it: `cancelled: true` on a meeting or social event (it stays
 * in the programme, so answers and calendars can say it is cancelled), or a whole programme
 * with status `cancelled`.
 */
import type { NoticeEntry, Occurrence } from "../programme/catalogue.js";

/**
 * Whether the occurrence (or the meeting it sits in) is marked cancelled.
 * @example isCancelled(catalogue.byId.get("oewg-7-reception-2024-03-04")) === false
 */
export function isCancelled(occurrence: Occurrence | NoticeEntry | undefined): boolean {
  if (!occurrence || occurrence.kind === "notice") return false;
  if (occurrence.programme.programme.status === "cancelled") return true;
  if (occurrence.kind === "social") return occurrence.event.cancelled === true;
  if (occurrence.kind === "meeting" || occurrence.kind === "item")
    return occurrence.meeting.cancelled === true;
  return false;
}
