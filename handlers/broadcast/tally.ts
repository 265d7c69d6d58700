/**
 * Counting a broadcast's outcomes from its delivery records (the source of truth, so that
 * counts stay right across restarts), and the per-recipient CSV of the final report.
 */
import { exportCsv } from "../../bot/csv.js";
import { currentLocale } from "../../bot/language/current.js";
import { stateName } from "../../bot/people/states.js";
import { EMAIL_CHANNEL, personRecipient } from "../../bot/reach/channels.js";
import { type Address, platformOf } from "../../bot/types.js";
import type { Delivery } from "../../schedules/delivery.js";
import { localIdOf, lookupLocalId } from "./repository.js";
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
 * One CSV row per recipient and channel: who (name, their State as the bot shows it — the UN
 * short name in `options.locale`, the turn's language by default — and a POC's type, as the
 * preview's lists show them, `recipientWho`; for a broadcast composed before recipients kept
 * their State, `options.stateOf` gives it from the roster at export time; and roster e-mail), the address the
 * message went to (the chat conversation it was delivered in, or the e-mail address; the
 * address tried when it was not sent), outcome, when, why, and the acknowledgement. A
 * recipient of a cancelled broadcast who was never queued is `cancelled`, as the counts say.
 * Names that a spreadsheet would read as formulas get a leading apostrophe (`exportCsv`).
 * @example outcomesCsv([{ key: "ann@un.org", name: "Ann", userId: "chat:U1" }], new Map(), new Map(), false)
 * // "name,state,poc_type,email,recipient,user_id,platform,status,attempts,sent_at,error\nAnn,,,ann@un.org,chat:U1,chat:U1,chat,pending,0,,\n"
 */
export function outcomesCsv(
  recipients: readonly BroadcastRecipient[],
  deliveries: ReadonlyMap<string, Delivery>,
  acks: ReadonlyMap<string, Ack>,
  withAcks: boolean,
  options: {
    cancelled?: boolean;
    locale?: string;
    /** A State for a recipient stored without one (composed before the column): the roster's, by e-mail. */
    stateOf?: (email: string) => string | undefined;
  } = {},
): string {
  const locale = options.locale ?? currentLocale();
  const header = [
    "name",
    "state",
    "poc_type",
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
  const row = (recipient: BroadcastRecipient, line: RecipientChannel | undefined) => {
    const delivery = line ? deliveries.get(line.localId) : undefined;
    const userId = line ? (line.lookup ? (delivery?.sentTo ?? line.recipient) : line.recipient) : undefined;
    const status = !line ? "unreachable" : (delivery?.status ?? unqueued);
    const platform = !line ? "" : line.lookup ? lookupPlatform(delivery) : line.platform;
    const email = recipient.email ?? (recipient.key.includes("@") ? recipient.key : "");
    const state = recipient.state ?? (email ? options.stateOf?.(email.toLowerCase()) : undefined);
    const cells = [
      recipient.name,
      state ? stateName(state, locale) : "",
      recipient.pocType ?? "",
      email,
      userId ? addressOf(delivery, userId, platform, recipient) : "",
      userId ?? "",
      platform,
      status === "sending" ? "pending" : status,
      String(delivery?.attempts ?? 0),
      delivery?.sentAt ?? "",
      status === "sent" ? "" : (delivery?.error ?? (line ? "" : "not met in chat yet")),
    ];
    if (withAcks) cells.push(line ? (acks.get(line.ackKey)?.at ?? "") : "");
    // One line per recipient and channel, so that the CSV can be split between messages by lines.
    return cells.map((value) => value.replace(/\s*[\r\n]+\s*/g, " "));
  };
  const rows = recipients.flatMap((recipient) => {
    const lines = channelsOf(recipient);
    return lines.length === 0 ? [row(recipient, undefined)] : lines.map((line) => row(recipient, line));
  });
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

/** One delivery a recipient gets: its local id in the campaign, and how it is shown. */
export interface RecipientChannel {
  localId: string;
  /** The delivery's recipient: a chat address, or `person:<email>`. */
  recipient: string;
  /** The platform or channel (`email`); for a look-up, decided when sent. */
  platform: string;
  /** Looked up when sending: chat if found, else (without an e-mail copy) e-mail. */
  lookup: boolean;
  /** Whose acknowledgement counts for it (a looked-up person's is kept under `person:<email>`). */
  ackKey: string;
}

/**
 * The deliveries a recipient gets, in CSV and ledger order: chat (or the look-up), then the
 * e-mail copy. None for someone the broadcast cannot reach.
 * @example channelsOf({ key: "ann@un.org", name: "Ann", userId: "chat:U1", email: "ann@un.org" }).map((c) => c.platform) // ["chat", "email"]
 */
export function channelsOf(recipient: BroadcastRecipient): RecipientChannel[] {
  const lines: RecipientChannel[] = [];
  if (recipient.userId) {
    lines.push({
      localId: localIdOf(recipient.userId),
      recipient: recipient.userId,
      platform: platformOf(recipient.userId as Address),
      lookup: false,
      ackKey: recipient.userId,
    });
  } else if (recipient.lookup) {
    lines.push({
      localId: lookupLocalId(recipient.key),
      recipient: personRecipient(recipient.key),
      platform: LOOKUP_PLATFORM,
      lookup: true,
      ackKey: personRecipient(recipient.key),
    });
  }
  if (recipient.email) {
    const person = personRecipient(recipient.email);
    lines.push({
      localId: localIdOf(person),
      recipient: person,
      platform: EMAIL_CHANNEL,
      lookup: false,
      ackKey: person,
    });
  }
  return lines;
}

/** What a looked-up delivery's platform is called until it has been sent. */
export const LOOKUP_PLATFORM = "look-up";

/**
 * The platform a looked-up delivery went by: the address it was sent to, else "look-up".
 * @example lookupPlatform({ sentTo: "email:ann@un.org" } as Delivery) === "email"
 */
export function lookupPlatform(delivery: Pick<Delivery, "sentTo"> | undefined): string {
  return delivery?.sentTo ? platformOf(delivery.sentTo as Address) : LOOKUP_PLATFORM;
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
