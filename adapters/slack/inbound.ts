/**
 * Bolt listeners: each acknowledges first (Bolt acks Events API requests itself before
 * listeners run), then looks the sender up and dispatches to the core. Clicks on a card
 * with inputs open its form instead of dispatching.
 */
import type { App } from "@slack/bolt";
import { say } from "../../bot/language/messages.js";
import type { Attachment, EventSink } from "../../bot/types.js";
import { encodeAddress } from "./address.js";
import type { SlackFile } from "./files.js";
import { FORM_CALLBACK_ID, formModal } from "./forms.js";
import type { SlackOutbound, SlackServices } from "./outbound.js";
import {
  type BotIdentity,
  type InboundDraft,
  type ParsedAction,
  type ParsedCommand,
  parseBlockAction,
  parseCommand,
  parseEventCallback,
  parseViewSubmission,
} from "./parse.js";

/**
 * What the listeners need.
 * @example const context: InboundContext = { ...services, sink: host.sink, identity, outbound };
 */
export interface InboundContext extends SlackServices {
  sink: EventSink;
  /** Downloads a file shared in a DM (`files.ts`). */
  download: (file: SlackFile) => Promise<Attachment>;
  identity: BotIdentity;
  outbound: SlackOutbound;
}

/**
 * Registers the listeners for DMs, mentions, App Home, slash commands, clicks and forms.
 * @example registerListeners(app, { ...services, sink: host.sink, identity, outbound });
 */
export function registerListeners(app: App, context: InboundContext): void {
  const { identity, log } = context;

  app.event(/^(message|app_mention|app_home_opened)$/, async ({ body }) => {
    await dispatch(context, parseEventCallback(body, identity));
  });

  app.command(/.*/, async ({ ack, body }) => {
    await ack();
    const command = parseCommand(body, identity);
    if (!command) return log.warn("unreadable slash command ignored");
    await dispatch(context, await commandDraft(context, command, body));
  });

  app.action(/.*/, async ({ ack, body }) => {
    await ack();
    const click = parseBlockAction(body, identity);
    if (!click) return log.debug("click on a button that is not ours ignored");
    await onClick(context, click);
  });

  app.view(FORM_CALLBACK_ID, async ({ ack, body }) => {
    await ack();
    await dispatch(context, parseViewSubmission(body));
  });

  app.error(async (error) => {
    log.error({ err: error }, "Slack listener failed");
  });
}

async function dispatch(context: InboundContext, draft: InboundDraft | undefined): Promise<void> {
  if (!draft) return;
  const [user, attachments] = await Promise.all([
    context.directory.userRef(draft.sender),
    draft.files && !draft.sender.isMe && !draft.sender.isBot
      ? Promise.all(draft.files.map((file) => context.download(file)))
      : undefined,
  ]);
  await context.sink.dispatch({
    ...draft.event,
    user,
    ...(attachments ? { attachments } : {}),
  } as Parameters<EventSink["dispatch"]>[0]);
}

/**
 * A slash command is answered in the bot's own DM when used there; anywhere else (a channel,
 * another person's DM) through its `response_url`, ephemeral: only the asker sees it, and
 * it works where the bot is not a member and `chat.postMessage` would fail.
 */
async function commandDraft(
  context: InboundContext,
  command: ParsedCommand,
  raw: unknown,
): Promise<InboundDraft> {
  const { team, userId, channel } = command;
  let inBotDm = false;
  if (command.inDirectMessage) {
    const dm = await context.directory.dmChannel(team, userId).catch((error: unknown) => {
      context.log.warn(
        { err: error },
        "conversations.open failed; answering the command through its response_url",
      );
      return undefined;
    });
    inBotDm = dm === channel;
  }
  const key = `command:${command.triggerId}`;
  if (!inBotDm) await context.responses.remember(key, command.responseUrl);
  return {
    sender: { team, userId, isBot: false, isMe: false, fallbackName: command.userName },
    event: {
      kind: "message",
      id: key,
      text: command.text,
      isDirect: inBotDm,
      address: inBotDm
        ? encodeAddress({ kind: "conversation", team, channel })
        : encodeAddress({ kind: "respond", team, user: userId, key }),
      raw,
    },
  };
}

async function onClick(context: InboundContext, click: ParsedAction): Promise<void> {
  let replyTo = click.replyTo;
  if (click.respondVia) {
    await context.responses.remember(click.id, click.respondVia);
    replyTo = encodeAddress({
      kind: "respond",
      team: click.sender.team,
      user: click.sender.userId,
      key: click.id,
    });
  }
  const { form, actionId, value } = click.button;
  if (!form) {
    await dispatch(context, {
      sender: click.sender,
      event: {
        kind: "action",
        id: click.id,
        actionId,
        value,
        address: replyTo,
        isDirect: click.isDirect,
        raw: click.raw,
      },
    });
    return;
  }
  // Slack accepts views.open for 3 s after the click: this runs right after the ack.
  const view = formModal(form, { actionId, value, replyTo, isDirect: click.isDirect }, click.label);
  try {
    if (!click.triggerId) throw new Error("the click carried no trigger_id");
    await context.api.call("views.open", { trigger_id: click.triggerId, view }, { idempotent: false });
  } catch (error) {
    context.log.error({ err: error }, "could not open a form");
    await context.outbound.send(replyTo, { text: say(form.locale ?? "en", "forms.failed") });
  }
}
