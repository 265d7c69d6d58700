/**
 * Slack addresses. The core sees them as opaque strings; only this file reads past the
 * `slack:` prefix. Segments are URI-encoded and separated by `/`:
 *
 * | address                       | meaning                                             |
 * |-------------------------------|-----------------------------------------------------|
 * | `slack:T1/C2`                 | a conversation (channel or DM), top level           |
 * | `slack:T1/C2/1709560800.0001` | a thread in a conversation                          |
 * | `slack:T1/@U3`                | a user (a send opens the DM)                        |
 * | `slack:T1/home/U3`            | the user's App Home tab (a send publishes the view) |
 * | `slack:T1/respond/U3/<key>`   | a `response_url` kept under `<key>` (ephemeral reply to U3; the DM once it expired) |
 */
import { DeliveryError } from "../../bot/errors.js";
import type { Address } from "../../bot/types.js";

/**
 * The platform name, also the first segment of every Slack address.
 * @example platformOf(encodeAddress(target)) === SLACK
 */
export const SLACK = "slack";

/**
 * A decoded Slack address.
 * @example const target: SlackTarget = { kind: "conversation", team: "T1", channel: "C2", threadTs: "1709560800.000100" };
 */
export type SlackTarget =
  | { kind: "conversation"; team: string; channel: string; threadTs?: string }
  | { kind: "user"; team: string; user: string }
  | { kind: "home"; team: string; user: string }
  | { kind: "respond"; team: string; user: string; key: string };

const encode = (segment: string) => encodeURIComponent(segment);

/**
 * Encodes a target as an address.
 * @example encodeAddress({ kind: "conversation", team: "T1", channel: "C2", threadTs: "1709560800.000100" }) === "slack:T1/C2/1709560800.000100"
 */
export function encodeAddress(target: SlackTarget): Address {
  const team = encode(target.team);
  switch (target.kind) {
    case "conversation":
      return target.threadTs
        ? `${SLACK}:${team}/${encode(target.channel)}/${encode(target.threadTs)}`
        : `${SLACK}:${team}/${encode(target.channel)}`;
    case "user":
      return `${SLACK}:${team}/@${encode(target.user)}`;
    case "home":
      return `${SLACK}:${team}/home/${encode(target.user)}`;
    case "respond":
      return `${SLACK}:${team}/respond/${encode(target.user)}/${encode(target.key)}`;
  }
}

/**
 * Decodes an address made by {@link encodeAddress}.
 * @throws DeliveryError (permanent) when the address is not a Slack address.
 * @example decodeAddress("slack:T1/@U3") // { kind: "user", team: "T1", user: "U3" }
 */
export function decodeAddress(address: Address | string): SlackTarget {
  const prefix = `${SLACK}:`;
  if (!address.startsWith(prefix)) throw notSlack(address);
  const parts = address.slice(prefix.length).split("/").map(safeDecode);
  const [team, second, third, fourth, ...rest] = parts;
  if (!team || !second || rest.length > 0 || parts.some((part) => part === undefined || part === "")) {
    throw notSlack(address);
  }
  if (second === "respond" && third && fourth) return { kind: "respond", team, user: third, key: fourth };
  if (fourth !== undefined) throw notSlack(address);
  if (second === "home" && third) return { kind: "home", team, user: third };
  if (second.startsWith("@") && third === undefined && second.length > 1) {
    return { kind: "user", team, user: second.slice(1) };
  }
  if (second === "home" || second === "respond" || second.startsWith("@")) throw notSlack(address);
  return third === undefined
    ? { kind: "conversation", team, channel: second }
    : { kind: "conversation", team, channel: second, threadTs: third };
}

/**
 * The user an address is for (user, home and respond addresses).
 * @example userOf("slack:T1/@U3") === "U3"
 */
export function userOf(address: Address | string): { team: string; user: string } {
  const target = decodeAddress(address);
  if (target.kind !== "conversation") return { team: target.team, user: target.user };
  throw new DeliveryError(`Not a Slack user address: ${address}`, true);
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function notSlack(address: string): DeliveryError {
  return new DeliveryError(`Not a Slack address: ${address}`, true);
}
