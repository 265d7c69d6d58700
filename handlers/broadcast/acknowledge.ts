/**
 * Acknowledging a broadcast: what the Acknowledge button records, and the broadcasts still
 * waiting for a person's acknowledgement (registered in `deps.acknowledgements`, so a typed
 * "acknowledge" can find them — and record them here, the same way as the button).
 */
import { ACK_GRACE_MS, TYPED_ACK_OPEN_MS, type WaitingAck } from "../../bot/acknowledgements.js";
import type { TurnContext } from "../../bot/context.js";
import { withLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import type { BotDeps } from "../../bot/module.js";
import { personEmail, personRecipient } from "../../bot/reach/channels.js";
import type { Delivery } from "../../schedules/delivery.js";
import type { BroadcastProgress } from "./progress.js";
import { type BroadcastRepository, campaignOf, localIdOf, lookupLocalId } from "./repository.js";
import { textFor } from "./translations.js";
import { describeSendTime, venueAt } from "./when.js";

/** What happened to an acknowledgement. */
export type BroadcastAckOutcome = "recorded" | "already" | "not-asked";

const ANSWER_KEYS: Readonly<Record<BroadcastAckOutcome, string>> = {
  recorded: "broadcast.recorded",
  already: "broadcast.already",
  "not-asked": "broadcast.notAsked",
};

/**
 * The button's answer, in the recipient's language.
 * @example broadcastAckAnswer("recorded", "fr") === "Merci : votre accusé de réception est enregistré."
 */
export function broadcastAckAnswer(outcome: BroadcastAckOutcome, locale: string): string {
  return say(locale, ANSWER_KEYS[outcome]);
}

const DELIVERED = new Set(["sent", "uncertain"]);

/**
 * The instant (ISO 8601) after which a typed word no longer acknowledges a broadcast that
 * reached someone at `reachedAt`: open {@link TYPED_ACK_OPEN_MS}, then {@link ACK_GRACE_MS} of
 * grace. "received" typed months on is not taken for it: only its button (or e-mail link) is.
 * @example typedAckUntil("2024-03-05T13:10:00.000Z") === "2024-03-08T13:10:00.000Z"
 */
export function typedAckUntil(reachedAt: string): string {
  return new Date(Date.parse(reachedAt) + TYPED_ACK_OPEN_MS + ACK_GRACE_MS).toISOString();
}

/**
 * Records a user's acknowledgement of a broadcast, once: only a recipient of a broadcast that
 * asked for acknowledgement; the progress message is refreshed on the first one.
 * @example const outcome = await acknowledgeBroadcast(deps, repo, progress, ctx.user.id, id, ctx.now());
 */
export async function acknowledgeBroadcast(
  deps: BotDeps,
  repo: BroadcastRepository,
  progress: BroadcastProgress,
  userId: string,
  id: string,
  now: Date,
  verifiedEmail?: string,
): Promise<BroadcastAckOutcome> {
  const broadcast = await repo.get(id);
  if (!broadcast?.requiresAck) return "not-asked";
  const found = await deliveryFor(deps, id, userId, verifiedEmail);
  if (!found) return "not-asked";
  const first = await repo.acknowledge(id, { userId: found.ackKey, at: now.toISOString() });
  if (first) await progress.touch(id);
  return first ? "recorded" : "already";
}

/**
 * The delivery of a broadcast to a user: to their chat account, else (a person looked up when
 * sending, who acknowledges from the account found or from the e-mail link) the look-up's,
 * whose acknowledgement is kept under `person:<email>`.
 */
async function deliveryFor(
  deps: BotDeps,
  id: string,
  userId: string,
  verifiedEmail: string | undefined,
): Promise<{ delivery: Delivery; ackKey: string } | undefined> {
  const direct = await deps.outbox.get(`${campaignOf(id)}/${localIdOf(userId)}`);
  if (direct) return { delivery: direct, ackKey: userId };
  const email = personEmail(userId) ?? verifiedEmail?.trim().toLowerCase();
  if (!email) return undefined;
  const looked = await deps.outbox.get(`${campaignOf(id)}/${lookupLocalId(email)}`);
  return looked ? { delivery: looked, ackKey: personRecipient(email) } : undefined;
}

/**
 * The broadcasts delivered to the asker that asked for acknowledgement and that they have
 * not acknowledged, newest first; each acknowledges as its button does, and says until when
 * a typed word may ({@link typedAckUntil}).
 * @example deps.acknowledgements.register("broadcast", (ctx) => waitingBroadcasts(deps, repo, progress, ctx));
 */
export async function waitingBroadcasts(
  deps: BotDeps,
  repo: BroadcastRepository,
  progress: BroadcastProgress,
  ctx: TurnContext,
): Promise<WaitingAck[]> {
  const waiting: WaitingAck[] = [];
  for (const broadcast of await repo.all()) {
    if (!broadcast.requiresAck) continue;
    const found = await deliveryFor(deps, broadcast.id, ctx.user.id, ctx.user.verifiedEmail);
    const delivery = found?.delivery;
    if (!found || !delivery || !DELIVERED.has(delivery.status)) continue;
    if ((await repo.acks(broadcast.id)).has(found.ackKey)) continue;
    const now = ctx.now();
    const reachedAt = delivery.sentAt ?? broadcast.dueAt;
    // In the asker's language: this runs after awaits, outside the turn's scope.
    const when = withLocale(ctx.locale, () =>
      describeSendTime(new Date(reachedAt), venueAt(deps.catalogue, now), ctx.timeZone),
    );
    // The text they were sent: their language's, else the original.
    const sent = textFor(broadcast, ctx.locale).text;
    const text = sent.length > 60 ? `${sent.slice(0, 60)}…` : sent;
    const label = say(ctx.locale, "broadcast.waiting", { when, text });
    waiting.push({
      label,
      typedUntil: typedAckUntil(reachedAt),
      acknowledge: async () => {
        const outcome = await acknowledgeBroadcast(
          deps,
          repo,
          progress,
          ctx.user.id,
          broadcast.id,
          ctx.now(),
          ctx.user.verifiedEmail,
        );
        if (outcome === "recorded") return say(ctx.locale, "broadcast.recordedOf", { label });
        if (outcome === "already") return say(ctx.locale, "broadcast.alreadyOf", { label });
        return broadcastAckAnswer(outcome, ctx.locale);
      },
    });
  }
  return waiting;
}
