/**
 * Teams addresses. Teams ids contain colons, semicolons and `@` (`19:abc@thread.tacv2;messageid=17…`),
 * so the part after `teams:` is base64url of a small JSON tuple; only this file reads it.
 *
 * - a conversation: `["c", tenantId, conversationId]` — the DM, the group chat, or the
 *   channel thread (Teams puts the thread's root message id in the conversation id);
 * - a user: `["u", tenantId, userId]` — the bot-scoped Teams user id (`29:…`).
 *
 * The service URL is deliberately not part of an address: Teams may move a conversation
 * to another service URL, and an address must stay the same for the core (subscriptions,
 * RSVPs and delivery records are keyed by it). The service URL lives in the stored
 * conversation reference, refreshed on every inbound activity.
 */
import type { Address } from "../../bot/types.js";

/**
 * What an address points at.
 * @example const target = decodeAddress(address); if (target?.kind === "user") address = await adapter.openDirect(address);
 */
export type TeamsTarget =
  | { kind: "conversation"; tenantId: string; conversationId: string }
  | { kind: "user"; tenantId: string; userId: string };

/**
 * The platform segment of every Teams address.
 * @example platformOf(conversationAddress("t", "a:1")) === TEAMS_PLATFORM
 */
export const TEAMS_PLATFORM = "teams";

/**
 * @example conversationAddress("72f9…", "a:1Xyz") // "teams:WyJjIiwi…" (base64url of ["c","72f9…","a:1Xyz"])
 */
export function conversationAddress(tenantId: string, conversationId: string): Address {
  return encode(["c", tenantId, conversationId]);
}

/**
 * @example userAddress("72f9…", "29:1AbC")
 */
export function userAddress(tenantId: string, userId: string): Address {
  return encode(["u", tenantId, userId]);
}

/**
 * Reads an address made by this file; `undefined` for anything else (another platform,
 * a forged or truncated value).
 * @example decodeAddress(conversationAddress("t1", "a:1")) // { kind: "conversation", tenantId: "t1", conversationId: "a:1" }
 */
export function decodeAddress(address: Address): TeamsTarget | undefined {
  const prefix = `${TEAMS_PLATFORM}:`;
  if (!address.startsWith(prefix)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(address.slice(prefix.length), "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === "string"))
    return undefined;
  const [kind, tenantId, id] = parsed as [string, string, string];
  if (id === "") return undefined;
  if (kind === "c") return { kind: "conversation", tenantId, conversationId: id };
  if (kind === "u") return { kind: "user", tenantId, userId: id };
  return undefined;
}

/**
 * The conversation whose per-conversation rate limit a message counts against: a channel
 * thread (`19:…;messageid=…`) counts against its channel.
 * @example pacingConversation("19:abc@thread.tacv2;messageid=1712") === "19:abc@thread.tacv2"
 */
export function pacingConversation(conversationId: string): string {
  const cut = conversationId.indexOf(";messageid=");
  return cut === -1 ? conversationId : conversationId.slice(0, cut);
}

/** Recently encoded addresses (every activity encodes the same few several times). */
const encoded = new Map<string, Address>();

function encode(tuple: [string, string, string]): Address {
  const key = tuple.join("\u0000");
  const known = encoded.get(key);
  if (known) return known;
  const address: Address = `${TEAMS_PLATFORM}:${Buffer.from(JSON.stringify(tuple), "utf8").toString("base64url")}`;
  if (encoded.size >= 10_000) encoded.clear();
  encoded.set(key, address);
  return address;
}
