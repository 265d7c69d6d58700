/**
 * The one-click acknowledgement of a broadcast sent by e-mail (`bot/links/`): the page shows
 * the message and one Acknowledge button; the POST records it as the chat button does.
 */
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import { acknowledgeBroadcast, broadcastAckAnswer } from "./acknowledge.js";
import type { BroadcastProgress } from "./progress.js";
import type { BroadcastRepository } from "./repository.js";
import { textFor } from "./translations.js";

/** The links' purpose. */
export const BROADCAST_LINK_PURPOSE = "broadcast-ack";
/** How long after its time a broadcast's link works. */
export const BROADCAST_LINK_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * @example registerBroadcastLinks(deps, repo, progress);
 */
export function registerBroadcastLinks(
  deps: BotDeps,
  repo: BroadcastRepository,
  progress: BroadcastProgress,
): void {
  deps.links.register(BROADCAST_LINK_PURPOSE, {
    async show(payload) {
      const broadcast = await repo.get(payload.broadcastId ?? "");
      if (!broadcast || broadcast.status === "cancelled" || !broadcast.requiresAck) return undefined;
      // In the e-mail's language (links issued before it was kept: English).
      const locale = payload.locale ?? "en";
      const { text, note } = textFor(broadcast, locale);
      return {
        title: say(locale, "broadcast.title"),
        text: [text, ...(note ? [note] : []), say(locale, "broadcast.pagePress")].join("\n\n"),
        button: say(locale, "broadcast.ack"),
      };
    },
    async record(payload, at) {
      const outcome = await acknowledgeBroadcast(
        deps,
        repo,
        progress,
        payload.recipient ?? "",
        payload.broadcastId ?? "",
        at,
      );
      return broadcastAckAnswer(outcome, payload.locale ?? "en");
    },
  });
}
