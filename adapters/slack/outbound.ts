/**
 * Sending to Slack addresses: posts to conversations and threads, DMs opened on demand,
 * the App Home view, ephemeral answers through a `response_url` (the DM once it expired),
 * and in-place edits.
 */
import type { Outgoing } from "../../bot/cards.js";
import type { Logger } from "../../bot/logger.js";
import { Pacer, type RateWindow } from "../../bot/pacing.js";
import type { Address, SentRef } from "../../bot/types.js";
import { decodeAddress, encodeAddress, type SlackTarget } from "./address.js";
import type { SlackApi } from "./client.js";
import type { SlackDirectory } from "./directory.js";
import { SlackDeliveryError } from "./errors.js";
import { homeView } from "./home.js";
import { renderMessage } from "./render.js";
import type { ResponseUrls } from "./responses.js";

type Conversation = Extract<SlackTarget, { kind: "conversation" }>;

/**
 * Slack's limit for posting: about one message per second per channel ("short bursts
 * allowed", without a promise); threads count against their channel.
 * @example createSlackAdapter(config, { channelPace: SLACK_CHANNEL_WINDOWS })
 */
export const SLACK_CHANNEL_WINDOWS: readonly RateWindow[] = [{ limit: 1, perMs: 1_000 }];

/**
 * What sending needs.
 * @example const services: SlackServices = { api, directory: new SlackDirectory(api, store, log), responses: new ResponseUrls(store), log };
 */
export interface SlackServices {
  api: SlackApi;
  directory: SlackDirectory;
  responses: ResponseUrls;
  log: Logger;
}

/**
 * @example
 * const outbound = new SlackOutbound(services);
 * await outbound.send("slack:T1/C2/1709560800.000100", { text: "In the thread" });
 */
export class SlackOutbound {
  private readonly pacer = new Pacer();

  /**
   * @param channelPace the windows each channel's posts are paced to (default
   *   {@link SLACK_CHANNEL_WINDOWS}); `false` turns pacing off (tests of other things).
   */
  constructor(
    private readonly services: SlackServices,
    private readonly channelPace: readonly RateWindow[] | false = SLACK_CHANNEL_WINDOWS,
  ) {}

  /** Sends to any Slack address; throws a SlackDeliveryError on failure. */
  async send(to: Address, message: Outgoing): Promise<SentRef> {
    const target = decodeAddress(to);
    const { api, responses, log } = this.services;
    switch (target.kind) {
      case "conversation":
        return this.post(target, message);
      case "user":
        return this.post(await this.dm(target.team, target.user), message);
      case "home":
        await api.call(
          "views.publish",
          { user_id: target.user, view: homeView(message) },
          { idempotent: true },
        );
        return { address: to, messageId: "home" };
      case "respond": {
        const url = await responses.recall(target.key);
        if (url) {
          try {
            await api.postToResponseUrl(url, { response_type: "ephemeral", ...renderMessage(message) });
            return { address: to, messageId: "ephemeral" };
          } catch (error) {
            if (!(error instanceof SlackDeliveryError && error.permanent)) throw error;
            log.warn({ err: error }, "response_url refused; answering in the DM instead");
          }
        }
        return this.post(await this.dm(target.team, target.user), message);
      }
    }
  }

  /** Edits a sent message (`chat.update`, the Home view, or `replace_original`). */
  async update(sent: SentRef, message: Outgoing): Promise<void> {
    const target = decodeAddress(sent.address);
    const { api, responses } = this.services;
    if (target.kind === "conversation") {
      const args = { channel: target.channel, ts: sent.messageId, ...renderMessage(message) };
      await api.call("chat.update", args, { idempotent: true });
      return;
    }
    if (target.kind === "respond") {
      const url = await responses.recall(target.key);
      if (url) {
        await api.postToResponseUrl(url, { replace_original: true, ...renderMessage(message) });
        return;
      }
    }
    await this.send(sent.address, message);
  }

  /** The DM address for a user address (`slack:T1/@U3` → `slack:T1/D…`). */
  async openDirect(user: Address): Promise<Address> {
    const target = decodeAddress(user);
    if (target.kind !== "user")
      throw new SlackDeliveryError("not_a_user_address", "conversations.open", true);
    return encodeAddress(await this.dm(target.team, target.user));
  }

  private async post(target: Conversation, message: Outgoing): Promise<SentRef> {
    const args = {
      channel: target.channel,
      thread_ts: target.threadTs,
      ...renderMessage(message),
      unfurl_links: false,
      unfurl_media: false,
    };
    // A burst of questions in one channel (a session starting) gets its answers a second
    // apart rather than 429s; the wait is after the ack, so Slack is never kept waiting.
    const slot = this.channelPace
      ? await this.pacer.acquire([{ key: `${target.team}/${target.channel}`, windows: this.channelPace }])
      : undefined;
    try {
      const result = await this.services.api.call("chat.postMessage", args, { idempotent: false });
      return { address: encodeAddress(target), messageId: String(result.ts ?? "") };
    } finally {
      slot?.release();
    }
  }

  private async dm(team: string, user: string): Promise<Conversation> {
    return { kind: "conversation", team, channel: await this.services.directory.dmChannel(team, user) };
  }
}
