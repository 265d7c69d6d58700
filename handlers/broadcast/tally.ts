/**
 * Counting a broadcast's outcomes from its delivery records (the source of truth, so that
 * counts stay right across restarts), and the per-recipient CSV of the final report.
 */
import { exportCsv } from "../../bot/csv.js";
import { EMAIL_CHANNEL, personRecipient } from "../../bot/reach/channels.js";
import { type Address, platformOf } from "../../bot/types.js";
import type { Delivery } from "../../schedules/delivery.js";
import { localIdOf } from "./repository.js";
import type { Ack, BroadcastRecipient } from "./schema.js";

/**
 * Counts of a broadcast's deliveries.
 * @example const counts: Tally = { total: 2000, sent: 640, failed: 3, uncertain: 0, pending: 1357, other: 0, acknowledged: 0 };
 */
export interface Tally {
  /** Deliveries (recipients with a chat account). */
  total: number;
  sent: number;
  failed: number;
  /** Re-sent after an interrupted attempt: delivered, maybe twice. */
  uncertain: number;
  /** Not settled yet (pending or being sent). */
  pending: number;
  /** Cancelled or missed. */
  other: number;
  acknowledged: number;
}

/**
 * Counts deliveries; recipients without a delivery record yet count as pending, or as
 * cancelled when the broadcast was cancelled before they were queued.
 * @example tally([{ status: "sent" }, { status: "failed" }] as Delivery[], 2, 1) // { total: 2, sent: 1, failed: 1, uncertain: 0, pending: 0, other: 0, acknowledged: 1 }
 */
export function tally(
  deliveries: readonly Pick<Delivery, "status">[],
  total: number,
  acknowledged: number,
  options: { cancelled?: boolean } = {},
): Tally {
  const counts: Tally = { total, sent: 0, failed: 0, uncertain: 0, pending: 0, other: 0, acknowledged };
  for (const { status } of deliveries) {
    if (status === "sent") counts.sent += 1;
    else if (status === "failed") counts.failed += 1;
    else if (status === "uncertain") counts.uncertain += 1;
    else if (status === "missed" || status === "cancelled") counts.other += 1;
    else counts.pending += 1;
  }
  const unqueued = Math.max(0, total - deliveries.length);
  if (options.cancelled) counts.other += unqueued;
  else counts.pending += unqueued;
  return counts;
}

/**
 * True when every delivery has settled.
 * @example isFinished({ total: 2, sent: 1, failed: 1, uncertain: 0, pending: 0, other: 0, acknowledged: 0 }) === true
 */
export const isFinished = (counts: Tally) => counts.pending === 0;

/**
 * One CSV row per recipient and channel: who (name and roster e-mail), the address the
 * message went to (the chat conversation it was delivered in, or the e-mail address; the
 * address tried when it was not sent), outcome, when, why, and the acknowledgement. A
 * recipient of a cancelled broadcast who was never queued is `cancelled`, as the counts say.
 * Names that a spreadsheet would read as formulas get a leading apostrophe (`exportCsv`).
 * @example outcomesCsv([{ key: "ann@un.org", name: "Ann", userId: "chat:U1" }], new Map(), new Map(), false)
 * // "name,email,recipient,user_id,platform,status,attempts,sent_at,error\nAnn,ann@un.org,chat:U1,chat:U1,chat,pending,0,,\n"
 */
export function outcomesCsv(
  recipients: readonly BroadcastRecipient[],
  deliveries: ReadonlyMap<string, Delivery>,
  acks: ReadonlyMap<string, Ack>,
  withAcks: boolean,
  options: { cancelled?: boolean } = {},
): string {
  const header = [
    "name",
    "email",
    "recipient",
    "user_id",
    "platform",
    "status",
    "attempts",
    "sent_at",
    "error",
    ...(withAcks ? ["acknowledged_at"] : []),
  ];
  const unqueued = options.cancelled ? "cancelled" : "pending";
  const row = (recipient: BroadcastRecipient, userId: string | undefined, platform: string) => {
    const delivery = userId ? deliveries.get(localIdOf(userId)) : undefined;
    const status = !userId ? "unreachable" : (delivery?.status ?? unqueued);
    const cells = [
      recipient.name,
      recipient.email ?? (recipient.key.includes("@") ? recipient.key : ""),
      userId ? addressOf(delivery, userId, platform, recipient) : "",
      userId ?? "",
      platform,
      status === "sending" ? "pending" : status,
      String(delivery?.attempts ?? 0),
      delivery?.sentAt ?? "",
      status === "sent" ? "" : (delivery?.error ?? (userId ? "" : "not met in chat yet")),
    ];
    if (withAcks) cells.push(userId ? (acks.get(userId)?.at ?? "") : "");
    // One line per recipient and channel, so that the CSV can be split between messages by lines.
    return cells.map((value) => value.replace(/\s*[\r\n]+\s*/g, " "));
  };
  const rows = recipients.flatMap((recipient) => [
    ...(recipient.userId || !recipient.email
      ? [row(recipient, recipient.userId, recipient.userId ? platformOf(recipient.userId as Address) : "")]
      : []),
    ...(recipient.email ? [row(recipient, personRecipient(recipient.email), EMAIL_CHANNEL)] : []),
  ]);
  return exportCsv([header, ...rows]);
}

/** Where a delivery went: the address it was sent to, else the one it was for (an e-mail copy: the address). */
function addressOf(
  delivery: Delivery | undefined,
  userId: string,
  platform: string,
  recipient: BroadcastRecipient,
): string {
  const address = delivery?.sentTo ?? delivery?.recipient ?? userId;
  if (platform === EMAIL_CHANNEL) return address.replace(/^[^:]+:/, "") || (recipient.email ?? "");
  return address;
}

/**
 * Splits a CSV into messages of at most `maxChars`, repeating the header line in each.
 * @example splitCsv("a,b\n1,2\n3,4\n", 9) // ["a,b\n1,2\n", "a,b\n3,4\n"]
 */
export function splitCsv(csv: string, maxChars = 10_000): string[] {
  const lines = csv.split(/(?<=\n)/);
  const header = lines.shift() ?? "";
  const parts: string[] = [];
  let current = header;
  for (const line of lines) {
    if (current.length + line.length > maxChars && current !== header) {
      parts.push(current);
      current = header;
    }
    current += line;
  }
  if (current !== header || parts.length === 0) parts.push(current);
  return parts;
}
