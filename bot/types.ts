/**
 * The platform-neutral vocabulary of the bot. Adapters translate their platform's
 * payloads into these types; nothing outside `adapters/` sees a platform payload
 * except as the opaque `raw` field.
 */
import type { Outgoing } from "./cards.js";
import type { Logger } from "./logger.js";
import type { Store } from "./store/port.js";

/**
 * An opaque address, `"<platform>:<adapter-specific>"`. Only the adapter that made it
 * parses past the first colon (Teams ids contain colons themselves, so adapters encode).
 * @example "slack:T123/D456" or "console:local"
 */
export type Address = `${string}:${string}`;

/** Who sent an event, as far as the platform told us. */
export interface UserRef {
  /** Stable per platform user, e.g. `"slack:U123"`. */
  id: Address;
  displayName: string;
  /** IANA zone when the platform knows it (Slack `users.info`, Teams `localTimezone`). */
  timeZone?: string;
  locale?: string;
  /** Email the platform verified (never one the user typed). */
  verifiedEmail?: string;
  isBot: boolean;
  /** True when the event was sent by this bot itself. */
  isMe: boolean;
}

interface EventBase {
  /** Platform event id used for de-duplication (Slack `event_id`, Teams activity id). */
  id: string;
  user: UserRef;
  /** Where a reply goes (the DM, or the thread in a channel). */
  address: Address;
  /** True in a one-to-one conversation with the bot. */
  isDirect: boolean;
  /** The platform payload, for adapters' own use; handlers must not read it. */
  raw?: unknown;
}

/**
 * A file sent with a message, as the adapter fetched it. The core never sees the platform's
 * file object or URL: the adapter downloads the file (with `bot/attachments.ts`, which
 * enforces the size and type limits) and hands over its text, or the reason it has none.
 */
export interface Attachment {
  /** The file's name as the sender gave it, e.g. `"roster.csv"`. */
  name: string;
  /** The media type the platform reported (may be empty or generic). */
  mediaType: string;
  /** Size in bytes, when known. */
  size?: number;
  /** The file's text (UTF-8), when it was fetched and is one of the accepted kinds. */
  text?: string;
  /** Why there is no text: too big, not a CSV or YAML file, not text, or the download failed. */
  problem?: AttachmentProblem;
}

/** Why an attachment's text could not be had. */
export type AttachmentProblem = "too-large" | "unsupported-type" | "not-text" | "download-failed";

/** A text message (DM, mention with the mention stripped, slash command text). */
export interface MessageEvent extends EventBase {
  kind: "message";
  text: string;
  /**
   * The text as written, kept when the language module read a message in another language
   * into the English lexicon's words (`text` is then that reading): what a feature that sends
   * text on as written (a broadcast and its translations) must use.
   */
  asWritten?: string;
  /** Files sent with the message (direct messages only), already fetched by the adapter. */
  attachments?: Attachment[];
}

/** A button click or form submission on a card. */
export interface ActionEvent extends EventBase {
  kind: "action";
  actionId: string;
  value?: string;
  /** Values of a card's inputs, by input id, when the action submitted a form. */
  inputs?: Record<string, string>;
}

/** Anything an adapter can deliver to the core. */
export type IncomingEvent = MessageEvent | ActionEvent;

/** A handle on a sent message, for updates (progress reports). */
export interface SentRef {
  address: Address;
  /** Platform message id (Slack `ts`, Teams activity id). */
  messageId: string;
}

/** What adapters hand events to; the core's pipeline implements it. */
export interface EventSink {
  dispatch(event: IncomingEvent): Promise<void>;
}

/** A route on the bot's single HTTP server, mounted by adapters and features. */
export type HttpHandler = (
  request: import("node:http").IncomingMessage,
  response: import("node:http").ServerResponse,
) => void | Promise<void>;

/** What the composition root gives an adapter when it starts. */
export interface AdapterHost {
  sink: EventSink;
  /** A store namespace of the adapter's own (DM channel ids, conversation references, caches). */
  store: Store;
  log: Logger;
  /** Mounts a route on the bot's one HTTP server (absent when no server runs). */
  route?(method: "GET" | "POST", path: string, handler: HttpHandler): void;
}

/**
 * A chat platform. Adapters verify and acknowledge inbound requests themselves, then
 * dispatch; handlers never see an ack.
 */
export interface ChatAdapter {
  /** Short platform name, also the first segment of its addresses: `"slack"`. */
  readonly name: string;
  start(host: AdapterHost): Promise<void>;
  stop(): Promise<void>;
  /** Replies and proactive sends. Throws a {@link import("./errors.js").DeliveryError} on failure. */
  send(to: Address, message: Outgoing): Promise<SentRef>;
  /** Optional: edit a message in place (progress reports). */
  update?(sent: SentRef, message: Outgoing): Promise<void>;
  /** Optional: the DM address for a user address (cached by the adapter). */
  openDirect?(user: Address): Promise<Address>;
  /**
   * Optional: the user address of the platform member with this e-mail (a directory
   * look-up, cached by the adapter); `undefined` when nobody there has it. Throws a
   * transient DeliveryError when the look-up failed.
   */
  findUserByEmail?(email: string): Promise<Address | undefined>;
  /**
   * Optional: whether this running instance can deliver to a user address. A console serves
   * one user per process, several of which may share a store: a proactive message for another
   * user is not theirs to show. The outbox leaves such a delivery pending (no attempt used)
   * for the process that serves its user; untouched for a day (`unservedGiveUpMs`), it is
   * recorded as failed, unreachable, with the reason. Without it, every address of the
   * platform is reachable.
   */
  serves?(user: Address): boolean;
}

/** The platform segment of an address: `platformOf("slack:T1/C2") === "slack"`. */
export function platformOf(address: Address): string {
  return address.slice(0, address.indexOf(":"));
}
