/**
 * The Microsoft Teams adapter, on botbuilder's CloudAdapter at `POST /api/messages` of the
 * bot's one HTTP server.
 *
 * Inbound: the request body is read here (size-limited), `CloudAdapter.process`
 * authenticates it (401 for any bad token, see `auth.ts`) and runs the turn. The turn
 * stores the conversation reference, turns the activity into a core event and dispatches
 * it, awaiting the core for at most `turnBudgetMs` (10 s by default, well inside Teams'
 * 15 s): a turn that finishes in time answers in-turn through `context.sendActivity`; one
 * that takes longer is acknowledged at the budget and goes on in the background, its
 * later replies sent proactively. De-duplication is the core's, on the event id.
 *
 * Outbound: every send is paced (per conversation and per tenant, `pacing.ts`) and
 * retried (`retry.ts`); while a turn of the same conversation is open it goes through that
 * turn's context, otherwise through `continueConversationAsync` with the stored reference.
 * (Open turns are found by address rather than with AsyncLocalStorage, whose promise hooks
 * cost every promise of the process on Node 20.)
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ConversationParameters, ConversationReference } from "botbuilder";
import { type Activity, CloudAdapter, TeamsInfo, TurnContext } from "botbuilder";
import type { Outgoing } from "../../bot/cards.js";
import { ConfigError } from "../../bot/errors.js";
import type { Logger } from "../../bot/logger.js";
import type { AdapterHost, Address, ChatAdapter, IncomingEvent, SentRef } from "../../bot/types.js";
import { conversationAddress, decodeAddress, pacingConversation, TEAMS_PLATFORM } from "./address.js";
import { createAuthentication, type OutboundCredentialsFactory } from "./auth.js";
import type { TeamsConfig } from "./config.js";
import { answer, BodyError, isLoopback, readJsonBody, toBotRequest, toBotResponse } from "./http.js";
import { CONVERSATION_WINDOWS, type PaceKey, Pacer, tenantWindows } from "./pacing.js";
import {
  ADAPTIVE_CARD_ACTION_INVOKE,
  activityToEvent,
  addressOf,
  isPersonal,
  tenantOf,
  userOf,
} from "./parse.js";
import { EMAIL_FAILURE_TTL_MS, EMAIL_TTL_MS, ReferenceStore } from "./references.js";
import { type OutgoingActivity, toActivity } from "./render.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, TeamsDeliveryError, withRetry } from "./retry.js";

/**
 * Where the Bot Framework posts activities.
 * @example host.route("POST", MESSAGES_PATH, handler)
 */
export const MESSAGES_PATH = "/api/messages";

/**
 * How long a turn may hold the HTTP request before it is acknowledged (Teams gives up at 15 s).
 * @example createTeamsAdapter(config, { turnBudgetMs: DEFAULT_TURN_BUDGET_MS / 2 })
 */
export const DEFAULT_TURN_BUDGET_MS = 10_000;

/** Longest wait for Teams' member look-up (the verified email) inside a turn; it goes on in the background. */
const EMAIL_LOOKUP_BUDGET_MS = 2_000;

/**
 * Options of {@link createTeamsAdapter}; production passes none.
 * @example createTeamsAdapter(config, { credentialsFactory: localCredentialsFactory(), retry: { baseDelayMs: 5 } })
 */
export interface TeamsAdapterOptions {
  /** Outbound credentials (tests: tokens from a local token server). Default: botbuilder's, from the environment. */
  credentialsFactory?: OutboundCredentialsFactory;
  /** Overrides of the retry policy (tests shorten the waits). */
  retry?: Partial<RetryPolicy>;
  /** The pacer (tests pass one with a fake clock). */
  pacer?: Pacer;
  /** How long a turn waits for the core before acknowledging; default {@link DEFAULT_TURN_BUDGET_MS}. */
  turnBudgetMs?: number;
}

/**
 * The Teams adapter.
 * @example const teams: TeamsAdapter = createTeamsAdapter(loadTeamsConfig(env)); teams.appId;
 */
export interface TeamsAdapter extends ChatAdapter {
  /** The bot's app id (`""` in Emulator mode). */
  readonly appId: string;
}

interface OpenTurn {
  address: Address;
  context: TurnContext;
  open: boolean;
}

/**
 * @example
 * const teams = createTeamsAdapter(loadTeamsConfig(process.env));
 * await teams.start(host); // mounts POST /api/messages
 * await teams.send(address, { text: "The session resumes at 3 PM." });
 */
export function createTeamsAdapter(config: TeamsConfig, options: TeamsAdapterOptions = {}): TeamsAdapter {
  const retryPolicy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const pacer = options.pacer ?? new Pacer();
  const turnBudgetMs = options.turnBudgetMs ?? DEFAULT_TURN_BUDGET_MS;
  const openTurns = new Map<Address, OpenTurn[]>();
  const inFlight = new Set<Promise<void>>();
  let host: AdapterHost | undefined;
  let log: Logger | undefined;
  let references: ReferenceStore | undefined;
  let stopped = false;
  let warnedRetryPolicy = false;

  const cloud = new CloudAdapter(
    createAuthentication(config, {
      credentialsFactory: options.credentialsFactory,
      onRetryPolicyKept: () => {
        if (warnedRetryPolicy) return;
        warnedRetryPolicy = true;
        log?.warn("could not remove botbuilder's HTTP retry policy: connector retries may stack with ours");
      },
    }),
  );

  const started = () => {
    if (!host || !references || !log) throw new Error("The Teams adapter has not been started");
    return { host, references, log };
  };

  const paceKeys = (conversationId: string, tenantId: string): PaceKey[] => [
    { key: `conversation:${pacingConversation(conversationId)}`, windows: CONVERSATION_WINDOWS },
    { key: `tenant:${tenantId}`, windows: tenantWindows(config.tenantMaxPerSecond) },
  ];

  /**
   * Runs `operation` in an open turn of `address` when there is one, else proactively with
   * the stored reference (read only then: in-turn replies need no store read).
   */
  const inConversation = async <T>(
    address: Address,
    reference: () => Promise<Partial<ConversationReference>>,
    operation: (context: TurnContext) => Promise<T>,
  ): Promise<T> => {
    const turns = openTurns.get(address);
    const turn = turns?.[turns.length - 1];
    if (turn?.open) return operation(turn.context);
    const stored = await reference();
    let result: T | undefined;
    let ran = false;
    await cloud.continueConversationAsync(config.appId, stored, async (context) => {
      // botbuilder gives the continuation activity a made-up id, which sendActivity would
      // turn into replyToId; a proactive message is a new post to the conversation.
      context.activity.id = undefined;
      result = await operation(context);
      ran = true;
    });
    if (!ran) throw new TeamsDeliveryError("failed", "the proactive turn did not run", false);
    return result as T;
  };

  /** Paces, retries and performs one operation on a stored conversation. */
  const deliver = async <T>(
    address: Address,
    operation: (context: TurnContext) => Promise<T>,
  ): Promise<T> => {
    const { references: refs, log: logger } = started();
    const target = decodeAddress(address);
    if (target?.kind !== "conversation") {
      throw new TeamsDeliveryError("rejected", `not a Teams conversation address: ${address}`, true);
    }
    let cached: Partial<ConversationReference> | undefined;
    const reference = async () => {
      cached ??= await refs.reference(address);
      if (!cached) {
        throw new TeamsDeliveryError(
          "no-reference",
          "no conversation reference is stored for this address (the bot was never installed or spoken to there)",
          true,
        );
      }
      return cached;
    };
    if (!openTurns.has(address)) await reference();
    return withRetry(
      async () => {
        const slot = await pacer.acquire(paceKeys(target.conversationId, target.tenantId));
        try {
          return await inConversation(address, reference, operation);
        } finally {
          slot.release();
        }
      },
      retryPolicy,
      (info) => logger.warn(info, "Teams send failed; retrying"),
    );
  };

  const openDirect = async (user: Address): Promise<Address> => {
    const { references: refs } = started();
    const target = decodeAddress(user);
    if (target?.kind === "conversation") return user;
    if (!target) throw new TeamsDeliveryError("rejected", `not a Teams address: ${user}`, true);
    const known = await refs.direct(user);
    if (known) return known;
    const record = await refs.user(user);
    if (!record) throw new TeamsDeliveryError("no-reference", "this user has never written to the bot", true);
    const parameters = {
      isGroup: false,
      bot: { id: record.botId, name: record.botName ?? "" },
      members: [{ id: record.userId, name: "" }],
      tenantId: record.tenantId,
      channelData: { tenant: { id: record.tenantId } },
    } as ConversationParameters;
    let created: Address | undefined;
    await withRetry(async () => {
      const slot = await pacer.acquire([
        { key: `tenant:${record.tenantId}`, windows: tenantWindows(config.tenantMaxPerSecond) },
      ]);
      // An undefined audience makes botbuilder use the configured ToChannelFromBotOAuthScope.
      await cloud
        .createConversationAsync(
          config.appId,
          record.channelId,
          record.serviceUrl,
          undefined as unknown as string,
          parameters,
          async (context) => {
            const conversationId = context.activity.conversation.id;
            created = conversationAddress(record.tenantId, conversationId);
            await refs.saveReference(created, {
              channelId: record.channelId,
              serviceUrl: record.serviceUrl,
              conversation: {
                id: conversationId,
                tenantId: record.tenantId,
                conversationType: "personal",
                isGroup: false,
                name: "",
              },
              bot: { id: record.botId, name: record.botName ?? "" },
              user: { id: record.userId, name: "" },
            });
          },
        )
        .finally(() => slot.release());
    }, retryPolicy);
    if (!created) throw new TeamsDeliveryError("failed", "Teams did not return the new conversation", false);
    await refs.saveDirect(user, created);
    return created;
  };

  const verifiedEmail = async (context: TurnContext, event: IncomingEvent): Promise<string | undefined> => {
    const { references: refs, log: logger } = started();
    const activity = context.activity;
    if (activity.channelId !== "msteams" || !activity.from?.id || event.user.isBot || event.user.isMe)
      return undefined;
    const cached = await refs.email(event.user.id);
    if (cached !== undefined) return cached ?? undefined;
    try {
      const member = await TeamsInfo.getMember(context, activity.from.id);
      const principal = member.userPrincipalName?.includes("#EXT#") ? undefined : member.userPrincipalName;
      const email = member.email || (principal?.includes("@") ? principal : undefined) || null;
      await refs.saveEmail(event.user.id, email, EMAIL_TTL_MS);
      return email ?? undefined;
    } catch (error) {
      logger.warn({ err: error }, "could not read the user's verified email from Teams");
      await refs.saveEmail(event.user.id, null, EMAIL_FAILURE_TTL_MS);
      return undefined;
    }
  };

  const remember = async (activity: Activity): Promise<void> => {
    const { references: refs } = started();
    if (!activity.conversation?.id || !activity.serviceUrl) return;
    const reference = TurnContext.getConversationReference(activity);
    const tenantId = tenantOf(activity);
    // Proactive sends to Teams need the tenant on the conversation; some activities carry it
    // only in channelData.
    if (reference.conversation && !reference.conversation.tenantId && tenantId) {
      reference.conversation = { ...reference.conversation, tenantId };
    }
    const address = addressOf(activity);
    const from = activity.from;
    if (!from?.id || from.role === "bot" || from.id === activity.recipient?.id) {
      await refs.saveReference(address, reference);
      return;
    }
    const user = userOf(activity).id;
    const saveUser = refs.saveUser(user, {
      userId: from.id,
      tenantId,
      serviceUrl: activity.serviceUrl,
      channelId: activity.channelId,
      botId: activity.recipient?.id ?? "",
      botName: activity.recipient?.name,
    });
    await Promise.all([
      refs.saveReference(address, reference),
      saveUser,
      isPersonal(activity) ? refs.saveDirect(user, address) : undefined,
    ]);
  };

  const runTurn = async (context: TurnContext): Promise<void> => {
    const { host: currentHost, log: logger } = started();
    const turnStarted = Date.now();
    const activity = context.activity;
    await remember(activity);
    if (activity.type === "invoke" && activity.name === ADAPTIVE_CARD_ACTION_INVOKE) {
      await context.sendActivity({
        type: "invokeResponse",
        value: {
          status: 200,
          body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "" },
        },
      });
    }
    const event = activityToEvent(activity, randomUUID);
    if (!event) return;
    // The first message of a user asks Teams for their email; a slow answer must not eat the turn.
    let emailTimer: NodeJS.Timeout | undefined;
    const email = await Promise.race([
      verifiedEmail(context, event),
      new Promise<undefined>((resolve) => {
        emailTimer = setTimeout(() => resolve(undefined), EMAIL_LOOKUP_BUDGET_MS);
      }),
    ]).finally(() => clearTimeout(emailTimer));
    if (email) event.user.verifiedEmail = email;

    const turn: OpenTurn = { address: event.address, context, open: true };
    const turns = openTurns.get(turn.address);
    if (turns) turns.push(turn);
    else openTurns.set(turn.address, [turn]);
    const dispatched = currentHost.sink
      .dispatch(event)
      .catch((error: unknown) => logger.error({ err: error, eventId: event.id }, "Teams turn failed"));
    inFlight.add(dispatched);
    void dispatched.finally(() => inFlight.delete(dispatched));
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), Math.max(0, turnBudgetMs - (Date.now() - turnStarted)));
    });
    try {
      const outcome = await Promise.race([dispatched.then(() => "done" as const), budget]);
      if (outcome === "late") {
        logger.warn(
          { eventId: event.id, turnBudgetMs },
          "turn acknowledged before the core finished; later replies go out proactively",
        );
      }
    } finally {
      clearTimeout(timer);
      turn.open = false;
      const remaining = (openTurns.get(turn.address) ?? []).filter((other) => other !== turn);
      if (remaining.length > 0) openTurns.set(turn.address, remaining);
      else openTurns.delete(turn.address);
    }
  };

  const handleRequest = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (stopped) return answer(response, 503, "stopping");
    if (config.devMode && !isLoopback(request.socket.remoteAddress)) {
      return answer(response, 403, "Emulator mode (TEAMS_DEV=1) accepts callers on this machine only");
    }
    let body: Record<string, unknown>;
    try {
      body = await readJsonBody(request);
    } catch (error) {
      if (error instanceof BodyError) return answer(response, error.status, error.message);
      throw error;
    }
    await cloud.process(toBotRequest(request, body), toBotResponse(response), runTurn);
  };

  const sendActivity = (activity: OutgoingActivity) => async (context: TurnContext) =>
    (await context.sendActivity({ ...activity }))?.id;

  return {
    name: TEAMS_PLATFORM,
    appId: config.appId,
    async start(startHost) {
      if (!startHost.route)
        throw new ConfigError("The Teams adapter needs the bot's HTTP server to mount POST /api/messages");
      host = startHost;
      log = startHost.log;
      references = new ReferenceStore(startHost.store);
      stopped = false;
      startHost.route("POST", MESSAGES_PATH, handleRequest);
      if (config.devMode)
        log.warn("Teams adapter in Emulator mode (TEAMS_DEV=1): requests are NOT authenticated");
    },
    async stop() {
      stopped = true;
      await Promise.allSettled([...inFlight]);
    },
    async send(to: Address, message: Outgoing): Promise<SentRef> {
      const address = decodeAddress(to)?.kind === "user" ? await openDirect(to) : to;
      const messageId = await deliver(address, sendActivity(toActivity(message)));
      return { address, messageId: messageId ?? "" };
    },
    async update(sent: SentRef, message: Outgoing): Promise<void> {
      const activity = toActivity(message);
      await deliver(sent.address, async (context) => {
        await context.updateActivity({ ...activity, id: sent.messageId });
      });
    },
    openDirect,
  };
}
