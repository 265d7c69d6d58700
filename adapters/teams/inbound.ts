/**
 * Inbound: `POST /api/messages`. The body is read here (JSON, at most 1 MB: else
 * 413/415/400), the channel's token verified (`auth.ts`: 401 for any bad token), then the
 * SDK's `CloudAdapter.process` runs the turn with the verified claims as its identity.
 *
 * The turn stores the conversation reference and, at install, the members the app was
 * installed for (`directory.ts`); answers an `Action.Execute` invoke; turns the activity
 * into a core event (`parse.ts`) and dispatches it, awaiting the core for at most
 * `turnBudgetMs` (10 s by default, well inside Teams' 15 s). A turn that finishes in time
 * answers in-turn through `context.sendActivity`; one that takes longer is acknowledged
 * at the budget and goes on in the background, its later replies sent proactively.
 * De-duplication is the core's, on the event id.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TurnContext } from "@microsoft/agents-hosting";
import type { Logger } from "../../bot/logger.js";
import type { EventSink } from "../../bot/types.js";
import { type ChannelTokenVerifier, TeamsAuthError } from "./auth.js";
import type { TeamsCloudAdapter } from "./cloud.js";
import type { TeamsConfig } from "./config.js";
import type { TeamsDirectory } from "./directory.js";
import { downloadTeamsFile, filesOf } from "./files.js";
import { answer, BodyError, isLoopback, readJsonBody, toSdkRequest, toSdkResponse } from "./http.js";
import type { OpenTurns } from "./open-turns.js";
import { ADAPTIVE_CARD_ACTION_INVOKE, activityToEvent } from "./parse.js";

/** Longest wait for Teams' member look-up (the verified email) inside a turn; it goes on in the background. */
const EMAIL_LOOKUP_BUDGET_MS = 2_000;

/**
 * What the inbound side works with.
 * @example new TeamsInbound({ config, cloud, verifier, directory, openTurns, sink, log, turnBudgetMs: 10_000 })
 */
export interface InboundServices {
  config: TeamsConfig;
  cloud: TeamsCloudAdapter;
  /** Absent in Emulator mode (`TEAMS_DEV=1`): no authentication. */
  verifier?: ChannelTokenVerifier;
  directory: TeamsDirectory;
  openTurns: OpenTurns;
  sink: EventSink;
  log: Logger;
  turnBudgetMs: number;
}

/**
 * @example
 * const inbound = new TeamsInbound(services);
 * host.route("POST", MESSAGES_PATH, (req, res) => inbound.handle(req, res));
 */
export class TeamsInbound {
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly services: InboundServices) {}

  /** Stops taking requests (503) and waits for the core work of past turns. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.inFlight]);
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { config, verifier, cloud, log } = this.services;
    if (this.stopped) return answer(response, 503, "stopping");
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
    let claims: Record<string, unknown> | undefined;
    if (verifier) {
      try {
        claims = await verifier.authenticate(request.headers.authorization, {
          channelId: typeof body.channelId === "string" ? body.channelId : undefined,
          serviceUrl: typeof body.serviceUrl === "string" ? body.serviceUrl : undefined,
        });
      } catch (error) {
        if (!(error instanceof TeamsAuthError)) throw error;
        if (error.status === 503)
          log.error({ err: error }, "Teams request not verified: signing keys unavailable");
        return answer(response, error.status, error.status === 401 ? "unauthorized" : "try again later");
      }
    }
    await cloud.process(toSdkRequest(request, body, claims), toSdkResponse(response), (context) =>
      this.runTurn(context),
    );
  }

  /** Waits for `work` until the turn's budget is spent; it is finished before `stop()` returns either way. */
  private async withinBudget(work: Promise<void>, turnStarted: number): Promise<void> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, Math.max(0, this.services.turnBudgetMs - (Date.now() - turnStarted)));
    });
    await Promise.race([work, budget]).finally(() => clearTimeout(timer));
  }

  private async runTurn(context: TurnContext): Promise<void> {
    const { directory, openTurns, sink, log, turnBudgetMs } = this.services;
    const turnStarted = Date.now();
    const activity = context.activity;
    await directory.remember(activity);
    if (activity.type === "installationUpdate" || activity.type === "conversationUpdate") {
      // A big team's roster can take longer than Teams waits for the answer: past the
      // budget the request is answered and the reading goes on in the background.
      await this.withinBudget(directory.rememberInstall(context), turnStarted);
    }
    if (activity.type === "invoke" && activity.name === ADAPTIVE_CARD_ACTION_INVOKE) {
      await context.sendActivity({
        type: "invokeResponse",
        value: {
          status: 200,
          body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "" },
        },
      } as Parameters<TurnContext["sendActivity"]>[0]);
    }
    const event = activityToEvent(activity, randomUUID);
    if (!event) return;
    // The first message of a user asks Teams for their email; a slow answer must not eat the turn.
    const known = directory.knownEmail(context, event);
    let emailTimer: NodeJS.Timeout | undefined;
    const email =
      known !== undefined
        ? known
        : await Promise.race([
            directory.verifiedEmail(context, event),
            new Promise<undefined>((resolve) => {
              emailTimer = setTimeout(() => resolve(undefined), EMAIL_LOOKUP_BUDGET_MS);
            }),
          ]).finally(() => clearTimeout(emailTimer));
    if (email) event.user.verifiedEmail = email;

    const turn = openTurns.open(event.address, context);
    // Files of a personal chat are fetched inside the turn's budget, before the core sees the message.
    const files = event.kind === "message" && event.isDirect ? filesOf(activity) : [];
    const dispatched = (
      files.length > 0
        ? Promise.all(files.map((file) => downloadTeamsFile(file, log))).then((attachments) =>
            sink.dispatch({ ...event, attachments } as typeof event),
          )
        : sink.dispatch(event)
    ).catch((error: unknown) => log.error({ err: error, eventId: event.id }, "Teams turn failed"));
    this.inFlight.add(dispatched);
    void dispatched.finally(() => this.inFlight.delete(dispatched));
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), Math.max(0, turnBudgetMs - (Date.now() - turnStarted)));
    });
    try {
      const outcome = await Promise.race([dispatched.then(() => "done" as const), budget]);
      if (outcome === "late") {
        log.warn(
          { eventId: event.id, turnBudgetMs },
          "turn acknowledged before the core finished; later replies go out proactively",
        );
      }
    } finally {
      clearTimeout(timer);
      openTurns.close(turn);
    }
  }
}
