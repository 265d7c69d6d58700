/**
 * Bolt payloads → drafts of the core's IncomingEvent (everything but the UserRef, which
 * needs a `users.info` look-up). Pure functions; the payload shapes are validated with
 * zod, and anything the bot does not handle gives `undefined`.
 *
 * Exactly one event per user question: `message` events are read only from DMs
 * (`channel_type: "im"`), and questions in channels arrive as `app_mention`, so a mention
 * that also arrives as a channel `message` is not answered twice.
 */
import { z } from "zod";
import type { ActionEvent, Address, MessageEvent } from "../../bot/types.js";
import { encodeAddress } from "./address.js";
import { type ButtonPayload, decodeButtonValue } from "./buttons.js";
import type { SenderFacts } from "./directory.js";
import { type SlackFile, slackFileSchema } from "./files.js";
import { type FormMetadata, formValues, readFormMetadata, type ViewStateValues } from "./forms.js";
import { HOME_ACTION_ID } from "./home.js";
import { plainText } from "./text.js";

/**
 * The bot's own ids (from `auth.test`), to strip its mention and recognise its messages.
 * @example const bot: BotIdentity = { userId: "U0BOT", botId: "B0BOT" };
 */
export interface BotIdentity {
  userId: string;
  botId: string;
}

type Draftable = Omit<MessageEvent, "user"> | Omit<ActionEvent, "user">;

/**
 * An event for the core, before its sender is looked up.
 * @example const draft = parseEventCallback(body, bot); if (draft) await sink.dispatch({ ...draft.event, user: await directory.userRef(draft.sender) });
 */
export interface InboundDraft {
  sender: SenderFacts;
  event: Draftable;
  /** Files shared with a direct message, to download before dispatching. */
  files?: SlackFile[];
}

/** Message subtypes that are a person writing; every other subtype (edits, joins, deletions) is ignored. */
const USER_MESSAGE_SUBTYPES = new Set([undefined, "file_share", "thread_broadcast", "me_message"]);

const eventCallbackSchema = z.object({
  event_id: z.string().min(1),
  team_id: z.string().optional(),
  event: z.object({
    type: z.string(),
    subtype: z.string().optional(),
    user: z.string().optional(),
    bot_id: z.string().optional(),
    text: z.string().optional(),
    channel: z.string().optional(),
    channel_type: z.string().optional(),
    ts: z.string().optional(),
    thread_ts: z.string().optional(),
    tab: z.string().optional(),
    team: z.string().optional(),
    files: z.array(slackFileSchema).optional(),
  }),
});

/**
 * An Events API envelope (`event_callback`) → a draft: DMs, mentions, App Home opened.
 * @example parseEventCallback({ event_id: "Ev1", team_id: "T1", event: { type: "message", channel_type: "im", channel: "D1", user: "U1", text: "hi", ts: "1.2" } }, bot)
 */
export function parseEventCallback(body: unknown, bot: BotIdentity): InboundDraft | undefined {
  const parsed = eventCallbackSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { event_id: id, event } = parsed.data;
  const team = parsed.data.team_id ?? event.team ?? "-";
  if (!event.user && !event.bot_id) return undefined;
  const sender: SenderFacts = {
    team,
    userId: event.user ?? event.bot_id ?? "",
    isMe: event.user === bot.userId || (event.bot_id !== undefined && event.bot_id === bot.botId),
    isBot: event.bot_id !== undefined || event.subtype === "bot_message",
  };

  if (event.type === "app_home_opened") {
    if (event.tab !== "home" || !event.user) return undefined;
    // Not "direct": the Home tab is no conversation. So the core never records it as the
    // user's contact address (a reminder would replace the tab), and replyPrivately goes to the DM.
    const address = encodeAddress({ kind: "home", team, user: event.user });
    return {
      sender,
      event: { kind: "action", id, actionId: HOME_ACTION_ID, address, isDirect: false, raw: body },
    };
  }

  const isMessage = event.type === "message" && event.channel_type === "im";
  const isMention = event.type === "app_mention" && event.channel_type !== "im";
  if (!isMessage && !isMention) return undefined;
  if (!USER_MESSAGE_SUBTYPES.has(event.subtype) && event.subtype !== "bot_message") return undefined;
  if (!event.channel || !event.ts) return undefined;
  const threadTs = isMention ? (event.thread_ts ?? event.ts) : event.thread_ts;
  const address = encodeAddress({ kind: "conversation", team, channel: event.channel, threadTs });
  const text = plainText(event.text ?? "", bot.userId);
  const files = isMessage && event.files?.length ? event.files : undefined;
  return {
    sender,
    event: { kind: "message", id, text, isDirect: isMessage, address, raw: body },
    ...(files ? { files } : {}),
  };
}

const commandSchema = z.object({
  team_id: z.string().optional(),
  enterprise_id: z.string().optional(),
  user_id: z.string().min(1),
  user_name: z.string().optional(),
  channel_id: z.string().min(1),
  channel_name: z.string().optional(),
  command: z.string(),
  text: z.string().default(""),
  response_url: z.url(),
  trigger_id: z.string().min(1),
});

/**
 * A slash command, parsed.
 * @example const command = parseCommand(body, bot); command?.responseUrl; // "https://hooks.slack.com/commands/…"
 */
export interface ParsedCommand {
  team: string;
  userId: string;
  userName?: string;
  channel: string;
  /** True when used in a DM (possibly another person's DM, where the bot cannot post). */
  inDirectMessage: boolean;
  text: string;
  responseUrl: string;
  triggerId: string;
}

/**
 * A slash command payload (`/oewg what's on Thursday afternoon`).
 * @example parseCommand({ team_id: "T1", user_id: "U1", channel_id: "C1", command: "/oewg", text: "help", response_url: "https://hooks.slack.com/commands/…", trigger_id: "123.456.abc" }, bot)?.text === "help"
 */
export function parseCommand(body: unknown, bot: BotIdentity): ParsedCommand | undefined {
  const parsed = commandSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const command = parsed.data;
  return {
    team: command.team_id ?? command.enterprise_id ?? "-",
    userId: command.user_id,
    userName: command.user_name,
    channel: command.channel_id,
    inDirectMessage: command.channel_name === "directmessage" || command.channel_id.startsWith("D"),
    text: plainText(command.text, bot.userId),
    responseUrl: command.response_url,
    triggerId: command.trigger_id,
  };
}

const userSchema = z.object({
  id: z.string().min(1),
  username: z.string().optional(),
  name: z.string().optional(),
  team_id: z.string().optional(),
});

const blockActionSchema = z.object({
  type: z.literal("block_actions"),
  trigger_id: z.string().optional(),
  user: userSchema,
  team: z.object({ id: z.string() }).nullish(),
  container: z
    .object({ type: z.string(), is_ephemeral: z.boolean().optional(), channel_id: z.string().optional() })
    .optional(),
  channel: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  response_url: z.url().optional(),
  actions: z
    .array(
      z.object({
        action_id: z.string(),
        value: z.string().optional(),
        action_ts: z.string().optional(),
        text: z.object({ text: z.string() }).optional(),
      }),
    )
    .min(1),
});

/**
 * A button click, parsed: where replies go, and what the button carried.
 * @example const click = parseBlockAction(body, bot); click?.button.form ? openModal(click) : dispatch(click);
 */
export interface ParsedAction {
  id: string;
  sender: SenderFacts;
  button: ButtonPayload;
  /** The clicked button's label (a form's submit label). */
  label: string;
  triggerId?: string;
  /** Where replies go, unless `respondVia` is set. */
  replyTo: Address;
  isDirect: boolean;
  /** For clicks on ephemeral messages: reply through this `response_url`. */
  respondVia?: string;
  raw: unknown;
}

/**
 * A `block_actions` payload → the click on one of our buttons; `undefined` for anything else.
 * Replies go to the thread of the card in a channel, to the DM when the card was in a DM,
 * to the user's DM when the click came from the App Home, and through `response_url` when
 * the card was ephemeral.
 * @example parseBlockAction(payload, bot)?.button.actionId === "rsvp:answer"
 */
export function parseBlockAction(body: unknown, _bot: BotIdentity): ParsedAction | undefined {
  const parsed = blockActionSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const payload = parsed.data;
  const [action] = payload.actions;
  const button = decodeButtonValue(action?.value);
  if (!action || !button) return undefined;
  const team = payload.team?.id ?? payload.user.team_id ?? "-";
  const sender: SenderFacts = {
    team,
    userId: payload.user.id,
    isBot: false,
    isMe: false,
    fallbackName: payload.user.name ?? payload.user.username,
  };
  const id = `action:${payload.trigger_id ?? `${payload.user.id}:${action.action_ts ?? action.action_id}`}`;
  const label = action.text?.text ?? "Send";
  const base = { id, sender, button, label, triggerId: payload.trigger_id, raw: body };
  const channel = payload.channel?.id ?? payload.container?.channel_id;
  if (payload.container?.type !== "message" || !channel || !payload.message) {
    return { ...base, replyTo: encodeAddress({ kind: "user", team, user: payload.user.id }), isDirect: true };
  }
  const inDm = channel.startsWith("D") || payload.channel?.name === "directmessage";
  const replyTo = encodeAddress({
    kind: "conversation",
    team,
    channel,
    threadTs: inDm ? payload.message.thread_ts : (payload.message.thread_ts ?? payload.message.ts),
  });
  const respondVia = payload.container.is_ephemeral ? payload.response_url : undefined;
  return { ...base, replyTo, isDirect: inDm && !respondVia, respondVia };
}

const viewSubmissionSchema = z.object({
  type: z.literal("view_submission"),
  trigger_id: z.string().optional(),
  user: userSchema,
  team: z.object({ id: z.string() }).nullish(),
  view: z.object({
    id: z.string(),
    hash: z.string().optional(),
    private_metadata: z.string().optional(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.any())) }).optional(),
  }),
});

/**
 * A modal submission → the ActionEvent draft of the card's action, with the form's values
 * as `inputs`; `undefined` for a modal that is not ours.
 * @example parseViewSubmission(payload)?.event // { kind: "action", actionId: "rsvp:experts", inputs: { experts: "2" }, … }
 */
export function parseViewSubmission(body: unknown): InboundDraft | undefined {
  const parsed = viewSubmissionSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const payload = parsed.data;
  const metadata: FormMetadata | undefined = readFormMetadata(payload.view.private_metadata);
  if (!metadata) return undefined;
  const team = payload.team?.id ?? payload.user.team_id ?? "-";
  return {
    sender: {
      team,
      userId: payload.user.id,
      isBot: false,
      isMe: false,
      fallbackName: payload.user.name ?? payload.user.username,
    },
    event: {
      kind: "action",
      id: `view:${payload.trigger_id ?? `${payload.view.id}:${payload.view.hash ?? ""}`}`,
      actionId: metadata.actionId,
      value: metadata.value,
      inputs: formValues(payload.view.state?.values as ViewStateValues | undefined),
      address: metadata.replyTo,
      isDirect: metadata.isDirect,
      raw: body,
    },
  };
}
