/**
 * The RSVP list as CSV (`exportCsv`: cells that read as formulas are neutralised), sent as text in direct messages: the core has no file
 * upload, so long lists are split into parts at row boundaries.
 */
import { exportCsv } from "../../bot/csv.js";
import type { Allocation } from "./allocation.js";
import type { RsvpAnswer } from "./schema.js";

/**
 * Columns of the export, in order.
 * @example CSV_COLUMNS.join(",") // "event_id,name,email,state,answer,place,…"
 */
export const CSV_COLUMNS = [
  "event_id",
  "name",
  "email",
  "state",
  "answer",
  "place",
  "waitlist_position",
  "experts_count",
  "expert_names",
  "party_size",
  "first_responded_at",
  "queued_at",
  "updated_at",
] as const;

/**
 * Every answer of an event as CSV: confirmed, then the waitlist in order, tentative, declined.
 * @example rsvpCsv(allocate(answers, 120)).split("\n")[0] // "event_id,name,email,state,answer,place,…"
 */
export function rsvpCsv(allocation: Allocation): string {
  const row = (answer: RsvpAnswer) => {
    const place = allocation.placeOf(answer.userId);
    return [
      answer.eventId,
      answer.name,
      answer.email ?? "",
      answer.state ?? "",
      answer.status,
      place?.state ?? "",
      place?.state === "waitlisted" ? String(place.position) : "",
      String(answer.experts.count),
      answer.experts.names.join("; "),
      String(answer.status === "declined" ? 0 : 1 + answer.experts.count),
      answer.firstRespondedAt,
      answer.status === "attending" ? answer.queuedAt : "",
      answer.updatedAt,
    ];
  };
  const answers = [
    ...allocation.confirmed,
    ...allocation.waitlisted,
    ...allocation.tentative,
    ...allocation.declined,
  ];
  return exportCsv([[...CSV_COLUMNS], ...answers.map(row)]);
}

/**
 * Splits CSV text into chunks of at most `limit` characters at line ends, repeating the
 * header in each chunk so each part is a valid CSV on its own.
 * @example csvParts("h\na\nb\n", 4) // ["h\na", "h\nb"]
 */
export function csvParts(csv: string, limit = 3_000): string[] {
  const lines = csv.replace(/\n$/, "").split("\n");
  const [header = "", ...rows] = lines;
  const parts: string[] = [];
  let current: string[] = [];
  let size = header.length;
  for (const line of rows) {
    if (current.length > 0 && size + line.length + 1 > limit) {
      parts.push([header, ...current].join("\n"));
      current = [];
      size = header.length;
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.length > 0 || parts.length === 0) parts.push([header, ...current].join("\n"));
  return parts;
}
