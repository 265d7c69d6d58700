/**
 * Real Slack payload shapes (Events API envelopes, slash commands, block actions, view
 * submissions), as bodies ready to sign and post.
 */

/**
 * Defaults shared by the builders.
 * @example const ctx: PayloadContext = t.ctx; directMessage(ctx, "Ev1", { text: "hi", user: "U0GENEVA" });
 */
export interface PayloadContext {
  team: string;
  botUserId: string;
  botId: string;
  /** Where `response_url`s point (the fake's). */
  responseUrl: (id: string) => string;
}

let sequence = 0;
/**
 * A fresh message timestamp, unique in the test run.
 * @example mention(ctx, "Ev1", { text: "hi", user: "U1", channel: "C1", ts: nextTs() })
 */
export function nextTs(): string {
  sequence += 1;
  return `1709560900.${String(sequence).padStart(6, "0")}`;
}

/**
 * An `event_callback` envelope around an event.
 * @example eventEnvelope(ctx, "Ev1", { type: "app_mention", … })
 */
export function eventEnvelope(ctx: PayloadContext, eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: ctx.team,
    context_team_id: ctx.team,
    api_app_id: "A0APP",
    event: { event_ts: event.ts ?? nextTs(), ...event },
    type: "event_callback",
    event_id: eventId,
    event_time: 1709560900,
    authorizations: [
      {
        enterprise_id: null,
        team_id: ctx.team,
        user_id: ctx.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${eventId}`,
  });
}

/**
 * A DM to the bot (`message.im`).
 * @example await t.post(directMessage(t.ctx, "Ev1", { text: "what's next?", user: "U0GENEVA" }));
 */
export function directMessage(
  ctx: PayloadContext,
  eventId: string,
  options: {
    text: string;
    user: string;
    channel?: string;
    ts?: string;
    botId?: string;
    /** Files shared with the message (`subtype: "file_share"`), e.g. from `fake.addFile`. */
    files?: ReadonlyArray<object>;
  },
): string {
  const ts = options.ts ?? nextTs();
  return eventEnvelope(ctx, eventId, {
    type: "message",
    ...(options.files ? { subtype: "file_share", files: options.files, upload: false } : {}),
    channel: options.channel ?? `D${options.user}`,
    user: options.user,
    text: options.text,
    ts,
    client_msg_id: `msg-${eventId}`,
    team: ctx.team,
    channel_type: "im",
    ...(options.botId ? { bot_id: options.botId, app_id: "A0APP" } : {}),
  });
}

/**
 * A mention of the bot in a channel (`app_mention`), with the mention in the text as Slack writes it.
 * @example await t.post(mention(t.ctx, "Ev2", { text: "what's next?", user: "U0GENEVA", channel: "C0DELEGATES" }));
 */
export function mention(
  ctx: PayloadContext,
  eventId: string,
  options: { text: string; user: string; channel: string; ts?: string; threadTs?: string },
): string {
  return eventEnvelope(ctx, eventId, {
    type: "app_mention",
    user: options.user,
    text: `<@${ctx.botUserId}> ${options.text}`,
    ts: options.ts ?? nextTs(),
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    team: ctx.team,
    channel: options.channel,
    client_msg_id: `msg-${eventId}`,
  });
}

/**
 * The same post as a channel `message` event (what `message.channels` would deliver).
 * @example await t.post(channelMessage(t.ctx, "Ev3", { text: "hi", user: "U0GENEVA", channel: "C1", ts }));
 */
export function channelMessage(
  ctx: PayloadContext,
  eventId: string,
  options: { text: string; user: string; channel: string; ts: string },
): string {
  return eventEnvelope(ctx, eventId, {
    type: "message",
    user: options.user,
    text: `<@${ctx.botUserId}> ${options.text}`,
    ts: options.ts,
    team: ctx.team,
    channel: options.channel,
    channel_type: "channel",
  });
}

/**
 * The user opened the bot's Home tab.
 * @example await t.post(homeOpened(t.ctx, "Ev4", "U0GENEVA"));
 */
export function homeOpened(ctx: PayloadContext, eventId: string, user: string): string {
  return eventEnvelope(ctx, eventId, { type: "app_home_opened", user, channel: `D${user}`, tab: "home" });
}

/**
 * A `url_verification` request.
 * @example await t.post(urlVerification("challenge-123")); // → {"challenge":"challenge-123"}
 */
export function urlVerification(challenge: string): string {
  return JSON.stringify({ token: "legacy-verification-token", challenge, type: "url_verification" });
}

/**
 * A slash command, form-encoded as Slack sends it.
 * @example await t.post(slashCommand(t.ctx, { text: "help", user: "U1", channel: "C1", channelName: "general", triggerId: "1.2.3" }), { contentType: FORM });
 */
export function slashCommand(
  ctx: PayloadContext,
  options: {
    text: string;
    user: string;
    userName?: string;
    channel: string;
    channelName: string;
    triggerId: string;
  },
): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: ctx.team,
    team_domain: "fake",
    channel_id: options.channel,
    channel_name: options.channelName,
    user_id: options.user,
    user_name: options.userName ?? "someone",
    command: "/oewg",
    text: options.text,
    api_app_id: "A0APP",
    is_enterprise_install: "false",
    response_url: ctx.responseUrl(`command-${options.triggerId}`),
    trigger_id: options.triggerId,
  }).toString();
}

/**
 * A rendered Block Kit button, as found in a recorded `chat.postMessage`.
 * @example const button = (post.args.blocks as Array<{ elements?: RenderedButton[] }>)[2]?.elements?.[0];
 */
export interface RenderedButton {
  action_id: string;
  value?: string;
  text: { text: string };
}

/**
 * A click on a button of a message the bot posted (form-encoded `payload=`).
 * @example await t.post(blockAction(t.ctx, { user: "U1", button, channel: "DU1", messageTs, triggerId: "4.5.6" }), { contentType: FORM });
 */
export function blockAction(
  ctx: PayloadContext,
  options: {
    user: string;
    button: RenderedButton;
    channel: string;
    messageTs: string;
    threadTs?: string;
    triggerId: string;
    ephemeral?: boolean;
  },
): string {
  const isDm = options.channel.startsWith("D");
  const payload = {
    type: "block_actions",
    user: { id: options.user, username: "someone", name: "someone", team_id: ctx.team },
    api_app_id: "A0APP",
    token: "legacy-verification-token",
    container: {
      type: "message",
      message_ts: options.messageTs,
      channel_id: options.channel,
      is_ephemeral: options.ephemeral === true,
    },
    trigger_id: options.triggerId,
    team: { id: ctx.team, domain: "fake" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: options.channel, name: isDm ? "directmessage" : "delegates" },
    message: {
      type: "message",
      user: ctx.botUserId,
      bot_id: ctx.botId,
      ts: options.messageTs,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
      text: "card",
    },
    state: { values: {} },
    response_url: ctx.responseUrl(`action-${options.triggerId}`),
    actions: [
      {
        action_id: options.button.action_id,
        block_id: "b1",
        text: { type: "plain_text", text: options.button.text.text, emoji: true },
        value: options.button.value,
        type: "button",
        action_ts: "1709560901.000001",
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/**
 * A click on a button in the App Home tab.
 * @example await t.post(homeBlockAction(t.ctx, { user: "U1", button, triggerId: "7.8.9" }), { contentType: FORM });
 */
export function homeBlockAction(
  ctx: PayloadContext,
  options: { user: string; button: RenderedButton; triggerId: string },
): string {
  const payload = {
    type: "block_actions",
    user: { id: options.user, username: "someone", name: "someone", team_id: ctx.team },
    api_app_id: "A0APP",
    token: "legacy-verification-token",
    container: { type: "view", view_id: "V0HOME" },
    trigger_id: options.triggerId,
    team: { id: ctx.team, domain: "fake" },
    is_enterprise_install: false,
    view: { id: "V0HOME", type: "home", blocks: [], private_metadata: "", callback_id: "" },
    actions: [
      {
        action_id: options.button.action_id,
        block_id: "b1",
        text: { type: "plain_text", text: options.button.text.text, emoji: true },
        value: options.button.value,
        type: "button",
        action_ts: "1709560901.000002",
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/**
 * A modal submission with values typed into the modal the bot opened.
 * @example await t.post(viewSubmission(t.ctx, { user: "U1", view, values: { experts: "2" }, triggerId: "1.1.1" }), { contentType: FORM });
 */
export function viewSubmission(
  ctx: PayloadContext,
  options: {
    user: string;
    view: { callback_id: string; private_metadata: string };
    values: Record<string, string>;
    triggerId: string;
  },
): string {
  const values = Object.fromEntries(
    Object.entries(options.values).map(([blockId, value]) => [
      blockId,
      { value: { type: "plain_text_input", value } },
    ]),
  );
  const payload = {
    type: "view_submission",
    team: { id: ctx.team, domain: "fake" },
    user: { id: options.user, username: "someone", name: "someone", team_id: ctx.team },
    api_app_id: "A0APP",
    token: "legacy-verification-token",
    trigger_id: options.triggerId,
    view: {
      id: "V0MODAL",
      team_id: ctx.team,
      type: "modal",
      blocks: [],
      private_metadata: options.view.private_metadata,
      callback_id: options.view.callback_id,
      state: { values },
      hash: "1709560902.abcdef",
      title: { type: "plain_text", text: "Form" },
      app_id: "A0APP",
      bot_id: ctx.botId,
    },
    response_urls: [],
    is_enterprise_install: false,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/**
 * The form-encoded content type Slack uses for commands and interactivity.
 * @example await t.post(body, { contentType: FORM });
 */
export const FORM = "application/x-www-form-urlencoded";
