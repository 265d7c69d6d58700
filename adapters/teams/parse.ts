/**
 * Activity → core event, as a pure function. Understands personal chats, @mentions of
 * the bot in channels and group chats (the mention removed from the text), Adaptive Card
 * `Action.Submit` (a message activity whose `value` carries `actionId`/`value` and the
 * card's inputs) and `Action.Execute` (an `adaptiveCard/action` invoke). Everything else
 * (typing, reactions, conversation updates, channel chatter without a mention) yields
 * `undefined`.
 */
import type { Activity } from "@microsoft/agents-activity";
import type { Address, IncomingEvent, UserRef } from "../../bot/types.js";
import { conversationAddress, userAddress } from "./address.js";

/**
 * Prefix of Adaptive Card input ids, so that they never collide with `actionId`/`value`.
 * @example `${INPUT_ID_PREFIX}experts` === "input:experts"
 */
export const INPUT_ID_PREFIX = "input:";

/**
 * The invoke name Teams uses for `Action.Execute`.
 * @example activity.type === "invoke" && activity.name === ADAPTIVE_CARD_ACTION_INVOKE
 */
export const ADAPTIVE_CARD_ACTION_INVOKE = "adaptiveCard/action";

/**
 * The tenant of an activity: `conversation.tenantId`, else `channelData.tenant.id`, else `""`
 * (the Emulator sends none).
 * @example tenantOf({ conversation: { tenantId: "72f9…" } } as Activity) === "72f9…"
 */
export function tenantOf(activity: Partial<Activity>): string {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = typeof channelData?.tenant?.id === "string" ? channelData.tenant.id : undefined;
  return activity.conversation?.tenantId ?? fromChannelData ?? "";
}

/**
 * The core address of the activity's conversation.
 * @example addressOf(activity) // "teams:…"
 */
export function addressOf(activity: Partial<Activity>): Address {
  return conversationAddress(tenantOf(activity), activity.conversation?.id ?? "");
}

/**
 * True in a one-to-one chat with the bot (`conversationType: "personal"`; the Emulator
 * sends no type and no `isGroup`).
 * @example isPersonal({ conversation: { conversationType: "personal" } } as Activity) === true
 */
export function isPersonal(activity: Partial<Activity>): boolean {
  const conversation = activity.conversation;
  if (!conversation) return false;
  if (conversation.conversationType) return conversation.conversationType === "personal";
  return !conversation.isGroup;
}

/**
 * The user who sent the activity. `verifiedEmail` is not known here (it needs a call to
 * Teams); the adapter adds it.
 * @example userOf(activity).id // "teams:…" (the user's address)
 */
export function userOf(activity: Partial<Activity>): UserRef {
  const from = activity.from;
  const fromId = from?.id ?? "";
  return {
    id: userAddress(tenantOf(activity), fromId),
    displayName: from?.name?.trim() || "Teams user",
    timeZone: validTimeZone(activity.localTimezone),
    locale: activity.locale || undefined,
    isBot: from?.role === "bot",
    isMe: fromId !== "" && fromId === activity.recipient?.id,
  };
}

/**
 * The event id the core de-duplicates on. Teams message ids are only unique within a
 * conversation (they are derived from the send time), so the conversation id is part of it.
 * @example eventIdOf({ id: "1712", conversation: { id: "a:1" } } as Activity) === "a:1|1712"
 */
export function eventIdOf(activity: Partial<Activity>): string | undefined {
  if (!activity.id) return undefined;
  return `${activity.conversation?.id ?? ""}|${activity.id}`;
}

/**
 * The message text with every mention of the bot removed, other mentions reduced to the
 * name, `&nbsp;` turned into spaces and spaces collapsed (line breaks kept, for pastes) (what
 * `TurnContext.removeRecipientMention` does, for every mention and without mutating).
 * @example
 * textWithoutBotMention({ text: "<at>Delegate</at> what's next?", recipient: { id: "28:bot" },
 *   entities: [{ type: "mention", mentioned: { id: "28:bot" }, text: "<at>Delegate</at>" }] } as Activity)
 * // → { text: "what's next?", mentioned: true }
 */
export function textWithoutBotMention(activity: Partial<Activity>): { text: string; mentioned: boolean } {
  let text = activity.text ?? "";
  let mentioned = false;
  const botId = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    if (entity.type?.toLowerCase() !== "mention") continue;
    const mention = entity as { mentioned?: { id?: string }; text?: string };
    if (!botId || mention.mentioned?.id !== botId) continue;
    mentioned = true;
    if (mention.text) text = text.split(mention.text).join(" ");
  }
  text = text
    .replace(/<at>(.*?)<\/at>/gi, "$1")
    .replace(/&nbsp;/gi, " ")
    .replace(/\r\n?/g, "\n")
    // Spaces collapse; line breaks stay, so a pasted CSV or YAML keeps its lines.
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
  return { text, mentioned };
}

/**
 * Activity → event, or `undefined` when the activity is not something a user said or clicked.
 * @example
 * activityToEvent({ type: "message", id: "1", text: "hi", from: { id: "29:u" }, recipient: { id: "28:b" },
 *   conversation: { id: "a:1", conversationType: "personal", tenantId: "t" } } as Activity)
 * // → { kind: "message", text: "hi", isDirect: true, … }
 */
export function activityToEvent(
  activity: Partial<Activity>,
  fallbackId: () => string,
): IncomingEvent | undefined {
  const base = {
    id: eventIdOf(activity) ?? fallbackId(),
    user: userOf(activity),
    address: addressOf(activity),
    isDirect: isPersonal(activity),
    raw: activity,
  };
  if (activity.type === "message") {
    const submit = submittedAction(activity.value);
    if (submit) return { ...base, kind: "action", ...submit };
    const { text, mentioned } = textWithoutBotMention(activity);
    if (!base.isDirect && !mentioned) return undefined;
    return { ...base, kind: "message", text };
  }
  if (activity.type === "invoke" && activity.name === ADAPTIVE_CARD_ACTION_INVOKE) {
    const action = (activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
    const data = isRecord(action?.data) ? action.data : {};
    const actionId = typeof action?.verb === "string" && action.verb ? action.verb : data.actionId;
    const submit = submittedAction({ ...data, actionId });
    if (submit) return { ...base, kind: "action", ...submit };
  }
  return undefined;
}

function submittedAction(
  value: unknown,
): { actionId: string; value?: string; inputs?: Record<string, string> } | undefined {
  if (!isRecord(value) || typeof value.actionId !== "string" || value.actionId === "") return undefined;
  const inputs: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key.startsWith(INPUT_ID_PREFIX) && typeof entry === "string")
      inputs[key.slice(INPUT_ID_PREFIX.length)] = entry;
  }
  return {
    actionId: value.actionId,
    value: scalarText(value.value),
    inputs: Object.keys(inputs).length > 0 ? inputs : undefined,
  };
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** Zones already checked (building an `Intl.DateTimeFormat` costs about half a millisecond). */
const knownZones = new Map<string, boolean>();

function validTimeZone(zone: unknown): string | undefined {
  if (typeof zone !== "string" || zone === "" || zone.length > 64) return undefined;
  let valid = knownZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      valid = true;
    } catch {
      // Not an IANA zone this runtime knows: treat the zone as unknown.
      valid = false;
    }
    if (knownZones.size < 1_000) knownZones.set(zone, valid);
  }
  return valid ? zone : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
