/**
 * Sending: every send is paced (per conversation and per tenant, `pacing.ts`) and retried
 * (`retry.ts`); while a turn of the same conversation is open it goes through that turn's
 * context (an in-turn reply), otherwise proactively through `continueConversation` with
 * the stored reference (`no-reference`, permanent, when there is none). A send to a user
 * address opens (and remembers) a one-to-one chat first.
 */
import { Activity, type ConversationReference } from "@microsoft/agents-activity";
import type { TurnContext } from "@microsoft/agents-hosting";
import type { Outgoing } from "../../bot/cards.js";
import type { Address, SentRef } from "../../bot/types.js";
import { decodeAddress, pacingConversation } from "./address.js";
import type { DirectoryServices, TeamsDirectory } from "./directory.js";
import type { OpenTurns } from "./open-turns.js";
import { CONVERSATION_WINDOWS, type PaceKey, tenantWindows } from "./pacing.js";
import { toActivity } from "./render.js";
import { TeamsDeliveryError, withRetry } from "./retry.js";

/**
 * What sending works with.
 * @example new TeamsOutbound({ config, cloud, pacer, retryPolicy, references, log, openTurns, directory })
 */
export interface OutboundServices extends DirectoryServices {
  openTurns: OpenTurns;
  directory: TeamsDirectory;
}

/**
 * @example
 * const outbound = new TeamsOutbound(services);
 * const sent = await outbound.send(address, { text: "The session resumes at 3 PM." });
 * await outbound.update(sent, { text: "The session resumes at 3:30 PM." });
 */
export class TeamsOutbound {
  constructor(private readonly services: OutboundServices) {}

  async send(to: Address, message: Outgoing): Promise<SentRef> {
    const address = decodeAddress(to)?.kind === "user" ? await this.services.directory.openDirect(to) : to;
    const activity = toActivity(message);
    const messageId = await this.deliver(
      address,
      // sendActivity makes an Activity of the plain object itself (Activity.fromObject).
      async (context) => (await context.sendActivity(activity as unknown as Activity))?.id,
    );
    return { address, messageId: messageId ?? "" };
  }

  async update(sent: SentRef, message: Outgoing): Promise<void> {
    const activity = toActivity(message);
    await this.deliver(sent.address, async (context) => {
      await context.updateActivity(Activity.fromObject({ ...activity, id: sent.messageId }));
    });
  }

  /** Paces, retries and performs one operation on a stored conversation. */
  private async deliver<T>(address: Address, operation: (context: TurnContext) => Promise<T>): Promise<T> {
    const { references, log, openTurns, pacer, retryPolicy } = this.services;
    const target = decodeAddress(address);
    if (target?.kind !== "conversation") {
      throw new TeamsDeliveryError("rejected", `not a Teams conversation address: ${address}`, true);
    }
    let cached: ConversationReference | undefined;
    const reference = async () => {
      cached ??= await references.reference(address);
      if (!cached) {
        throw new TeamsDeliveryError(
          "no-reference",
          "no conversation reference is stored for this address (the bot was never installed or spoken to there)",
          true,
        );
      }
      return cached;
    };
    if (!openTurns.current(address)) await reference();
    return withRetry(
      async () => {
        const slot = await pacer.acquire(this.paceKeys(target.conversationId, target.tenantId));
        try {
          return await this.inConversation(address, reference, operation);
        } finally {
          slot.release();
        }
      },
      retryPolicy,
      (info) => log.warn(info, "Teams send failed; retrying"),
    );
  }

  /**
   * Runs `operation` in an open turn of `address` when there is one, else proactively with
   * the stored reference (read only then: in-turn replies need no store read).
   */
  private async inConversation<T>(
    address: Address,
    reference: () => Promise<ConversationReference>,
    operation: (context: TurnContext) => Promise<T>,
  ): Promise<T> {
    const open = this.services.openTurns.current(address);
    if (open) return operation(open);
    const stored = await reference();
    let result: T | undefined;
    let ran = false;
    await this.services.cloud.continueConversation(
      this.services.config.appId || "anonymous",
      stored,
      async (context) => {
        // The continuation activity has a made-up id, which sendActivity would turn into
        // replyToId; a proactive message is a new post to the conversation.
        context.activity.id = undefined;
        result = await operation(context);
        ran = true;
      },
    );
    if (!ran) throw new TeamsDeliveryError("failed", "the proactive turn did not run", false);
    return result as T;
  }

  private paceKeys(conversationId: string, tenantId: string): PaceKey[] {
    return [
      { key: `conversation:${pacingConversation(conversationId)}`, windows: CONVERSATION_WINDOWS },
      { key: `tenant:${tenantId}`, windows: tenantWindows(this.services.config.tenantMaxPerSecond) },
    ];
  }
}
